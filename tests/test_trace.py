# SPDX-License-Identifier: BSD-3-Clause
"""Tracepoints (<uk/trace.h>) in the guest: tests/apps/trace fires its own
tracepoints a known number of times with known arguments; `trace dump`
prints exactly those lines, the ring overwrites and counts exactly as a
model of it says, `trace on|off` and uk.trace= choose what records, the
ukstore entries read and write, the raw dump decodes with its CRC, the
crash screen shows the last events, the timer and thread switches are
traced with the threads' names, `monitor trace` answers through gdb, and
with tracing off nothing of it is in the image."""
import base64
import collections
import re
import shutil
import struct
import zlib

import pytest

from conftest import STATUS_CRASH, app_path, build
from gdb_guest import GDB, Guest, debug_image
from harness import expect, reject

PROMPT = "lantern$ "
BUFSIZE = 163840
# Only what the boot parameter turns on records: nothing before it.
QUIET = {"LIBUKDEBUG_TRACE_DEFAULT_ON": "n"}
APP_ONLY = "uk.trace=app_*"
TIMER_LINE = {"x86_64": 240, "arm64": 27}
LINE = re.compile(r"^ {0,5}(\d+)\.(\d{9}) {1,5}(\d+) (\w+): (.*)$")

# What tests/apps/trace fires before its shell starts, in order.
KNOWN = ["app_none: tick"] * 3 + [
    f"app_ints: i={-i} u={1000 * i} ll={-1000000000000 * i}" for i in range(5)
] + [
    "app_str: s=hello n=5",
    # strings are cut at CONFIG_LIBUKDEBUG_TRACE_STRLEN (32) bytes
    "app_str: s=a string longer than thirty-two  n=44",
    "app_str: s=(null) n=0",
    "app_ptr: p=0x1234",
    "app_ptr: p=(nil)",
    "app_seven: a=255 b=-2 c=0xbeef d=-3 e=sev f=0xabc g=z",
]


def trace_app(arch, options=None):
    return build(arch, options, app=app_path("trace"))


def session(result):
    """{command: [output lines]} of a shell session (last run of each)."""
    steps = {}
    for part in result.out.split(PROMPT)[1:]:
        cmd, _, rest = part.partition("\n")
        steps[cmd] = [l for l in rest.splitlines()
                      if not re.match(r"^\[\s*\d+\.\d+\] ", l)]
    return steps


def events(lines):
    """The event lines of a text dump as (ts_ns, tid, name, args)."""
    out = []
    for line in lines:
        m = LINE.match(line)
        assert m, f"not an event line: {line!r}"
        out.append((int(m.group(1)) * 10**9 + int(m.group(2)), int(m.group(3)),
                    m.group(4), m.group(5)))
    return out


def ring_model(sizes, size=BUFSIZE):
    """The ring of docs/tracing.md fed records of @sizes bytes: return
    (overwritten, index of the oldest event left, events left)."""
    q = collections.deque()  # (bytes, event index or None for padding)
    head = used = over = 0
    for i, rec in enumerate(sizes):
        end = size - head
        need = rec if end >= rec else end + rec
        while size - used < need:
            n, idx = q.popleft()
            used -= n
            over += idx is not None
        if end < rec:
            q.append((end, None))
            used += end
            head = 0
        q.append((rec, i))
        used += rec
        head = (head + rec) % size
    left = [idx for _, idx in q if idx is not None]
    return over, left[0], len(left)


def test_dump_prints_the_known_events_exactly(arch):
    r = trace_app(arch, QUIET).run("trace dump\ntrace dump 2\n", append=APP_ONLY)
    s = session(r)
    assert s["trace dump"][0] == f"# {len(KNOWN)} events, 0 overwritten", r.out
    ev = events(s["trace dump"][1:])
    assert [f"{name}: {args}" for _, _, name, args in ev] == KNOWN, r.out
    assert all(tid == 1 for _, tid, _, _ in ev), r.out
    stamps = [ts for ts, _, _, _ in ev]
    assert stamps == sorted(stamps) and stamps[0] > 0, r.out
    assert s["trace dump 2"][0] == s["trace dump"][0]
    assert s["trace dump 2"][1:] == s["trace dump"][-2:], r.out
    assert r.status == 0


def test_ring_overwrites_the_oldest_and_counts_exactly(arch):
    # 40-byte records tile the ring: 4096 fit, the rest overwrite
    r = trace_app(arch, QUIET).run(
        "trace clear\nfire 5000\nstore get ukdebug/trace/overwritten\n"
        "store get ukdebug/trace/events\ntrace dump\n", append=APP_ONLY,
        timeout=120)
    s = session(r)
    assert s["store get ukdebug/trace/overwritten"] == ["904"], r.out
    assert s["store get ukdebug/trace/events"] == ["5000"], r.out
    dump = s["trace dump"]
    assert dump[0] == "# 4096 events, 904 overwritten", dump[:3]
    ev = events(dump[1:])
    assert len(ev) == 4096
    assert ev[0][3] == "i=904 u=904 ll=904" and ev[-1][3] == "i=4999 u=4999 ll=4999"
    assert r.status == 0


