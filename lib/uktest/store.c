/* SPDX-License-Identifier: BSD-3-Clause */
/* ukstore entries of uktest: case results since boot. */
#include <uk/store.h>
#include "uktest_internal.h"

UK_STORE_ENTRY_RO(uktest, passed, u64, uktest_totals.passed, "count",
		  "in-guest test cases passed since boot");
UK_STORE_ENTRY_RO(uktest, failed, u64, uktest_totals.failed, "count",
		  "in-guest test cases failed (or crashed, timed out)");
UK_STORE_ENTRY_RO(uktest, skipped, u64, uktest_totals.skipped, "count",
		  "in-guest test cases skipped");
