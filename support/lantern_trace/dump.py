# SPDX-License-Identifier: BSD-3-Clause
"""Traces from the guest's raw dump (`trace dump --raw`): the binary blob
(a 64-byte header, then the events oldest first), its base64 form
between BEGIN/END lines in a console log, and the same built from the
ring buffer read out of a live guest. Everything is checked before it is
believed: sizes, magic, version, CRC, tracepoint ids and argument slots;
any fault is a TraceError saying what, never a crash."""
import base64
import binascii
import re
import struct
import zlib

from . import TraceError
from .schema import FORMAT_VERSION, KIND_SIGNED

DUMP_HDR = struct.Struct("<8sIIQQQQQII")
DUMP_MAGIC = b"UKTRDMP\0"
EVENT_HDR = struct.Struct("<QIHH")
RING = struct.Struct("<QQQQQII")
PADDING_ID = 0xffff
NULL_STRING = 0xffff
BEGIN = "-----BEGIN LANTERN TRACE-----"
END = "-----END LANTERN TRACE-----"
BASE64_LINE = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")


class Event:
    """One recorded event: time (ns), thread id, tracepoint, and the
    arguments (int, bytes, or None for a NULL string)."""
    __slots__ = ("ts", "tid", "tp", "args")

    def __init__(self, ts, tid, tp, args):
        self.ts, self.tid, self.tp, self.args = ts, tid, tp, args


class Trace:
    """The events of a dump with its counters."""

    def __init__(self, events, recorded, overwritten, now_ns):
        self.events = events
        self.recorded, self.overwritten, self.now_ns = recorded, overwritten, now_ns


def decode_event(schema, payload, off):
    """The Event at @off in @payload and the offset after it."""
    if len(payload) - off < EVENT_HDR.size:
        raise TraceError(f"truncated event header at payload offset {off}")
    ts, tid, tpid, size = EVENT_HDR.unpack_from(payload, off)
    if tpid == PADDING_ID:
        raise TraceError(f"padding record in the payload at offset {off}")
    if tpid >= len(schema.tracepoints):
        raise TraceError(f"event at payload offset {off} has tracepoint id {tpid}, "
                         f"the image has {len(schema.tracepoints)}")
    if size < EVENT_HDR.size or size % 8 or off + size > len(payload):
        raise TraceError(f"event at payload offset {off} has a bad size {size}")
    tp = schema.tracepoints[tpid]
    pos, end = off + EVENT_HDR.size, off + size
    args = []
    for arg in tp.args:
        if end - pos < 8:
            raise TraceError(f"event {tp.name} at payload offset {off}: "
                             f"arguments overrun its {size} bytes")
        if arg.is_string:
            n = int.from_bytes(payload[pos:pos + 2], "little")
            if n == NULL_STRING:
                args.append(None)
                n = 0
            else:
                args.append(bytes(payload[pos + 2:pos + 2 + n]))
            pos += (2 + n + 7) & ~7
            if pos > end:
                raise TraceError(f"event {tp.name} at payload offset {off}: "
                                 f"string of {n} bytes overruns the record")
        else:
            args.append(int.from_bytes(payload[pos:pos + 8], "little",
                                       signed=arg.kind == KIND_SIGNED))
            pos += 8
    if pos != end:
        raise TraceError(f"event {tp.name} at payload offset {off}: {size} bytes "
                         f"for {pos - off} bytes of header and arguments")
    return Event(ts, tid, tp, args), end


def parse_blob(schema, blob):
    """The Trace in the binary dump @blob (bytes) for image @schema."""
    if len(blob) < DUMP_HDR.size:
        raise TraceError(f"truncated dump: {len(blob)} bytes, the header alone is "
                         f"{DUMP_HDR.size}")
    (magic, version, hdr_size, recorded, overwritten, count, payload_size, now_ns,
     crc, tp_count) = DUMP_HDR.unpack_from(blob)
    if magic != DUMP_MAGIC:
        raise TraceError("not a Lantern trace dump (no UKTRDMP magic)")
    if version != FORMAT_VERSION:
        raise TraceError(f"dump format version {version}, this tool reads "
                         f"version {FORMAT_VERSION}")
    if hdr_size != DUMP_HDR.size:
        raise TraceError(f"dump header of {hdr_size} bytes, version "
                         f"{FORMAT_VERSION} has {DUMP_HDR.size}")
    if tp_count != len(schema.tracepoints):
        raise TraceError(f"wrong image: the dump is from an image with {tp_count} "
                         f"tracepoints, {schema.elf.path} has {len(schema.tracepoints)}")
    have = len(blob) - hdr_size
    if have < payload_size:
        raise TraceError(f"truncated dump: {have} of {payload_size} payload bytes")
    if have > payload_size:
        raise TraceError(f"{have - payload_size} bytes after the dump's payload")
    payload = memoryview(blob)[hdr_size:]
    if zlib.crc32(payload) != crc:
        raise TraceError(f"CRC mismatch: the payload's CRC-32 is {zlib.crc32(payload):08x}, "
                         f"the header says {crc:08x}")
    events = []
    off = 0
    while off < payload_size:
        ev, off = decode_event(schema, payload, off)
        events.append(ev)
    if len(events) != count:
        raise TraceError(f"the dump holds {len(events)} events, its header says {count}")
    return Trace(events, recorded, overwritten, now_ns)


