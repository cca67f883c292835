# SPDX-License-Identifier: BSD-3-Clause
"""The demo's threads (apps/demo/threads.c): producer, consumer and sleeper
show in `ps`, hand every item over exactly once and keep going while the
shell waits for input, with preemption and without; the shell waiting
blocks its thread, not the CPU, so the guest idles between bursts."""
import math
import re
import time

import pytest

from conftest import build
from harness import Guest

PROMPT = "lantern$ "
BURST = 12  # items the producer hands over at once (threads.c)
# Read one by one while the threads run, in this order: the consumed count
# first, so that the sum read after it may only be further on.
STATS = ("demo/consumed", "demo/consumed_sum", "demo/produced", "demo/producer_waits",
         "demo/wakeups", "uksched/idle_time_ns")


class Shell:
    """Commands typed into a running demo's console, one batch at a time."""

    def __init__(self, guest):
        self.guest = guest
        self.batches = 0

    def run(self, *cmds):
        """Type @cmds; return {command: its output} once all have run."""
        self.batches += 1
        mark = f"batch {self.batches} done"
        self.guest.proc.stdin.write("".join(f"{c}\n" for c in cmds + (f"echo {mark}",)).encode())
        self.guest.proc.stdin.flush()
        out = self.guest.wait_for(rf"^{mark}$")
        results = {}
        for c in cmds:
            start = out.rindex(f"{PROMPT}{c}\n") + len(PROMPT) + len(c) + 1
            results[c] = out[start:out.index(PROMPT, start)]
        return results

    def stats(self):
        """The threads' counters and the guest's uptime in ns."""
        out = self.run(*(f"store get {s}" for s in STATS), "uptime")
        values = {s: int(out[f"store get {s}"]) for s in STATS}
        values["uptime"] = int(float(re.search(r"up ([\d.]+) s", out["uptime"])[1]) * 1e9)
        return values


@pytest.mark.parametrize("preempt", ["y", "n"])
def test_demo_threads_run_behind_the_shell(arch, preempt):
    img = build(arch, {"LIBUKSCHED_PREEMPT": preempt})
    with Guest(img.path, ["--timeout", "120"], stdin=True) as g:
        g.wait_for(rf"^{re.escape(PROMPT)}")
        sh = Shell(g)
        ps = sh.run("ps")["ps"]
        for name in ("main", "producer", "consumer", "sleeper"):
            assert re.search(rf"\b{name}\b.*\b(running|ready|blocked|sleeping)\b", ps), ps
        before = sh.stats()
        time.sleep(2)
        after = sh.stats()
        g.proc.stdin.write(b"echo still here\nhalt 3\n")
        g.proc.stdin.flush()
        assert g.finish() == 3
        g.wait_for(r"^still here$")
    for s in STATS:
        assert after[s] > before[s], (s, before, after)
    # every item handed over once: the sum is 1 + 2 + ... + k, for a k
    # between the count read before it and the items produced after it
    total = after["demo/consumed_sum"]
    k = (math.isqrt(8 * total + 1) - 1) // 2
    assert k * (k + 1) // 2 == total, after
    assert after["demo/consumed"] <= k <= after["demo/produced"], after
    # a burst is larger than the queue: the producer waits in each one
    assert after["demo/producer_waits"] * BURST >= after["demo/produced"], after
    # the shell waiting for input leaves the CPU to the idle thread
    idle = after["uksched/idle_time_ns"] - before["uksched/idle_time_ns"]
    assert idle > 0.5 * (after["uptime"] - before["uptime"]), (before, after)
