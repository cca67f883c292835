# SPDX-License-Identifier: BSD-3-Clause
"""Crash dumps, guest side: the console block after every crash kind decodes
into an ELF core that gdb opens (call trace, registers, threads, globals),
the shell's `dump` leaves the guest running, `dmesg`, and a fault while
dumping ends in one line and a halt."""
import base64
import re
import struct
import subprocess
import zlib

import pytest

from conftest import STATUS_CRASH, build
from test_crash import KINDS, trace

GDB = "gdb-multiarch"
MACHINE = {"x86_64": 62, "arm64": 183}
NT_PRSTATUS = 1
LANTERN_INFO, LANTERN_DMESG, LANTERN_STORE = 0x4c540001, 0x4c540002, 0x4c540004
# the crash screen's registers as gdb names them: (screen pattern, gdb name)
SCREEN_REGS = {
    "x86_64": [(r"^CRIT: RIP: 0008:([0-9a-f]{16})$", "rip"),
               (r"^CRIT: RSP: 0010:([0-9a-f]{16}) ", "rsp"),
               (r"^CRIT: RAX: ([0-9a-f]{16}) ", "rax"),
               (r" RBP: ([0-9a-f]{16}) ", "rbp")],
    "arm64": [(r"^CRIT: PC:\s+([0-9a-f]{16}) ", "pc"),
              (r" LR:\s+([0-9a-f]{16})$", "x30"),
              (r"^CRIT: SP:\s+([0-9a-f]{16}) ", "sp"),
              (r"^CRIT: X0:\s+([0-9a-f]{16}) ", "x0")],
}


def decode(out):
    """The last console block as bytes (a test-local reader of the format
    in docs/crashdump.md: every chunk's CRC, the sequence, the file's CRC)."""
    begins = list(re.finditer(
        r"^-----BEGIN LANTERN CORE size=(\d+) lines=(\d+) chunk=45-----$", out, re.M))
    assert begins, "no dump on the console"
    size, lines = int(begins[-1].group(1)), int(begins[-1].group(2))
    body = out[begins[-1].end():]
    end = re.search(r"^-----END LANTERN CORE crc=([0-9a-f]{8})-----$", body, re.M)
    assert end, "the dump has no END line"
    block = body[:end.start()]
    chunks = re.findall(r"^LC (\d+) ([A-Za-z0-9+/=]+) ([0-9a-f]{8})$", block, re.M)
    assert [int(s) for s, _, _ in chunks] == list(range(lines))
    data = b""
    for _, b64, crc in chunks:
        chunk = base64.b64decode(b64)
        assert zlib.crc32(chunk) == int(crc, 16)
        data += chunk
    assert len(data) == size and zlib.crc32(data) == int(end.group(1), 16)
    assert all(len(line) < 80 for line in block.splitlines())
    return data


def notes(core):
    """(name, type, description) of every note, in order."""
    phoff, = struct.unpack_from("<Q", core, 32)
    ptype, _, off, _, _, filesz = struct.unpack_from("<IIQQQQ", core, phoff)
    assert ptype == 4, "the first program header is not PT_NOTE"
    found, at = [], off
    while at < off + filesz:
        namesz, descsz, ntype = struct.unpack_from("<III", core, at)
        name = core[at + 12:at + 12 + namesz - 1].decode()
        desc_at = at + 12 + (namesz + 3) // 4 * 4
        found.append((name, ntype, core[desc_at:desc_at + descsz]))
        at = desc_at + (descsz + 3) // 4 * 4
    return found


def note_text(core, ntype):
    return [d for n, t, d in notes(core) if n == "LANTERN" and t == ntype][0].decode()


def gdb(image, core, *commands):
    args = [GDB, "-batch", "-nx", "-ex", "set pagination off"]
    for c in commands:
        args += ["-ex", c]
    p = subprocess.run(args + [image.path, core], capture_output=True, text=True,
                       timeout=120)
    return p.stdout + p.stderr


