# SPDX-License-Identifier: BSD-3-Clause
"""gdb command `uk-replay-crash`: in a replay of a crashed run, go to the
crash.

    support/scripts/run-qemu --replay DIR --qemu-gdb 1234 --qemu-gdb-wait IMAGE
    (gdb) uk-replay-crash
    (gdb) watch -l <the corrupted field>
    (gdb) reverse-continue

Every kind of crash, an unhandled trap, UK_CRASH, a failed UK_ASSERT or
UK_BUGON, enters the crash screen through one of two functions:
uk_crash_trap() (traps) or _uk_crash() (the others), in
lib/ukdebug/crashscreen.c, or crash_plain.c and the platform's weak
uk_crash_trap() in an image without the crash screen. Both then call
crash_screen(), the one function all kinds share, but a backtrace taken
inside it loops on arm64 (the return address lies past the end of its
noreturn caller), so the command stops at the entry, before anything is
printed: `bt` names the crashing code's frames, and a watchpoint plus a
reverse-continue goes back to the last write of a location. QEMU's
gdbstub (the replay's) serves the reverse commands; the in-guest stub
cannot go back.
"""
import gdb

ENTRIES = ("_uk_crash", "uk_crash_trap")


class ReplayCrash(gdb.Command):
    """Run the replay to where the guest crashed: temporary breakpoints on
    the crash screen's entries (_uk_crash, uk_crash_trap), then continue."""

    def __init__(self):
        super().__init__("uk-replay-crash", gdb.COMMAND_RUNNING)

    def invoke(self, arg, from_tty):
        for name in ENTRIES:
            try:
                gdb.execute(f"tbreak {name}", to_string=True)
            except gdb.error:
                raise gdb.GdbError(f"uk-replay-crash: no {name} in this image; "
                                   "is it a Lantern image with its symbols?")
        gdb.execute("continue", from_tty)
        frame = gdb.selected_frame()
        if frame.name() not in ENTRIES:
            raise gdb.GdbError("uk-replay-crash: stopped before the crash "
                               f"(in {frame.name()}); did this run crash?")
        gdb.write("uk-replay-crash: at the crash; `bt` shows how the guest got "
                  "here, `watch -l EXPR` then `reverse-continue` finds the last "
                  "write of EXPR\n")


ReplayCrash()
