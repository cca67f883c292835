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
    ("irq", re.compile(r"^(irq|interrupt)")),
    ("trap", re.compile(r"^trap")),
    ("free", re.compile(r"free")),
    ("alloc", re.compile(r"alloc|malloc|calloc|memalign")),
]


def role(tp):
    """The part tracepoint @tp plays: switch, irq, trap, alloc, free, or None."""
    names = {a.name for a in tp.args}
    for r, pattern in ROLES:
        if not pattern.search(tp.name):
            continue
        if r == "alloc" and not {"size", "ptr"} <= names:
            continue
        if r == "free" and "ptr" not in names:
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


def _switch_target(ev):
    """(next tid, next name or None, previous name or None) of a switch."""
    nxt = nxt_name = prev_name = None
    for a, v in zip(ev.tp.args, ev.args):
        n = a.name
        if a.is_string:
            text = None if v is None else v.decode("utf-8", "replace")
            if "prev" in n or "from" in n:
                prev_name = text
            elif nxt_name is None:
                nxt_name = text
        elif nxt is None and ("next" in n or n in ("to", "tid")):
            nxt = v
    return nxt, nxt_name, prev_name


def events(trace):
    """The trace-event list of @trace."""
    out = []
    names = {}
    tids = set()
    heap = 0
    blocks = {}
    running = None  # (tid, since ns) of the thread whose slice is open
    for ev in trace.events:
        r = role(ev.tp)
        ts = _us(ev.ts)
        tids.add(ev.tid)
        if running is None:
            running = (ev.tid, ev.ts)
        if r == "switch":
            nxt, nxt_name, prev_name = _switch_target(ev)
            if prev_name:
                names[ev.tid] = prev_name
            if nxt is not None:
                if nxt_name:
                    names[nxt] = nxt_name
                tids.add(nxt)
                out.append(_slice(running, ev.ts, names))
                running = (nxt, ev.ts)
        if r in ("irq", "trap"):
            out.append({"ph": "i", "s": "t", "pid": PID, "tid": IRQ_TRACK, "ts": ts,
                        "name": ev.tp.name, "cat": ev.tp.lib,
                        "args": dict(_fields(ev), tid=ev.tid)})
            continue
        if r == "alloc":
            f = {a.name: v for a, v in zip(ev.tp.args, ev.args)}
            if f["ptr"]:
                blocks[f["ptr"]] = f["size"]
                heap += f["size"]
                out.append(_counter(ts, heap))
        elif r == "free":
            f = {a.name: v for a, v in zip(ev.tp.args, ev.args)}
            if f["ptr"] in blocks:
                heap -= blocks.pop(f["ptr"])
                out.append(_counter(ts, heap))
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
