# SPDX-License-Identifier: BSD-3-Clause
"""gdb command `uk-replay-crash`: in a replay of a crashed run, go to the
crash.

    support/scripts/run-qemu --replay DIR --qemu-gdb 1234 --qemu-gdb-wait IMAGE
    (gdb) uk-replay-crash
    (gdb) watch -l <the corrupted field>
    (gdb) reverse-continue

Every kind of crash, an unhandled trap, UK_CRASH, a failed UK_ASSERT or
UK_BUGON, enters the crash screen through one function, crash_screen() in
lib/ukdebug/crashscreen.c (uk_crash_trap() and _uk_crash() call it); an
image without the crash screen has _uk_crash() and the platform's
uk_crash_trap() instead. The command stops there, before the screen is
printed, with the crashing code's frames below: `bt` names them, and a
watchpoint plus a reverse-continue goes back to the last write of the
location. QEMU's gdbstub (the replay's) serves the reverse commands; the
in-guest stub cannot go back.
"""
import gdb

ENTRIES = (("crash_screen",), ("_uk_crash", "uk_crash_trap"))


def _defined(name):
    try:
        return gdb.parse_and_eval(f"&'{name}'") is not None
    except gdb.error:
        return False


class ReplayCrash(gdb.Command):
    """Run the replay to where the guest crashed: a temporary breakpoint on
    the crash screen's entry (crash_screen, else _uk_crash and
    uk_crash_trap), then continue."""

    def __init__(self):
        super().__init__("uk-replay-crash", gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        names = next((e for e in ENTRIES if all(_defined(n) for n in e)), None)
        if names is None:
            raise gdb.GdbError("uk-replay-crash: the image has no crash entry "
                               "(crash_screen, _uk_crash); is it a Lantern image?")
        for name in names:
            gdb.execute(f"tbreak {name}", to_string=True)
        gdb.execute("continue", from_tty)
        frame = gdb.selected_frame()
        if frame.name() not in names:
            raise gdb.GdbError("uk-replay-crash: stopped before the crash "
                               f"(in {frame.name()}); did this run crash?")
        gdb.write("uk-replay-crash: at the crash; `bt` shows how the guest got "
                  "here, `watch -l EXPR` then `reverse-continue` finds the last "
                  "write of EXPR\n")


ReplayCrash()
