# SPDX-License-Identifier: BSD-3-Clause
"""support/lantern-trace, the host side of tracepoints.

Host-only tests (no guest): a synthetic image and dumps built from the
binary contract (trace_synth.py) through every reader (console log with
kernel messages in the block, binary and base64 files, a ring read as
from a gdb stub) and writer (text, CTF read back by babeltrace2, Chrome
JSON), each error case, and a short run of the readers' fuzzer.
"""
import base64
import glob
import json
import os
import random
import re
import shutil
import struct
import subprocess
import sys

import pytest

import harness
import trace_synth
from conftest import STATUS_CRASH, app_path, build
from gdb_guest import CHANNEL, GDB, MACHINE, Guest, debug_image
from harness import TOP, expect

TOOL = os.path.join(TOP, "support", "lantern-trace")
FUZZER = os.path.join(TOP, "tests", "host", "fuzz_lantern_trace.py")
sys.path.insert(0, os.path.join(TOP, "support"))
from lantern_trace import dump, schema, text  # noqa: E402

SAMPLE_TEXT = """\
# 12 events, 0 overwritten
     1.204311873     1 alloc_malloc: size=64 ptr=0x40123450 caller=0x101234
     1.300000000     1 shell_cmd: trace
     1.400000000     1 thread_switch: prev=1 main next=2 worker
     2.000000001     2 app_mixed: a=-5 b=-1    c=0xbeef d=00000ABC e=+7 f=10 g=Z s=%.3s
     2.050000000     2 plat_irq: line=4
     2.060000000     2 alloc_calloc: n=4 size=16 ptr=0x40200000 caller=0x101300
     2.100000000     2 shell_cmd: (null)
     2.200000000     2 alloc_realloc: old=0x40200000 size=100 ptr=0x40300000 caller=0x101400
     2.500000000     2 thread_switch: prev=2 worker next=1 main
     3.000000000     1 alloc_free: ptr=0x40123450 caller=0x101240
     3.100000000     1 plat_trap: page fault pc=0xffff800000001000
 12345.678901234     0 app_none: 
"""


def lantern_trace(*args):
    """Run the tool; return (exit status, stdout, stderr)."""
    p = subprocess.run([TOOL] + [str(a) for a in args], capture_output=True, text=True,
                       timeout=120)
    return p.returncode, p.stdout, p.stderr


@pytest.fixture
def image(tmp_path):
    return trace_synth.image(tmp_path / "image")


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "dump.bin"
    path.write_bytes(trace_synth.blob(trace_synth.sample_records()))
    return path


def test_help_documents_the_sources_and_writers():
    status, out, _ = lantern_trace("--help")
    assert status == 0
    for word in ("--console LOG", "--gdb HOST:PORT", "--raw FILE", "--text", "--ctf DIR",
                 "--json FILE", "babeltrace2", "ui.perfetto.dev"):
        assert word in out, out


def test_text_from_a_binary_dump(image, sample):
    status, out, err = lantern_trace(image, "--raw", sample)
    assert (status, err) == (0, "")
    assert out == SAMPLE_TEXT


def test_raw_file_as_base64_and_as_console_log(image, tmp_path):
    data = trace_synth.blob(trace_synth.sample_records())
    b64 = tmp_path / "dump.b64"
    b64.write_text(base64.encodebytes(data).decode())
    log = tmp_path / "dump.log"
    log.write_text(trace_synth.console(data))
    for path in (b64, log):
        status, out, err = lantern_trace(image, "--raw", path)
        assert (status, err, out) == (0, "", SAMPLE_TEXT), path


