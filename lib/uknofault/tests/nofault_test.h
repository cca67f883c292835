/* SPDX-License-Identifier: BSD-3-Clause */
/* What each architecture gives the nofault suite (tests/arch/<arch>/). */
#ifndef NOFAULT_TEST_H
#define NOFAULT_TEST_H

#include <uk/essentials.h>

/* Addresses with nothing behind them, each a different kind of hole. */
extern const uintptr_t nf_test_unmapped[];
extern const size_t nf_test_unmapped_count;

#endif /* NOFAULT_TEST_H */
