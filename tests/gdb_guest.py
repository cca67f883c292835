# SPDX-License-Identifier: BSD-3-Clause
"""What the GDB stub's test modules share (test_gdb.py, test_gdb_console.py,
test_gdb_selftest.py): the test application compiled for debugging, and
a guest booted with its debug channel on a free local port (Guest, built
on harness.Guest).

Each test boots its own guest (run-qemu --debug-port; --debug-wait stops
it before main()). The application is written into a folder
named after a hash of its source under tests/.build/, so that every worker
and every session shares one build of it.
"""
import hashlib
import os
import shutil
import subprocess
import tempfile

import pytest

import harness
from conftest import BUILD_ROOT, build

GDB = "gdb-multiarch"
LLDB_PYTHONPATH = "/usr/lib/llvm-14/lib/python3.11/dist-packages"
DEBUG_OPTIONS = {"LIBUKGDBSTUB": "y", "OPTIMIZE_DEBUG": "y", "OPTIMIZE_PERF": "n"}
MACHINE = {"x86_64": "pc", "arm64": "virt"}

# How gdb announces a stop: with threads (uksched) it names the thread,
# `Thread 1 "main" hit Breakpoint 1, ...`, `Thread 1 "main" received
# signal ...`; with one thread, `Breakpoint 1, ...`, `Program received ...`.
HIT = r'(?:Thread \d+ "\w+" hit )?'
RECEIVED = r'(?:Program|Thread \d+ "\w+") received'
CHANNEL = {"x86_64": "COM2", "arm64": "virtio-console"}

# `/* @name */` marks lines the tests refer to. The mode (argv[1]) picks
# what the guest does: run (the default), spin, crash, assert, shell.
APP_SOURCE = r"""/* GDB stub test application, written by tests/test_gdb.py. */
#include <stdio.h>
#include <string.h>
#include <uk/assert.h>
#include <uk/shell.h>

struct point {
	int x;
	int y;
	const char *name;
};

volatile unsigned long counter;
int watched;
int array[5] = { 10, 20, 30, 40, 50 };
double scale = 2.5;

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b; /* @add_body */
	return sum;
}

__attribute__((noinline)) double area(const struct point *p)
{
	double a = p->x * p->y * scale; /* @area_body */
	return a;
}

__attribute__((noinline)) void finish_up(int v)
{
	printf("finish_up %d\n", v);
}

__attribute__((noinline)) int crash_null(void)
{
	volatile int *p = NULL;
	return *p; /* @crash_line */
}

__attribute__((noinline)) void spin(void)
{
	for (;;)
		counter++; /* @spin_line */
}

int main(int argc, char *argv[])
{
	struct point pt = { 3, 4, "pt" };
	struct point *ptr = &pt;
	volatile int value = 42;
	float ratio = 0.75f;
	const char *mode = argc > 1 ? argv[1] : "run";
	int s;
	double a;

	if (!strcmp(mode, "spin")) {
		printf("spinning\n");
		spin();
	}
	if (!strcmp(mode, "crash"))
		return crash_null();
	if (!strcmp(mode, "shell"))
		return uk_shell_run();
	UK_ASSERT(strcmp(mode, "assert")); /* @assert_line */
	for (int i = 0; i < 3; i++)
		counter++;
	s = add(value, 1); /* @call_add */
	printf("value=%d ratio=%.2f\n", value, (double)ratio); /* @print_value */
	a = area(ptr);
	watched = s; /* @write_watched */
	printf("sum=%d area=%.1f x=%d arr=%d\n", s, a, ptr->x, array[2]); /* @after_watch */
	finish_up(watched);
	printf("done\n");
	return 0;
}
"""


def line_of(marker):
    """Line number of `/* @marker */` in APP_SOURCE."""
    for n, line in enumerate(APP_SOURCE.splitlines(), 1):
        if f"/* @{marker} */" in line:
            return n
    raise KeyError(marker)


def app_dir():
    """The test application's folder, written once per source version."""
    digest = hashlib.sha1(APP_SOURCE.encode()).hexdigest()[:10]
    path = os.path.join(BUILD_ROOT, f"gdbapp-{digest}", "gdbapp")
    main = os.path.join(path, "main.c")
    if not os.path.exists(main):
        os.makedirs(path, exist_ok=True)
        tmp = f"{main}.{os.getpid()}"
        with open(tmp, "w") as f:
            f.write(APP_SOURCE)
        os.replace(tmp, main)
    return path


def debug_image(arch, **extra):
    """The test application with the stub, or a skip where it cannot run."""
    img = build(arch, dict(DEBUG_OPTIONS, **extra), app=app_dir())
    syms = img.symbols()
    # arm64's glue and channel come separately: until both are in, skip.
    if "uk_gdbstub_break" not in syms or (arch == "arm64" and
                                           "kvm_virtio_console_probe" not in syms):
        pytest.skip(f"no GDB stub glue or debug channel on {arch} yet")
    return img


@pytest.fixture
def image(arch):
    if not shutil.which(GDB):
        pytest.skip(f"{GDB} not installed")
    return debug_image(arch)


class Guest(harness.Guest):
    """The test application booted with its debug channel on a free local
    port; @mode goes to main(). With @wait (--debug-wait) the guest waits
    for the debugger before main(); @ready is the console line to wait for
    otherwise; with @console the debugger shares the console's port."""

    def __init__(self, img, mode="run", wait=True, stdin=False, ready=None,
                 machine=None, console=False):
        self.img = img
        self.port = harness.free_port()
        # Longer than the longest debugger session a test allows (300 s):
        # on a loaded host the session's own timeout must fire first.
        args = ["--timeout", "360", "--machine", machine or MACHINE[img.arch.name],
                "--debug-port", str(self.port), "--append", f"-- {mode}"]
        if wait:
            args.append("--debug-wait")
        if console:
            # The console is on the port: nothing to wait for in the log.
            args.append("--debug-console")
            wait = False
        super().__init__(img.path, args, stdin=stdin)
        self.ready_pattern = "Waiting for debugger on" if wait else ready

    def ready(self):
        """Wait until the guest is where the test wants it (waiting, with
        --debug-wait): a debugger connecting earlier would interrupt the
        boot instead, which is right but not what the test is about."""
        if self.ready_pattern:
            self.wait_for(self.ready_pattern)
            self.ready_pattern = None

    def connect(self, timeout=30):
        """A raw TCP connection to the debug channel."""
        self.ready()
        return harness.connect(self.port, timeout)

    def gdb(self, *cmds, timeout=180):
        """Run gdb in batch mode against the guest; return its transcript."""
        self.ready()
        args = [GDB, "-nx", "-batch", "-ex", "set confirm off",
                "-ex", f"target remote 127.0.0.1:{self.port}"]
        for c in cmds:
            args += ["-ex", c]
        p = subprocess.run(args + [self.img.path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=timeout)
        return p.stdout

    def lldb(self, *cmds, timeout=180):
        """Run LLDB in batch mode against the guest; return its transcript."""
        self.ready()
        env = dict(os.environ, PYTHONPATH=LLDB_PYTHONPATH)
        args = ["lldb", "-b", "-o", f"gdb-remote 127.0.0.1:{self.port}"]
        for c in cmds:
            args += ["-o", c]
        p = subprocess.run(args + [self.img.path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, text=True, timeout=timeout,
                           env=env)
        return p.stdout

    def gdb_script(self, script, timeout=180):
        with tempfile.NamedTemporaryFile("w", suffix=".gdb") as f:
            f.write(script)
            f.flush()
            return self.gdb(f"source {f.name}", timeout=timeout)
