/* SPDX-License-Identifier: BSD-3-Clause */
/* Benchmark floor: a PVH image whose first instruction exits QEMU (status 0). */
	.section .note.pvh, "a", @note
	.p2align 2
	.long 4, 8, 18
	.asciz "Xen"
	.p2align 2
	.quad floor_start

	.text
	.code32
	.globl floor_start
floor_start:
	xorl %eax, %eax
	outl %eax, $0xf4
1:	hlt
	jmp 1b

	.section .note.GNU-stack, "", @progbits
