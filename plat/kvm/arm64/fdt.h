/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A small read-only walker for flattened device trees (DTB, devicetree
 * specification v0.4 chapter 5). It checks the header once and never reads
 * outside the blob afterwards, whatever the content. Runs before the MMU is
 * on, so fdt.c is built with -mstrict-align.
 */
#ifndef KVM_ARM64_FDT_H
#define KVM_ARM64_FDT_H

#include <uk/essentials.h>

struct fdt {
	const uint8_t *blob;
	uint32_t size;			 /* header totalsize */
	uint32_t struct_off, struct_end; /* structure block, blob offsets */
	uint32_t strings_off, strings_size;
};

/*
 * Check the header of the blob at @blob (magic, version, block bounds within
 * min(totalsize, @max_size)) and fill @f. Return 0, or -1 if it is no DTB.
 */
int fdt_init(struct fdt *f, const void *blob, size_t max_size);

/*
 * Find a node by absolute path ("/chosen", "/memory"); a path component
 * without '@' also matches names with a unit address ("memory@40000000").
 * Return the node's offset, or -1.
 */
int fdt_path(const struct fdt *f, const char *path);

/* Find the first node whose "compatible" list holds @compat; or -1. */
int fdt_compatible(const struct fdt *f, const char *compat);

/*
 * Return a pointer to the value of property @name of node @node and store
 * its length in @len; NULL when the node has no such property.
 */
const void *fdt_prop(const struct fdt *f, int node, const char *name,
		     uint32_t *len);

/*
 * Decode entry @idx of the "reg" property of @node, using the parent's
 * #address-cells/#size-cells. Return 0, or -1 when there is no such entry.
 */
int fdt_reg(const struct fdt *f, int node, int idx, uint64_t *base,
	    uint64_t *size);

/* Read a big-endian 32-bit cell (no alignment needed). */
static inline uint32_t fdt_be32(const void *p)
{
	const uint8_t *b = p;

	return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 |
	       (uint32_t)b[2] << 8 | b[3];
}

#endif /* KVM_ARM64_FDT_H */
