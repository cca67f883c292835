# SPDX-License-Identifier: BSD-3-Clause
"""gdb side of tests/test_unwind_accuracy.py, run inside one gdb session
(`source` it after `target remote`): stop the guest many times, at
breakpoints on the given PCs and by interrupting it at random moments
(Ctrl-C: a SIGINT to gdb itself after a random wait), and at each stop
record gdb's own call trace (from the DWARF call frame information;
inlined frames left out, since a trace of return addresses cannot see
them) next to the guest's (`monitor unwind`: the trace of the stop's registers,
which the scheduler's switch cannot attribute to the wrong thread).
Parameters come from the JSON file UNWIND_PARAMS; each stop is appended
to UNWIND_RESULTS as one JSON line as soon as it is recorded, so that the
test keeps what a session did when a stop never comes.

First the interrupts, with no breakpoint set (a Ctrl-C racing with a
breakpoint's stop can leave gdb waiting for a stop that already came),
then the breakpoints, as many at once as the stub holds, topped up after
each hit. A breakpoint that "patience" stops in a row have not hit is
taken out and its PC written out as skipped ({"skipped": pc}): code that
does not run (an error path, a function used at boot only). The PCs set
are written out before each continue ({"armed": [...]}), so that when the
guest does not stop any more (every breakpoint left is on code that does
not run) the test can tell which were never hit.
"""
import json
import os
import random
import signal
import threading

import gdb

P = json.load(open(os.environ["UNWIND_PARAMS"]))
rng = random.Random(P["seed"])
pending = list(P["pcs"])
active = {}
last_stop = [None]
nstops = [0]
out = open(os.environ["UNWIND_RESULTS"], "a")


def on_stop(event):
    last_stop[0] = event


def gdb_trace():
    names, f = [], gdb.newest_frame()
    while f is not None and len(names) < P["depth"]:
        if f.type() != gdb.INLINE_FRAME:
            names.append(f.name() or "??")
        try:
            f = f.older()
        except gdb.error:
            break
    return names


def arm():
    while len(active) < P["batch"] and pending:
        pc = pending.pop()
        b = gdb.Breakpoint(f"*{pc:#x}", internal=True)
        active[b.number] = (b, pc, nstops[0])


def evict():
    """Take out the breakpoints "patience" stops have not hit."""
    for num, (b, pc, since) in list(active.items()):
        if nstops[0] - since >= P["patience"]:
            b.delete()
            del active[num]
            write({"skipped": pc})


def run_once(interrupt):
    """Continue until a breakpoint, or with @interrupt until an interrupt
    after a random wait; return (kind, breakpoint number or None)."""
    timer = None
    if interrupt:
        wait = rng.uniform(P["wait_min"], P["wait_max"])
        timer = threading.Timer(wait, lambda: os.kill(os.getpid(), signal.SIGINT))
        timer.start()
    else:
        write({"armed": [pc for _, pc, _ in active.values()]})
    last_stop[0] = None
    try:
        gdb.execute("continue", to_string=True)
    except (KeyboardInterrupt, gdb.error):
        pass
    if timer:
        timer.cancel()
    ev = last_stop[0]
    if isinstance(ev, gdb.BreakpointEvent):
        return "bp", ev.breakpoints[0].number
    return "int", None


def write(record):
    out.write(json.dumps(record) + "\n")
    out.flush()


gdb.events.stop.connect(on_stop)
gdb.execute("set pagination off")
gdb.execute("set backtrace past-main on")
for i in range(P["stops"]):
    interrupt = i < P["interrupts"]
    if not interrupt:
        arm()
        interrupt = not active
    try:
        kind, num = run_once(interrupt)
        pc = int(gdb.selected_frame().pc())
        tid = gdb.selected_thread().ptid[1]
        guest = gdb.execute("monitor unwind", to_string=True)
        trace = gdb_trace()
    except KeyboardInterrupt:
        continue
    nstops[0] += 1
    if kind == "bp" and num in active:
        active.pop(num)[0].delete()
    evict()
    write({"kind": kind, "pc": pc, "thread": tid, "gdb": trace, "guest": guest})
gdb.execute("kill")
