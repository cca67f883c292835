# SPDX-License-Identifier: BSD-3-Clause
"""The interrupt controller and timer views: the shell's `irq` (the
console's line enabled with its handler by name, a request held pending
while interrupts are masked) and `timers` (the demo's sleeper and its
deadline), bad arguments, and `monitor irq` / `monitor timers` through
the GDB stub."""
import os
import re
import subprocess
import time

from conftest import STATUS_CRASH, TOP
from gdb_guest import GDB
from gdb_guest import Guest as GdbGuest
from gdb_guest import image  # noqa: F401 (a fixture)
from harness import Guest, expect, free_port

# The console's receive line: ISA IRQ 4 (COM1) on x86_64, the PL011's SPI
# (INTID 33) on arm64; the CPU timer's line: the LAPIC timer's vector,
# the virtual timer's PPI.
CONSOLE_LINE = {"x86_64": r"   4   36  8259", "arm64": r"  33   33  SPI "}
TIMER_LINE = {"x86_64": r" 240  240  LAPIC timer .* x86_timer_irq$",
              "arm64": r"  27   27  PPI .* timer_irq$"}
CONTROLLER = {"x86_64": r"^8259: IMR [0-9a-f]{4} IRR [0-9a-f]{4} ISR [0-9a-f]{4}",
              "arm64": r"^GICv2 CPU interface: CTLR 1 PMR f0 RPR [0-9a-f]{2} HPPIR \d+$"}
# uk-irq reads the 8259 through its driver (its registers are I/O ports)
CONTROLLER_MEM = {"x86_64": r"^8259: IMR [0-9a-f]{4} \(the driver's",
                  "arm64": CONTROLLER["arm64"]}
PROMPT = r"lantern\$ "


def shell(g, line, pattern, timeout=60):
    """Type @line and wait until the console shows @pattern after it."""
    start = len(g.output())
    g.proc.stdin.write(line.encode())
    g.proc.stdin.flush()
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        out = g.output()[start:]
        if re.search(pattern, out, re.M):
            return out
        time.sleep(0.05)
    g.fail(f"{line!r}: the console never showed {pattern!r}")


def test_irq_shows_lines_and_a_pending_request(arch, demo):
    with Guest(demo.path, stdin=True) as g:
        g.wait_for(PROMPT)
        out = shell(g, "irq\n", r"HANDLER\n(.*\n)*.*timer_irq\n")
        expect(out, CONTROLLER[arch])
        expect(out, CONSOLE_LINE[arch] + r"\s+yes no   no .* cons_rx_irq$")
        expect(out, TIMER_LINE[arch])
        shell(g, "irq pending\n", r"^interrupts masked: waiting")
        # the byte that raises the request is the empty line after it
        out = shell(g, "\n", r"HANDLER\n(.*\n)*.*timer_irq\n")
        expect(out, CONSOLE_LINE[arch] + r"\s+yes yes  no .* cons_rx_irq$")
        out = shell(g, "irq now\n", r"^error: ")
        expect(out, r"^error: irq: unknown argument \(usage: irq \[pending\]\)$")
        g.proc.stdin.write(b"halt\n")
        g.proc.stdin.close()
        assert g.finish() == 0


def test_timers_show_the_sleeper(arch, demo):
    with Guest(demo.path, stdin=True) as g:
        g.wait_for(PROMPT)
        for _ in range(50):
            out = shell(g, "timers\n", r"^platform timer: .*\n(.*\n)*" + PROMPT)
            if "sleeper" in out:
                break
            time.sleep(0.2)
        now = float(expect(out, r"^now (\d+\.\d{6}) s$").group(1))
        # overdue: the deadline passed just before the command masked
        # interrupts, its interrupt not yet taken
        m = expect(out, r"^thread \d+ sleeper \(sleep\): (\d+\.\d{6}) s "
                        r"\((in|overdue by) (\d+\.\d{6}) s\)$")
        deadline = float(m.group(1))
        left = float(m.group(3)) * (1 if m.group(2) == "in" else -1)
        assert left <= 1.0 and abs(deadline - now - left) < 2e-6, out
        # the platform timer is armed for the earliest deadline or before it
        at = float(expect(out, r"^platform timer: armed for (\d+\.\d{6}) s").group(1))
        assert at <= deadline, out
        out = shell(g, "timers 1\n", r"^error: ")
        expect(out, r"^error: timers: takes no arguments")
        g.proc.stdin.write(b"halt\n")
        g.proc.stdin.close()
        assert g.finish() == 0


