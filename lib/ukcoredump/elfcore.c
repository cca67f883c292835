/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The ELF core layout (elfcore.h). Headers are produced field by field on
 * each read (little-endian, whatever the host), so a read of any range
 * costs a walk of the tables and nothing else.
 */
#include <string.h>
#include "elfcore.h"

#define EHDR_SIZE 64
#define PHDR_SIZE 56
#define NHDR_SIZE 12

#define ET_CORE	  4
#define PT_LOAD	  1
#define PT_NOTE	  4
#define PF_W	  2
#define PF_R	  4
#define SEG_ALIGN 8

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return (v + a - 1) & ~(a - 1);
}

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = v;
	p[1] = v >> 8;
}

static void put32(uint8_t *p, uint32_t v)
{
	put16(p, v);
	put16(p + 2, v >> 16);
}

static void put64(uint8_t *p, uint64_t v)
{
	put32(p, v);
	put32(p + 4, v >> 32);
}

void cd_init(struct cd_core *c, uint16_t machine, cd_mem_read_fn mem)
{
	c->machine = machine;
	c->mem = mem;
	c->nnotes = 0;
	c->nsegs = 0;
	c->size = 0;
}

int cd_add_note(struct cd_core *c, const char *name, uint32_t type,
		uint32_t size, cd_note_read_fn read, const void *data,
		unsigned long arg)
{
	struct cd_note *n;

	if (c->nnotes >= CD_MAX_NOTES)
		return -1;
	n = &c->notes[c->nnotes++];
	n->name = name;
	n->type = type;
	n->size = size;
	n->read = read;
	n->data = data;
	n->arg = arg;
	return 0;
}

static void read_bytes(const struct cd_note *n, size_t off, void *buf,
		       size_t len)
{
	memcpy(buf, (const uint8_t *)n->data + off, len);
}

int cd_add_note_bytes(struct cd_core *c, const char *name, uint32_t type,
		      const void *data, uint32_t size)
{
	return cd_add_note(c, name, type, size, read_bytes, data, 0);
}

int cd_add_seg(struct cd_core *c, uint64_t vaddr, uint64_t size)
{
	if (c->nsegs >= CD_MAX_SEGS)
		return -1;
	c->segs[c->nsegs].vaddr = vaddr;
	c->segs[c->nsegs].size = size;
	c->nsegs++;
	return 0;
}

static uint64_t note_name_size(const struct cd_note *n)
{
	return align_up(strlen(n->name) + 1, 4);
}

static uint64_t note_size(const struct cd_note *n)
{
	return NHDR_SIZE + note_name_size(n) + align_up(n->size, 4);
}

void cd_finish(struct cd_core *c)
{
	uint64_t off;

	c->notes_off = EHDR_SIZE + (uint64_t)(1 + c->nsegs) * PHDR_SIZE;
	c->notes_size = 0;
	for (unsigned int i = 0; i < c->nnotes; i++)
		c->notes_size += note_size(&c->notes[i]);
	off = align_up(c->notes_off + c->notes_size, SEG_ALIGN);
	c->data_off = off;
	for (unsigned int i = 0; i < c->nsegs; i++) {
		c->seg_off[i] = off;
		off = align_up(off + c->segs[i].size, SEG_ALIGN);
	}
	c->size = c->nsegs
		      ? c->seg_off[c->nsegs - 1] + c->segs[c->nsegs - 1].size
		      : c->notes_off + c->notes_size;
}

static void make_ehdr(const struct cd_core *c, uint8_t *h)
{
	/* 64-bit, little-endian, OS/ABI 3 (GNU/Linux): LLDB takes the OS from
	 * it and reads Linux-style notes only for Linux; gdb reads the notes
	 * whatever it says. */
	static const uint8_t ident[16] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 3 };

	memset(h, 0, EHDR_SIZE);
	memcpy(h, ident, sizeof(ident));
	put16(h + 16, ET_CORE);
	put16(h + 18, c->machine);
	put32(h + 20, 1);	  /* e_version */
	put64(h + 32, EHDR_SIZE); /* e_phoff */
	put16(h + 52, EHDR_SIZE);
	put16(h + 54, PHDR_SIZE);
	put16(h + 56, 1 + c->nsegs);
}

