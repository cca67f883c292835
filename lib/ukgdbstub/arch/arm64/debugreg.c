/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Hardware breakpoints and watchpoints on arm64: DBGBVR<n>/DBGBCR<n>_EL1
 * and DBGWVR<n>/DBGWCR<n>_EL1, as many as ID_AA64DFR0_EL1 says (QEMU's
 * cortex-a57: 6 and 4), matching at EL1 only. A watchpoint register pair
 * covers bytes of one aligned doubleword (byte-address select), or an
 * aligned power-of-two block of 8 bytes to 2 GiB (address mask); a
 * watchpoint gdb asks for that fits neither is split into doubleword
 * pieces, one slot each, placed all or none. Load, store or both: Z3, Z2,
 * Z4.
 *
 * The slots take effect on resume (gdb_arm64_dbg_arm). Debug exceptions at
 * the kernel's own level need MDSCR_EL1.KDE (and MDE for breakpoints and
 * watchpoints), the OS lock open and PSTATE.D clear in the resumed code
 * (stop.c clears SPSR.D); while the stub runs, PSTATE.D is set by the
 * exception entry and every slot is disabled anyway.
 */
#include <string.h>
#include <uk/asm/cpu.h>
#include "../gdbstub_arch.h"
#include "arm64_gdb.h"

#define SLOTS_MAX 16
#define MDSCR_SS  (1UL << 0)
#define MDSCR_KDE (1UL << 13)
#define MDSCR_MDE (1UL << 15)

/* DBGBCR / DBGWCR fields. */
#define CR_E	     (1UL << 0)
#define CR_PRIV_EL1  (1UL << 1)	  /* PMC / PAC = 0b01 */
#define BCR_BAS_A64  (0xfUL << 5) /* an A64 instruction */
#define WCR_LSC(lsc) ((uint64_t)(lsc) << 3)
#define WCR_BAS(bas) ((uint64_t)(bas) << 5)
#define WCR_MASK(m)  ((uint64_t)(m) << 24)
#define LSC_LOAD     1
#define LSC_STORE    2

struct dbg_slot {
	bool used;
	int type;	    /* enum uk_gdbstub_hw */
	uint64_t value;	    /* DBGxVR */
	uint64_t ctrl;	    /* DBGxCR, E included */
	uint64_t span;	    /* bytes from value the slot matches */
	uintptr_t req_addr; /* what gdb asked for, to match z packets */
	size_t req_len;
};

static struct dbg_slot bps[SLOTS_MAX], wps[SLOTS_MAX];
static bool os_unlocked;
/* Whether the registers may hold a breakpoint or watchpoint now. Under
 * emulation every write of one costs, and a stepi would pay forty. Their
 * reset values are UNKNOWN: the first stop clears them. */
static bool hw_armed = true;

/* System register names are part of the instruction: one case per slot. */
/* clang-format off */
#define SLOT_CASES(R, n, v) \
	R(0, n, v) R(1, n, v) R(2, n, v) R(3, n, v) R(4, n, v) R(5, n, v) \
	R(6, n, v) R(7, n, v) R(8, n, v) R(9, n, v) R(10, n, v) R(11, n, v) \
	R(12, n, v) R(13, n, v) R(14, n, v) R(15, n, v)
