/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukalloc's page allocator and heap, through the same struct uk_alloc
 * front door the kernel uses, over plain host memory standing in for RAM
 * regions (one deliberately misaligned). Besides the API contract it
 * checks the bookkeeping: once everything is freed, every arena must be a
 * single free block again and the counters must be back to zero.
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uk/alloc.h>
#include "alloc_std.h"
#include "check.h"
#include "host_stubs.h"

#define PAGE 4096UL
#define MIB  (1024UL * 1024)

static void *region_a, *region_b;

/* A fresh allocator over 8 MiB aligned plus ~3 MiB misaligned memory. */
static struct uk_alloc *fresh(struct uk_alloc_std *s)
{
	struct uk_alloc *a = uk_alloc_std_init(s);

	if (!region_a) {
		region_a = aligned_alloc(PAGE, 8 * MIB);
		region_b = malloc(3 * MIB + 5000);
	}
	CHECK(uk_alloc_std_add_region(s, (uintptr_t)region_a, 8 * MIB) == 0,
	      "aligned region");
	CHECK(uk_alloc_std_add_region(s, (uintptr_t)region_b + 7,
				      3 * MIB + 4000) == 0,
	      "misaligned region");
	return a;
}

/* Run @fn expecting a UK_CRASH whose message contains @what. */
static void expect_crash(const char *what, void (*fn)(void *), void *arg)
{
	jmp_buf jb;

	host_crash_msg[0] = '\0';
	host_crash_jmp = &jb;
	if (setjmp(jb) == 0) {
		fn(arg);
		host_crash_jmp = NULL;
		CHECK(false, "expected a crash with \"%s\"", what);
		return;
	}
	host_crash_jmp = NULL;
	CHECK(strstr(host_crash_msg, what) != NULL,
	      "crash message \"%s\" lacks \"%s\"", host_crash_msg, what);
}

/* Everything freed: each arena is one free block, counters at rest. */
static void check_at_rest(struct uk_alloc_std *s)
{
	struct uk_heap *h = &s->heap;

	CHECK(h->free_bytes == h->arena_pages * PAGE - (size_t)h->narenas * 32,
	      "heap not fully merged: %zu free in %zu pages, %d arenas",
	      h->free_bytes, h->arena_pages, h->narenas);
	CHECK(h->narenas <= 1, "%d arenas kept", h->narenas);
	CHECK(s->pa.free_pages + h->arena_pages == s->pa.total_pages,
	      "pages lost: %zu free + %zu in arenas != %zu", s->pa.free_pages,
	      h->arena_pages, s->pa.total_pages);
	CHECK(s->a.stats.cur_bytes == 0, "cur_bytes %zu", s->a.stats.cur_bytes);
	CHECK(s->a.stats.allocs == s->a.stats.frees, "allocs %llu frees %llu",
	      (unsigned long long)s->a.stats.allocs,
	      (unsigned long long)s->a.stats.frees);
}

static void test_regions(void)
{
	struct uk_pagealloc pa;
	static char small[3 * 4096];

	uk_pagealloc_init(&pa);
	/* Too small for a bitmap page plus a page to hand out. */
	/* Under two pages long: at most one whole page, the bitmap's. */
	CHECK(uk_pagealloc_add_region(&pa, (uintptr_t)small + 1, 2 * 4096 - 2) <
		  0,
	      "tiny region accepted");
	CHECK(uk_pagealloc_add_region(&pa, (uintptr_t)small, 100) < 0,
	      "sub-page region accepted");
	CHECK(pa.total_pages == 0 && pa.nregions == 0, "state after rejects");
}

