/* SPDX-License-Identifier: BSD-3-Clause */
/* ukstore entry of nofault: faults caught since boot. */
#include <uk/nofault.h>
#include <uk/store.h>

static int get_faults(void *cookie __unused, uint64_t *out)
{
	*out = uk_nofault_fault_count();
	return 0;
}
UK_STORE_ENTRY(uknofault, faults, u64, get_faults, NULL, "count",
	       "faults caught by nofault since boot");