def test_console_with_kernel_messages_in_the_block(image, tmp_path):
    """Kernel messages between the base64 lines are dropped; the last
    complete block counts (an older dump before it, a cut one after)."""
    old = trace_synth.blob(trace_synth.sample_records()[:2])
    new = trace_synth.blob(trace_synth.sample_records(), overwritten=3)
    noise = {0: "[    2.001] Info: [libukalloc] <alloc.c @ 58> heap ready",
             3: "lantern$ ", 5: "[    2.002] Warn: something =="}
    cut = trace_synth.console(old).splitlines()[:3]
    log = tmp_path / "console.log"
    log.write_text("boot\n" + trace_synth.console(old) + "lantern$ trace dump --raw\r\n" +
                   trace_synth.console(new, noise).replace("\n", "\r\n") +
                   "\n".join(cut) + "\n")
    status, out, err = lantern_trace(image, "--console", log)
    assert (status, err) == (0, "")
    assert out == SAMPLE_TEXT.replace("0 overwritten", "3 overwritten")


def test_ring_read_as_from_a_stub_gives_the_dump(image):
    """The ring wrapped with an 8-byte end skipped, and with a padding
    record: the same events as the dump of the same records."""
    recs = trace_synth.sample_records()
    tps = schema.load(image)
    want = dump.parse_blob(tps, trace_synth.blob(recs))
    for start in (48, 56, 64):
        data = trace_synth.ring(recs, start=start)
        ring, buf = data[:48], data[48:]
        got = dump.parse_blob(tps, dump.blob_from_ring(
            tps, ring, lambda off, n: buf[off:off + n], len(buf)))
        assert [(e.ts, e.tid, e.tp.id, e.args) for e in got.events] == \
            [(e.ts, e.tid, e.tp.id, e.args) for e in want.events], start


def error_cases():
    recs = trace_synth.sample_records()
    good = trace_synth.blob(recs)
    bad_crc = bytearray(good)
    bad_crc[100] ^= 1
    cases = {
        "tracing off": ("image", {"with_section": False}, good,
                        r"has no \.uk_trace section: it was built without tracing"),
        "table version": ("image", {"version": 2}, good,
                          r"tracepoint table format version 2, this tool reads version 1"),
        "dump version": ("raw", {}, trace_synth.blob(recs, version=2),
                         r"dump format version 2, this tool reads version 1"),
        "wrong image": ("raw", {}, trace_synth.blob(recs, tp_count=3),
                        r"wrong image: the dump is from an image with 3 tracepoints, "
                        r".* has 11"),
        "crc": ("raw", {}, bytes(bad_crc), r"CRC mismatch"),
        "truncated": ("raw", {}, good[:-9], r"truncated dump: \d+ of \d+ payload bytes"),
        "truncated block": ("console", {}, "\n".join(
            trace_synth.console(good).splitlines()[:-3] + ["-----END LANTERN TRACE-----"]),
            r"truncated dump|not valid base64"),
        "no block": ("console", {}, "boot\nlantern$ trace dump\n", r"no trace in the log"),
        "cut block": ("console", {}, "\n".join(trace_synth.console(good).splitlines()[:4]),
                      r"BEGIN LANTERN TRACE----- but no -----END"),
    }
    return cases


@pytest.mark.parametrize("case", ["tracing off", "table version", "dump version",
                                  "wrong image", "crc", "truncated", "truncated block",
                                  "no block", "cut block"])
def test_errors_are_one_clear_line(tmp_path, case):
    where, image_args, data, message = error_cases()[case]
    image = trace_synth.image(tmp_path / "image", **image_args)
    path = tmp_path / "input"
    if isinstance(data, str):
        path.write_text(data)
    else:
        path.write_bytes(data)
    status, out, err = lantern_trace(image, "--console" if where == "console" else "--raw",
                                     path)
    assert status == 1 and out == "", (status, out, err)
    assert err.count("\n") == 1 and err.startswith("lantern-trace: "), err
    assert re.search(message, err), err


