# SPDX-License-Identifier: BSD-3-Clause
"""The text writer: the same lines as the guest's `trace dump`, a header
line with the counts, then per event its time in seconds, thread id,
tracepoint name and formatted arguments."""
from . import printf


def event_line(ev):
    """The line of event @ev (bytes, without the newline). The guest's
    line is a C string: a NUL that %c put in it ends it."""
    head = b"%6d.%09d %5d %s: " % (ev.ts // 1000000000, ev.ts % 1000000000, ev.tid,
                                   ev.tp.name.encode())
    return (head + printf.format_args(ev.tp.fmt_bytes, ev.args)).split(b"\0", 1)[0]


def write(trace, out):
    """Write @trace to the binary stream @out."""
    out.write(b"# %d events, %d overwritten\n" % (len(trace.events), trace.overwritten))
    for ev in trace.events:
        out.write(event_line(ev) + b"\n")