/* Program header @i: 0 is PT_NOTE, then the segments. */
static void make_phdr(const struct cd_core *c, unsigned int i, uint8_t *h)
{
	memset(h, 0, PHDR_SIZE);
	if (i == 0) {
		put32(h, PT_NOTE);
		put64(h + 8, c->notes_off);
		put64(h + 32, c->notes_size);
		put64(h + 48, 4);
		return;
	}
	i--;
	put32(h, PT_LOAD);
	put32(h + 4, PF_R | PF_W);
	put64(h + 8, c->seg_off[i]);
	put64(h + 16, c->segs[i].vaddr);
	put64(h + 24, c->segs[i].vaddr);
	put64(h + 32, c->segs[i].size);
	put64(h + 40, c->segs[i].size);
	put64(h + 48, SEG_ALIGN);
}

/* Bytes [@off, @off + @len) of note @n (header, name, description). */
static void read_note(const struct cd_note *n, uint64_t off, uint8_t *buf,
		      size_t len)
{
	uint64_t nsz = note_name_size(n), dlen = n->size;
	uint8_t head[NHDR_SIZE + 16];

	memset(buf, 0, len);
	if (off < NHDR_SIZE + nsz) {
		size_t k = NHDR_SIZE + nsz - off;

		memset(head, 0, sizeof(head));
		put32(head, strlen(n->name) + 1);
		put32(head + 4, n->size);
		put32(head + 8, n->type);
		memcpy(head + NHDR_SIZE, n->name, strlen(n->name));
		k = k < len ? k : len;
		memcpy(buf, head + off, k);
		buf += k;
		off += k;
		len -= k;
	}
	off -= NHDR_SIZE + nsz;
	if (len && off < dlen) {
		size_t k = dlen - off < len ? dlen - off : len;

		n->read(n, off, buf, k);
	}
}

void cd_read(const struct cd_core *c, uint64_t off, void *out, size_t len)
{
	uint8_t *buf = out, h[EHDR_SIZE];

	while (len) {
		uint64_t start = 0, end = 0;
		size_t k;

		if (off < EHDR_SIZE) {
			end = EHDR_SIZE;
			make_ehdr(c, h);
		} else if (off < c->notes_off) {
			unsigned int i = (off - EHDR_SIZE) / PHDR_SIZE;

			start = EHDR_SIZE + (uint64_t)i * PHDR_SIZE;
			end = start + PHDR_SIZE;
			make_phdr(c, i, h);
		}
		if (end) {
			k = end - off < len ? end - off : len;
			memcpy(buf, h + (off - start), k);
		} else {
			k = 0;
			start = c->notes_off;
			for (unsigned int i = 0; i < c->nnotes && !k; i++) {
				end = start + note_size(&c->notes[i]);
				if (off < end) {
					k = end - off < len ? end - off : len;
					read_note(&c->notes[i], off - start,
						  buf, k);
				}
				start = end;
			}
			for (unsigned int i = 0; i < c->nsegs && !k; i++) {
				start = c->seg_off[i];
				end = start + c->segs[i].size;
				if (off < start) {
					/* alignment padding before it */
					k = start - off < len ? start - off
							      : len;
					memset(buf, 0, k);
				} else if (off < end) {
					k = end - off < len ? end - off : len;
					c->mem(c->segs[i].vaddr + off - start,
					       buf, k);
				}
			}
			if (!k) {
				/* padding after the notes, or past the end */
				k = len;
				if (off < c->data_off &&
				    c->data_off - off < len)
					k = c->data_off - off;
				memset(buf, 0, k);
			}
		}
		buf += k;
		off += k;
		len -= k;
	}
}

unsigned int cd_ranges_merge(struct cd_seg *r, unsigned int n)
{
	unsigned int out = 0;

	for (unsigned int i = 1; i < n; i++) {
		struct cd_seg v = r[i];
		unsigned int j = i;

		for (; j > 0 && r[j - 1].vaddr > v.vaddr; j--)
			r[j] = r[j - 1];
		r[j] = v;
	}
	for (unsigned int i = 0; i < n; i++) {
		if (!r[i].size)
			continue;
		if (out && r[i].vaddr <= r[out - 1].vaddr + r[out - 1].size) {
			uint64_t end = r[i].vaddr + r[i].size;
			uint64_t prev = r[out - 1].vaddr + r[out - 1].size;

			if (end > prev)
				r[out - 1].size = end - r[out - 1].vaddr;
			continue;
		}
		r[out++] = r[i];
	}
	return out;
}
