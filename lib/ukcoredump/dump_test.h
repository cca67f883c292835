/* SPDX-License-Identifier: BSD-3-Clause */
/* Private to ukcoredump: the test hook of `dump fault` (dump.c). */
#ifndef UKCOREDUMP_DUMP_TEST_H
#define UKCOREDUMP_DUMP_TEST_H

/*
 * Make the next dump read page 0 outside nofault while writing its
 * segments: the fault path (one line, halt) on purpose.
 */
void coredump_test_fault(void);

#endif /* UKCOREDUMP_DUMP_TEST_H */
