# SPDX-License-Identifier: BSD-3-Clause
"""Fixtures shared by the test modules.

Images are built by `make` into their own build folders under
tests/.build/ (one per configuration), cached for the session and
protected by a file lock, so tests can run in parallel (pytest-xdist).
Every test boots its own guest through support/scripts/run-qemu; what
the tests share with support/scripts/bench is in harness.py.
"""
import contextlib
import dataclasses
import fcntl
import hashlib
import os
import re
import subprocess

import pytest

from harness import RUN_QEMU, TOP, expect, reject

# In-guest uktest cases as pytest tests (tests/uktest_plugin.py).
pytest_plugins = ["uktest_plugin"]

BUILD_ROOT = os.path.join(TOP, "tests", ".build")
TEST_APPS = os.path.join(TOP, "tests", "apps")

STATUS_TIMEOUT = 124
STATUS_CRASH = 125


@dataclasses.dataclass(frozen=True)
class Arch:
    """What a test needs to know about an architecture."""
    name: str
    machines: tuple
    cpus: tuple
    tool_prefix: str
    null_fault: str        # how the unhandled-trap line names a NULL read


ARCHES = {
    "x86_64": Arch("x86_64", ("pc", "microvm"), (None,), "",
                   "Page fault"),
    "arm64": Arch("arm64", ("virt",), ("cortex-a57", "max"),
                  "aarch64-linux-gnu-", "[Dd]ata abort"),
}


@dataclasses.dataclass
class Result:
    status: int
    out: str

    def expect(self, pattern):
        """harness.expect on the console output."""
        return expect(self.out, pattern, "console output")

    def reject(self, pattern):
        """harness.reject on the console output."""
        reject(self.out, pattern, "console output")


@dataclasses.dataclass
class Image:
    path: str
    arch: Arch
    build_dir: str

    def run(self, stdin="", append=None, timeout=60, machine=None, cpu=None,
            mem=None, extra=()):
        """Boot the image, feed @stdin to its console, return a Result."""
        cmd = [RUN_QEMU, "--timeout", str(timeout)]
        if append is not None:
            cmd += ["--append", append]
        if machine:
            cmd += ["--machine", machine]
        if cpu:
            cmd += ["--cpu", cpu]
        if mem:
            cmd += ["--mem", str(mem)]
        cmd += list(extra) + [self.path]
        p = subprocess.run(cmd, input=stdin.encode(), stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=timeout + 30)
        out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
        return Result(p.returncode, out)

    def symbols(self):
        """Names of all symbols in the image (nm)."""
        out = subprocess.run([self.arch.tool_prefix + "nm", self.path],
                             check=True, capture_output=True, text=True).stdout
        return {line.split()[-1] for line in out.splitlines() if line.strip()}

    def address(self, name):
        """The address of symbol @name in the image (nm)."""
        out = subprocess.run([self.arch.tool_prefix + "nm", self.path],
                             check=True, capture_output=True, text=True).stdout
        m = re.search(rf"^([0-9a-f]+) \w {re.escape(name)}$", out, re.M)
        assert m, f"no symbol {name} in {self.path}"
        return int(m.group(1), 16)


def make(*args, check=True):
    p = subprocess.run(["make", "--no-print-directory", "-C", TOP] + list(args),
                       capture_output=True, text=True)
    if check and p.returncode != 0:
        raise AssertionError(f"make {' '.join(args)} failed:\n{p.stdout}\n{p.stderr}")
    return p


@contextlib.contextmanager
def build_lock(build_dir):
    """Hold the lock of @build_dir: one make at a time in a build folder."""
    with open(build_dir.rstrip("/") + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def build(arch, options=None, app=None):
    """Build (once per session and configuration) and return an Image.

    @options maps CONFIG_ names (without the prefix) to 'y', 'n' or a value.
    """
    options = dict(options or {})
    app_dir = os.path.abspath(app) if app else os.path.join(TOP, "apps", "demo")
    key = repr((arch, sorted(options.items()), app_dir)).encode()
    build_dir = os.path.join(BUILD_ROOT, f"{arch}-{hashlib.sha1(key).hexdigest()[:10]}")
    os.makedirs(build_dir, exist_ok=True)
    with build_lock(build_dir):
        config = os.path.join(build_dir, ".config")
        if not os.path.exists(config):
            make(f"O={build_dir}", f"APP={app_dir}", "defconfig", f"ARCH={arch}")
            with open(config, "a") as f:
                for name, value in options.items():
                    if value == "n":
                        f.write(f"# CONFIG_{name} is not set\n")
                    else:
                        f.write(f"CONFIG_{name}={value}\n")
            make(f"O={build_dir}", f"APP={app_dir}", "olddefconfig")
        # a job per core: the other worker's guest often leaves one idle,
        # and builds (about 150 per run) are most of a cold run's time
        make(f"-j{os.cpu_count() or 1}", f"O={build_dir}", f"APP={app_dir}")
    name = os.path.basename(app_dir.rstrip("/"))
    mk = os.path.join(app_dir, "Makefile.uk")
    if os.path.exists(mk):
        m = re.search(r"^APPNAME\s*:?=\s*(\S+)", open(mk).read(), re.M)
        name = m.group(1) if m else name
    return Image(os.path.join(build_dir, f"{name}_kvm-{arch}"), ARCHES[arch], build_dir)


@pytest.fixture(params=sorted(ARCHES))
def arch(request):
    return request.param


@pytest.fixture
def demo(arch):
    """The default demo image for each architecture."""
    return build(arch)


def app_path(name):
    """Path of a test application under tests/apps/."""
    return os.path.join(TEST_APPS, name)
