# SPDX-License-Identifier: BSD-3-Clause
"""pytest sees every in-guest uktest case as its own test.

For each architecture the plugin builds tests/apps/uktest with every
library's LIB*_TEST option on, boots it once with uk.test=list to collect
the cases, and parametrizes test_in_guest (tests/test_in_guest.py) with
one id per case, "<arch>/<suite>.<case>": `pytest -k nofault.guard`
selects cases, --junitxml reports each. The first case of an
architecture a pytest process runs boots the image once with uk.test=run
(filtered to the one case when only one is selected), the KTAP output is
parsed (tests/ktap.py) and every case reads its own result: a failure
shows the guest's diagnostics (the failing expression, the values,
file:line, or the crash and its call trace). A case that crashed or timed
out fails alone; a case without a result (the guest died) fails with the
console output. Works under pytest-xdist: each process collects the same
list and boots its own run.
"""
import glob
import os
import re

import pytest

import ktap
from conftest import ARCHES, TOP, app_path, build

LIST_LINE = re.compile(r"^uktest: (\w+)\.(\w+)$", re.M)


def test_options():
    """{"LIBFOO_TEST": "y"} for every LIB*_TEST option of the tree."""
    names = set()
    for path in glob.glob(os.path.join(TOP, "lib", "*", "Config.uk")):
        names.update(re.findall(r"^config (LIB\w+_TEST)$", open(path).read(), re.M))
    return {n: "y" for n in sorted(names)}


def image(arch):
    return build(arch, test_options(), app=app_path("uktest"))


def list_cases(arch):
    r = image(arch).run(append="uk.test=list", timeout=120)
    if r.status != 0:
        raise RuntimeError(f"uk.test=list on {arch} ended with {r.status}:\n{r.out}")
    return [f"{s}.{c}" for s, c in LIST_LINE.findall(r.out)]


def run_in_guest(arch, glob, options=None):
    """Boot the test image (with @options added) running the cases @glob
    selects; return (the Result, {"suite.case": ktap.Test})."""
    opts = dict(test_options(), **(options or {}))
    r = build(arch, opts, app=app_path("uktest")).run(
        append=f"uk.test=run uk.test.filter={glob}", timeout=600)
    return r, ktap.cases(ktap.parse(r.out))


def assert_all_passed(r, cases, names):
    """Every case of @names ran in @cases and passed (or skipped)."""
    assert sorted(cases) == sorted(names), r.out
    bad = [n for n, t in cases.items() if not t.ok]
    assert not bad, f"failed in the guest: {bad}\n{r.out}"


class InGuestCase:
    """One in-guest case; check() fails the pytest test as the case did."""

    def __init__(self, runs, arch, name):
        self.runs, self.arch, self.name = runs, arch, name

    def check(self):
        out, results = self.runs.get(self.arch)
        t = results.get(self.name)
        if t is None:
            pytest.fail(f"{self.arch}/{self.name}: no result; the guest said:\n{out}",
                        pytrace=False)
        if t.directive == "SKIP":
            pytest.skip(t.reason or "skipped in the guest")
        if not t.ok:
            line = f"not ok {t.number} {t.name}" + (f" # {t.directive} {t.reason}" if t.directive else "")
            pytest.fail("\n".join([f"{self.arch}/{self.name} failed in the guest:"]
                                  + [f"    # {d}" for d in t.diag] + [f"    {line}"]),
                        pytrace=False)


class Runs:
    """One uk.test=run boot per architecture and pytest process."""

    def __init__(self):
        self.selected = {}
        self.done = {}

    def get(self, arch):
        if arch not in self.done:
            names = self.selected.get(arch, [])
            append = "uk.test=run"
            if len(names) == 1:
                append += f" uk.test.filter={names[0]}"
            r = image(arch).run(append=append, timeout=600)
            try:
                results = ktap.cases(ktap.parse(r.out))
            except ktap.KtapError as e:
                pytest.fail(f"{arch}: the guest's KTAP does not parse: {e}\n{r.out}", pytrace=False)
            self.done[arch] = (r.out, results)
        return self.done[arch]


_runs = Runs()


def pytest_generate_tests(metafunc):
    if "uktest_case" not in metafunc.fixturenames:
        return
    params = []
    for arch in sorted(ARCHES):
        params += [pytest.param((arch, n), id=f"{arch}/{n}") for n in list_cases(arch)]
    metafunc.parametrize("uktest_case", params, indirect=True)


def pytest_collection_modifyitems(session, config, items):
    for item in items:
        spec = getattr(item, "callspec", None)
        if spec and "uktest_case" in spec.params:
            arch, name = spec.params["uktest_case"]
            _runs.selected.setdefault(arch, []).append(name)


@pytest.fixture
def uktest_case(request):
    arch, name = request.param
    return InGuestCase(_runs, arch, name)
