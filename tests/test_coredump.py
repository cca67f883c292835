# SPDX-License-Identifier: BSD-3-Clause
"""Crash dumps, guest side: the console block after every crash kind decodes
into an ELF core that gdb opens (call trace, registers, threads, globals),
the shell's `dump` leaves the guest running, `dmesg`, and a fault while
dumping ends in one line and a halt; through the GDB stub, the dump as a
qXfer object and as `monitor dump`'s output."""
import base64
import os
import re
import shlex
import struct
import subprocess
import sys
import time
import zlib

import pytest

from conftest import STATUS_CRASH, TOP, build
from gdb_guest import LLDB_PYTHONPATH, Guest, debug_image
from harness import RUN_QEMU, Raw
from test_crash import KINDS, trace

sys.path.insert(0, os.path.join(TOP, "support"))
from lantern_core import elfcore  # noqa: E402

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


def loads(core):
    """(vaddr, size) of every PT_LOAD."""
    phoff, = struct.unpack_from("<Q", core, 32)
    phnum, = struct.unpack_from("<H", core, 56)
    out = []
    for i in range(phnum):
        ptype, _, _, vaddr, _, filesz = struct.unpack_from("<IIQQQQ", core, phoff + 56 * i)
        if ptype == 1:
            out.append((vaddr, filesz))
    return out


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
    # the boot stack's guard page inside .bss is a hole between segments
    guard = img.address("boot_stack_guard" if arch == "x86_64" else "arm64_boot_stack_guard")
    segs = loads(core)
    assert not any(v <= guard < v + n for v, n in segs)
    assert any(v + n == guard for v, n in segs) and any(v == guard + 4096 for v, _ in segs)


def test_lldb_reads_the_dump(arch, tmp_path):
    """LLDB opens the dump with the image and nothing else: OS/ABI and
    NT_AUXV make it a Linux core whose executable sits where it was linked."""
    img, r, path = crash_dump(arch, "null", tmp_path)
    env = dict(os.environ, PYTHONPATH=LLDB_PYTHONPATH)
    p = subprocess.run(["lldb", "-b", "-o", "bt 2", "-o", "p uk_log_level",
                        "-o", "thread list", img.path, "-c", path],
                       capture_output=True, text=True, timeout=120, env=env)
    out = p.stdout + p.stderr
    assert re.search(r"frame #0: 0x[0-9a-f]+ demo_kvm-\w+`crash_null ", out), out
    assert re.search(r"^\(int\) \$0 = 3$", out, re.M), out
    assert "stop reason = signal SIGSEGV" in out
    threads = int(re.search(r"^threads=(\d+)$", note_text(open(path, "rb").read(), LANTERN_INFO),
                            re.M).group(1))
    assert len(re.findall(r"^[* ] thread #\d+: tid = \d+", out, re.M)) == threads, out


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


def unescape(data):
    """A binary reply's bytes: "}" escapes the byte after it (xor 0x20)."""
    out, i = bytearray(), 0
    while i < len(data):
        if data[i] == 0x7d:
            out.append(data[i + 1] ^ 0x20)
            i += 2
        else:
            out.append(data[i])
            i += 1
    return bytes(out)


def test_dump_from_the_debugger_at_a_crash(arch, tmp_path):
    """A guest stopped at its crash for a debugger gives the dump through
    qXfer:lantern.core:read, slice by slice."""
    img = debug_image(arch, LIBUKGDBSTUB_ENTER_ON_CRASH="y")
    with Guest(img, mode="crash", wait=False) as g:
        g.wait_for(r"Waiting for debugger on")
        raw = Raw(g.connect())
        assert raw.request(b"?").startswith(b"T")
        core, start = b"", time.monotonic()
        while True:
            reply = raw.request(b"qXfer:lantern.core:read::%x,ffff" % len(core))
            assert reply[:1] in (b"m", b"l"), reply[:40]
            core += unescape(reply[1:])
            if reply[:1] == b"l":
                break
        took = time.monotonic() - start
        raw.send(raw.frame(b"k"))
        assert g.finish() == 0
    print(f"{arch}: {len(core)} bytes through qXfer in {took:.2f} s")
    assert core[:4] == b"\x7fELF"
    path = tmp_path / "core"
    path.write_bytes(core)
    assert "reason=dump requested by the debugger\n" in note_text(core, LANTERN_INFO)
    out = gdb(img, str(path), "bt 2")
    assert re.search(r"^#0  (0x[0-9a-f]+ in )?crash_null \(", out, re.M), out


def read_raw(raw, n):
    """The next @n bytes from the stub, outside any packet."""
    while len(raw.buf) < n:
        raw.receive()
    data, raw.buf = raw.buf[:n], raw.buf[n:]
    return data


def stream(raw, off, length):
    """qLantern.core.stream:off,length: (count, size, bytes)."""
    m = re.match(rb"^b([0-9a-f]+),([0-9a-f]+)$",
                 raw.request(b"qLantern.core.stream:%x,%x" % (off, length)))
    assert m, raw.buf[:40]
    count, size = int(m.group(1), 16), int(m.group(2), 16)
    data = read_raw(raw, count)
    assert raw.read_packet() == b"OK"
    return count, size, data


