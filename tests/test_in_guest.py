# SPDX-License-Identifier: BSD-3-Clause
"""Every library's in-guest uktest cases, one pytest test each
(tests/uktest_plugin.py collects them: `pytest -k <suite>.<case>`)."""


def test_in_guest(uktest_case):
    uktest_case.check()