def blob_from_console(text):
    """The blob in the last complete BEGIN/END block of console output
    @text; lines in it that are not base64 (kernel messages) are dropped."""
    lines = text.replace("\r", "\n").split("\n")
    end = None
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i].strip()
        if line == END:
            end = i
        elif line == BEGIN and end is not None:
            body = "".join(x.strip() for x in lines[i + 1:end] if BASE64_LINE.match(x.strip()))
            try:
                return base64.b64decode(body, validate=True)
            except (binascii.Error, ValueError):
                raise TraceError("the trace block is not valid base64 "
                                 "(a line lost or cut in the log?)")
    if any(line.strip() == BEGIN for line in lines):
        raise TraceError(f"the log has {BEGIN} but no {END} after it: "
                         "the dump was cut short")
    raise TraceError(f"no trace in the log (no {BEGIN} line): run "
                     "`trace dump --raw` in the guest's shell")


def blob_from_file(data):
    """The blob in a --raw file: the binary dump itself, a console log
    with a BEGIN/END block, or bare base64."""
    if data.startswith(DUMP_MAGIC):
        return data
    text = data.decode("latin-1")
    if BEGIN in text:
        return blob_from_console(text)
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise TraceError("the raw file is neither a binary dump, a console log "
                         "with a trace block, nor base64")


def blob_from_ring(schema, ring, read, buf_size):
    """A blob built from the guest's ring: @ring is the 48 bytes of
    uk_trace_ring, @read(offset, n) reads bytes of uk_trace_buf, which is
    @buf_size bytes long. Paddings and the < 16-byte ends before the wrap
    are skipped, as the guest's dump does."""
    head, tail, used, recorded, overwritten, size, version = RING.unpack(ring)
    if version != FORMAT_VERSION:
        raise TraceError(f"the guest's ring has format version {version}, this "
                         f"tool reads version {FORMAT_VERSION}")
    if size != buf_size:
        raise TraceError(f"the guest's ring says its buffer has {size} bytes, the image's "
                         f"uk_trace_buf has {buf_size}: wrong image?")
    if size % 8 or tail >= max(size, 1) or head >= max(size, 1) or used > size:
        raise TraceError(f"the guest's ring is inconsistent (head {head}, tail {tail}, "
                         f"used {used}, size {size})")
    # the used bytes in ring order: data[d] is the ring's byte (tail + d) % size
    data = read(tail, min(used, size - tail))
    if used > size - tail:
        data += read(0, used - (size - tail))
    records = []
    d = 0
    while d < used:
        pos = (tail + d) % size
        if size - pos < EVENT_HDR.size:
            d += size - pos
            continue
        if used - d < EVENT_HDR.size:
            raise TraceError(f"the guest's ring ends inside a record header at {pos}")
        _, _, tpid, rec = EVENT_HDR.unpack_from(data, d)
        if rec < EVENT_HDR.size or rec % 8 or d + rec > used or pos + rec > size:
            raise TraceError(f"the guest's ring has a bad record size {rec} at {pos}")
        if tpid != PADDING_ID:
            records.append(data[d:d + rec])
        d += rec
    payload = b"".join(records)
    now = max((EVENT_HDR.unpack_from(r)[0] for r in records), default=0)
    return DUMP_HDR.pack(DUMP_MAGIC, FORMAT_VERSION, DUMP_HDR.size, recorded, overwritten,
                         len(records), len(payload), now, zlib.crc32(payload),
                         len(schema.tracepoints)) + payload
