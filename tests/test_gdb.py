# SPDX-License-Identifier: BSD-3-Clause
"""The in-guest GDB stub with the real clients: gdb-multiarch and
LLDB against a guest built from a test application compiled for debugging,
plus the raw protocol for Ctrl-C and for garbage on the line. Each test
boots its own guest (gdb_guest.Guest), drives a debugger in batch mode and
checks expected and unexpected patterns in the debugger's transcript and
the guest's console.
"""
import os
import random
import re
import shutil
import subprocess
import time

import pytest

from conftest import STATUS_CRASH, TOP, build, build_lock, make
from gdb_guest import (CHANNEL, GDB, HIT, RECEIVED, Guest, debug_image,
                       image, line_of)  # noqa: F401 (image: a fixture)
from harness import Raw, expect, reject


def test_break_print_set_step_finish(arch, image):
    with Guest(image) as g:
        t = g.gdb(f"break main.c:{line_of('call_add')}", "break add",
                  "continue", "bt", "info locals",
                  "print pt", "print *ptr", "print ptr->name", "print ratio",
                  "print array", "print array[3]", "print scale",
                  "set var value = 77", "print value",
                  "step", "bt", "print a", "finish",
                  "next", "next", "step", "print *p", "finish",
                  "delete", "continue")
        expect(t, rf"^{HIT}Breakpoint 1, main \(.*\) at .*main\.c:{line_of('call_add')}$")
        expect(t, r"^#0  main \(")
        expect(t, r"^pt = \{x = 3, y = 4, name = 0x[0-9a-f]+ \"pt\"\}$")
        expect(t, r"^\$\d+ = \{x = 3, y = 4, name = 0x[0-9a-f]+ \"pt\"\}$")
        expect(t, r"^\$\d+ = 0x[0-9a-f]+ \"pt\"$")
        expect(t, r"^\$\d+ = 0\.75$")
        expect(t, r"^\$\d+ = \{10, 20, 30, 40, 50\}$")
        expect(t, r"^\$\d+ = 40$")
        expect(t, r"^\$\d+ = 2\.5$")
        expect(t, r"^\$\d+ = 77$")
        # step into add: the breakpoint there is reported as a breakpoint
        expect(t, rf"^{HIT}Breakpoint 2, add \(a=77, b=.*1\) at .*main\.c:\d+$")
        expect(t, r"^#1  0x[0-9a-f]+ in main \(")
        expect(t, r"^Value returned is \$\d+ = 78$")
        expect(t, r"^area \(p=.*\) at .*main\.c:\d+$")
        expect(t, r"^Value returned is \$\d+ = 30$")
        reject(t, r"SIGTRAP|Remote failure|Protocol error|Cannot access")
        assert g.finish() == 0
        out = g.output()
        expect(out, r"^value=77 ratio=0\.75$", "console")
        expect(out, r"^sum=78 area=30\.0 x=3 arr=30$", "console")
        expect(out, r"^done$", "console")


def test_stepi_1000_times(arch, image):
    with Guest(image) as g:
        t = g.gdb_script("break add\ncontinue\nset $start = $pc\nset $i = 0\n"
                         "while $i < 1000\n  stepi\n  set $i = $i + 1\nend\n"
                         "printf \"steps %d moved %d\\n\", $i, $pc != $start\n"
                         "delete\ncontinue\n", timeout=300)
        expect(t, r"^steps 1000 moved 1$")
        reject(t, r"SIGSEGV|SIGILL|Remote failure|Protocol error")
        assert g.finish() == 0
        expect(g.output(), r"^done$", "console")


def test_vector_register_set_and_read_back(arch, image):
    """A vector register written and read back through the stub after gdb
    forgot its cache: on arm64 'g' carries only the core registers, so
    this goes through 'P' and 'p'."""
    reg = {"x86_64": "$xmm7.v2_int64[0]", "arm64": "$v7.d.u[0]"}[arch]
    with Guest(image) as g:
        t = g.gdb("break add", "continue", f"set {reg} = 0x1122334455667788",
                  "maintenance flush register-cache", f"p/x {reg}", "p/x $pc",
                  "delete", "continue")
        expect(t, r"^\$1 = 0x1122334455667788$")
        expect(t, r"^\$2 = 0x[0-9a-f]+$")
        reject(t, r"Remote failure|Protocol error|Could not fetch|unavailable")
        assert g.finish() == 0
        expect(g.output(), r"^done$", "console")


