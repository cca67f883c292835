# SPDX-License-Identifier: BSD-3-Clause
"""UBSan (lib/ubsan): the suite that fails each kind of check once, in each
mode on both architectures; reports of an application built with the
documented recipe; the crash screen in report-and-crash and trap mode;
every in-guest suite under UBSan reporting nothing of its own; and no
trace of UBSan in an image built without it."""
import re
import subprocess

import pytest

import ktap
from conftest import STATUS_CRASH, app_path, build
from uktest_plugin import test_options as all_test_options

# The recipe of docs/ubsan.md: these two lines appended to a defconfig.
RECIPE = {"LIBUBSAN": "y", "LIBUBSAN_APP": "y"}
MODES = {"continue": "LIBUBSAN_CONTINUE", "crash": "LIBUBSAN_CRASH", "trap": "LIBUBSAN_TRAP"}
APP_SRC = "tests/apps/ubsan/main.c"
# kind -> the detail line its report in the suite prints
SUITE_REPORTS = {
    "add_overflow": r"signed integer overflow: 2147483647 \+ 1 cannot be represented in type 'int'",
    "sub_overflow": r"signed integer overflow: -2147483648 - 1 cannot be represented in type 'int'",
    "mul_overflow": r"signed integer overflow: 2147483647 \* 40 cannot be represented in type 'int'",
    "negate_overflow": r"negation of -2147483648 cannot be represented in type 'int'",
    "divrem_overflow": r"division of 1 by zero \(type 'int'\)",
    "shift_out_of_bounds": r"shift exponent 40 is too large for 32-bit type 'int'",
    "out_of_bounds": r"index 4 is out of range for type 'int \[4\]'",
    "null": r"load of null pointer of type 'int'",
    "misaligned": r"load of misaligned address 0x[0-9a-f]+ for type 'volatile int', "
                  r"which requires 4 byte alignment",
    "object_size": r"load of address 0x[0-9a-f]+ with insufficient space for an object",
    "vla_bound": r"variable length array bound evaluates to non-positive value 0",
    "invalid_value": r"load of value 3, which is not a valid value for type '_Bool'",
    "nonnull_arg": r"null pointer passed as argument 1, which is declared never null",
    "nonnull_return": r"null pointer returned from function declared to never return null",
    "pointer_overflow": r"pointer index expression with base 0x[0-9a-f]+ overflowed to 0x[0-9a-f]+",
    "invalid_builtin": r"passing zero to ctz\(\), which is not a valid argument",
    "float_cast_overflow": r"1e\+20 is outside the range of representable values of type 'int'",
    "unreachable": r"execution reached an unreachable program point",
}
REPORT = re.compile(r"UBSan: (\w+) at (\S+):(\d+):(\d+)$", re.M)


def ubsan_app(arch, mode, test=False):
    opts = dict(RECIPE, **{MODES[mode]: "y"})
    if test:
        opts["LIBUBSAN_TEST"] = "y"
    return build(arch, opts, app=app_path("ubsan"))


def run_image(img, glob):
    """Boot @img running the in-guest cases @glob selects."""
    r = img.run(append=f"uk.test=run uk.test.filter={glob}", timeout=300)
    return r, ktap.cases(ktap.parse(r.out))


def report(out, kind, where, detail):
    """The report's first line, its detail line and a call trace."""
    m = re.search(rf"UBSan: {kind} at {where}:\d+:\d+\n.*?  {detail}.*\n.*?  Call Trace:\n"
                  rf".*?  \[[0-9a-f]{{16}}\] \w+", out)
    assert m, f"no {kind} report at {where}:\n{out}"
    return m


