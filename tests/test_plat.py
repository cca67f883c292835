# SPDX-License-Identifier: BSD-3-Clause
"""The platform under threads: one-shot timer, irq exit hook, guard pages,
wall clock (tests/apps/plat), on every machine run-qemu boots."""
import re
import subprocess
import time

import pytest

from conftest import ARCHES, STATUS_CRASH, app_path, build
from harness import RUN_QEMU

MACHINES = [(a, m) for a in sorted(ARCHES) for m in ARCHES[a].machines]

# The platform alone: with uksched, the scheduler owns the timer and the
# exit hook.
PLAT_ONLY = {"LIBUKSCHED": "n"}

# Lateness a loaded TCG host was seen to add is a few ms; a timer that
# fires at all but this late is broken, not slow.
LATE_MAX_NS = 50_000_000


def run_plat(arch, machine, append=None, mem=None):
    r = build(arch, PLAT_ONLY, app=app_path("plat")).run(
        machine=machine, append=append, mem=mem)
    failed = re.findall(r"^check (.+): FAIL$", r.out, re.M)
    assert not failed, r.out
    r.expect(r"^plat tests: \d+ passed, 0 failed$")
    r.reject(r"Lantern crash|Unhandled trap")
    assert r.status == 0, r.out
    return r


@pytest.mark.parametrize("arch,machine", MACHINES)
def test_timer_hook_guard_and_wall_clock(arch, machine):
    before = time.time()
    r = run_plat(arch, machine)
    after = time.time()
    late = {name: int(ns) for name, ns in
            re.findall(r"^timer (\S+): deadline \S+ ns, late (-?\d+) ns$",
                       r.out, re.M)}
    assert set(late) == {"past", "100us", "1ms", "10ms", "30ms"}, r.out
    print(f"{arch} {machine} lateness (ns): {late}")
    assert all(0 <= ns < LATE_MAX_NS for ns in late.values()), r.out
    res = int(r.expect(r"^timer resolution (\d+) ns$").group(1))
    assert 1 <= res <= 1000, r.out
    wall = int(r.expect(r"^wall clock (\d+) ns$").group(1)) / 1e9
    # The RTC counts whole seconds; the guest read it during the run.
    assert before - 2 <= wall <= after + 2, (wall, before, after)


@pytest.mark.parametrize("arch", sorted(ARCHES))
def test_deadline_beyond_one_count(arch):
    # 4.5 s: more than x86_64's 32-bit count reaches at QEMU's 1 GHz, so
    # the handler must re-arm for the rest; the guest halts meanwhile.
    r = run_plat(arch, ARCHES[arch].machines[0], append="-- far")
    late = int(r.expect(r"^timer far: deadline \+4500000000 ns, "
                        r"late (-?\d+) ns$").group(1))
    assert 0 <= late < LATE_MAX_NS, r.out


@pytest.mark.parametrize("arch", sorted(ARCHES))
def test_guard_pages_with_3_gib(arch):
    # arm64 maps RAM above 2 GiB with 1 GiB blocks: the top page's guard
    # splits twice.
    r = run_plat(arch, ARCHES[arch].machines[0], mem=3072)
    top = int(r.expect(r"^guard top of RAM at 0x([0-9a-f]+)$").group(1), 16)
    assert top > 0x80000000, r.out


@pytest.mark.parametrize("arch", sorted(ARCHES))
def test_console_rx_notify(arch):
    # The byte goes in only once the guest waits, so it arrives through the
    # receive interrupt rather than sitting in the ring since boot.
    img = build(arch, PLAT_ONLY, app=app_path("plat"))
    p = subprocess.Popen([RUN_QEMU, "--timeout", "60", "--append", "-- rx",
                          img.path], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    out = b""
    try:
        for line in p.stdout:
            out += line
            if line.startswith(b"rx: waiting"):
                p.stdin.write(b"x")
                p.stdin.close()
        p.wait(timeout=90)
    finally:
        p.kill()
    text = out.decode(errors="replace").replace("\r\n", "\n")
    assert "rx: waiting" in text, text
    assert not re.search(r"^check .*: FAIL$", text, re.M), text
    assert re.search(r"^check rx notify called: ok$", text, re.M), text
    assert re.search(r"^check rx byte there when notified: ok$", text, re.M), text
    assert p.returncode == 0, text


# What the reason line says when the boot stack overflows into its guard
# page: x86_64 from the double fault (on its own stack), arm64 from the
# data abort taken on the trap stack.
OVERFLOW_REASON = {
    "x86_64": r"^CRIT: Stack overflow: RSP 0x[0-9a-f]+ ran into the guard "
              r"page at 0x[0-9a-f]*000 \(double fault\)$",
    "arm64": r"^CRIT: Data abort at 0x[0-9a-f]+ \(write, .*\): "
             r"stack overflow into the guard page$",
}


def test_stack_overflow_is_named(arch):
    r = build(arch).run("crash stack\n")
    r.expect(OVERFLOW_REASON[arch])
    r.reject(r"crash while crashing")
    assert r.status == STATUS_CRASH, r.out