def test_hbreak_and_watchpoints(arch, image):
    with Guest(image) as g:
        t = g.gdb("awatch counter", "continue", "delete",
                  "hbreak area", "continue", "delete",
                  "rwatch scale", "continue", "delete",
                  "watch watched", "continue", "delete",
                  "continue")
        expect(t, rf"^{HIT}Hardware access \(read/write\) watchpoint 1: counter$")
        expect(t, rf"^{HIT}Breakpoint 2, area \(.*\) at .*main\.c:\d+$")
        expect(t, rf"^{HIT}Hardware read watchpoint 3: scale\n\nValue = 2\.5$")
        expect(t, rf"^{HIT}Hardware watchpoint 4: watched\n\nOld value = 0\nNew value = 43$")
        # a watchpoint triggers after the write: gdb shows the next line
        expect(t, rf"^main \(.*\) at .*main\.c:{line_of('after_watch')}$")
        reject(t, r"Could not insert|SIGTRAP|Remote failure")
        assert g.finish() == 0


def test_attach_to_running_guest_and_interrupt(arch, image):
    with Guest(image, mode="spin", wait=False, ready="^spinning$") as g:
        t = g.gdb("bt", "print counter > 0", "stepi", "detach")
        # the stop is shown where the guest was, not in the stub
        expect(t, rf"^(0x[0-9a-f]+ in )?spin \(\) at .*main\.c:{line_of('spin_line')}$")
        expect(t, r"^#0  (0x[0-9a-f]+ in )?spin \(\) at ")
        expect(t, r"^#1  0x[0-9a-f]+ in main \(")
        expect(t, r"^\$1 = 1$")
        expect(t, r"detached")
        # attach again to the guest that ran on, then kill it: exit 0
        t = g.gdb("print counter", "kill")
        expect(t, r"^\$1 = \d+$")
        assert g.finish() == 0


def test_ctrl_c_on_a_busy_loop(arch, image):
    with Guest(image, mode="spin", wait=False, ready="^spinning$") as g:
        raw = Raw(g.connect())
        # the first packet of a debugger connecting stops the guest
        stop = raw.request(b"?")
        assert re.match(rb"^T02", stop), stop
        assert raw.request(b"qSupported:swbreak+;hwbreak+").startswith(b"PacketSize=")
        # The guest ran between c and Ctrl-C when its counter moved; the
        # Ctrl-C may come before the first step of the loop, so go on
        # until it did.
        counter = f"m{image.address('counter'):x},8".encode()
        before = int.from_bytes(bytes.fromhex(raw.request(counter).decode()), "little")
        end = time.monotonic() + 60
        while True:
            raw.send(raw.frame(b"c"))
            raw.read_until(b"+")
            raw.send(b"\x03")
            stop = raw.read_packet()
            assert re.match(rb"^[TS]02", stop), stop
            now = int.from_bytes(bytes.fromhex(raw.request(counter).decode()), "little")
            if now > before:
                break
            assert time.monotonic() < end, f"counter still {now} after c and Ctrl-C"
        regs = raw.request(b"g")
        assert re.fullmatch(rb"[0-9a-fx]+", regs), regs[:80]
        assert raw.request(b"D") == b"OK"
        raw.s.close()
        out = g.output()
        assert "Waiting for debugger" not in out, out


def test_ctrl_c_first_gets_a_stop_reply(arch, image):
    """A debugger that connects and interrupts before any packet (gdb's
    `target remote` then Ctrl-C, or a raw client) gets the stop reply
    unasked, as from QEMU's stub, not silence until it sends '?'."""
    with Guest(image, mode="spin", wait=False, ready="^spinning$") as g:
        raw = Raw(g.connect())
        raw.send(b"\x03")
        stop = raw.read_packet()
        assert re.match(rb"^[TS]02", stop), stop
        assert raw.request(b"qC") == b"QC1"
        assert raw.request(b"D") == b"OK"
        raw.s.close()
        out = g.output()
        assert "Waiting for debugger" not in out, out


