/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * KVM probe (x86_64): a PVH image that enables SSE, loads the value 42
 * with movsd (the kind of load that nested KVM was seen failing to emulate
 * right after boot) and exits QEMU with it through isa-debug-exit, so
 * QEMU's status is (42 << 1) | 1 only when the load really happened.
 */
#define CR0_MP      0x2
#define CR0_EM      0x4
#define CR4_OSFXSR  0x200
#define CR4_OSXMMEXCPT 0x400

	.section .note.pvh, "a", @note
	.p2align 2
	.long 4, 8, 18          /* name size, descriptor size, XEN_ELFNOTE_PHYS32_ENTRY */
	.asciz "Xen"
	.p2align 2
	.quad probe_start

	.text
	.code32
	.globl probe_start
probe_start:
	movl %cr0, %eax
	andl $~CR0_EM, %eax
	orl $CR0_MP, %eax
	movl %eax, %cr0
	movl %cr4, %eax
	orl $(CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
	movl %eax, %cr4
	movsd probe_value, %xmm0
	movd %xmm0, %eax
	outl %eax, $0xf4
1:	hlt
	jmp 1b

	.p2align 3
probe_value:
	.quad 42

	.section .note.GNU-stack, "", @progbits
