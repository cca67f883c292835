/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Packets that end the stop: continue and step ('c', 'C', 's', 'S', with
 * an optional resume address that goes into the PC here, for the thread
 * Hc chose), 'vCont', kill and detach; and '?', the stop reply again.
 * Resuming is not done here: the handler fills the verdict the session
 * returns to its caller.
 *
 * Threads. The CPU stopped in one thread, and only that one can execute
 * an instruction now: a step of any other is refused (E06; gdb shows
 * "Remote failure reply"). When the packet names one thread alone (vCont
 * without a default action, Hc with an id: gdb's scheduler locking),
 * the verdict says that only it may run until the next stop; resuming
 * another thread than the one that stopped that way is a continue.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

/* "?": why the target stopped; registers are the stopped thread's again,
 * as after any stop reply. */
GDB_CMD(gdb_cmd_stopped)
{
	gs->thread_g = 0;
	gdb_stop_reply(gs);
	return GDB_REPLY;
}

static int set_pc(struct uk_gdbstub *gs, uint64_t addr)
{
	uintptr_t pc = (uintptr_t)addr;

	if (gdb_regs_fetch_thread(gs, gdb_thread_current(gs)) < 0)
		return -1;
	memcpy(gs->regs + gs->pc_off, &pc, sizeof(pc));
	return gdb_regs_store(gs);
}

/*
 * Resume with @action and @sig, only thread @only running (0: all), from
 * [@p, @end), which may hold an address.
 */
static enum gdb_next resume_at(struct uk_gdbstub *gs,
			       enum uk_gdbstub_action action, int sig,
			       unsigned long only, const char *p,
			       const char *end)
{
	uint64_t addr;

	if (action == UK_GDBSTUB_STEP && only &&
	    only != gdb_thread_current(gs)) {
		gdb_reply_error(gs, GDB_E_THREAD);
		return GDB_REPLY;
	}
	if (p != end) {
		if (!gdb_parse_hex(&p, end, &addr) || p != end ||
		    (uintptr_t)addr != addr) {
			gdb_reply_error(gs, GDB_E_SYNTAX);
			return GDB_REPLY;
		}
		if (set_pc(gs, addr) < 0) {
			gdb_reply_error(gs, GDB_E_FAULT);
			return GDB_REPLY;
		}
	}
	gs->verdict.action = only && only != gdb_thread_current(gs)
				 ? UK_GDBSTUB_CONTINUE
				 : action;
	gs->verdict.signal = sig;
	gs->verdict.thread = only;
	return GDB_RESUME;
}

/* "C sig[;addr]" and "S sig[;addr]". */
static enum gdb_next resume_sig(struct uk_gdbstub *gs,
				enum uk_gdbstub_action action, const char *p,
				const char *end)
{
	uint64_t sig;

	if (!gdb_parse_hex(&p, end, &sig) || sig > 0xff ||
	    (p != end && (!gdb_parse_char(&p, end, ';') || p == end))) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	return resume_at(gs, action, (int)sig, gs->thread_c, p, end);
}

/* "c[addr]". */
GDB_CMD(gdb_cmd_c)
{
	return resume_at(gs, UK_GDBSTUB_CONTINUE, 0, gs->thread_c, args,
			 args + len);
}

/* "s[addr]". */
GDB_CMD(gdb_cmd_s)
{
	return resume_at(gs, UK_GDBSTUB_STEP, 0, gs->thread_c, args,
			 args + len);
}

GDB_CMD(gdb_cmd_C)
{
	return resume_sig(gs, UK_GDBSTUB_CONTINUE, args, args + len);
}

GDB_CMD(gdb_cmd_S)
{
	return resume_sig(gs, UK_GDBSTUB_STEP, args, args + len);
}

/* "vCont?": the actions vCont takes. */
GDB_CMD(gdb_cmd_vcont_query)
{
	gdb_reply_str(gs, "vCont;c;C;s;S");
	return GDB_REPLY;
}

/* The thread of an action, ":tid" at *@p: 0 when it has none or names
 * every thread (-1), @cur for "any thread" (0). Return false on bad
 * syntax. */
static bool vcont_thread(const char **p, const char *end, unsigned long cur,
			 uint64_t *tid)
{
	*tid = 0;
	if (!gdb_parse_char(p, end, ':'))
		return true;
	if (gdb_parse_char(p, end, '-'))
		return gdb_parse_char(p, end, '1');
	if (!gdb_parse_hex(p, end, tid))
		return false;
	if (!*tid)
		*tid = cur;
	return true;
}

static bool thread_exists(struct uk_gdbstub *gs, uint64_t tid)
{
	struct uk_gdbstub_thread t;

	return (unsigned long)tid == tid &&
	       gdb_thread_describe(gs, (unsigned long)tid, &t) == 0;
}

/*
 * "vCont;action[:tid][;action[:tid]]...", action c, Csig, s or Ssig. The
 * first action that applies to the thread that stopped decides what it
 * does; without a default action (no tid), the one thread named alone
 * runs. 0 as a tid ("any thread") is taken as the thread that stopped.
 */
GDB_CMD(gdb_cmd_vcont)
{
	const char *p = args, *end = args + len;
	unsigned long cur = gdb_thread_current(gs), only = 0;
	enum uk_gdbstub_action action = UK_GDBSTUB_CONTINUE;
	bool found = false, all = false, several = false;
	uint64_t sig = 0;

	do {
		enum uk_gdbstub_action a;
		uint64_t s = 0, tid;
		char op = p < end ? *p++ : '\0';

		if (op == 'c' || op == 'C')
			a = UK_GDBSTUB_CONTINUE;
		else if (op == 's' || op == 'S')
			a = UK_GDBSTUB_STEP;
		else
			goto bad;
		if ((op == 'C' || op == 'S') &&
		    (!gdb_parse_hex(&p, end, &s) || s > 0xff))
			goto bad;
		if (!vcont_thread(&p, end, cur, &tid))
			goto bad;
		if (!tid) {
			all = true;
		} else {
			if (!thread_exists(gs, tid)) {
				gdb_reply_error(gs, GDB_E_THREAD);
				return GDB_REPLY;
			}
			several |= only && only != tid;
			if (!only)
				only = (unsigned long)tid;
		}
		if (tid && tid != cur && a == UK_GDBSTUB_STEP) {
			/* A step of a thread that is not on the CPU. */
			gdb_reply_error(gs, GDB_E_THREAD);
			return GDB_REPLY;
		}
		if (!found && (!tid || tid == cur)) {
			found = true;
			action = a;
			sig = s;
		}
	} while (gdb_parse_char(&p, end, ';'));
	if (p != end)
		goto bad;
	/* Several threads named without a default: all run (one can be
	 * locked to, not a set). */
	if (all || several)
		only = 0;
	return resume_at(gs, action, (int)sig, only, end, end);
bad:
	gdb_reply_error(gs, GDB_E_SYNTAX);
	return GDB_REPLY;
}

/* "k": no reply; the session cleans up and the caller halts the guest. */
GDB_CMD(gdb_cmd_k)
{
	gs->verdict.action = UK_GDBSTUB_KILL;
	gs->verdict.signal = 0;
	gs->verdict.thread = 0;
	return GDB_RESUME;
}

/* "D[;pid]": "OK", then the session removes all breakpoints and the guest
 * runs on. */
GDB_CMD(gdb_cmd_D)
{
	gs->verdict.action = UK_GDBSTUB_DETACH;
	gs->verdict.signal = 0;
	gs->verdict.thread = 0;
	gdb_reply_ok(gs);
	return GDB_REPLY_RESUME;
}