def test_robustness_on_the_raw_line(arch, image):
    with Guest(image) as g:
        raw = Raw(g.connect())
        good_g = raw.request(b"g")
        assert len(good_g) > 100 and re.fullmatch(rb"[0-9a-fx]+", good_g)

        raw.send(b"$g#00")                        # bad checksum: NAK
        raw.read_until(b"-")
        raw.send(b"$m1000")                       # truncated, then a new packet
        assert raw.request(b"?").startswith(b"T05")
        big = raw.frame(b"m" * 70000)             # over the 64 KiB buffer
        raw.send(big)
        assert raw.read_packet() == b"E02"
        assert raw.request(b"mzz,4") == b"E01"    # bad hex
        assert raw.request(b"Gxyz") in (b"E01", b"E02")
        assert raw.request(b"qLanternNoSuchPacket") == b""
        assert raw.request(b"vMustReplyEmpty") == b""
        assert raw.request(b"Z9,0,0").startswith(b"E")
        assert raw.request(b"p999") == b"E04"
        assert raw.request(b"m0,8") == b"E03"     # nofault: page 0
        rng = random.Random(5)
        noise = bytes(b for b in rng.randbytes(4000) if b not in b"$#")
        raw.send(noise)
        for _ in range(50):                       # random packets, well framed
            body = bytes(rng.choice(b"qQvXYz0123456789abcdef,:;") for _ in range(40))
            raw.send(raw.frame(b"q" + body))
        # Resynchronise: '-' in the noise asks for retransmissions, which
        # may still arrive; skip replies until the one to a known question.
        raw.drain()
        raw.send(raw.frame(b"qC"))
        for _ in range(200):
            if raw.read_packet() == b"QC1":
                break
        else:
            raise AssertionError("the stub never answered qC after the noise")
        # a normal session goes on as if nothing had happened
        assert raw.request(b"g") == good_g
        assert raw.request(b"qAttached") == b"1"
        assert raw.request(b"D") == b"OK"
        raw.s.close()
        assert g.finish() == 0
        expect(g.output(), r"^done$", "console")


def test_bad_memory_and_monitor(arch, image):
    with Guest(image) as g:
        t = g.gdb("x/8xb 0", "print array[1]", "monitor help",
                  "monitor regs", 'eval "monitor mem %p 8", &array',
                  "monitor store get ukdebug/log_level",
                  "monitor log",
                  # the stub's own entries: breakpoints placed now, traffic
                  "set breakpoint always-inserted on", "break add", "hbreak area",
                  "monitor store ls ukgdbstub/", "delete",
                  "monitor store get ukgdbstub/swbreaks", "continue")
        expect(t, r"^(0x0:\s+)?Cannot access memory at address 0x0$")
        expect(t, r"^\$1 = 20$")
        expect(t, r"^monitor regs\s+registers of the stop$")
        expect(t, r"^monitor mem <addr> \[len\]\s+hex dump")
        expect(t, r"^[0-9a-f]{16}: 0a 00 00 00 14 00 00 00\s")
        expect(t, r"^log level \d \(\w+\)$")
        expect(t, rf"^ukgdbstub/channel\s+string r\s+{CHANNEL[arch]}\s*$")
        expect(t, r"^ukgdbstub/stopped\s+bool\s+r\s+true\s*$")
        expect(t, r"^ukgdbstub/swbreaks\s+u32\s+r\s+1\s*$")
        expect(t, r"^ukgdbstub/hwpoints\s+u32\s+r\s+1\s*$")
        expect(t, r"^ukgdbstub/bad_packets\s+u64\s+r\s+0 count$")
        packets = int(expect(t, r"^ukgdbstub/packets_in\s+u64\s+r\s+(\d+) count$").group(1))
        assert packets > 10, t
        expect(t, r"^ukgdbstub/swbreaks\s+u32\s+r\s+1\s*$\n(.*\n)*0$")
        reject(t, r"Remote connection closed.*\n.*\$1")
        assert g.finish() == 0


def text_bytes(img, symbol, n=4):
    """The first @n bytes of @symbol in the image file (not the guest)."""
    out = subprocess.run([GDB, "-nx", "-batch", "-ex", f"x/{n}xb {symbol}", img.path],
                         capture_output=True, text=True).stdout
    return re.findall(r"0x[0-9a-f]{2}\b", out.split(":", 1)[1])


