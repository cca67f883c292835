# SPDX-License-Identifier: BSD-3-Clause
"""The unwinder is exact: at 1,000 stops of tests/apps/unwind (breakpoints
at random instructions of the application and of kernel libraries,
prologues and epilogues weighted up, and interrupts at random moments), the
guest's call trace of the stop (`monitor unwind`) names the same
functions as gdb's DWARF-based one, in at least 99.5 % of the stops. The
test prints the rate and every disagreement. One gdb session per
architecture drives the stops (tests/unwind_sampler.py); the seed is
fixed.

Both traces are compared down to the outermost frame they share: a
thread's base (ukarch_ctx_trampoline) or the boot entry, and where the
guest crosses a trap frame ("-- interrupt --") gdb stops at the trap
entry; both at the guest's depth limit.
"""
import json
import os
import random
import re
import shutil
import subprocess
import tempfile
import time

import pytest

from conftest import ARCHES, TOP, app_path, build
from gdb_guest import GDB, Guest

STOPS = 1000
INTERRUPTS = 300           # Ctrl-C stops first, then breakpoints, then
                           # Ctrl-C again once the PCs are used up
MIN_BREAKPOINTS = 350
CANDIDATES = 1100          # breakpoint PCs
BATCH = 60                 # breakpoints set at once (the stub holds 64)
PATIENCE = 30              # stops a breakpoint may wait to be hit
HANG_S = 5                 # a stop not come by then never comes
MAX_HUNG = 8
MIN_AGREEMENT = 0.995
MAX_SKIPPED = CANDIDATES * 3 // 4
SAMPLER = os.path.join(TOP, "tests", "unwind_sampler.py")
SEED = 15
DEPTH = 24                 # CONFIG_LIBUKDEBUG_CRASH_TRACE_DEPTH's default
OPTIONS = {"LIBUKGDBSTUB": "y"}
MACHINE = {"x86_64": "microvm", "arm64": "virt"}  # a virtio-console channel
# Sources breakpoints may go in: not the stub's own path (its packet
# handling runs the C library, its thread views the scheduler's lookups),
# where a breakpoint would stop the stub itself.
BREAKABLE = re.compile(r"(tests/apps/unwind/|lib/uksched/(mutex|semaphore|condvar|waitq|sched|thread)\.c"
                       r"|lib/ukalloc/)")
# Functions that run only at the start, or never in this application, and
# the scheduler's lookups the stub's thread views call.
RUN_ONCE = re.compile(r"^(main|bench|bench_chain|.*init.*|.*region.*|.*availmem.*|.*peak.*"
                      r"|.*realloc.*|.*memalign.*|.*calloc.*|.*palloc.*|.*pfree.*"
                      r"|uk_pagealloc.*|.*_store.*|.*trylock.*|.*trydown.*"
                      r"|uk_thread_(first|next|find|current|state_name|stack_used_max|cpu_time_ns)"
                      r"|uk_sched_lock_to)$")
BASES = {"ukarch_ctx_trampoline", "start64", "_start"}
TRAP_ENTRY = {"trap_common", "x86_trap_stubs", "el1h_sync", "arm64_vectors"}


def functions(arch, image):
    """{(function name, address): [instruction addresses]} from the
    disassembly (static functions of different files share names)."""
    out = subprocess.run([ARCHES[arch].tool_prefix + "objdump", "-d", "--no-show-raw-insn",
                          image], capture_output=True, text=True, check=True).stdout
    funcs, cur = {}, None
    for line in out.splitlines():
        m = re.match(r"^([0-9a-f]+) <([^>]+)>:$", line)
        if m:
            cur = funcs.setdefault((m.group(2), int(m.group(1), 16)), [])
            continue
        m = re.match(r"^\s+([0-9a-f]+):\s+\S", line)
        if m and cur is not None:
            cur.append(int(m.group(1), 16))
    return funcs


