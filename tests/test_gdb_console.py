# SPDX-License-Identifier: BSD-3-Clause
"""The GDB stub on the console's own UART (uk.debug_chan=console, run-qemu
--debug-console): gdb-multiarch gets the guest's console output as its own
while attached, stepping through the code that writes to the console keeps
the protocol intact, and before a debugger attaches the console still
belongs to the shell, except for a debugger's packet, which stops the
guest.
"""
import re
import time

from gdb_guest import Guest, expect, image, reject  # noqa: F401 (image: a fixture)


def test_console_output_reaches_gdb_while_stepping_through_it(arch, image):
    with Guest(image, console=True, wait=True) as g:
        t = g.gdb("break finish_up", "continue",
                  # into printf, down to the UART's (now the stub's) writer
                  "step", "stepi 3000", "bt 4",
                  "delete", "continue", timeout=300)
        expect(t, r"^value=42 ratio=0\.75$")
        expect(t, r"^sum=43 area=30\.0 x=3 arr=30$")
        expect(t, r"^Breakpoint 1, finish_up \(v=43\) at .*main\.c:\d+$")
        # what the stepped printf wrote, then the rest after continue
        m = expect(t, r"^finish_up 43$")
        expect(t[m.end():], r"^done$")
        reject(t, r"Remote failure|Protocol error|Ignoring packet error|SIGINT|"
               r"Remote connection closed.*\n.*Remote")
        assert g.finish() == 0


def read_until(sock, pattern, timeout=30):
    """Bytes from @sock until their text matches @pattern; return the text."""
    data = b""
    end = time.time() + timeout
    while time.time() < end:
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            continue
        if not chunk:
            break
        data += chunk
        text = data.decode(errors="replace").replace("\r\n", "\n")
        if re.search(pattern, text, re.M):
            return text
    raise AssertionError(f"never saw {pattern!r}, got:\n{data.decode(errors='replace')}")


def packet(body):
    return f"${body}#{sum(body.encode()) & 0xff:02x}".encode()


def test_shell_and_debugger_share_the_console(arch, image):
    """The shell keeps its input until a packet comes; after the debugger
    detaches, it has the console again."""
    with Guest(image, mode="shell", wait=False, console=True) as g:
        with g.connect() as s:
            s.settimeout(2)
            s.sendall(b"\n")
            read_until(s, r"lantern\$ $")
            s.sendall(b"help\n")
            read_until(s, r"^break .*\n(.*\n)*lantern\$ $")
            # A debugger's packet stops the guest; the reply is a stop.
            s.sendall(packet("?"))
            read_until(s, r"\$T02[^#]*#[0-9a-f]{2}")
            s.sendall(b"+" + packet("qC"))
            read_until(s, r"\$QC1#")
            s.sendall(b"+" + packet("D"))
            read_until(s, r"\$OK#9a")
            s.sendall(b"+")
            # The shell again: Ctrl-D ends it, and the guest exits 0.
            s.sendall(b"help\n")
            read_until(s, r"^break ")
            s.sendall(b"\x04")
            assert g.finish() == 0


def test_ctrl_c_at_the_shell_prompt_stops_an_attached_guest(arch, image):
    """With a debugger attached and the guest running, a Ctrl-C read by the
    shell's console reader (polled: no interrupted frame, so the stub raises
    its own breakpoint carrying SIGINT) stops the guest with a SIGINT stop
    reply; after the detach the shell goes on."""
    with Guest(image, mode="shell", wait=False, console=True) as g:
        with g.connect() as s:
            s.settimeout(2)
            s.sendall(b"\n")
            read_until(s, r"lantern\$ $")
            s.sendall(packet("?"))
            read_until(s, r"\$T0[25][^#]*#[0-9a-f]{2}")
            s.sendall(b"+" + packet("c"))
            read_until(s, r"\+")
            s.sendall(b"\x03")
            read_until(s, r"\$T02[^#]*#[0-9a-f]{2}")
            s.sendall(b"+" + packet("D"))
            read_until(s, r"\$OK#9a")
            s.sendall(b"+")
            s.sendall(b"help\n")
            read_until(s, r"^break ")
            s.sendall(b"\x04")
            assert g.finish() == 0


def test_output_as_O_packets_and_ctrl_c(arch, image):
    """Raw protocol on the shared console: the guest's output while it runs
    comes as O packets, and a Ctrl-C stops the busy loop. The first packet
    finds the guest stopped before main() (uk.debug_wait), or stops the
    boot itself if it comes first."""
    with Guest(image, mode="spin", wait=True, console=True) as g:
        with g.connect() as s:
            s.settimeout(2)
            s.sendall(packet("?"))
            read_until(s, r"\$T0[25][^#]*#[0-9a-f]{2}")
            s.sendall(b"+" + packet("QStartNoAckMode"))
            read_until(s, r"\$OK#9a")
            s.sendall(b"+" + packet("c"))
            # "spinning\n", hex-encoded in an O packet
            read_until(s, r"\$O" + "spinning\n".encode().hex() + r"#[0-9a-f]{2}")
            s.sendall(b"\x03")
            t = read_until(s, r"\$T02[^#]*#[0-9a-f]{2}")
            pc = re.search(r"\$T02([^#]*)#", t.split("spinning", 1)[-1])
            assert pc, t
            s.sendall(packet("qC"))
            read_until(s, r"\$QC1#")
            s.sendall(packet("k"))
            # Closing first would lose the "k": QEMU drops what it has not
            # read when the peer hangs up.
            assert g.finish() == 0