def test_detach_leaves_no_breakpoint_behind(arch, image):
    orig = text_bytes(image, "finish_up")
    with Guest(image) as g:
        # gdb leaves its breakpoints in the guest: detach must remove them
        t = g.gdb("set breakpoint always-inserted on", "break add", "break finish_up",
                  "continue", "x/4xb finish_up", "detach")
        expect(t, rf"^{HIT}Breakpoint 1, add \(")
        assert re.findall(r"0x[0-9a-f]{2}\b", t.split("<finish_up>:", 1)[1])[:4] == orig
        assert g.finish() == 0
        out = g.output()
        expect(out, r"^finish_up 43$", "console")
        assert out.count("Waiting for debugger") == 1, out
    with Guest(image, mode="spin", wait=False, ready="^spinning$") as g:
        t = g.gdb("set breakpoint always-inserted on", "break finish_up", "detach")
        # attached again, the text reads as it is in the guest's memory
        t = g.gdb("x/4xb finish_up", "kill")
        assert re.findall(r"0x[0-9a-f]{2}\b", t.split("<finish_up>:", 1)[1])[:4] == orig


def test_crash_stops_at_the_faulting_frame(arch, image):
    with Guest(image, mode="crash") as g:
        t = g.gdb("continue", "bt", "continue")
        expect(t, rf"^{RECEIVED} signal SIGSEGV, Segmentation fault\.$")
        expect(t, rf"^(0x[0-9a-f]+ in )?crash_null \(\) at .*main\.c:{line_of('crash_line')}$")
        expect(t, r"^#1  0x[0-9a-f]+ in main \(")
        # continuing from there halts as the crash screen always did
        assert g.finish() == STATUS_CRASH
        expect(g.output(), r"CRIT: .*(Page fault|Data abort) at 0x0", "console")
    with Guest(image, mode="assert") as g:
        t = g.gdb("continue", "bt", "continue")
        expect(t, rf"^{RECEIVED} signal SIGABRT, Aborted\.$")
        expect(t, rf"^#1  0x[0-9a-f]+ in main \(.*\) at .*main\.c:{line_of('assert_line')}$")
        assert g.finish() == STATUS_CRASH
        expect(g.output(), r"CRIT: Assertion failed", "console")


def test_enter_on_crash_without_debugger(arch):
    img = debug_image(arch, LIBUKGDBSTUB_ENTER_ON_CRASH="y")
    with Guest(img, mode="crash", wait=False) as g:
        out = g.wait_for(rf"Waiting for debugger on {CHANNEL[arch]}")
        expect(out, r"CRIT: .*(Page fault|Data abort) at 0x0", "console")
        t = g.gdb("bt", "continue")
        expect(t, r"^#0  (0x[0-9a-f]+ in )?crash_null \(\) at ")
        assert g.finish() == STATUS_CRASH


def test_shell_break_command(arch, image):
    with Guest(image, mode="shell", wait=False, stdin=True) as g:
        g.wait_for(r"lantern\$ ", timeout=60)
        g.proc.stdin.write(b"break\n")
        g.proc.stdin.flush()
        g.wait_for(rf"Waiting for debugger on {CHANNEL[arch]}")
        t = g.gdb("bt", "detach")
        expect(t, r"^#\d+ .*cmd_break \(")
        g.proc.stdin.write(b"echo after-break\n")
        g.proc.stdin.close()
        assert g.finish() == 0
        expect(g.output(), r"^after-break$", "console")


def test_lldb(arch, image):
    if not shutil.which("lldb"):
        pytest.skip("lldb not installed (apt-get install lldb)")
    with Guest(image) as g:
        t = g.lldb("register read", "memory read -f x -s 4 -c 5 &array",
                 "breakpoint set -n add", "continue", "bt", "frame variable",
                 "step", "detach")
        expect(t, r"stop reason = signal SIGTRAP")
        expect(t, r"^\s+(rip|pc) = 0x[0-9a-f]{16}")
        expect(t, r"0x0000000a 0x00000014 0x0000001e 0x00000028")
        expect(t, r"^Breakpoint 1: where = \S+`add at main\.c")
        expect(t, r"stop reason = breakpoint 1\.1")
        expect(t, r"frame #0: 0x[0-9a-f]+ \S+`add\(a=42, b=1\) at main\.c")
        expect(t, r"frame #1: 0x[0-9a-f]+ \S+`main\(")
        expect(t, r"stop reason = step (over|in)")
        expect(t, r"^\(int\) a = 42$")
        expect(t, r"Process \d+ detached")
        assert g.finish() == 0


