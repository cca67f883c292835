# SPDX-License-Identifier: BSD-3-Clause
"""The GDB stub's in-guest self-test (lib/ukgdbstub/tests/selftest*.c):
a scripted debugger inside the guest plays a kgdbts-style script against the
stub and checks every reply, with no debug channel and no host debugger.

It runs at boot (uk.gdbstub_selftest=1) on every machine, from the shell
(gdbstub_selftest), and leaves the stub to the debug channel afterwards; with
the option off nothing of it is in the image. The console must list every
case of the script exactly once, in order, each passed (or skipped where the
hardware lacks the feature: x86 has no read-only watchpoint), and a summary
that agrees with the list.
"""
import os
import re

import pytest

from conftest import ARCHES, TOP, build
from harness import Guest, Raw, connect, free_port

OPTIONS = {"LIBUKGDBSTUB": "y", "LIBUKGDBSTUB_SELFTEST": "y"}
APPEND = "uk.gdbstub_selftest=1 -- noshell"
SCRIPT = os.path.join(TOP, "lib", "ukgdbstub", "tests", "selftest_script.c")
# Cases the hardware does not have, by the start of their title.
SKIPS = {"x86_64": ("Z3:",), "arm64": ()}
MACHINES = [(a, m) for a in sorted(ARCHES) for m in ARCHES[a].machines]

CASE_LINE = re.compile(r"^  (ok  |skip|FAIL|--  ) +(\d+) (.*)$", re.M)
SUMMARY = re.compile(r"^gdbstub selftest: (\d+)/(\d+) passed(?:, (\d+) skipped)?$", re.M)


def script_cases():
    """The case titles of the script, from its source."""
    return re.findall(r'^\s+CASE\("(.*)"\),$', open(SCRIPT).read(), re.M)


def check_run(out, arch):
    """Fail unless @out shows one complete, passing self-test run."""
    titles = script_cases()
    declared = re.findall(r"^gdbstub selftest: (\d+) cases$", out, re.M)
    assert declared == [str(len(titles))], f"not one run of {len(titles)} cases:\n{out}"
    assert not re.search(r"FAILED|^  FAIL|^  --", out, re.M), out
    lines = CASE_LINE.findall(out)
    assert [int(n) for _, n, _ in lines] == list(range(1, len(titles) + 1)), out
    for (result, n, text), title in zip(lines, titles):
        assert text.startswith(title), f"case {n} is {text!r}, the script says {title!r}"
        expect_skip = title.startswith(SKIPS[arch])
        assert result == ("skip" if expect_skip else "ok  "), f"case {n}: {result} {text}"
    m = SUMMARY.search(out)
    assert m, f"no summary line:\n{out}"
    passed, total, skipped = int(m[1]), int(m[2]), int(m[3] or 0)
    assert total == len(titles)
    assert passed == sum(r == "ok  " for r, _, _ in lines)
    assert skipped == sum(r == "skip" for r, _, _ in lines)
    assert passed + skipped == total


@pytest.fixture
def selftest_image(arch):
    return build(arch, OPTIONS)


@pytest.mark.parametrize("arch,machine", MACHINES, ids=[f"{a}-{m}" for a, m in MACHINES])
def test_selftest_at_boot(arch, machine):
    r = build(arch, OPTIONS).run(append=APPEND, machine=machine)
    check_run(r.out, arch)
    # no channel: the compiled-in breakpoints went to the scripted debugger
    r.reject(r"Waiting for debugger|init function .* failed")
    # the boot went on to main(), which exits 0
    assert r.out.index("Hello from demo!") > r.out.index("gdbstub selftest: ")
    assert r.status == 0, r.out


def test_selftest_from_the_shell_twice(arch, selftest_image):
    r = selftest_image.run("gdbstub_selftest\ngdbstub_selftest\n")
    runs = r.out.split("lantern$ gdbstub_selftest\n")[1:]
    assert len(runs) == 2, r.out
    for run in runs:
        check_run(run.split("lantern$")[0], arch)
    r.reject(r"^error: ")
    assert r.status == 0


def test_the_debug_channel_works_after_it(arch, selftest_image):
    """After the self-test the stub serves the debug channel again:
    uk.debug_wait=1 (after it) waits there, and a debugger gets the stop."""
    port = free_port()
    with Guest(selftest_image.path, ["--timeout", "60", "--debug-port", str(port),
                                     "--debug-wait", "--append", APPEND]) as g:
        g.wait_for("Waiting for debugger on")
        with connect(port) as s:
            raw = Raw(s)
            assert re.match(rb"T05", raw.request(b"?")), "no stop reply"
            assert raw.request(b"D") == b"OK"
        assert g.finish() == 0
        out = g.output()
    check_run(out, arch)
    assert out.index("Waiting for debugger on") > out.index("gdbstub selftest: ")


def test_off_leaves_nothing(arch, selftest_image):
    off = build(arch, {"LIBUKGDBSTUB": "y"})
    on_syms, off_syms = selftest_image.symbols(), off.symbols()
    mine = {s for s in on_syms if s.startswith(("gdb_selftest", "gdb_glue_set_io"))}
    assert "gdb_selftest_run" in mine and "gdb_glue_set_io" in mine
    assert not mine & off_syms, f"left with the option off: {sorted(mine & off_syms)}"
    r = off.run(append=APPEND)
    r.reject(r"gdbstub selftest")
    assert r.status == 0