static void test_pages(void)
{
	struct uk_alloc_std s;
	struct uk_alloc *a = fresh(&s);
	size_t total = uk_alloc_totalmem(a), free0 = uk_alloc_availmem(a);
	unsigned char *p, *q, *r;

	CHECK(total == s.pa.total_pages * PAGE && total > 10 * MIB,
	      "totalmem %zu", total);
	CHECK(free0 == total, "availmem %zu before any use", free0);
	CHECK(uk_palloc(a, 0) == NULL, "zero pages");

	p = uk_palloc(a, 1);
	q = uk_palloc(a, 300); /* 1.2 MiB contiguous */
	CHECK(p && q && (uintptr_t)p % PAGE == 0 && (uintptr_t)q % PAGE == 0,
	      "page alignment %p %p", (void *)p, (void *)q);
	CHECK(q >= p + PAGE || q + 300 * PAGE <= p, "runs overlap");
	memset(q, 0x5a, 300 * PAGE); /* ASan: all within host memory */
	CHECK(uk_alloc_availmem(a) == free0 - 301 * PAGE,
	      "availmem after palloc");
	CHECK(a->stats.cur_bytes == 301 * PAGE, "cur_bytes %zu",
	      a->stats.cur_bytes);

	/* First fit: a freed run is reused at the same place. */
	uk_pfree(a, q, 300);
	r = uk_palloc(a, 300);
	CHECK(r == q, "first fit: %p then %p", (void *)q, (void *)r);
	uk_pfree(a, r, 300);
	uk_pfree(a, p, 1);
	CHECK(uk_alloc_availmem(a) == free0, "availmem back");

	/* Larger than any region: NULL, counted as a failure. */
	CHECK(uk_palloc(a, 9 * MIB / PAGE) == NULL, "run larger than a region");
	CHECK(a->stats.failed == 1, "failed %llu",
	      (unsigned long long)a->stats.failed);

	/* The misaligned region is usable to its last whole page. */
	size_t n = 0;
	void *pages[4096];

	while (n < 4096 && (pages[n] = uk_palloc(a, 1)) != NULL)
		n++;
	CHECK(n == s.pa.total_pages, "got %zu single pages of %zu", n,
	      s.pa.total_pages);
	for (size_t i = 0; i < n; i++) {
		uintptr_t pg = (uintptr_t)pages[i];
		bool in_a = pg >= (uintptr_t)region_a &&
			    pg + PAGE <= (uintptr_t)region_a + 8 * MIB;
		bool in_b =
		    pg >= (uintptr_t)region_b + 7 &&
		    pg + PAGE <= (uintptr_t)region_b + 7 + 3 * MIB + 4000;

		CHECK(in_a || in_b, "page %p outside the regions", pages[i]);
	}
	CHECK(uk_alloc_availmem(a) == 0, "all pages handed out");
	while (n)
		uk_pfree(a, pages[--n], 1);
	check_at_rest(&s);
}

struct double_pfree {
	struct uk_alloc *a;
	void *p;
};

static void do_double_pfree(void *arg)
{
	struct double_pfree *d = arg;

	uk_pfree(d->a, d->p, 2);
}

static void do_foreign_pfree(void *arg)
{
	struct double_pfree *d = arg;
	static char outside[3 * 4096];

	uk_pfree(d->a, (void *)ALIGN_UP((uintptr_t)outside, PAGE), 1);
}

static void test_page_errors(void)
{
	struct uk_alloc_std s;
	struct double_pfree d = { fresh(&s), NULL };

	d.p = uk_palloc(d.a, 2);
	uk_pfree(d.a, d.p, 2);
	expect_crash("double free", do_double_pfree, &d);
	expect_crash("not a page", do_foreign_pfree, &d);
}

