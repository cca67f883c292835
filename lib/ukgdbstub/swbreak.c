/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Software breakpoints, kept by the stub itself: it saves the bytes under
 * each one, writes the architecture's breakpoint instruction through the
 * target's text_write (which may write read-only text), and restores the
 * bytes on removal, detach and channel close. The debugger's memory
 * access (mem.c) asks here to hide them from what it reads and to keep
 * them armed under what it writes.
 */
#include <string.h>
#include "gdbstub_internal.h"

static const struct uk_gdbstub_arch *arch_of(const struct uk_gdbstub *gs)
{
	return gs->target->arch;
}

static size_t text_write(struct uk_gdbstub *gs, uintptr_t addr, const void *buf,
			 size_t n)
{
	const struct uk_gdbstub_target *t = gs->target;

	return t->ops->text_write(t->ctx, addr, buf, n);
}

static struct uk_gdbstub_swbp *swbp_find(struct uk_gdbstub *gs, uintptr_t addr)
{
	for (size_t i = 0; i < UK_GDBSTUB_SWBP_MAX; i++)
		if (gs->swbp[i].refs && gs->swbp[i].addr == addr)
			return &gs->swbp[i];
	return NULL;
}

/*
 * Whether byte @k of the breakpoint at @b lies in [@addr, @addr + @n); set
 * *@off to its offset there. Unsigned differences make ranges that wrap
 * past the top of the address space work too.
 */
static bool swbp_byte_in(uintptr_t b, unsigned int k, uintptr_t addr, size_t n,
			 size_t *off)
{
	uintptr_t d = b + k - addr;

	if (d >= n)
		return false;
	*off = d;
	return true;
}

/* Whether a placed breakpoint shares a byte with one at @addr. */
static bool swbp_overlaps(struct uk_gdbstub *gs, uintptr_t addr)
{
	unsigned int len = arch_of(gs)->bp_len;
	size_t off;

	for (size_t i = 0; i < UK_GDBSTUB_SWBP_MAX; i++) {
		if (!gs->swbp[i].refs)
			continue;
		for (unsigned int k = 0; k < len; k++)
			if (swbp_byte_in(gs->swbp[i].addr, k, addr, len, &off))
				return true;
	}
	return false;
}

bool uk_gdbstub_is_swbp(const struct uk_gdbstub *gs, uintptr_t addr)
{
	for (size_t i = 0; i < UK_GDBSTUB_SWBP_MAX; i++)
		if (gs->swbp[i].refs && gs->swbp[i].addr == addr)
			return true;
	return false;
}

int gdb_swbp_insert(struct uk_gdbstub *gs, uintptr_t addr)
{
	const struct uk_gdbstub_target *t = gs->target;
	const struct uk_gdbstub_arch *arch = arch_of(gs);
	struct uk_gdbstub_swbp *bp = swbp_find(gs, addr);
	size_t done;

	/* gdb may place the same address twice (two breakpoints on one
	 * line); each z0 then removes one. */
	if (bp) {
		bp->refs++;
		return 0;
	}
	if (swbp_overlaps(gs, addr))
		return GDB_E_BREAK;
	for (size_t i = 0; i < UK_GDBSTUB_SWBP_MAX && !bp; i++)
		if (!gs->swbp[i].refs)
			bp = &gs->swbp[i];
	if (!bp)
		return GDB_E_BREAK;

	/* No other breakpoint overlaps: memory holds the program's bytes. */
	done = t->ops->mem_read(t->ctx, addr, bp->orig, arch->bp_len);
	if (done != arch->bp_len)
		return GDB_E_FAULT;
	done = text_write(gs, addr, arch->bp_insn, arch->bp_len);
	if (done != arch->bp_len) {
		text_write(gs, addr, bp->orig, done); /* undo a torn write */
		return GDB_E_FAULT;
	}
	bp->addr = addr;
	bp->refs = 1;
	gs->stats.swbreaks++;
	return 0;
}

int gdb_swbp_remove(struct uk_gdbstub *gs, uintptr_t addr)
{
	struct uk_gdbstub_swbp *bp = swbp_find(gs, addr);
	unsigned int len = arch_of(gs)->bp_len;

	if (!bp)
		return GDB_E_BREAK;
	if (--bp->refs)
		return 0;
	gs->stats.swbreaks--;
	if (text_write(gs, addr, bp->orig, len) != len)
		return GDB_E_FAULT; /* the slot is free: nothing left to undo */
	return 0;
}

void gdb_swbp_remove_all(struct uk_gdbstub *gs)
{
	for (size_t i = 0; i < UK_GDBSTUB_SWBP_MAX; i++) {
		struct uk_gdbstub_swbp *bp = &gs->swbp[i];

		if (bp->refs)
			text_write(gs, bp->addr, bp->orig, arch_of(gs)->bp_len);
		bp->refs = 0;
	}
	gs->stats.swbreaks = 0;
}

void gdb_swbp_hide(const struct uk_gdbstub *gs, uintptr_t addr, uint8_t *buf,
		   size_t n)
{
	size_t off;

	for (size_t i = 0; i < UK_GDBSTUB_SWBP_MAX; i++) {
		if (!gs->swbp[i].refs)
			continue;
		for (unsigned int k = 0; k < arch_of(gs)->bp_len; k++)
			if (swbp_byte_in(gs->swbp[i].addr, k, addr, n, &off))
				buf[off] = gs->swbp[i].orig[k];
	}
}

void gdb_swbp_rearm(struct uk_gdbstub *gs, uintptr_t addr, const uint8_t *buf,
		    size_t n)
{
	const struct uk_gdbstub_arch *arch = arch_of(gs);
	size_t off;

	for (size_t i = 0; i < UK_GDBSTUB_SWBP_MAX; i++) {
		struct uk_gdbstub_swbp *bp = &gs->swbp[i];

		if (!bp->refs)
			continue;
		for (unsigned int k = 0; k < arch->bp_len; k++) {
			if (!swbp_byte_in(bp->addr, k, addr, n, &off))
				continue;
			bp->orig[k] = buf[off];
			text_write(gs, bp->addr + k, &arch->bp_insn[k], 1);
		}
	}
}
