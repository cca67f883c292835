/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Image entry point. QEMU enters here at EL1h with the MMU and caches off,
 * interrupts masked and x0 = 0 (the device tree sits at KVM_DTB_BASE
 * instead). This sets up just enough to run C: the boot stack, the vector
 * table, a zeroed bss and FP/SIMD access (applications may use floating
 * point). The first instruction reads the virtual counter: boot time
 * counts from there. The C steps that follow run with the MMU off until
 * arm64_mmu_init() returns, which is why those files are built with
 * -mstrict-align (every access is Device memory then, and unaligned
 * accesses fault).
 */
#include "memlayout.h"

#define CPACR_FPEN_ALL (3 << 20)   /* no FP/SIMD trapping at EL0 or EL1 */

	.section .text.boot, "ax"
	.globl	_start
	.type	_start, %function
_start:
	mrs	x1, cntvct_el0
	adrp	x2, arm64_entry_ticks
	add	x2, x2, :lo12:arm64_entry_ticks
	str	x1, [x2]
	dmb	sy
	dc	ivac, x2                /* written uncached: drop a stale line */
	msr	daifset, #0xf
	adrp	x0, arm64_boot_stack_top
	add	x0, x0, :lo12:arm64_boot_stack_top
	mov	sp, x0
	mov	x29, xzr                /* end of the frame-pointer chain */
	mov	x30, xzr

	adrp	x0, arm64_vectors
	add	x0, x0, :lo12:arm64_vectors
	msr	vbar_el1, x0
	isb

	mov	x0, #CPACR_FPEN_ALL
	msr	cpacr_el1, x0
	isb

	/*
	 * Zero bss 256 bytes per iteration with 16-byte stores (its bounds are
	 * 256/4096 aligned, link.lds.S): with the MMU off every access is
	 * Device memory, where dc zva faults and each store is a transaction
	 * of its own. FP/SIMD is on already for the q register.
	 */
	movi	v0.2d, #0
	adrp	x0, _bss_start
	add	x0, x0, :lo12:_bss_start
	adrp	x1, _bss_end
	add	x1, x1, :lo12:_bss_end
	b	2f
1:	stp	q0, q0, [x0, #32]
	stp	q0, q0, [x0, #64]
	stp	q0, q0, [x0, #96]
	stp	q0, q0, [x0, #128]
	stp	q0, q0, [x0, #160]
	stp	q0, q0, [x0, #192]
	stp	q0, q0, [x0, #224]
	stp	q0, q0, [x0], #256
2:	cmp	x0, x1
	b.lo	1b

	bl	arm64_dtb_probe
	bl	arm64_mmu_init
	bl	arm64_setup             /* ends in uk_boot_entry(); never returns */
3:	wfi
	b	3b
	.size	_start, . - _start

/* Outside bss, which is zeroed after the counter was read into it. */
	.section .data
	.balign	8
	.globl	arm64_entry_ticks
arm64_entry_ticks:
	.quad	0

/*
 * The boot stack: boot code, main() and every exception run on it. The
 * page below it is left unmapped (mmu.c), so an overflow faults instead of
 * overwriting what lies below. A stack is written before it is read, so
 * neither is zeroed (after bss). Guard and stack have output sections of
 * their own (link.lds.S).
 */
	.section .stack_guard, "aw", %nobits
	.balign	4096
	.globl	arm64_boot_stack_guard, arm64_boot_stack, arm64_boot_stack_top
arm64_boot_stack_guard:
	.space	4096

	.section .boot_stack, "aw", %nobits
	.balign	4096
arm64_boot_stack:
	.space	CONFIG_KVM_STACK_SIZE * 1024
arm64_boot_stack_top:

	.section .note.GNU-stack, "", %progbits
