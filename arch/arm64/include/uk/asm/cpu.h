/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 system-register access, barriers and the exception syndrome
 * (ESR_EL1) fields that trap code decodes. Only what this tree uses.
 */
#ifndef UK_ASM_CPU_H
#define UK_ASM_CPU_H

#include <uk/essentials.h>

#define SYSREG_READ(reg)                                                       \
	({                                                                     \
		uint64_t __v;                                                  \
		__asm__ __volatile__("mrs %0, " #reg                           \
				     : "=r"(__v)                               \
				     :                                         \
				     : "memory");                              \
		__v;                                                           \
	})
#define SYSREG_WRITE(reg, v)                                                   \
	__asm__ __volatile__("msr " #reg ", %0"                                \
			     :                                                 \
			     : "r"((uint64_t)(v))                              \
			     : "memory")

#define isb()	 __asm__ __volatile__("isb" : : : "memory")
#define dsb(opt) __asm__ __volatile__("dsb " #opt : : : "memory")
#define dmb(opt) __asm__ __volatile__("dmb " #opt : : : "memory")

/* ESR_EL1: exception class (EC) in bits 31:26, syndrome (ISS) in 24:0. */
#define ESR_EC(esr)  (((esr) >> 26) & 0x3f)
#define ESR_ISS(esr) ((esr)&0x1ffffff)

#define ESR_EC_UNKNOWN	   0x00 /* also undefined instructions */
#define ESR_EC_FP_ACCESS   0x07
#define ESR_EC_ILLEGAL	   0x0e
#define ESR_EC_SVC64	   0x15
#define ESR_EC_HVC64	   0x16
#define ESR_EC_SMC64	   0x17
#define ESR_EC_SYSREG	   0x18
#define ESR_EC_IABT_LOW	   0x20
#define ESR_EC_IABT_CUR	   0x21
#define ESR_EC_PC_ALIGN	   0x22
#define ESR_EC_DABT_LOW	   0x24
#define ESR_EC_DABT_CUR	   0x25
#define ESR_EC_SP_ALIGN	   0x26
#define ESR_EC_FP_EXC64	   0x2c
#define ESR_EC_SERROR	   0x2f
#define ESR_EC_BREAKPT_LOW 0x30
#define ESR_EC_BREAKPT_CUR 0x31
#define ESR_EC_SSTEP_LOW   0x32
#define ESR_EC_SSTEP_CUR   0x33
#define ESR_EC_WATCHPT_LOW 0x34
#define ESR_EC_WATCHPT_CUR 0x35
#define ESR_EC_BRK64	   0x3c

/*
 * Instruction/data abort ISS: fault status code, write-not-read, and FAR
 * not valid (external aborts may not know the address).
 */
#define ESR_ABT_FSC(esr) ((esr)&0x3f)
#define ESR_DABT_WNR	 (1UL << 6)
#define ESR_ABT_FNV	 (1UL << 10)

/* SPSR_EL1.M[3:0]: the mode the exception came from. */
#define SPSR_M_MASK    0xfUL
#define SPSR_M_EL0T    0x0UL
#define SPSR_M_EL1T    0x4UL
#define SPSR_M_EL1H    0x5UL
#define SPSR_M_AARCH32 (1UL << 4)

/* Short name of exception class @ec ("data abort"), or "unknown class". */
const char *arm64_esr_ec_name(unsigned int ec);

/* Short description of abort fault status code @fsc ("translation fault"). */
const char *arm64_abort_fsc_name(unsigned int fsc);

#endif /* UK_ASM_CPU_H */
