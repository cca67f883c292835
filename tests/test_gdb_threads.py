# SPDX-License-Identifier: BSD-3-Clause
"""The GDB stub sees the scheduler's threads: gdb-multiarch and LLDB
against tests/apps/gdbthreads (named threads, each blocked or busy in a
function of its own), on both architectures; and the `uk-threads` gdb
command through QEMU's own gdbstub. Each test boots its own guest, stops
it where every thread has started (ready_point) and checks the
debugger's transcript. Thread ids are the scheduler's: main 1, idle 2,
then locker 3, waiter 4, sleeper 5, yielder 6, worker1 7, worker2 8.
"""
import os
import re
import shutil
import subprocess

import pytest

import harness
from conftest import TOP, app_path, build
from gdb_guest import DEBUG_OPTIONS, GDB, Guest
from harness import expect, reject

# The functions each thread is blocked or busy in.
THREADS = {
    "locker": ("blocked: mutex", "wait_mutex"),
    "waiter": ("blocked: semaphore", "wait_sem"),
    "sleeper": ("sleeping: sleep", "nap"),
    "yielder": ("ready", "yielder"),
    "worker1": ("ready", "worker"),
    "worker2": ("ready", "worker"),
}
READY = ("break ready_point", "continue", "delete")
# A register a thread's saved context keeps and one it does not.
KEPT = {"x86_64": "$r12", "arm64": "$x19"}
LOST = {"x86_64": "$rax", "arm64": "$x0"}


@pytest.fixture(params=["preempt", "coop"])
def image(arch, request):
    """The test application, with timer preemption and without."""
    if not shutil.which(GDB):
        pytest.skip(f"{GDB} not installed")
    preempt = "y" if request.param == "preempt" else "n"
    return build(arch, dict(DEBUG_OPTIONS, LIBUKSCHED_PREEMPT=preempt),
                 app=app_path("gdbthreads"))


def line_of(marker):
    """Line number of `/* @marker */` in the test application."""
    with open(os.path.join(app_path("gdbthreads"), "main.c")) as f:
        for n, line in enumerate(f, 1):
            if f"/* @{marker} */" in line:
                return n
    raise KeyError(marker)


def sections(t):
    """`thread apply all bt` output split per thread: {name: text}."""
    out = {}
    for m in re.finditer(r'^Thread \d+ \(Thread \d+ "(\w+)".*?\):\n(.*?)(?=^Thread |\Z)',
                         t, re.M | re.S):
        out[m.group(1)] = m.group(2)
    return out


def test_info_threads_names_states_and_backtraces(arch, image):
    with Guest(image, mode="threads") as g:
        t = g.gdb(*READY, "info threads", "thread apply all bt", "kill")
        expect(t, r'^\* 1    Thread 1 "main" \(running\) +ready_point \(\)')
        expect(t, r'^  2    Thread 2 "idle" \(ready\)')
        for n, (name, (state, _)) in enumerate(THREADS.items(), 3):
            expect(t, rf'^  {n}    Thread {n} "{name}" \({re.escape(state)}\)')
        bts = sections(t)
        expect(bts["main"], r"^#0  ready_point \(\)")
        for name, (_, fn) in THREADS.items():
            expect(bts[name], rf"^#\d+ .*\b{fn} \(", f"backtrace of {name}")
        reject(t, r"without thread id|Remote failure|Protocol error")


def test_breakpoint_in_a_worker_and_break_thread(arch, image):
    with Guest(image, mode="threads") as g:
        # thread 3 selected before: each stop's registers are still the
        # stopping thread's (gdb takes a stop reply's thread as Hg's)
        t = g.gdb(*READY, "break work_step", "continue", "delete", "thread 3",
                  "break work_step thread 8", "continue", "continue", "continue",
                  "p who", "kill")
        expect(t, r'^Thread [78] "worker[12]" hit Breakpoint 2, work_step \(who=(who@entry=)?[01]\)')
        hits = re.findall(r'^Thread (\d+) "(\w+)" hit Breakpoint 3, work_step \(who=(?:who@entry=)?1\)',
                          t, re.M)
        assert hits == [("8", "worker2")] * 3, t
        expect(t, r"^\$1 = 1$")
        reject(t, r"Remote failure|Protocol error")


