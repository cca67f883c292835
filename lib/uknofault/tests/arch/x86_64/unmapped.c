/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 holes: non-canonical (#GP, not #PF), beyond RAM below 4 GiB,
 * beyond 4 GiB.
 */
#include "../../nofault_test.h"

const uintptr_t nf_test_unmapped[] = { 0x8000000000000000UL, 0x40000000UL,
				       0x200000000UL };
const size_t nf_test_unmapped_count = ARRAY_SIZE(nf_test_unmapped);
