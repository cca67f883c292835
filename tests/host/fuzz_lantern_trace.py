#!/usr/bin/python3
# SPDX-License-Identifier: BSD-3-Clause
"""Mutation fuzzer of support/lantern-trace's readers (the parser is
Python, so libFuzzer cannot drive it): raw dumps, console logs and ring
buffers read from a guest, against a synthetic image (tests/trace_synth.py).

usage: fuzz_lantern_trace.py [SECONDS] [CORPUS-DIR]

Every input must end in a valid parse (then the text, CTF and JSON
writers run on it too) or a TraceError; anything else is a bug: the
input is saved as CORPUS-DIR/../fuzz/fuzz_lantern_trace-crash and the
traceback printed, exit status 1. Mutations: bit flips, interesting
bytes, truncations, random lengths, splices of two inputs, header fields
set to edge values, most of them with the CRC, sizes and count fixed up
afterwards so that the event decoder is reached. Guided by coverage:
an input that reaches a new line pair of the readers joins the corpus
(kept in CORPUS-DIR between runs). Deterministic for a seed
(FUZZ_SEED, default 1); SECONDS defaults to FUZZ_SECONDS or 10. Ends
with libFuzzer's stat lines, which tests/host/run-fuzz tabulates.
"""
import os
import random
import struct
import sys
import tempfile
import time
import traceback
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [os.path.join(TOP, "support"), os.path.join(TOP, "tests")]

import trace_synth  # noqa: E402
from lantern_trace import TraceError, chrome, ctf, dump, schema, text  # noqa: E402

PKG = os.path.join(TOP, "support", "lantern_trace")
INTERESTING = [0, 1, 7, 8, 15, 16, 0x7f, 0x80, 0xfe, 0xff]
INTERESTING64 = [0, 1, 8, 16, 48, 64, 0x7fffffff, 0xffffffff, 0xffff, 1 << 63, (1 << 64) - 1]


def seeds():
    recs = trace_synth.sample_records()
    blob = trace_synth.blob(recs)
    return [blob, trace_synth.blob([]), trace_synth.blob(recs[:1]),
            trace_synth.blob(recs[2:4], overwritten=9),
            b"C" + trace_synth.console(blob, {1: "[    1.0] Info: hello"}).encode(),
            b"R" + trace_synth.ring(recs)]


def fix_up(data):
    """Make the header's sizes, count and CRC agree with the payload, so
    that mutations reach the event decoder."""
    if len(data) < 64 or not data.startswith(b"UKTRDMP"):
        return data
    payload = data[64:]
    count = 0
    off = 0
    while off + 16 <= len(payload):
        size = struct.unpack_from("<H", payload, off + 14)[0]
        if size < 16:
            break
        count, off = count + 1, off + size
    hdr = bytearray(data[:64])
    struct.pack_into("<QQ", hdr, 32, count, len(payload))
    struct.pack_into("<I", hdr, 56, zlib.crc32(payload))
    return bytes(hdr) + payload


