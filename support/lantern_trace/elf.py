# SPDX-License-Identifier: BSD-3-Clause
"""Just enough of ELF64 little-endian to read an image: sections by name,
symbols by name, and bytes at a virtual address through the program
headers (the loaded segments), the way the guest sees its memory."""
import struct

from . import TraceError

EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
SHDR = struct.Struct("<IIQQQQIIQQ")
PHDR = struct.Struct("<IIQQQQQQ")
SYM = struct.Struct("<IBBHQQ")
SHT_SYMTAB = 2
SHT_NOBITS = 8
PT_LOAD = 1


class Section:
    def __init__(self, name, sh):
        self.name = name
        (_, self.type, _, self.addr, self.offset, self.size, self.link,
         _, _, self.entsize) = sh


class Elf:
    """An ELF64 little-endian file, read whole into memory."""

    def __init__(self, path):
        try:
            with open(path, "rb") as f:
                self.data = f.read()
        except OSError as e:
            raise TraceError(f"cannot read the image: {e.strerror}: {path}")
        if len(self.data) < EHDR.size or self.data[:4] != b"\x7fELF":
            raise TraceError(f"not an ELF file: {path}")
        if self.data[4] != 2 or self.data[5] != 1:
            raise TraceError(f"not a 64-bit little-endian ELF file: {path}")
        try:
            self._read_headers()
        except struct.error:
            raise TraceError(f"truncated ELF file: {path}")
        self.path = path
        self._symbols = None

    def _read_headers(self):
        (_, _, _, _, _, phoff, shoff, _, _, phentsize, phnum, shentsize,
         shnum, shstrndx) = EHDR.unpack_from(self.data)
        raw = [SHDR.unpack_from(self.data, shoff + i * shentsize) for i in range(shnum)]
        names = raw[shstrndx][4] if shnum else 0
        self.sections = [Section(self._cstr(names + sh[0]), sh) for sh in raw]
        self.segments = []
        for i in range(phnum):
            p = PHDR.unpack_from(self.data, phoff + i * phentsize)
            if p[0] == PT_LOAD:
                # (vaddr, file offset, bytes in the file)
                self.segments.append((p[3], p[2], p[5]))

    def _cstr(self, off):
        end = self.data.find(b"\0", off)
        if off >= len(self.data) or end < 0:
            raise TraceError(f"bad string offset in {self.path}")
        return self.data[off:end].decode("latin-1")

    def section(self, name):
        """The section called @name, or None."""
        for s in self.sections:
            if s.name == name:
                return s
        return None

    def section_bytes(self, s):
        if s.type == SHT_NOBITS or s.offset + s.size > len(self.data):
            raise TraceError(f"section {s.name} has no contents in {self.path}")
        return self.data[s.offset:s.offset + s.size]

    def symbols(self):
        """{name: (address, size)} of the symbol table (empty when stripped)."""
        if self._symbols is None:
            self._symbols = {}
            for s in self.sections:
                if s.type != SHT_SYMTAB:
                    continue
                strtab = self.sections[s.link]
                for off in range(s.offset, s.offset + s.size, SYM.size):
                    name, _, _, shndx, value, size = SYM.unpack_from(self.data, off)
                    if name and shndx:
                        self._symbols[self._cstr(strtab.offset + name)] = (value, size)
        return self._symbols

    def read(self, addr, n):
        """@n bytes at virtual address @addr, from the loaded segments."""
        for vaddr, offset, filesz in self.segments:
            if vaddr <= addr and addr + n <= vaddr + filesz:
                return self.data[offset + addr - vaddr:offset + addr - vaddr + n]
        raise TraceError(f"address {addr:#x} is not in the image's loaded data")

    def cstring(self, addr, limit=4096):
        """The NUL-terminated string at virtual address @addr."""
        for vaddr, offset, filesz in self.segments:
            if vaddr <= addr < vaddr + filesz:
                start = offset + addr - vaddr
                end = self.data.find(b"\0", start, min(start + limit, offset + filesz))
                if end >= 0:
                    return self.data[start:end].decode("utf-8", "replace")
        raise TraceError(f"no string at {addr:#x} in the image")
