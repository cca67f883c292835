# SPDX-License-Identifier: BSD-3-Clause
"""A core read over the debug channel from Lantern's gdb stub: streamed
(qLantern.core.stream: the size, then the raw bytes), or as the binary
object qXfer:lantern.core:read, slice by slice ('m' and more to come, 'l'
and the last), each reply binary-escaped ('}' then the byte xor 0x20).
The connection, framing and acks are lantern-trace's GDB remote client;
the guest is stopped for the transfer and detached after it, so that a
live guest runs on."""
import re
import time

from lantern_trace import TraceError
from lantern_trace.gdbremote import Remote

from . import CoreError

OBJECT = b"qXfer:lantern.core:read"


ESCAPED = re.compile(rb"\}(.)", re.S)


def unescape(data):
    if (len(data) - len(data.rstrip(b"}"))) % 2:
        raise CoreError("the stub's reply ends inside an escape")
    return ESCAPED.sub(lambda m: bytes((m.group(1)[0] ^ 0x20,)), data)


STREAM = b"qLantern.core.stream"
ANNOUNCE = re.compile(rb"^b([0-9a-f]+),([0-9a-f]+)$")


def stream(remote):
    """The core through qLantern.core.stream: the stub lays out the dump,
    announces "b<count>,<size>" (not "S", which starts a stop reply),
    sends count raw bytes and then "OK". Return the core and the rate of
    the bytes alone (bytes/s from the announcement to the last byte, those
    that came with it not counted, as the bench times a channel's raw
    rate), or None if the stub does not know the request."""
    reply = remote.request(STREAM + b":0,ffffffffffffffff")
    if not reply:
        return None
    announced, early = time.monotonic(), len(remote.buf)
    m = ANNOUNCE.match(reply)
    if not m:
        raise CoreError(f"the gdb stub answered {STREAM.decode()} with {reply[:40]!r}")
    count, size = int(m.group(1), 16), int(m.group(2), 16)
    if count != size:
        raise CoreError(f"the gdb stub announced {count} bytes of a {size}-byte core")
    try:
        data = remote.raw(count)
    except TraceError as e:
        raise CoreError(f"{e} (a QEMU virtconsole drops what its socket cannot take "
                        f"at once; run-qemu's virtserialport does not; --slices is slower "
                        f"but asks for each slice)")
    last = time.monotonic()
    end = remote.reply()
    if end != b"OK":
        raise CoreError(f"the gdb stub ended its stream with {end[:40]!r}, not OK")
    late = count - min(early, count)
    return data, (late / (last - announced) if late and last > announced else None)


def slices(remote, address):
    """The core through qXfer:lantern.core:read, slice by slice (the
    stub cuts a slice to what fits its packet, escapes included)."""
    length = remote.packet_size
    out = bytearray()
    while True:
        reply = remote.request(OBJECT + b"::%x,%x" % (len(out), length))
        if not reply:
            raise CoreError(f"the gdb stub at {address} has no {OBJECT.decode()} "
                            f"(a guest built without crash dumps, or not Lantern's "
                            f"stub)")
        if reply[:1] not in (b"m", b"l"):
            raise CoreError(f"the gdb stub answered {OBJECT.decode()} at offset "
                            f"{len(out)} with {reply[:40]!r}")
        data = unescape(reply[1:])
        out += data
        if reply[:1] == b"l":
            return bytes(out)
        if not data:
            raise CoreError(f"the gdb stub sent an empty slice at offset {len(out)} "
                            f"without ending the object")


def fetch(address, timeout=30, binary_slices=False):
    """The core of the guest behind Lantern's stub at @address (host:port),
    the seconds its transfer took (first request to last reply), and the
    rate of the stream's bytes alone (None for slices): streamed where the
    stub can, else (or with @binary_slices) in qXfer slices."""
    try:
        remote = Remote(address, timeout)
    except TraceError as e:
        raise CoreError(str(e))
    try:
        remote.stop()
        start = time.monotonic()
        streamed = None if binary_slices else stream(remote)
        core, rate = streamed if streamed else (slices(remote, address), None)
        return core, time.monotonic() - start, rate
    except TraceError as e:
        raise CoreError(str(e))
    finally:
        remote.detach()
