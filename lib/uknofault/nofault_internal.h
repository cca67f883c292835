/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * State shared by the nofault API (nofault.c)
 * and its trap handler (handler.c).
 */
#ifndef UKNOFAULT_INTERNAL_H
#define UKNOFAULT_INTERNAL_H

#include <stdint.h>

/*
 * Flags of the access in progress
 * (UK_NOFAULT_NOREPORT silences the handler).
 */
extern unsigned int nofault_flags;

/* Fault address of the last caught fault; 0 when the CPU gives none (#GP). */
extern uintptr_t nofault_last_addr;

#endif /* UKNOFAULT_INTERNAL_H */
