# SPDX-License-Identifier: BSD-3-Clause
"""gdb command `uk-threads`: the guest's threads, read from kernel memory.

    (gdb) source support/gdb/uk_threads.py
    (gdb) uk-threads

One line per thread, like Linux's lx-ps: id, name, state (with what a
blocked thread waits for) and the PC it stands at, symbolized; `*` marks
the thread on the CPU. A thread that is not running stands in the
scheduler; the line then also names the first caller outside it (found
by walking the frame pointers, which the kernel always keeps), the
function that blocked or yielded. Nothing runs in the guest: the list is uksched's
own (every thread by id, from its `all_head`), a thread that is not
running stands where its saved context (or, when an interrupt preempted
it, its interrupted frame) says, so this works with any stub: QEMU's
(`run-qemu --qemu-gdb PORT`), which knows nothing of threads, and the
in-guest one alike.
"""
import gdb

STATES = ["running", "ready", "blocked", "sleeping", "exited"]
# Where each architecture keeps the PC and the frame pointer: in struct
# ukarch_ctx and in the interrupted frame (struct __regs).
FIELDS = {"aarch64": ("pc", "fp", "elr", None),
          "i386:x86-64": ("rip", "rbp", "rip", "rbp")}
SCHED_DIR = "lib/uksched/"
MAX_FRAMES = 16


def _arch_fields():
    arch = gdb.selected_frame().architecture().name()
    for name, fields in FIELDS.items():
        if arch.startswith(name):
            return fields
    raise gdb.GdbError(f"uk-threads: unknown architecture {arch}")


def _in_sched(pc):
    block = _function(pc)
    return bool(block) and SCHED_DIR in block.function.symtab.filename


def _caller_outside_sched(pc, fp):
    """The first return address outside uksched up the frame-pointer
    chain from @fp (records of {previous fp, return address} on both
    architectures), or None."""
    inf = gdb.selected_inferior()
    for _ in range(MAX_FRAMES):
        if not _in_sched(pc):
            return pc
        if not fp:
            return None
        try:
            rec = inf.read_memory(fp, 16).tobytes()
        except gdb.MemoryError:
            return None
        fp = int.from_bytes(rec[:8], "little")
        pc = int.from_bytes(rec[8:], "little")
    return None


def _function(pc):
    """The block of the function @pc is in: the outermost one, not a
    function inlined into it, or None."""
    block = gdb.current_progspace().block_for_pc(pc)
    found = None
    while block and not block.is_static and not block.is_global:
        if block.function:
            found = block
        block = block.superblock
    return found


def _symbolize(pc):
    block = _function(pc)
    if not block:
        return f"{pc:#x}"
    where = f"{block.function.print_name}+{pc - block.start:#x}"
    sal = gdb.find_pc_line(pc)
    if sal.symtab:
        where += f" ({sal.symtab.filename.split('/')[-1]}:{sal.line})"
    return where


def _threads():
    try:
        t = gdb.parse_and_eval("all_head")
    except gdb.error:
        raise gdb.GdbError("uk-threads: no uksched in this image (no all_head)")
    while int(t):
        yield t.dereference()
        t = t["all_next"]


class UkThreads(gdb.Command):
    """List the guest's threads: id, name, state, PC (uksched)."""

    def __init__(self):
        super().__init__("uk-threads", gdb.COMMAND_DATA)

    def invoke(self, arg, from_tty):
        ctx_pc, ctx_fp, regs_pc, regs_fp = _arch_fields()
        current = int(gdb.parse_and_eval("(unsigned long)sched_current"))
        rows = []
        for t in _threads():
            state = int(t["state"])
            text = STATES[state] if state < len(STATES) else "?"
            what = t["wait_what"]
            if int(what) and text in ("blocked", "sleeping"):
                text += ": " + what.string()
            fp = 0
            if int(t.address) == current:
                pc = int(gdb.selected_frame().pc())
            elif int(t["irq_regs"]):
                regs = t["irq_regs"].dereference()
                pc = int(regs[regs_pc])
                fp = int(regs[regs_fp] if regs_fp else regs["x"][29])
            else:
                pc = int(t["ctx"][ctx_pc])
                fp = int(t["ctx"][ctx_fp])
            where = f"{pc:#x} {_symbolize(pc)}"
            caller = _caller_outside_sched(pc, fp) if fp else None
            if caller is not None and caller != pc:
                where += f" in {_symbolize(caller)}"
            mark = "*" if int(t.address) == current else " "
            rows.append((mark, int(t["id"]), t["name"].string(), text, where))
        width = max([len(r[2]) for r in rows] + [4])
        swidth = max([len(r[3]) for r in rows] + [5])
        gdb.write(f"  {'ID':>4}  {'NAME':<{width}}  {'STATE':<{swidth}}  PC\n")
        for mark, tid, name, text, where in rows:
            gdb.write(f"{mark} {tid:>4}  {name:<{width}}  {text:<{swidth}}  {where}\n")


UkThreads()
