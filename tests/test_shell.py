# SPDX-License-Identifier: BSD-3-Clause
"""The console shell: built-in commands, line editing and bad input, Ctrl-C
ending a running command (on its own console and on one shared with the
GDB stub), and every command's usage line."""
import re
import time

import pytest

from conftest import STATUS_CRASH, app_path, build
from gdb_guest import Guest
from harness import Raw

# Long enough to outlast any test: only Ctrl-C ends it.
ENDLESS_WORK = "work 99999999999"


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


def test_ctrl_c_typed_ahead_ends_the_next_command(demo):
    """A Ctrl-C that arrives behind a command's line, before or while it
    runs, ends it; the byte is gone before the next line."""
    r = demo.run(f"{ENDLESS_WORK}\n\x03echo after\n", timeout=60)
    r.expect(rf"^lantern\$ {ENDLESS_WORK}\n\^C\nlantern\$ echo after\nafter$")
    assert r.out.count("^C") == 1, r.out
    r.reject(r"^did \d+ blocks")
    assert r.status == 0


def interrupted_work_done(send, wait_for):
    """Start the endless work at the prompt, Ctrl-C it while it runs, return
    how many blocks it did. @send writes bytes to the console;
    @wait_for(pattern) returns console text that matches, the patterns
    holding for the whole output as for the output since the last call."""
    send(f"{ENDLESS_WORK}\n".encode())
    wait_for(rf"{ENDLESS_WORK}\n")
    # Margin for the command to get going; work_done below proves it did.
    time.sleep(0.5)
    send(b"\x03")
    wait_for(r"^\^C\nlantern\$ ")
    send(b"store get demo/work_done\n")
    done = r"store get demo/work_done\n(\d+)\n"
    return int(re.search(done, wait_for(done)).group(1))


def test_ctrl_c_ends_a_running_command(demo):
    with Guest(demo, mode="shell", wait=False, stdin=True, ready=r"^lantern\$ ") as g:
        g.ready()

        def send(data):
            g.proc.stdin.write(data)
            g.proc.stdin.flush()

        done = interrupted_work_done(send, g.wait_for)
        assert 0 < done < 99999999999
        send(b"echo after\nhalt 3\n")
        assert g.finish() == 3
        out = g.output()
    assert out.count("^C") == 1, out
    assert re.search(rf"^lantern\$ {ENDLESS_WORK}\n\^C\nlantern\$ store get", out, re.M), out
    assert re.search(r"^lantern\$ echo after\nafter$", out, re.M), out
    assert not re.search(r"^did \d+ blocks", out, re.M), out


def test_ctrl_c_ends_a_running_command_on_the_shared_console(demo):
    """With the GDB stub sharing the console and no debugger attached, a
    Ctrl-C is the shell's: it ends the command instead of stopping the
    guest; a debugger's packet still stops it."""
    with Guest(demo, mode="shell", wait=False, console=True) as g:
        with g.connect() as s:
            con = Raw(s)
            text = ""

            def wait_for(pattern):
                nonlocal text
                text += con.read_text(pattern)
                return text

            con.send(b"\n")
            wait_for(r"lantern\$ $")
            done = interrupted_work_done(con.send, wait_for)
            assert 0 < done < 99999999999
            assert "$T" not in text, text
            con.send(con.frame(b"?"))
            con.read_text(r"\$T02[^#]*#[0-9a-f]{2}")
            con.detach_console()
            con.send(b"echo after\n")
            con.read_text(r"^after$")
            con.send(b"\x04")
            assert g.finish() == 0


def help_lines(img):
    """(`help` output lines, {command: `help <command>` output}) of @img."""
    def after_prompt(out, cmd):
        m = re.search(rf"^lantern\$ {re.escape(cmd)}\n((?:(?!lantern\$ ).*\n)*)", out, re.M)
        assert m, f"no output of {cmd!r}:\n{out}"
        return m.group(1)

    listing = after_prompt(img.run("help\n").out, "help").splitlines()
    names = [line.split()[0] for line in listing]
    out = img.run("".join(f"help {n}\n" for n in names)).out
    return listing, {n: after_prompt(out, f"help {n}") for n in names}


@pytest.mark.parametrize("app", ["demo", "store"])
def test_usage_lines_name_each_command_once(arch, app):
    img = build(arch, app=app_path(app) if app != "demo" else None)
    listing, details = help_lines(img)
    assert "help" in details and len(details) == len(listing)
    for line in listing:
        name = line.split()[0]
        assert not re.match(rf"{re.escape(name)}\s+{re.escape(name)}\b", line), line
    for name, text in details.items():
        m = re.match(rf"usage: {re.escape(name)}(?: (.*))?\n.+\n$", text)
        assert m, f"help {name}:\n{text}"
        args = m.group(1) or ""
        assert not re.match(rf"{re.escape(name)}\b", args), f"help {name}:\n{text}"
