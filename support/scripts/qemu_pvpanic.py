# SPDX-License-Identifier: BSD-3-Clause
"""run-qemu's host fallback for crash dumps (--pvpanic): QEMU's pvpanic
device, and a QMP connection that asks QEMU for a dump of the guest's
memory when the guest signals a panic through it.

x86_64 only: the ISA pvpanic device (I/O port 0x505). When the guest
writes 1 (PVPANIC_PANICKED) there, QEMU pauses it (-action panic=pause) and sends the GUEST_PANICKED event,
and the watcher, unless the console log (a file) already ends in a
complete dump of the guest's own, answers with `dump-guest-memory`
(paging off, ELF: all of RAM at its physical addresses, one NT_PRSTATUS per CPU, which
gdb-multiarch opens with the image while the kernel's virtual addresses
equal its physical ones) into the file it was given, then quits QEMU. A
panicked guest cannot be resumed (QEMU: "Resetting the Virtual Machine
is required"), so the run ends with status 125, a crash. arm64's `virt`
has only pvpanic-pci and Lantern drives no PCI: there is no host-side
dump on arm64.
"""
import json
import os
import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

CONNECT_WAIT = 30.0


class QMP:
    """A QMP client on a unix socket: commands and their answers, events
    kept aside."""

    def __init__(self, path, proc):
        end = time.monotonic() + CONNECT_WAIT
        while True:
            self.sock = socket.socket(socket.AF_UNIX)
            try:
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if proc.poll() is not None or time.monotonic() > end:
                    raise
                time.sleep(0.02)
        self.file = self.sock.makefile("rb")
        self.events = []
        self.read()  # the greeting
        self.execute("qmp_capabilities")

    def read(self):
        line = self.file.readline()
        if not line:
            raise EOFError("QEMU closed its QMP socket")
        return json.loads(line)

    def execute(self, command, **arguments):
        msg = {"execute": command}
        if arguments:
            msg["arguments"] = arguments
        self.sock.sendall(json.dumps(msg).encode() + b"\n")
        while True:
            reply = self.read()
            if "event" in reply:
                self.events.append(reply)
            elif "error" in reply:
                raise RuntimeError(f"QMP {command}: {reply['error'].get('desc')}")
            elif "return" in reply:
                return reply["return"]

    def event(self):
        return self.events.pop(0) if self.events else self.read()


def guest_dumped(log):
    """Whether the console log @log (None: not a file) ends in a complete
    dump of the guest's own (support/lantern-core's reading of it)."""
    if not log:
        return False
    from lantern_core import CoreError, console
    try:
        with open(log, "rb") as f:
            return not console.problems(console.extract(f.read().decode("latin-1")))
    except (OSError, CoreError):
        return False


def args(sock):
    """QEMU's options: the device, pause on a panic, QMP on @sock."""
    return ["-device", "pvpanic", "-action", "panic=pause",
            "-qmp", f"unix:{sock},server=on,wait=off"]


class Watcher(threading.Thread):
    """Waits for the guest's panic and has QEMU dump it into @core: its
    options go on QEMU's command line (qemu_args()), then watch(QEMU's
    Popen). After QEMU ended: .panicked, .dumped (bools), .error (a
    message or None). @log is the console log when it is a file."""

    def __init__(self, core, log=None):
        super().__init__(daemon=True)
        self.proc, self.core, self.log = None, os.path.abspath(core), log
        self.sock = os.path.join(tempfile.gettempdir(), f"run-qemu-{os.getpid()}.qmp")
        self.panicked = self.dumped = False
        self.error = None

    def qemu_args(self):
        return args(self.sock)

    def watch(self, proc):
        self.proc = proc
        self.start()

    def run(self):
        try:
            qmp = QMP(self.sock, self.proc)
            if qmp.execute("query-status").get("status") != "guest-panicked":
                while qmp.event().get("event") != "GUEST_PANICKED":
                    pass
            if not guest_dumped(self.log):
                qmp.execute("dump-guest-memory", paging=False,
                            protocol=f"file:{self.core}", format="elf")
                self.dumped = True
            self.panicked = True
            qmp.execute("quit")
        except (OSError, EOFError, ValueError):
            pass  # QEMU ended without a panic: nothing to dump
        except RuntimeError as e:
            self.error = str(e)
            self.proc.kill()
        finally:
            try:
                os.unlink(self.sock)
            except OSError:
                pass
