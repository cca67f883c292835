/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PVH entry. QEMU finds pvh_start32 through the Xen ELF note (type 18,
 * XEN_ELFNOTE_PHYS32_ENTRY) and jumps there in 32-bit protected mode with
 * paging off and %ebx pointing at the hvm_start_info. We map the first
 * 4 GiB with 2 MiB pages (boot tables only: x86_pagetable_init replaces
 * them from the real memory map), enter long mode and call x86_setup.
 * The first instruction reads the TSC: boot time counts from there.
 */
#include <uk/asm/cpu.h>

#define PTE_P   0x1
#define PTE_W   0x2
#define PTE_PS  0x80

	.section .note.pvh, "a", @note
	.p2align 2
	.long 4                 /* name size */
	.long 8                 /* descriptor size: QEMU reads 64 bits from an ELF64 */
	.long 18                /* XEN_ELFNOTE_PHYS32_ENTRY */
	.asciz "Xen"
	.p2align 2
	.quad pvh_start32

	.section .text.boot, "ax"
	.code32
	.globl pvh_start32
pvh_start32:
	rdtsc
	movl %eax, x86_entry_tsc
	movl %edx, x86_entry_tsc + 4
	cli
	movl %ebx, pvh_start_info

	/* PML4[0] -> PDPT, PDPT[0..3] -> four page directories of 2 MiB pages. */
	movl $boot_pdpt + (PTE_P | PTE_W), boot_pml4
	movl $boot_pd + (PTE_P | PTE_W), %eax
	movl $boot_pdpt, %edi
	movl $4, %ecx
1:	movl %eax, (%edi)
	addl $4096, %eax
	addl $8, %edi
	loop 1b

	movl $boot_pd, %edi
	movl $(PTE_P | PTE_W | PTE_PS), %eax
	xorl %edx, %edx
	movl $2048, %ecx
2:	movl %eax, (%edi)
	movl %edx, 4(%edi)
	addl $0x200000, %eax
	adcl $0, %edx
	addl $8, %edi
	loop 2b

	movl %cr4, %eax
	orl $X86_CR4_PAE, %eax
	movl %eax, %cr4
	movl $boot_pml4, %eax
	movl %eax, %cr3
	movl $X86_MSR_EFER, %ecx
	rdmsr
	orl $X86_EFER_LME, %eax
	wrmsr
	movl %cr0, %eax
	orl $(X86_CR0_PG | X86_CR0_PE | X86_CR0_WP), %eax
	movl %eax, %cr0

	lgdt gdt64_ptr
	ljmp $GDT_SEL_CODE, $start64

	.code64
start64:
	movl $GDT_SEL_DATA, %eax
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %ss
	movl %eax, %fs
	movl %eax, %gs
	leaq boot_stack_top(%rip), %rsp
	xorl %ebp, %ebp
	movl pvh_start_info(%rip), %edi
	call x86_setup
3:	cli
	hlt
	jmp 3b

	.section .data
	.p2align 3
gdt64:
	.quad 0
	.quad 0x00af9a000000ffff        /* 0x08: 64-bit code */
	.quad 0x00cf92000000ffff        /* 0x10: data */
	.globl gdt64_tss
gdt64_tss:
	.quad 0, 0                      /* 0x18: TSS, filled in by x86_tss_init */
gdt64_end:
gdt64_ptr:
	.word gdt64_end - gdt64 - 1
	.quad gdt64
pvh_start_info:
	.long 0
	.p2align 3
	.globl x86_entry_tsc
x86_entry_tsc:
	.quad 0

	.section .bss
	.p2align 12
boot_pml4:
	.skip 4096
boot_pdpt:
	.skip 4096
boot_pd:
	.skip 4 * 4096

	/*
	 * The boot stack, after .bss as on arm64: the page below it stays
	 * unmapped (an overflow faults). Guard and stack have output sections
	 * of their own (link.lds.S). A stack is written before it is read:
	 * neither is zeroed.
	 */
	.section .stack_guard, "aw", @nobits
	.p2align 12
	.globl boot_stack_guard
boot_stack_guard:
	.skip 4096

	.section .boot_stack, "aw", @nobits
	.p2align 12
	.globl boot_stack_bottom
boot_stack_bottom:
	.skip CONFIG_KVM_STACK_SIZE * 1024
	.globl boot_stack_top
boot_stack_top:

	.section .note.GNU-stack, "", @progbits
