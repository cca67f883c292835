/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What a dump holds (<uk/coredump.h>): the threads' register notes, the
 * other notes (notes.c), and the memory as segments: .data and .bss,
 * every thread's stack (the boot stack without uksched), the page the
 * running thread's stack pointer is in (a trap stack, say), and the heap
 * in use up to CONFIG_LIBUKCOREDUMP_HEAP_MAX. The ranges are sorted and
 * merged, then cut where ukplat_mem_mapped() says a page is not there
 * (guard pages): a hole becomes a shorter segment, never a fault.
 */
#include <string.h>
#include <uk/alloc.h>
#include <uk/coredump.h>
#include <uk/nofault.h>
#include <uk/sched.h>
#include <uk/plat/trap.h>
#include "coredump_arch.h"
#include "elfcore.h"
#include "dump_test.h"
#include "notes.h"

#define PAGE_SIZE 4096UL

extern char _etext[], _bss_end[];

static struct cd_core core;
static struct cd_seg ranges[CD_MAX_SEGS];
static unsigned int nranges;
static uint64_t heap_left;

/* The running thread's registers and signal, for its notes. */
static const struct __regs *run_regs;
static int run_sig;
static const struct uk_thread *run_thread;
static uint8_t run_fp[CD_ARCH_FPREGSET_SIZE] __aligned(16);

/* Set by `dump fault`: the next dump reads page 0 outside nofault. */
static volatile bool test_fault;

void coredump_test_fault(void)
{
	test_fault = true;
}

/*
 * What cannot be read reads as zeros. The copy comes first and the zeros
 * only after one that faulted (then the copy again, which skips the
 * pages that fault): a dump's memory is mapped, and a pass less over
 * every byte is what lets a streamed dump keep up with its channel.
 */
static void mem_read(uint64_t addr, void *buf, size_t len)
{
	const unsigned int nf = UK_NOFAULT_CONTINUE | UK_NOFAULT_NOREPORT;

	if (test_fault)
		*(uint8_t *)buf = *(volatile uint8_t *)0;
	if (IS_ENABLED(CONFIG_LIBUKNOFAULT)) {
		if (uk_nofault_memcpy(buf, (const void *)addr, len, nf) == len)
			return;
		memset(buf, 0, len);
		uk_nofault_memcpy(buf, (const void *)addr, len, nf);
	} else if (ukplat_mem_mapped(addr, len)) {
		memcpy(buf, (const void *)addr, len);
	} else {
		memset(buf, 0, len);
	}
}

/* NT_PRSTATUS of thread @n->data (NULL: the one context, no uksched). */
static void read_prstatus(const struct cd_note *n, size_t off, void *buf,
			  size_t len)
{
	uint8_t d[CD_ARCH_PRSTATUS_SIZE];
	const struct uk_thread *t = n->data;

	if (t == run_thread)
		coredump_arch_prstatus(d, n->arg, run_sig, run_regs, NULL);
	else
		coredump_arch_prstatus(d, n->arg, 0, t->irq_regs,
				       t->irq_regs ? NULL : &t->ctx);
	memcpy(buf, d + off, len);
}

/* NT_FPREGSET of a thread that is not running: what it resumes with. */
static void read_fpregset(const struct cd_note *n, size_t off, void *buf,
			  size_t len)
{
	uint8_t d[CD_ARCH_FPREGSET_SIZE];
	const struct uk_thread *t = n->data;

	coredump_arch_fpregset(d, &t->ctx);
	memcpy(buf, d + off, len);
}

static void add_range(uintptr_t lo, uintptr_t hi)
{
	lo &= ~(PAGE_SIZE - 1);
	hi = (hi + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
	if (hi > lo && nranges < CD_MAX_SEGS) {
		ranges[nranges].vaddr = lo;
		ranges[nranges].size = hi - lo;
		nranges++;
	}
}

static void add_heap(void *arg __unused, uintptr_t base, size_t len)
{
	len = MIN(len, heap_left);
	heap_left -= len;
	add_range(base, base + len);
}

/* Segments of the mapped pages of every range. */
static void add_segments(void)
{
	nranges = cd_ranges_merge(ranges, nranges);
	for (unsigned int i = 0; i < nranges; i++) {
		uint64_t a = ranges[i].vaddr, end = a + ranges[i].size;

		while (a < end) {
			uint64_t b = a;

			while (b < end && ukplat_mem_mapped(b, PAGE_SIZE))
				b += PAGE_SIZE;
			if (b > a && cd_add_seg(&core, a, b - a) < 0)
				return;
			a = b;
			while (a < end && !ukplat_mem_mapped(a, PAGE_SIZE))
				a += PAGE_SIZE;
		}
	}
}

static void add_thread(const struct uk_thread *t, unsigned long id)
{
	cd_add_note(&core, "CORE", CD_NT_PRSTATUS, CD_ARCH_PRSTATUS_SIZE,
		    read_prstatus, t, id);
	if (t == run_thread)
		cd_add_note_bytes(&core, "CORE", CD_NT_FPREGSET, run_fp,
				  sizeof(run_fp));
	else
		cd_add_note(&core, "CORE", CD_NT_FPREGSET,
			    CD_ARCH_FPREGSET_SIZE, read_fpregset, t, id);
	if (t && t->stack_lo)
		add_range(t->stack_lo, t->stack_hi);
}

/*
 * The threads, the running one first; the others that have not exited.
 * Two notes each, leaving room for the others. Return how many.
 */
static unsigned long add_threads(void)
{
	const struct uk_thread *cur = NULL;
	unsigned long n = 1;

#if CONFIG_LIBUKSCHED
	cur = uk_thread_current();
#endif
	run_thread = cur;
	if (!cur) {
		uintptr_t lo, hi;

		add_thread(NULL, 1);
		ukplat_boot_stack(&lo, &hi);
		add_range(lo, hi);
		return 1;
	}
#if CONFIG_LIBUKSCHED
	add_thread(cur, cur->id);
	for (const struct uk_thread *t = uk_thread_first(); t;
	     t = uk_thread_next(t)) {
		if (t == cur || t->state == UK_THREAD_EXITED)
			continue;
		if (core.nnotes + 2 + 8 > CD_MAX_NOTES)
			break;
		add_thread(t, t->id);
		n++;
	}
#endif
	return n;
}

uint64_t uk_coredump_prepare(const struct __regs *regs, int sig,
			     const char *reason)
{
	unsigned long threads;
	uintptr_t sp = ukarch_regs_sp(regs);

	run_regs = regs;
	run_sig = sig;
	coredump_arch_fpregset(run_fp, NULL);
	cd_init(&core, CD_ARCH_MACHINE, mem_read);
	nranges = 0;
	add_range((uintptr_t)_etext, (uintptr_t)_bss_end);
	add_range(sp, sp + PAGE_SIZE);
	threads = add_threads();
	coredump_add_notes(&core, reason, threads);
	heap_left = CONFIG_LIBUKCOREDUMP_HEAP_MAX;
	uk_alloc_default_used(add_heap, NULL);
	add_segments();
	cd_finish(&core);
	return core.size;
}

uint64_t uk_coredump_size(void)
{
	return core.size;
}

void uk_coredump_read(uint64_t off, void *buf, size_t len)
{
	cd_read(&core, off, buf, len);
}
