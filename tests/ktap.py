# SPDX-License-Identifier: BSD-3-Clause
"""A strict KTAP version 1 parser for uktest's output (Linux
Documentation/dev-tools/ktap.rst): version lines, plans, nested subtests
by four-space indentation, "ok"/"not ok" result lines with directives
(SKIP, TODO, XFAIL, TIMEOUT, ERROR) and "#" diagnostics.

Kernel messages and a case's own prints interleave with the KTAP lines on
the console: a line that is none of the above is not KTAP and is ignored,
as the specification allows. What is KTAP must be right: a plan before
the results, results numbered 1..N in order, as many as planned, every
subtest closed by its parent's result line. KtapError says what is not.
"""
import dataclasses
import re

INDENT = 4
VERSION = re.compile(r"^KTAP version 1$")
PLAN = re.compile(r"^1\.\.(\d+)$")
RESULT = re.compile(r"^(ok|not ok) (\d+) ([^#]*?)\s*(?:# (SKIP|TODO|XFAIL|TIMEOUT|ERROR)\b ?(.*))?$")
DIAG = re.compile(r"^#(?: (.*))?$")


class KtapError(AssertionError):
    """The text is not well-formed KTAP."""


@dataclasses.dataclass
class Test:
    """One result line, with the diagnostics before it and its subtests."""
    name: str
    number: int
    ok: bool
    directive: str = ""
    reason: str = ""
    diag: list = dataclasses.field(default_factory=list)
    subtests: list = dataclasses.field(default_factory=list)

    @property
    def passed(self):
        """ok and not skipped."""
        return self.ok and self.directive != "SKIP"


@dataclasses.dataclass
class _Level:
    plan: int = None
    results: list = dataclasses.field(default_factory=list)
    diag: list = dataclasses.field(default_factory=list)
    pending: list = dataclasses.field(default_factory=list)  # closed subtests


def _split(line):
    """(level, text) of a KTAP-shaped line, or None for any other line."""
    stripped = line.lstrip(" ")
    pad = len(line) - len(stripped)
    if pad % INDENT:
        return None
    text = stripped.rstrip()
    if VERSION.match(text) or PLAN.match(text) or RESULT.match(text) or DIAG.match(text):
        return pad // INDENT, text
    return None


def parse(text):
    """Parse the first KTAP document in @text; return its top-level tests."""
    lines = text.replace("\r\n", "\n").split("\n")
    start = next((i for i, l in enumerate(lines) if l.rstrip() == "KTAP version 1"), None)
    if start is None:
        raise KtapError("no 'KTAP version 1' line")
    stack = [_Level()]
    for number, line in enumerate(lines[start + 1:], start + 2):
        parsed = _split(line)
        if parsed is None:
            continue
        level, body = parsed
        depth = len(stack) - 1
        if VERSION.match(body):
            if level != depth + 1:
                raise KtapError(f"line {number}: subtest version at indent {level}, expected {depth + 1}")
            stack.append(_Level())
            continue
        if DIAG.match(body):
            if level <= depth:
                stack[level].diag.append(DIAG.match(body).group(1) or "")
            continue
        if level > depth:
            raise KtapError(f"line {number}: {body!r} at indent {level} outside any subtest")
        while level < depth:
            closed = stack.pop()
            _check_count(closed, number)
            stack[-1].pending = closed.results
            depth -= 1
        cur = stack[-1]
        m = PLAN.match(body)
        if m:
            if cur.plan is not None or cur.results:
                raise KtapError(f"line {number}: plan {body!r} after the plan or results")
            cur.plan = int(m.group(1))
            cur.diag = []  # the header's ("# Subtest: name"), not a test's
            continue
        m = RESULT.match(body)
        n = int(m.group(2))
        if cur.plan is None:
            raise KtapError(f"line {number}: result {body!r} before the plan")
        if n != len(cur.results) + 1:
            raise KtapError(f"line {number}: result number {n}, expected {len(cur.results) + 1}")
        cur.results.append(Test(m.group(3), n, m.group(1) == "ok", m.group(4) or "",
                                m.group(5) or "", cur.diag, cur.pending))
        cur.diag, cur.pending = [], []
        if level == 0 and len(cur.results) == cur.plan:
            return cur.results
    if len(stack) > 1:
        raise KtapError("the output ends inside a subtest")
    _check_count(stack[0], len(lines))
    return stack[0].results


def _check_count(level, number):
    if level.plan is None:
        raise KtapError(f"line {number}: a test without a plan")
    if len(level.results) != level.plan:
        raise KtapError(f"line {number}: {len(level.results)} results, plan said {level.plan}")


def cases(tests):
    """{"suite.case": Test} of a uktest run (suites holding cases)."""
    return {f"{s.name}.{c.name}": c for s in tests for c in s.subtests}