def test_ring_with_padding_matches_its_model(arch):
    # 24-byte records leave 16 bytes at the end of each lap: a padding
    over, oldest, left = ring_model([24] * 7000)
    assert over and BUFSIZE % 24
    r = trace_app(arch, QUIET).run(
        "trace clear\ntrace on app_ptr\ntrace off app_ints\nfire 7000 ptr\n"
        "store get ukdebug/trace/overwritten\ntrace dump 1\ntrace dump\n",
        append="uk.trace=app_ints", timeout=120)
    s = session(r)
    assert s["trace on app_ptr"] == ["1 tracepoint on"], r.out
    assert s["store get ukdebug/trace/overwritten"] == [str(over)], r.out
    assert s["trace dump"][0] == f"# {left} events, {over} overwritten"
    ev = events(s["trace dump"][1:])
    assert len(ev) == left
    assert ev[0][3] == f"p={oldest:#x}" and ev[-1][3] == f"p={6999:#x}"
    assert s["trace dump 1"][1:] == s["trace dump"][-1:]
    assert r.status == 0


def test_on_off_globs_and_ls(arch):
    r = trace_app(arch).run(
        "trace off *\ntrace on app_s?r\ntrace on app_n*\ntrace on nothing*\n"
        "trace ls\ntrace clear\nfire 2 str\nfire 2\ntrace dump\n"
        "trace frobnicate\n")
    s = session(r)
    assert re.match(r"^\d+ tracepoints off$", s["trace off *"][0]), r.out
    assert s["trace on app_s?r"] == ["1 tracepoint on"]
    assert s["trace on app_n*"] == ["1 tracepoint on"]
    assert s["trace on nothing*"] == ["error: no tracepoint matches 'nothing*'"]
    ls = {l.split()[0]: l.split()[1:] for l in s["trace ls"][1:]}
    assert s["trace ls"][0].split() == ["name", "lib", "on", "hits"]
    assert ls["app_str"] == ["trace", "on", "3"], s["trace ls"]
    assert ls["app_none"] == ["trace", "on", "3"]
    assert ls["app_ints"] == ["trace", "off", "5"]
    assert ls["app_ptr"] == ["trace", "off", "2"]
    assert ls["alloc_malloc"][:2] == ["nolibc", "off"]
    assert ls["shell_cmd"][:2] == ["ukshell", "off"]
    assert [a for _, _, _, a in events(s["trace dump"][1:])] == [
        "s=even number n=0", "s=odd n=1"], r.out
    assert s["trace frobnicate"][0].startswith("error: usage: trace ls")
    assert r.status == 0


@pytest.mark.parametrize("param,on", [
    ("uk.trace=app_none,app_p?r,shell*", {"app_none", "app_ptr", "shell_cmd"}),
    ("uk.trace=", set()),
])
def test_boot_parameter_chooses_the_tracepoints(arch, param, on):
    r = trace_app(arch).run("trace ls\n", append=param)
    ls = {l.split()[0]: l.split()[2] for l in session(r)["trace ls"][1:]}
    assert len(ls) > 10, r.out
    assert {n for n, state in ls.items() if state == "on"} == on, r.out
    assert r.status == 0


def test_store_entries(arch):
    r = trace_app(arch, QUIET).run(
        "store get ukdebug/trace/app_ints/hits\n"
        "store get ukdebug/trace/app_ints/enabled\n"
        "store set ukdebug/trace/app_ints/enabled false\nfire 3\n"
        "store get ukdebug/trace/app_ints/hits\n"
        "store get ukdebug/trace/events\n"
        "store set ukdebug/trace/app_ints/enabled 1\nfire 2\n"
        "store get ukdebug/trace/app_ints/hits\n"
        "store get ukdebug/trace/dropped\n"
        "store set ukdebug/trace/app_ints/hits 3\n"
        "store ls ukdebug/trace/app_none\n", append=APP_ONLY)
    s = session(r)
    get = "store get ukdebug/trace/"
    assert s[get + "app_ints/enabled"] == ["true"], r.out
    assert s[get + "app_ints/hits"] == ["7"], r.out
    assert s[get + "events"] == [str(len(KNOWN))]
    assert s[get + "dropped"] == ["0"]
    assert "read-only" in s["store set ukdebug/trace/app_ints/hits 3"][0]
    assert [l.split()[:4] for l in s["store ls ukdebug/trace/app_none"]] == [
        ["ukdebug/trace/app_none/enabled", "bool", "rw", "true"],
        ["ukdebug/trace/app_none/hits", "u64", "r", "3"]], r.out
    assert r.status == 0


