# SPDX-License-Identifier: BSD-3-Clause
"""POSIX threads conformance (tests/apps/pthread) with uksched, preemption
on and off, and without uksched, where everything is one thread."""
import time

import pytest

from conftest import app_path, build

THREADED = ["create_join", "mutex_counter", "recursive", "errorcheck",
            "timedlock", "condvar_pingpong", "timedwait_signalled", "detach",
            "timedwait_timeout", "sleep", "errno", "once", "keys", "names",
            "self", "clocks"]
SINGLE = ["self", "clocks", "recursive", "errorcheck", "cond_single",
          "timedwait_timeout", "sleep", "errno", "once", "keys", "names"]

CONFIGS = {
    "preempt": ({"LIBUKSCHED": "y", "LIBUKSCHED_PREEMPT": "y"}, "yes", THREADED),
    "coop": ({"LIBUKSCHED": "y", "LIBUKSCHED_PREEMPT": "n"}, "yes", THREADED),
    "single": ({"LIBUKSCHED": "n"}, "none", SINGLE),
}


@pytest.mark.parametrize("config", sorted(CONFIGS))
def test_conformance(arch, config):
    options, threads, checks = CONFIGS[config]
    img = build(arch, options, app=app_path("pthread"))
    r = img.run(timeout=120)
    r.expect(rf"^threads: {threads}$")
    for name in checks:
        r.expect(rf"^ok {name}: ")
    r.reject(r"^FAIL ")
    # CLOCK_REALTIME is the host's time (QEMU's RTC), give or take a boot
    real = int(r.expect(r"^ok clocks: .* realtime (\d+) s").group(1))
    assert abs(real - time.time()) < 30, r.out
    r.expect(rf"^pthread: {len(checks)} checks, 0 failed$")
    r.reject(r"Lantern crash|Unhandled trap")
    assert r.status == 0, r.out


def test_single_thread_links_no_uksched(arch):
    img = build(arch, CONFIGS["single"][0], app=app_path("pthread"))
    syms = img.symbols()
    assert "pthread_create" in syms
    assert not {s for s in syms if s.startswith("uk_thread_") or
                s.startswith("uk_sched_")}, "uksched linked without LIBUKSCHED"