def test_x86_64_microvm_uses_virtio_console():
    if not shutil.which(GDB):
        pytest.skip(f"{GDB} not installed")
    img = debug_image("x86_64")
    if "kvm_virtio_console_probe" not in img.symbols():
        pytest.skip("no virtio-console driver built")
    with Guest(img, machine="microvm") as g:
        t = g.gdb("break add", "continue", "bt", "continue")
        expect(g.output(), r"^Waiting for debugger on virtio-console$", "console")
        expect(t, rf"^{HIT}Breakpoint 1, add \(a=42, ")
        expect(t, r"^#1  0x[0-9a-f]+ in main \(")
        assert g.finish() == 0
    with Guest(img, mode="spin", wait=False, ready="^spinning$", machine="microvm") as g:
        t = g.gdb("bt 1", "kill")
        expect(t, r"^#0  (0x[0-9a-f]+ in )?spin \(\) at ")
        assert g.finish() == 0


def test_make_run_gdb_prints_the_commands():
    img = build("x86_64")
    with build_lock(img.build_dir):
        out = make(f"O={img.build_dir}", "run", "GDB=1", "GDB_PORT=4321",
                   "RUN_ARGS=--dry-run").stdout
    expect(out, r"^Debug channel on 127\.0\.0\.1:4321;")
    expect(out, r"^  gdb-multiarch -x \S*support/gdb/gdbinit \S+demo_kvm-x86_64$")
    expect(out, r"^  lldb \S+demo_kvm-x86_64 -o 'gdb-remote 127\.0\.0\.1:4321'$")
    expect(out, r"-chardev socket,host=127\.0\.0\.1,port=4321,server=on,wait=off,nodelay=on")
    expect(out, r"-append uk\.debug_wait=1")
    assert open(os.path.join(img.build_dir, "debug-port")).read().strip() == "4321"


def test_gdbinit_connects(image):
    with Guest(image) as g:
        g.ready()
        env = dict(os.environ, LANTERN_DEBUG_PORT=str(g.port))
        p = subprocess.run([GDB, "-nx", "-batch", "-x",
                            os.path.join(TOP, "support", "gdb", "gdbinit"),
                            "-ex", "bt 1", "-ex", "continue", image.path],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           timeout=120, env=env)
        t = p.stdout
        expect(t, r"^#0  .*uk_gdbstub_break \(\)")
        assert g.finish() == 0


# A device register that answers only accesses of its width, per arch:
# the local APIC's version register (its low byte is 0x1X on any integrated
# APIC) and the GIC distributor's GICD_TYPER (ITLinesNumber, bits 4:0,
# nonzero with any SPI).
DEVICE_WORD = {"x86_64": (0xfee00030, lambda v: 0x10 <= v & 0xff <= 0x1f),
               "arm64": (0x08000004, lambda v: v & 0x1f != 0)}


def test_device_registers_read_with_their_width(arch, image):
    addr, plausible = DEVICE_WORD[arch]
    with Guest(image) as g:
        t = g.gdb(f"x/wx {addr:#x}", f"x/4wx {addr:#x}", "kill")
    words = re.findall(rf"^{addr:#x}:\s+(0x[0-9a-f]+)", t, re.M)
    assert len(words) == 2, t
    value = int(words[0], 16)
    assert plausible(value), t
    assert int(words[1], 16) == value, t


def test_memory_map(arch, image):
    """gdb takes the kernel's mappings as its memory map
    (qXfer:memory-map:read): `info mem` lists them, the image and a
    device inside, page 0 outside (refused by gdb itself). gcore with
    the map: tests/test_lantern_core.py."""
    dev, _ = DEVICE_WORD[arch]
    with Guest(image) as g:
        t = g.gdb("info mem", "print &array", "x/xb 0", "kill")
    expect(t, r"^Using memory regions provided by the target\.$")
    regions = [(int(lo, 16), int(hi, 16)) for lo, hi in
               re.findall(r"^\d+\s+y\s+(0x[0-9a-f]+)\s+(0x[0-9a-f]+)\s+rw\b", t, re.M)]
    assert regions, t
    assert all(a < b <= c for (a, b), (c, _) in zip(regions, regions[1:])), regions
    array = int(expect(t, r"^\$1 = \(int \(\*\)\[\d+\]\) (0x[0-9a-f]+) <array>$").group(1), 16)
    for addr in (array, dev):
        assert any(lo <= addr < hi for lo, hi in regions), (hex(addr), regions)
    assert not any(lo <= 0 < hi for lo, hi in regions), regions
    expect(t, r"^(0x0:\s+)?Cannot access memory at address 0x0$")
