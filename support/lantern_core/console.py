# SPDX-License-Identifier: BSD-3-Clause
"""The core file from the console encoding of a dump (docs/crashdump.md):

    -----BEGIN LANTERN CORE size=<bytes> lines=<n> chunk=45-----
    LC <seq> <base64 of one chunk> <crc32 of the chunk, 8 hex>
    -----END LANTERN CORE crc=<crc32 of the whole file>-----

Only the last BEGIN block of a log counts. Between its lines a log may
hold anything: kernel messages, a shell prompt, the same line cut in
pieces by a terminal that wrapped it (a piece that does not end in a
valid CRC joins the next piece), a message printed into the middle of a
line. Every chunk is checked against its CRC and its place; what cannot
be rebuilt is named by sequence number, never guessed."""
import base64
import binascii
import re
import zlib

from . import CoreError

CHUNK = 45
MAX_SIZE = 1 << 32
BEGIN = re.compile(r"-----BEGIN LANTERN CORE size=(\d+) lines=(\d+) chunk=(\d+)-----")
END = re.compile(r"-----END LANTERN CORE crc=([0-9a-f]{8})-----")
LINE = re.compile(r"LC (\d+) ([A-Za-z0-9+/]+={0,2}) ([0-9a-f]{8})")
# What a line cut short can look like: its start, up to and with the CRC.
PREFIX = re.compile(r"L(C( (\d+( ([A-Za-z0-9+/]*={0,2}( [0-9a-f]{0,8})?)?)?)?)?)?")
SEQ = re.compile(r"LC (\d+) ")
LINE_START = re.compile(r"LC \d")
# A cut line's pieces and the messages between them, at most.
MAX_PIECES = 8


class Extract:
    """The result of reading a block: the header's size and line count,
    chunks[seq] (bytes) for every line that arrived intact, the set of
    damaged sequence numbers (missing() gives those never seen), whether
    the END line was there and the whole file's CRC it gives (None
    without it)."""

    def __init__(self, size, lines):
        self.size, self.lines = size, lines
        self.chunks = {}
        self.damaged = set()
        self.ended = False
        self.crc = None

    def missing(self):
        """The sequence numbers never seen, as (first, last) ranges."""
        out = []
        nxt = 0
        for seq in sorted(set(self.chunks) | self.damaged) + [self.lines]:
            if seq > nxt:
                out.append((nxt, seq - 1))
            nxt = seq + 1
        return out

    def chunk_len(self, seq):
        return min(CHUNK, self.size - seq * CHUNK)

    def data(self, fill=False):
        """The file's bytes; with @fill, gaps are zero bytes."""
        return b"".join(self.chunks.get(seq) or (bytes(self.chunk_len(seq)) if fill else b"")
                        for seq in range(self.lines))


def _parse(ex, text):
    """(seq, chunk) when @text is a whole line; chunk is None when its
    base64, length or CRC is wrong, seq None when its number has no place
    in the block. None when @text is not shaped like a whole line."""
    m = LINE.fullmatch(text)
    if not m:
        return None
    seq = int(m.group(1))
    if seq >= ex.lines:
        return None, None
    try:
        chunk = base64.b64decode(m.group(2), validate=True)
    except binascii.Error:
        return seq, None
    if len(chunk) != ex.chunk_len(seq) or "%08x" % zlib.crc32(chunk) != m.group(3):
        return seq, None
    return seq, chunk


def _keep(ex, seq, chunk):
    if chunk is not None:
        ex.chunks[seq] = chunk
        ex.damaged.discard(seq)
    elif seq is not None and seq not in ex.chunks:
        ex.damaged.add(seq)


def _complete(ex, lines, head, j, depth=0):
    """Make the line begun with @head whole from lines[j:]: each next line
    either continues it (up to where it stops fitting: a message printed
    into it) or is a message between its pieces. Return (index of the
    line after the last piece, chunk) or None. The CRC decides, so trying
    every way is safe; the search ends at the next line's start."""
    parsed = _parse(ex, head)
    if parsed and parsed[1] is not None:
        return j, parsed
    if parsed or depth == MAX_PIECES or j >= len(lines):
        return None
    line = lines[j]
    if LINE_START.match(line) or END.search(line):
        return None
    grown = PREFIX.match(head + line).group(0)
    if len(grown) > len(head):
        found = _complete(ex, lines, grown, j + 1, depth + 1)
        if found:
            return found
    return _complete(ex, lines, head, j + 1, depth + 1)


