/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * LLDB's additions: qHostInfo (the target triple, pointer size and byte
 * order, where gdb reads the architecture from target.xml) and
 * qRegisterInfo<n> (the register list one register per packet, from the
 * same table that feeds 'g'). LLDB also reads target.xml; these answers
 * save it the guessing when it does not.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

/* "qHostInfo": key:value; pairs. The triple is hex-encoded, by LLDB's rule.
 * Only LLDB asks: it takes the stopped thread's name from the stop reply
 * (gdb has them all from qXfer:threads), so stop replies carry it from
 * now on. */
GDB_CMD(gdb_cmd_qhostinfo)
{
	const char *triple = gs->target->arch->triple;

	gs->peer_names = true;
	if (triple) {
		gdb_reply_str(gs, "triple:");
		gdb_reply_hex(gs, triple, strlen(triple));
		gdb_reply_char(gs, ';');
	}
	gdb_reply_str(gs, "ptrsize:");
	gdb_reply_dec(gs, sizeof(uintptr_t));
	/* The stub runs on its target: the compiler's byte order is the
	 * target's. */
	gdb_reply_str(gs, __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
			      ? ";endian:big;"
			      : ";endian:little;");
	return GDB_REPLY;
}

static const char *const reg_generic[] = {
	[UK_GDBSTUB_ROLE_PC] = "pc", [UK_GDBSTUB_ROLE_SP] = "sp",
	[UK_GDBSTUB_ROLE_FP] = "fp", [UK_GDBSTUB_ROLE_FLAGS] = "flags",
	[UK_GDBSTUB_ROLE_RA] = "ra",
};

/* "qRegisterInfo<n>" (n in hex): one register, numbers in decimal; past
 * the last one, an error ends LLDB's loop. */
GDB_CMD(gdb_cmd_qregisterinfo)
{
	const struct uk_gdbstub_arch *arch = gs->target->arch;
	const char *p = args, *end = args + len;
	const struct uk_gdbstub_reg *r;
	size_t off = 0;
	uint64_t n;

	if (!gdb_parse_hex(&p, end, &n) || p != end) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (n >= arch->nregs) {
		gdb_reply_error(gs, GDB_E_LASTREG);
		return GDB_REPLY;
	}
	for (unsigned int i = 0; i < n; i++)
		off += arch->regs[i].size;
	r = &arch->regs[n];

	gdb_reply_str(gs, "name:");
	gdb_reply_str(gs, r->name);
	gdb_reply_str(gs, ";bitsize:");
	gdb_reply_dec(gs, 8u * r->size);
	gdb_reply_str(gs, ";offset:");
	gdb_reply_dec(gs, off);
	if (r->kind == UK_GDBSTUB_REG_FLOAT)
		gdb_reply_str(gs, ";encoding:ieee754;format:float");
	else if (r->kind == UK_GDBSTUB_REG_VECTOR)
		gdb_reply_str(gs, ";encoding:vector;format:vector-uint8");
	else
		gdb_reply_str(gs, ";encoding:uint;format:hex");
	if (r->sys_set)
		gdb_reply_str(gs, ";set:System Registers;");
	else if (r->fp_set)
		gdb_reply_str(gs, ";set:Floating Point Registers;");
	else
		gdb_reply_str(gs, ";set:General Purpose Registers;");
	if (r->dwarf >= 0) {
		gdb_reply_str(gs, "ehframe:");
		gdb_reply_dec(gs, (uint64_t)r->dwarf);
		gdb_reply_str(gs, ";dwarf:");
		gdb_reply_dec(gs, (uint64_t)r->dwarf);
		gdb_reply_char(gs, ';');
	}
	if (r->role < ARRAY_SIZE(reg_generic) && reg_generic[r->role]) {
		gdb_reply_str(gs, "generic:");
		gdb_reply_str(gs, reg_generic[r->role]);
		gdb_reply_char(gs, ';');
	}
	return GDB_REPLY;
}
