/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 nofault primitives (contracts in ../../nofault_arch.h). Each load
 * or store of the caller's address is listed in the exception table; its
 * continuation returns the failure value. The copy is plain moves rather
 * than `rep movs`: under TCG a string instruction runs as a helper call per
 * element and was 1.5 times slower than nolibc's memcpy.
 */
#include "../../extable.h"

	.text

.macro NF_READ name, insn, reg
	.globl \name
	.type \name, @function
\name:
1:	\insn (%rdi), \reg
	mov \reg, (%rsi)
	xorl %eax, %eax
	ret
2:	movl $-1, %eax
	ret
	UK_EXTABLE 1b, 2b
	.size \name, . - \name
.endm

.macro NF_WRITE name, reg
	.globl \name
	.type \name, @function
\name:
1:	mov \reg, (%rdi)
	xorl %eax, %eax
	ret
2:	movl $-1, %eax
	ret
	UK_EXTABLE 1b, 2b
	.size \name, . - \name
.endm

	NF_READ nf_arch_read8, movb, %al
	NF_READ nf_arch_read16, movw, %ax
	NF_READ nf_arch_read32, movl, %eax
	NF_READ nf_arch_read64, movq, %rax
	NF_WRITE nf_arch_write8, %sil
	NF_WRITE nf_arch_write16, %si
	NF_WRITE nf_arch_write32, %esi
	NF_WRITE nf_arch_write64, %rsi

/*
 * size_t nf_arch_copy(void *dst, const void *src, size_t len)
 *
 * Bytes until the source is 8-byte aligned, then 32-byte chunks of four
 * word loads and four word stores, then bytes. RDI only moves past data
 * that arrived, so the count is RDI minus the original destination. A
 * fault in a chunk restarts that chunk byte by byte, which stops exactly
 * at the first byte that cannot be read or written; redoing bytes that
 * were already copied is harmless (memcpy's ranges do not overlap).
 */
	.globl nf_arch_copy
	.type nf_arch_copy, @function
nf_arch_copy:
	movq %rdi, %r9
	movq %rdx, %rcx
	movq %rsi, %r8
	negq %r8
	andq $7, %r8
	cmpq %rcx, %r8
	cmovaq %rcx, %r8
	subq %r8, %rcx
	testq %r8, %r8
	jz .Lchunks
.Lhead_ld:
	movb (%rsi), %al
.Lhead_st:
	movb %al, (%rdi)
	incq %rsi
	incq %rdi
	decq %r8
	jnz .Lhead_ld
.Lchunks:
	cmpq $32, %rcx
	jb .Ltail
.Lc0:	movq (%rsi), %rax
.Lc1:	movq 8(%rsi), %r10
.Lc2:	movq 16(%rsi), %r11
.Lc3:	movq 24(%rsi), %rdx
.Lc4:	movq %rax, (%rdi)
.Lc5:	movq %r10, 8(%rdi)
.Lc6:	movq %r11, 16(%rdi)
.Lc7:	movq %rdx, 24(%rdi)
	addq $32, %rsi
	addq $32, %rdi
	subq $32, %rcx
	cmpq $32, %rcx
	jae .Lc0
.Ltail:
	testq %rcx, %rcx
	jz .Ldone
.Ltail_ld:
	movb (%rsi), %al
.Ltail_st:
	movb %al, (%rdi)
	incq %rsi
	incq %rdi
	decq %rcx
	jnz .Ltail_ld
.Ldone:
	movq %rdi, %rax
	subq %r9, %rax
	ret

	UK_EXTABLE .Lhead_ld, .Ldone
	UK_EXTABLE .Lhead_st, .Ldone
	UK_EXTABLE .Lc0, .Ltail
	UK_EXTABLE .Lc1, .Ltail
	UK_EXTABLE .Lc2, .Ltail
	UK_EXTABLE .Lc3, .Ltail
	UK_EXTABLE .Lc4, .Ltail
	UK_EXTABLE .Lc5, .Ltail
	UK_EXTABLE .Lc6, .Ltail
	UK_EXTABLE .Lc7, .Ltail
	UK_EXTABLE .Ltail_ld, .Ldone
	UK_EXTABLE .Ltail_st, .Ldone
	.size nf_arch_copy, . - nf_arch_copy

	.section .note.GNU-stack, "", @progbits