def read_block(lines, ex):
    """Feed the lines after BEGIN into @ex up to END."""
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        m = END.search(line)
        if m:
            ex.ended, ex.crc = True, int(m.group(1), 16)
            return
        m = LINE_START.search(line)
        if not m:
            continue  # a kernel message, a prompt, a piece of a lost line
        head = line[m.start():]
        parsed = _parse(ex, head.rstrip())
        if parsed is None:
            found = _complete(ex, lines, PREFIX.match(head).group(0), i)
            if found:
                i, parsed = found
            else:
                seq = SEQ.match(head)
                parsed = (int(seq.group(1)) if seq and int(seq.group(1)) < ex.lines
                          else None, None)
        _keep(ex, *parsed)


def _join_markers(lines):
    """@lines with a BEGIN or END line that a terminal wrapped made whole
    again (the dashes start it; it spans at most four pieces)."""
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if "-" in line and not (BEGIN.search(line) or END.search(line)):
            for k in range(1, 4):
                joined = "".join(lines[i - 1:i + k])
                m = BEGIN.search(joined) or END.search(joined)
                if m and m.start() < len(line) and m.end() > len(line):
                    line = joined
                    i += k
                    break
        out.append(line)
    return out


def extract(text):
    """The Extract of the last dump in the console log @text (str)."""
    lines = _join_markers(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    start = None
    for i, line in enumerate(lines):
        if BEGIN.search(line):
            start = i
    if start is None:
        raise CoreError("no crash dump in the log (no -----BEGIN LANTERN CORE line)")
    size, count, chunk = (int(x) for x in BEGIN.search(lines[start]).groups())
    if chunk != CHUNK:
        raise CoreError(f"the dump's chunks are {chunk} bytes, this tool reads {CHUNK}")
    if count != (size + CHUNK - 1) // CHUNK:
        raise CoreError(f"the BEGIN line is inconsistent: {size} bytes do not make "
                        f"{count} lines of {CHUNK} bytes")
    if size > MAX_SIZE:
        raise CoreError(f"the BEGIN line claims {size} bytes, more than a guest's "
                        f"dump can be ({MAX_SIZE})")
    ex = Extract(size, count)
    read_block(lines[start + 1:], ex)
    return ex


def ranges(seqs):
    """[(3, 3), (7, 9)] for {3, 7, 8, 9}."""
    out = []
    for s in sorted(seqs):
        if out and out[-1][1] == s - 1:
            out[-1][1] = s
        else:
            out.append([s, s])
    return [tuple(r) for r in out]


def spell(rngs):
    """"3, 7-9" for [(3, 3), (7, 9)]."""
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in rngs)


def problems(ex):
    """What is wrong with @ex, one string per problem ([] when the core
    is whole and its CRC matches)."""
    out = []
    missing = ex.missing()
    if missing:
        n = sum(b - a + 1 for a, b in missing)
        out.append(f"{n} of {ex.lines} lines missing (seq {spell(missing)})")
    if ex.damaged:
        out.append(f"{len(ex.damaged)} of {ex.lines} lines damaged "
                   f"(seq {spell(ranges(ex.damaged))})")
    if not ex.ended:
        out.append("no END line: the log ends inside the dump")
    if not out and zlib.crc32(ex.data()) != ex.crc:
        out.append(f"the whole file's CRC is {zlib.crc32(ex.data()):08x}, "
                   f"the END line says {ex.crc:08x}")
    return out


def encode(core):
    """The console encoding of @core (bytes), as the guest prints it: the
    reference for tests and the fuzzer."""
    n = (len(core) + CHUNK - 1) // CHUNK
    out = [f"-----BEGIN LANTERN CORE size={len(core)} lines={n} chunk={CHUNK}-----"]
    for seq in range(n):
        chunk = core[seq * CHUNK:(seq + 1) * CHUNK]
        out.append(f"LC {seq} {base64.b64encode(chunk).decode()} {zlib.crc32(chunk):08x}")
    out.append(f"-----END LANTERN CORE crc={zlib.crc32(core):08x}-----")
    return "\n".join(out) + "\n"
