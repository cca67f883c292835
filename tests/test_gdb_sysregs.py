# SPDX-License-Identifier: BSD-3-Clause
"""System registers through the GDB stub (lib/ukgdbstub/arch/*/sysregs.c):
the values equal QEMU's own gdbstub's at the same stop of the same image,
gdb and LLDB name them, writes are taken or refused as documented, and a
thread that is not running shows them as unavailable."""

import re
import shutil

import pytest

import harness
from gdb_guest import GDB, HIT, MACHINE, Guest, debug_image
from harness import expect, reject

# Lantern's name -> QEMU's, for the registers both stubs describe and whose
# value is the CPU's, untouched by either stub. QEMU names SCTLR, VBAR and
# CPACR without their _EL1 (its AArch32-shared register definitions).
SAME = {
    "x86_64": {r: r for r in ("fs_base", "gs_base", "k_gs_base", "cr0", "cr2",
                              "cr3", "cr4", "efer")},
    "arm64": {"SCTLR_EL1": "SCTLR", "TCR_EL1": "TCR_EL1", "TTBR0_EL1": "TTBR0_EL1",
              "TTBR1_EL1": "TTBR1_EL1", "MAIR_EL1": "MAIR_EL1", "VBAR_EL1": "VBAR",
              "SP_EL0": "SP_EL0", "TPIDR_EL0": "TPIDR_EL0",
              "CNTV_CTL_EL0": "CNTV_CTL_EL0", "CNTV_CVAL_EL0": "CNTV_CVAL_EL0",
              "CPACR_EL1": "CPACR"},
}
# Lantern's registers that QEMU's stub has not, or shows differently.
OWN = {
    "x86_64": ("cr8", "rip"),
    "arm64": ("ESR_EL1", "FAR_EL1", "ELR_EL1", "SPSR_EL1", "DAIF", "CurrentEL",
              "MIDR_EL1", "MPIDR_EL1", "pc", "cpsr"),
}
# A register each arch lets the debugger write, and ones it refuses.
WRITABLE = {"x86_64": "fs_base", "arm64": "TPIDR_EL0"}
REFUSED = {"x86_64": ("cr0", "cr3", "cr8", "efer"),
           "arm64": ("SCTLR_EL1", "TTBR0_EL1", "ESR_EL1", "TPIDR_EL1")}
BREAK = ("break add", "continue")


@pytest.fixture
def image(arch):
    if not shutil.which(GDB):
        pytest.skip(f"{GDB} not installed")
    return debug_image(arch)


class TwoStubs(Guest):
    """The test application waiting for Lantern's stub, QEMU's own gdbstub
    on a second port (qport)."""

    def __init__(self, img):
        self.img = img
        self.port = harness.free_port()
        self.qport = harness.free_port()
        args = ["--timeout", "360", "--machine", MACHINE[img.arch.name],
                "--debug-port", str(self.port), "--append", "-- run",
                "--debug-wait", "--qemu-gdb", str(self.qport)]
        harness.Guest.__init__(self, img.path, args)
        self.ready_pattern = "Waiting for debugger on"


def prints(tag, names):
    """gdb commands printing each register in hex after an @tag line."""
    cmds = []
    for n in names:
        cmds += [f"echo @{tag} {n}\\n", f"p/x ${n}"]
    return cmds


def values(t, tag):
    """{name: value} of what prints(@tag) printed."""
    return {m.group(1): int(m.group(2), 16) for m in
            re.finditer(rf"^@{tag} (\w+)\n\$\d+ = (0x[0-9a-f]+)$", t, re.M)}


