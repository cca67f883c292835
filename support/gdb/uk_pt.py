# SPDX-License-Identifier: BSD-3-Clause
"""gdb commands `uk-pt <addr>` and `uk-pt map`: the guest's page tables,
read from guest memory, in the layout of the shell's `pt`.

    (gdb) source support/gdb/uk_pt.py
    (gdb) uk-pt 0x100000
    (gdb) uk-pt map

The root table is CR3 (x86_64: PML4, PDPT, PD, PT; 2 MiB pages in the PD)
or TTBR0_EL1 (arm64: 4 KiB granule, 39-bit addresses, levels 1 to 3) when
the stub shows that register, as QEMU's does (`run-qemu --qemu-gdb PORT`);
otherwise the kernel's own root, the `pml4` pointer / `pt_pool[0]`. The
tables are identity mapped, so their physical addresses read as virtual
ones. The memory type of an arm64 mapping is MAIR_EL1's slot when the stub
shows MAIR_EL1, else only the slot number ("Attr2").
"""
import gdb

X86_NAMES = ["PML4", "PDPT", "PD", "PT"]
X86_BITS = [(1 << 0, "P"), (1 << 1, "W"), (1 << 2, "U"), (1 << 3, "PWT"),
            (1 << 4, "PCD"), (1 << 5, "A"), (1 << 6, "D"), (1 << 7, "PS"),
            (1 << 8, "G"), (1 << 63, "NX")]
X86_TYPES = ["WB", "WT", "UC-", "UC"]
X86_ADDR = 0x000ffffffffff000
ARM_NAMES = ["L1", "L2", "L3"]
ARM_ADDR = 0x0000fffffffff000
ARM_TYPES = {0x00: "Device-nGnRnE", 0x04: "Device-nGnRE", 0x44: "Normal-NC",
             0xff: "Normal-WB"}
R, W, X = 1, 2, 4


def _register(*names):
    for name in names:
        try:
            return int(gdb.parse_and_eval("$" + name)) & (2**64 - 1)
        except gdb.error:
            continue
    return None


def _read64(addr):
    data = gdb.selected_inferior().read_memory(addr, 8).tobytes()
    return int.from_bytes(data, "little")


def _read_table(addr):
    data = gdb.selected_inferior().read_memory(addr, 4096).tobytes()
    return [int.from_bytes(data[i:i + 8], "little") for i in range(0, 4096, 8)]


def _prot(p):
    return ("r" if p & R else "-") + ("w" if p & W else "-") + ("x" if p & X else "-")


def _size(size):
    for shift, unit in ((30, "GiB"), (20, "MiB"), (10, "KiB")):
        if size >= 1 << shift:
            return f"{size >> shift} {unit}"
    return f"{size} B"


class X86:
    levels, top_shift, va_limit = 4, 39, 1 << 47
    limit_why = "beyond the 47-bit identity map"
    names = X86_NAMES

    def root(self):
        cr3 = _register("cr3")
        if cr3 is None:
            cr3 = int(gdb.parse_and_eval("pml4"))
        return cr3 & X86_ADDR

    @staticmethod
    def flags(e, level):
        return " ".join(name for bit, name in X86_BITS if e & bit)

    @staticmethod
    def valid(e, level):
        return bool(e & 1)

    @staticmethod
    def is_leaf(e, level):
        return level == 3 or (level > 0 and bool(e & 0x80))

    @staticmethod
    def accessed(e):
        return True

    @staticmethod
    def prot(e, level, p):
        if not e & 2:
            p &= ~W
        if e & (1 << 63):
            p &= ~X
        return p

    @staticmethod
    def memtype(e):
        return X86_TYPES[(1 if e & 8 else 0) | (2 if e & 16 else 0)]

    @staticmethod
    def addr(e):
        return e & X86_ADDR

    @staticmethod
    def why(e, level):
        if level == 3 and e & X86_ADDR:
            return "guard page (frame kept, P clear)"
        return "not present"


