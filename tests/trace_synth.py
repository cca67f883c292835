# SPDX-License-Identifier: BSD-3-Clause
"""Synthetic tracing images and raw dumps built from the binary contract
(docs/tracing.md), for the host-only tests of support/lantern-trace and
its fuzzer: an ELF file whose `.uk_trace` section describes given
tracepoints, and dumps of given events, without booting anything."""
import base64
import struct
import zlib

BASE = 0x400000
TYPES = {"u8": 0x01, "u16": 0x02, "u32": 0x04, "u64": 0x08, "s8": 0x11, "s16": 0x12,
         "s32": 0x14, "s64": 0x18, "ptr": 0x28, "str": 0x30}

# name, library, format, argument types: shapes like the kernel's own, and
# formats without argument names ("%s", "prev=%lu %s")
TRACEPOINTS = [
    ("alloc_malloc", "nolibc", "size=%zu ptr=%p caller=%p", ["u64", "ptr", "ptr"]),
    ("alloc_free", "nolibc", "ptr=%p caller=%p", ["ptr", "ptr"]),
    ("shell_cmd", "ukshell", "%s", ["str"]),
    ("app_mixed", "app", "a=%d b=%-5hhd c=%#x d=%08lX e=%+i f=%o g=%c s=%.3s",
     ["s32", "s8", "u16", "u64", "s64", "u32", "u8"]),
    ("app_none", "app", "", []),
    ("thread_switch", "uksched", "prev=%lu %s next=%lu %s", ["u64", "str", "u64", "str"]),
    ("plat_irq", "libkvmplat", "line=%u", ["u32"]),
    ("alloc_calloc", "nolibc", "n=%zu size=%zu ptr=%p caller=%p", ["u64", "u64", "ptr", "ptr"]),
    ("alloc_realloc", "nolibc", "old=%p size=%zu ptr=%p caller=%p", ["ptr", "u64", "ptr", "ptr"]),
    ("plat_trap", "libkvmplat", "%s pc=%#lx", ["str", "u64"]),
    ("thread_exit", "uksched", "%lu %s", ["u64", "str"]),
]


def image(path, tracepoints=TRACEPOINTS, magic=b"UKTRACE\0", version=1, tp_size=48,
          with_section=True):
    """Write an ELF64 image at @path whose .uk_trace section describes
    @tracepoints (name, lib, fmt, type names)."""
    strings = bytearray()
    ptrs = []

    def add(s):
        ptrs.append(len(strings))
        strings.extend(s.encode() + b"\0")

    for name, lib, fmt, _ in tracepoints:
        add(name), add(lib), add(fmt)
    table_addr = BASE
    table = bytearray(struct.pack("<8sII", magic, version, tp_size))
    str_addr = table_addr + 16 + 48 * len(tracepoints)
    for i, (_, _, _, types) in enumerate(tracepoints):
        codes = bytes(TYPES[t] for t in types).ljust(7, b"\0")
        name, lib, fmt = (str_addr + p for p in ptrs[3 * i:3 * i + 3])
        table += struct.pack("<BB7s7sQQQQ", 1, len(types), codes, b"", 0, name, lib, fmt)
    load = bytes(table) + bytes(strings)
    shstr = b"\0.uk_trace\0.rodata\0.shstrtab\0"
    phoff, dataoff = 64, 64 + 56
    shoff = dataoff + len(load) + len(shstr)
    shoff += -shoff % 8
    sections = [(0, 0, 0, 0, 0)]
    if with_section:
        sections.append((1, 1, table_addr, dataoff, len(table)))
    sections.append((11, 1, str_addr, dataoff + len(table), len(strings)))
    sections.append((19, 3, 0, dataoff + len(load), len(shstr)))
    ehdr = struct.pack("<16sHHIQQQIHHHHHH", b"\x7fELF\x02\x01\x01".ljust(16, b"\0"), 2, 62, 1,
                       BASE, phoff, shoff, 0, 64, 56, 1, 64, len(sections), len(sections) - 1)
    phdr = struct.pack("<IIQQQQQQ", 1, 6, dataoff, table_addr, table_addr, len(load),
                       len(load), 0x1000)
    body = ehdr + phdr + load + shstr
    body += b"\0" * (shoff - len(body))
    for name, typ, addr, off, size in sections:
        body += struct.pack("<IIQQQQIIQQ", name, typ, 3 if typ == 1 else 0, addr, off, size,
                            0, 0, 8, 0)
    with open(path, "wb") as f:
        f.write(body)
    return path


