# SPDX-License-Identifier: BSD-3-Clause
"""Host unit tests of nolibc, ukalloc, ukboot, ukshell, ukstore, ukgdbstub and
ukdebug's dump codecs and ukcoredump's layout (tests/host/).

`make -C tests/host check` builds the library files with the host gcc
under ASan and UBSan and compares them with glibc; this module runs it and
shows the failing checks when there are any.
"""
import os
import re
import subprocess

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOST_TESTS = os.path.join(TOP, "tests", "host")


def test_host_units():
    p = subprocess.run(["make", "-C", HOST_TESTS, "check"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True, timeout=900)
    out = p.stdout
    failures = [line for line in out.splitlines()
                if "FAIL" in line or "ERROR" in line or "error:" in line]
    assert p.returncode == 0, ("host unit tests failed:\n" +
                               "\n".join(failures[:50]) + "\n...\n" + out[-3000:])
    summaries = re.findall(r"^(test_\w+): (\d+) passed, (\d+) failed$", out, re.M)
    assert {s[0] for s in summaries} == {"test_format", "test_string",
                                         "test_alloc", "test_shell", "test_symtab",
                                         "test_store_codec", "test_store", "test_store_unsorted",
                                         "test_gdbstub", "test_gdbstub_target", "test_gdbstub_query",
                                         "test_gdbstub_threads",
                                         "test_args", "test_dumpcodec", "test_tracefmt",
                                         "test_coredump", "test_prof_stacks", "test_ubsan"}, \
        out[-3000:]
    assert all(int(s[2]) == 0 and int(s[1]) > 0 for s in summaries), summaries
