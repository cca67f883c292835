# SPDX-License-Identifier: BSD-3-Clause
"""The GDB stub on the console's own UART (uk.debug_chan=console, run-qemu
--debug-console): gdb-multiarch gets the guest's console output as its own
while attached, stepping through the code that writes to the console keeps
the protocol intact, and before a debugger attaches the console still
belongs to the shell, except for a debugger's packet, which stops the
guest.
"""
import re

from gdb_guest import HIT, Guest, image  # noqa: F401 (image: a fixture)
from harness import Raw, expect, reject


def test_console_output_reaches_gdb_while_stepping_through_it(arch, image):
    with Guest(image, console=True, wait=True) as g:
        t = g.gdb("break finish_up", "continue",
                  # into printf, down to the UART's (now the stub's) writer
                  "step", "stepi 3000", "bt 4",
                  "delete", "continue", timeout=300)
        expect(t, r"^value=42 ratio=0\.75$")
        expect(t, r"^sum=43 area=30\.0 x=3 arr=30$")
        expect(t, rf"^{HIT}Breakpoint 1, finish_up \(v=43\) at .*main\.c:\d+$")
        # what the stepped printf wrote, then the rest after continue
        m = expect(t, r"^finish_up 43$")
        expect(t[m.end():], r"^done$")
        reject(t, r"Remote failure|Protocol error|Ignoring packet error|SIGINT|"
               r"Remote connection closed.*\n.*Remote")
        assert g.finish() == 0


def test_shell_and_debugger_share_the_console(arch, image):
    """The shell keeps its input until a packet comes; after the debugger
    detaches, it has the console again."""
    with Guest(image, mode="shell", wait=False, console=True) as g:
        with g.connect() as s:
            con = Raw(s)
            con.send(b"\n")
            con.read_text(r"lantern\$ $")
            con.send(b"help\n")
            con.read_text(r"^break .*\n(.*\n)*lantern\$ $")
            # A debugger's packet stops the guest; the reply is a stop.
            con.send(con.frame(b"?"))
            con.read_text(r"\$T02[^#]*#[0-9a-f]{2}")
            # the thread on the CPU: with threads, the idle one while the
            # shell waits for input
            con.send(b"+" + con.frame(b"qC"))
            con.read_text(r"\$QC[0-9a-f]+#")
            con.detach_console()
            # The shell again: Ctrl-D ends it, and the guest exits 0.
            con.send(b"help\n")
            con.read_text(r"^break ")
            con.send(b"\x04")
            assert g.finish() == 0


def test_ctrl_c_at_the_shell_prompt_stops_an_attached_guest(arch, image):
    """With a debugger attached and the guest running, a Ctrl-C read by the
    shell's console reader (polled: no interrupted frame, so the stub raises
    its own breakpoint carrying SIGINT) stops the guest with a SIGINT stop
    reply; after the detach the shell goes on."""
    with Guest(image, mode="shell", wait=False, console=True) as g:
        with g.connect() as s:
            con = Raw(s)
            con.send(b"\n")
            con.read_text(r"lantern\$ $")
            con.send(con.frame(b"?"))
            con.read_text(r"\$T0[25][^#]*#[0-9a-f]{2}")
            con.send(b"+" + con.frame(b"c"))
            con.read_until(b"+")
            con.send(b"\x03")
            con.read_text(r"\$T02[^#]*#[0-9a-f]{2}")
            con.detach_console()
            con.send(b"help\n")
            con.read_text(r"^break ")
            con.send(b"\x04")
            assert g.finish() == 0


def test_output_as_O_packets_and_ctrl_c(arch, image):
    """Raw protocol on the shared console: the guest's output while it runs
    comes as O packets, and a Ctrl-C stops the busy loop. The first packet
    finds the guest stopped before main() (uk.debug_wait), or stops the
    boot itself if it comes first."""
    with Guest(image, mode="spin", wait=True, console=True) as g:
        with g.connect() as s:
            con = Raw(s)
            con.send(con.frame(b"?"))
            con.read_text(r"\$T0[25][^#]*#[0-9a-f]{2}")
            con.send(b"+" + con.frame(b"QStartNoAckMode"))
            con.read_text(r"\$OK#9a")
            con.send(b"+" + con.frame(b"c"))
            # "spinning\n", hex-encoded in an O packet
            con.read_text(r"\$O" + "spinning\n".encode().hex() + r"#[0-9a-f]{2}")
            con.send(b"\x03")
            t = con.read_text(r"\$T02[^#]*#[0-9a-f]{2}")
            assert re.search(r"\$T02([^#]*)#", t), t
            con.send(con.frame(b"qC"))
            con.read_text(r"\$QC1#")
            con.send(con.frame(b"k"))
            # Closing first would lose the "k": QEMU drops what it has not
            # read when the peer hangs up.
            assert g.finish() == 0
