# SPDX-License-Identifier: BSD-3-Clause
"""Reading the ELF files lantern-core meets: a core (its header, segments
and notes, the threads' registers from NT_PRSTATUS) and an image (its
NT_GNU_BUILD_ID note). Every offset and size is checked before it is
used: a damaged file is a CoreError, never an exception of another kind.
"""
import struct

from . import CoreError

ET_CORE = 4
EM_X86_64 = 62
EM_AARCH64 = 183
PT_LOAD = 1
PT_NOTE = 4
SHT_NOTE = 7
NT_PRSTATUS = 1
NT_FPREGSET = 2
NT_PRPSINFO = 3
NT_GNU_BUILD_ID = 3
LANTERN_INFO = 0x4c540001
LANTERN_DMESG = 0x4c540002
LANTERN_TRACE = 0x4c540003
LANTERN_STORE = 0x4c540004

EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
PHDR = struct.Struct("<IIQQQQQQ")
SHDR = struct.Struct("<IIQQQQIIQQ")
NHDR = struct.Struct("<III")

ARCHES = {EM_X86_64: "x86_64", EM_AARCH64: "arm64"}
# Linux's struct elf_prstatus: pr_pid at 32, pr_reg at 112, the
# registers in user_regs_struct order.
PR_PID, PR_REG = 32, 112
REGS = {
    "x86_64": ("r15 r14 r13 r12 rbp rbx r11 r10 r9 r8 rax rcx rdx rsi rdi orig_rax "
               "rip cs eflags rsp ss fs_base gs_base ds es fs gs").split(),
    "arm64": [f"x{i}" for i in range(31)] + ["sp", "pc", "pstate"],
}
PC = {"x86_64": "rip", "arm64": "pc"}
SP = {"x86_64": "rsp", "arm64": "sp"}


class Note:
    """One ELF note: owner name (str), type, descriptor (bytes)."""
    __slots__ = ("name", "type", "desc")

    def __init__(self, name, ntype, desc):
        self.name, self.type, self.desc = name, ntype, desc


class Segment:
    """A PT_LOAD: guest virtual address, bytes in the file, memory size."""
    __slots__ = ("vaddr", "offset", "filesz", "memsz", "flags")

    def __init__(self, vaddr, offset, filesz, memsz, flags):
        self.vaddr, self.offset, self.filesz, self.memsz, self.flags = \
            vaddr, offset, filesz, memsz, flags


class Thread:
    """The registers of one NT_PRSTATUS, by name, and its thread id."""

    def __init__(self, tid, regs, arch):
        self.tid, self.regs, self.arch = tid, regs, arch

    @property
    def pc(self):
        return self.regs[PC[self.arch]]

    @property
    def sp(self):
        return self.regs[SP[self.arch]]


def parse_notes(data, what):
    """The notes packed in @data (bytes of a PT_NOTE or SHT_NOTE)."""
    notes = []
    off = 0
    while off + NHDR.size <= len(data):
        namesz, descsz, ntype = NHDR.unpack_from(data, off)
        name_off = off + NHDR.size
        desc_off = name_off + ((namesz + 3) & ~3)
        end = desc_off + ((descsz + 3) & ~3)
        if desc_off + descsz > len(data):
            raise CoreError(f"{what}: a note at offset {off} runs past its segment")
        name = data[name_off:name_off + namesz].rstrip(b"\0").decode("latin-1")
        notes.append(Note(name, ntype, bytes(data[desc_off:desc_off + descsz])))
        off = end
    return notes


