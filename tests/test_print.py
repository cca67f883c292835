# SPDX-License-Identifier: BSD-3-Clause
"""Kernel message format, compile-time and run-time thresholds, assertions."""
import subprocess

from conftest import STATUS_CRASH, app_path, build

LINE = r"^\[\s*\d+\.\d{{6}}\] {level} \[{lib}\] <{file} @ \d+> {msg}$"


def test_message_line_format(arch):
    r = build(arch, app=app_path("printk")).run()
    r.expect(LINE.format(level="CRIT:", lib="printk", file="main.c", msg="first crit 0"))
    r.expect(LINE.format(level="ERR:", lib="printk", file="main.c", msg="first err 1"))
    r.expect(LINE.format(level="Warn:", lib="printk", file="main.c", msg="first warn 2"))
    r.expect(LINE.format(level="Info:", lib="printk", file="main.c", msg="first info 3"))
    # libraries print under their own name
    r.expect(LINE.format(level="Info:", lib="libukalloc", file=r"\S+\.c", msg=r"heap ready.*"))
    # every line of a multi-line message gets the prefix
    r.expect(LINE.format(level="Info:", lib="printk", file="main.c", msg="two"))
    r.expect(LINE.format(level="Info:", lib="printk", file="main.c", msg="lines"))
    assert r.status == 0


def test_runtime_threshold(arch):
    r = build(arch, app=app_path("printk")).run()
    # debug is above the default run-time level; after lowering it to ERR
    # only crit and err remain
    r.reject(r"first debug")
    r.expect(r"second crit 0")
    r.expect(r"second err 1")
    r.reject(r"second (warn|info|debug)")
    r.expect(r"^printk test done$")


def test_compile_time_threshold(arch):
    img = build(arch, {"LIBUKDEBUG_PRINTK_WARN": "y", "LIBUKDEBUG_PRINTK_INFO": "n"},
                app=app_path("printk"))
    r = img.run()
    r.expect(r"first warn 2")
    r.reject(r"first info|heap ready")
    strings = subprocess.run(["strings", img.path], capture_output=True, text=True).stdout
    assert "%s warn %d" in strings
    assert "%s info %d" not in strings, "info message text still in the image"


def test_debug_level_compiled_in_and_enabled(arch):
    img = build(arch, {"LIBUKDEBUG_PRINTK_DEBUG": "y", "LIBUKDEBUG_PRINTK_INFO": "n",
                       "LIBUKDEBUG_LOG_LEVEL": "4"}, app=app_path("printk"))
    r = img.run()
    r.expect(r"dbg: \[printk\] <main.c @ \d+> first debug 4")


def test_no_srcname_no_time(arch):
    img = build(arch, {"LIBUKDEBUG_PRINT_TIME": "n", "LIBUKDEBUG_PRINT_SRCNAME": "n"},
                app=app_path("printk"))
    r = img.run()
    r.expect(r"^Info: \[printk\] first info 3$")


def test_assertion_failure(arch):
    img = build(arch, app=app_path("assert"))
    r = img.run(append="-- 0")
    r.expect(r"^\[\s*\d+\.\d{6}\] CRIT: Lantern crash - \w+ \(\d+\.\d+\.\d+\)$")
    r.expect(r"^CRIT: Assertion failed: n > 0 \(main\.c:\d+ in main\)$")
    r.reject(r"assertion passed")
    assert r.status == STATUS_CRASH


def test_assertion_passes_and_uk_crash(arch):
    img = build(arch, app=app_path("assert"))
    r = img.run(append="-- 1")
    r.expect(r"assertion passed or compiled out \(n = 1\)")
    assert r.status == 7
    r = img.run(append="-- 2")
    r.expect(r"^CRIT: deliberate crash 2 \(main\.c:\d+ in main\)$")
    assert r.status == STATUS_CRASH


def test_assertions_compiled_out(arch):
    img = build(arch, {"LIBUKDEBUG_ASSERT": "n"}, app=app_path("assert"))
    r = img.run(append="-- 0")
    r.expect(r"assertion passed or compiled out \(n = 0\)")
    assert r.status == 7
    strings = subprocess.run(["strings", img.path], capture_output=True, text=True).stdout
    assert "n > 0" not in strings
