/* SPDX-License-Identifier: BSD-3-Clause */
/* ukstore entry of nofault: faults caught since boot. */
#include <uk/nofault.h>
#include <uk/store.h>

UK_STORE_ENTRY_RO(uknofault, faults, u64, uk_nofault_fault_count(), "count",
		  "faults caught by nofault since boot");
