/* SPDX-License-Identifier: BSD-3-Clause */
/* Boot steps of the x86_64 platform, called in this order by x86_setup. */
#ifndef KVM_X86_64_H
#define KVM_X86_64_H

#include <uk/essentials.h>

void x86_serial_init(void);		 /* COM1 polled output */
void x86_tss_init(void);		 /* double faults on their own stack */
void x86_bootinfo_init(uint32_t pvh_pa); /* command line, memory map */
void x86_pagetable_init(void);		 /* final page tables */
void x86_tsc_init(void);		 /* clock */
void x86_pic_init(void);		 /* 8259 pair, all lines masked */
void x86_serial_irq_init(void);		 /* COM1 receive interrupt */

/* COM2, the debug channel on `pc` (com2.c, used by dbgchan.c): 0 when the
 * UART is there and set up, else -1. The rest as in <kvm/dbgchan.h>. */
int x86_com2_probe(void);
int x86_com2_trygetc(void);
void x86_com2_write(const char *buf, size_t len);
int x86_com2_set_rx_handler(void (*fn)(void));
void x86_com2_wait_rx(void);

/*
 * Acknowledge PIC line @irq and run its handler. Return false when there
 * was no interrupt to end (a spurious one, or one that only ended
 * kvm_irq_wait()): then the irq exit hook must not run.
 */
bool x86_pic_dispatch(unsigned int irq);

/* The local APIC timer's interrupt, LAPIC_TIMER_VEC (timer.c). */
void x86_timer_irq(void);

/* The TSC at the image's first instruction (pvh.S). */
extern uint64_t x86_entry_tsc;

extern char _text[], _etext[], _end[];
extern char boot_stack_guard[], boot_stack_bottom[], boot_stack_top[];

#endif /* KVM_X86_64_H */
