# SPDX-License-Identifier: BSD-3-Clause
"""ukstore through the shell: `store ls/get/set/dump` on every entry type of
tests/apps/store, every bad input, dynamic entries coming and going, the
Prometheus exposition (checked by promtool when installed), and builds with
the registry or its shell command turned off."""
import glob
import os
import re
import shutil
import subprocess

import pytest

from conftest import ARCHES, app_path, build

PROMPT = "lantern$ "

# name: (type, access, value at boot, unit)
STATIC = {
    "storetest/bool": ("bool", "rw", "true", ""),
    "storetest/broken": ("u8", "r", "-", ""),
    "storetest/picky": ("u16", "rw", "42", ""),
    "storetest/ro": ("u64", "r", "7", "seconds"),
    "storetest/s16": ("s16", "rw", "-1600", ""),
    "storetest/s32": ("s32", "rw", "-320000", ""),
    "storetest/s64": ("s64", "rw", "-9223372036854775808", ""),
    "storetest/s8": ("s8", "rw", "-8", ""),
    "storetest/string": ("string", "rw", "hello", ""),
    "storetest/u16": ("u16", "rw", "1600", ""),
    "storetest/u32": ("u32", "rw", "320000", "bytes"),
    "storetest/u64": ("u64", "rw", "18446744073709551615", "count"),
    "storetest/u8": ("u8", "rw", "8", ""),
    "storetest/uptr": ("uptr", "rw", "0x1000", ""),
    "storetest/wo": ("u32", "w", "-", ""),
}
DYNAMIC = ["storetest/obj1/events", "storetest/obj1/name", "storetest/obj2/events"]


def store_app(arch, options=None):
    return build(arch, options, app=app_path("store"))


def session(result):
    """[(command, [output lines])] of a shell session, kernel messages dropped."""
    steps = []
    for part in result.out.split(PROMPT)[1:]:
        cmd, _, rest = part.partition("\n")
        lines = [l for l in rest.splitlines() if not re.match(r"^\[\s*\d+\.\d+\] ", l)]
        steps.append((cmd, lines))
    return steps


def output_of(result, command):
    """Output lines of the first run of @command, or fail showing the session."""
    for cmd, lines in session(result):
        if cmd == command:
            return lines
    raise AssertionError(f"{command!r} not in session:\n{result.out}")


def test_ls_lists_every_type_in_aligned_columns(arch):
    r = store_app(arch).run("store ls storetest/\nhelp store\n")
    lines = output_of(r, "store ls storetest/")
    assert [l.split()[0] for l in lines] == sorted(STATIC), r.out
    for line in lines:
        name = line.split()[0]
        typ, access, value, unit = STATIC[name]
        want = [name, typ, access, value] + ([unit] if unit else [])
        assert line.split() == want, line
        assert line == line.rstrip(), f"trailing blanks: {line!r}"
    # columns start at the same offset on every line
    for col in (1, 2, 3):
        starts = {m.start() for m in (list(re.finditer(r"\S+", l))[col] for l in lines)}
        assert len(starts) == 1, f"column {col} not aligned:\n" + "\n".join(lines)
    r.expect(r"^usage: store ls\|get\|set\|dump")
    assert r.status == 0


def test_get_every_type(arch):
    names = [n for n, v in STATIC.items() if v[2] != "-"]
    r = store_app(arch).run("".join(f"store get {n}\n" for n in names))
    for n in names:
        assert output_of(r, f"store get {n}") == [STATIC[n][2]], r.out


# entry, value to set, what `get` shows afterwards
SETS = [
    ("storetest/s8", "-128", "-128"), ("storetest/s8", "+127", "127"),
    ("storetest/s16", "-0x8000", "-32768"), ("storetest/s32", "2147483647", "2147483647"),
    ("storetest/s64", "9223372036854775807", "9223372036854775807"),
    ("storetest/u8", "0xff", "255"), ("storetest/u16", "65535", "65535"),
    ("storetest/u32", "4294967295", "4294967295"), ("storetest/u64", "0", "0"),
    ("storetest/uptr", "65536", "0x10000"), ("storetest/bool", "off", "false"),
    ("storetest/bool", "yes", "true"), ("storetest/bool", "0", "false"),
    ("storetest/string", "'two words'", "two words"), ("storetest/string", '""', ""),
    ("storetest/picky", "100", "100"),
]


