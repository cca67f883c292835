/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Read-only device tree walker (see fdt.h). The structure block is a flat
 * sequence of 4-byte aligned tokens: BEGIN_NODE + name, PROP + {len,
 * nameoff} + value, END_NODE, NOP, END. fdt_next() is the only function
 * that decodes a token; it checks every length against the block bounds, so
 * callers can trust names and values it returns. Offsets only grow, so
 * every walk ends.
 */
#include "fdt.h"

#define FDT_MAGIC	0xd00dfeedU
#define FDT_BEGIN_NODE	1
#define FDT_END_NODE	2
#define FDT_PROP	3
#define FDT_NOP		4
#define FDT_END		9
#define FDT_HEADER_SIZE 40
#define FDT_MAX_DEPTH	16

int fdt_init(struct fdt *f, const void *blob, size_t max_size)
{
	const uint8_t *h = blob;
	uint64_t total, soff, ssize, stroff, strsize;

	if (max_size < FDT_HEADER_SIZE || fdt_be32(h) != FDT_MAGIC)
		return -1;
	total = fdt_be32(h + 4);
	soff = fdt_be32(h + 8);
	stroff = fdt_be32(h + 12);
	strsize = fdt_be32(h + 32);
	ssize = fdt_be32(h + 36);
	/*
	 * Version 17 is the first with size_dt_struct;
	 * 16 readers can't parse > 17.
	 */
	if (fdt_be32(h + 20) < 17 || fdt_be32(h + 24) > 17)
		return -1;
	if (total < FDT_HEADER_SIZE || total > max_size || soff % 4 != 0 ||
	    soff + ssize > total || stroff + strsize > total)
		return -1;
	f->blob = h;
	f->size = (uint32_t)total;
	f->struct_off = (uint32_t)soff;
	f->struct_end = (uint32_t)(soff + (ssize & ~3ULL));
	f->strings_off = (uint32_t)stroff;
	f->strings_size = (uint32_t)strsize;
	return 0;
}

/* Length of the NUL-terminated string at @p, or -1 if none before @end. */
static int64_t bounded_strlen(const uint8_t *p, const uint8_t *end)
{
	for (const uint8_t *q = p; q < end; q++)
		if (*q == '\0')
			return q - p;
	return -1;
}

/*
 * Decode the token at *@off and advance *@off past it. Return the token,
 * or -1 when it is malformed or runs past the structure block.
 */
static int fdt_next(const struct fdt *f, uint32_t *off)
{
	const uint8_t *end = f->blob + f->struct_end;
	uint64_t o = *off, len;
	int64_t n;
	uint32_t tok;

	if (o + 4 > f->struct_end)
		return -1;
	tok = fdt_be32(f->blob + o);
	o += 4;
	switch (tok) {
	case FDT_BEGIN_NODE:
		n = bounded_strlen(f->blob + o, end);
		if (n < 0)
			return -1;
		o += (uint64_t)n + 1;
		break;
	case FDT_PROP:
		if (o + 8 > f->struct_end)
			return -1;
		len = fdt_be32(f->blob + o);
		o += 8 + len;
		break;
	case FDT_END_NODE:
	case FDT_NOP:
	case FDT_END:
		break;
	default:
		return -1;
	}
	o = (o + 3) & ~3ULL;
	if (o > f->struct_end)
		return -1;
	*off = (uint32_t)o;
	return (int)tok;
}

/* Does the property whose token is at @off have the name @name? */
static bool prop_is(const struct fdt *f, uint32_t off, const char *name)
{
	uint32_t nameoff = fdt_be32(f->blob + off + 8);
	const uint8_t *s, *end = f->blob + f->strings_off + f->strings_size;

	if (nameoff >= f->strings_size)
		return false;
	s = f->blob + f->strings_off + nameoff;
	for (; s < end; s++, name++) {
		if (*s != (uint8_t)*name)
			return false;
		if (*s == '\0')
			return true;
	}
	return false;
}

/* Does node name @name match path component @comp (ended by '/' or NUL)? */
static bool name_matches(const char *name, const char *comp)
{
	bool comp_has_unit = false;
	size_t i;

	for (i = 0; comp[i] != '\0' && comp[i] != '/'; i++)
		if (comp[i] == '@')
			comp_has_unit = true;
	for (size_t j = 0; j < i; j++)
		if (name[j] != comp[j])
			return false;
	return name[i] == '\0' || (name[i] == '@' && !comp_has_unit);
}

