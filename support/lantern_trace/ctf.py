# SPDX-License-Identifier: BSD-3-Clause
"""The CTF 1.8 writer: a trace folder with `metadata` (TSDL, generated
from the image's tracepoint table, one event class per tracepoint with
its arguments as typed fields) and `stream_0` (a packet holding every
event), which babeltrace2 reads (Trace Compass reads CTF 1.8 too; it was
not at hand to try).

Event header: the tracepoint id (16 bits) and the time in ns on the
clock "monotonic" (the guest's ukplat_monotonic_ns(), counted from boot);
event context: the thread id. Integers keep their C width and
signedness, pointers are 64-bit hex, strings are CTF strings (a NULL one
is written "(null)", as the guest prints it). The events the ring
overwrote are counted (events_discarded) in an empty packet from boot to
the oldest event, which is where they were lost.
"""
import os
import struct

PACKET_MAGIC = 0xC1FC1FC1
STREAM_FILE = "stream_0"
# TSDL keywords cannot name a field; CTF drops one leading underscore
KEYWORDS = {"align", "callsite", "const", "char", "clock", "double", "enum", "env",
            "event", "floating_point", "float", "integer", "int", "long", "short",
            "signed", "stream", "string", "struct", "trace", "typealias", "typedef",
            "unsigned", "variant", "void", "_Bool", "_Complex", "_Imaginary"}
BASE = {"x": 16, "X": 16, "p": 16, "o": 8}

HEADER = """/* CTF 1.8 */

typealias integer { size = 8; align = 8; signed = false; } := uint8_t;
typealias integer { size = 16; align = 8; signed = false; } := uint16_t;
typealias integer { size = 32; align = 8; signed = false; } := uint32_t;
typealias integer { size = 64; align = 8; signed = false; } := uint64_t;

trace {
	major = 1;
	minor = 8;
	byte_order = le;
	packet.header := struct {
		uint32_t magic;
		uint32_t stream_id;
	};
};

env {
	domain = "lantern";
	tracer_name = "lantern-trace";
	image = "%(image)s";
	recorded = %(recorded)d;
	overwritten = %(overwritten)d;
};

clock {
	name = "monotonic";
	description = "the guest's monotonic clock since boot";
	freq = 1000000000;
	precision = 1;
	offset_s = 0;
	offset = 0;
	absolute = false;
};

typealias integer { size = 64; align = 8; signed = false; map = clock.monotonic.value; } := uint64_clock_t;

stream {
	id = 0;
	packet.context := struct {
		uint64_clock_t timestamp_begin;
		uint64_clock_t timestamp_end;
		uint64_t content_size;
		uint64_t packet_size;
		uint64_t events_discarded;
	};
	event.header := struct {
		uint16_t id;
		uint64_clock_t timestamp;
	};
	event.context := struct {
		uint32_t tid;
	};
};
"""


def _field_name(name):
    return "_" + name if name in KEYWORDS else name


def _quote(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def _arg_type(arg):
    if arg.is_string:
        return "string"
    if arg.code == 0x28:
        return "integer { size = 64; align = 8; signed = false; base = 16; }"
    return "integer { size = %d; align = 8; signed = %s; base = %d; }" % (
        arg.size * 8, "true" if arg.kind == 0x10 else "false", BASE.get(arg.conv, 10))


def metadata(schema, trace):
    """The TSDL text for @schema, with @trace's counters in env."""
    out = [HEADER % {"image": _quote(os.path.basename(schema.elf.path)),
                     "recorded": trace.recorded, "overwritten": trace.overwritten}]
    for tp in schema.tracepoints:
        fields = "".join(f"\t\t{_arg_type(a)} {_field_name(a.name)};\n" for a in tp.args)
        out.append(f'\nevent {{\n\tname = "{_quote(tp.name)}";\n\tid = {tp.id};\n'
                   f'\tstream_id = 0;\n\tfields := struct {{\n{fields}\t}};\n}};\n')
    return "".join(out)


def _event_bytes(ev):
    out = [struct.pack("<HQI", ev.tp.id, ev.ts, ev.tid)]
    for arg, v in zip(ev.tp.args, ev.args):
        if arg.is_string:
            s = b"(null)" if v is None else v.split(b"\0", 1)[0]
            out.append(s + b"\0")
        elif arg.code == 0x28:
            out.append(struct.pack("<Q", v & (1 << 64) - 1))
        else:
            bits = arg.size * 8
            v &= (1 << bits) - 1
            out.append(v.to_bytes(arg.size, "little"))
    return b"".join(out)


def _packet(begin, end, discarded, body):
    size = (8 + 40 + len(body)) * 8
    return struct.pack("<IIQQQQQ", PACKET_MAGIC, 0, begin, end, size, size, discarded) + body


def stream(trace):
    """The binary stream: a packet with every event of @trace, after an
    empty one from boot to the first event when the ring overwrote
    events, so that a reader places the loss before the first event."""
    body = b"".join(_event_bytes(ev) for ev in trace.events)
    begin = trace.events[0].ts if trace.events else trace.now_ns
    end = max(trace.events[-1].ts if trace.events else 0, trace.now_ns, begin)
    lost = _packet(0, begin, trace.overwritten, b"") if trace.overwritten else b""
    return lost + _packet(begin, end, trace.overwritten, body)


def write(schema, trace, folder):
    """Write the CTF trace of @trace into @folder (created if missing)."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "metadata"), "w") as f:
        f.write(metadata(schema, trace))
    with open(os.path.join(folder, STREAM_FILE), "wb") as f:
        f.write(stream(trace))
