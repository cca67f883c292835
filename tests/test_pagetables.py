# SPDX-License-Identifier: BSD-3-Clause
"""Page tables on demand: the shell's `pt <addr>|map` against the linker
layout (_text, _rodata, _etext, _end from the ELF), the crash screen's walk
of a faulting address, `monitor pt` through Lantern's stub against
`uk-pt` (support/gdb/uk_pt.py) and, on x86_64, QEMU's `monitor info mem`
through QEMU's own stub, for the same image stopped at main()."""
import os
import re
import subprocess

import pytest

import harness
from conftest import STATUS_CRASH, TOP, build
from gdb_guest import GDB, Guest, image  # noqa: F401 (fixture)
from harness import expect

PAGE = 4096
RANGE = re.compile(r"^([0-9a-f]{16})-([0-9a-f]{16}) ([0-9a-f]{16}) ([r-][w-][x-]) (\S+)$",
                   re.M)
# How the walk ends for page 0, which is never mapped.
PAGE0 = {"x86_64": "not present at PT", "arm64": "invalid descriptor at L2"}
GUARD = {"x86_64": "guard page (frame kept, P clear) at PT",
         "arm64": "guard page (frame kept, valid bit clear) at L3"}
# Each level line: name[index] @entry = value  flags
LEVEL = r"^(PML4|PDPT|PD|PT|L1|L2|L3)\s*\[\s*\d+\] @[0-9a-f]{16} = [0-9a-f]{16}"


def ranges(text):
    """`pt map` lines as (start, end, prot, memtype)."""
    out = []
    for m in RANGE.finditer(text):
        start, end, size = (int(m.group(i), 16) for i in (1, 2, 3))
        assert end - start == size, m.group(0)
        out.append((start, end, m.group(4), m.group(5)))
    return out


def section(text, cmd):
    """The shell's output for @cmd, up to the next prompt."""
    return text.split(f"lantern$ {cmd}\n", 1)[1].split("lantern$", 1)[0]


def covering(rs, addr):
    return next((r for r in rs if r[0] <= addr < r[1]), None)


def boot_guard(arch, img):
    """The boot stack's guard page: never mapped, no entry kept."""
    return img.address("boot_stack_guard" if arch == "x86_64" else "arm64_boot_stack_guard")


@pytest.fixture
def layout(arch, demo):
    return {name: demo.address(name) for name in ("_text", "_etext", "_end")} | (
        {"_rodata": demo.address("_rodata")} if arch == "arm64" else {})


def test_pt_map_matches_the_linker_layout(arch, demo, layout):
    r = demo.run("pt map\nhalt\n")
    rs = ranges(section(r.out, "pt map"))
    assert rs, r.out
    assert rs == sorted(rs) and all(a[1] <= b[0] for a, b in zip(rs, rs[1:])), rs
    assert covering(rs, 0) is None
    # Kernel text: read-only and executable, from _text on; arm64 keeps
    # the read-only data apart, not executable.
    text_end = layout.get("_rodata", layout["_etext"])
    start, end, prot, mt = covering(rs, layout["_text"])
    assert (start, end, prot) == (layout["_text"], text_end, "r-x"), rs
    if arch == "arm64":
        start, end, prot, mt = covering(rs, layout["_rodata"])
        assert (start, end, prot) == (layout["_rodata"], layout["_etext"], "r--"), rs
    # Data, bss and everything up to _end writable (but for the boot stack's guard).
    guard = boot_guard(arch, demo)
    for page in range(layout["_etext"], layout["_end"], PAGE):
        if page != guard:
            assert "w" in covering(rs, page)[2], hex(page)
    assert covering(rs, guard) is None
    # No writable range overlaps the text; RAM is write-back.
    assert not [x for x in rs if "w" in x[2] and x[0] < layout["_etext"] and
                x[1] > layout["_text"]], rs
    assert covering(rs, layout["_end"])[3] in ("WB", "Normal-WB")


def test_pt_walks(arch, demo, layout):
    data = demo.address("uk_log_level")
    cmds = ["pt 0", f"pt {layout['_text']:x}", f"pt {data:#x}", "pt map"]
    r = demo.run("\n".join(cmds) + "\nhalt\n")
    t = section(r.out, "pt 0")
    assert re.search(LEVEL, t, re.M), t
    assert t.strip().endswith(f"not mapped: {PAGE0[arch]}"), t
    t = section(r.out, f"pt {layout['_text']:x}")
    expect(t, rf"^mapped: 4 KiB page, physical {layout['_text']:016x}, r-x, (WB|Normal-WB)$")
    assert len(re.findall(LEVEL, t, re.M)) == (4 if arch == "x86_64" else 3), t
    t = section(r.out, f"pt {data:#x}")
    expect(t, rf"^mapped: \d+ [KM]iB page, physical {data:016x}, rw-?x?, ")
    # A thread's stack guard: a 4 KiB hole in RAM, not the boot stack's.
    rs = ranges(section(r.out, "pt map"))
    holes = [a[1] for a, b in zip(rs, rs[1:])
             if a[1] != boot_guard(arch, demo) and b[0] - a[1] == PAGE]
    assert holes, rs
    r = demo.run(f"pt {holes[0]:x}\nhalt\n")
    expect(section(r.out, f"pt {holes[0]:x}"), rf"^not mapped: {re.escape(GUARD[arch])}$")


