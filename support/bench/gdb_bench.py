# SPDX-License-Identifier: BSD-3-Clause
"""Timed gdb commands for make bench (support/scripts/bench), sourced into
gdb-multiarch connected to a stopped guest, the in-guest stub or QEMU's.

Each command prints one line, "bench NAME COUNT T0 T1", with T0 and T1
from time.monotonic(): the same clock as the bench script's, which thus
can tell which bytes its relay saw during a measurement.

  bench-stepi N              N single instruction steps
  bench-regs N               N register reads, each a round trip
  bench-allregs N            N `info all-registers`, each from an empty
                             register cache (system registers included)
  bench-dump FILE EXPR LEN   dump LEN bytes at address EXPR into FILE
  bench-threads              `info threads` once; the count is its threads
"""
import time

import gdb


def quiet(cmd):
    gdb.execute(cmd, to_string=True)


def stepi(argv):
    n = int(argv[0])
    for _ in range(n):
        quiet("stepi")
    return n


def regs(argv):
    n = int(argv[0])
    # Without the flush gdb would answer from its register cache.
    for _ in range(n):
        quiet("maintenance flush register-cache")
        quiet("p $pc")
    return n


def allregs(argv):
    n = int(argv[0])
    for _ in range(n):
        quiet("maintenance flush register-cache")
        quiet("info all-registers")
    return n


def dump(argv):
    path, expr, length = argv[0], argv[1], int(argv[2], 0)
    start = int(gdb.parse_and_eval(expr))
    quiet(f"dump binary memory {path} {start:#x} {start + length:#x}")
    return length


def threads(argv):
    out = gdb.execute("info threads", to_string=True)
    return sum(1 for line in out.splitlines() if " Thread " in line)


class Timed(gdb.Command):
    """bench-NAME: run measure(argv), which returns its count, and time it."""

    def __init__(self, name, measure):
        super().__init__("bench-" + name, gdb.COMMAND_USER)
        self.name = name
        self.measure = measure

    def invoke(self, arg, from_tty):
        t0 = time.monotonic()
        count = self.measure(gdb.string_to_argv(arg))
        t1 = time.monotonic()
        print(f"bench {self.name} {count} {t0:.6f} {t1:.6f}")


Timed("stepi", stepi)
Timed("regs", regs)
Timed("allregs", allregs)
Timed("dump", dump)
Timed("threads", threads)
