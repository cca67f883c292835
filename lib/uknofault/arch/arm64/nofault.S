/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 nofault primitives (nofault_arch.h): single loads and stores of an
 * exact width, and a copy that reports how many bytes it moved before the
 * first fault. Every instruction that touches the caller's address has an
 * exception-table entry next to it; the trap handler sends a faulting one
 * to its continuation, which returns the failure value. All are leaf
 * routines using only caller-saved x-registers (callers are built
 * -mgeneral-regs-only, and no stack is needed). Unaligned accesses are
 * fine on Normal memory (SCTLR_EL1.A is clear); on Device memory they
 * raise alignment faults, which the copy survives like any other fault.
 */
#include "../../extable.h"

	.text

/* int nf_arch_readN(const void *addr, uintN_t *val): \ld from x0, \st to x1. */
.macro nf_read name, ld, st, reg
	.globl	\name
	.type	\name, %function
\name:
1:	\ld	\reg, [x0]
	UK_EXTABLE 1b, nf_fail
	\st	\reg, [x1]
	mov	w0, #0
	ret
	.size	\name, . - \name
.endm

/* int nf_arch_writeN(void *addr, uintN_t val): one \st of x1/w1 to x0. */
.macro nf_write name, st, reg
	.globl	\name
	.type	\name, %function
\name:
1:	\st	\reg, [x0]
	UK_EXTABLE 1b, nf_fail
	mov	w0, #0
	ret
	.size	\name, . - \name
.endm

	nf_read  nf_arch_read8,  ldrb, strb, w2
	nf_read  nf_arch_read16, ldrh, strh, w2
	nf_read  nf_arch_read32, ldr,  str,  w2
	nf_read  nf_arch_read64, ldr,  str,  x2
	nf_write nf_arch_write8,  strb, w1
	nf_write nf_arch_write16, strh, w1
	nf_write nf_arch_write32, str,  w1
	nf_write nf_arch_write64, str,  x1

/* The continuation of every single access: *val is left alone. */
	.type	nf_fail, %function
nf_fail:
	mov	w0, #-1
	ret
	.size	nf_fail, . - nf_fail

/*
 * size_t nf_arch_copy(void *dst, const void *src, size_t len)
 *
 * x0/x1 are the dst/src cursors, x2 the bytes still to copy and x3 = len,
 * so a fault in a byte access returns len - x2. x4/x5 keep the original
 * dst/src: a fault in the 64-byte loop recomputes the cursors of its chunk
 * from x2 alone, which memory accesses never write, instead of trusting
 * the base-register writeback of the faulting loop. That chunk (or the
 * faulting tail word) is then redone one byte at a time, which stops
 * exactly at the first inaccessible byte, or, when every byte goes through
 * (a wide or unaligned access to Device memory), goes back to the fast
 * path. The destination is first brought to 16-byte alignment, so no stp
 * straddles a page; the source may stay misaligned, and its straddling
 * loads are what the byte retry is for.
 */
	.globl	nf_arch_copy
	.type	nf_arch_copy, %function
nf_arch_copy:
	mov	x3, x2
	mov	x4, x0
	mov	x5, x1
	cmp	x2, #64                 /* short copies skip to the tail */
	b.lo	.Lcp_bulk
	neg	x14, x0
	ands	x14, x14, #15           /* head bytes up to dst alignment */
	b.ne	.Lcp_bytes

.Lcp_bulk:
	subs	x2, x2, #64             /* in the loop x2 = remaining - 64 */
	b.lo	.Lcp_tail
	/*
	 * The writeback on the first load and store of each chunk saves the
	 * two pointer increments: 10 instructions per 64 bytes. Loads come
	 * before stores, so a source fault leaves the chunk unwritten.
	 */
.Lcp_loop:
1:	ldp	x6, x7, [x1], #64
	UK_EXTABLE 1b, .Lcp_redo
2:	ldp	x8, x9, [x1, #-48]
	UK_EXTABLE 2b, .Lcp_redo
3:	ldp	x10, x11, [x1, #-32]
	UK_EXTABLE 3b, .Lcp_redo
4:	ldp	x12, x13, [x1, #-16]
	UK_EXTABLE 4b, .Lcp_redo
5:	stp	x6, x7, [x0], #64
	UK_EXTABLE 5b, .Lcp_redo
6:	stp	x8, x9, [x0, #-48]
	UK_EXTABLE 6b, .Lcp_redo
7:	stp	x10, x11, [x0, #-32]
	UK_EXTABLE 7b, .Lcp_redo
8:	stp	x12, x13, [x0, #-16]
	UK_EXTABLE 8b, .Lcp_redo
	subs	x2, x2, #64
	b.hs	.Lcp_loop

.Lcp_tail:
	add	x2, x2, #64             /* 0..63 bytes left */
.Lcp_words:
	cmp	x2, #8
	b.lo	.Lcp_last
1:	ldr	x6, [x1]
	UK_EXTABLE 1b, .Lcp_redo_word
2:	str	x6, [x0]
	UK_EXTABLE 2b, .Lcp_redo_word
	add	x1, x1, #8
	add	x0, x0, #8
	sub	x2, x2, #8
	b	.Lcp_words
.Lcp_last:
	mov	x14, x2
	cbnz	x14, .Lcp_bytes
	mov	x0, x3
	ret

	/* A chunk faulted: back to its start, then redo it byte by byte. */
.Lcp_redo:
	add	x2, x2, #64
	sub	x14, x3, x2             /* bytes done before the chunk */
	add	x0, x4, x14
	add	x1, x5, x14
	mov	x14, #64
	b	.Lcp_bytes
.Lcp_redo_word:
	mov	x14, #8

	/* Copy x14 > 0 bytes singly, then resume the word paths. */
.Lcp_bytes:
1:	ldrb	w15, [x1]
	UK_EXTABLE 1b, .Lcp_fault
2:	strb	w15, [x0]
	UK_EXTABLE 2b, .Lcp_fault
	add	x1, x1, #1
	add	x0, x0, #1
	sub	x2, x2, #1
	subs	x14, x14, #1
	b.ne	1b
	b	.Lcp_bulk

.Lcp_fault:
	sub	x0, x3, x2
	ret
	.size	nf_arch_copy, . - nf_arch_copy

	.section .note.GNU-stack, "", %progbits
