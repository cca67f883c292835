# SPDX-License-Identifier: BSD-3-Clause
"""The crash screen, trap events and the embedded symbol table."""
import random
import re
import struct
import subprocess
import tempfile

import pytest

from conftest import ARCHES, STATUS_CRASH, app_path, build
from uktest_plugin import assert_all_passed, run_in_guest

HEADER = r"^\[\s*\d+\.\d{6}\] CRIT: Lantern crash - \w+ \(\d+\.\d+\.\d+\)$"
REGS = {
    "x86_64": [r"^CRIT: RIP: 0008:[0-9a-f]{16}$",
               r"^CRIT: RSP: 0010:[0-9a-f]{16} EFLAGS: [0-9a-f]{8} ORIG RAX: [0-9a-f]{16}$",
               r"^CRIT: RAX: [0-9a-f]{16} RBX: [0-9a-f]{16} RCX: [0-9a-f]{16}$",
               r"^CRIT: R13: [0-9a-f]{16} R14: [0-9a-f]{16} R15: [0-9a-f]{16}$"],
    "arm64": [r"^CRIT: PC:\s+[0-9a-f]{16} LR:\s+[0-9a-f]{16}$",
              r"^CRIT: SP:\s+[0-9a-f]{16} PSTATE:\s+[0-9a-f]{8}$",
              r"^CRIT: ESR:\s+[0-9a-f]{16} FAR:\s+[0-9a-f]{16}$",
              r"^CRIT: X0:\s+[0-9a-f]{16} X1:\s+[0-9a-f]{16} X2:\s+[0-9a-f]{16}$",
              r"^CRIT: X27:\s+[0-9a-f]{16} X28:\s+[0-9a-f]{16} X29:\s+[0-9a-f]{16}$"],
}
# kind -> (reason line, a function that must appear in the call trace)
KINDS = {
    "null": (r"(Page fault|Data abort) at 0x0 \(read", "cmd_crash|crash_null"),
    "write-ro": (r"(Page fault|Data abort) at 0x[0-9a-f]+ \(write", "cmd_crash|crash_write_ro"),
    "undef": (r"(Invalid opcode|Undefined instruction)", "crash_undef"),
    "bp": (r"Breakpoint", "crash_bp"),
    "assert": (r"Assertion failed: n > 0 \(crash_cmd\.c:\d+ in crash_assert\)", "crash_assert"),
    "panic": (r"crash panic: UK_CRASH called from the shell \(crash_cmd\.c:\d+ in crash_panic\)",
              "crash_panic"),
    "stack": (r"[Ss]tack overflow", "recurse"),
    "div0": (r"Divide error", "crash_div0"),
    # QEMU's TCG does not check SP alignment: the kind then says so via UK_CRASH
    "unaligned-sp": (r"(SP alignment fault|no SP alignment fault: this CPU does not check)",
                     "crash_unaligned_sp"),
}


def kinds_of(arch):
    r = build(arch).run("crash list\n")
    return re.findall(r"^([a-z0-9-]+)\s{2,}\S", r.out.split("crash list", 1)[1], re.M)


def trace(out):
    """The crashed code's call trace; the other threads' traces follow it,
    each after a "CRIT: Thread:" line."""
    own = re.split(r"^CRIT: Call Trace:$", out, maxsplit=1, flags=re.M)[-1]
    own = re.split(r"^CRIT: Thread: ", own, maxsplit=1, flags=re.M)[0]
    return [(int(a, 16), name, int(off, 16))
            for a, name, off in re.findall(r"^CRIT: \[([0-9a-f]{16})\] (\S+)\+0x([0-9a-f]+)$",
                                           own, re.M)]


