/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 holes: an MMIO hole (synchronous external abort), flash
 * (unmapped), beyond RAM.
 */
#include "../../nofault_test.h"

const uintptr_t nf_test_unmapped[] = { 0x9100000UL, 0x1000UL, 0x100000000UL };
const size_t nf_test_unmapped_count = ARRAY_SIZE(nf_test_unmapped);
