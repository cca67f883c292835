# SPDX-License-Identifier: BSD-3-Clause
"""The tracepoint table an image carries in its `.uk_trace` section: a
16-byte header ("UKTRACE\\0", format version, entry size) and one 48-byte
entry per tracepoint, whose index is the tracepoint's id. The entries'
name, library and format are pointers into the image, resolved through
its loaded segments."""
import re
import struct

from . import TraceError, printf
from .elf import Elf

FORMAT_VERSION = 1
TABLE_HDR = struct.Struct("<8sII")
TP = struct.Struct("<BB7s7sQQQQ")
TABLE_MAGIC = b"UKTRACE\0"

# argument type codes: low 4 bits the size, high bits the kind
KIND_UNSIGNED, KIND_SIGNED, KIND_POINTER, KIND_STRING = 0x00, 0x10, 0x20, 0x30
VALID_TYPES = {KIND_UNSIGNED | s for s in (1, 2, 4, 8)} | \
    {KIND_SIGNED | s for s in (1, 2, 4, 8)} | {0x28, 0x30}

NAME_BEFORE = re.compile(rb"([A-Za-z_][A-Za-z0-9_]*)\s*[=:]?\s*$")


class Arg:
    """One argument of a tracepoint: its type code and a field name taken
    from the format ("size=%zu" names it size; argN otherwise)."""

    def __init__(self, code, name, conv):
        self.code, self.name, self.conv = code, name, conv
        self.kind = code & 0xf0
        self.size = code & 0x0f

    @property
    def is_string(self):
        return self.code == 0x30


class Tracepoint:
    def __init__(self, tid, name, lib, fmt, codes):
        self.id, self.name, self.lib, self.fmt = tid, name, lib, fmt
        self.fmt_bytes = fmt.encode()
        convs = printf.directives(self.fmt_bytes)
        names = field_names(self.fmt_bytes, len(codes))
        self.args = [Arg(c, n, convs[i] if i < len(convs) else "d")
                     for i, (c, n) in enumerate(zip(codes, names))]


def field_names(fmt, n, codes=None):
    """@n identifiers for the arguments of format @fmt: the word before
    each directive when there is one and it is new ("size=%zu": size); a
    string right after a named argument is that name's _name
    ("prev=%lu %s": prev, prev_name); argN otherwise."""
    words = []
    pos = 0
    for m in printf.DIRECTIVE.finditer(fmt):
        if m.group(5) in (b"%", b""):
            pos = m.end()
            continue
        before = NAME_BEFORE.search(fmt[pos:m.start()])
        pos = m.end()
        words.append((before.group(1).decode() if before else None, m.group(5) == b"s"))
    words = (words + [(None, False)] * n)[:n]
    out = []
    for i, (name, is_str) in enumerate(words):
        if not name and is_str and i and not out[-1].startswith("arg"):
            name = out[-1] + "_name"
        if not name or name in out or name.startswith("arg"):
            name = f"arg{i}"
        out.append(name)
    return out


class Schema:
    """The tracepoints of an image, by id."""

    def __init__(self, elf, tracepoints):
        self.elf = elf
        self.tracepoints = tracepoints

    def __len__(self):
        return len(self.tracepoints)


def load(path):
    """The Schema of the image at @path; TraceError when it has none."""
    elf = Elf(path)
    sec = elf.section(".uk_trace")
    if sec is None:
        raise TraceError(f"{path} has no .uk_trace section: it was built without "
                         "tracing (CONFIG_LIBUKDEBUG_TRACE)")
    data = elf.section_bytes(sec)
    if len(data) < TABLE_HDR.size:
        raise TraceError(f"{path}: .uk_trace is too short for its header")
    magic, version, tp_size = TABLE_HDR.unpack_from(data)
    if magic != TABLE_MAGIC:
        raise TraceError(f"{path}: .uk_trace does not start with UKTRACE")
    if version != FORMAT_VERSION:
        raise TraceError(f"{path}: tracepoint table format version {version}, "
                         f"this tool reads version {FORMAT_VERSION}")
    if tp_size != TP.size:
        raise TraceError(f"{path}: tracepoint entries of {tp_size} bytes, "
                         f"version {FORMAT_VERSION} has {TP.size}")
    start, end = TABLE_HDR.size, len(data)
    syms = elf.symbols()
    if "__uk_tp_start" in syms and "__uk_tp_end" in syms:
        start = syms["__uk_tp_start"][0] - sec.addr
        end = syms["__uk_tp_end"][0] - sec.addr
    if not 0 <= start <= end <= len(data) or (end - start) % TP.size:
        raise TraceError(f"{path}: .uk_trace holds no whole number of tracepoints")
    tps = []
    for i, off in enumerate(range(start, end, TP.size)):
        _, nargs, types, _, _, name, lib, fmt = TP.unpack_from(data, off)
        if nargs > 7:
            raise TraceError(f"{path}: tracepoint {i} has {nargs} arguments (at most 7)")
        codes = list(types[:nargs])
        name = elf.cstring(name)
        for c in codes:
            if c not in VALID_TYPES:
                raise TraceError(f"{path}: tracepoint {name}: unknown argument type {c:#04x}")
        tps.append(Tracepoint(i, name, elf.cstring(lib), elf.cstring(fmt), codes))
    return Schema(elf, tps)
