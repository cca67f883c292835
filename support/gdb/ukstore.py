# SPDX-License-Identifier: BSD-3-Clause
"""gdb command `uk-store`: the guest's static ukstore entries, from gdb.

    (gdb) source support/gdb/ukstore.py
    (gdb) uk-store ls [prefix]        name, type, access, value, unit
    (gdb) uk-store get <name>         the value alone
    (gdb) uk-store ls --no-call       without running guest code (crashed guests)

Entries are read from the image's .uk_store_entries section (the symbols
uk_store_entries_start/_end); values come from an inferior call of the
guest's own uk_store_get_text() into uk_store_gdb_buf, so gdb shows
exactly what the shell's `store get` would. Stop the guest at a breakpoint
(or in the stub) for that: a guest idling in hlt/wfi stays halted under
QEMU's gdbstub until its next interrupt, function calls included.
"""
import gdb

TYPES = ["s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64", "uptr", "bool", "string"]


def _entries():
    entry_t = gdb.lookup_type("struct uk_store_entry")
    start = int(gdb.parse_and_eval("(unsigned long)&uk_store_entries_start"))
    end = int(gdb.parse_and_eval("(unsigned long)&uk_store_entries_end"))
    for addr in range(start, end, entry_t.sizeof):
        e = gdb.parse_and_eval(f"*(struct uk_store_entry *){addr}")
        yield addr, e


def _text(addr, call):
    if not call:
        return "?"
    rc = int(gdb.parse_and_eval(
        f"(int)uk_store_get_text((const struct uk_store_entry *){addr}, "
        f"uk_store_gdb_buf, sizeof(uk_store_gdb_buf))"))
    if rc < 0:
        return "-"
    return gdb.parse_and_eval("uk_store_gdb_buf").string()


def _access(e):
    r = int(e["get"]) != 0
    w = int(e["set"]) != 0
    return ("r" if r else "") + ("w" if w else "") or "-"


class UkStore(gdb.Command):
    """uk-store ls [prefix] [--no-call] | uk-store get <name>"""

    def __init__(self):
        super().__init__("uk-store", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        argv = gdb.string_to_argv(arg)
        call = "--no-call" not in argv
        argv = [a for a in argv if a != "--no-call"]
        if not argv or argv[0] not in ("ls", "get"):
            raise gdb.GdbError("usage: uk-store ls [prefix] [--no-call] | uk-store get <name>")
        if argv[0] == "get":
            if len(argv) != 2:
                raise gdb.GdbError("usage: uk-store get <name>")
            for addr, e in _entries():
                if e["name"].string() == argv[1]:
                    if int(e["get"]) == 0:
                        raise gdb.GdbError(f"{argv[1]}: not readable (write-only)")
                    gdb.write(_text(addr, True) + "\n")
                    return
            raise gdb.GdbError(f"{argv[1]}: no such entry")
        prefix = argv[1] if len(argv) > 1 else ""
        rows = []
        for addr, e in _entries():
            name = e["name"].string()
            if not name.startswith(prefix):
                continue
            value = _text(addr, call) if int(e["get"]) else "-"
            rows.append((name, TYPES[int(e["type"])], _access(e), value, e["unit"].string()))
        width = max((len(r[0]) for r in rows), default=4)
        for r in rows:
            gdb.write(f"{r[0]:<{width}}  {r[1]:<6} {r[2]:<2}  {r[3]}  {r[4]}\n")


UkStore()
