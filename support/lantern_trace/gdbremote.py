# SPDX-License-Identifier: BSD-3-Clause
"""A GDB remote protocol client that does what lantern-trace needs: stop
the guest, read memory, detach (which resumes it). It speaks ack mode
only, which both Lantern's stub and QEMU's (which has no
QStartNoAckMode) take. A connecting client's first packet stops a
running guest on Lantern's stub; QEMU's stub stops it on connection;
either way `?` answers with the stop reply."""
import mmap
import re
import socket

from . import TraceError

STOP_REPLY = re.compile(rb"^[TS][0-9a-fA-F]{2}")


class Remote:
    def __init__(self, address, timeout=30):
        host, _, port = address.rpartition(":")
        try:
            self.sock = socket.create_connection((host or "127.0.0.1", int(port)),
                                                 timeout=timeout)
        except ValueError:
            raise TraceError(f"--gdb wants host:port, not {address!r}")
        except OSError as e:
            raise TraceError(f"cannot connect to the gdb stub at {address}: {e.strerror or e}")
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.address = address
        self.timeout = timeout
        self.buf = b""
        self.packet_size = 0x1000

    def _recv(self):
        try:
            chunk = self.sock.recv(65536)
        except socket.timeout:
            raise TraceError(f"the gdb stub at {self.address} did not answer "
                             f"within {self.timeout} s")
        except OSError as e:
            raise TraceError(f"the gdb stub at {self.address}: {e.strerror or e}")
        if not chunk:
            raise TraceError(f"the gdb stub at {self.address} closed the connection")
        self.buf += chunk

    def _send(self, payload):
        frame = b"$%s#%02x" % (payload, sum(payload) & 0xff)
        for _ in range(5):
            self.sock.sendall(frame)
            while not self.buf:
                self._recv()
            # a stub may send a packet before acking ours: acks come first
            # on both stubs, but skip anything up to the ack to be safe
            ack, self.buf = self.buf[:1], self.buf[1:]
            if ack == b"+":
                return
            if ack != b"-":
                self.buf = ack + self.buf
                return
        raise TraceError(f"the gdb stub at {self.address} keeps rejecting {payload[:20]!r}")

    def _packet(self):
        """The next packet's payload (checked, acked, run-length decoded)."""
        while True:
            i = self.buf.find(b"$")
            if i >= 0:
                j = self.buf.find(b"#", i)
                if j >= 0 and len(self.buf) >= j + 3:
                    payload = self.buf[i + 1:j]
                    ok = self.buf[j + 1:j + 3].lower() == b"%02x" % (sum(payload) & 0xff)
                    self.buf = self.buf[j + 3:]
                    self.sock.sendall(b"+" if ok else b"-")
                    if ok:
                        return unrle(payload)
                    continue
            self._recv()

    def raw(self, n):
        """The next @n bytes as they come, outside any packet (a stream
        the stub announced), in a bytes-like buffer. The buffer is an
        anonymous mapping in huge pages where the host has them: written
        page by page as it arrives, 4 KiB pages cost the reader a fault
        each, which measured as half of a fast channel's time."""
        if not n:
            return b""
        out = mmap.mmap(-1, n)
        if hasattr(mmap, "MADV_HUGEPAGE"):
            try:
                out.madvise(mmap.MADV_HUGEPAGE)
            except OSError:
                pass  # no transparent huge pages: 4 KiB ones then
        got = min(n, len(self.buf))
        out[:got] = self.buf[:got]
        self.buf = self.buf[got:]
        view = memoryview(out)
        try:
            while got < n:
                try:
                    k = self.sock.recv_into(view[got:])
                except socket.timeout:
                    raise TraceError(f"the gdb stub at {self.address} stopped sending "
                                     f"after {got} of {n} bytes")
                except OSError as e:
                    raise TraceError(f"the gdb stub at {self.address}: {e.strerror or e}")
                if not k:
                    raise TraceError(f"the gdb stub at {self.address} closed the "
                                     f"connection after {got} of {n} bytes")
                got += k
        finally:
            view.release()
        return out

    def request(self, payload, stop=False):
        """Send @payload; return the reply. Stop replies and console
        output ('O') that arrive unasked are skipped unless @stop."""
        self._send(payload)
        return self.reply(stop)

    def reply(self, stop=False):
        """The next reply to the request sent last, as request()."""
        while True:
            reply = self._packet()
            if stop or not (STOP_REPLY.match(reply) or (reply[:1] == b"O" and reply != b"OK")):
                return reply

    def stop(self):
        """Stop the guest (if it runs) and learn the stub's packet size."""
        reply = self.request(b"?", stop=True)
        if not STOP_REPLY.match(reply):
            raise TraceError(f"the gdb stub at {self.address} answered ? with {reply[:40]!r}")
        m = re.search(rb"PacketSize=([0-9a-fA-F]+)", self.request(b"qSupported"))
        if m:
            self.packet_size = int(m.group(1), 16)

    def read(self, addr, n):
        """@n bytes of guest memory at @addr."""
        out = bytearray()
        chunk = max(64, min((self.packet_size - 16) // 2, 0x8000))
        while len(out) < n:
            k = min(chunk, n - len(out))
            reply = self.request(b"m%x,%x" % (addr + len(out), k))
            if reply[:1] == b"E" or not reply:
                raise TraceError(f"the gdb stub cannot read {k} bytes at "
                                 f"{addr + len(out):#x} ({reply.decode(errors='replace')})")
            try:
                data = bytes.fromhex(reply.decode())
            except ValueError:
                raise TraceError(f"the gdb stub answered a memory read with {reply[:40]!r}")
            if not data:
                raise TraceError(f"the gdb stub read nothing at {addr + len(out):#x}")
            out += data
        return bytes(out[:n])

    def detach(self):
        """Detach: the guest runs on. A stub already gone is no error
        here: what went wrong before is the one to report."""
        try:
            self.request(b"D")
        except TraceError:
            pass
        finally:
            self.sock.close()


def unrle(data):
    """Expand the protocol's run-length encoding: "c*n" is c and n - 29
    more of it."""
    if b"*" not in data:
        return data  # a binary reply (its '*' escaped) or one without runs
    out = bytearray()
    i = 0
    while i < len(data):
        if data[i:i + 1] == b"*" and out and i + 1 < len(data):
            out += out[-1:] * (data[i + 1] - 29)
            i += 2
        else:
            out.append(data[i])
            i += 1
    return bytes(out)


def read_trace(schema, address, timeout=30):
    """The blob of the live guest behind the gdb stub at @address
    (host:port), read from uk_trace_ring and uk_trace_buf; the guest is
    stopped for the read and runs on afterwards."""
    from .dump import RING, blob_from_ring
    syms = schema.elf.symbols()
    for name in ("uk_trace_ring", "uk_trace_buf"):
        if name not in syms:
            raise TraceError(f"{schema.elf.path} has no symbol {name} (stripped image?)")
    ring_addr = syms["uk_trace_ring"][0]
    buf_addr, buf_size = syms["uk_trace_buf"]
    remote = Remote(address, timeout)
    try:
        remote.stop()
        ring = remote.read(ring_addr, RING.size)
        blob = blob_from_ring(schema, ring, lambda off, n: remote.read(buf_addr + off, n),
                              buf_size)
    finally:
        remote.detach()
    return blob
