/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The interrupt descriptor table: all 256 vectors are interrupt gates to the
 * stubs in trap_entry.S (each stub is 16 bytes apart), so every trap and
 * interrupt arrives in x86_trap with a full register frame.
 */
#include <uk/essentials.h>
#include <uk/asm/cpu.h>

struct idt_gate {
	uint16_t off_lo;
	uint16_t sel;
	uint8_t ist;
	uint8_t type_attr;
	uint16_t off_mid;
	uint32_t off_hi;
	uint32_t reserved;
} __packed;

struct idt_ptr {
	uint16_t limit;
	uint64_t base;
} __packed;

#define IDT_GATE_INTR  0x8e /* present, DPL 0, 64-bit interrupt gate */
#define TRAP_STUB_SIZE 16

extern char x86_trap_stubs[];
static struct idt_gate idt[256] __aligned(16);

void x86_idt_init(void)
{
	struct idt_ptr ptr = { sizeof(idt) - 1, (uint64_t)idt };

	for (int v = 0; v < 256; v++) {
		uint64_t off = (uint64_t)x86_trap_stubs + v * TRAP_STUB_SIZE;

		idt[v].off_lo = off & 0xffff;
		idt[v].sel = GDT_SEL_CODE;
		idt[v].ist = 0;
		idt[v].type_attr = IDT_GATE_INTR;
		idt[v].off_mid = (off >> 16) & 0xffff;
		idt[v].off_hi = off >> 32;
		idt[v].reserved = 0;
	}
	__asm__ __volatile__("lidt %0" : : "m"(ptr));
}

void x86_idt_set_ist(unsigned int vector, unsigned int ist)
{
	idt[vector].ist = ist;
}
