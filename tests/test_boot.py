# SPDX-License-Identifier: BSD-3-Clause
"""Booting on every machine, the banner, exit statuses and unhandled traps."""
import subprocess

import pytest

from conftest import ARCHES, RUN_QEMU, STATUS_CRASH, STATUS_TIMEOUT, app_path, build

BANNER = r"^Lantern \d+\.\d+\.\d+ \(\w+\) on {arch} {machine}, {mem} MiB RAM$"

MACHINES = [(a, m, c) for a in sorted(ARCHES) for m in ARCHES[a].machines
            for c in ARCHES[a].cpus]


@pytest.mark.parametrize("arch,machine,cpu", MACHINES)
def test_boots_to_main_and_exits(arch, machine, cpu):
    r = build(arch).run(append="-- noshell", machine=machine, cpu=cpu)
    r.expect(BANNER.format(arch=arch, machine=machine, mem=128))
    r.expect(r"^Hello from demo!$")
    r.expect(r'^  argv\[1\] = "noshell"$')
    r.expect(r"^pi is about 3\.14159$")
    r.reject(r"Unhandled trap|CRIT")
    assert r.status == 0


def test_banner_reports_memory_size(demo):
    r = demo.run(append="-- noshell", mem=1024)
    r.expect(r"on \S+ \S+, 1024 MiB RAM$")
    assert r.status == 0


@pytest.mark.parametrize("status", [0, 1, 3, 42, 123])
def test_exit_status_reaches_caller(arch, status):
    img = build(arch, app=app_path("status"))
    assert img.run(append=f"-- {status}").status == status
    assert img.run(append=f"-- {status} exit").status == status


def test_null_read_reaches_unhandled_trap(arch):
    img = build(arch, app=app_path("nullread"))
    r = img.run(timeout=30)
    r.expect(r"^reading NULL$")
    # the crash screen when ukdebug has it, the platform's short report otherwise
    r.expect(r"(Unhandled trap: |CRIT: ).*" + ARCHES[arch].null_fault)
    r.reject(r"^read ")
    assert r.status == STATUS_CRASH


def test_shell_halts_on_end_of_input(demo):
    r = demo.run(stdin="")
    r.expect(r"Hello from demo!")
    assert r.status == 0


def test_run_qemu_times_out(demo):
    # The console is a file, so the shell never sees end of input.
    p = subprocess.run([RUN_QEMU, "--timeout", "5", "--console", "file:/dev/null",
                        demo.path], stdin=subprocess.DEVNULL, capture_output=True,
                       timeout=60)
    assert p.returncode == STATUS_TIMEOUT
    assert b"timed out after 5 s" in p.stderr


def test_boot_time_to_main_on_request(arch):
    img = build(arch)
    r = img.run(append="uk.boot_time -- noshell")
    m = r.expect(r"^boot: first instruction to main\(\) in (\d+)\.(\d{3}) us$")
    to_main_us = int(m.group(1)) + int(m.group(2)) / 1000
    # counted from the entry, before the clock that stamps the log started
    heap_s = float(r.expect(r"^\[\s*([\d.]+)\] Info: .* heap ready").group(1))
    assert heap_s * 1e6 < to_main_us < 60e6, r.out
    assert r.out.index("heap ready") < m.start() < r.out.index("Hello from demo!")
    assert r.status == 0
    img.run(append="-- noshell").reject(r"^boot: ")
