# SPDX-License-Identifier: BSD-3-Clause
"""The console shell: built-in commands, line editing and bad input."""
import re

import pytest

from conftest import STATUS_CRASH


def test_help_then_halt_status(demo):
    r = demo.run("help\nhalt 3\n")
    for cmd in ("help", "echo", "uptime", "mem", "log", "halt"):
        r.expect(rf"^\s*{cmd}\b")
    assert r.status == 3


def test_echo_and_quotes(demo):
    r = demo.run('echo hello   world\necho "a  b" \'c d\'\n')
    r.expect(r"^hello world$")
    r.expect(r"^a  b c d$")
    assert r.status == 0


def test_uptime_increases(demo):
    r = demo.run("uptime\nuptime\n")
    values = [float(v) for v in re.findall(r"(\d+\.\d{6})\s*s", r.out)]
    assert len(values) >= 2, r.out
    assert 0 < values[0] <= values[1]


def test_mem_reports_totals(demo):
    r = demo.run("mem\n")
    total = int(r.expect(r"total:?\s+(\d+)").group(1))
    free = int(r.expect(r"free:?\s+(\d+)").group(1))
    assert 100 * 2**20 < total <= 128 * 2**20
    assert 0 < free <= total


def test_log_level_get_and_set(demo):
    r = demo.run("log level\nlog level 4\nlog level\nlog level 9\nlog level x\n")
    levels = re.findall(r"log level:? (\d)", r.out)
    assert levels[:2] == ["3", "4"], r.out
    assert len(re.findall(r"^error: ", r.out, re.M)) == 2, r.out
    assert r.status == 0


@pytest.mark.parametrize("line,error", [
    ("frobnicate", r"error: unknown command 'frobnicate'"),
    ("halt abc", r"error: .*halt"),
    ("halt 300", r"error: .*halt"),
    ('echo "unterminated', r"error: .*quote"),
    ("log bogus", r"error: .*log"),
    ("x" * 400, r"error: line too long"),
])
def test_bad_input_gives_one_error_line(demo, line, error):
    r = demo.run(line + "\necho still alive\n")
    r.expect(error)
    assert len(re.findall(r"^error: ", r.out, re.M)) == 1, r.out
    r.expect(r"^still alive$")
    assert r.status == 0


def test_line_editing(demo):
    # backspace, DEL, Ctrl-U and an arrow key escape sequence
    r = demo.run("echo abX\x7fc\n" "echo zz\x08\x08ok\n" "garbage\x15echo cleared\n"
                 "echo \x1b[Aarrow\x1b[D\n")
    r.expect(r"^abc$")
    r.expect(r"^ok$")
    r.expect(r"^cleared$")
    r.expect(r"^arrow$")
    r.reject(r"unknown command")


def test_crlf_and_empty_lines(demo):
    r = demo.run("\r\n\n\recho one\r\necho two\r")
    r.expect(r"^one$")
    r.expect(r"^two$")
    r.reject(r"^error")
    assert r.status == 0


def test_halt_default_status(demo):
    r = demo.run("halt\necho not reached\n")
    r.reject(r"^not reached$")
    assert r.status == 0
    assert r.status != STATUS_CRASH
