# SPDX-License-Identifier: BSD-3-Clause
"""uksched: threads, switching, sleeps and the blocking objects, in the guest."""
import pytest

from conftest import app_path, build

CHECKS = ["main-thread", "create-join", "join-self", "yield-pingpong", "mutex-counter",
          "mutex-relock", "mutex-unowned", "mutex-recursive", "condvar-handoff",
          "condvar-timeout", "sleep-30ms", "semaphore-down", "semaphore-trydown",
          "semaphore-timeout", "detach", "detach-freed"]


@pytest.mark.parametrize("preempt", ["y", "n"])
def test_sched_api(arch, preempt):
    img = build(arch, {"LIBUKSCHED_PREEMPT": preempt}, app=app_path("sched"))
    r = img.run(timeout=120)
    r.reject(r"^FAIL |Lantern crash|Unhandled trap")
    expected = CHECKS + (["preempt-spinner"] if preempt == "y" else [])
    for name in expected:
        r.expect(rf"^ok {name}$")
    r.expect(r"^sched: 0 failed, \d+ context switches$")
    assert r.status == 0



def test_guest_halts_when_the_last_thread_ends(arch):
    img = build(arch, app=app_path("sched"))
    r = img.run(append="-- exit-main")
    r.expect(r"^main thread exits$")
    r.expect(r"^last thread done$")
    r.reject(r"^ok |Lantern crash")
    assert r.status == 0
