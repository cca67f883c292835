/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Hardware breakpoints and watchpoints on x86_64: four slots, DR0-DR3,
 * enabled through DR7, reported through DR6. A watchpoint gdb asks for may
 * be longer than 8 bytes or unaligned; it is split into aligned pieces of
 * 1, 2, 4 or 8 bytes, one slot each, placed all or none. x86 has no
 * read-only watchpoint (R/W 10 is for I/O ports): Z3 gets "unsupported",
 * and gdb then emulates rwatch with an access watchpoint whose hits
 * without a value change it takes for reads.
 *
 * The slots take effect on resume (gdb_x86_dr_arm); while the stub runs,
 * DR7 is 0, so its own memory accesses do not trigger watchpoints.
 */
#include <string.h>
#include "../gdbstub_arch.h"
#include "x86_gdb.h"

#define DR_SLOTS	4
#define DR6_CLEAR	0xffff0ff0UL /* its value with nothing to report */
#define DR7_L(i)	(1UL << (2 * (i))) /* local enable of slot i */
#define DR7_RW_SHIFT(i) (16 + 4 * (i))

/* R/W field values of DR7. */
#define RW_EXEC	 0
#define RW_WRITE 1
#define RW_RDWR	 3

struct dr_slot {
	bool used;
	enum uk_gdbstub_hw type;
	uintptr_t addr;	    /* this piece */
	unsigned int len;   /* 1, 2, 4 or 8 */
	uintptr_t req_addr; /* what gdb asked for, to match z packets */
	size_t req_len;
};

static struct dr_slot slots[DR_SLOTS];

#define DR_WRITE(n, v)                                                         \
	__asm__ __volatile__("mov %0, %%dr" #n : : "r"((unsigned long)(v)))

static unsigned long dr6_read(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%dr6, %0" : "=r"(v));
	return v;
}

/* DR7's LEN encoding: 1 -> 00, 2 -> 01, 8 -> 10, 4 -> 11. */
static unsigned long len_bits(unsigned int len)
{
	switch (len) {
	case 2:
		return 1;
	case 8:
		return 2;
	case 4:
		return 3;
	default:
		return 0;
	}
}

void gdb_x86_dr_park(void)
{
	DR_WRITE(7, 0);
}

void gdb_x86_dr_arm(void)
{
	unsigned long dr7 = 0;

	for (unsigned int i = 0; i < DR_SLOTS; i++) {
		const struct dr_slot *s = &slots[i];
		unsigned long rw;

		if (!s->used)
			continue;
		rw = s->type == UK_GDBSTUB_HW_EXEC    ? RW_EXEC
		     : s->type == UK_GDBSTUB_HW_WRITE ? RW_WRITE
						      : RW_RDWR;
		dr7 |= DR7_L(i) |
		       ((rw | len_bits(s->len) << 2) << DR7_RW_SHIFT(i));
	}
	DR_WRITE(0, slots[0].addr);
	DR_WRITE(1, slots[1].addr);
	DR_WRITE(2, slots[2].addr);
	DR_WRITE(3, slots[3].addr);
	DR_WRITE(7, dr7);
}

/* The largest aligned piece (8, 4, 2 or 1 bytes) at @addr within @left. */
static unsigned int piece(uintptr_t addr, size_t left)
{
	unsigned int n = 8;

	while (n > 1 && (addr % n || n > left))
		n /= 2;
	return n;
}

int gdb_arch_hw_insert(int type, uintptr_t addr, size_t len)
{
	unsigned int need = 0, avail = 0, n;
	uintptr_t a;
	size_t left;

	if (type == UK_GDBSTUB_HW_READ)
		return UK_GDBSTUB_HW_UNSUPPORTED;
	if (type == UK_GDBSTUB_HW_EXEC)
		len = 1; /* an instruction breakpoint has LEN 00 */
	else if (type != UK_GDBSTUB_HW_WRITE && type != UK_GDBSTUB_HW_ACCESS)
		return -1;
	if (!len || addr + len - 1 < addr)
		return -1;
	for (a = addr, left = len; left; a += n, left -= n, need++)
		n = piece(a, left);
	for (unsigned int i = 0; i < DR_SLOTS; i++)
		avail += !slots[i].used;
	if (need > avail)
		return -1;

	a = addr;
	left = len;
	for (unsigned int i = 0; i < DR_SLOTS && left; i++) {
		if (slots[i].used)
			continue;
		n = piece(a, left);
		slots[i] = (struct dr_slot){ true, (enum uk_gdbstub_hw)type,
					     a,	   n,
					     addr, len };
		a += n;
		left -= n;
	}
	return 0;
}

int gdb_arch_hw_remove(int type, uintptr_t addr, size_t len)
{
	int found = -1;

	if (type == UK_GDBSTUB_HW_EXEC)
		len = 1;
	for (unsigned int i = 0; i < DR_SLOTS; i++) {
		struct dr_slot *s = &slots[i];

		if (s->used && (int)s->type == type && s->req_addr == addr &&
		    s->req_len == len) {
			s->used = false;
			found = 0;
		}
	}
	return found;
}

void gdb_arch_hw_remove_all(void)
{
	memset(slots, 0, sizeof(slots));
}

void gdb_x86_dr_decode(struct uk_gdbstub_stop *stop)
{
	unsigned long dr6 = dr6_read();

	/* The CPU sets DR6 bits but never clears them. */
	DR_WRITE(6, DR6_CLEAR);
	for (unsigned int i = 0; i < DR_SLOTS; i++) {
		const struct dr_slot *s = &slots[i];

		/* Bn may be set for a slot that matched while disabled. */
		if (!(dr6 & (1UL << i)) || !s->used)
			continue;
		if (s->type == UK_GDBSTUB_HW_EXEC) {
			stop->kind = UK_GDBSTUB_STOP_HWBREAK;
		} else {
			stop->kind = s->type == UK_GDBSTUB_HW_WRITE
					 ? UK_GDBSTUB_STOP_WATCH
					 : UK_GDBSTUB_STOP_AWATCH;
			stop->addr = s->req_addr;
		}
		break;
	}
}