def test_set_every_type(arch):
    lines = "".join(f"store set {n} {v}\nstore get {n}\n" for n, v, _ in SETS)
    r = store_app(arch).run(lines + "store set storetest/wo 99\nstore get storetest/ro\n")
    steps = session(r)
    for i, (name, value, shown) in enumerate(SETS):
        assert steps[2 * i] == (f"store set {name} {value}", []), r.out
        assert steps[2 * i + 1] == (f"store get {name}", [shown]), r.out
    # the write-only entry's value shows through the read-only one
    assert output_of(r, "store get storetest/ro") == ["99"], r.out
    r.reject(r"^error:")
    assert r.status == 0


LONG = "x" * 200
BAD = [
    ("store", r"missing subcommand"),
    ("store frob", r"unknown subcommand 'frob'"),
    ("store get", r"get: missing argument"),
    ("store set storetest/u8", r"set: missing argument"),
    ("store get storetest/u8 extra", r"get: too many arguments"),
    ("store set storetest/u8 1 2", r"set: too many arguments"),
    ("store ls a b", r"ls: too many arguments"),
    ("store dump --json", r"dump: unknown option '--json'"),
    ("store dump --prom extra", r"dump: too many arguments"),
    ("store get no/such", r"no such entry 'no/such'"),
    ("store get storetest/", r"no such entry"),
    ("store set no/such 1", r"no such entry 'no/such'"),
    ("store set storetest/u8 abc", r"malformed value for u8: 'abc'"),
    ('store set storetest/u8 ""', r"malformed value for u8: ''"),
    ("store set storetest/s16 ' 5'", r"malformed value"),
    ("store set storetest/u32 12abc", r"malformed value"),
    ("store set storetest/u16 0x", r"malformed value"),
    ("store set storetest/s8 1.5", r"malformed value"),
    ("store set storetest/bool maybe", r"malformed value for bool"),
    ("store set storetest/bool 2", r"malformed value for bool"),
    ("store set storetest/u8 256", r"out of range for u8: '256'"),
    ("store set storetest/u8 -1", r"out of range for u8"),
    ("store set storetest/s8 -129", r"out of range for s8"),
    ("store set storetest/s16 32768", r"out of range for s16"),
    ("store set storetest/s64 9223372036854775808", r"out of range for s64"),
    ("store set storetest/u64 18446744073709551616", r"out of range for u64"),
    ("store set storetest/u32 0x100000000", r"out of range for u32"),
    ("store set storetest/picky 3", r"picky: out of range: the entry refuses '3'"),
    ("store set storetest/ro 5", r"not writable \(read-only\)"),
    ("store set storetest/broken 5", r"not writable \(read-only\)"),
    ("store get storetest/wo", r"not readable \(write-only\)"),
    ("store get storetest/broken", r"out of range"),
    (f"store set storetest/string {LONG}", r"no space \(value of 200 characters, max 127\)"),
    ("store set storetest/string " + "y" * 300, r"line too long"),
]


def test_bad_input_gives_one_error_line_and_changes_nothing(arch):
    before, after = "store ls storetest/", "store ls storetest/ "
    lines = [before] + [line for line, _ in BAD] + [after]
    r = store_app(arch).run("\n".join(lines) + "\n")
    steps = session(r)
    for line, error in BAD:
        # an overlong line is not echoed whole: find its step by position
        i = lines.index(line)
        cmd, out = steps[i]
        assert line.startswith(cmd[:60]), f"step {i} is {cmd!r}, not {line[:60]!r}"
        assert len(out) == 1 and out[0].startswith("error: "), \
            f"{line[:60]!r} printed {out!r}"
        assert re.search(error, out[0]), f"{line[:60]!r}: {out[0]!r} lacks {error!r}"
    assert steps[0][1] == steps[len(lines) - 1][1], "bad input changed an entry:\n" + r.out
    assert r.status == 0


