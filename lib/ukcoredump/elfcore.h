/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukcoredump: the ELF core file as a layout that any byte range
 * can be read from, in any order, without building the file in memory:
 *
 *   ELF header | program headers (PT_NOTE, then one PT_LOAD per segment)
 *   | the notes | each segment's bytes (8-byte aligned)
 *
 * Notes and memory are read through callbacks when their bytes are asked
 * for, so the console writer streams the file in order and the debug
 * channel reads it at random offsets. Pure logic: no kernel dependency,
 * nothing allocated (the tests in tests/host build it as it is).
 */
#ifndef UKCOREDUMP_ELFCORE_H
#define UKCOREDUMP_ELFCORE_H

#include <stddef.h>
#include <stdint.h>

#define CD_MAX_NOTES 160
#define CD_MAX_SEGS  256

#define CD_EM_X86_64  62
#define CD_EM_AARCH64 183

struct cd_note;

/* Copy bytes [@off, @off + @len) of @n's description into @buf. */
typedef void (*cd_note_read_fn)(const struct cd_note *n, size_t off, void *buf,
				size_t len);

/* Copy @len bytes of memory at @addr into @buf (unreadable bytes: 0). */
typedef void (*cd_mem_read_fn)(uint64_t addr, void *buf, size_t len);

struct cd_note {
	const char *name; /* "CORE", "GNU", "LANTERN" */
	uint32_t type;
	uint32_t size; /* of the description */
	cd_note_read_fn read;
	const void *data;  /* for @read */
	unsigned long arg; /* for @read */
};

struct cd_seg {
	uint64_t vaddr;
	uint64_t size;
};

struct cd_core {
	uint16_t machine;
	cd_mem_read_fn mem;
	unsigned int nnotes, nsegs;
	struct cd_note notes[CD_MAX_NOTES];
	struct cd_seg segs[CD_MAX_SEGS];
	/* Set by cd_finish(). */
	uint64_t notes_off, notes_size, data_off, size;
	uint64_t seg_off[CD_MAX_SEGS];
};

/* Start an empty core for ELF machine @machine reading memory with @mem. */
void cd_init(struct cd_core *c, uint16_t machine, cd_mem_read_fn mem);

/* Add a note (in file order). Return 0, or -1 when the table is full. */
int cd_add_note(struct cd_core *c, const char *name, uint32_t type,
		uint32_t size, cd_note_read_fn read, const void *data,
		unsigned long arg);

/* A note whose description is the @size bytes at @data. */
int cd_add_note_bytes(struct cd_core *c, const char *name, uint32_t type,
		      const void *data, uint32_t size);

/* Add a PT_LOAD segment. Return 0, or -1 when the table is full. */
int cd_add_seg(struct cd_core *c, uint64_t vaddr, uint64_t size);

/* Lay the file out: offsets and the total size (c->size). */
void cd_finish(struct cd_core *c);

/*
 * Copy bytes [@off, @off + @len) of the file into @buf; bytes past its end
 * read as 0. Any order, any size.
 */
void cd_read(const struct cd_core *c, uint64_t off, void *buf, size_t len);

/*
 * Sort the @n ranges in @r by address and merge those that overlap or
 * touch. Return the number left.
 */
unsigned int cd_ranges_merge(struct cd_seg *r, unsigned int n);

#endif /* UKCOREDUMP_ELFCORE_H */