def test_pt_bad_arguments(arch, demo):
    r = demo.run("pt\npt zz\npt 1 2\npt -5\npt 8000000000000000\necho alive\n")
    assert section(r.out, "pt").strip() == "error: usage: pt <address> | pt map"
    assert section(r.out, "pt 1 2").strip() == "error: usage: pt <address> | pt map"
    for bad in ("zz", "-5"):
        expect(section(r.out, f"pt {bad}"),
               rf"^error: '{bad}' is not a hexadecimal address or 'map'$")
    expect(section(r.out, "pt 8000000000000000"), r"^not mapped: beyond the \d+-bit ")
    expect(r.out, r"^alive$")
    assert r.status == 0


@pytest.mark.parametrize("kind", ["null", "write-ro"])
def test_crash_screen_walks_the_fault(arch, demo, kind):
    r = demo.run(f"crash {kind}\n")
    assert r.status == STATUS_CRASH, r.out
    if kind == "null":
        expect(r.out, r"^CRIT: Page walk of 0000000000000000 \(read\):$")
        expect(r.out, rf"^CRIT:   not mapped: {PAGE0[arch]}$")
    else:
        m = expect(r.out, r"^CRIT: Page walk of ([0-9a-f]{16}) \(write\):$")
        assert int(m.group(1), 16) == demo.address("crash_write_ro")
        expect(r.out, r"^CRIT:   mapped: 4 KiB page, physical [0-9a-f]{16}, r-x, ")
        expect(r.out, r"^CRIT:   refused: write to a read-only mapping$")
    # The walk comes before the reason line, which ends the screen.
    reason = re.search(r"^CRIT: (Page fault|Data abort) at ", r.out, re.M)
    assert r.out.index("CRIT: Page walk of") < reason.start(), r.out


def gdb_at_main(port, img, *cmds):
    args = [GDB, "-nx", "-batch", "-ex", "set confirm off",
            "-ex", f"target remote 127.0.0.1:{port}", "-ex", "break main",
            "-ex", "continue", "-ex", "delete"]
    for c in cmds:
        args += ["-ex", c]
    return subprocess.run(args + [img.path], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=240).stdout


def test_monitor_pt_uk_pt_and_qemus_info_mem(arch, image):  # noqa: F811
    uk_pt = "source " + os.path.join(TOP, "support", "gdb", "uk_pt.py")
    text = image.address("_text")
    with Guest(image) as g:
        g.ready()
        ours = gdb_at_main(g.port, image, "monitor pt map", f"monitor pt {text:#x}",
                           "monitor pt zz", uk_pt, "uk-pt map", "kill")
    port = harness.free_port()
    args = ["--timeout", "300", "--qemu-gdb", str(port), "--qemu-gdb-wait"]
    with harness.Guest(image.path, args):
        qemus = gdb_at_main(port, image, uk_pt, "uk-pt map", f"uk-pt {text:#x}",
                            "monitor info mem", "kill")
    header = "start            end              size             prot type\n"
    assert ours.count(header) == 2 and qemus.count(header) == 1, (ours, qemus)
    mine = ranges(ours.split(header)[1])
    assert mine, ours
    # uk-pt reads the same tables from memory, through either stub (arm64:
    # the memory type needs MAIR_EL1, which only QEMU's stub shows).
    assert [r[:3] for r in ranges(ours.split(header)[2])] == [r[:3] for r in mine], ours
    assert ranges(qemus) == mine, qemus
    expect(ours, rf"^mapped: 4 KiB page, physical {text:016x}, r-x, ")
    expect(qemus, rf"^mapped: 4 KiB page, physical {text:016x}, r-x, ")
    expect(ours, r"^error: 'zz' is not a hexadecimal address or 'map'$")
    if arch == "x86_64":
        info = [(int(a, 16), int(b, 16), "w" in p) for a, b, p in
                re.findall(r"^([0-9a-f]{16})-([0-9a-f]{16}) [0-9a-f]{16} ([-u]r[-w])$",
                           qemus, re.M)]
        assert info == [(s, e, "w" in p) for s, e, p, _ in mine], (info, mine)