def test_scheduler_locking(arch, image):
    with Guest(image, mode="threads") as g:
        t = g.gdb(*READY, "break work_step", "continue",
                  "set scheduler-locking on", "continue", "continue", "continue",
                  "set scheduler-locking off", "continue", "continue", "continue",
                  "continue", "kill")
        hits = re.findall(r'^Thread \d+ "(\w+)" hit Breakpoint 2', t, re.M)
        assert len(hits) == 8, t
        # locked: the thread that stopped alone runs on
        assert len(set(hits[:4])) == 1, hits
        # unlocked: both workers take turns again
        assert set(hits[4:]) == {"worker1", "worker2"}, hits


def test_scheduler_locking_to_a_thread_off_the_cpu(arch, image):
    """main stopped; `thread 8` and continue, locked: worker2 alone runs,
    the scheduler switches to it at once; a step there is refused."""
    with Guest(image, mode="threads") as g:
        t = g.gdb(*READY, "break work_step", "thread 7", "set scheduler-locking on",
                  "stepi", "continue", "continue", "kill")
        expect(t, r"^warning: Remote failure reply: E06$")
        hits = re.findall(r'^Thread \d+ "(\w+)" hit Breakpoint 2', t, re.M)
        assert hits == ["worker1"] * 2, t


@pytest.mark.parametrize("locking", ["off", "step"])
def test_next_over_a_yield_and_a_sleep_ends_in_the_same_thread(arch, image, locking):
    """The workers run loop_body too, and pass where gdb's `next` put its
    breakpoint behind the yield and the sleep: gdb must see them as other
    threads."""
    with Guest(image, mode="threads") as g:
        t = g.gdb(*READY, "break loop_body thread 1", "continue", "delete",
                  f"set scheduler-locking {locking}", "next", "next", "next",
                  "next", "next", "next", "next", "p $_thread", "info threads",
                  "kill")
        expect(t, r'^Thread 1 "main" hit Breakpoint 2, loop_body \(')
        expect(t, rf"^{line_of('yield_line')}\s+uk_sched_yield\(\);")
        expect(t, rf"^{line_of('sleep_line')}\s+uk_sched_sleep_ns\(100000\);")
        expect(t, rf"^{line_of('after_sleep')}\s+\(\*n\)\+\+;")
        expect(t, r"^main \(.*\) at .*main\.c:\d+$")
        expect(t, r"^\$1 = 1$")
        expect(t, r'^\* 1    Thread 1 "main" \(running\)')
        reject(t, r"Switching to Thread [2-9]|Remote failure|Protocol error")


def test_registers_of_a_thread_off_the_cpu(arch, image):
    """Thread 3 (locker) gave up the CPU itself: its saved context keeps
    the callee-saved registers, the rest reads as unavailable and cannot
    be written. A write changes what the thread resumes with: the
    yielder's PC moved to diverted() takes it there."""
    kept, lost = KEPT[arch], LOST[arch]
    with Guest(image, mode="threads") as g:
        t = g.gdb(*READY, "thread 3", f"p {lost}", "p $pc", f"p/x {kept}",
                  f"set var $orig = {kept}", f"set var {lost} = 1",
                  f"set var {kept} = 0x5a5a1234", "maintenance flush register-cache",
                  f"p/x {kept}", f"set var {kept} = $orig", "bt",
                  "thread 6", "set var $pc = (long)&diverted",
                  "maintenance flush register-cache", "p $pc == (long)&diverted",
                  "break diverted_seen", "continue", "kill")
        expect(t, r"^\$1 = <unavailable>$")
        expect(t, r"^\$2 = .*<sched_reschedule\+\d+>$")
        expect(t, rf'^Could not write register "{lost[1:]}"; remote failure reply \'E03\'$')
        expect(t, r"^\$4 = 0x5a5a1234$")
        expect(t, r"^#\d+ .*wait_mutex \(")
        expect(t, r"^\$5 = 1$")
        expect(t, r'^Thread 1 "main" hit Breakpoint \d+, diverted_seen \(')
        reject(t, r"Protocol error|SIGSEGV")