def mutate(rng, data, corpus):
    data = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(8)
        if op == 0 and data:
            i = rng.randrange(len(data) * 8)
            data[i // 8] ^= 1 << (i % 8)
        elif op == 1 and data:
            data[rng.randrange(len(data))] = rng.choice(INTERESTING)
        elif op == 2 and len(data) >= 8:
            i = rng.randrange(len(data) - 7) & ~7
            data[i:i + 8] = struct.pack("<Q", rng.choice(INTERESTING64))
        elif op == 3 and data:
            del data[rng.randrange(len(data)):]
        elif op == 4:
            data += bytes(rng.randrange(256) for _ in range(rng.randrange(1, 64)))
        elif op == 5:
            other = rng.choice(corpus)
            i, j = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
            data = data[:i] + other[j:]
        elif op == 6 and len(data) > 80:
            # a 16-bit field of an event header: id or size
            i = 64 + (rng.randrange(len(data) - 80) & ~7) + rng.choice((12, 14))
            data[i:i + 2] = struct.pack("<H", rng.choice([0, 8, 16, 24, 0xfff8, 0xffff,
                                                          rng.randrange(6)]))
        elif op == 7 and len(data) > 1:
            i, j = sorted(rng.randrange(len(data)) for _ in range(2))
            data[i:i] = data[i:j]
    data = bytes(data)
    return fix_up(data) if rng.random() < 0.7 else data


def run_one(tps, data):
    """Parse @data (a blob; 'C' + console text; 'R' + ring and buffer)
    and write it every way; TraceError is a clean end."""
    try:
        if data[:1] == b"C":
            blob = dump.blob_from_console(data[1:].decode("latin-1"))
        elif data[:1] == b"R":
            ring, buf = data[1:49], data[49:]
            if len(ring) < 48:
                raise TraceError("short ring")

            def read(off, n):
                if off + n > len(buf):
                    raise TraceError("read past the buffer")
                return buf[off:off + n]
            blob = dump.blob_from_ring(tps, ring, read, len(buf))
        else:
            blob = dump.blob_from_file(data)
        trace = dump.parse_blob(tps, blob)
    except TraceError:
        return "error"
    for ev in trace.events:
        text.event_line(ev)
    ctf.metadata(tps, trace)
    ctf.stream(trace)
    chrome.events(trace)
    return "ok"


class Coverage:
    """Line pairs of the package's code reached by one input."""

    def __init__(self):
        self.seen = set()
        self.now = set()

    def _local(self, frame, event, arg):
        if event == "line":
            key = (frame.f_code, frame.f_lineno)
            self.now.add((self.prev, key))
            self.prev = key
        return self._local

    def _global(self, frame, event, arg):
        if frame.f_code.co_filename.startswith(PKG):
            self.prev = None
            return self._local
        return None

    def run(self, fn, *args):
        self.now = set()
        sys.settrace(self._global)
        try:
            return fn(*args)
        finally:
            sys.settrace(None)

    def novel(self):
        new = self.now - self.seen
        self.seen |= new
        return bool(new)


def fuzz(name, expected, corpus, mutate, run_one, cov):
    """The loop of a Python fuzzer (make fuzz runs it as it runs
    libFuzzer's): @corpus's inputs, then mutations of the inputs that
    reached new line pairs, until FUZZ_SECONDS (argv[1]); argv[2] is a
    corpus folder, read and added to. @run_one(data) returns "ok" or
    "error"; any other exception (not the @expected error) is a crash,
    its input saved. @cov (a Coverage) decides what is new. Return the
    exit status."""
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else \
        float(os.environ.get("FUZZ_SECONDS", 10))
    corpus_dir = sys.argv[2] if len(sys.argv) > 2 else None
    rng = random.Random(int(os.environ.get("FUZZ_SEED", 1)))
    if corpus_dir:
        os.makedirs(corpus_dir, exist_ok=True)
        for entry in sorted(os.listdir(corpus_dir)):
            with open(os.path.join(corpus_dir, entry), "rb") as f:
                corpus.append(f.read())
    outcomes = {"ok": 0, "error": 0}
    execs = 0
    start = time.monotonic()
    cpu = time.process_time()
    queue = list(corpus)
    while queue or time.monotonic() - start < seconds:
        data = queue.pop() if queue else mutate(rng, rng.choice(corpus), corpus)
        try:
            outcomes[cov.run(run_one, data)] += 1
        except Exception:
            traceback.print_exc()
            where = os.path.join(os.path.dirname(corpus_dir) if corpus_dir else
                                 os.path.join(HERE, "build"), "fuzz")
            os.makedirs(where, exist_ok=True)
            path = os.path.join(where, f"{name}-crash")
            with open(path, "wb") as f:
                f.write(data)
            print(f"==ERROR: {name}: not a {expected}; input saved in {path}")
            return 1
        execs += 1
        if cov.novel() and data not in corpus:
            corpus.append(data)
            if corpus_dir:
                with open(os.path.join(corpus_dir, "%08x" % zlib.crc32(data)), "wb") as f:
                    f.write(data)
    wall = time.monotonic() - start
    print(f"#{execs} DONE cov: {len({k for pair in cov.seen for k in pair if k})} "
          f"ft: {len(cov.seen)} corp: {len(corpus)} ok: {outcomes['ok']} "
          f"errors: {outcomes['error']}")
    print(f"stat::number_of_executed_units: {execs}")
    print(f"stat::average_exec_per_sec: {round(execs / wall) if wall else 0}")
    print(f"stat::cpu_seconds: {time.process_time() - cpu:.1f}")
    return 0


def main():
    with tempfile.TemporaryDirectory() as tmp:
        tps = schema.load(trace_synth.image(os.path.join(tmp, "image")))
    return fuzz("fuzz_lantern_trace", "TraceError", seeds(), mutate,
                lambda data: run_one(tps, data), Coverage())


if __name__ == "__main__":
    sys.exit(main())
