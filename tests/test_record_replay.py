# SPDX-License-Identifier: BSD-3-Clause
"""Record and replay (run-qemu --record/--replay) and reverse execution
through QEMU's gdbstub on a replay.

Recording runs under icount and is slow, so each recording is made once
per test run and architecture (a folder under tests/.build/ named after the
run, behind a lock: every xdist worker reuses it) and the tests replay it.

Reverse execution (reverse-stepi, reverse-continue, a watchpoint hit
backwards) is tested on arm64 only: on x86_64, QEMU 7.2 hung in a reverse
step or reverse-continue in most recordings of the same image (docs/
record-replay.md), while forward replay and its breakpoints work there.
"""
import contextlib
import fcntl
import os
import re
import shutil
import subprocess
import time

import pytest

import gdb_guest
from conftest import BUILD_ROOT, STATUS_CRASH, app_path, build
from harness import RUN_QEMU, TOP, Guest, expect, free_port

STATUS_REFUSED = 126
DEMO_INPUT = "echo record me\nuptime\nhalt 3\n"
CORRUPT_SRC = os.path.join(app_path("rr_corrupt"), "main.c")
UK_REPLAY = os.path.join(TOP, "support", "gdb", "uk_replay.py")


def line_with(text):
    """The number of the line of rr_corrupt/main.c that holds @text."""
    with open(CORRUPT_SRC) as f:
        for n, line in enumerate(f, 1):
            if text in line:
                return n
    raise AssertionError(f"no {text!r} in {CORRUPT_SRC}")


STRAY_WRITE = "s->hist[v"
ASSERTION = "UK_ASSERT(sensor.limit"
CALL = "record_sample(&sensor"


def run(args, timeout=120, stdin=b""):
    """run-qemu with @args; return (status, console and messages)."""
    p = subprocess.run([RUN_QEMU] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, timeout=timeout + 30)
    return p.returncode, p.stdout.decode(errors="replace").replace("\r\n", "\n")


def console(out):
    """The guest's output without run-qemu's own lines."""
    return "\n".join(line for line in out.splitlines() if not line.startswith("run-qemu:"))