def babeltrace(folder, warnings=False):
    """babeltrace2's lines for the CTF trace in @folder (and its stderr
    with @warnings; otherwise there must be none)."""
    if not shutil.which("babeltrace2"):
        pytest.skip("babeltrace2 not installed (support/scripts/install-deps test)")
    p = subprocess.run(["babeltrace2", str(folder)], capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0 and (warnings or not p.stderr), p.stderr
    return (p.stdout.splitlines(), p.stderr) if warnings else p.stdout.splitlines()


BT_LINE = re.compile(r"^\[(\d+):(\d\d):(\d\d)\.(\d{9})\] \([^)]*\) (\w+): "
                     r"\{ tid = (\d+) \}, \{ ?(.*?) ?\}$")


def parse_babeltrace(lines):
    """[(ns, name, tid, fields text)] of babeltrace2's default output."""
    out = []
    for line in lines:
        m = BT_LINE.match(line)
        assert m, line
        h, mi, s, ns = (int(x) for x in m.group(1, 2, 3, 4))
        out.append((((h * 60 + mi) * 60 + s) * 10**9 + ns, m.group(5), int(m.group(6)),
                    m.group(7).strip()))
    return out


def test_ctf_read_by_babeltrace2(image, sample, tmp_path):
    status, out, err = lantern_trace(image, "--raw", sample, "--ctf", tmp_path / "ctf")
    assert (status, out, err) == (0, "", "")
    events = parse_babeltrace(babeltrace(tmp_path / "ctf"))
    want = [(r[0], r[1]) for r in
            [(1_204_311_873, "alloc_malloc"), (1_300_000_000, "shell_cmd"),
             (1_400_000_000, "thread_switch"), (2_000_000_001, "app_mixed"),
             (2_050_000_000, "plat_irq"), (2_060_000_000, "alloc_calloc"),
             (2_100_000_000, "shell_cmd"), (2_200_000_000, "alloc_realloc"),
             (2_500_000_000, "thread_switch"), (3_000_000_000, "alloc_free"),
             (3_100_000_000, "plat_trap"), (12_345_678_901_234, "app_none")]]
    assert [(e[0], e[1]) for e in events] == want
    assert [e[2] for e in events] == [1, 1, 1, 2, 2, 2, 2, 2, 2, 1, 1, 0]
    fields = [e[3] for e in events]
    assert fields[0] == "size = 64, ptr = 0x40123450, caller = 0x101234"
    assert fields[2] == 'prev = 1, prev_name = "main", next = 2, next_name = "worker"'
    # typed: signed narrow integers stay negative, hex where the format says so
    assert fields[3] == "a = -5, b = -1, c = 0xBEEF, d = 0xABC, e = 7, f = 010, g = 90"
    assert fields[6] == 'arg0 = "(null)"'
    assert fields[10] == 'arg0 = "page fault", pc = 0xFFFF800000001000'


def test_ctf_overwritten_events_are_lost_before_the_oldest(image, tmp_path):
    """The ring overwrote 5 events: babeltrace2 says events may have been
    discarded from boot to the first event, and prints every event."""
    dump_file = tmp_path / "dump.bin"
    dump_file.write_bytes(trace_synth.blob(trace_synth.sample_records(), overwritten=5))
    assert lantern_trace(image, "--raw", dump_file, "--ctf", tmp_path / "ctf")[0] == 0
    lines, err = babeltrace(tmp_path / "ctf", warnings=True)
    assert len(parse_babeltrace(lines)) == len(trace_synth.sample_records())
    assert re.search(r"discarded events between \[00:00:00\.000000000\] and "
                     r"\[00:00:01\.204311873\]", err), err


def test_chrome_json_tracks_counters_and_names(image, sample, tmp_path):
    status, out, err = lantern_trace(image, "--raw", sample, "--json", tmp_path / "t.json",
                                     "--text")
    assert (status, err, out) == (0, "", SAMPLE_TEXT)
    doc = json.loads((tmp_path / "t.json").read_text())
    ev = doc["traceEvents"]
    names = {e["tid"]: e["args"]["name"] for e in ev
             if e["ph"] == "M" and e["name"] == "thread_name"}
    assert names == {0: "no thread", 1: "main", 2: "worker",
                     1 << 30: "interrupts and traps"}
    irq = [e["name"] for e in ev if e.get("tid") == 1 << 30 and e["ph"] == "i"]
    assert irq == ["plat_irq", "plat_trap"]
    runs = [(e["tid"], e["ts"], e["dur"]) for e in ev if e["ph"] == "X"]
    assert runs == [(1, 1204311.873, 195688.127), (2, 1400000.0, 1100000.0),
                    (1, 2500000.0, 12345678901.234 - 2500000.0)]
    heap = [e["args"]["allocated bytes"] for e in ev if e["ph"] == "C"]
    # malloc 64, calloc 4 x 16, realloc of that to 100, free of the first
    assert heap == [64, 128, 164, 100]
    per_track = {}
    for e in ev:
        if e["ph"] == "i":
            per_track.setdefault(e["tid"], []).append(e["name"])
    assert per_track[1] == ["alloc_malloc", "shell_cmd", "thread_switch", "alloc_free"]
    assert per_track[2] == ["app_mixed", "alloc_calloc", "shell_cmd", "alloc_realloc",
                            "thread_switch"]
    assert per_track[0] == ["app_none"]


def oracle(tmp_path):
    """The guest's event formatter built for the host (trace_fmt_oracle.c)."""
    out = tmp_path / "trace_fmt_oracle"
    includes = [f"-idirafter{d}" for d in
                [os.path.join(TOP, "include")] +
                sorted(glob.glob(os.path.join(TOP, "lib", "*", "include"))) +
                [os.path.join(TOP, "tests", "host", "include"),
                 os.path.join(TOP, "arch", "x86_64", "include")]]
    subprocess.run(["gcc", "-std=gnu11", "-O0", "-include", "stdarg.h", "-include",
                    os.path.join(TOP, "tests", "host", "host_config.h"),
                    "-DCONFIG_LIBUKDEBUG_TRACE=1", "-DCONFIG_LIBUKDEBUG_TRACE_STRLEN=32",
                    "-Dvsnprintf=oracle_vsnprintf", f"-I{os.path.join(TOP, 'lib', 'ukdebug')}",
                    *includes, os.path.join(TOP, "tests", "host", "trace_fmt_oracle.c"),
                    os.path.join(TOP, "lib", "ukdebug", "trace_fmt.c"),
                    os.path.join(TOP, "lib", "nolibc", "format.c"), "-o", str(out)],
                   check=True, capture_output=True, timeout=120)
    return str(out)


def random_case(rng):
    """A format of random directives (valid or not) and arguments of
    random types, mostly of the kinds the directives want."""
    fmt, kinds = [], []
    for _ in range(rng.randrange(1, 8)):
        fmt.append(rng.choice(["", "a=", " ", "x:", "%%", "[", "%5%"]))
        conv = rng.choice("diuoxXpcs" * 4 + "*fLnq")
        d = "%" + "".join(rng.sample("-+ #0", rng.randrange(3)))
        d += rng.choice(["", "", str(rng.randrange(25))])
        d += rng.choice(["", "", ".", "." + str(rng.randrange(25))])
        d += rng.choice(["", "", "hh", "h", "l", "ll", "z", "j", "t"])
        fmt.append(d + conv)
        if conv in "diuoxXpcs":
            kinds.append(conv)
    if rng.random() < 0.1:
        fmt.append(rng.choice(["%", "%-0", "%.", "%l"]))
    codes = []
    for k in kinds[:7] + ["d"] * rng.randrange(2):
        if rng.random() < 0.1:
            k = rng.choice("ds")
        if k == "s":
            codes.append(0x30)
        elif k == "p":
            codes.append(0x28)
        else:
            codes.append(rng.choice([0x01, 0x02, 0x04, 0x08, 0x11, 0x12, 0x14, 0x18]))
    args = []
    for c in codes[:7]:
        if c == 0x30:
            args.append(None if rng.random() < 0.1 else bytes(
                rng.choice(b"abcXYZ019 _-%") for _ in range(rng.randrange(33))))
        else:
            bits = 64 if c == 0x28 else (c & 0xf) * 8
            v = rng.choice([0, 1, (1 << bits) - 1, 1 << (bits - 1), rng.getrandbits(bits)])
            if c & 0x10 and v >> (bits - 1):
                v -= 1 << bits
            args.append(v)
    return "".join(fmt), codes[:7], args


def encode(ts, tid, codes, args):
    """An event record of tracepoint 0 (docs/tracing.md)."""
    out = b""
    for c, v in zip(codes, args):
        if c != 0x30:
            out += struct.pack("<q" if c & 0x10 else "<Q", v)
        elif v is None:
            out += b"\xff\xff" + bytes(6)
        else:
            slot = struct.pack("<H", len(v)) + v
            out += slot + bytes(-len(slot) % 8)
    return struct.pack("<QIHH", ts, tid, 0, 16 + len(out)) + out


def test_formatting_equals_the_guests_engine(tmp_path):
    """Random formats and arguments: the text of the Python formatter is
    what the guest's own formatter (built for the host) prints."""
    rng = random.Random(12)
    cases = [random_case(rng) for _ in range(3000)]
    feed = []
    for i, (fmt, codes, args) in enumerate(cases):
        feed.append(f"{fmt}\n{len(codes)} {' '.join('%x' % c for c in codes)}\n"
                    f"{encode(i * 1000003, i % 7, codes, args).hex()}\n")
    p = subprocess.run([oracle(tmp_path)], input="".join(feed).encode(), capture_output=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    want, out = [], p.stdout
    while out:
        n, _, out = out.partition(b":")
        want.append(out[:int(n)])
        out = out[int(n) + 1:]
    assert len(want) == len(cases)
    for i, ((fmt, codes, args), line) in enumerate(zip(cases, want)):
        tp = schema.Tracepoint(0, "tp", "test", fmt, codes)
        got = text.event_line(dump.Event(i * 1000003, i % 7, tp, args))
        assert got == line, (fmt, codes, args)


def test_fuzz_the_readers_briefly(tmp_path):
    """A short run of the fuzzer make fuzz runs for longer: only clean
    errors and valid parses."""
    env = dict(os.environ, FUZZ_SEED="7")
    p = subprocess.run(["/usr/bin/python3", FUZZER, "3", str(tmp_path / "corpus")],
                       capture_output=True, text=True, timeout=300, env=env)
    assert p.returncode == 0, p.stdout[-4000:] + p.stderr[-4000:]
    execs = int(re.search(r"number_of_executed_units: (\d+)", p.stdout).group(1))
    ok, errors = (int(x) for x in re.search(r"ok: (\d+) errors: (\d+)", p.stdout).groups())
    assert execs > 1000 and ok > 0 and errors > 0, p.stdout


# --- against guests ----------------------------------------------------------

PROMPT = "lantern$ "
# Only what the boot parameter turns on records (shares the build of
# test_trace.py): the app's events, thread switches and interrupts.
QUIET = {"LIBUKDEBUG_TRACE_DEFAULT_ON": "n"}
APP_TRACE = "uk.trace=app_*,thread_*,plat_irq"
# What tests/apps/trace fires before its shell starts, as babeltrace2
# prints the fields: typed integers (hex where the format says %x or %p),
# strings cut at CONFIG_LIBUKDEBUG_TRACE_STRLEN (32) bytes.
KNOWN_CTF = [("app_none", "")] * 3 + [
    ("app_ints", f"i = {-i}, u = {1000 * i}, ll = {-1000000000000 * i}") for i in range(5)
] + [
    ("app_str", 's = "hello", n = 5'),
    ("app_str", 's = "a string longer than thirty-two ", n = 44'),
    ("app_str", 's = "(null)", n = 0'),
    ("app_ptr", "p = 0x1234"),
    ("app_ptr", "p = 0x0"),
    ("app_seven", 'a = 255, b = -2, c = 0xBEEF, d = -3, e = "seven", f = 0xABC, g = 122'),
]


def shell_steps(out):
    """{command: [output lines]} of a shell session, kernel messages
    dropped."""
    steps = {}
    for part in out.split(PROMPT)[1:]:
        cmd, _, rest = part.partition("\n")
        steps[cmd] = [line for line in rest.splitlines()
                      if not re.match(r"^\[\s*\d+\.\d+\] ", line)]
    return steps


def converted(img, log_text, tmp_path, *outputs):
    """lantern-trace on a console log: (text lines, status, stderr)."""
    log = tmp_path / "console.log"
    log.write_text(log_text)
    status, out, err = lantern_trace(img.path, "--console", log, *outputs)
    assert (status, err) == (0, ""), err
    return out.splitlines()


def test_app_trace_text_ctf_and_json(arch, tmp_path):
    """The app's known events, two threads switching and the timer: the
    host's text is the guest's own `trace dump`, babeltrace2 prints the
    known events with their values, the JSON has a track per thread."""
    img = build(arch, QUIET, app=app_path("trace"))
    r = img.run("pingpong\ntrace off *\ntrace dump\ntrace dump --raw\n", append=APP_TRACE)
    assert r.status == 0, r.out
    guest = shell_steps(r.out)["trace dump"]
    host = converted(img, r.out, tmp_path, "--text", "--ctf", tmp_path / "ctf",
                     "--json", tmp_path / "t.json")
    assert host == guest

    events = parse_babeltrace(babeltrace(tmp_path / "ctf"))
    assert len(events) == len(guest) - 1
    stamps = [e[0] for e in events]
    assert stamps == sorted(stamps) and stamps[-1] > stamps[0]
    app = [e for e in events if e[1].startswith("app_")]
    assert [(e[1], e[3]) for e in app] == KNOWN_CTF
    # the same times and threads as the guest's lines
    text = [line.split()[:2] for line in guest[1:]]
    assert [[f"{t // 10**9}.{t % 10**9:09d}", str(tid)] for t, _, tid, _ in events] == text

    doc = json.loads((tmp_path / "t.json").read_text())["traceEvents"]
    names = {e["tid"]: e["args"]["name"] for e in doc if e["name"] == "thread_name"}
    main = app[0][2]
    assert names[main] == "main" and {"ping", "pong"} <= set(names.values()), names
    per_track = {}
    for e in doc:
        if e["ph"] in "iX":
            per_track.setdefault(e["tid"], []).append((e["ph"], e["name"]))
    assert [n for ph, n in per_track[main] if n.startswith("app_")] == [e[0] for e in KNOWN_CTF]
    for name in ("ping", "pong"):
        tid = next(t for t, n in names.items() if n == name)
        # each sleeps three times: it runs at least three times
        assert sum(1 for ph, n in per_track[tid] if ph == "X" and n == name) >= 3, per_track[tid]
    irqs = [n for ph, n in per_track[1 << 30]]
    assert irqs == ["plat_irq"] * sum(1 for e in events if e[1] == "plat_irq") and irqs


def test_demo_heap_counter(arch, tmp_path):
    """`work 3` allocates and frees 4096 bytes three times: the JSON's
    heap counter goes up and down by exactly that."""
    img = build(arch)
    r = img.run("work 3\ntrace off *\ntrace dump --raw\n")
    assert r.status == 0, r.out
    converted(img, r.out, tmp_path, "--json", tmp_path / "t.json")
    doc = json.loads((tmp_path / "t.json").read_text())["traceEvents"]
    heap = [e["args"]["allocated bytes"] for e in doc if e["ph"] == "C"]
    # other small allocations may come after (seen on a loaded host: three
    # frees of 16 bytes), never inside the work's pairs
    deltas = [b - a for a, b in zip(heap, heap[1:])][-40:]
    want = [4096, -4096] * 3
    assert any(deltas[i:i + 6] == want for i in range(len(deltas))), heap[-40:]


def test_tracing_off_image_is_refused(arch, tmp_path):
    img = build(arch, {"LIBUKDEBUG_TRACE": "n"}, app=app_path("trace"))
    log = tmp_path / "console.log"
    log.write_text(trace_synth.console(trace_synth.blob([])))
    status, out, err = lantern_trace(img.path, "--console", log)
    assert status == 1 and out == ""
    assert err == (f"lantern-trace: {img.path} has no .uk_trace section: it was built "
                   "without tracing (CONFIG_LIBUKDEBUG_TRACE)\n")


class ShellWithTwoStubs(harness.Guest):
    """The GDB test application's shell, with Lantern's stub on one port
    (port) and QEMU's on another (qport)."""

    def __init__(self, img):
        self.port, self.qport = harness.free_port(), harness.free_port()
        super().__init__(img.path, ["--timeout", "300", "--machine", MACHINE[img.arch.name],
                                    "--debug-port", str(self.port), "--qemu-gdb",
                                    str(self.qport), "--append", "-- shell"], stdin=True)

    def type(self, line):
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()


def test_gdb_through_both_stubs_equals_the_console_dump(arch, tmp_path):
    """Lantern's stub and QEMU's: the guest is stopped, read, and runs on;
    both give the events of the console's raw dump."""
    if not shutil.which(GDB):
        pytest.skip(f"{GDB} not installed")
    img = debug_image(arch)
    with ShellWithTwoStubs(img) as g:
        g.wait_for(r"^lantern\$ ")
        g.type("trace off *")
        g.type("trace dump --raw")
        console = converted(img, g.wait_for(r"^-----END LANTERN TRACE-----"), tmp_path)
        assert len(console) > 1
        for port in (g.port, g.qport):
            status, text, err = lantern_trace(img.path, "--gdb", f"127.0.0.1:{port}")
            assert (status, err) == (0, ""), err
            assert text.splitlines() == console, port
        g.type("echo still running")
        g.wait_for(r"^still running$")
        g.type("halt")
        assert g.finish() == 0


def test_gdb_after_a_crash_shows_the_events_that_led_to_it(arch):
    """The stub entered on a crash: the events read through it end with
    the trap and the stub's stop with SIGSEGV at the same PC (and
    interrupts); the guest goes on to its crash screen after the detach."""
    img = debug_image(arch, LIBUKGDBSTUB_ENTER_ON_CRASH="y")
    with Guest(img, mode="crash", wait=False) as g:
        g.wait_for(rf"Waiting for debugger on {CHANNEL[arch]}")
        status, text, err = lantern_trace(img.path, "--gdb", f"127.0.0.1:{g.port}")
        assert (status, err) == (0, ""), err
        lines = text.splitlines()
        traps = [i for i, line in enumerate(lines) if " plat_trap: " in line]
        assert traps, text
        pc = expect(lines[traps[-1]], r"^ +\d+\.\d{9} +\d+ plat_trap: kind=(Page fault|"
                    r"Data abort) pc=(0x[0-9a-f]+)$").group(2)
        # after it the stub's stop, and interrupts (the debug channel's)
        after = [line for line in lines[traps[-1] + 1:] if " plat_irq: " not in line]
        assert len(after) == 1, text
        expect(after[0], rf"^ +\d+\.\d{{9}} +\d+ gdb_stop: signal=11 pc={pc}$")
        assert g.finish() == STATUS_CRASH
