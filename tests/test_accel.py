# SPDX-License-Identifier: BSD-3-Clause
"""The accelerator run-qemu picks: the line that names it, ACCEL= and
LANTERN_ACCEL to choose it, and auto's fallback to TCG when KVM opens but
cannot run a guest (simulated by a QEMU earlier on PATH that fails so)."""
import os
import platform
import re
import shutil
import subprocess

import pytest

from conftest import RUN_QEMU, build, build_lock, make

HOST_ARCH = {"x86_64": "x86_64", "aarch64": "arm64"}.get(platform.machine())
QEMU = {"x86_64": "qemu-system-x86_64", "arm64": "qemu-system-aarch64"}
STATUS_QEMU_FAILED = 126
FALLBACK = (r"^run-qemu: accelerator tcg \(auto: /dev/kvm is there but KVM failed the "
            r"{}probe: KVM internal error; ")
HINT = r"^run-qemu: KVM could not run this guest \(KVM internal error\); use ACCEL=tcg"

# What QEMU printed on a host whose KVM could not emulate an SSE load; it
# then paused the guest instead of exiting.
BROKEN_KVM = """#!/bin/sh
case " $* " in
*" -accel kvm "*)
	echo kvm >> "{count}"
	echo "KVM internal error. Suberror: 1" >&2
	echo "emulation failure" >&2
	exec sleep 120 ;;
esac
exec "{real}" "$@"
"""


def run_qemu(args, env, timeout=60):
    """run-qemu with its console piped; return (status, stdout, stderr)."""
    p = subprocess.run([RUN_QEMU, "--timeout", str(timeout)] + args, input=b"",
                       capture_output=True, env=env, timeout=timeout + 30)
    out = p.stdout.decode(errors="replace").replace("\r\n", "\n")
    return p.returncode, out, p.stderr.decode(errors="replace")


def env_with(**changes):
    """Our environment without LANTERN_ACCEL (make test ACCEL= sets it), plus @changes."""
    env = dict(os.environ)
    env.pop("LANTERN_ACCEL", None)
    env.update(changes)
    return env


def test_first_line_names_the_accelerator(demo):
    status, out, err = run_qemu(["--append", "-- noshell", demo.path],
                                env_with(LANTERN_ACCEL="tcg"))
    assert status == 0, out + err
    assert err.splitlines()[0] == "run-qemu: accelerator tcg (LANTERN_ACCEL=tcg)", err
    # the console itself is untouched: it starts with the banner
    assert out.startswith("Lantern "), out


def test_option_beats_environment(demo):
    status, out, err = run_qemu(["--accel", "tcg", "--dry-run", demo.path],
                                env_with(LANTERN_ACCEL="kvm"))
    assert status == 0, err
    assert err.splitlines()[0] == "run-qemu: accelerator tcg (--accel tcg)"
    assert re.search(r" -accel tcg ", out), out


def test_environment_value_is_checked(demo):
    status, _, err = run_qemu(["--dry-run", demo.path], env_with(LANTERN_ACCEL="fast"))
    assert status != 0
    assert "LANTERN_ACCEL=fast is not one of auto, kvm, tcg" in err


def test_make_run_accel_tcg(arch):
    img = build(arch)
    with build_lock(img.build_dir):
        p = make(f"O={img.build_dir}", "run", "ACCEL=tcg", "RUN_ARGS=--append '-- noshell'")
    assert "run-qemu: accelerator tcg (LANTERN_ACCEL=tcg)" in p.stderr, p.stderr
    assert re.search(r"^Hello from demo!\r?$", p.stdout, re.M), p.stdout


@pytest.fixture
def broken_kvm(tmp_path):
    """A PATH whose QEMU fails under KVM as nested KVM did, an image in a
    fresh build folder (its own probe cache), and the file that counts the
    KVM starts."""
    if HOST_ARCH is None or not os.access("/dev/kvm", os.R_OK | os.W_OK):
        pytest.skip("auto probes KVM only where /dev/kvm is usable")
    bin_dir, image_dir = tmp_path / "bin", tmp_path / "build"
    bin_dir.mkdir()
    image_dir.mkdir()
    count = tmp_path / "kvm-starts"
    wrapper = bin_dir / QEMU[HOST_ARCH]
    wrapper.write_text(BROKEN_KVM.format(count=count, real=shutil.which(QEMU[HOST_ARCH])))
    wrapper.chmod(0o755)
    image = image_dir / os.path.basename(build(HOST_ARCH).path)
    shutil.copy(build(HOST_ARCH).path, image)
    env = env_with(PATH=f"{bin_dir}:{os.environ['PATH']}")
    return str(image), env, count


def test_auto_falls_back_to_tcg_once_kvm_failed_the_probe(broken_kvm):
    image, env, count = broken_kvm
    for cached in ("", "cached "):
        status, out, err = run_qemu(["--append", "-- noshell", image], env)
        assert status == 0, out + err
        assert re.match(FALLBACK.format(cached), err), err
        assert re.search(r"^Hello from demo!$", out, re.M), out
    # the second run took the answer from the build folder
    assert count.read_text().splitlines() == ["kvm"]


def test_kvm_internal_error_ends_with_a_hint(broken_kvm):
    image, env, count = broken_kvm
    status, out, err = run_qemu(["--accel", "kvm", "--append", "-- noshell", image], env)
    assert status == STATUS_QEMU_FAILED, out + err
    lines = err.splitlines()
    assert lines[0] == "run-qemu: accelerator kvm (--accel kvm)", err
    assert "emulation failure" in lines
    assert re.match(HINT, lines[-1]), err
