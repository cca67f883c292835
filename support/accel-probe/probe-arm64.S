/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * KVM probe (arm64): enables FP/SIMD at EL1, loads the value 42 into d0
 * and exits QEMU with it through semihosting SYS_EXIT, as the kernel exits,
 * so the status is 42 only when the load and the exit both worked.
 */
#define CPACR_FPEN_ALL (3 << 20)

	.text
	.globl probe_start
probe_start:
	mov x0, #CPACR_FPEN_ALL
	msr cpacr_el1, x0
	isb
	adr x1, probe_value
	ldr d0, [x1]
	fmov x2, d0
	adr x1, exit_block
	str x2, [x1, #8]
	mov x0, #0x18           /* SYS_EXIT */
	hlt #0xf000
1:	wfi
	b 1b

	.p2align 3
probe_value:
	.quad 42
exit_block:
	.quad 0x20026, 0        /* ADP_Stopped_ApplicationExit, status */

	.section .note.GNU-stack, "", @progbits