def test_registers_of_a_preempted_thread(arch, image):
    """The spinner never gives up the CPU: the timer preempted it, and its
    interrupted frame holds every register, readable and writable."""
    if "CONFIG_LIBUKSCHED_PREEMPT=y" not in open(os.path.join(image.build_dir, ".config")).read():
        pytest.skip("no preemption in this configuration")
    lost = LOST[arch]
    with Guest(image, mode="preempt") as g:
        t = g.gdb(*READY, "thread 9", "bt", f"p/x {lost}", f"set var {lost} = 0x77",
                  "maintenance flush register-cache", f"p/x {lost}", "kill")
        expect(t, r'^#0  .*spinner \(arg=.*\) at .*main\.c:\d+$')
        expect(t, r"^\$1 = 0x[0-9a-f]+$")
        expect(t, r"^\$2 = 0x77$")
        reject(t, r"unavailable|Could not write|Remote failure")


def test_lldb_thread_list_backtrace_select(arch, image):
    if not shutil.which("lldb"):
        pytest.skip("lldb not installed (apt-get install lldb)")
    with Guest(image, mode="threads") as g:
        t = g.lldb("breakpoint set -n ready_point", "continue", "thread list",
                   "thread backtrace all", "thread select 4", "bt", "detach")
        expect(t, r"^\* thread #1: tid = 0x0001, .*ready_point.*, name = 'main', "
                  r"stop reason = breakpoint 1\.1")
        for n, name in enumerate(THREADS, 3):
            expect(t, rf"^  thread #{n}: tid = 0x000{n}, .*, name = '{name}'")
        blocks = re.split(r"^\*? *thread #", t, flags=re.M)
        for name, (_, fn) in THREADS.items():
            assert any(f"name = '{name}'" in b and f"`{fn}" in b for b in blocks), \
                f"no backtrace of {name} in {fn}:\n{t}"
        expect(t, r"^\* thread #4, name = 'waiter'\n(.*\n)*?    frame #\d+: .*`wait_sem")
        reject(t, r"error:")


def subprocess_gdb(image, port, *cmds):
    """gdb in batch mode against QEMU's gdbstub on @port."""
    args = [GDB, "-nx", "-batch", "-ex", "set confirm off",
            "-ex", f"target remote 127.0.0.1:{port}"]
    for c in cmds:
        args += ["-ex", c]
    return subprocess.run(args + [image.path], stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=180).stdout


def test_uk_threads_through_qemus_gdbstub(arch, image):
    port = harness.free_port()
    args = ["--timeout", "300", "--qemu-gdb", str(port), "--append", "-- threads"]
    with harness.Guest(image.path, args) as g:
        g.wait_for(r"^threads ready$")
        t = subprocess_gdb(image, port, "source " + os.path.join(
            TOP, "support", "gdb", "uk_threads.py"), "uk-threads", "kill")
        expect(t, r"^\s+ID\s+NAME\s+STATE\s+PC$")
        expect(t, r"^[* ]\s+1  main\s")
        expect(t, r"^ \s+2  idle\s+ready\s+0x[0-9a-f]+ ukarch_ctx_trampoline")
        for n, (name, (state, fn)) in enumerate(THREADS.items(), 3):
            m = expect(t, rf"^([* ])\s+{n}  {name}\s+(\S.*?)\s+0x[0-9a-f]+ (.*)$")
            if m.group(1) == " " and not fn.startswith("worker") and name != "yielder":
                assert m.group(2) == state, m.group(0)
                assert f" in {fn}+" in m.group(3), m.group(0)
        assert len(re.findall(r"^\*", t, re.M)) == 1, t


def test_1000_threads_info_threads(arch, image):
    """Every thread listed once, with its name; the time it takes is
    make bench's to measure (support/scripts/bench --only gdb)."""
    machine = {"x86_64": "microvm", "arm64": "virt"}[arch]
    with Guest(image, mode="many", machine=machine) as g:
        t = g.gdb("set pagination off", *READY, "info threads", "kill", timeout=300)
        names = re.findall(r'^  \d+ +Thread \d+ "blocked(\d+)" \(blocked: semaphore\)', t, re.M)
        assert sorted(map(int, names)) == list(range(1000)), t[-2000:]
        expect(t, r'^\* 1 +Thread 1 "main" \(running\) +ready_point')