def test_dynamic_entries_come_and_go(arch):
    r = store_app(arch).run(
        "store ls storetest/obj\ndynadd\nstore ls storetest/obj\n"
        "store get storetest/obj1/events\nstore set storetest/obj2/events 0x20\n"
        "store get storetest/obj2/events\nstore get storetest/obj1/name\n"
        "store set storetest/obj1/name x\ndynadd\ndynrm\nstore ls storetest/obj\n"
        "store get storetest/obj1/events\ndynadd\nstore get storetest/obj2/events\n"
        "dynhold\nstore ls storetest/obj1\n")
    steps = session(r)
    assert steps[0] == ("store ls storetest/obj", []), r.out
    assert steps[1][1] == ["dynadd: 3 entries added"], r.out
    listed = steps[2][1]
    assert [l.split()[0] for l in listed] == DYNAMIC, r.out
    assert listed[0].split() == ["storetest/obj1/events", "u64", "rw", "11", "count"]
    assert listed[1].split() == ["storetest/obj1/name", "string", "r", "object", "obj1"]
    assert steps[3][1] == ["11"]
    assert steps[4][1] == []
    assert steps[5][1] == ["32"]
    assert steps[6][1] == ["object obj1"]
    assert steps[7][1] == ["error: store: set storetest/obj1/name: not writable (read-only)"]
    assert steps[8][1] == ["dynadd: 0 entries added"], "duplicates must be refused"
    assert steps[10] == ("store ls storetest/obj", []), r.out
    assert steps[11][1] == ["error: store: no such entry 'storetest/obj1/events'"]
    assert steps[12][1] == ["dynadd: 3 entries added"]
    assert steps[13][1] == ["32"], "the object kept its state"
    assert steps[14][1] == ["dynhold: lookup after remove: gone",
                            "dynhold: read after remove: no such entry"], r.out
    assert steps[15][1] == [], r.out
    r.reject(r"Lantern crash|Unhandled trap")
    assert r.status == 0


def test_dynamic_entries_from_boot(arch):
    r = store_app(arch).run("store ls storetest/obj\n", append="-- dyn")
    r.expect(r"^dyn: 3 entries added$")
    assert [l.split()[0] for l in output_of(r, "store ls storetest/obj")] == DYNAMIC


def prom_dump(arch, before=""):
    r = store_app(arch).run(before + "store dump --prom\n", append="-- dyn")
    lines = output_of(r, "store dump --prom")
    assert lines and lines[-1] == "# EOF", r.out
    return "\n".join(lines) + "\n"


def families(text):
    """{family: [lines]} of an exposition, checking that each is contiguous."""
    fams, order = {}, []
    for line in text.splitlines():
        m = re.match(r"^# (?:HELP|TYPE) (\S+)", line) or re.match(r"^([a-zA-Z_:][\w:]*)", line)
        if not m:
            continue
        name = m.group(1)
        if name not in fams:
            fams[name] = []
            order.append(name)
        assert order[-1] == name, f"family {name} is split:\n{text}"
        fams[name].append(line)
    return fams


def test_prom_dump_format(arch):
    text = prom_dump(arch, "store set storetest/string 'say \"hi\" \\ bye'\n")
    fams = families(text)
    assert fams["lantern_storetest_events_total"] == [
        "# HELP lantern_storetest_events_total events of an object",
        "# TYPE lantern_storetest_events_total counter",
        # an object with a "name" entry is labelled with it
        'lantern_storetest_events_total{object="obj1",name="object obj1"} 11',
        'lantern_storetest_events_total{object="obj2"} 22',
    ], text
    assert fams["lantern_storetest_name_info"][1:] == [
        "# TYPE lantern_storetest_name_info gauge",
        'lantern_storetest_name_info{object="obj1",value="object obj1"} 1',
    ]
    assert fams["lantern_storetest_string_info"] == [
        r'# HELP lantern_storetest_string_info a "quoted" string knob \\ with a backslash',
        "# TYPE lantern_storetest_string_info gauge",
        r'lantern_storetest_string_info{value="say \"hi\" \\ bye"} 1',
    ], text
    samples = {
        "lantern_storetest_u64_total": "18446744073709551615",
        "lantern_storetest_s64": "-9223372036854775808",
        "lantern_storetest_bool": "1",
        "lantern_storetest_u32_bytes": "320000",
        "lantern_storetest_ro_seconds": "7",
        "lantern_storetest_uptr": "4096",
        "lantern_storetest_s8": "-8",
    }
    for name, value in samples.items():
        assert fams[name][-1] == f"{name} {value}", fams.get(name)
        kind = "counter" if name.endswith("_total") else "gauge"
        assert fams[name][1] == f"# TYPE {name} {kind}"
    # write-only entries and failing getters have no sample
    assert not [f for f in fams if re.match(r"lantern_storetest_(wo|broken)\b", f)], text


