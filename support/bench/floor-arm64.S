/* SPDX-License-Identifier: BSD-3-Clause */
/* Benchmark floor: an image whose first instructions exit QEMU (semihosting, status 0). */
	.text
	.globl floor_start
floor_start:
	adr x1, exit_block
	mov x0, #0x18           /* SYS_EXIT */
	hlt #0xf000
1:	wfi
	b 1b
	.p2align 3
exit_block:
	.quad 0x20026, 0        /* ADP_Stopped_ApplicationExit, status */

	.section .note.GNU-stack, "", @progbits