static void test_heap_basics(void)
{
	struct uk_alloc_std s;
	struct uk_alloc *a = fresh(&s);
	unsigned char *p[64];
	size_t avail0 = uk_alloc_availmem(a);

	uk_free(a, NULL); /* no-op */
	for (int i = 0; i < 64; i++) {
		p[i] = uk_malloc(a, (size_t)i * 13);
		CHECK(p[i] && (uintptr_t)p[i] % 16 == 0, "malloc(%d) = %p",
		      i * 13, (void *)p[i]);
		memset(p[i], i, (size_t)i * 13);
	}
	for (int i = 0; i < 64; i++)
		for (int j = 0; j < i * 13; j++)
			if (p[i][j] != i) {
				CHECK(false, "block %d byte %d overwritten", i,
				      j);
				break;
			}
	CHECK(p[0] != p[1], "malloc(0) blocks are distinct");
	CHECK(uk_alloc_availmem(a) < avail0, "availmem dropped");
	for (int i = 0; i < 64; i += 2)
		uk_free(a, p[i]);
	for (int i = 1; i < 64; i += 2)
		uk_free(a, p[i]);
	check_at_rest(&s);

	/* calloc zeroes, and refuses sizes whose product overflows. */
	unsigned char *z = uk_malloc(a, 4096);

	memset(z, 0xff, 4096);
	uk_free(a, z);
	z = uk_calloc(a, 64, 64);
	CHECK(z != NULL, "calloc");
	for (int i = 0; z && i < 4096; i++)
		if (z[i]) {
			CHECK(false, "calloc byte %d not zero", i);
			break;
		}
	uk_free(a, z);
	uint64_t failed = a->stats.failed;

	CHECK(uk_calloc(a, SIZE_MAX / 2, 3) == NULL, "calloc overflow");
	CHECK(uk_calloc(a, (size_t)1 << 33, (size_t)1 << 33) == NULL,
	      "calloc overflow");
	CHECK(a->stats.failed == failed + 2, "overflow counted as failure");
	CHECK(uk_malloc(a, SIZE_MAX) == NULL, "malloc(SIZE_MAX)");
	CHECK(uk_malloc(a, 64 * MIB) == NULL, "more than all memory");
	check_at_rest(&s);
}

static void test_heap_large_and_aligned(void)
{
	struct uk_alloc_std s;
	struct uk_alloc *a = fresh(&s);
	void *big = uk_malloc(a, 3 * MIB);

	CHECK(big != NULL, "3 MiB block");
	memset(big, 1, 3 * MIB);
	uk_free(a, big);

	for (size_t align = 1; align <= 64 * 1024; align <<= 1) {
		for (size_t size = 0; size < 5000; size = size * 3 + 1) {
			void *p = uk_memalign(a, align, size);
			void *q = uk_memalign(a, align, size);

			CHECK(p && (uintptr_t)p % align == 0 &&
				  (uintptr_t)p % 16 == 0,
			      "memalign(%zu, %zu) = %p", align, size, p);
			CHECK(q && (uintptr_t)q % align == 0,
			      "second memalign");
			memset(p, 0xaa, size);
			memset(q, 0xbb, size);
			uk_free(a, p);
			uk_free(a, q);
		}
	}
	CHECK(uk_memalign(a, 24, 10) == NULL, "alignment not a power of two");
	CHECK(uk_memalign(a, 0, 10) == NULL, "alignment 0");
	check_at_rest(&s);
}

static void test_realloc(void)
{
	struct uk_alloc_std s;
	struct uk_alloc *a = fresh(&s);
	unsigned char *p = uk_realloc(a, NULL, 10), *q, *blocker;

	CHECK(p != NULL, "realloc(NULL) allocates");
	for (int i = 0; i < 10; i++)
		p[i] = (unsigned char)i;
	/* Growing into free space behind the block keeps it in place. */
	q = uk_realloc(a, p, 1000);
	CHECK(q == p, "grew in place");
	for (int i = 10; i < 1000; i++)
		q[i] = (unsigned char)i;
	blocker = uk_malloc(a, 16);
	p = uk_realloc(a, q, 100000); /* must move: the blocker is behind */
	CHECK(p && p != q, "moved");
	for (int i = 0; p && i < 1000; i++)
		if (p[i] != (unsigned char)i) {
			CHECK(false, "content lost at %d", i);
			break;
		}
	q = uk_realloc(a, p, 5); /* shrink in place */
	CHECK(q == p && q[4] == 4, "shrunk in place");
	CHECK(uk_realloc(a, q, SIZE_MAX) == NULL, "impossible size");
	CHECK(q[0] == 0 && q[4] == 4, "block kept after failed realloc");
	CHECK(uk_realloc(a, q, 0) == NULL, "realloc to 0 frees");
	uk_free(a, blocker);
	check_at_rest(&s);
}

