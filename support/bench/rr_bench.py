# SPDX-License-Identifier: BSD-3-Clause
"""The rr section of make bench (support/scripts/bench --only rr): what
recording costs, run-qemu --record against a plain TCG run of the same
image, how fast the recording replays (run-qemu --replay), and how many
bytes of replay log a second of the guest's run takes.

Two guests: the demo, timed from QEMU's start to its "demo ready" line
(then `halt 0` ends it), and a CPU-bound one (support/bench/threads `spin`:
two threads, 50 million xorshift rounds each), timed to its exit. The
guest's run time for the log rate is the timestamp of its "System halted"
line (its own clock: under icount, instructions). Medians of the runs,
plain, record and replay interleaved.
"""
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import threading
import time

HALTED = re.compile(rb"^\[\s*(\d+\.\d+)\] .*System halted", re.M)


def timed(cmd, line, stdin=b""):
    """Run @cmd; return (seconds to the first output line matching @line,
    seconds to its exit, its output)."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    threading.Thread(target=lambda: (p.stdin.write(stdin), p.stdin.close()),
                     daemon=True).start()
    out = b""
    seen = None
    for chunk in iter(lambda: p.stdout.read1(4096), b""):
        out += chunk
        if seen is None and re.search(line, out, re.M):
            seen = time.monotonic() - start
    p.wait(timeout=600)
    total = time.monotonic() - start
    if seen is None:
        raise RuntimeError(f"{' '.join(cmd)} never printed {line!r}:\n{out.decode()}")
    return seen, total, out


def guest_seconds(out):
    m = HALTED.search(out)
    if not m:
        raise RuntimeError(f"no 'System halted' line in:\n{out.decode()}")
    return float(m.group(1))


def measure(run_qemu, image, machine, args, line, stdin, runs):
    """Medians over @runs of (to @line, to exit) for plain, record and
    replay, and the log's bytes per second of guest time; @args go to the
    plain run and the recording."""
    base = [run_qemu, "--machine", machine, "--timeout", "300"] + args
    seen = {k: [] for k in ("plain", "record", "replay")}
    rates = []
    for _ in range(runs):
        folder = tempfile.mkdtemp(prefix="rr-bench-")
        try:
            seen["plain"].append(timed(base + ["--accel", "tcg", image], line, stdin)[:2])
            rec = timed(base + ["--record", folder, image], line, stdin)
            seen["record"].append(rec[:2])
            rates.append(os.path.getsize(os.path.join(folder, "log")) / guest_seconds(rec[2]))
            seen["replay"].append(timed([run_qemu, "--timeout", "300", "--replay", folder,
                                         image], line)[:2])
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    med = {k: (statistics.median(a for a, _ in v), statistics.median(b for _, b in v))
           for k, v in seen.items()}
    return med, statistics.median(rates)


def section(run_qemu, arches, images, runs):
    """Print the rr rows; @images(arch) gives (demo, spin) image paths and
    @arches maps an arch to its machines."""
    print(f"record/replay: wall seconds, medians of {runs} runs; ratios against the plain "
          "TCG run; log bytes per second of the guest's own time")
    print(f"{'arch':8} {'machine':8} {'guest':22} {'plain':>7} {'record':>7} {'ratio':>6} "
          f"{'replay':>7} {'ratio':>6} {'log B/s':>9}")
    for arch, machines in arches.items():
        demo, spin = images(arch)
        for machine in machines:
            rows = (("demo to 'demo ready'", demo, [], rb"demo ready", b"halt 0\n", 0),
                    ("spin, to its exit", spin, ["--append", "-- spin"], rb"System halted",
                     b"", 1))
            for name, image, args, line, stdin, col in rows:
                med, rate = measure(run_qemu, image, machine, args, line, stdin, runs)
                plain, rec, rep = (med[k][col] for k in ("plain", "record", "replay"))
                print(f"{arch:8} {machine:8} {name:22} {plain:7.3f} {rec:7.3f} "
                      f"{rec / plain:6.2f} {rep:7.3f} {rep / plain:6.2f} {rate:9.0f}")