class Arm64:
    levels, top_shift, va_limit = 3, 30, 1 << 39
    limit_why = "beyond the 39-bit address space (T0SZ 25)"
    names = ARM_NAMES

    def __init__(self):
        self.mair = _register("MAIR_EL1", "mair_el1")

    def root(self):
        ttbr = _register("TTBR0_EL1", "ttbr0_el1")
        if ttbr is None:
            ttbr = int(gdb.parse_and_eval("&pt_pool[0]"))
        return ttbr & ARM_ADDR

    @staticmethod
    def is_leaf(e, level):
        return level == 2 or not e & 2

    def flags(self, e, level):
        if not e & 1:
            return "invalid"
        if not self.is_leaf(e, level):
            return "table" + (" APTable-RO" if e & (1 << 62) else "") + \
                (" PXNTable" if e & (1 << 59) else "")
        parts = ["page" if level == 2 else "block", f"Attr{(e >> 2) & 7}",
                 ["NSH", "SH?", "OSH", "ISH"][(e >> 8) & 3],
                 "RO" if e & (1 << 7) else "RW"]
        for bit, name in ((6, "EL0"), (10, "AF"), (11, "nG"), (53, "PXN"),
                          (54, "UXN")):
            if e & (1 << bit):
                parts.append(name)
        return " ".join(parts)

    @staticmethod
    def valid(e, level):
        return bool(e & 1) and (level < 2 or bool(e & 2))

    @staticmethod
    def accessed(e):
        return bool(e & (1 << 10))

    def prot(self, e, level, p):
        leaf = self.is_leaf(e, level)
        if e & (1 << (7 if leaf else 62)):
            p &= ~W
        if e & (1 << (53 if leaf else 59)):
            p &= ~X
        return p

    def memtype(self, e):
        idx = (e >> 2) & 7
        if self.mair is None:
            return f"Attr{idx}"
        return ARM_TYPES.get((self.mair >> (8 * idx)) & 0xff, "Normal-other")

    @staticmethod
    def addr(e):
        return e & ARM_ADDR

    @staticmethod
    def why(e, level):
        if level == 2 and e & ARM_ADDR:
            return "guard page (frame kept, valid bit clear)"
        return "invalid descriptor"


def _arch():
    name = gdb.selected_inferior().architecture().name()
    if name.startswith("i386:x86-64"):
        return X86()
    if name.startswith("aarch64"):
        return Arm64()
    raise gdb.GdbError(f"uk-pt: unknown architecture {name}")


def walk(a, va):
    """The lines of `pt <va>`."""
    out = []
    if va >= a.va_limit:
        return [f"not mapped: {a.limit_why}"]
    table, p = a.root(), R | W | X
    for level in range(a.levels):
        shift = a.top_shift - 9 * level
        idx = (va >> shift) & 511
        entry = table + 8 * idx
        e = _read64(entry)
        flags = a.flags(e, level)
        out.append(f"{a.names[level]:<4}[{idx:3}] @{entry:016x} = {e:016x}"
                   + (f"  {flags}" if flags else ""))
        if not a.valid(e, level):
            out.append(f"not mapped: {a.why(e, level)} at {a.names[level]}")
            return out
        if a.is_leaf(e, level) and not a.accessed(e):
            out.append(f"not mapped: access flag clear at {a.names[level]}")
            return out
        p = a.prot(e, level, p)
        if a.is_leaf(e, level):
            size = 1 << shift
            pa = (a.addr(e) & ~(size - 1)) | (va & (size - 1))
            out.append(f"mapped: {_size(size)} page, physical {pa:016x}, "
                       f"{_prot(p)}, {a.memtype(e)}")
            return out
        table = a.addr(e)
    return out


def _leaves(a, table, level, base, p):
    shift = a.top_shift - 9 * level
    for i, e in enumerate(_read_table(table)):
        va = base + (i << shift)
        if not a.valid(e, level):
            continue
        if a.is_leaf(e, level):
            if a.accessed(e):
                yield va, 1 << shift, a.prot(e, level, p), a.memtype(e)
        else:
            yield from _leaves(a, a.addr(e), level + 1, va, a.prot(e, level, p))


def ranges(a):
    """Mapped ranges (start, end, prot, memtype), adjacent leaves with equal
    rights and type merged."""
    cur = None
    for va, size, p, mt in _leaves(a, a.root(), 0, 0, R | W | X):
        if cur and cur[1] == va and cur[2:] == [p, mt]:
            cur[1] = va + size
            continue
        if cur:
            yield tuple(cur)
        cur = [va, va + size, p, mt]
    if cur:
        yield tuple(cur)


def map_lines(a):
    """The lines of `pt map`."""
    out = ["start            end              size             prot type"]
    for start, end, p, mt in ranges(a):
        out.append(f"{start:016x}-{end:016x} {end - start:016x} {_prot(p)} {mt}")
    return out


class UkPt(gdb.Command):
    """Walk the guest's page tables for an address, or list its mappings.

Usage: uk-pt <address> | uk-pt map"""

    def __init__(self):
        super().__init__("uk-pt", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        argv = gdb.string_to_argv(arg)
        if len(argv) != 1:
            raise gdb.GdbError("usage: uk-pt <address> | uk-pt map")
        a = _arch()
        if argv[0] == "map":
            lines = map_lines(a)
        else:
            try:
                va = int(gdb.parse_and_eval(argv[0]))
            except gdb.error as e:
                raise gdb.GdbError(f"uk-pt: '{argv[0]}' is not an address: {e}")
            lines = walk(a, va & (2**64 - 1))
        gdb.write("\n".join(lines) + "\n")


UkPt()