/* clang-format on */
#define BP_WRITE(i, n, v)                                                      \
	case i:                                                                \
		SYSREG_WRITE(dbgbvr##i##_el1, (v)[0]);                         \
		SYSREG_WRITE(dbgbcr##i##_el1, (v)[1]);                         \
		break;
#define WP_WRITE(i, n, v)                                                      \
	case i:                                                                \
		SYSREG_WRITE(dbgwvr##i##_el1, (v)[0]);                         \
		SYSREG_WRITE(dbgwcr##i##_el1, (v)[1]);                         \
		break;

static void bp_write(unsigned int n, const uint64_t v[2])
{
	switch (n) {
		SLOT_CASES(BP_WRITE, n, v)
	}
}

static void wp_write(unsigned int n, const uint64_t v[2])
{
	switch (n) {
		SLOT_CASES(WP_WRITE, n, v)
	}
}

static unsigned int nr_bps(void)
{
	return MIN(((SYSREG_READ(id_aa64dfr0_el1) >> 12) & 0xf) + 1, SLOTS_MAX);
}

static unsigned int nr_wps(void)
{
	return MIN(((SYSREG_READ(id_aa64dfr0_el1) >> 20) & 0xf) + 1, SLOTS_MAX);
}

static bool any_used(void)
{
	for (unsigned int i = 0; i < SLOTS_MAX; i++)
		if (bps[i].used || wps[i].used)
			return true;
	return false;
}

/* The OS lock may come out of reset locked, which holds back every debug
 * exception but BRK: open it (and the double lock) once, first thing. */
static void os_unlock(void)
{
	if (os_unlocked)
		return;
	SYSREG_WRITE(oslar_el1, 0);
	SYSREG_WRITE(osdlr_el1, 0);
	isb();
	os_unlocked = true;
}

void gdb_arm64_dbg_park(void)
{
	static const uint64_t off[2] = { 0, 0 };
	unsigned int nb = nr_bps(), nw = nr_wps();

	os_unlock();
	for (unsigned int i = 0; hw_armed && i < nb; i++)
		bp_write(i, off);
	for (unsigned int i = 0; hw_armed && i < nw; i++)
		wp_write(i, off);
	hw_armed = false;
	SYSREG_WRITE(mdscr_el1, SYSREG_READ(mdscr_el1) &
				    ~(MDSCR_SS | MDSCR_KDE | MDSCR_MDE));
	isb();
}

void gdb_arm64_dbg_arm(bool step)
{
	unsigned int nb = nr_bps(), nw = nr_wps();
	bool used = any_used();
	uint64_t mdscr;

	os_unlock();
	for (unsigned int i = 0; used && i < nb; i++) {
		uint64_t v[2] = { bps[i].value, bps[i].used ? bps[i].ctrl : 0 };

		bp_write(i, v);
	}
	for (unsigned int i = 0; used && i < nw; i++) {
		uint64_t v[2] = { wps[i].value, wps[i].used ? wps[i].ctrl : 0 };

		wp_write(i, v);
	}
	hw_armed = used;
	mdscr = SYSREG_READ(mdscr_el1) & ~(MDSCR_SS | MDSCR_KDE | MDSCR_MDE);
	if (step)
		mdscr |= MDSCR_SS | MDSCR_KDE;
	if (used)
		mdscr |= MDSCR_KDE | MDSCR_MDE;
	SYSREG_WRITE(mdscr_el1, mdscr);
	isb();
}

static int free_slot(const struct dbg_slot *s, unsigned int n)
{
	for (unsigned int i = 0; i < n; i++)
		if (!s[i].used)
			return (int)i;
	return -1;
}

static int bp_insert(uintptr_t addr)
{
	int i = free_slot(bps, nr_bps());

	if (addr % 4 || i < 0)
		return -1;
	bps[i] = (struct dbg_slot){ true, UK_GDBSTUB_HW_EXEC,
				    addr, CR_E | CR_PRIV_EL1 | BCR_BAS_A64,
				    4,	  addr,
				    4 };
	return 0;
}

/* Bytes of the next piece at @a: up to the end of its doubleword. */
static size_t piece(uintptr_t a, size_t left)
{
	return MIN(left, 8 - (a & 7));
}

static int wp_insert(int type, uintptr_t addr, size_t len)
{
	unsigned int nw = nr_wps(), need = 0, avail = 0;
	uint64_t lsc = type == UK_GDBSTUB_HW_WRITE  ? LSC_STORE
		       : type == UK_GDBSTUB_HW_READ ? LSC_LOAD
						    : LSC_LOAD | LSC_STORE;
	uint64_t base = CR_E | CR_PRIV_EL1 | WCR_LSC(lsc);
	uintptr_t a;
	size_t left, n;
	int i;

	if (!len || addr + len - 1 < addr)
		return -1;
	/* A whole aligned power-of-two block: one slot with an address mask. */
	if (len > 8 && !(len & (len - 1)) && len <= 0x80000000UL &&
	    !(addr % len)) {
		i = free_slot(wps, nw);
		if (i < 0)
			return -1;
		wps[i] = (struct dbg_slot){
			true,
			type,
			addr,
			base | WCR_BAS(0xff) | WCR_MASK(__builtin_ctzl(len)),
			len,
			addr,
			len
		};
		return 0;
	}
	for (a = addr, left = len; left; a += n, left -= n, need++)
		n = piece(a, left);
	for (unsigned int j = 0; j < nw; j++)
		avail += !wps[j].used;
	if (need > avail)
		return -1;
	for (a = addr, left = len; left; a += n, left -= n) {
		n = piece(a, left);
		i = free_slot(wps, nw);
		wps[i] = (struct dbg_slot){
			true,	  type,
			a & ~7UL, base | WCR_BAS(((1UL << n) - 1) << (a & 7)),
			8,	  addr,
			len
		};
	}
	return 0;
}

int gdb_arch_hw_insert(int type, uintptr_t addr, size_t len)
{
	switch (type) {
	case UK_GDBSTUB_HW_EXEC:
		return bp_insert(addr);
	case UK_GDBSTUB_HW_WRITE:
	case UK_GDBSTUB_HW_READ:
	case UK_GDBSTUB_HW_ACCESS:
		return wp_insert(type, addr, len);
	default:
		return -1;
	}
}

int gdb_arch_hw_remove(int type, uintptr_t addr, size_t len)
{
	struct dbg_slot *s = type == UK_GDBSTUB_HW_EXEC ? bps : wps;
	int found = -1;

	for (unsigned int i = 0; i < SLOTS_MAX; i++) {
		if (s[i].used && s[i].type == type && s[i].req_addr == addr &&
		    (type == UK_GDBSTUB_HW_EXEC || s[i].req_len == len)) {
			s[i].used = false;
			found = 0;
		}
	}
	return found;
}

void gdb_arch_hw_remove_all(void)
{
	memset(bps, 0, sizeof(bps));
	memset(wps, 0, sizeof(wps));
}

/*
 * FAR holds the address the access used, which may lie before the watched
 * bytes (a pair store, a wider load): match it against the slots' whole
 * doublewords or blocks, and report the address gdb placed the watchpoint
 * at, which gdb finds within its own range.
 */
void gdb_arm64_dbg_decode(const struct ukarch_trapctx *ctx,
			  struct uk_gdbstub_stop *stop)
{
	uintptr_t far = ctx->fault_addr;
	const struct dbg_slot *hit = NULL;

	for (unsigned int i = 0; i < SLOTS_MAX && !hit; i++)
		if (wps[i].used && far - wps[i].value < wps[i].span)
			hit = &wps[i];
	for (unsigned int i = 0; i < SLOTS_MAX && !hit; i++)
		if (wps[i].used)
			hit = &wps[i];
	if (!hit)
		return;
	stop->kind = hit->type == UK_GDBSTUB_HW_WRITE  ? UK_GDBSTUB_STOP_WATCH
		     : hit->type == UK_GDBSTUB_HW_READ ? UK_GDBSTUB_STOP_RWATCH
						       : UK_GDBSTUB_STOP_AWATCH;
	stop->addr = hit->req_addr;
}
