# SPDX-License-Identifier: BSD-3-Clause
"""nofault: probes, copies and single accesses that survive faults."""
import re

from conftest import STATUS_CRASH, app_path, build
from uktest_plugin import assert_all_passed, run_in_guest

# Addresses with nothing behind them, per architecture.
UNMAPPED = {
    # non-canonical (#GP, not #PF), beyond RAM below 4 GiB, beyond 4 GiB
    "x86_64": ["8000000000000000", "40000000", "200000000"],
    # MMIO hole (synchronous external abort), flash (unmapped), beyond RAM
    "arm64": ["9100000", "1000", "100000000"],
}


# The nofault suite (lib/uknofault/tests/): its unmapped cases use the same
# addresses (lib/uknofault/tests/arch/<arch>/unmapped.c).
SUITE = ["null_probe_r", "null_try_read", "first_page_probe_r", "text_probe_r",
         "text_probe_rw", "text_try_write", "text_unchanged", "guard_probe_r",
         "guard_probe_rw", "guard_memcpy", "guard_memcpy_misaligned",
         "guard_memcpy_odd_tail", "guard_memcpy_to", "guard_continue_probe_r",
         "guard_continue_memcpy", "guard_continue_content", "copies_wrong",
         "heap_try_write_read", "faults_counted", "unmapped_probe_r",
         "unmapped_probe_rw", "unmapped_memcpy", "unmapped_try_read",
         "unmapped_try_write"]


def test_in_guest_cases(arch):
    r, cases = run_in_guest(arch, "nofault.*")
    assert_all_passed(r, cases, [f"nofault.{c}" for c in SUITE])
    # every address had its cases
    for a in UNMAPPED[arch]:
        assert len(re.findall(rf"^    # unmapped_\w+: at {a}$", r.out, re.M)) == 5, r.out
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