def addr2line(arch, image, addrs):
    """The function containing each address, per addr2line -f -i (the
    outermost of an inline chain: the one a symbol table can name)."""
    out = subprocess.run([ARCHES[arch].tool_prefix + "addr2line", "-a", "-f", "-i",
                          "-e", image] + [hex(a) for a in addrs],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    names, group = [], None
    for line in out:
        if line.startswith("0x"):
            if group is not None:
                names.append(group[-2])
            group = []
        else:
            group.append(line)
    names.append(group[-2])
    return names


def test_crash_list_per_arch(arch):
    kinds = kinds_of(arch)
    for k in ("null", "write-ro", "undef", "bp", "assert", "panic", "stack", "nested"):
        assert k in kinds
    assert ("div0" in kinds) == (arch == "x86_64")
    assert ("unaligned-sp" in kinds) == (arch == "arm64")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_crash_kind(arch, kind):
    if kind == "div0" and arch != "x86_64" or kind == "unaligned-sp" and arch != "arm64":
        pytest.skip(f"{kind} is not a crash kind on {arch}")
    img = build(arch)
    r = img.run(f"crash {kind}\necho not reached\n")
    reason, fn = KINDS[kind]
    r.expect(HEADER)
    for reg in REGS[arch]:
        r.expect(reg)
    r.expect(r"^CRIT: Stack:$")
    r.expect(r"^CRIT: Call Trace:$")
    r.expect(r"^CRIT: .*" + reason)
    r.reject(r"^not reached$")
    assert r.status == STATUS_CRASH
    frames = trace(r.out)
    assert frames, r.out
    assert any(re.fullmatch(fn, name) for _, name, _ in frames[:6]), r.out
    # The crashing function's caller follows it, whatever the instruction
    # that crashed: before a prologue, in a leaf without a frame (the
    # recursion of "stack" fills the trace with itself).
    if kind != "stack":
        names = [name.split(".")[0] for _, name, _ in frames]
        crasher = "crash_" + kind.replace("-", "_")
        assert crasher in names, r.out
        assert names[names.index(crasher) + 1] == "cmd_crash", r.out
    # every named frame agrees with the image's debug information
    # (return addresses are looked up one byte back, as the screen does)
    looked_up = [frames[0][0]] + [a - 1 for a, _, _ in frames[1:]]
    for (addr, name, _), truth in zip(frames, addr2line(arch, img.path, looked_up)):
        assert name.split(".")[0] == truth, \
            f"frame {addr:#x} named {name}, addr2line says {truth}"


def test_nested_crash_prints_one_line(arch):
    r = build(arch).run("crash nested\n")
    r.expect(HEADER)
    r.expect(r"^crash while crashing: .*")
    r.reject(r"Call Trace")
    assert r.status == STATUS_CRASH


def test_stack_dump_words(arch):
    r = build(arch).run("crash null\n")
    words = re.findall(r"^CRIT: [0-9a-f]{16} (?:[0-9a-f]{2} ){8} .{8}$", r.out, re.M)
    assert len(words) == 16, r.out


def test_trace_depth_and_words_follow_kconfig(arch):
    img = build(arch, {"LIBUKDEBUG_CRASH_STACK_WORDS": "4",
                       "LIBUKDEBUG_CRASH_TRACE_DEPTH": "3"})
    r = img.run("crash stack\n")
    assert len(trace(r.out)) == 3, r.out
    assert r.status == STATUS_CRASH


def test_event_priority_and_stop(arch):
    # the events suite (lib/ukevent/tests/events.c)
    r, cases = run_in_guest(arch, "events.*")
    assert_all_passed(r, cases, ["events.priority_order", "events.handled_stops_the_chain"])
    r.reject(r"Lantern crash")
    assert r.status == 0


PAGE_FAULT_HANDLER = "__uk_evh_UKARCH_TRAP_PAGE_FAULT_"


def test_without_handlers_the_crash_screen_reports(arch):
    """A page fault raised with no handler attached (nofault, and the stub
    that needs it, left out) goes from the empty chain to the crash screen,
    which names the faulting function."""
    assert any(s.startswith(PAGE_FAULT_HANDLER) for s in build(arch).symbols())
    img = build(arch, {"LIBUKNOFAULT": "n"}, app=app_path("nullread"))
    syms = img.symbols()
    assert "uk_raise_event_ptr" in syms
    assert not [s for s in syms if s.startswith(PAGE_FAULT_HANDLER)]
    r = img.run()
    r.expect(r"^reading NULL$")
    r.expect(HEADER)
    r.expect(r"^CRIT: .*" + KINDS["null"][0])
    r.reject(r"^read ")
    assert trace(r.out)[0][1] == "main", r.out
    assert r.status == STATUS_CRASH


def embedded_table(arch, image):
    with tempfile.NamedTemporaryFile() as tmp:
        subprocess.run([ARCHES[arch].tool_prefix + "objcopy", "-O", "binary",
                        "--only-section=.uk_symtab", image, tmp.name], check=True)
        data = open(tmp.name, "rb").read()
    count, names_off = struct.unpack_from("<II", data)
    table = {}
    for i in range(count):
        off, size, name_off = struct.unpack_from("<III", data, 8 + 12 * i)
        name = data[names_off + name_off:data.index(b"\0", names_off + name_off)].decode()
        table[name] = (off, size)
    return table


def elf_functions(arch, image):
    out = subprocess.run([ARCHES[arch].tool_prefix + "readelf", "-sW", image],
                         capture_output=True, text=True, check=True).stdout
    syms, base = {}, None
    for line in out.splitlines():
        p = line.split()
        if len(p) >= 8 and p[0].endswith(":"):
            if p[7] == "_text":
                base = int(p[1], 16)
            if p[3] == "FUNC":
                syms[p[7]] = (int(p[1], 16), int(p[2], 0))
    return base, syms


def test_symbol_table_matches_image(arch):
    img = build(arch)
    table = embedded_table(arch, img.path)
    base, funcs = elf_functions(arch, img.path)
    assert len(funcs) > 50
    for name, (addr, size) in funcs.items():
        if name in table:
            assert table[name] == (addr - base, size), name
        else:
            # an alias: another name at the same address is in the table
            assert (addr - base) in {off for off, _ in table.values()}, name


def test_sym_command_agrees_with_addr2line(arch):
    img = build(arch)
    _, funcs = elf_functions(arch, img.path)
    rnd = random.Random(1234)
    picks = [(name, addr + rnd.randrange(size))
             for name, (addr, size) in rnd.sample(sorted(funcs.items()), 40) if size]
    lines = "".join("sym " + " ".join(f"{a:x}" for _, a in picks[i:i + 8]) + "\n"
                    for i in range(0, len(picks), 8))
    r = img.run(lines + "sym 0 zz\n")
    truth = addr2line(arch, img.path, [a for _, a in picks])
    for (_, addr), want in zip(picks, truth):
        m = r.expect(rf"^{addr:016x} (\S+)\+0x([0-9a-f]+) \(start")
        # GCC clones keep their DWARF name: big_shl.constprop.0 is big_shl
        assert m.group(1).split(".")[0] == want, r.out
    r.expect(r"^0000000000000000 \?$")
    r.expect(r"^error: 'zz' is not a hexadecimal address$")


@pytest.mark.parametrize("options,gone", [
    ({"LIBUKDEBUG_CRASH": "n"}, ["crash_call_trace", "crash_stack_dump", "cmd_crash"]),
    ({"LIBUKDEBUG_SYMBOLS": "n"}, ["uk_resolve_symbol", "uk_symtab"]),
    ({"LIBUKEVENT": "n"}, ["uk_raise_event_ptr", "__uk_event_UKARCH_TRAP_PAGE_FAULT"]),
])
def test_parts_compile_out(arch, options, gone):
    img = build(arch, options)
    syms = img.symbols()
    for s in gone:
        assert s not in syms
    r = img.run(append="-- noshell")
    assert r.status == 0
    r = build(arch, options, app=app_path("nullread")).run()
    r.expect(r"Unhandled trap|Lantern crash")
    assert r.status == STATUS_CRASH


def test_bare_addresses_without_symbols(arch):
    r = build(arch, {"LIBUKDEBUG_SYMBOLS": "n"}).run("crash null\n")
    r.expect(r"^CRIT: \[[0-9a-f]{16}\] \?$")
    assert not trace(r.out)
