# SPDX-License-Identifier: BSD-3-Clause
"""gdb command `uk-irq`: the interrupt controller, read through gdb.

    (gdb) source support/gdb/uk_irq.py
    (gdb) uk-irq

The same table as `monitor irq` and the shell's `irq`, computed from
memory and memory-mapped registers, so it works with any stub: QEMU's
(`run-qemu --qemu-gdb PORT`) as well as the in-guest one. Nothing runs
in the guest and no register with a side effect is read (not GICC_IAR).

arm64: the GICv2 distributor's enable, pending, active and priority
registers and the CPU interface's CTLR, PMR, RPR and HPPIR, at the
addresses the driver keeps (gic.c's `gicd`, `gicc`). x86_64: the 8259's
request and in-service registers are I/O ports, out of a debugger's
reach, so its lines show the driver's mask (pic.c's `mask`) and `?` for
pending and in service; the local APIC is memory-mapped, but neither
QEMU's stub nor Lantern's reaches it through memory reads (it reads as
0), and its timer's columns are then `?` too. Handlers come from the
drivers' tables, symbolized.
"""
import gdb

LAPIC_BASE = 0xfee00000
LAPIC_TIMER_VEC = 0xf0
PIC_LINES = 16
PIC_VECTOR_BASE = 32
GIC_SGIS = 16
HEADER = " IRQ  VEC  SOURCE      EN  PEND ACT PRIO CPU HANDLER"


def _u32(addr):
    data = gdb.selected_inferior().read_memory(addr, 4).tobytes()
    return int.from_bytes(data, "little")


def _u8(addr):
    return gdb.selected_inferior().read_memory(addr, 1).tobytes()[0]


def _static(file, name):
    try:
        return gdb.parse_and_eval(f"'{file}'::{name}")
    except gdb.error:
        raise gdb.GdbError(f"uk-irq: no {name} in {file} (an image with "
                           "debug information is needed)")


def _symbolize(addr):
    if not addr:
        return "-"
    block = gdb.current_progspace().block_for_pc(addr)
    while block and not block.function and block.superblock:
        block = block.superblock
    if not block or not block.function:
        return f"{addr:#x}"
    off = addr - block.start
    return block.function.print_name + (f"+{off:#x}" if off else "")


def _yn(v):
    return "?" if v is None else ("yes" if v else "no")


def _row(irq, vector, source, en, pend, act, prio, tgt, handler):
    prio = "-" if prio is None else f"{prio:02x}"
    tgt = f"{tgt:02x}" if tgt else "-"
    return (f"{irq:4} {vector:4}  {source:<11} {_yn(en):<3} {_yn(pend):<4} "
            f"{_yn(act):<3} {prio:<4} {tgt:<3} {_symbolize(handler)}")


def _x86_64():
    def lapic(reg):
        return _u32(LAPIC_BASE + reg)

    def vec_bit(reg, v):
        return bool(lapic(reg + 0x10 * (v // 32)) & (1 << (v % 32)))

    mask = int(_static("pic.c", "mask"))
    handlers = _static("pic.c", "handlers")
    lines = [f"8259: IMR {mask:04x} (the driver's; IRR, ISR: I/O ports, "
             "not readable through memory)"]
    # An enabled LAPIC's SVR holds the spurious vector: never 0. 0 is a
    # stub whose memory reads do not reach the LAPIC (QEMU's: the LAPIC
    # answers only 32-bit accesses; Lantern's reads short ranges by words).
    readable = lapic(0xf0) != 0
    if readable:
        lines += [f"LAPIC: TPR {lapic(0x80):02x} PPR {lapic(0xa0):02x} "
                  f"SVR {lapic(0xf0):03x} LINT0 {lapic(0x350):05x} "
                  f"LINT1 {lapic(0x360):05x}",
                  f"LAPIC timer: LVT {lapic(0x320):05x} "
                  f"initial {lapic(0x380):08x} current {lapic(0x390):08x}"]
    else:
        lines.append(f"LAPIC: reads as 0 at {LAPIC_BASE:#x} through this stub")
    lines.append(HEADER)
    for i in range(PIC_LINES):
        fn = int(handlers[i]["fn"])
        en = not mask & (1 << i)
        if en or fn:
            lines.append(_row(i, PIC_VECTOR_BASE + i, "8259", en, None, None,
                              None, 0, fn))
    timer = [None, None, None]
    if readable:
        timer = [not lapic(0x320) & (1 << 16), vec_bit(0x200, LAPIC_TIMER_VEC),
                 vec_bit(0x100, LAPIC_TIMER_VEC)]
    lines.append(_row(LAPIC_TIMER_VEC, LAPIC_TIMER_VEC, "LAPIC timer", *timer,
                      LAPIC_TIMER_VEC >> 4, 0,
                      int(gdb.parse_and_eval("&x86_timer_irq"))))
    return lines


def _arm64():
    gicd = int(_static("gic.c", "gicd"))
    gicc = int(_static("gic.c", "gicc"))
    nr = int(_static("gic.c", "nr_irqs"))
    handlers = _static("irq.c", "handlers")
    lines = [f"GICv2 distributor: CTLR {_u32(gicd):x}, {nr} IDs",
             f"GICv2 CPU interface: CTLR {_u32(gicc):x} PMR {_u32(gicc + 4):02x} "
             f"RPR {_u32(gicc + 0x14):02x} HPPIR {_u32(gicc + 0x18) & 0x3ff}",
             HEADER]
    for first in range(0, nr, 32):
        en = _u32(gicd + 0x100 + first // 8)
        pend = _u32(gicd + 0x200 + first // 8)
        act = _u32(gicd + 0x300 + first // 8)
        for i in range(first, min(first + 32, nr)):
            bit = 1 << (i % 32)
            fn = int(handlers[i]["fn"])
            if not (pend & bit or act & bit or fn or (en & bit and i >= GIC_SGIS)):
                continue
            source = "SGI" if i < GIC_SGIS else "PPI" if i < 32 else "SPI"
            tgt = _u8(gicd + 0x800 + i) if i >= 32 else 0
            lines.append(_row(i, i, source, en & bit, pend & bit, act & bit,
                              _u8(gicd + 0x400 + i), tgt, fn))
    return lines


class UkIrq(gdb.Command):
    """Show the interrupt controller: global state, lines in use, handlers."""

    def __init__(self):
        super().__init__("uk-irq", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        if arg.strip():
            raise gdb.GdbError("usage: uk-irq")
        arch = gdb.selected_frame().architecture().name()
        if arch.startswith("aarch64"):
            lines = _arm64()
        elif arch.startswith("i386:x86-64"):
            lines = _x86_64()
        else:
            raise gdb.GdbError(f"uk-irq: unknown architecture {arch}")
        for line in lines:
            gdb.write(line + "\n")


UkIrq()