def test_values_agree_with_qemus_stub(arch, image):
    """At a breakpoint in add(), Lantern's stub reads the registers; then,
    with the guest still stopped in Lantern's stub, gdb's `shell` runs a
    second gdb against QEMU's stub, which stops the CPU where it waits for
    the debugger's bytes. The registers of SAME are the same for both."""
    same = SAME[arch]
    qcmds = " ".join(f"-ex '{c}'" for c in prints("Q", same.values()))
    with TwoStubs(image) as g:
        g.ready()
        t = g.gdb(*BREAK, *prints("L", list(same) + list(OWN[arch])),
                  f"shell {GDB} -nx -batch -ex 'target remote 127.0.0.1:{g.qport}' "
                  f"{qcmds} -ex detach {image.path}", "kill")
    expect(t, rf"^{HIT}Breakpoint 1, add ")
    lantern, qemu = values(t, "L"), values(t, "Q")
    assert len(lantern) == len(same) + len(OWN[arch]), t
    assert len(qemu) == len(same), t
    for ours, theirs in same.items():
        assert lantern[ours] == qemu[theirs], f"{ours}: {lantern[ours]:#x} " \
            f"here, {qemu[theirs]:#x} through QEMU's stub\n{t}"
    if arch == "x86_64":
        # Paging and long mode on: the kernel's state, not a constant.
        assert lantern["cr0"] >> 31 and lantern["efer"] & (1 << 10), t
        # The kernel runs at task priority 0. QEMU's stub, stopping the CPU
        # in the wait for the debugger's bytes, sees the priority that wait
        # raises (interrupts held back): not compared.
        assert lantern["cr8"] == 0, t
    else:
        # QEMU's ESR/FAR/ELR/SPSR are the last exception's (the stub's
        # wait takes interrupts); Lantern's are the trap frame's: the
        # breakpoint's, at pc with cpsr. DAIF and CurrentEL are cpsr's.
        assert lantern["ELR_EL1"] == lantern["pc"], t
        assert lantern["SPSR_EL1"] == lantern["cpsr"], t
        assert lantern["ESR_EL1"] >> 26 == 0x3c, t  # EC: BRK
        assert lantern["DAIF"] == lantern["cpsr"] & 0x3c0, t
        assert lantern["CurrentEL"] == 4, t  # EL1
        assert lantern["MIDR_EL1"] >> 24 == 0x41, t  # implementer: Arm


def test_names_writes_and_threads(arch, image):
    """By name in `info registers` and `p`; the writable one takes a value,
    the others answer an error and keep theirs; a thread that is not
    running (the idle thread) has them unavailable; the guest runs on."""
    w, refused = WRITABLE[arch], REFUSED[arch]
    reg = {"x86_64": "cr3", "arm64": "TTBR0_EL1"}[arch]
    cmds = [*BREAK, f"info registers {reg}", f"p ${reg}",
            *prints("B", refused), f"set ${w} = 0x123450", *prints("W", [w])]
    for r in refused:
        cmds += [f"echo @set {r}\\n", f"set ${r} = ${r} ^ 0x1000"]
    cmds += [*prints("A", refused), "thread 2", *prints("T", [reg]),
             f"p ${reg}", "thread 1", "delete", "continue"]
    with Guest(image) as g:
        t = g.gdb(*cmds)
        assert g.finish() == 0
        expect(g.output(), r"^done$", "console")
    expect(t, rf"^{reg}\s+0x[0-9a-f]+\s")
    assert values(t, "W") == {w: 0x123450}, t
    before, after = values(t, "B"), values(t, "A")
    assert before == after and len(before) == len(refused), t
    for r in refused:
        expect(t, rf"^@set {r}\n.*Could not write register \"{r}\"")
    expect(t, r"^\[Switching to thread 2 .*\n(.*\n)*?\$\d+ = <unavailable>$")
    reject(t, r"^@T \w+\n\$\d+ = 0x")


def test_lldb_register_read(arch, image):
    """By name, and in the set LLDB makes of target.xml's "system" group."""
    if not shutil.which("lldb"):
        pytest.skip("lldb not installed (apt-get install lldb)")
    reg = {"x86_64": "cr3", "arm64": "TTBR0_EL1"}[arch]
    with Guest(image) as g:
        t = g.lldb("breakpoint set -n add", "continue", f"register read {reg}",
                   "register read --all", "detach")
    value = expect(t, rf"^\s+{reg} = (0x[0-9a-f]{{16}})\b").group(1)
    expect(t, rf"^system:\n(\s+\w+ = .*\n)*?\s+{reg} = {value}\b")
    reject(t, r"error:")


def test_crash_stop_shows_the_faults_registers(arch, image):
    """Stopped by a NULL read, after gdb read an unmapped address (a fault
    the stub took through nofault, which rewrote the CPU's CR2, ESR_EL1 and
    FAR_EL1): the registers still describe the crash."""
    fault = {"x86_64": ("cr2",), "arm64": ("ESR_EL1", "FAR_EL1")}[arch]
    with Guest(image, mode="crash") as g:
        # Flushed, gdb asks again rather than answer from the stop's 'g'.
        t = g.gdb("continue", "x/1xb 0x100000000000",
                  "maintenance flush register-cache", *prints("C", fault), "kill")
    expect(t, r"^(0x100000000000:\s+)?Cannot access memory at address 0x100000000000$")
    v = values(t, "C")
    if arch == "x86_64":
        assert v == {"cr2": 0}, t
    else:
        assert v["FAR_EL1"] == 0, t
        assert v["ESR_EL1"] >> 26 == 0x25, t  # EC: data abort, same EL