def promtool(text):
    p = subprocess.run(["promtool", "check", "metrics"], input=text,
                       capture_output=True, text=True)
    return p.returncode, (p.stdout + p.stderr).strip()


needs_promtool = pytest.mark.skipif(shutil.which("promtool") is None,
                                    reason="promtool not installed (Debian: prometheus)")


@needs_promtool
def test_promtool_accepts_the_test_entries(arch):
    fams = families(prom_dump(arch))
    mine = [l for f, lines in fams.items() if f.startswith("lantern_storetest_")
            for l in lines]
    rc, out = promtool("\n".join(mine) + "\n# EOF\n")
    assert rc == 0, out


@needs_promtool
def test_promtool_accepts_the_whole_dump(arch):
    rc, out = promtool(prom_dump(arch))
    assert rc == 0, out


def lib_symbols(img):
    """Symbols defined by lib/ukstore's objects in the build of @img, but for
    function-local statics ("names.0"), whose names any library may have."""
    objs = glob.glob(os.path.join(img.build_dir, "obj", "lib", "ukstore", "*.o"))
    assert objs, "ukstore built no objects"
    out = subprocess.run([img.arch.tool_prefix + "nm", "--defined-only"] + objs,
                         check=True, capture_output=True, text=True).stdout
    return {l.split()[2] for l in out.splitlines()
            if len(l.split()) == 3 and l.split()[1] in "tTdDrRbB"
            and "." not in l.split()[2]}


def test_registry_off_leaves_nothing(arch):
    on, off = store_app(arch), store_app(arch, {"LIBUKSTORE": "n"})
    syms = off.symbols()
    left = lib_symbols(on) & syms
    assert not left, f"ukstore symbols remain: {sorted(left)}"
    assert not [s for s in syms if s.startswith("__uk_store_")], "entries remain"
    sections = subprocess.run([ARCHES[arch].tool_prefix + "readelf", "-SW", off.path],
                              check=True, capture_output=True, text=True).stdout
    assert "uk_store" not in sections
    data = open(off.path, "rb").read()
    for s in (b"a u64 counter", b"storetest"):
        assert s not in data, f"{s!r} is still in the image"
    r = off.run("store ls\ndynadd\n")
    r.expect(r"^error: unknown command 'store'")
    r.expect(r"^dynadd: 0 entries added$")
    assert r.status == 0


def test_shell_command_off(arch):
    img = store_app(arch, {"LIBUKSTORE_SHELL": "n"})
    assert "cmd_store" not in img.symbols()
    r = img.run("store ls\ndynadd\n")
    r.expect(r"^error: unknown command 'store'")
    r.expect(r"^dynadd: 3 entries added$")
    assert r.status == 0


def test_setters_take_effect_in_the_demo(arch):
    # the log level entry changes what prints; request_shutdown stops the guest
    img = build(arch)
    r = img.run("store set ukdebug/log_level 1\nstore get ukdebug/log_level\n"
                "store set ukdebug/log_level 4\nstore get ukdebug/log_level\n"
                "store set ukboot/request_shutdown true\necho not reached\n")
    assert re.findall(r"^(\d)$", r.out, re.M) == ["1", "4"], r.out
    r.expect(r"System halted \(status 0\)")
    r.reject(r"^not reached$")
    assert r.status == 0


def test_log_level_entry_filters_messages(arch):
    img = build(arch)
    on = img.run("work 3\nstore get ukdebug/messages_info\nhalt\n")
    off = img.run("store set ukdebug/log_level 2\nhalt\n")
    on.expect(r"Info: \[libkvmplat\] <shutdown\.c @ \d+> System halted")
    off.reject(r"Info: \[libkvmplat\].*System halted")
    assert off.status == 0