def record(tp_id, ts, tid, args, tracepoints=TRACEPOINTS):
    """The bytes of one event record of tracepoint @tp_id with @args."""
    out = bytearray()
    for t, v in zip(tracepoints[tp_id][3], args):
        if t == "str":
            if v is None:
                out += struct.pack("<H", 0xffff).ljust(8, b"\0")
            else:
                slot = struct.pack("<H", len(v)) + v
                out += slot + b"\0" * (-len(slot) % 8)
        else:
            out += struct.pack("<q" if t.startswith("s") else "<Q", v)
    return struct.pack("<QIHH", ts, tid, tp_id, 16 + len(out)) + out


def blob(records, recorded=None, overwritten=0, now_ns=None, tp_count=None, version=1,
         crc=None, count=None):
    """A raw dump of @records (bytes each), header fields overridable."""
    payload = b"".join(records)
    return struct.pack("<8sIIQQQQQII", b"UKTRDMP\0", version, 64,
                       len(records) + overwritten if recorded is None else recorded,
                       overwritten, len(records) if count is None else count, len(payload),
                       now_ns or 0, zlib.crc32(payload) if crc is None else crc,
                       len(TRACEPOINTS) if tp_count is None else tp_count) + payload


def ring(records, size=1024, start=48):
    """uk_trace_ring (48 bytes) and a uk_trace_buf of @size bytes holding
    @records, written as the guest does from @start bytes before the end:
    a padding record where the next one does not fit (or 8 bytes
    skipped), then on from 0."""
    buf = bytearray(size)
    pos = size - start
    used = 0
    for r in records:
        if size - pos < len(r):
            if size - pos >= 16:
                buf[pos:pos + 16] = struct.pack("<QIHH", 0, 0, 0xffff, size - pos)
            used += size - pos
            pos = 0
        buf[pos:pos + len(r)] = r
        pos, used = pos + len(r), used + len(r)
    state = struct.pack("<QQQQQII", pos % size, size - start, used, len(records), 0, size, 1)
    return state + bytes(buf)


def console(data, noise=()):
    """@data as `trace dump --raw` prints it: base64 lines of 76 between
    BEGIN/END; @noise maps line indexes to kernel messages put before them."""
    text = base64.b64encode(data).decode()
    lines = [text[i:i + 76] for i in range(0, len(text), 76)]
    noise = dict(noise)
    out = ["-----BEGIN LANTERN TRACE-----"]
    for i, line in enumerate(lines):
        if i in noise:
            out.append(noise[i])
        out.append(line)
    out.append("-----END LANTERN TRACE-----")
    return "\n".join(out) + "\n"


def sample_records():
    """Events of the sample tracepoints, with known arguments: two threads
    switching, the heap growing and shrinking, an interrupt and a trap."""
    return [
        record(0, 1_204_311_873, 1, [64, 0x40123450, 0x101234]),
        record(2, 1_300_000_000, 1, [b"trace"]),
        record(5, 1_400_000_000, 1, [1, b"main", 2, b"worker"]),
        record(3, 2_000_000_001, 2, [-5, -1, 0xbeef, 0xabc, 7, 8, ord("Z")]),
        record(6, 2_050_000_000, 2, [4]),
        record(7, 2_060_000_000, 2, [4, 16, 0x40200000, 0x101300]),
        record(2, 2_100_000_000, 2, [None]),
        record(8, 2_200_000_000, 2, [0x40200000, 100, 0x40300000, 0x101400]),
        record(5, 2_500_000_000, 2, [2, b"worker", 1, b"main"]),
        record(1, 3_000_000_000, 1, [0x40123450, 0x101240]),
        record(9, 3_100_000_000, 1, [b"page fault", 0xffff800000001000]),
        record(4, 12_345_678_901_234, 0, []),
    ]