def test_raw_dump_decodes_and_matches_the_text(arch):
    img = trace_app(arch, QUIET)
    r = img.run("trace dump\ntrace dump --raw\n", append=APP_ONLY)
    s = session(r)
    raw = s["trace dump --raw"]
    assert raw[0] == "-----BEGIN LANTERN TRACE-----"
    assert raw[-1] == "-----END LANTERN TRACE-----"
    assert all(len(l) <= 76 for l in raw[1:-1])
    blob = base64.b64decode("".join(raw[1:-1]), validate=True)
    (magic, version, hdr_size, recorded, overwritten, count, payload_size,
     now_ns, crc, tp_count) = struct.unpack("<8sIIQQQQQII", blob[:64])
    assert (magic, version, hdr_size) == (b"UKTRDMP\0", 1, 64)
    payload = blob[64:]
    assert (recorded, overwritten, count) == (len(KNOWN), 0, len(KNOWN))
    assert payload_size == len(payload) and crc == zlib.crc32(payload)
    assert tp_count > 10
    text = events(s["trace dump"][1:])
    off = 0
    for ts, tid, _, _ in text:
        ev_ts, ev_tid, ev_id, ev_size = struct.unpack_from("<QIHH", payload, off)
        assert (ev_ts, ev_tid) == (ts, tid) and ev_id < tp_count
        off += ev_size
    assert off == len(payload) and now_ns > text[-1][0]
    # app_seven: every type code in its slots, the string "seven" at 5 bytes
    a, b, c, d = struct.unpack_from("<QqQq", payload, off - ev_size + 16)
    assert (a, b, c, d) == (255, -2, 0xbeef, -3)
    assert payload[off - ev_size + 48:off - ev_size + 56] == b"\x05\x00seven\0"
    assert r.status == 0


def test_crash_screen_shows_the_last_events(arch):
    # the console's interrupts and the shell's waits would crowd out the
    # commands: only the shell's, the traps' and app_ints record; 5 of
    # these at boot, then echo, fire, 20 of them, crash and the trap
    r = trace_app(arch, QUIET).run("echo before the crash\nfire 20\ncrash null\n",
                                   append="uk.trace=shell*,plat_trap,app_ints")
    assert r.status == STATUS_CRASH
    m = r.expect(r"^CRIT: Last 16 trace events \(of 29 recorded\):$")
    lines = re.findall(r"^CRIT: (.*)$", r.out[m.end():], re.M)[:16]
    ev = events(lines)
    assert [f"{n}: {a}" for _, _, n, a in ev[:15]] == [
        f"app_ints: i={i} u={i} ll={i}" for i in range(6, 20)] + [
        "shell_cmd: name=crash"], lines
    expect(lines[-1], r"plat_trap: kind=(Page fault|Data abort) pc=0x[0-9a-f]+$")


def test_timer_interrupts_and_thread_switches(arch):
    r = trace_app(arch).run("trace clear\npingpong\ntrace dump\n")
    ev = events(session(r)["trace dump"][1:])
    irqs = [e for e in ev if e[2] == "plat_irq" and e[3] == f"line={TIMER_LINE[arch]}"]
    assert len(irqs) >= 3, r.out
    switches = [e[3] for e in ev if e[2] == "thread_switch"]
    assert any(re.match(r"prev=1 prev_name=main next=\d+ next_name=ping$", s)
               for s in switches), switches
    assert any(s.endswith("next_name=pong") for s in switches), switches
    assert [e[3].split()[1] for e in ev if e[2] == "thread_exit"] == [
        "name=ping", "name=pong"], r.out
    # the thread a record names is the one that ran
    for ts, tid, name, args in ev:
        if name == "thread_switch":
            assert args.startswith(f"prev={tid} "), (ts, tid, args)
    assert r.status == 0


def test_monitor_trace(arch):
    if not shutil.which(GDB):
        pytest.skip(f"{GDB} not installed")
    with Guest(debug_image(arch)) as g:
        t = g.gdb("monitor help", "monitor trace ls", "monitor trace dump",
                  "continue")
        expect(t, r"^monitor trace ls\|on\|off\|dump\|clear\s+tracepoints")
        expect(t, r"^gdb_stop\s+ukgdbstub\s+on\s+[1-9]\d*$")
        expect(t, r"^# \d+ events, \d+ overwritten$")
        expect(t, r"^ +\d+\.\d{9} +\d+ gdb_stop: signal=\d+ pc=0x[0-9a-f]+$")
        reject(t, r"Remote failure|Protocol error")
        assert g.finish() == 0


def test_tracing_off_leaves_nothing(arch):
    img = trace_app(arch, {"LIBUKDEBUG_TRACE": "n"})
    left = {s for s in img.symbols() if "uk_trace" in s or "__uk_tp_" in s}
    assert not left, sorted(left)
    r = img.run("trace ls\nfire 3\n")
    r.expect(r"^error: unknown command 'trace'")
    r.reject(r"CRIT")
    assert r.status == 0
