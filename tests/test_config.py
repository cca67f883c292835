# SPDX-License-Identifier: BSD-3-Clause
"""Kconfig: optional libraries compile out completely; configuration targets."""
import glob
import os
import re
import subprocess

import pytest

from conftest import ARCHES, TOP, build, make


def optional_libs():
    """lib/<name> folders whose Config.uk offers a menuconfig switch."""
    libs = []
    for cfg in sorted(glob.glob(os.path.join(TOP, "lib", "*", "Config.uk"))):
        m = re.search(r"^menuconfig (LIB\w+)", open(cfg).read(), re.M)
        if m:
            libs.append((os.path.basename(os.path.dirname(cfg)), m.group(1)))
    return libs


def defined_symbols(arch, objs):
    out = subprocess.run([ARCHES[arch].tool_prefix + "nm", "--defined-only"] + objs,
                         check=True, capture_output=True, text=True).stdout
    syms = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTdDbBrRWV" and not parts[2].startswith(".L"):
            syms.add(parts[2])
    return syms


def test_there_are_optional_libraries():
    names = [n for n, _ in optional_libs()]
    assert "ukdebug" in names and "ukshell" in names


@pytest.mark.parametrize("lib,option", optional_libs())
def test_disabled_library_leaves_nothing(arch, lib, option):
    on = build(arch, {option: "y"})
    every = glob.glob(os.path.join(on.build_dir, "**", "*.o"), recursive=True)
    mine = os.path.join(on.build_dir, "obj", "lib", lib) + os.sep
    objs = [o for o in every if o.startswith(mine)]
    assert objs, f"{lib} built no objects with {option}=y"
    # file-local names that other objects use too cannot be told apart
    lib_syms = defined_symbols(arch, objs) - defined_symbols(
        arch, [o for o in every if not o.startswith(mine)])
    assert lib_syms & on.symbols()
    off = build(arch, {option: "n"})
    left = lib_syms & off.symbols()
    assert not left, f"{lib} disabled but its symbols remain: {sorted(left)}"
    r = off.run(append="-- noshell")
    r.expect(r"Hello from demo!")
    assert r.status == 0


def test_everything_optional_off_still_boots(arch):
    img = build(arch, {opt: "n" for _, opt in optional_libs()})
    r = img.run("help\n")
    r.expect(r"^Lantern ")
    r.reject(r"Unhandled trap|CRIT")
    assert r.status == 0


def test_savedefconfig_and_arch_is_remembered(tmp_path):
    out = str(tmp_path)
    make(f"O={out}", "defconfig", "ARCH=arm64")
    make(f"O={out}", "olddefconfig")
    make(f"O={out}", "savedefconfig")
    saved = open(os.path.join(out, "defconfig")).read()
    assert "CONFIG_ARCH_ARM64=y" in saved
    assert "CONFIG_ARCH_ARM64=y" in open(os.path.join(out, ".config")).read()


def test_incremental_rebuilds(tmp_path):
    out = str(tmp_path)
    make(f"O={out}", "defconfig", "ARCH=x86_64")
    make(f"O={out}")
    again = make(f"O={out}")
    assert " CC " not in again.stdout, "a no-op build recompiled:\n" + again.stdout
    # a header change rebuilds exactly the files that include it
    header = os.path.join(TOP, "lib", "ukboot", "include", "uk", "init.h")
    os.utime(header)
    again = make(f"O={out}")
    assert "lib/ukboot/boot.c" in again.stdout
    assert "plat/kvm/x86_64/pic.c" not in again.stdout
    # a configuration change rebuilds what it affects
    with open(os.path.join(out, ".config"), "a") as f:
        f.write("CONFIG_LIBUKBOOT_MAXARGS=8\n")
    make(f"O={out}", "olddefconfig")
    again = make(f"O={out}")
    assert "lib/ukboot/boot.c" in again.stdout
    assert "x86_64" in again.stdout and " LD " in again.stdout


def test_arch_must_match_configuration(tmp_path):
    out = str(tmp_path)
    make(f"O={out}", "defconfig", "ARCH=x86_64")
    p = make(f"O={out}", "ARCH=arm64", check=False)
    assert p.returncode != 0
    assert "configured for x86_64, not ARCH=arm64" in p.stderr
    assert not glob.glob(os.path.join(out, "obj", "**", "*.o"), recursive=True)


def test_gdbstub_files_have_no_call_cycles(arch):
    """The stub's layers (core, glue/, arch/, tests/) depend one way: no
    file of the library reaches back to one that reaches it, counted on
    the objects of an image with every part of the stub built."""
    image = build(arch, {"LIBUKGDBSTUB": "y", "LIBUKGDBSTUB_SELFTEST": "y"})
    objdir = os.path.join(os.path.dirname(image.path), "obj", "lib", "ukgdbstub")
    r = subprocess.run([os.path.join(TOP, "support", "scripts", "callgraph"),
                        "--nm", ARCHES[arch].tool_prefix + "nm", objdir],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    m = re.search(r"^callgraph: (\d+) files, \d+ dependencies, 0 cycles$", r.stdout, re.M)
    assert m and int(m[1]) >= 30, r.stdout
