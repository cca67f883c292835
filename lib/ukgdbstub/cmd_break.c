/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Breakpoint and watchpoint packets: "Ztype,addr,kind" places and
 * "ztype,addr,kind" removes. Type 0 is a software breakpoint, kept by
 * swbreak.c (kind, the instruction length gdb assumes, is the
 * architecture's own); types 1 to 4 (hardware breakpoint, write, read and
 * access watchpoint, kind = length) go to the target's debug registers,
 * or get the empty reply, "not supported", when it has none or none of
 * that kind. Conditions after ';' are not advertised, and ignored.
 */
#include "gdbstub_internal.h"
#include "hex.h"

static bool parse_point(const char *args, size_t len, unsigned int *type,
			uintptr_t *addr, size_t *kind)
{
	const char *p = args, *end = args + len;
	uint64_t t, a, k;

	if (!gdb_parse_hex(&p, end, &t) || t > UK_GDBSTUB_HW_ACCESS ||
	    !gdb_parse_char(&p, end, ',') || !gdb_parse_hex(&p, end, &a) ||
	    !gdb_parse_char(&p, end, ',') || !gdb_parse_hex(&p, end, &k))
		return false;
	if ((uintptr_t)a != a || (size_t)k != k || (p != end && *p != ';'))
		return false;
	*type = (unsigned int)t;
	*addr = (uintptr_t)a;
	*kind = (size_t)k;
	return true;
}

static enum gdb_next point(struct uk_gdbstub *gs, const char *args, size_t len,
			   bool insert)
{
	const struct uk_gdbstub_target *t = gs->target;
	unsigned int type;
	uintptr_t addr;
	size_t kind;
	int rc;

	if (!parse_point(args, len, &type, &addr, &kind)) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (type == 0) {
		rc = insert ? gdb_swbp_insert(gs, addr)
			    : gdb_swbp_remove(gs, addr);
	} else if (!t->ops->hw_insert) {
		return GDB_REPLY; /* empty: no debug registers */
	} else {
		rc = (insert ? t->ops->hw_insert : t->ops->hw_remove)(
		    t->ctx, (enum uk_gdbstub_hw)type, addr, kind);
		if (rc == UK_GDBSTUB_HW_UNSUPPORTED)
			return GDB_REPLY; /* empty: no such kind */
		rc = rc < 0 ? GDB_E_BREAK : 0;
		if (!rc)
			gs->stats.hwpoints += insert ? 1 : -1;
	}
	if (rc)
		gdb_reply_error(gs, (unsigned int)rc);
	else
		gdb_reply_ok(gs);
	return GDB_REPLY;
}

GDB_CMD(gdb_cmd_Z)
{
	return point(gs, args, len, true);
}

GDB_CMD(gdb_cmd_z)
{
	return point(gs, args, len, false);
}
