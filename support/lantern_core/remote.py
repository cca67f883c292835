# SPDX-License-Identifier: BSD-3-Clause
"""A core read over the debug channel: the binary object
qXfer:lantern.core:read of Lantern's gdb stub, slice by slice ('m' and
more to come, 'l' and the last), each reply binary-escaped ('}' then the
byte xor 0x20). The connection, framing and acks are lantern-trace's GDB
remote client; the guest is stopped for the transfer and detached after
it, so that a live guest runs on."""
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


def fetch(address, timeout=30):
    """The core of the guest behind Lantern's stub at @address (host:port),
    and the seconds its transfer took (first request to last reply)."""
    try:
        remote = Remote(address, timeout)
    except TraceError as e:
        raise CoreError(str(e))
    try:
        remote.stop()
        # the stub cuts a slice to what fits its packet, escapes included
        length = remote.packet_size
        out = bytearray()
        start = time.monotonic()
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
                return bytes(out), time.monotonic() - start
            if not data:
                raise CoreError(f"the gdb stub sent an empty slice at offset {len(out)} "
                                f"without ending the object")
    except TraceError as e:
        raise CoreError(str(e))
    finally:
        remote.detach()
