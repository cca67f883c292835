/* SPDX-License-Identifier: BSD-3-Clause */
/* Control registers, MSRs and descriptor tables of x86_64. */
#ifndef UK_ASM_CPU_H
#define UK_ASM_CPU_H

#define X86_CR0_MP	   (1 << 1)
#define X86_CR0_EM	   (1 << 2)
#define X86_CR0_TS	   (1 << 3)
#define X86_CR0_WP	   (1 << 16)
#define X86_CR0_PG	   (1 << 31)
#define X86_CR0_PE	   (1 << 0)
#define X86_CR4_PAE	   (1 << 5)
#define X86_CR4_OSFXSR	   (1 << 9)
#define X86_CR4_OSXMMEXCPT (1 << 10)
#define X86_MSR_EFER	   0xc0000080
#define X86_EFER_LME	   (1 << 8)
#define X86_EFER_NXE	   (1 << 11)

#define GDT_SEL_CODE 0x08
#define GDT_SEL_DATA 0x10

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

static inline unsigned long x86_read_cr0(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr0, %0" : "=r"(v));
	return v;
}

static inline void x86_write_cr0(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr0" : : "r"(v) : "memory");
}

static inline unsigned long x86_read_cr2(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr2, %0" : "=r"(v));
	return v;
}

static inline unsigned long x86_read_cr4(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr4, %0" : "=r"(v));
	return v;
}

static inline void x86_write_cr4(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr4" : : "r"(v) : "memory");
}

static inline void x86_write_cr3(unsigned long v)
{
	__asm__ __volatile__("mov %0, %%cr3" : : "r"(v) : "memory");
}

static inline unsigned long x86_read_cr3(void)
{
	unsigned long v;

	__asm__ __volatile__("mov %%cr3, %0" : "=r"(v));
	return v;
}

/* Drop the TLB entry (of any page size) that maps @va. */
static inline void x86_invlpg(unsigned long va)
{
	__asm__ __volatile__("invlpg (%0)" : : "r"(va) : "memory");
}

/* Install the IDT built by x86_idt_init (arch/x86_64/idt.c). */
void x86_idt_init(void);

/* Make @vector switch to interrupt stack @ist (1..7) of the TSS. */
void x86_idt_set_ist(unsigned int vector, unsigned int ist);

/* Turn on SSE so applications may use floating point. */
void x86_fpu_enable(void);
#endif

#endif /* UK_ASM_CPU_H */
