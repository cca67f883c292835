# SPDX-License-Identifier: BSD-3-Clause
"""uksched: threads, switching, sleeps and the blocking objects, in the guest."""
import pytest

from conftest import app_path, build
from uktest_plugin import assert_all_passed, run_in_guest

# The sched suite (lib/uksched/tests/sched.c).
CASES = ["main_thread", "create_join", "join_self", "yield_pingpong", "mutex_counter",
         "mutex_relock", "mutex_unowned", "mutex_recursive", "condvar_handoff",
         "condvar_timeout", "sleep_30ms", "semaphore_down", "semaphore_trydown",
         "semaphore_timeout", "preempt_spinner", "detach"]


@pytest.mark.parametrize("preempt", ["y", "n"])
def test_sched_api(arch, preempt):
    r, cases = run_in_guest(arch, "sched.*", {"LIBUKSCHED_PREEMPT": preempt})
    assert_all_passed(r, cases, [f"sched.{c}" for c in CASES])
    # preemption is tested only where it is on
    assert cases["sched.preempt_spinner"].directive == ("" if preempt == "y" else "SKIP")
    r.reject(r"Lantern crash|Unhandled trap")
    assert r.status == 0



def test_guest_halts_when_the_last_thread_ends(arch):
    img = build(arch, app=app_path("sched"))
    r = img.run()
    r.expect(r"^main thread exits$")
    r.expect(r"^last thread done$")
    r.reject(r"^ok |Lantern crash")
    assert r.status == 0