class Elf:
    """An ELF64 little-endian file read whole: header fields, segments,
    notes."""

    def __init__(self, data, path):
        self.data, self.path = data, path
        if len(data) < EHDR.size or data[:4] != b"\x7fELF":
            raise CoreError(f"{path} is not an ELF file")
        if data[4] != 2 or data[5] != 1:
            raise CoreError(f"{path} is not a 64-bit little-endian ELF file")
        (_, self.type, self.machine, _, _, phoff, shoff, _, _, phentsize, phnum,
         shentsize, shnum, _) = EHDR.unpack_from(data)
        self.osabi = data[7]
        self.arch = ARCHES.get(self.machine)
        self.phdrs = [self._table(PHDR, phoff, phentsize, i, "program header")
                      for i in range(phnum)]
        self.shdrs = [self._table(SHDR, shoff, shentsize, i, "section header")
                      for i in range(shnum)] if shoff else []

    @classmethod
    def load(cls, path):
        try:
            with open(path, "rb") as f:
                return cls(f.read(), path)
        except OSError as e:
            raise CoreError(f"cannot read {path}: {e.strerror}")

    def _table(self, st, off, entsize, i, what):
        pos = off + i * entsize
        if entsize < st.size or pos + st.size > len(self.data):
            raise CoreError(f"{self.path}: {what} {i} lies outside the file")
        return st.unpack_from(self.data, pos)

    def _bytes(self, off, size, what):
        if off + size > len(self.data):
            raise CoreError(f"{self.path}: {what} ({size} bytes at offset {off}) runs past "
                            f"the end of the file ({len(self.data)} bytes): truncated?")
        return self.data[off:off + size]

    def notes(self):
        """The notes of the PT_NOTE segments."""
        out = []
        for ptype, _, off, _, _, filesz, _, _ in self.phdrs:
            if ptype == PT_NOTE:
                out += parse_notes(self._bytes(off, filesz, "a PT_NOTE segment"), self.path)
        return out

    def section_notes(self):
        """The notes of the SHT_NOTE sections (an image's build-id may sit
        in a loaded segment rather than a PT_NOTE one)."""
        out = []
        for _, stype, _, _, off, size, _, _, _, _ in self.shdrs:
            if stype == SHT_NOTE:
                out += parse_notes(self._bytes(off, size, "a note section"), self.path)
        return out

    def segments(self):
        return [Segment(vaddr, off, filesz, memsz, flags)
                for ptype, flags, off, vaddr, _, filesz, memsz, _ in self.phdrs
                if ptype == PT_LOAD]

    def build_id(self):
        """The NT_GNU_BUILD_ID as hex, or None."""
        for n in self.notes() + self.section_notes():
            if n.name == "GNU" and n.type == NT_GNU_BUILD_ID:
                return n.desc.hex()
        return None


class Core(Elf):
    """A Lantern core: an ET_CORE of x86_64 or arm64."""

    def __init__(self, data, path):
        super().__init__(data, path)
        if self.type != ET_CORE:
            raise CoreError(f"{path} is an ELF file but not a core (e_type {self.type})")
        if self.arch is None:
            raise CoreError(f"{path}: a core of machine {self.machine}, neither x86_64 "
                            f"nor arm64")
        for seg in self.segments():
            self._bytes(seg.offset, seg.filesz, f"the segment at {seg.vaddr:#x}")

    def threads(self):
        names = REGS[self.arch]
        out = []
        for n in self.notes():
            if n.name != "CORE" or n.type != NT_PRSTATUS:
                continue
            if len(n.desc) < PR_REG + 8 * len(names):
                raise CoreError(f"{self.path}: an NT_PRSTATUS of {len(n.desc)} bytes, "
                                f"{self.arch} has {PR_REG + 8 * len(names)} at least")
            tid = struct.unpack_from("<i", n.desc, PR_PID)[0]
            regs = struct.unpack_from(f"<{len(names)}Q", n.desc, PR_REG)
            out.append(Thread(tid, dict(zip(names, regs)), self.arch))
        return out

    def lantern(self, ntype):
        """The descriptor of the LANTERN note of @ntype, or None."""
        for n in self.notes():
            if n.name == "LANTERN" and n.type == ntype:
                return n.desc
        return None

    def info(self):
        """The INFO note's key=value lines as a dict."""
        text = (self.lantern(LANTERN_INFO) or b"").decode("utf-8", "replace")
        return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
