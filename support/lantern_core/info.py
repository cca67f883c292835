# SPDX-License-Identifier: BSD-3-Clause
"""`lantern-core info`: what a core holds, as text: the LANTERN INFO
note (reason, uptime, arch, app, build-id), each thread's PC and SP, the
segments, the tail of the kernel messages, the trace's tail (decoded by
lantern-trace when the image is given, else the trace blob's header) and
the ukstore snapshot."""
import struct
import zlib

from . import CoreError
from .elfcore import LANTERN_DMESG, LANTERN_STORE, LANTERN_TRACE

TRACE_HDR = struct.Struct("<8sIIQQQQQII")


def trace_header(blob):
    """A line about the trace blob @blob read without its image."""
    if len(blob) < TRACE_HDR.size or blob[:8] != b"UKTRDMP\0":
        return [f"a trace note of {len(blob)} bytes that is not a raw trace dump"]
    (_, version, hdr_size, recorded, overwritten, count, payload_size, now_ns, crc,
     tp_count) = TRACE_HDR.unpack_from(blob)
    payload = blob[hdr_size:]
    state = "CRC ok" if len(payload) == payload_size and zlib.crc32(payload) == crc \
        else "damaged (size or CRC)"
    return [f"raw dump version {version}: {count} events in {payload_size} bytes, "
            f"{recorded} recorded, {overwritten} overwritten, {tp_count} tracepoints, "
            f"{state}; `lantern-core info CORE IMAGE` decodes them"]


def trace_events(blob, image, tail):
    """The last @tail events of @blob as `trace dump` prints them, decoded
    with the tracepoint table of @image; None when lantern-trace is not
    there to decode them."""
    try:
        from lantern_trace import TraceError, dump, schema, text
    except ImportError:
        return None
    try:
        trace = dump.parse_blob(schema.load(image), blob)
    except TraceError as e:
        return [f"cannot decode the trace with {image}: {e}"]
    head = f"{len(trace.events)} events, {trace.overwritten} overwritten"
    if len(trace.events) > tail:
        head += f"; the last {tail}"
    return [head] + [text.event_line(ev).decode("utf-8", "replace")
                     for ev in trace.events[-tail:]]


def section(title, lines):
    return [f"-- {title} --"] + [f"  {line}" for line in lines]


def describe(core, image=None, tail=20):
    """The lines `info` prints for @core (elfcore.Core)."""
    kv = core.info()
    if not kv:
        raise CoreError(f"{core.path} has no LANTERN INFO note: not a Lantern core "
                        f"(QEMU's dump-guest-memory has none; open it with gdb)")
    out = [f"reason:   {kv.get('reason', '?')}"]
    up = kv.get("uptime_ns", "")
    if up.isdigit():
        out.append(f"uptime:   {int(up) // 10**9}.{int(up) % 10**9:09d} s")
    out.append(f"app:      {kv.get('app', '?')} ({kv.get('arch', core.arch)}, "
               f"{kv.get('threads', '?')} threads)")
    out.append(f"build-id: {core.build_id() or kv.get('build_id', '?')}")
    out += section("threads (first: the crashing or calling one)",
                   [f"{t.tid:4d}  pc {t.pc:#018x}  sp {t.sp:#018x}" for t in core.threads()])
    segs = core.segments()
    out += section(f"memory ({len(segs)} segments, {sum(s.filesz for s in segs)} bytes)",
                   [f"{s.vaddr:#018x}-{s.vaddr + s.memsz:#018x} {s.filesz:9d} bytes"
                    for s in segs])
    dmesg = (core.lantern(LANTERN_DMESG) or b"").decode("utf-8", "replace").splitlines()
    title = f"kernel messages (last {min(tail, len(dmesg))} of {len(dmesg)})"
    out += section(title, dmesg[-tail:])
    blob = core.lantern(LANTERN_TRACE)
    if blob is None:
        out += section("trace", ["no TRACE note in this core"])
    else:
        lines = trace_events(blob, image, tail) if image else None
        out += section("trace", lines or trace_header(blob))
    store = (core.lantern(LANTERN_STORE) or b"").decode("utf-8", "replace").splitlines()
    out += section(f"ukstore ({len(store)} entries)", store)
    return out