@contextlib.contextmanager
def locked(path):
    with open(path + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def prune_old_recordings(days=1):
    """Drop the recordings of test runs older than @days (about 2 MiB each)."""
    for entry in os.scandir(BUILD_ROOT):
        if entry.name.startswith("rr-") and \
                time.time() - entry.stat().st_mtime > days * 86400:
            shutil.rmtree(entry.path, ignore_errors=True)
            with contextlib.suppress(OSError):
                os.unlink(entry.path + ".lock")


def recording(image, name, stdin=b"", machine=None):
    """Record @image once per test run; return (folder, status, output)."""
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID", str(os.getpid()))
    folder = os.path.join(BUILD_ROOT, f"rr-{run_id[:12]}-{name}-{image.arch.name}"
                          + (f"-{machine}" if machine else ""))
    prune_old_recordings()
    with locked(folder):
        done = os.path.join(folder, "test-output")
        if not os.path.exists(done):
            args = ["--record", folder, "--timeout", "120"]
            if machine:
                args += ["--machine", machine]
            status, out = run(args + [image.path], stdin=stdin)
            with open(done + ".tmp", "w") as f:
                f.write(f"{status}\n{out}")
            os.replace(done + ".tmp", done)
        with open(done) as f:
            status, out = f.read().split("\n", 1)
    return folder, int(status), out


@pytest.fixture(scope="module", params=["x86_64", "arm64"])
def rr_arch(request):
    return request.param


@pytest.fixture(scope="module")
def demo_rec(rr_arch):
    return recording(build(rr_arch), "demo", DEMO_INPUT.encode())


@pytest.fixture(scope="module")
def corrupt(rr_arch):
    img = build(rr_arch, app=app_path("rr_corrupt"))
    return (img,) + recording(img, "corrupt")


def test_demo_with_piped_input_replays_the_same(demo_rec, rr_arch):
    folder, status, out = demo_rec
    # every byte of the input arrived: the shell ran each command
    assert status == 3, out
    expect(out, r"^lantern\$ echo record me\nrecord me$")
    expect(out, r"^lantern\$ uptime\nup \d+\.\d{6} s$")
    with open(os.path.join(folder, "input"), "rb") as f:
        assert f.read() == DEMO_INPUT.encode() + b"\x04"
    rstatus, rout = run(["--replay", folder, "--timeout", "120", build(rr_arch).path])
    assert rstatus == 3, rout
    assert console(rout) == console(out)


def test_microvm_records_and_replays():
    img = build("x86_64")
    folder, status, out = recording(img, "demo", DEMO_INPUT.encode(), machine="microvm")
    assert status == 3, out
    expect(out, r"on x86_64 microvm")
    rstatus, rout = run(["--replay", folder, "--timeout", "120", img.path])
    assert (rstatus, console(rout)) == (3, console(out))


def test_crash_replays_the_same_and_says_how(corrupt):
    img, folder, status, out = corrupt
    assert status == STATUS_CRASH, out
    expect(out, r"^CRIT: Assertion failed: sensor\.limit == LIMIT \(main\.c:\d+ in main\)$")
    last = out.rstrip("\n").splitlines()[-1]
    m = expect(last, r"^run-qemu: the guest crashed; replay it under gdb with: (.*)$")
    assert re.search(rf"--replay \S*{re.escape(os.path.basename(folder))} --qemu-gdb", m.group(1))
    rstatus, rout = run(["--replay", folder, "--timeout", "120", img.path])
    assert rstatus == STATUS_CRASH, rout
    crash = out.split("run-qemu: the guest crashed")[0]
    assert console(rout).rstrip("\n") == console(crash).rstrip("\n")


def test_replay_of_another_image_is_refused(demo_rec, corrupt):
    folder = demo_rec[0]
    img = corrupt[0]
    start = time.monotonic()
    status, out = run(["--replay", folder, "--timeout", "60", img.path])
    assert status == STATUS_REFUSED, out
    ids = re.findall(r"build-id ([0-9a-f]{40})", out)
    expect(out, rf"^run-qemu: cannot replay: {re.escape(folder)} was recorded with another "
           rf"image: build-id [0-9a-f]{{40}}, and {re.escape(img.path)} has build-id")
    assert len(set(ids)) == 2
    assert time.monotonic() - start < 10


@pytest.mark.parametrize("damage", ["truncated", "damaged"])
def test_broken_log_ends_with_a_clear_error(corrupt, damage, tmp_path):
    img, folder, _, _ = corrupt
    copy = str(tmp_path / "rec")
    shutil.copytree(folder, copy)
    log = os.path.join(copy, "log")
    size = os.path.getsize(log)
    with open(log, "r+b") as f:
        if damage == "truncated":
            f.truncate(size // 2)
        else:
            f.seek(size // 2)
            f.write(b"\xff" * 16)
    start = time.monotonic()
    status, out = run(["--replay", copy, "--timeout", "60", img.path])
    assert status == STATUS_REFUSED, out
    what = "is truncated or extended" if damage == "truncated" else "is damaged"
    expect(out, rf"^run-qemu: cannot replay: {re.escape(log)} {what}")
    assert time.monotonic() - start < 10


class Replay:
    """A replay stopped before its first instruction, for gdb."""

    def __init__(self, img, folder):
        self.img = img
        self.port = free_port()
        self.guest = Guest(img.path, ["--replay", folder, "--timeout", "300",
                                      "--qemu-gdb", str(self.port), "--qemu-gdb-wait"])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.guest.close()

    def gdb(self, *cmds, timeout=120):
        self.guest.wait_for(r"QEMU's gdbstub on")
        args = [gdb_guest.GDB, "-nx", "-batch", "-ex", "set confirm off",
                "-ex", f"target remote 127.0.0.1:{self.port}", "-ex", f"source {UK_REPLAY}"]
        for c in cmds:
            args += ["-ex", c]
        p = subprocess.run(args + [self.img.path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=timeout)
        return p.stdout


def test_uk_replay_crash_stops_at_the_assertion(corrupt):
    img, folder, _, _ = corrupt
    with Replay(img, folder) as r:
        t = r.gdb("uk-replay-crash", "bt")
    expect(t, rf"^Temporary breakpoint \d+, _uk_crash \(.*line=(line@entry=)?{line_with(ASSERTION)}, "
           r".*fmt=.*\"Assertion failed: %s\"")
    expect(t, rf"^#1  0x[0-9a-f]+ in main \(\) at .*rr_corrupt/main\.c:{line_with(ASSERTION)}$")


reverse_only_arm64 = pytest.mark.parametrize("rr_arch", ["arm64"], indirect=True)


@reverse_only_arm64
def test_watch_and_reverse_continue_find_the_stray_write(corrupt):
    img, folder, _, _ = corrupt
    with Replay(img, folder) as r:
        t = r.gdb("uk-replay-crash", "watch -l sensor.limit", "reverse-continue",
                  "bt", "print sensor.limit", "reverse-stepi", "info line *$pc")
    # QEMU reports the watchpoint hit backwards as a SIGTRAP, just after
    # the store; one reverse-stepi later the PC is on the store itself.
    expect(t, r"^#0  record_sample \(v=(v@entry=)?1024, ")
    expect(t, r"^#1  0x[0-9a-f]+ in main \(\)")
    expect(t, r"^\$1 = 901$")
    expect(t, rf"^Line {line_with(STRAY_WRITE)} of \".*rr_corrupt/main\.c\"")


@reverse_only_arm64
def test_reverse_stepi_then_stepi_returns_to_the_same_pc(corrupt):
    img, folder, _, _ = corrupt
    with Replay(img, folder) as r:
        t = r.gdb("uk-replay-crash", "print/x $pc", "reverse-stepi 25", "print/x $pc",
                  "stepi 25", "print/x $pc")
    pcs = re.findall(r"^\$\d+ = (0x[0-9a-f]+)$", t, re.M)
    assert len(pcs) == 3, t
    assert pcs[0] == pcs[2] != pcs[1], t


@reverse_only_arm64
def test_reverse_continue_finish_and_next(corrupt):
    img, folder, _, _ = corrupt
    with Replay(img, folder) as r:
        t = r.gdb("uk-replay-crash", "break record_sample", "reverse-continue",
                  "print v", "reverse-finish", "bt 1", "print/x $pc", "reverse-next",
                  "print/x $pc", "info symbol $pc")
    # the last sample (39999) before the crash, then back out into main
    # and one line further back there
    expect(t, r"^Breakpoint \d+, record_sample \(")
    expect(t, rf"^\$1 = {(39999 * 2654435761 % 2**32) >> 22}$")
    expect(t, rf"^#0  0x[0-9a-f]+ in main \(\) at .*rr_corrupt/main\.c:{line_with(CALL)}$")
    pcs = re.findall(r"^\$[23] = (0x[0-9a-f]+)$", t, re.M)
    assert len(pcs) == 2 and pcs[0] != pcs[1], t
    expect(t, r"^main \+ \d+ in section \.text")


def test_in_guest_stub_works_while_recording(rr_arch, tmp_path):
    """gdb on the in-guest stub (COM2 on x86_64 pc, virtio-console on arm64
    virt) during a recording: a breakpoint, a backtrace, the run to its end."""
    if not shutil.which(gdb_guest.GDB):
        pytest.skip(f"{gdb_guest.GDB} not installed")
    img = gdb_guest.debug_image(rr_arch)
    port = free_port()
    folder = str(tmp_path / "rec")
    with Guest(img.path, ["--record", folder, "--timeout", "300", "--debug-port", str(port),
                          "--debug-wait", "--append", "-- run"]) as g:
        g.wait_for("Waiting for debugger on")
        p = subprocess.run([gdb_guest.GDB, "-nx", "-batch", "-ex", "set confirm off",
                            "-ex", f"target remote 127.0.0.1:{port}", "-ex", "break add",
                            "-ex", "continue", "-ex", "bt", "-ex", "delete",
                            "-ex", "continue", img.path],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           timeout=240)
        t = p.stdout
        status = g.finish(timeout=120)
        out = g.output()
    expect(t, rf"^{gdb_guest.HIT}Breakpoint 1, add \(a=42, b=(b@entry=)?1\)")
    expect(t, r"^#1  0x[0-9a-f]+ in main \(")
    assert status == 0, out
    expect(out, r"^done$")
    assert os.path.exists(os.path.join(folder, "log.sha256"))


def test_typed_input_is_recorded_and_replayed(rr_arch, tmp_path):
    """Keys typed on a terminal, one at a time and in a burst, reach the
    recorded shell, and the replay shows the same session."""
    pexpect = pytest.importorskip("pexpect")
    img = build(rr_arch)
    folder = str(tmp_path / "rec")
    p = pexpect.spawn(RUN_QEMU, ["--record", folder, "--timeout", "120", img.path],
                      timeout=60)
    p.expect(rb"lantern\$ ")
    for key in b"echo typed\r":
        p.send(bytes([key]))
        time.sleep(0.02)
    p.expect(rb"lantern\$ ")
    p.send(b"uptime\rhalt 5\r")
    p.expect(pexpect.EOF)
    p.close()
    out = p.before.decode(errors="replace")
    assert p.exitstatus == 5, out
    with open(os.path.join(folder, "input"), "rb") as f:
        assert f.read() == b"echo typed\ruptime\rhalt 5\r"
    status, rout = run(["--replay", folder, "--timeout", "120", img.path])
    assert status == 5, rout
    expect(rout, r"^lantern\$ echo typed\ntyped\nlantern\$ uptime\nup \d+\.\d{6} s\n"
           r"lantern\$ halt 5$")