def test_monitor_irq_and_timers(arch, image):  # noqa: F811
    with GdbGuest(image) as g:
        t = g.gdb("monitor irq", "monitor timers", "monitor irq 1",
                  "monitor timers x", "continue")
        expect(t, CONTROLLER[arch])
        expect(t, TIMER_LINE[arch])
        expect(t, r"^ IRQ  VEC  SOURCE      EN  PEND ACT PRIO CPU HANDLER$")
        expect(t, r"^now \d+\.\d{6} s$")
        expect(t, r"^platform timer: (not armed|armed for )")
        expect(t, r"^usage: irq$")
        expect(t, r"^usage: timers$")
        assert g.finish() == 0


def test_unexpected_interrupt_names_line_and_controller(arch, demo):
    if arch == "x86_64":
        # a vector past the 8259's: the crash screen, the controllers first
        r = demo.run("crash vector\necho not reached\n")
        r.expect(r"CRIT: .*Interrupt vector 80 has no handler; the interrupt controllers:$")
        r.expect(r"CRIT: .*  8259: IMR [0-9a-f]{4} IRR [0-9a-f]{4} ISR [0-9a-f]{4}")
        r.expect(r"CRIT: .*  LAPIC: TPR 00 ")
        r.expect(r"^CRIT: Unknown vector")
        r.reject(r"^not reached$")
        assert r.status == STATUS_CRASH
    else:
        # SGI 5 to this CPU (GICD_SGIR, target filter "self"): no handler
        r = demo.run("poke 0x8000f00 0x2000005 4\necho went on\n")
        r.expect(r"Warn: .*interrupt 5 has no handler: line disabled$")
        r.expect(r"Warn: .*  GICv2 CPU interface: CTLR 1 PMR f0 ")
        r.expect(r"^went on$")
        assert r.status == 0


def handled(text):
    """The device lines with a handler: (irq, vector, enabled, handler)."""
    return re.findall(r"^\s*(\d+)\s+(\d+)  (?:8259|SPI)\s+(yes|no)\s+\S+\s+\S+\s+\S+\s+\S+\s+"
                      r"([a-z_]\w*)$", text, re.M)


def test_uk_irq_through_both_stubs(arch, demo, image):  # noqa: F811
    script = "source " + os.path.join(TOP, "support", "gdb", "uk_irq.py")
    # Lantern's stub: uk-irq agrees with monitor irq at the same stop
    with GdbGuest(image) as g:
        t = g.gdb(script, "echo ---uk-irq\\n", "uk-irq", "echo ---monitor\\n",
                  "monitor irq", "uk-irq bogus", "continue")
        ours = t.split("---uk-irq\n", 1)[1].split("---monitor\n", 1)
        expect(ours[0], r"^ IRQ  VEC  SOURCE      EN  PEND ACT PRIO CPU HANDLER$")
        assert handled(ours[0]) and handled(ours[0]) == handled(ours[1]), t
        expect(t, r"usage: uk-irq")
        assert g.finish() == 0
    # QEMU's own stub knows nothing of the kernel: the same from memory
    port = free_port()
    args = ["--timeout", "300", "--qemu-gdb", str(port)]
    with Guest(demo.path, args, stdin=True) as g:
        g.wait_for(PROMPT)
        t = subprocess.run([GDB, "-nx", "-batch", "-ex", f"target remote 127.0.0.1:{port}",
                            "-ex", script, "-ex", "uk-irq", "-ex", "kill", demo.path],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           timeout=180).stdout
        expect(t, CONTROLLER_MEM[arch])
        expect(t, TIMER_LINE[arch])
        expect(t, CONSOLE_LINE[arch] + r"\s+yes .* cons_rx_irq$")
