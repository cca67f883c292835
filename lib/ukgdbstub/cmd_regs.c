/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Register packets: 'g' and 'G' move the register image (registers in
 * target description order, target byte order, as hex) up to the arch's
 * g_nregs, 'p' and 'P' one register, of the thread Hg chose (the one that
 * stopped, by default). The target reads and writes only whole images, so
 * 'G' and 'P' are read, patch, write. A thread that is not running may
 * have registers nobody knows (the ones its switch did not keep): they go
 * out as 'x's, the protocol's "unavailable", and cannot be written. The
 * image (gs->regs) is also what stop replies expedite registers from and
 * what a resume address is written into.
 */
#include <string.h>
#include "gdbstub_internal.h"
#include "hex.h"

int gdb_regs_fetch_thread(struct uk_gdbstub *gs, unsigned long id)
{
	const struct uk_gdbstub_target *t = gs->target;
	const struct uk_gdbstub_threads *th = t->ops->threads;

	if (!id || id == gdb_thread_current(gs)) {
		gs->thread_regs = 0;
		memset(gs->regs_known, 0xff, sizeof(gs->regs_known));
		return t->ops->regs_read(t->ctx, gs->regs, gs->regs_len);
	}
	if (!th)
		return -1;
	gs->thread_regs = id;
	memset(gs->regs_known, 0, sizeof(gs->regs_known));
	return th->regs_read(t->ctx, id, gs->regs, gs->regs_len,
			     gs->regs_known);
}

int gdb_regs_fetch(struct uk_gdbstub *gs)
{
	return gdb_regs_fetch_thread(gs, gdb_thread_regs_target(gs));
}

int gdb_regs_store(struct uk_gdbstub *gs)
{
	const struct uk_gdbstub_target *t = gs->target;

	if (!gs->thread_regs)
		return t->ops->regs_write(t->ctx, gs->regs, gs->regs_len);
	return t->ops->threads->regs_write(t->ctx, gs->thread_regs, gs->regs,
					   gs->regs_len);
}

bool gdb_reg_known(const struct uk_gdbstub *gs, unsigned int n)
{
	return gs->regs_known[n / 8] & (1u << (n % 8));
}

/* Register @n of the image as hex, or as 'x's when it is not known. */
static void reply_reg(struct uk_gdbstub *gs, unsigned int n, size_t off,
		      size_t size)
{
	if (gdb_reg_known(gs, n)) {
		gdb_reply_hex(gs, gs->regs + off, size);
		return;
	}
	for (size_t i = 0; i < 2 * size; i++)
		gdb_reply_char(gs, 'x');
}

/* Whether the @n characters at @s are all @c. */
static bool all_of(const char *s, size_t n, char c)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != c)
			return false;
	return true;
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
	const struct uk_gdbstub_arch *arch = gs->target->arch;
	unsigned int n = arch->g_nregs ? arch->g_nregs : arch->nregs;
	size_t off = 0;

	if (gdb_regs_fetch(gs) < 0) {
		gdb_reply_error(gs, GDB_E_FAULT);
		return GDB_REPLY;
	}
	for (unsigned int i = 0; i < n; i++) {
		reply_reg(gs, i, off, arch->regs[i].size);
		off += arch->regs[i].size;
	}
	return GDB_REPLY;
}

/*
 * Check the registers of a 'G' (in @args, 2 * g_len hex digits) against
 * gs->regs_known: 0, or the error. All 'x's leaves a register as it is; an
 * unknown one may only come as that or as zeros (what gdb sends for a
 * register it holds as unavailable).
 */
static int G_check(struct uk_gdbstub *gs, const char *args, unsigned int n)
{
	const struct uk_gdbstub_reg *regs = gs->target->arch->regs;
	const char *p = args;

	for (unsigned int i = 0; i < n; p += 2 * regs[i].size, i++) {
		size_t nc = 2 * regs[i].size;

		if (all_of(p, nc, 'x'))
			continue;
		for (size_t k = 0; k < nc; k++)
			if (gdb_hex_val(p[k]) < 0)
				return GDB_E_SYNTAX;
		if (!gdb_reg_known(gs, i) && !all_of(p, nc, '0'))
			return GDB_E_FAULT;
	}
	return 0;
}

/* "G XX...": the registers 'g' carries, exactly their size. */
GDB_CMD(gdb_cmd_G)
{
	const struct uk_gdbstub_arch *arch = gs->target->arch;
	unsigned int n = arch->g_nregs ? arch->g_nregs : arch->nregs;
	size_t off = 0;
	int rc;

	if (len != 2 * gs->g_len) {
		gdb_reply_error(gs, len > 2 * gs->g_len ? GDB_E_TOOBIG
							: GDB_E_SYNTAX);
		return GDB_REPLY;
	}
	if (gdb_regs_fetch(gs) < 0) {
		gdb_reply_error(gs, GDB_E_FAULT);
		return GDB_REPLY;
	}
	/* Check everything first: an error must leave the registers alone. */
	rc = G_check(gs, args, n);
	if (rc) {
		gdb_reply_error(gs, (unsigned int)rc);
		return GDB_REPLY;
	}
	for (unsigned int i = 0; i < n; i++) {
		size_t size = arch->regs[i].size;
		const char *p = args + 2 * off;

		if (gdb_reg_known(gs, i) && !all_of(p, 2 * size, 'x'))
			gdb_hex_decode(gs->regs + off, p, 2 * size);
		off += size;
	}
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
		reply_reg(gs, (unsigned int)n, off, size);
	return GDB_REPLY;
}

/* "P n=XX...": set register n; the value must be exactly its size, the
 * register known. */
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
	} else if (!gdb_reg_known(gs, (unsigned int)n)) {
		/* Not kept for a thread that is not running: nowhere to go. */
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
