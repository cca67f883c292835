# SPDX-License-Identifier: BSD-3-Clause
"""support/lantern-core, the host side of crash dumps.

Host-only tests (no guest): cores built from the contract (core_synth.py)
encoded as a guest prints them, then damaged as consoles damage them
(lines lost, a character changed, a terminal's wrapping, kernel messages
between and inside lines, a log cut short) and the exact report checked;
info and check on those cores; fetch from a stub played by the test
(escaped binary slices); a short run of the extractor's fuzzer.
"""
import os
import re
import socket
import struct
import subprocess
import sys
import threading
import zlib

import pytest

import core_synth
import trace_synth
from conftest import STATUS_CRASH, build
from gdb_guest import GDB, LLDB_PYTHONPATH, Guest, debug_image
from gdb_guest import app_dir as gdb_app_dir
from harness import TOP
from test_crash import kinds_of, trace

TOOL = os.path.join(TOP, "support", "lantern-core")
FUZZER = os.path.join(TOP, "tests", "host", "fuzz_lantern_core.py")
sys.path.insert(0, os.path.join(TOP, "support"))
from lantern_core import console  # noqa: E402


def lantern_core(*args):
    """Run the tool; return (exit status, stdout, stderr)."""
    p = subprocess.run([TOOL] + [str(a) for a in args], capture_output=True, text=True,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


@pytest.fixture(scope="module")
def core():
    return core_synth.core(trace=trace_synth.blob(trace_synth.sample_records()))


@pytest.fixture
def lines(core):
    """The console lines of @core: BEGIN, LC 0..n-1, END."""
    return console.encode(core).rstrip("\n").split("\n")


def extract(tmp_path, text, *extra):
    log = tmp_path / "console.log"
    log.write_text(text)
    out = tmp_path / "core"
    rc, _, err = lantern_core("extract", log, "-o", out, *extra)
    return rc, err, out


@pytest.mark.parametrize("damage", ["none", "wrap20", "wrap33", "wrap79", "crlf", "messages",
                                    "messages-wrapped"])
def test_extract_rebuilds_the_core_byte_for_byte(tmp_path, core, lines, damage):
    text = "\n".join(lines) + "\n"
    if damage.startswith("wrap"):
        # the markers are 62 characters: a narrow terminal cuts them too
        text = core_synth.wrap(text, int(damage[4:]))
    elif damage == "crlf":
        text = text.replace("\n", "\r\n")
    elif damage == "messages":
        text = core_synth.noisy(text)
    elif damage == "messages-wrapped":
        text = core_synth.wrap(core_synth.noisy(text, seed=5), 41)
    text = "[    0.1] Info: booting\nlantern$ crash null\n" + text + "lantern$ "
    rc, err, out = extract(tmp_path, text)
    assert rc == 0, err
    assert out.read_bytes() == core
    assert f"{len(core)} bytes from {len(lines) - 2} lines, CRC ok" in err


def test_extract_names_every_lost_and_damaged_line(tmp_path, core, lines):
    n = len(lines) - 2
    damaged = list(lines)
    # seq 7 and 40-42 lost, one character of seq 12 and the CRC of seq 30 changed
    damaged[1 + 12] = damaged[1 + 12][:20] + ("B" if damaged[1 + 12][20] != "B" else "C") + \
        damaged[1 + 12][21:]
    damaged[1 + 30] = damaged[1 + 30][:-1] + ("0" if damaged[1 + 30][-1] != "0" else "1")
    del damaged[1 + 40:1 + 43]
    del damaged[1 + 7]
    rc, err, out = extract(tmp_path, "\n".join(damaged) + "\n")
    assert rc == 1
    assert f"console.log: 4 of {n} lines missing (seq 7, 40-42)" in err, err
    assert f"console.log: 2 of {n} lines damaged (seq 12, 30)" in err, err
    assert "no core written" in err and not out.exists()


def test_extract_partial_zero_fills_the_gaps(tmp_path, core, lines):
    n = len(lines) - 2
    cut = lines[:1 + 3] + lines[1 + 4:]
    rc, err, out = extract(tmp_path, "\n".join(cut) + "\n", "--partial")
    assert rc == 1
    assert f"1 of {n} lines missing (seq 3)" in err, err
    assert "partial core written, 1 chunks of 45 bytes zero-filled" in err, err
    data = out.read_bytes()
    assert data == core[:3 * 45] + bytes(45) + core[4 * 45:]


def test_extract_a_log_cut_inside_the_dump(tmp_path, lines):
    n = len(lines) - 2
    rc, err, _ = extract(tmp_path, "\n".join(lines[:1 + 50]) + "\n" + lines[1 + 50][:30])
    assert rc == 1
    assert f"{n - 51} of {n} lines missing (seq 51-{n - 1})" in err, err
    assert f"1 of {n} lines damaged (seq 50)" in err, err
    assert "no END line: the log ends inside the dump" in err, err


def test_extract_a_line_cut_by_a_message_and_its_rest_lost(tmp_path, lines):
    n = len(lines) - 2
    broken = list(lines)
    broken[1 + 9] = broken[1 + 9][:25] + "[    2.5] Warn: [uksched] late timer"
    rc, err, _ = extract(tmp_path, "\n".join(broken) + "\n")
    assert rc == 1 and f"1 of {n} lines damaged (seq 9)" in err, err


def test_extract_checks_the_whole_file(tmp_path, core, lines):
    end = f"-----END LANTERN CORE crc={zlib.crc32(core) ^ 1:08x}-----"
    rc, err, _ = extract(tmp_path, "\n".join(lines[:-1] + [end]) + "\n")
    assert rc == 1
    assert f"the whole file's CRC is {zlib.crc32(core):08x}, the END line says " \
        f"{zlib.crc32(core) ^ 1:08x}" in err, err


def test_extract_takes_the_last_dump(tmp_path, core):
    first = console.encode(core_synth.core(reason="first"))
    rc, err, out = extract(tmp_path, first + "lantern$ dump\n" + console.encode(core))
    assert rc == 0, err
    assert out.read_bytes() == core


def test_extract_without_a_dump(tmp_path):
    rc, err, _ = extract(tmp_path, "[    0.1] Info: booting\nlantern$ \n")
    assert rc == 1
    assert err.strip() == "lantern-core: no crash dump in the log (no -----BEGIN " \
        "LANTERN CORE line)"


def test_info_prints_the_lantern_notes(tmp_path, core):
    path = tmp_path / "core"
    path.write_bytes(core)
    rc, out, err = lantern_core("info", path)
    assert rc == 0, err
    assert "reason:   page fault at 0x0 (read, not present)" in out
    assert "uptime:   1.500000001 s" in out
    assert "app:      demo (x86_64, 2 threads)" in out
    assert f"build-id: {core_synth.BUILD_ID.hex()}" in out
    assert re.search(r"^\s+1  pc 0x0000000000101234  sp 0x00000000007ff000$", out, re.M)
    assert re.search(r"^\s+2  pc 0x0000000000105678  sp 0x00000000006ff000$", out, re.M)
    assert "-- kernel messages (last 20 of 30) --" in out
    assert "[    0.000029] Info: [ukboot] message 29" in out
    assert "message 9\n" not in out
    assert "12 events in 464 bytes, 12 recorded, 0 overwritten, 11 tracepoints, CRC ok" in out
    assert "-- ukstore (3 entries) --\n  ukdebug/trace/events = 12\n" in out
    image = trace_synth.image(tmp_path / "image")
    rc, out, err = lantern_core("info", path, image, "--tail", "3")
    assert rc == 0, err
    assert "12 events, 0 overwritten; the last 3" in out
    assert "   12345.678901234     0 app_none: " in out
    assert "-- kernel messages (last 3 of 30) --" in out


def test_info_arm64_registers(tmp_path):
    path = tmp_path / "core"
    path.write_bytes(core_synth.core("arm64", threads=((3, 0x40101234, 0x40200000),)))
    rc, out, err = lantern_core("info", path)
    assert rc == 0, err
    assert "app:      demo (arm64, 1 threads)" in out
    assert re.search(r"^\s+3  pc 0x0000000040101234  sp 0x0000000040200000$", out, re.M)
    assert "-- trace --\n  no TRACE note in this core" in out


@pytest.mark.parametrize("cut", [10, 100, 400])
def test_info_of_a_truncated_core(tmp_path, core, cut):
    path = tmp_path / "core"
    path.write_bytes(core[:cut])
    rc, out, err = lantern_core("info", path)
    assert rc == 1 and err.count("\n") == 1 and err.startswith("lantern-core: "), err


@pytest.mark.parametrize("segment", [True, False], ids=["pt-note", "section"])
def test_check_matches_the_build_id(tmp_path, core, segment):
    path = tmp_path / "core"
    path.write_bytes(core)
    mine = core_synth.image(tmp_path / "mine", segment=segment)
    rc, out, err = lantern_core("check", path, mine)
    assert rc == 0 and "matches" in out, err
    other = core_synth.image(tmp_path / "other", build_id=bytes(20))
    rc, out, err = lantern_core("check", path, other)
    assert rc == 1
    assert f"is not from {other}: build-id {core_synth.BUILD_ID.hex()}, the image's " \
        f"{bytes(20).hex()}" in err


class FakeStub(threading.Thread):
    """Lantern's stub as far as fetch needs it: ack mode, ?, qSupported,
    qXfer:lantern.core:read slices binary-escaped (an empty reply without
    @dumps, as for any packet a stub does not know), with @stream
    qLantern.core.stream (@lose bytes fewer than announced), D."""

    def __init__(self, data, packet_size=0x1000, dumps=True, stream=False, lose=0):
        super().__init__(daemon=True)
        self.data, self.packet_size, self.dumps = data, packet_size, dumps
        self.stream, self.lose = stream, lose
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.slices = self.streams = 0

    def send(self, conn, payload):
        conn.sendall(b"$%s#%02x" % (payload, sum(payload) & 0xff))

    def run(self):
        conn, _ = self.server.accept()
        buf = b""
        while True:
            m = re.search(rb"\$([^#]*)#..", buf)
            if not m:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buf += chunk
                continue
            buf = buf[m.end():]
            conn.sendall(b"+")
            pkt = m.group(1)
            if pkt == b"?":
                self.send(conn, b"S05")
            elif pkt.startswith(b"qSupported"):
                self.send(conn, b"PacketSize=%x" % self.packet_size)
            elif pkt.startswith(b"qXfer:lantern.core:read::") and self.dumps:
                off, n = (int(x, 16) for x in pkt.split(b"::")[1].split(b","))
                n = min(n, (self.packet_size - 4) // 2)  # as Lantern's stub cuts slices
                part = self.data[off:off + n]
                esc = re.sub(rb"[}#$*]", lambda c: b"}" + bytes([c.group(0)[0] ^ 0x20]), part)
                more = off + n < len(self.data)
                self.send(conn, (b"m" if more else b"l") + esc)
                self.slices += 1
            elif pkt.startswith(b"qLantern.core.stream:") and self.stream:
                off, n = (int(x, 16) for x in pkt.split(b":")[1].split(b","))
                part = self.data[off:off + n]
                self.send(conn, b"b%x,%x" % (len(part), len(self.data)))
                conn.sendall(part[:len(part) - self.lose])
                self.send(conn, b"OK")
                self.streams += 1
            elif pkt == b"D":
                self.send(conn, b"OK")
                conn.close()
                return
            else:
                self.send(conn, b"")


def test_fetch_through_a_stub(tmp_path, core):
    # every byte value, the protocol's own characters among them
    data = core + bytes(range(256)) * 40
    stub = FakeStub(data)
    stub.start()
    out = tmp_path / "core"
    rc, _, err = lantern_core("fetch", "--gdb", f"127.0.0.1:{stub.port}", "-o", out)
    stub.join(10)
    assert rc == 0, err
    assert out.read_bytes() == data
    assert stub.slices == -(-len(data) // ((0x1000 - 4) // 2))


def test_fetch_streamed(tmp_path, core):
    data = core + bytes(range(256)) * 40
    for args, streams, slices in (((), 1, 0), (("--slices",), 0, 1)):
        stub = FakeStub(data, packet_size=0x100000, stream=True)
        stub.start()
        out = tmp_path / "core"
        rc, _, err = lantern_core("fetch", "--gdb", f"127.0.0.1:{stub.port}", "-o", out, *args)
        stub.join(10)
        assert rc == 0, err
        assert out.read_bytes() == data
        assert (stub.streams, stub.slices) == (streams, slices), args


def test_fetch_of_a_stream_cut_short(tmp_path, core):
    """A channel that lost bytes (QEMU's virtconsole drops what its socket
    cannot take): named, not a core with a hole."""
    stub = FakeStub(core, stream=True, lose=100)
    stub.start()
    out = tmp_path / "core"
    rc, _, err = lantern_core("fetch", "--gdb", f"127.0.0.1:{stub.port}", "-o", out,
                              "--timeout", "2")
    assert rc == 1 and not out.exists()
    assert err.startswith(f"lantern-core: the gdb stub at 127.0.0.1:{stub.port} stopped "
                          f"sending after "), err
    assert f"of {len(core)} bytes" in err, err


def test_fetch_from_a_stub_without_dumps(tmp_path):
    stub = FakeStub(b"", dumps=False)
    stub.start()
    rc, _, err = lantern_core("fetch", "--gdb", f"127.0.0.1:{stub.port}", "-o",
                              tmp_path / "core", "--timeout", "10")
    stub.join(10)
    assert rc == 1
    assert "has no qXfer:lantern.core:read (a guest built without crash dumps" in err, err


def test_help_names_every_command():
    rc, out, _ = lantern_core("--help")
    assert rc == 0
    for cmd in ("extract LOG -o CORE [--partial]", "fetch --gdb HOST:PORT -o CORE",
                "info CORE [IMAGE]", "check CORE IMAGE"):
        assert cmd in out


def test_fuzz_the_extractor_briefly(tmp_path):
    """A short run of the fuzzer make fuzz runs for longer: only clean
    errors, and no damaged log accepted."""
    env = dict(os.environ, FUZZ_SEED="7")
    p = subprocess.run(["/usr/bin/python3", FUZZER, "3", str(tmp_path / "corpus")],
                       capture_output=True, text=True, timeout=300, env=env)
    assert p.returncode == 0, p.stdout[-4000:] + p.stderr[-4000:]
    execs = int(re.search(r"number_of_executed_units: (\d+)", p.stdout).group(1))
    ok, errors = (int(x) for x in re.search(r"ok: (\d+) errors: (\d+)", p.stdout).groups())
    assert execs > 100 and ok > 0 and errors > 0, p.stdout


# --- run-qemu --pvpanic, with stand-in guests --------------------------------

RUN_QEMU = os.path.join(TOP, "support", "scripts", "run-qemu")


def run_qemu(*args, cwd=None):
    p = subprocess.run([RUN_QEMU, "--accel", "tcg", "--timeout", "60"] + [str(a) for a in args],
                       capture_output=True, text=True, timeout=120, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def test_pvpanic_dumps_a_guest_that_panics(tmp_path):
    guest = core_synth.pvh_guest(tmp_path / "panic", core_synth.PANIC_CODE)
    log = tmp_path / "console.log"
    rc, _, err = run_qemu("--pvpanic", "--mem", "16", "--console", f"file:{log}", guest)
    assert rc == 125, err
    vmcore = f"{log}.vmcore"
    assert f"run-qemu: the guest panicked (pvpanic); QEMU's dump of its memory: {vmcore} " \
        f"({os.path.getsize(vmcore)} bytes)" in err, err
    with open(vmcore, "rb") as f:
        elf = f.read(64 + 56 * 8)
    assert elf[:4] == b"\x7fELF" and int.from_bytes(elf[16:18], "little") == 4  # ET_CORE
    phoff, phnum = int.from_bytes(elf[32:40], "little"), int.from_bytes(elf[56:58], "little")
    loads = [struct.unpack_from("<IIQQQQQQ", elf, phoff + 56 * i) for i in range(phnum)]
    # all of RAM, at its physical address 0
    assert any(t == 1 and paddr == 0 and memsz == 16 << 20
               for t, _, _, _, paddr, _, memsz, _ in loads), loads


def test_pvpanic_leaves_a_guest_without_panic_alone(tmp_path):
    guest = core_synth.pvh_guest(tmp_path / "exit", core_synth.EXIT_CODE)
    rc, _, err = run_qemu("--pvpanic", "--mem", "16", "--console", "file:/dev/null", guest,
                          cwd=tmp_path)
    assert rc == 0, err
    assert "pvpanic" not in err
    assert sorted(os.listdir(tmp_path)) == ["exit"]


def test_pvpanic_on_arm64_says_it_is_not_there(tmp_path):
    image = core_synth.image(tmp_path / "image", arch="arm64")
    rc, out, err = run_qemu("--pvpanic", "--dry-run", image)
    assert rc == 0, err
    assert "run-qemu: --pvpanic: arm64's virt machine has only the PCI pvpanic device, " \
        "which Lantern does not drive; running without it" in err
    assert "-device pvpanic" not in out and "-qmp" not in out


# --- against guests (lib/ukcoredump) -----------------------------------------

REG_NAMES = {"x86_64": ("rip", "rsp", "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8",
                        "r9", "r10", "r11", "r12", "r13", "r14", "r15"),
             "arm64": tuple(f"x{i}" for i in range(31)) + ("sp", "pc")}


def dump_image(arch):
    img = build(arch)
    if "uk_coredump_prepare" not in img.symbols():
        pytest.skip(f"no crash dumps (lib/ukcoredump) on {arch} yet")
    return img


def screen_regs(arch, out):
    """The crashed thread's registers as the crash screen prints them."""
    regs = {}
    screen = out.split("Lantern crash", 1)[1].split("CRIT: Stack:", 1)[0]
    for name, value in re.findall(r"(?<!ORIG )\b([A-Z][A-Z0-9]*): "
                                  r"(?:[0-9a-f]{4}:)?([0-9a-f]{16})\b", screen):
        name = name.lower()
        name = {"lr": "x30", "fp": "x29"}.get(name, name) if arch == "arm64" else name
        regs[name] = int(value, 16)
    return regs


def gdb_core(image, core, *cmds):
    args = [GDB, "-nx", "-batch", "-ex", "set confirm off"]
    for c in cmds:
        args += ["-ex", c]
    p = subprocess.run(args + [image, str(core)], capture_output=True, text=True,
                       timeout=180)
    return p.stdout + p.stderr


def gdb_frames(text):
    """Function names of a gdb backtrace, innermost first (gdb prints
    frame #0 once as it loads the core, then the bt)."""
    return re.findall(r"^#\d+\s+(?:0x[0-9a-f]+ in )?(\S+) \(",
                      text.split("[Current thread is", 1)[-1], re.M)


def gdb_regs(text):
    return {name: int(value, 16)
            for name, value in re.findall(r"^(\w+)\s+(0x[0-9a-f]+)\s", text, re.M)}


@pytest.mark.parametrize("kind", ["null", "write-ro", "undef", "bp", "assert", "panic",
                                  "stack", "div0", "unaligned-sp"])
def test_crash_dump_opens_in_gdb_and_lldb(arch, kind, tmp_path):
    img = dump_image(arch)
    if kind not in kinds_of(arch):
        pytest.skip(f"{kind} is not a crash kind on {arch}")
    r = img.run(f"crash {kind}\n", append="uk.crashdump=console", timeout=120)
    assert r.status == STATUS_CRASH, r.out
    log = tmp_path / "console.log"
    log.write_text(r.out)
    core = tmp_path / "core"
    rc, _, err = lantern_core("extract", log, "-o", core)
    assert rc == 0, err + r.out[-3000:]
    screen = [name.split(".")[0] for _, name, _ in trace(r.out)]
    # the screen's trace goes on below main() to the boot code
    text = gdb_core(img.path, core, "set backtrace past-main on", "bt 30", "info registers")
    frames = [f.split(".")[0] for f in gdb_frames(text)]
    assert screen and frames and frames[0] == screen[0], text + r.out
    it = iter(frames)
    assert all(name in it for name in screen), f"screen {screen}, gdb {frames}\n{text}"
    want = screen_regs(arch, r.out)
    got = gdb_regs(text)
    for name in REG_NAMES[arch]:
        if name in want:
            assert got.get(name) == want[name], f"{name}: gdb {got.get(name)}, screen " \
                f"{want[name]:#x}\n{text}"
    env = dict(os.environ, PYTHONPATH=LLDB_PYTHONPATH)
    p = subprocess.run(["lldb", "-b", "-o", "bt", img.path, "-c", str(core)],
                       capture_output=True, text=True, timeout=180, env=env)
    assert re.search(rf"frame #0: 0x[0-9a-f]+ \S+`{re.escape(screen[0])}", p.stdout), \
        p.stdout + p.stderr
    rc, out, err = lantern_core("info", core)
    assert rc == 0, err
    last = [line for line in r.out.splitlines() if line.startswith("CRIT: ")]
    m = re.search(r"^reason:   (.*)$", out, re.M)
    assert m and any(m.group(1) in line for line in last), out
    assert re.search(r"-- kernel messages \(last \d+ of \d+\) --\n  \S", out), out
    assert re.search(r"-- ukstore \(\d+ entries\) --\n  \S+ = ", out), out
    rc, out, err = lantern_core("check", core, img.path)
    assert rc == 0, err
    # the TRACE note, decoded with the image's tracepoint table, every
    # event (what follows the shell command varies with the timer)
    rc, out, err = lantern_core("info", core, img.path, "--tail", "100000")
    assert rc == 0, err
    assert re.search(r"^-- trace --\n  \d+ events, \d+ overwritten", out, re.M), out
    assert re.search(r"^ +\d+\.\d{9} +\d+ shell_cmd: name=crash$", out, re.M), out



def test_fetch_and_monitor_dump_through_the_stub(arch, tmp_path):
    """A live guest's dump through Lantern's stub: fetch (binary) and
    `monitor dump` (the console lines as gdb's output) give cores that
    gdb opens, of the image that runs; the guest runs on after fetch."""
    img = debug_image(arch)
    with Guest(img, "spin", wait=False, ready="spinning") as g:
        g.ready()
        core = tmp_path / "fetched"
        rc, _, err = lantern_core("fetch", "--gdb", f"127.0.0.1:{g.port}", "-o", core)
        assert rc == 0, err
        assert re.search(rf"{core}: \d+ bytes from 127.0.0.1:{g.port} in [\d.]+ s "
                         rf"\([\d.]+ MB/s, the stream alone [\d.]+ MB/s\)", err), err
        rc, out, err = lantern_core("check", core, img.path)
        assert rc == 0, err
        rc, out, err = lantern_core("info", core)
        assert rc == 0 and "-- threads (first: the crashing or calling one) --" in out, err
        text = gdb_core(img.path, core, "bt 4", "print counter > 0")
        assert re.search(r"^#\d+\s+.*\bspin \(", text, re.M), text
        assert re.search(r"^\$1 = 1$", text, re.M), text
        log = tmp_path / "gdb.log"
        log.write_text(g.gdb("monitor dump", "detach", timeout=600))
    dumped = tmp_path / "monitor"
    rc, _, err = lantern_core("extract", log, "-o", dumped)
    assert rc == 0, err + log.read_text()[-2000:]
    text = gdb_core(img.path, dumped, "bt 4")
    assert re.search(r"^#\d+\s+.*\bspin \(", text, re.M), text


def test_gcore_through_the_stub(arch, tmp_path):
    img = debug_image(arch)
    core = tmp_path / "gcore"
    with Guest(img, "spin", wait=False, ready="spinning") as g:
        out = g.gdb(f"gcore {core}", "detach")
    assert core.exists(), out
    text = gdb_core(img.path, core, "bt 4", "print counter > 0")
    assert re.search(r"^#\d+\s+.*\bspin \(", text, re.M), text
    # the boot stack came out whole: its unmapped guard page is a section
    # of its own, which is all gcore loses
    assert re.search(r"^#1\s+0x[0-9a-f]+ in main \(", text, re.M), text
    assert re.search(r"^\$1 = 1$", text, re.M), text



@pytest.mark.parametrize("args, says", [
    (["--vmcore", "x"], "--vmcore needs --pvpanic"),
    (["--pvpanic", "--record", "rec"], "--pvpanic does not go with --record/--replay"),
])
def test_pvpanic_refuses(tmp_path, args, says):
    guest = core_synth.pvh_guest(tmp_path / "exit", core_synth.EXIT_CODE)
    rc, _, err = run_qemu(*args, guest, cwd=tmp_path)
    assert rc == 2 and says in err, err


@pytest.mark.parametrize("own_dump", [False, True], ids=["no-own-dump", "own-dump"])
def test_pvpanic_with_a_crashing_guest(tmp_path, own_dump):
    """x86_64 Lantern signals pvpanic at every crash halt: run-qemu has
    QEMU dump the guest when the console log holds no complete dump of
    its own, and gdb opens that dump with the image; with the guest's own
    dump complete in the log, QEMU does not dump."""
    img = build("x86_64", app=gdb_app_dir())
    log = tmp_path / "console.log"
    append = "uk.crashdump=console -- crash" if own_dump else "-- crash"
    rc, _, err = run_qemu("--pvpanic", "--console", f"file:{log}", "--append", append,
                          img.path)
    assert rc == STATUS_CRASH, err + log.read_text()
    vmcore = f"{log}.vmcore"
    if own_dump:
        assert f"its own dump in {log} is complete, so QEMU did not dump it" in err, err
        assert not os.path.exists(vmcore)
        return
    assert f"QEMU's dump of its memory: {vmcore} (" in err, err
    text = gdb_core(img.path, vmcore, "bt 4", "print array[2]")
    assert re.search(r"^#0\s+.*\w+ \(", text, re.M), text
    assert re.search(r"^\$1 = 30$", text, re.M), text
