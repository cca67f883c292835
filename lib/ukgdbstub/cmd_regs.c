/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Register packets: 'g' and 'G' move the register image (registers in
 * target description order, target byte order, as hex) up to the arch's
 * g_nregs, 'p' and 'P' one register. The target reads and writes only
 * whole images, so 'G' and 'P' are read, patch, write. The image
 * (gs->regs) is also what stop replies expedite registers from and what a
 * resume address is written into.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

int gdb_regs_fetch(struct uk_gdbstub *gs)
{
	const struct uk_gdbstub_target *t = gs->target;

	return t->ops->regs_read(t->ctx, gs->regs, gs->regs_len);
}

int gdb_regs_store(struct uk_gdbstub *gs)
{
	const struct uk_gdbstub_target *t = gs->target;

	return t->ops->regs_write(t->ctx, gs->regs, gs->regs_len);
}

/* Image offset of register @n into *@off and its size into *@size. */
static bool reg_locate(struct uk_gdbstub *gs, uint64_t n, size_t *off,
		       size_t *size)
{
	const struct uk_gdbstub_arch *arch = gs->target->arch;
	size_t o = 0;

	if (n >= arch->nregs)
		return false;
	for (unsigned int i = 0; i < n; i++)
		o += arch->regs[i].size;
	*off = o;
	*size = arch->regs[n].size;
	return true;
}

/* "g": the registers up to g_nregs. */
GDB_CMD(gdb_cmd_g)
{
	if (gdb_regs_fetch(gs) < 0)
		gdb_reply_error(gs, GDB_E_FAULT);
	else
		gdb_reply_hex(gs, gs->regs, gs->g_len);
	return GDB_REPLY;
}

/* "G XX...": the registers 'g' carries, exactly their size. */
GDB_CMD(gdb_cmd_G)
{
	if (len != 2 * gs->g_len) {
		gdb_reply_error(gs, len > 2 * gs->g_len ? GDB_E_TOOBIG
							: GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	/* Decode in place first: a bad digit must leave the registers alone. */
	if (gdb_hex_decode(args, args, len) < 0) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (gdb_regs_fetch(gs) < 0) {
		gdb_reply_error(gs, GDB_E_FAULT);
		return GDB_REPLY;
	}
	memcpy(gs->regs, args, gs->g_len);
	if (gdb_regs_store(gs) < 0)
		gdb_reply_error(gs, GDB_E_FAULT);
	else
		gdb_reply_ok(gs);
	return GDB_REPLY;
}

/* "p n": register n. */
GDB_CMD(gdb_cmd_p)
{
	const char *p = args, *end = args + len;
	size_t off, size;
	uint64_t n;

	if (!gdb_parse_hex(&p, end, &n) || p != end)
		gdb_reply_error(gs, GDB_E_SYNTAX);
	else if (!reg_locate(gs, n, &off, &size))
		gdb_reply_error(gs, GDB_E_NOREG);
	else if (gdb_regs_fetch(gs) < 0)
		gdb_reply_error(gs, GDB_E_FAULT);
	else
		gdb_reply_hex(gs, gs->regs + off, size);
	return GDB_REPLY;
}

/* "P n=XX...": set register n; the value must be exactly its size. */
GDB_CMD(gdb_cmd_P)
{
	const char *p = args, *end = args + len;
	size_t off, size;
	uint64_t n;

	if (!gdb_parse_hex(&p, end, &n) || !gdb_parse_char(&p, end, '=')) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
	} else if (!reg_locate(gs, n, &off, &size)) {
		gdb_reply_error(gs, GDB_E_NOREG);
	} else if ((size_t)(end - p) != 2 * size) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
	} else if (gdb_hex_decode(args, p, 2 * size) < 0) {
		gdb_reply_error(gs, GDB_E_SYNTAX);
	} else if (gdb_regs_fetch(gs) < 0) {
		gdb_reply_error(gs, GDB_E_FAULT);
	} else {
		memcpy(gs->regs + off, args, size);
		if (gdb_regs_store(gs) < 0)
			gdb_reply_error(gs, GDB_E_FAULT);
		else
			gdb_reply_ok(gs);
	}
	return GDB_REPLY;
}
