# SPDX-License-Identifier: BSD-3-Clause
"""Synthetic crash dumps built from the contract (docs/crashdump.md), for
the host-only tests of support/lantern-core and its fuzzer: an ELF core
with the notes a guest writes (NT_PRSTATUS per thread, NT_FPREGSET,
NT_PRPSINFO, the build-id, the LANTERN notes) and memory segments, an
image carrying a build-id, and damaged console logs of a core."""
import random
import struct

ARCH = {"x86_64": (62, 27, 16), "arm64": (183, 34, 32)}  # e_machine, registers, PC index
BUILD_ID = bytes(range(0x10, 0x24))
DMESG = "".join(f"[    0.{i:06d}] Info: [ukboot] message {i}\n" for i in range(30))
STORE = "ukdebug/trace/events = 12\nuksched/threads = 2\nlibkvmplat/uptime_ns = 1234\n"


def note(name, ntype, desc):
    name = name.encode() + b"\0"
    pad = lambda b: b + bytes(-len(b) % 4)  # noqa: E731
    return struct.pack("<III", len(name), len(desc), ntype) + pad(name) + pad(desc)


def prstatus(arch, tid, regs):
    nregs = ARCH[arch][1]
    values = [regs.get(i, 0) for i in range(nregs)]
    d = bytearray(112) + struct.pack(f"<{nregs}Q", *values) + bytes(8)
    struct.pack_into("<i", d, 32, tid)
    return bytes(d)


def core(arch="x86_64", threads=((1, 0x101234, 0x7ff000), (2, 0x105678, 0x6ff000)),
         segments=((0x200000, b"\xaa" * 300), (0x7fe000, bytes(range(256)) * 16)),
         reason="page fault at 0x0 (read, not present)", build_id=BUILD_ID,
         trace=None, dmesg=DMESG, store=STORE):
    """The bytes of a core: @threads as (tid, pc, sp), @segments as
    (vaddr, bytes)."""
    machine, _, pc_index = ARCH[arch]
    sp_index = 19 if arch == "x86_64" else 31
    notes = b""
    for tid, pc, sp in threads:
        notes += note("CORE", 1, prstatus(arch, tid, {pc_index: pc, sp_index: sp}))
        notes += note("CORE", 2, bytes(512 if arch == "x86_64" else 528))
    psinfo = bytearray(136)
    psinfo[40:40 + 4] = b"demo"
    notes += note("CORE", 3, bytes(psinfo))
    notes += note("GNU", 3, build_id)
    info = (f"reason={reason}\nuptime_ns=1500000001\narch={arch}\napp=demo\n"
            f"threads={len(threads)}\nbuild_id={build_id.hex()}\n")
    notes += note("LANTERN", 0x4c540001, info.encode())
    notes += note("LANTERN", 0x4c540002, dmesg.encode())
    if trace is not None:
        notes += note("LANTERN", 0x4c540003, trace)
    notes += note("LANTERN", 0x4c540004, store.encode())
    phnum = 1 + len(segments)
    off = 64 + 56 * phnum
    phdrs = struct.pack("<IIQQQQQQ", 4, 4, off, 0, 0, len(notes), 0, 4)
    body = notes
    for vaddr, data in segments:
        phdrs += struct.pack("<IIQQQQQQ", 1, 6, off + len(body), vaddr, vaddr, len(data),
                             len(data), 1)
        body += data
    ident = b"\x7fELF\x02\x01\x01" + bytes(9)
    ehdr = struct.pack("<16sHHIQQQIHHHHHH", ident, 4, machine, 1, 0, 64, 0, 0, 64, 56,
                       phnum, 64, 0, 0)
    return ehdr + phdrs + body


def image(path, arch="x86_64", build_id=BUILD_ID, segment=True):
    """Write at @path an executable ELF whose only content is its build-id
    note: in a PT_NOTE segment, or (not @segment) only in a note section,
    as Lantern's link places it (inside a PT_LOAD; its PT_NOTE holds the
    PVH entry note)."""
    gnu = note("GNU", 3, build_id)
    xen = b"" if segment else note("Xen", 18, struct.pack("<Q", 0x100020))
    body = xen + gnu
    phdrs = struct.pack("<IIQQQQQQ", 4, 4, 120, 0x100000, 0x100000, len(xen or gnu),
                        len(xen or gnu), 4)
    shoff = 120 + len(body)
    shdrs = bytes(64) + struct.pack("<IIQQQQIIQQ", 0, 7, 2, 0x100000 + len(xen),
                                    120 + len(xen), len(gnu), 0, 0, 4, 0)
    ident = b"\x7fELF\x02\x01\x01" + bytes(9)
    ehdr = struct.pack("<16sHHIQQQIHHHHHH", ident, 2, ARCH[arch][0], 1, 0x100000, 64, shoff,
                       0, 64, 56, 1, 64, 2, 0)
    with open(path, "wb") as f:
        f.write(ehdr + phdrs + body + shdrs)
    return str(path)


def wrap(text, width):
    """@text as a terminal @width columns wide leaves it in a log."""
    out = []
    for line in text.split("\n"):
        out += [line[i:i + width] for i in range(0, len(line), width)] or [""]
    return "\n".join(out)


def noisy(text, seed=1, every=7):
    """@text with a kernel message between about every @every lines, and
    one printed into the middle of a line."""
    rng = random.Random(seed)
    out = []
    for i, line in enumerate(text.split("\n")):
        if line.startswith("LC ") and i % every == 3:
            cut = rng.randrange(5, len(line))
            out += [line[:cut] + "[    2.000100] Warn: [uksched] late timer", line[cut:]]
            continue
        out.append(line)
        if rng.randrange(every) == 0:
            out.append(f"[    2.{i:06d}] Info: [ukdebug] tick {i}")
    return "\n".join(out)


def pvh_guest(path, code):
    """Write at @path an x86_64 ELF that QEMU enters through PVH (32-bit
    protected mode, paging off) at @code: a stand-in guest for run-qemu's
    own tests."""
    base, entry = 0x100000, 0x100100
    xen = struct.pack("<III", 4, 8, 18) + b"Xen\0" + struct.pack("<Q", entry)
    body = bytearray(0x200)
    body[:64] = struct.pack("<16sHHIQQQIHHHHHH", b"\x7fELF\x02\x01\x01" + bytes(9), 2, 62,
                            1, entry, 64, 0, 0, 64, 56, 2, 64, 0, 0)
    body[64:120] = struct.pack("<IIQQQQQQ", 1, 5, 0, base, base, len(body), len(body),
                               0x1000)
    body[120:176] = struct.pack("<IIQQQQQQ", 4, 4, 0xc0, base + 0xc0, base + 0xc0,
                                len(xen), len(xen), 4)
    body[0xc0:0xc0 + len(xen)] = xen
    body[0x100:0x100 + len(code)] = code
    with open(path, "wb") as f:
        f.write(bytes(body))
    return str(path)


# mov dx, 0x505; mov al, 1; out dx, al (PVPANIC_PANICKED); then hlt forever
PANIC_CODE = bytes.fromhex("66ba0505b001ee" "f4ebfd")
# mov dx, 0xf4; mov al, 0; out dx, al: isa-debug-exit, status 0
EXIT_CODE = bytes.fromhex("66baf400b000ee" "f4ebfd")
