#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Mutation fuzzer of support/lantern-core's readers (Python, so
libFuzzer cannot drive them): console logs of a dump ('L' + text) and
core files ('C' + bytes), from synthetic cores (tests/core_synth.py).

usage: fuzz_lantern_core.py [SECONDS] [CORPUS-DIR]

A log must end in a CoreError or an Extract; when the extractor reports
no problem, the core it rebuilt must be one of the cores the seeds were
made of, byte for byte (a damaged log accepted silently is the bug this
looks for). A core must end in a CoreError or in `info`'s text. Anything
else is a bug: the input is saved as CORPUS-DIR/../fuzz/
fuzz_lantern_core-crash and the traceback printed, exit status 1.
Mutations of logs work on lines as a console damages them: lines lost,
repeated, swapped, cut by a terminal at a random width, a character
changed, kernel messages between or inside lines, the log cut short;
of cores: bit flips, interesting bytes and 64-bit fields, truncations,
splices. Guided by coverage: an input reaching a new pair of lines of
lantern_core joins the corpus (kept in CORPUS-DIR between runs).
Deterministic for a seed (FUZZ_SEED, default 1); SECONDS defaults to
FUZZ_SECONDS or 10. Ends with libFuzzer's stat lines, which
tests/host/run-fuzz tabulates.
"""
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [HERE, os.path.join(TOP, "support"), os.path.join(TOP, "tests")]

import core_synth  # noqa: E402
import fuzz_lantern_trace  # noqa: E402
import trace_synth  # noqa: E402
from lantern_core import CoreError, console, elfcore, info  # noqa: E402

PKG = os.path.join(TOP, "support", "lantern_core")
CORES = [core_synth.core(), core_synth.core("arm64", trace=trace_synth.blob(
    trace_synth.sample_records())), core_synth.core(segments=(), threads=((7, 1, 2),))]
MESSAGES = ["[    3.141592] Warn: [uksched] late timer", "lantern$ ", "", "LC 3",
            "-----END LANTERN CORE crc=00000000-----", "\x1b[0m", "LC 99999999999 AAAA 00000000"]
INTERESTING64 = [0, 1, 0x38, 0x40, 0x7fffffff, 0xffffffff, 1 << 63, (1 << 64) - 1]


def seeds():
    logs = [console.encode(c) for c in CORES]
    return ([b"L" + log.encode() for log in logs] +
            [b"L" + core_synth.wrap(core_synth.noisy(logs[0]), 37).encode(),
             b"L" + ("garbage\n" + logs[1] + logs[2]).encode()] +
            [b"C" + c for c in CORES])


def mutate_log(rng, text, corpus):
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        if not lines:  # the last line deleted
            lines = [""]
        op = rng.randrange(9)
        i = rng.randrange(len(lines))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[rng.randrange(len(lines))])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3 and lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + chr(rng.randrange(32, 127)) + lines[i][k + 1:]
        elif op == 4:
            lines.insert(i, rng.choice(MESSAGES))
        elif op == 5 and lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i:i + 1] = [lines[i][:k] + rng.choice(MESSAGES), lines[i][k:]]
        elif op == 6:
            lines = core_synth.wrap("\n".join(lines), rng.randrange(2, 90)).split("\n")
        elif op == 7:
            del lines[i:]
            lines = lines or [""]
        elif op == 8:
            other = rng.choice(corpus)
            if other[:1] == b"L":
                lines += other[1:].decode("latin-1").split("\n")[rng.randrange(4):]
    return "\n".join(lines)


def mutate_core(rng, data, corpus):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(5)
        if op == 0 and data:
            i = rng.randrange(len(data) * 8)
            data[i // 8] ^= 1 << (i % 8)
        elif op == 1 and len(data) >= 8:
            # header and program header fields are 8-byte aligned here
            i = rng.randrange(min(len(data), 512) - 7) & ~3
            data[i:i + 8] = struct.pack("<Q", rng.choice(INTERESTING64))
        elif op == 2 and data:
            del data[rng.randrange(len(data)):]
        elif op == 3 and data:
            data[rng.randrange(len(data))] = rng.choice((0, 1, 3, 4, 0x7f, 0xff))
        elif op == 4:
            other = rng.choice(corpus)[1:]
            i, j = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
            data = data[:i] + other[j:]
    return bytes(data)


def mutate(rng, data, corpus):
    if data[:1] == b"L":
        return b"L" + mutate_log(rng, data[1:].decode("latin-1"), corpus).encode("latin-1")
    return b"C" + mutate_core(rng, data[1:], corpus)


def run_one(data):
    """Read @data every way; a CoreError is a clean end."""
    try:
        if data[:1] == b"L":
            ex = console.extract(data[1:].decode("latin-1"))
            if not console.problems(ex) and ex.data() not in CORES:
                raise AssertionError("a damaged log was accepted without a word")
            ex.data(fill=True)
            return "ok"
        core = elfcore.Core(data[1:], "fuzz")
        core.threads()
        info.describe(core)
    except CoreError:
        return "error"
    return "ok"


class Coverage(fuzz_lantern_trace.Coverage):
    """Line pairs of lantern_core's code reached by one input."""

    def _global(self, frame, event, arg):
        if frame.f_code.co_filename.startswith(PKG):
            self.prev = None
            return self._local
        return None


def main():
    return fuzz_lantern_trace.fuzz("fuzz_lantern_core", "CoreError", seeds(), mutate,
                                   run_one, Coverage())


if __name__ == "__main__":
    sys.exit(main())
