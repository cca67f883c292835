/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The exception table: one entry per instruction that is allowed to fault,
 * naming where execution continues when it does. Entries are emitted by the
 * UK_EXTABLE assembler macro right next to the instruction, into section
 * .uk_extable (extable.lds), as two 32-bit offsets relative to the entry
 * itself, so the table needs no relocation and no runtime registration.
 */
#ifndef UKNOFAULT_EXTABLE_H
#define UKNOFAULT_EXTABLE_H

#ifdef __ASSEMBLY__

/* Let the instruction at label \insn fault; execution then goes on at \cont. */
/* clang-format off */
.macro UK_EXTABLE insn, cont
	.pushsection .uk_extable, "aw"
	.balign 4
	.long (\insn - .)
	.long (\cont - .)
	.popsection
.endm
/* clang-format on */

#else

#include <stdint.h>

struct uk_extable_entry {
	int32_t insn; /* faulting instruction, relative to &insn */
	int32_t cont; /* continuation, relative to &cont */
};

static inline unsigned long uk_extable_insn(const struct uk_extable_entry *e)
{
	return (unsigned long)&e->insn + e->insn;
}

static inline unsigned long uk_extable_cont(const struct uk_extable_entry *e)
{
	return (unsigned long)&e->cont + e->cont;
}

#endif /* __ASSEMBLY__ */
#endif /* UKNOFAULT_EXTABLE_H */
