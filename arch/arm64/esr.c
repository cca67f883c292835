/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Names for the exception classes and abort status codes of ESR_EL1
 * (Arm ARM D17.2.37), so trap reports read as words instead of numbers.
 */
#include <uk/asm/cpu.h>

static const char *const ec_names[64] = {
	[ESR_EC_UNKNOWN] = "unknown reason or undefined instruction",
	[0x01] = "WFI/WFE trapped",
	[ESR_EC_FP_ACCESS] = "FP/SIMD access trapped",
	[ESR_EC_ILLEGAL] = "illegal execution state",
	[ESR_EC_SVC64] = "SVC",
	[ESR_EC_HVC64] = "HVC",
	[ESR_EC_SMC64] = "SMC",
	[ESR_EC_SYSREG] = "MSR/MRS/system instruction trapped",
	[ESR_EC_IABT_LOW] = "instruction abort from lower EL",
	[ESR_EC_IABT_CUR] = "instruction abort",
	[ESR_EC_PC_ALIGN] = "PC alignment fault",
	[ESR_EC_DABT_LOW] = "data abort from lower EL",
	[ESR_EC_DABT_CUR] = "data abort",
	[ESR_EC_SP_ALIGN] = "SP alignment fault",
	[ESR_EC_FP_EXC64] = "floating-point exception",
	[ESR_EC_SERROR] = "SError",
	[ESR_EC_BREAKPT_LOW] = "breakpoint from lower EL",
	[ESR_EC_BREAKPT_CUR] = "breakpoint",
	[ESR_EC_SSTEP_LOW] = "software step from lower EL",
	[ESR_EC_SSTEP_CUR] = "software step",
	[ESR_EC_WATCHPT_LOW] = "watchpoint from lower EL",
	[ESR_EC_WATCHPT_CUR] = "watchpoint",
	[ESR_EC_BRK64] = "BRK instruction",
};

const char *arm64_esr_ec_name(unsigned int ec)
{
	if (ec < ARRAY_SIZE(ec_names) && ec_names[ec])
		return ec_names[ec];
	return "unknown class";
}

/* Fault status codes come in groups of four, one per translation level. */
const char *arm64_abort_fsc_name(unsigned int fsc)
{
	switch (fsc & 0x3c) {
	case 0x00:
		return "address size fault";
	case 0x04:
		return "translation fault";
	case 0x08:
		return "access flag fault";
	case 0x0c:
		return "permission fault";
	}
	switch (fsc) {
	case 0x10:
		return "synchronous external abort";
	case 0x21:
		return "alignment fault";
	case 0x30:
		return "TLB conflict abort";
	}
	return "other fault";
}