@pytest.mark.parametrize("mode", sorted(MODES))
def test_suite(arch, mode):
    """Each kind fails once and ends as the mode says (the cases check the
    counters and the report's first line); in report-and-continue mode
    the printed reports carry the operands and the call trace."""
    img = ubsan_app(arch, mode, test=True)
    r, cases = run_image(img, "ubsan.*")
    assert "ubsan.unreachable" in cases, r.out
    bad = [n for n, t in cases.items() if not t.ok]
    assert not bad, f"failed in the guest: {bad}\n{r.out}"
    if mode == "trap":
        assert "UBSan: " not in r.out
        return
    for kind, detail in SUITE_REPORTS.items():
        report(r.out, kind, r"lib/ubsan/tests/ubsan(_float)?\.c", detail)
    if mode == "continue":
        # the same location three times: one report
        assert len(re.findall(r"UBSan: add_overflow at lib/ubsan/tests/ubsan\.c", r.out)) == 2, r.out


def test_recipe_reports_and_continues(arch):
    """CONFIG_LIBUBSAN=y and CONFIG_LIBUBSAN_APP=y after a defconfig: the
    application's overflow reports once although it happens twice, the
    shift reports, the program goes on and ukstore counts one report."""
    r = ubsan_app(arch, "continue").run(timeout=60)
    assert r.status == 0, r.out
    # the compiler may put the constant operand first
    report(r.out, "add_overflow", APP_SRC,
           r"signed integer overflow: (2147483647 \+ 1|1 \+ 2147483647) cannot be represented "
           r"in type 'int'")
    report(r.out, "shift_out_of_bounds", APP_SRC,
           r"shift exponent 40 is too large for 32-bit type 'int'")
    assert len(re.findall(r"UBSan: add_overflow", r.out)) == 1, r.out
    assert r.out.count("sum -2147483648") == 2, r.out
    r.expect(r"^ubsan/add_overflow = 1$")
    r.expect(r"Call Trace:\n(?:.*\n)*?.*__ubsan_handle_add_overflow\+0x[0-9a-f]+\n.*add_one\+0x[0-9a-f]+\n"
             r".*main\+0x")


@pytest.mark.parametrize("mode,reason", [
    ("crash", rf"UBSan: add_overflow at {APP_SRC}:\d+:\d+ \(report\.c:\d+ in ubsan_report\)"),
    ("trap", r"UBSan check failed \(trap mode: (ud2|BRK #0x3e8) at 0x[0-9a-f]+\)"),
])
def test_crash_screen_names_the_check(arch, mode, reason):
    """Report-and-crash and trap mode stop at the first failed check, in
    the crash screen, whose last line names it; its trace shows where."""
    r = ubsan_app(arch, mode, test=True).run(timeout=60)
    assert r.status == STATUS_CRASH, r.out
    r.expect(r"CRIT: Lantern crash - ")
    r.expect(rf"^CRIT: {reason}$")
    r.expect(r"^CRIT: .*add_one\+0x")
    r.reject(r"^sum ")


def test_in_guest_suites_report_nothing(arch):
    """Every library's in-guest suite, kernel and application instrumented
    (report and continue): all pass, and the only reports are the ubsan
    suite's own. One boot per architecture."""
    img = build(arch, dict(all_test_options(), **RECIPE), app=app_path("uktest"))
    r, cases = run_image(img, "*")
    assert len(cases) > 50, r.out
    bad = [n for n, t in cases.items() if not t.ok]
    assert not bad, f"failed in the guest: {bad}\n{r.out}"
    assert any(n.startswith("ubsan.") for n in cases), r.out
    others = [m.group(0) for m in REPORT.finditer(r.out)
              if not m.group(2).startswith("lib/ubsan/tests/")]
    assert not others, others
    assert r.status == 0, r.out


def test_off_leaves_nothing(arch, demo):
    """Without CONFIG_LIBUBSAN (the default) no __ubsan_ symbol is in the
    image: nothing is instrumented."""
    nm = demo.arch.tool_prefix + "nm"
    syms = subprocess.run([nm, demo.path], check=True, capture_output=True, text=True).stdout
    assert "main" in syms
    assert "__ubsan_" not in syms
