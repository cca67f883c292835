/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What each architecture's table walker (<arch>/pt_walk.c) gives the
 * shared range merger (common/pt_map.c).
 */
#ifndef KVM_PAGETABLE_H
#define KVM_PAGETABLE_H

#include <uk/plat/pagetable.h>

/* One present leaf: [va, va + size) with rights @prot and type @memtype. */
typedef int (*kvm_pt_leaf_fn)(uintptr_t va, size_t size, unsigned int prot,
			      const char *memtype, void *arg);

/*
 * Call @fn for every present leaf of the live tables in address order;
 * stop at and return its first non-zero value.
 */
int kvm_pt_leaves(kvm_pt_leaf_fn fn, void *arg);

#endif /* KVM_PAGETABLE_H */
