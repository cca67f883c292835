# SPDX-License-Identifier: BSD-3-Clause
"""The Chrome trace-event JSON writer (Perfetto UI, chrome://tracing).

One process, the guest; one track per thread id, named from the thread
switch events ("M" thread_name), with a slice for each time the thread
ran (from one switch to the next); interrupts and traps as instant
events on a track of their own; the heap's bytes allocated and not yet
freed as a counter ("C"), counted from the allocations and frees in the
trace (a block allocated before the oldest event counts nothing when it
is freed); every other event an instant event on its thread's track,
with its arguments. Times are in microseconds (the format's unit) with
nanosecond decimals.

Which tracepoints play which part is told by their names and argument
names (ROLES), so a tracepoint added later with the same shape is drawn
the same way.
"""
import json
import re

PID = 1
IRQ_TRACK = 1 << 30
ROLES = [
    ("switch", re.compile(r"(^|_)switch$")),
    ("irq", re.compile(r"(^|_)(irq|interrupt)$")),
    ("trap", re.compile(r"(^|_)trap$")),
    ("free", re.compile(r"free")),
    ("alloc", re.compile(r"alloc")),
    ("thread", re.compile(r"^thread_")),
]


def role(tp):
    """The part tracepoint @tp plays: switch, irq, trap, alloc, free,
    thread (an event naming a thread: id then name), or None."""
    ints = {a.name for a in tp.args if not a.is_string}
    for r, pattern in ROLES:
        if not pattern.search(tp.name):
            continue
        if r == "alloc" and not {"size", "ptr"} <= ints:
            continue
        if r == "free" and "ptr" not in ints:
            continue
        if r == "thread" and [a.is_string for a in tp.args[:2]] != [False, True]:
            continue
        return r
    return None


def _us(ns):
    return round(ns / 1000, 3)


def _value(arg, v):
    if arg.is_string:
        return None if v is None else v.decode("utf-8", "replace")
    if arg.code == 0x28 or arg.conv in "xXp":
        return hex(v & (1 << 64) - 1)
    return v


def _fields(ev):
    return {a.name: _value(a, v) for a, v in zip(ev.tp.args, ev.args)}


def _switch(ev, names):
    """The thread a switch event @ev switches to (None if it does not
    say), learning the threads' names from it into @names."""
    f = {a.name: v for a, v in zip(ev.tp.args, ev.args)}
    for side in ("prev", "next"):
        if isinstance(f.get(side), int) and isinstance(f.get(side + "_name"), bytes):
            names[f[side]] = f[side + "_name"].decode("utf-8", "replace")
    return f["next"] if isinstance(f.get("next"), int) else None


class Heap:
    """Blocks allocated in the trace and not freed yet."""

    def __init__(self):
        self.blocks = {}
        self.total = 0

    def _drop(self, ptr):
        if ptr in self.blocks:
            self.total -= self.blocks.pop(ptr)
            return True
        return False

    def update(self, ev, r):
        """Account allocation event @ev of role @r; return whether the
        total changed."""
        f = {a.name: v for a, v in zip(ev.tp.args, ev.args)}
        if r == "free":
            return self._drop(f["ptr"])
        if not f["ptr"]:
            return False
        if isinstance(f.get("old"), int):
            self._drop(f["old"])
        n = f["n"] if isinstance(f.get("n"), int) else 1
        self._drop(f["ptr"])
        self.blocks[f["ptr"]] = f["size"] * n
        self.total += f["size"] * n
        return True


def events(trace):
    """The trace-event list of @trace."""
    out = []
    names = {}
    tids = set()
    heap = Heap()
    running = None  # (tid, since ns) of the thread whose slice is open
    for ev in trace.events:
        r = role(ev.tp)
        ts = _us(ev.ts)
        tids.add(ev.tid)
        if running is None:
            running = (ev.tid, ev.ts)
        if r == "thread":
            names[ev.args[0]] = ev.args[1].decode("utf-8", "replace") if ev.args[1] else ""
        if r == "switch":
            nxt = _switch(ev, names)
            if nxt is not None:
                tids.add(nxt)
                out.append(_slice(running, ev.ts, names))
                running = (nxt, ev.ts)
        if r in ("irq", "trap"):
            out.append({"ph": "i", "s": "t", "pid": PID, "tid": IRQ_TRACK, "ts": ts,
                        "name": ev.tp.name, "cat": ev.tp.lib,
                        "args": dict(_fields(ev), tid=ev.tid)})
            continue
        if r in ("alloc", "free") and heap.update(ev, r):
            out.append(_counter(ts, heap.total))
        out.append({"ph": "i", "s": "t", "pid": PID, "tid": ev.tid, "ts": ts,
                    "name": ev.tp.name, "cat": ev.tp.lib, "args": _fields(ev)})
    if running is not None:
        end = max(trace.events[-1].ts, running[1])
        out.append(_slice(running, end, names))
    meta = [{"ph": "M", "pid": PID, "name": "process_name", "args": {"name": "Lantern guest"}}]
    for tid in sorted(tids):
        meta.append({"ph": "M", "pid": PID, "tid": tid, "name": "thread_name",
                     "args": {"name": names.get(tid, "no thread" if tid == 0 else
                                                f"thread {tid}")}})
    if any(role(ev.tp) in ("irq", "trap") for ev in trace.events):
        meta.append({"ph": "M", "pid": PID, "tid": IRQ_TRACK, "name": "thread_name",
                     "args": {"name": "interrupts and traps"}})
    return meta + out


def _slice(running, end_ns, names):
    tid, since = running
    return {"ph": "X", "pid": PID, "tid": tid, "ts": _us(since),
            "dur": _us(end_ns - since), "name": names.get(tid, f"thread {tid}"),
            "cat": "run"}


def _counter(ts, heap):
    return {"ph": "C", "pid": PID, "ts": ts, "name": "heap", "args": {"allocated bytes": heap}}


def write(trace, path):
    """Write @trace as trace-event JSON to @path."""
    doc = {"traceEvents": events(trace), "displayTimeUnit": "ns",
           "otherData": {"recorded": trace.recorded, "overwritten": trace.overwritten}}
    with open(path, "w") as f:
        json.dump(doc, f, indent=0)