struct heap_victim {
	struct uk_alloc *a;
	unsigned char *p;
};

static void do_free(void *arg)
{
	struct heap_victim *v = arg;

	uk_free(v->a, v->p);
}

static void test_heap_errors(void)
{
	struct uk_alloc_std s;
	struct heap_victim v = { fresh(&s), NULL };
	unsigned char *keep = uk_malloc(v.a, 100);

	v.p = uk_malloc(v.a, 100);
	uk_free(v.a, v.p);
	expect_crash("double free", do_free, &v);

	v.p = uk_malloc(v.a, 100);
	memset(v.p - 16, 0x41, 8); /* an underflow smashes the header */
	expect_crash("corrupt", do_free, &v);

	v.p = keep + 8; /* not a block start */
	expect_crash("not returned by malloc", do_free, &v);
}

/* Random operations against a shadow list; every block carries a pattern. */
static void test_heap_random(void)
{
	struct uk_alloc_std s;
	struct uk_alloc *a = fresh(&s);
	struct {
		unsigned char *p;
		size_t n;
		unsigned char tag;
		bool pages;
	} live[256];
	uint64_t x = 12345;

	memset(live, 0, sizeof(live));
	for (int round = 0; round < 200000; round++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		int i = (int)(x % 256);
		size_t n = (x >> 8) % ((x >> 40) % 8 == 0 ? 70000 : 300);

		if (live[i].p) {
			for (size_t k = 0; k < live[i].n; k++)
				if (live[i].p[k] != live[i].tag) {
					CHECK(false, "slot %d byte %zu damaged",
					      i, k);
					return;
				}
			if (live[i].pages)
				uk_pfree(a, live[i].p, live[i].n / PAGE);
			else if ((x >> 20) % 3 == 0) {
				unsigned char *q =
				    uk_realloc(a, live[i].p, n + 1);

				if (q) {
					size_t kept = MIN(live[i].n, n + 1);

					for (size_t k = 0; k < kept; k++)
						if (q[k] != live[i].tag) {
							CHECK(false,
							      "realloc lost "
							      "byte %zu",
							      k);
							return;
						}
					live[i].p = q;
					live[i].n = n + 1;
					memset(q, live[i].tag, n + 1);
					continue;
				}
				uk_free(a, live[i].p);
			} else {
				uk_free(a, live[i].p);
			}
			live[i].p = NULL;
			continue;
		}
		live[i].tag = (unsigned char)(x >> 32);
		live[i].pages = (x >> 50) % 16 == 0;
		if (live[i].pages) {
			live[i].n = (1 + n % 8) * PAGE;
			live[i].p = uk_palloc(a, live[i].n / PAGE);
		} else if ((x >> 56) % 4 == 0) {
			size_t align = (size_t)1 << ((x >> 44) % 13);

			live[i].n = n;
			live[i].p = uk_memalign(a, align, n);
			CHECK(!live[i].p || (uintptr_t)live[i].p % align == 0,
			      "memalign alignment");
		} else {
			live[i].n = n;
			live[i].p = uk_malloc(a, n);
		}
		if (live[i].p)
			memset(live[i].p, live[i].tag, live[i].n);
	}
	for (int i = 0; i < 256; i++) {
		if (!live[i].p)
			continue;
		if (live[i].pages)
			uk_pfree(a, live[i].p, live[i].n / PAGE);
		else
			uk_free(a, live[i].p);
	}
	CHECK(a->stats.peak_bytes > 0, "peak recorded");
	check_at_rest(&s);
}

int main(void)
{
	test_regions();
	test_pages();
	test_page_errors();
	test_heap_basics();
	test_heap_large_and_aligned();
	test_realloc();
	test_heap_errors();
	test_heap_random();
	free(region_a);
	free(region_b);
	return check_summary("test_alloc");
}
