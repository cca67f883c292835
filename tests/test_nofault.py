# SPDX-License-Identifier: BSD-3-Clause
"""nofault: probes, copies and single accesses that survive faults."""
import re

from conftest import STATUS_CRASH, app_path, build

# Addresses with nothing behind them, per architecture.
UNMAPPED = {
    # non-canonical (#GP, not #PF), beyond RAM below 4 GiB, beyond 4 GiB
    "x86_64": ["8000000000000000", "40000000", "200000000"],
    # MMIO hole (synchronous external abort), flash (unmapped), beyond RAM
    "arm64": ["9100000", "1000", "100000000"],
}


def test_in_guest_cases(arch):
    img = build(arch, app=app_path("nofault"))
    r = img.run(append="-- " + " ".join(f"unmapped:{a}" for a in UNMAPPED[arch]))
    planned = int(r.expect(r"^nofault tests: (\d+) cases$").group(1))
    cases = re.findall(r"^case (.+): (\d+) \(expected (\d+)\) (ok|FAIL)$", r.out, re.M)
    failed = [c for c in cases if c[3] != "ok"]
    assert not failed, r.out
    assert len(cases) == planned, r.out
    # every address given had its cases
    for a in UNMAPPED[arch]:
        assert any(name.startswith(f"unmapped {a} ") for name, *_ in cases), r.out
    r.expect(rf"^nofault tests: {planned} passed, 0 failed$")
    r.reject(r"Lantern crash|Unhandled trap")
    assert r.status == 0


def test_peek_and_poke(arch):
    img = build(arch)
    level = img.address("uk_log_level")
    text = img.address("main")
    cmds = [f"peek {text:x} 20", f"poke {text:x} 1", f"poke {level:x} 1",
            "log level", f"peek {level:x} 4"]
    cmds += [f"peek {a}" for a in UNMAPPED[arch]] + [f"poke {a} 7" for a in UNMAPPED[arch]]
    cmds += ["peek 0", "peek", "peek zz", "poke 0 1 3", "echo still alive"]
    r = img.run("\n".join(cmds) + "\n")
    r.expect(rf"^{text:016x}: ([0-9a-f]{{2}} ){{16}} ")
    r.expect(rf"^{text + 16:016x}: ([0-9a-f]{{2}} ){{4}}")
    r.expect(rf"^error: not writable at 0x{text:x}$")
    r.expect(r"^log level 1 \(err\)$")
    r.expect(rf"^{level:016x}: 01 00 00 00 ")
    for a in UNMAPPED[arch]:
        r.expect(rf"^error: unreadable at 0x{a}$")
        r.expect(rf"^error: not writable at 0x{a}$")
    r.expect(r"^error: unreadable at 0x0$")
    assert len(re.findall(r"^error: usage: p(eek|oke)", r.out, re.M)) == 3, r.out
    r.expect(r"^still alive$")
    assert r.status == 0


def test_real_null_read_still_crashes(arch):
    r = build(arch, app=app_path("nullread")).run()
    r.expect(r"CRIT: Lantern crash")
    assert r.status == STATUS_CRASH


def test_crash_screen_survives_an_overflowed_stack(arch):
    # x86_64 reports from the double fault with SP inside the guard page:
    # the dump reads it through nofault and says "unreadable". arm64 traps
    # with SP still above the guard page, so its dump is readable.
    r = build(arch).run("crash stack\n")
    if arch == "x86_64":
        r.expect(r"^CRIT: [0-9a-f]{16} unreadable$")
    r.expect(r"[Ss]tack overflow")
    r.reject(r"crash while crashing")
    assert r.status == STATUS_CRASH