def crash_dump(arch, kind, tmp_path):
    img = build(arch)
    r = img.run(f"crash {kind}\n", append="uk.crashdump=console", timeout=120)
    assert r.status == STATUS_CRASH
    path = tmp_path / "core"
    path.write_bytes(decode(r.out))
    return img, r, str(path)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_console_dump_of_each_crash_kind(arch, kind, tmp_path):
    if kind == "div0" and arch != "x86_64" or kind == "unaligned-sp" and arch != "arm64":
        pytest.skip(f"{kind} is not a crash kind on {arch}")
    img, r, path = crash_dump(arch, kind, tmp_path)
    core = open(path, "rb").read()
    assert core[:4] == b"\x7fELF" and struct.unpack_from("<HH", core, 16) == (4, MACHINE[arch])
    screen = r.out.split("-----BEGIN LANTERN CORE", 1)[0]
    reason = re.findall(r"^CRIT: (.*)$", screen, re.M)[-1]
    assert f"reason={reason}\n" in note_text(core, LANTERN_INFO)
    out = gdb(img, path, "bt 3", *(f"p/x ${name}" for _, name in SCREEN_REGS[arch]))
    # the crash screen's first function is frame #0 in gdb
    first = trace(screen)[0][1].split(".")[0]
    assert re.search(rf"^#0  .*\b{re.escape(first)} \(", out, re.M), out
    values = [int(v, 16) for v in re.findall(r"^\$\d+ = 0x([0-9a-f]+)$", out, re.M)]
    wanted = [int(re.search(p, screen, re.M).group(1), 16) for p, _ in SCREEN_REGS[arch]]
    assert values == wanted, out


def test_gdb_reads_the_dump(arch, tmp_path):
    img, r, path = crash_dump(arch, "null", tmp_path)
    core = open(path, "rb").read()
    info = note_text(core, LANTERN_INFO)
    threads = int(re.search(r"^threads=(\d+)$", info, re.M).group(1))
    assert threads == len([n for n in notes(core) if n[:2] == ("CORE", NT_PRSTATUS)]) > 1
    assert re.search(r"^build_id=[0-9a-f]{40}$", info, re.M)
    assert any(n[:2] == ("GNU", 3) for n in notes(core))
    out = gdb(img, path, "bt 8", "info threads", "print uk_log_level")
    screen = r.out.split("-----BEGIN LANTERN CORE", 1)[0]
    # the crash screen's first frames come in gdb's bt in the same order
    # (gdb may show more: inlined functions, a caller a frame-pointer
    # walk skips)
    names = [n.split(".")[0] for _, n, _ in trace(screen)[:3]]
    # gdb prints frame #0 once when it loads the core, then the bt
    bt = re.findall(r"^#\d+\s+(?:0x[0-9a-f]+ in )?(\w+) \(",
                    out.split("[Current thread is", 1)[1], re.M)
    rest = iter(bt)
    assert all(name in rest for name in names), (names, out)
    assert len(re.findall(r"^[* ] +\d+ +LWP \d+ ", out, re.M)) == threads, out
    assert re.search(r"^\$1 = 3$", out, re.M), out
    # the DMESG note holds the boot messages and the crash screen
    dmesg = note_text(core, LANTERN_DMESG)
    assert "heap ready" in dmesg and "CRIT: Call Trace:" in dmesg
    assert re.search(r"^ukalloc/0/total_mem = \d+$", note_text(core, LANTERN_STORE), re.M)


def test_no_dump_without_the_parameter(arch):
    r = build(arch).run("crash null\n")
    r.reject(r"BEGIN LANTERN CORE")
    assert r.status == STATUS_CRASH


def test_shell_dump_keeps_the_guest_running(arch, tmp_path):
    img = build(arch)
    r = img.run("dump\necho still here\n", timeout=120)
    assert r.status == 0
    r.expect(r"^still here$")
    path = tmp_path / "core"
    path.write_bytes(decode(r.out))
    out = gdb(img, str(path), "bt 3")
    assert re.search(r"^#\d+ .*\bcmd_dump \(", out, re.M), out
    assert "reason=dump requested\n" in note_text(path.read_bytes(), LANTERN_INFO)


def test_dmesg(arch):
    r = build(arch).run("dmesg\n")
    listing = r.out.split("lantern$ dmesg", 1)[1]
    assert re.search(r"^\[\s*\d+\.\d{6}\] Info: \[libukalloc\] .*heap ready", listing, re.M)


def test_fault_while_dumping_is_one_line_and_a_halt(arch):
    r = build(arch).run("dump fault\necho not reached\n", timeout=120)
    assert r.status == STATUS_CRASH
    tail = r.out.split("-----BEGIN LANTERN CORE", 1)[1].splitlines()
    after = [line for line in tail[1:] if not line.startswith("LC ")]
    assert after[0] == "coredump: fault while writing the dump, stopped", after
    r.reject(r"^not reached$")
    r.reject(r"crash while crashing|CRIT: Lantern crash|END LANTERN CORE")