def test_streamed_dump_is_the_object_unescaped(arch, tmp_path):
    """qLantern.core.stream sends the dump laid out at offset 0 as raw
    bytes: the same file as qXfer:lantern.core:read gives of that layout
    (offsets past 0), equal to a stream of a part of it, and gdb reads
    it."""
    img = debug_image(arch, LIBUKGDBSTUB_ENTER_ON_CRASH="y")
    with Guest(img, mode="crash", wait=False) as g:
        g.wait_for(r"Waiting for debugger on")
        raw = Raw(g.connect())
        assert raw.request(b"?").startswith(b"T")
        count, size, core = stream(raw, 0, (1 << 64) - 1)
        assert count == size == len(core) and core[:4] == b"\x7fELF"
        sliced = core[:1]
        while True:
            reply = raw.request(b"qXfer:lantern.core:read::%x,ffff" % len(sliced))
            assert reply[:1] in (b"m", b"l"), reply[:40]
            sliced += unescape(reply[1:])
            if reply[:1] == b"l":
                break
        # memory is read live (the stub's own buffers are in it): the
        # layout, headers and notes, must be the same
        segs = [(s.vaddr, s.offset, s.filesz, s.memsz, s.flags)
                for s in elfcore.Core(core, "stream").segments()]
        assert segs == [(s.vaddr, s.offset, s.filesz, s.memsz, s.flags)
                        for s in elfcore.Core(sliced, "slices").segments()]
        data_off = min(off for _, off, filesz, _, _ in segs if filesz)
        assert len(sliced) == len(core) and sliced[:data_off] == core[:data_off]
        assert stream(raw, 0x41, 0x123) == (0x123, size, core[0x41:0x41 + 0x123])
        assert stream(raw, size - 3, 100)[:2] == (3, size)
        assert stream(raw, size, 100) == (0, size, b"")
        assert raw.request(b"qLantern.core.stream:0") == b"E01"
        raw.send(raw.frame(b"k"))
        assert g.finish() == 0
    path = tmp_path / "core"
    path.write_bytes(core)
    assert "reason=dump requested by the debugger\n" in note_text(core, LANTERN_INFO)
    out = gdb(img, str(path), "bt 2")
    assert re.search(r"^#0  (0x[0-9a-f]+ in )?crash_null \(", out, re.M), out


def test_monitor_dump(arch, tmp_path):
    img = debug_image(arch)
    log = tmp_path / "gdb.log"
    with Guest(img) as g:
        g.gdb(f"set logging file {log}", "set logging redirect on",
              "set logging enabled on", "monitor dump", "set logging enabled off",
              "kill", timeout=300)
        assert g.finish() == 0
    path = tmp_path / "core"
    path.write_bytes(decode(log.read_text(errors="replace")))
    out = gdb(img, str(path), "bt 2")
    assert re.search(r"^#0  .*\buk_gdbstub_break \(", out, re.M), out


def qemu_command(img, append=None):
    """run-qemu's QEMU command line for @img (--dry-run), as a list."""
    args = [RUN_QEMU, "--dry-run"] + (["--append", append] if append else []) + [img.path]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return shlex.split(out.strip().splitlines()[-1])


@pytest.mark.parametrize("crash", [True, False])
def test_pvpanic_signals_a_crash_x86_64(crash):
    """With QEMU's ISA pvpanic device, a crash sets the panic bit: QEMU, told
    to shut down on it, exits with 0 before the guest's own status 125
    (isa-debug-exit: 251) can; a clean exit (status 0: 1) does not."""
    img = build("x86_64")
    cmd = qemu_command(img, None if crash else "-- noshell")
    # the console on plain stdio: run-qemu's own chardev needs its feeder
    keep = [a for i, a in enumerate(cmd)
            if a not in ("-chardev", "-serial") and cmd[i - 1] not in ("-chardev", "-serial")]
    cmd = keep + ["-serial", "stdio", "-device", "pvpanic", "-action", "panic=shutdown"]
    p = subprocess.run(cmd, input=b"crash null\n" if crash else b"",
                       capture_output=True, timeout=120)
    out = p.stdout.decode(errors="replace")
    assert p.returncode == (0 if crash else 1), out
    if crash:
        assert "CRIT: Lantern crash" in out and "System halted (status 125)" in out
    else:
        assert "Hello from demo!" in out and "System halted (status 0)" in out


def test_trace_note_is_the_raw_trace_dump(arch, tmp_path):
    """The TRACE note holds `trace dump --raw`'s bytes: the events of a raw
    dump printed just before come first in it, the shell's `dump` after."""
    img = build(arch)
    r = img.run("trace dump --raw\ndump\n", timeout=120)
    assert r.status == 0
    text = r.out.split("-----BEGIN LANTERN TRACE-----", 1)[1]
    text = text.split("-----END LANTERN TRACE-----", 1)[0]
    printed = base64.b64decode("".join(text.split()))
    path = tmp_path / "core"
    path.write_bytes(decode(r.out))
    blob = [d for n, t, d in notes(path.read_bytes()) if (n, t) == ("LANTERN", 0x4c540003)][0]
    (magic, version, hdr_size, recorded, overwritten, count, payload_size,
     now_ns, crc, tp_count) = struct.unpack("<8sIIQQQQQII", blob[:64])
    assert (magic, hdr_size) == (b"UKTRDMP\0", 64)
    payload = blob[64:]
    assert payload_size == len(payload) and crc == zlib.crc32(payload)
    off = 0
    for _ in range(count):
        ev_ts, ev_tid, ev_id, ev_size = struct.unpack_from("<QIHH", payload, off)
        assert ev_id < tp_count and ev_size % 8 == 0 and ev_size >= 16
        off += ev_size
    assert off == len(payload)
    before = printed[64:]
    assert payload.startswith(before) and len(payload) > len(before)
