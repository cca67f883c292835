# SPDX-License-Identifier: BSD-3-Clause
"""Threads as the debugging views show them: the shell's `ps` and `bt`, the
ukstore entries of uksched, the crash screen of a crash or a stack
overflow in a worker, and `monitor ps` / `monitor bt` through gdb. The
test application (tests/apps/threads) parks named threads in known
functions."""
import re
import shutil

import pytest

from conftest import STATUS_CRASH, app_path, build
from harness import expect, reject
import gdb_guest

PROMPT = "lantern$ "
# ps: id, name, state [(what it waits for)], CPU seconds, switches, used/size
PS_ROW = re.compile(r"^\s*(\d+) (\S+)\s+(\w+(?: \(\w+\))?)\s+(\d+\.\d{6})\s+(\d+)\s+(\d+)/(\d+)$",
                    re.M)


def threads_app(arch, options=None):
    return build(arch, options, app=app_path("threads"))


def session(out):
    """{command: [output lines]} of a shell session, kernel messages dropped."""
    steps = {}
    for part in out.split(PROMPT)[1:]:
        cmd, _, rest = part.partition("\n")
        steps.setdefault(cmd, [l for l in rest.splitlines()
                               if not re.match(r"^\[\s*\d+\.\d+\] ", l)])
    return steps


def ps_rows(lines):
    """{id: (name, state, cpu, switches, used, size)} of `ps` output."""
    assert lines and lines[0].split()[:3] == ["ID", "NAME", "STATE"], lines
    rows = {}
    for line in lines[1:]:
        m = PS_ROW.match(line)
        assert m, f"not a ps row: {line!r}"
        rows[int(m.group(1))] = (m.group(2), m.group(3), float(m.group(4)), int(m.group(5)),
                                 int(m.group(6)), int(m.group(7)))
    return rows


def ids_by_name(rows):
    return {v[0]: k for k, v in rows.items()}


def test_ps_and_the_store_entries_agree(arch):
    r = threads_app(arch).run("ps\nstore ls uksched/\nhalt\n")
    steps = session(r.out)
    rows = ps_rows(steps["ps"])
    names = ids_by_name(rows)
    for name in ("main", "idle", "waiter", "sleeper"):
        assert name in names, rows
    assert names["main"] == 1, rows
    assert rows[names["main"]][1] == "running"
    assert rows[names["waiter"]][1].startswith("blocked ("), rows
    assert rows[names["sleeper"]][1].startswith("sleeping"), rows
    for tid, (name, state, cpu, switches, used, size) in rows.items():
        assert used <= size and size >= 4096, (name, used, size)
    for name in ("main", "waiter", "sleeper"):
        assert rows[names[name]][3] >= 1 and rows[names[name]][4] > 0, rows
    store = {}
    for m in re.finditer(r"^uksched/(\d+)/(\w+)\s+\w+\s+r\s+(\S+)", "\n".join(steps["store ls uksched/"]),
                         re.M):
        store.setdefault(int(m.group(1)), {})[m.group(2)] = m.group(3)
    assert sorted(store) == sorted(rows), (store, rows)
    for tid, entries in store.items():
        assert sorted(entries) == ["cpu_time_ns", "name", "stack_used_max", "state", "switches"]
        assert entries["name"] == rows[tid][0]
        assert entries["state"] == rows[tid][1].split()[0], (entries, rows[tid])
    static = "\n".join(steps["store ls uksched/"])
    count = int(expect(static, r"^uksched/threads\s+u64\s+r\s+(\d+)").group(1))
    assert count == len(rows)
    assert int(expect(static, r"^uksched/context_switches\s+u64\s+r\s+(\d+)\s+count$").group(1)) > 0
    expect(static, r"^uksched/idle_time_ns\s+u64\s+r\s+\d+\s+nanoseconds_total$")


def test_bt_shows_each_threads_own_function(arch):
    img = threads_app(arch)
    ids = ids_by_name(ps_rows(session(img.run("ps\nhalt\n").out)["ps"]))
    r = img.run(f"bt {ids['waiter']}\nbt {ids['sleeper']}\nbt 1\nbt 9999\nbt x\nhalt\n")
    steps = session(r.out)
    waiter = "\n".join(steps[f"bt {ids['waiter']}"])
    expect(waiter, rf"^Thread: waiter \(id {ids['waiter']}\), blocked \(\w+\)$")
    expect(waiter, r"^\[[0-9a-f]{16}\] waiter_main\+0x[0-9a-f]+$")
    sleeper = "\n".join(steps[f"bt {ids['sleeper']}"])
    expect(sleeper, rf"^Thread: sleeper \(id {ids['sleeper']}\), sleeping")
    expect(sleeper, r"^\[[0-9a-f]{16}\] sleeper_main\+0x[0-9a-f]+$")
    # each trace is the thread's own: the waiter's never passes the sleeper's
    reject(waiter, r"sleeper_main")
    # the running thread (the shell's) is traced from the command itself
    main = "\n".join(steps["bt 1"])
    expect(main, r"^Thread: main \(id 1\), running$")
    expect(main, r"\] cmd_bt\+0x")
    expect(main, r"\] main\+0x")
    assert steps["bt 9999"] == ["error: bt: no thread with id 9999 (try 'ps')"]
    assert steps["bt x"][0].startswith("error: bt: 'x' is not a thread id"), steps["bt x"]
    assert r.status == 0


