# SPDX-License-Identifier: BSD-3-Clause
"""uktest itself: the KTAP parser (no guest), and tests/apps/uktestself,
whose cases show each kind of result, booted with uk.test=run, =list and
filters; the shell's `test ls/run` and the ukstore counters on the demo."""
import re

import pytest

import ktap
from conftest import app_path, build

# What each case of tests/apps/uktestself ends as: ok, directive, reason.
SELF = {
    "selfinit.skipped": (True, "SKIP", "suite init failed"),
    "selftest.passes": (True, "", ""),
    "selftest.expectation_fails": (False, "", ""),
    "selftest.assertion_ends": (False, "", ""),
    "selftest.skips": (True, "SKIP", "not on this machine"),
    "selftest.null_read": (False, "ERROR", None),
    "selftest.failed_uk_assert": (False, "ERROR", "Assertion failed: three == 4 "),
    "selftest.expected_crash": (True, "", ""),
    "selftest.crash_never_comes": (False, "", ""),
    "selftest.spins": (False, "TIMEOUT", ""),
    "selftest.runs_after_all": (True, "", ""),
}


def selfimage(arch, sched="y"):
    # a short time limit so that the spinning case ends soon
    return build(arch, {"LIBUKTEST_TIMEOUT_S": "2", "LIBUKSCHED": sched},
                 app=app_path("uktestself"))


INTERLEAVED = """\
Lantern 0.1.0 (Wick) on x86_64 pc, 128 MiB RAM
KTAP version 1
1..2
    KTAP version 1
    # Subtest: one
[    0.1] Info: [libfoo] <foo.c @ 1> a kernel message between the lines
    1..2
    ok 1 a
a case's own print
    # b: EXPECTATION FAILED at lib/foo/tests/x.c:12
      an odd indent is not KTAP
    not ok 2 b
not ok 1 one
    KTAP version 1
    # Subtest: two
    1..1
    ok 1 c # SKIP why not
ok 2 two # SKIP
# Totals: pass:1 fail:1 skip:1
ok 1 after the document
"""


def test_ktap_parser_skips_what_is_not_ktap():
    tests = ktap.parse(INTERLEAVED)
    assert [(t.name, t.ok, t.directive) for t in tests] == [("one", False, ""), ("two", True, "SKIP")]
    cases = ktap.cases(tests)
    assert list(cases) == ["one.a", "one.b", "two.c"]
    assert cases["one.a"].passed and cases["one.a"].diag == []
    assert cases["one.b"].diag == ["b: EXPECTATION FAILED at lib/foo/tests/x.c:12"]
    assert (cases["two.c"].directive, cases["two.c"].reason) == ("SKIP", "why not")


@pytest.mark.parametrize("broken, error", [
    ("", "no 'KTAP version 1'"),
    ("KTAP version 1\nok 1 a\n", "before the plan"),
    ("KTAP version 1\n1..2\nok 1 a\nok 3 b\n", "result number 3, expected 2"),
    ("KTAP version 1\n1..2\nok 1 a\n", "1 results, plan said 2"),
    ("KTAP version 1\n1..1\n    KTAP version 1\n    1..2\n    ok 1 a\nok 1 s\n", "1 results, plan said 2"),
    ("KTAP version 1\n1..1\n    KTAP version 1\n    1..1\n    ok 1 a\n", "ends inside a subtest"),
    ("KTAP version 1\n1..1\n        KTAP version 1\n", "indent 2, expected 1"),
    ("KTAP version 1\n1..1\n1..1\n", "after the plan"),
])
def test_ktap_parser_is_strict(broken, error):
    with pytest.raises(ktap.KtapError, match=re.escape(error)):
        ktap.parse(broken)


