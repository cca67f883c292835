/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The task state segment, needed only for its interrupt stack table: a
 * double fault (e.g. a page fault that cannot push its frame because the
 * stack overflowed into its guard page) switches to a stack of its own,
 * so the crash screen still has room to run.
 */
#include <uk/essentials.h>
#include <uk/asm/cpu.h>
#include "x86_64.h"

#define X86_TRAP_DF	   8
#define TSS_SEL		   0x18
#define TSS_TYPE_AVAILABLE 0x89 /* present, 64-bit TSS (available) */
#define DF_STACK_SIZE	   (16 * 1024)

struct tss64 {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;
} __packed;

extern uint64_t gdt64_tss[2];
static struct tss64 tss __aligned(16);
static uint8_t df_stack[DF_STACK_SIZE] __aligned(16);

void x86_tss_init(void)
{
	uint64_t base = (uint64_t)&tss;
	uint64_t limit = sizeof(tss) - 1;

	tss.ist[0] = (uint64_t)df_stack + sizeof(df_stack);
	tss.iomap_base = sizeof(tss);
	gdt64_tss[0] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
		       ((uint64_t)TSS_TYPE_AVAILABLE << 40) |
		       ((limit >> 16 & 0xf) << 48) |
		       ((base >> 24 & 0xff) << 56);
	gdt64_tss[1] = base >> 32;
	__asm__ __volatile__("ltr %w0" : : "r"(TSS_SEL));
	x86_idt_set_ist(X86_TRAP_DF, 1);
}