int fdt_path(const struct fdt *f, const char *path)
{
	uint32_t off = f->struct_off, node;
	int depth = -1, matched = 0, tok;
	const char *comp = path;

	if (*comp != '/')
		return -1;
	comp++;
	for (;;) {
		node = off;
		tok = fdt_next(f, &off);
		if (tok == FDT_BEGIN_NODE) {
			depth++;
			if (depth == 0 && *comp == '\0')
				return (int)node;
			if (depth != matched + 1 ||
			    !name_matches((const char *)f->blob + node + 4,
					  comp))
				continue;
			matched++;
			while (*comp != '\0' && *comp != '/')
				comp++;
			if (*comp == '\0')
				return (int)node;
			comp++;
		} else if (tok == FDT_END_NODE) {
			/*
			 * Leaving the deepest matched node:
			 * the rest is not below it.
			 */
			if (depth <= matched)
				return -1;
			depth--;
		} else if (tok != FDT_PROP && tok != FDT_NOP) {
			return -1;
		}
	}
}

/* Is @want one of the NUL-separated strings in @list (@len bytes)? */
static bool in_stringlist(const uint8_t *list, uint32_t len, const char *want)
{
	uint32_t i = 0;

	while (i < len) {
		uint32_t j = 0;

		while (i + j < len && want[j] != '\0' &&
		       list[i + j] == (uint8_t)want[j])
			j++;
		if (want[j] == '\0' && i + j < len && list[i + j] == '\0')
			return true;
		while (i < len && list[i] != '\0')
			i++;
		i++;
	}
	return false;
}

int fdt_compatible(const struct fdt *f, const char *compat)
{
	uint32_t off = f->struct_off, tok_off;
	int node = -1, tok;

	for (;;) {
		tok_off = off;
		tok = fdt_next(f, &off);
		if (tok == FDT_BEGIN_NODE) {
			node = (int)tok_off;
		} else if (tok == FDT_PROP) {
			if (node >= 0 && prop_is(f, tok_off, "compatible") &&
			    in_stringlist(f->blob + tok_off + 12,
					  fdt_be32(f->blob + tok_off + 4),
					  compat))
				return node;
		} else if (tok != FDT_END_NODE && tok != FDT_NOP) {
			return -1;
		}
	}
}

const void *fdt_prop(const struct fdt *f, int node, const char *name,
		     uint32_t *len)
{
	uint32_t off = (uint32_t)node, tok_off;
	int tok;

	if (node < 0 || fdt_next(f, &off) != FDT_BEGIN_NODE)
		return NULL;
	/* A node's properties come before its first subnode. */
	for (;;) {
		tok_off = off;
		tok = fdt_next(f, &off);
		if (tok == FDT_NOP)
			continue;
		if (tok != FDT_PROP)
			return NULL;
		if (prop_is(f, tok_off, name)) {
			*len = fdt_be32(f->blob + tok_off + 4);
			return f->blob + tok_off + 12;
		}
	}
}

/* Find the #address-cells/#size-cells that apply to the reg of @node. */
static int parent_cells(const struct fdt *f, int node, uint32_t *ac,
			uint32_t *sc)
{
	uint32_t acs[FDT_MAX_DEPTH], scs[FDT_MAX_DEPTH];
	uint32_t off = f->struct_off, tok_off;
	int depth = -1, tok;

	for (;;) {
		tok_off = off;
		tok = fdt_next(f, &off);
		if (tok == FDT_BEGIN_NODE) {
			if (++depth >= FDT_MAX_DEPTH)
				return -1;
			if (tok_off == (uint32_t)node) {
				if (depth == 0)
					return -1;
				*ac = acs[depth - 1];
				*sc = scs[depth - 1];
				return 0;
			}
			acs[depth] = 2; /* defaults of the specification */
			scs[depth] = 1;
		} else if (tok == FDT_PROP) {
			uint32_t len = fdt_be32(f->blob + tok_off + 4);
			const uint8_t *val = f->blob + tok_off + 12;

			if (depth < 0 || len != 4)
				continue;
			if (prop_is(f, tok_off, "#address-cells"))
				acs[depth] = fdt_be32(val);
			else if (prop_is(f, tok_off, "#size-cells"))
				scs[depth] = fdt_be32(val);
		} else if (tok == FDT_END_NODE) {
			if (--depth < -1)
				return -1;
		} else if (tok != FDT_NOP) {
			return -1;
		}
	}
}

static uint64_t read_cells(const uint8_t *p, uint32_t n)
{
	uint64_t v = 0;

	for (uint32_t i = 0; i < n; i++)
		v = v << 32 | fdt_be32(p + 4 * i);
	return v;
}

int fdt_reg(const struct fdt *f, int node, int idx, uint64_t *base,
	    uint64_t *size)
{
	uint32_t ac, sc, len, entry;
	const uint8_t *reg;

	if (idx < 0 || parent_cells(f, node, &ac, &sc) < 0 || ac < 1 ||
	    ac > 2 || sc > 2)
		return -1;
	reg = fdt_prop(f, node, "reg", &len);
	entry = 4 * (ac + sc);
	if (!reg || len / entry <= (uint32_t)idx)
		return -1;
	reg += entry * (uint32_t)idx;
	*base = read_cells(reg, ac);
	*size = read_cells(reg + 4 * ac, sc);
	return 0;
}