def breakable(arch, image, funcs):
    """The functions whose source BREAKABLE accepts (addr2line)."""
    names = [n for n, a in funcs.items() if a]
    out = subprocess.run([ARCHES[arch].tool_prefix + "addr2line", "-e", image]
                         + [hex(funcs[n][0]) for n in names],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    return [n for n, where in zip(names, out)
            if BREAKABLE.search(where) and not RUN_ONCE.match(n[0])]


def candidates(funcs, names, rng):
    """CANDIDATES PCs: a random function, then a random instruction of it,
    the first three and the last three more often than the rest."""
    pcs = set()
    assert sum(len(funcs[n]) for n in names) > 3 * CANDIDATES // 2
    while len(pcs) < CANDIDATES:
        name = rng.choice(names)
        insns = funcs[name]
        r = rng.random()
        if r < 0.3:
            pc = rng.choice(insns[:3])
        elif r < 0.5:
            pc = rng.choice(insns[-3:])
        else:
            pc = rng.choice(insns)
        pcs.add(pc)
    out = sorted(pcs)
    rng.shuffle(out)
    return out


def guest_trace(text):
    """Function names of `monitor unwind`, down to the first trap crossing."""
    names = []
    for line in text.splitlines():
        if line.startswith("-- interrupt --"):
            break
        m = re.match(r"^\[[0-9a-f]{16}\] (\S+)\+0x[0-9a-f]+$", line)
        if m:
            names.append(m.group(1))
        elif line.startswith("[") and line.rstrip().endswith("?"):
            names.append("??")
    return names


def cut(names, stop_at=(), stop_before=()):
    out = []
    for n in names:
        if n in stop_before:
            break
        out.append(n)
        if n in stop_at:
            break
    return out


def normalize(n):
    """GCC's clones (foo.isra.0, foo.part.0) are foo to the debugger."""
    return n.split(".")[0]


def agree(gdb_names, guest_names):
    g = [normalize(n) for n in cut(gdb_names, BASES, TRAP_ENTRY)]
    s = [normalize(n) for n in cut(guest_names, BASES)]
    if len(s) >= DEPTH:
        g = g[:len(s)]
    return g == s


def sessions(img, arch, pcs):
    """Samples of gdb sessions (unwind_sampler.py) until STOPS are in. A
    session whose next stop does not come within HANG_S is ended (guest and
    gdb killed); the breakpoints it had set and not hit count as skipped,
    and a new session carries on with the PCs not yet tried. Return
    (samples, skipped PCs, sessions ended so, seconds)."""
    samples, skipped, hung = [], 0, 0
    start = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        pfile, rfile = os.path.join(tmp, "params.json"), os.path.join(tmp, "results.jsonl")
        while len(samples) < STOPS and hung <= MAX_HUNG:
            interrupts = max(INTERRUPTS - sum(s["kind"] == "int" for s in samples), 0)
            params = {"seed": SEED + hung, "pcs": pcs, "stops": STOPS - len(samples),
                      "interrupts": interrupts, "batch": BATCH, "patience": PATIENCE,
                      "wait_min": 0.005,
                      "wait_max": 0.1, "depth": 40}
            json.dump(params, open(pfile, "w"))
            open(rfile, "w").close()
            env = dict(os.environ, UNWIND_PARAMS=pfile, UNWIND_RESULTS=rfile)
            with Guest(img, wait=False, ready="unwind app running",
                       machine=MACHINE[arch]) as g:
                g.ready()
                gdb = subprocess.Popen(
                    [GDB, "-nx", "-batch", "-ex", "set confirm off",
                     "-ex", f"target remote 127.0.0.1:{g.port}",
                     "-ex", f"source {SAMPLER}", img.path],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
                seen, last = 0, time.monotonic()
                while gdb.poll() is None:
                    time.sleep(0.2)
                    n = sum(1 for _ in open(rfile))
                    if n != seen:
                        seen, last = n, time.monotonic()
                    elif time.monotonic() - last > HANG_S:
                        gdb.kill()
                        hung += 1
                gdb.wait()
            records = [json.loads(line) for line in open(rfile)]
            got = [r for r in records if "kind" in r]
            evicted = {r["skipped"] for r in records if "skipped" in r}
            armed = [r["armed"] for r in records if "armed" in r]
            samples += got
            hit = {s["pc"] for s in got}
            unhit = set(armed[-1]) - hit if armed else set()
            skipped += len(evicted) + len(unhit - evicted)
            tried = hit | evicted | unhit | set().union(*armed)
            pcs = [p for p in pcs if p not in tried]
    return samples[:STOPS], skipped, hung, time.monotonic() - start


def test_unwind_accuracy(arch):
    if not shutil.which(GDB):
        pytest.skip(f"{GDB} not installed")
    img = build(arch, OPTIONS, app=app_path("unwind"))
    rng = random.Random(SEED)
    funcs = functions(arch, img.path)
    names = breakable(arch, img.path, funcs)
    assert any(n == "recurse" for n, _ in names)
    assert any(n.startswith("uk_mutex") for n, _ in names)
    samples, skipped, hung, elapsed = sessions(img, arch, candidates(funcs, names, rng))
    bad = [s for s in samples if not agree(s["gdb"], guest_trace(s["guest"]))]
    kinds = {k: sum(s["kind"] == k for s in samples) for k in ("bp", "int")}
    rate = 1 - len(bad) / max(len(samples), 1)
    print(f"\n{arch}: {len(samples)} stops ({kinds['bp']} breakpoints, {kinds['int']} "
          f"interrupts), {skipped} breakpoints never hit, {hung} stops that never came, "
          f"agreement {100 * rate:.2f} % in {elapsed:.0f} s")
    for s in bad:
        print(f"  {s['kind']} at {s['pc']:#x} thread {s['thread']}:\n"
              f"    gdb:   {' <- '.join(s['gdb'])}\n"
              f"    guest: {' <- '.join(guest_trace(s['guest']))}\n"
              + "".join(f"      | {line}\n" for line in s["guest"].splitlines()))
    assert len(samples) == STOPS
    assert skipped <= MAX_SKIPPED and hung <= MAX_HUNG
    assert kinds["bp"] >= MIN_BREAKPOINTS and kinds["int"] >= INTERRUPTS
    assert rate >= MIN_AGREEMENT, f"{len(bad)} of {len(samples)} stops disagree"