@pytest.mark.parametrize("sched", ["y", "n"])
def test_run_reports_each_kind(arch, sched):
    r = selfimage(arch, sched).run(append="uk.test=run")
    cases = ktap.cases(ktap.parse(r.out))
    assert set(cases) == set(SELF), r.out
    for name, (ok, directive, reason) in SELF.items():
        t = cases[name]
        assert (t.ok, t.directive) == (ok, directive), f"{name}:\n{r.out}"
        if reason is not None:
            assert t.reason.startswith(reason), f"{name}: {t.reason!r}"
    # a failed expectation: expression, both values, file:line; the case went on
    assert cases["selftest.expectation_fails"].diag == [
        "expectation_fails: EXPECTATION FAILED at tests/apps/uktestself/main.c:25",
        "    Expected three + 1 == 5, but",
        "        three + 1 == 4 (0x4)",
        "        5 == 5 (0x5)"]
    r.expect(r"^still in expectation_fails$")
    # a failed assertion ends the case
    assert "ASSERTION FAILED at tests/apps/uktestself/main.c:31" in cases["selftest.assertion_ends"].diag[0]
    r.reject(r"never printed")
    # a trap: what happened and the call trace, from the case down
    diag = cases["selftest.null_read"].diag
    assert diag[0] == f"null_read: crashed: {cases['selftest.null_read'].reason}"
    assert re.match(r"(Page fault|Data abort) at 0x0 ", cases["selftest.null_read"].reason)
    assert diag[1] == "    Call Trace:"
    assert re.search(r"\] __uk_testfn_selftest_null_read\+0x", diag[2]), diag
    assert any("uk_test_run+" in d for d in diag), diag
    assert cases["selftest.spins"].diag == ["spins: still running after 2 s"]
    assert cases["selftest.crash_never_comes"].diag == [
        'crash_never_comes: expected a crash ("Page fault"), none came']
    r.expect(r"^# Totals: pass:3 fail:6 skip:2$")
    r.reject(r"Lantern crash|main\(\) of uktestself")
    assert r.status == 1


@pytest.mark.parametrize("param", ["uk.test=list", "uk.test.action=list"])
def test_list(arch, param):
    r = selfimage(arch).run(append=param)
    assert re.findall(r"^uktest: (\S+)$", r.out, re.M) == sorted(SELF, key=lambda n: n.startswith("selftest"))
    r.reject(r"KTAP|main\(\) of uktestself")
    assert r.status == 0


@pytest.mark.parametrize("glob, names, status", [
    ("selftest.passes", ["selftest.passes"], 0),
    ("selftest.*_fails", ["selftest.expectation_fails"], 1),
    ("selftest.?kips", ["selftest.skips"], 0),
    ("selfinit", ["selfinit.skipped"], 0),
    ("nosuch.*", [], 0),
])
def test_filter(arch, glob, names, status):
    r = selfimage(arch).run(append=f"uk.test=run uk.test.filter={glob}")
    assert sorted(ktap.cases(ktap.parse(r.out))) == names, r.out
    assert r.status == status


def test_no_cost_without_the_parameter(arch):
    r = selfimage(arch).run()
    r.expect(r"^main\(\) of uktestself$")
    r.reject(r"KTAP|^uktest:")
    assert r.status == 0


def test_shell_and_store(arch):
    img = build(arch, {"LIBUKTEST_TEST": "y"})
    r = img.run("test ls\ntest ls nosuch\ntest run uktest_glob.star\n"
                "store get uktest/passed\ntest run uktest_glob.*\n"
                "store get uktest/passed\nstore get uktest/failed\nstore get uktest/skipped\n"
                "test frob\n")
    listed = re.findall(r"^uktest: (uktest_glob\.\w+)$", r.out, re.M)
    assert listed == ["uktest_glob.literal", "uktest_glob.star", "uktest_glob.question_mark"]
    runs = r.out.split("KTAP version 1\n1..")[1:]
    assert len(runs) == 2, r.out
    assert list(ktap.cases(ktap.parse("KTAP version 1\n1.." + runs[0]))) == ["uktest_glob.star"]
    assert len(ktap.cases(ktap.parse("KTAP version 1\n1.." + runs[1]))) == 3
    assert re.findall(r"store get uktest/\w+\n(\d+)$", r.out, re.M) == ["1", "4", "0", "0"], r.out
    r.expect(r"^error: usage: test ls\|run")
    assert r.status == 0
