/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Packets that end the stop: continue and step ('c', 'C', 's', 'S', with
 * an optional resume address that goes into the PC here), 'vCont' (one
 * thread, so the first action that applies to it decides), kill and
 * detach; and '?', the stop reply again. Resuming is not done here: the
 * handler fills the verdict the session returns to its caller.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

/* "?": why the target stopped. */
GDB_CMD(gdb_cmd_stopped)
{
	gdb_stop_reply(gs);
	return GDB_REPLY;
}

static int set_pc(struct uk_gdbstub *gs, uint64_t addr)
{
	uintptr_t pc = (uintptr_t)addr;

	if (gdb_regs_fetch(gs) < 0)
		return -1;
	memcpy(gs->regs + gs->pc_off, &pc, sizeof(pc));
	return gdb_regs_store(gs);
}

/* Resume with @action and @sig from [@p, @end), which may hold an address. */
static enum gdb_next resume_at(struct uk_gdbstub *gs,
			       enum uk_gdbstub_action action, int sig,
			       const char *p, const char *end)
{
	uint64_t addr;

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
	gs->verdict.action = action;
	gs->verdict.signal = sig;
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
	return resume_at(gs, action, (int)sig, p, end);
}

/* "c[addr]". */
GDB_CMD(gdb_cmd_c)
{
	return resume_at(gs, UK_GDBSTUB_CONTINUE, 0, args, args + len);
}

/* "s[addr]". */
GDB_CMD(gdb_cmd_s)
{
	return resume_at(gs, UK_GDBSTUB_STEP, 0, args, args + len);
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

/* Whether ":tid" at *@p (or its absence) names our thread; -1 and 0 are
 * "all" and "any". Return false on bad syntax. */
static bool vcont_thread(const char **p, const char *end, bool *mine)
{
	uint64_t tid;

	if (!gdb_parse_char(p, end, ':')) {
		*mine = true;
		return true;
	}
	if (gdb_parse_char(p, end, '-')) {
		*mine = true;
		return gdb_parse_char(p, end, '1');
	}
	if (!gdb_parse_hex(p, end, &tid))
		return false;
	*mine = tid == 0 || tid == GDB_THREAD_ID;
	return true;
}

/* "vCont;action[:tid][;action[:tid]]...", action c, Csig, s or Ssig. */
GDB_CMD(gdb_cmd_vcont)
{
	const char *p = args, *end = args + len;
	enum uk_gdbstub_action action = UK_GDBSTUB_CONTINUE;
	uint64_t sig = 0;
	bool found = false;

	do {
		enum uk_gdbstub_action a;
		uint64_t s = 0;
		bool mine;
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
		if (!vcont_thread(&p, end, &mine))
			goto bad;
		if (mine && !found) {
			found = true;
			action = a;
			sig = s;
		}
	} while (gdb_parse_char(&p, end, ';'));
	if (p != end)
		goto bad;
	if (!found) {
		gdb_reply_error(gs, GDB_E_THREAD);
		return GDB_REPLY;
	}
	return resume_at(gs, action, (int)sig, end, end);
bad:
	gdb_reply_error(gs, GDB_E_SYNTAX);
	return GDB_REPLY;
}

/* "k": no reply; the session cleans up and the caller halts the guest. */
GDB_CMD(gdb_cmd_k)
{
	gs->verdict.action = UK_GDBSTUB_KILL;
	gs->verdict.signal = 0;
	return GDB_RESUME;
}

/* "D[;pid]": "OK", then the session removes all breakpoints and the guest
 * runs on. */
GDB_CMD(gdb_cmd_D)
{
	gs->verdict.action = UK_GDBSTUB_DETACH;
	gs->verdict.signal = 0;
	gdb_reply_ok(gs);
	return GDB_REPLY_RESUME;
}
