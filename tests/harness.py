# SPDX-License-Identifier: BSD-3-Clause
"""What the tests and support/scripts/bench share to drive guests from the
host: a free local port, a guest booted by run-qemu in the background
(Guest), the GDB remote protocol by hand (Raw), and pattern checks on
console output and debugger transcripts that show the text when they fail.

No pytest here: bench imports this module too (it puts tests/ on its path).
A guest runs in its own session and leaving its with block kills the whole
process group (run-qemu and its QEMU), whatever happened.
"""
import os
import re
import signal
import socket
import subprocess
import tempfile
import time

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_QEMU = os.path.join(TOP, "support", "scripts", "run-qemu")


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(port, timeout=30):
    """A TCP connection to @port on 127.0.0.1, retried for @timeout seconds:
    QEMU opens its server sockets a moment after it started."""
    end = time.monotonic() + timeout
    while True:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.settimeout(30)
            return s
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.05)


def context(text, m, around=400):
    """The part of @text around the match @m."""
    return text[max(0, m.start() - around):m.end() + around]


def expect(text, pattern, what="transcript", flags=re.M):
    """Return the match of @pattern in @text or fail showing @text."""
    m = re.search(pattern, text, flags)
    assert m, f"pattern {pattern!r} not in {what}:\n{text}"
    return m


def reject(text, pattern, what="transcript", flags=re.M):
    """Fail, showing the lines around it, when @pattern is in @text."""
    m = re.search(pattern, text, flags)
    assert not m, f"unexpected {pattern!r} in {what}:\n{context(text, m)}"


class GuestError(AssertionError):
    """A guest did not do what was waited for; the message shows its console."""


class Guest:
    """run-qemu booting @image with the options @args, in the background.

    The console goes to a temporary file with run-qemu's own messages, or,
    with @console, to that file alone (run-qemu --console file:), which
    stays for a look afterwards. With @stdin the test writes the console's
    input to proc.stdin; without it the input is empty (on a stdio console
    run-qemu then sends the guest Ctrl-D at once, as for any end of input).
    """

    def __init__(self, image, args=(), console=None, stdin=False, name=None):
        self.name = name or os.path.basename(image)
        self.log = tempfile.NamedTemporaryFile(prefix="guest-", suffix=".log")
        cmd = [RUN_QEMU] + list(args)
        if console:
            # waits must not find the lines of a previous run
            if os.path.exists(console):
                os.unlink(console)
            cmd += ["--console", f"file:{console}"]
        self.console = console or self.log.name
        self.proc = subprocess.Popen(cmd + [image],
                                     stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        self.status = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        """Kill the guest if still running and drop the temporary file."""
        self.kill()
        self.log.close()

    def kill(self):
        """Kill run-qemu and its QEMU, if still running."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def output(self):
        """The console output so far."""
        try:
            with open(self.console, errors="replace") as f:
                return f.read().replace("\r\n", "\n")
        except FileNotFoundError:
            return ""

    def fail(self, what):
        """Raise GuestError saying @what, with the console and run-qemu's
        messages."""
        text = f"{self.name}: {what}\n--- console:\n{self.output()}"
        if self.console != self.log.name:
            with open(self.log.name, errors="replace") as f:
                text += f"--- run-qemu:\n{f.read()}"
        raise GuestError(text)

    def wait_for(self, pattern, timeout=60):
        """Wait until the console shows @pattern; return the output."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            out = self.output()
            if re.search(pattern, out, re.M):
                return out
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.fail(f"the console never showed {pattern!r}")

    def finish(self, timeout=60):
        """Wait for the guest to stop; return its exit status."""
        try:
            self.status = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.fail(f"still running after {timeout} s")
        return self.status


class Raw:
    """The GDB remote protocol by hand, in ack mode, on a connected socket."""

    def __init__(self, sock):
        self.s = sock
        self.buf = b""

    def send(self, data):
        self.s.sendall(data)

    @staticmethod
    def frame(payload):
        """@payload as a packet: "$payload#checksum"."""
        return b"$%s#%02x" % (payload, sum(payload) & 0xff)

    def receive(self):
        chunk = self.s.recv(65536)
        assert chunk, "the stub closed the connection"
        self.buf += chunk

    def read_packet(self):
        """The next "$...#cs" from the stub (acks before it skipped),
        checked and acked; return its payload, run-length decoded."""
        while True:
            i = self.buf.find(b"$")
            if i >= 0:
                j = self.buf.find(b"#", i)
                if j >= 0 and len(self.buf) >= j + 3:
                    payload = self.buf[i + 1:j]
                    assert int(self.buf[j + 1:j + 3], 16) == sum(payload) & 0xff
                    self.buf = self.buf[j + 3:]
                    self.send(b"+")
                    return unrle(payload)
            self.receive()

    def read_until(self, byte):
        """Skip what comes up to and including @byte."""
        while byte not in self.buf:
            self.receive()
        self.buf = self.buf[self.buf.index(byte) + 1:]

    def read_text(self, pattern):
        """Read until what came, as text, matches @pattern (a console that
        carries packets too); return that text and keep what follows it."""
        while True:
            text = self.buf.decode(errors="replace").replace("\r\n", "\n")
            m = re.search(pattern, text, re.M)
            if m:
                self.buf = text[m.end():].encode()
                return text[:m.end()]
            self.receive()

    def detach_console(self):
        """On a console shared with the stub: ack the last stop reply,
        detach, and ack the OK; the console is the shell's again."""
        self.send(b"+" + self.frame(b"D"))
        self.read_text(r"\$OK#9a")
        self.send(b"+")

    def request(self, payload):
        """Send @payload as a packet; return the reply's payload."""
        self.send(self.frame(payload))
        return self.read_packet()

    def drain(self, quiet=0.5):
        """Drop everything until the line was quiet for @quiet seconds."""
        self.s.settimeout(quiet)
        try:
            while self.s.recv(65536):
                pass
        except socket.timeout:
            pass
        self.s.settimeout(30)
        self.buf = b""


def unrle(data):
    """Expand the protocol's run-length encoding: "c*n" is c and n - 29
    more of it."""
    out = bytearray()
    i = 0
    while i < len(data):
        if data[i:i + 1] == b"*" and out:
            out += out[-1:] * (data[i + 1] - 29)
            i += 2
        else:
            out.append(data[i])
            i += 1
    return bytes(out)