def test_a_preempted_thread_is_traced_from_its_interrupted_frame(arch):
    img = threads_app(arch)
    if "CONFIG_LIBUKSCHED_PREEMPT=y" not in open(img.build_dir + "/.config").read():
        pytest.skip("preemption is off in the default configuration")
    r = img.run("ps\nbt 3\nbt 4\nbt 5\nhalt\n", append="-- spin", timeout=120)
    steps = session(r.out)
    ids = ids_by_name(ps_rows(steps["ps"]))
    spin = "\n".join(steps[f"bt {ids['spinner']}"])
    expect(spin, rf"^Thread: spinner \(id {ids['spinner']}\), ready \(preempted\)$")
    expect(spin, r"^\[[0-9a-f]{16}\] spinner_main\+0x[0-9a-f]+$")


def crash_screen(r):
    assert r.status == STATUS_CRASH, r.out
    return r.out[r.out.index("CRIT: Lantern crash"):]


def test_a_crash_in_a_worker_names_it_and_shows_every_thread(arch):
    r = threads_app(arch).run("", append="-- crash")
    screen = crash_screen(r)
    crasher = int(expect(screen, r"^CRIT: Thread: crasher \(id (\d+)\)$").group(1))
    expect(screen, r"^CRIT: \[[0-9a-f]{16}\] crasher_fault\+0x")
    # then every other thread, each with its own trace, and the reason last
    expect(screen, r"^CRIT: Thread: waiter \(id \d+\), blocked \(\w+\)\n"
                   r"(CRIT: \[.*\n)*?CRIT: \[[0-9a-f]{16}\] waiter_main\+0x")
    expect(screen, r"^CRIT: Thread: main \(id 1\), blocked \(\w+\)\n"
                   r"(CRIT: \[.*\n)*?CRIT: \[[0-9a-f]{16}\] main\+0x")
    expect(screen, r"^CRIT: Thread: sleeper \(id \d+\), sleeping")
    expect(screen, r"^CRIT: Thread: idle \(id 2\)")
    reject(screen, rf"^CRIT: Thread: crasher \(id {crasher}\),")
    last = [l for l in screen.splitlines() if l.startswith("CRIT: ")][-1]
    assert re.match(r"^CRIT: (Page fault|Data abort) at 0x0 ", last), last


def test_the_other_threads_are_an_option(arch):
    r = threads_app(arch, {"LIBUKDEBUG_CRASH_THREADS": "n"}).run("", append="-- crash")
    screen = crash_screen(r)
    expect(screen, r"^CRIT: Thread: crasher \(id \d+\)$")
    expect(screen, r"crasher_fault\+0x")
    reject(screen, r"Thread: (waiter|sleeper|main|idle)")


def test_a_stack_overflow_in_a_worker_is_reported_in_that_worker(arch):
    r = threads_app(arch).run("", append="-- overflow")
    screen = crash_screen(r)
    rid = expect(screen, r"^CRIT: Thread: recurser \(id (\d+)\)$").group(1)
    expect(screen, rf"^CRIT: Stack overflow in thread recurser \(id {rid}\): ")
    expect(screen, r"\] recurse\+0x")


@pytest.fixture
def debug_threads(arch):
    if not shutil.which(gdb_guest.GDB):
        pytest.skip(f"{gdb_guest.GDB} not installed")
    img = threads_app(arch, gdb_guest.DEBUG_OPTIONS)
    syms = img.symbols()
    if "uk_gdbstub_break" not in syms or (arch == "arm64" and
                                           "kvm_virtio_console_probe" not in syms):
        pytest.skip(f"no GDB stub glue or debug channel on {arch} yet")
    return img


def test_monitor_ps_and_bt_through_gdb(debug_threads):
    with gdb_guest.Guest(debug_threads, mode="gdb", wait=False, ready="^threads ready$",
                         stdin=True) as g:
        t = g.gdb("monitor help", "monitor ps", "monitor bt 3", "monitor bt 1",
                  "monitor bt 9999", "monitor bt", "detach")
        expect(t, r"^monitor ps\s+threads: state")
        rows = ps_rows([l for l in t.splitlines() if PS_ROW.match(l) or l.startswith("  ID")])
        names = ids_by_name(rows)
        assert names["waiter"] == 3 and names["main"] == 1, rows
        expect(t, r"^Thread: waiter \(id 3\), blocked \(\w+\)\n(\[.*\n)*?\[[0-9a-f]{16}\] "
                  r"waiter_main\+0x")
        expect(t, r"^Thread: main \(id 1\), ")
        expect(t, r"^no thread with id 9999 \(monitor ps lists them\)$")
        expect(t, r"^usage: bt <thread id>$")
        g.proc.stdin.write(b"halt\n")
        g.proc.stdin.close()
        assert g.finish() == 0
