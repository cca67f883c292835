/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukcoredump's pure logic: the ELF core layout (lib/ukcoredump/elfcore.c)
 * read back with glibc's <elf.h> types, whole and at random offsets, and
 * the console lines (lines.c) parsed back with their CRCs.
 */
#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include <uk/crc32.h>
#include "../../lib/ukcoredump/elfcore.h"
#include "../../lib/ukcoredump/lines.h"
#include "check.h"

static uint8_t mem_a[5000], mem_b[123];

/* Host memory stands for guest memory: addresses are host pointers. */
static void mem_read(uint64_t addr, void *buf, size_t len)
{
	memcpy(buf, (const void *)(uintptr_t)addr, len);
}

static void read_counting(const struct cd_note *n, size_t off, void *buf,
			  size_t len)
{
	uint8_t *p = buf;

	for (size_t i = 0; i < len; i++)
		p[i] = (uint8_t)(n->arg + off + i);
}

static void build(struct cd_core *c)
{
	for (size_t i = 0; i < sizeof(mem_a); i++)
		mem_a[i] = (uint8_t)(i * 7);
	for (size_t i = 0; i < sizeof(mem_b); i++)
		mem_b[i] = (uint8_t)(255 - i);
	cd_init(c, CD_EM_AARCH64, mem_read);
	cd_add_note_bytes(c, "CORE", NT_PRSTATUS, "abcde", 5);
	cd_add_note(c, "LANTERN", 0x4c540002, 301, read_counting, NULL, 9);
	cd_add_seg(c, (uintptr_t)mem_a, sizeof(mem_a));
	cd_add_seg(c, (uintptr_t)mem_b, sizeof(mem_b));
	cd_finish(c);
}

static void test_layout(void)
{
	static struct cd_core c;
	uint8_t *f, *g;
	const Elf64_Ehdr *eh;
	const Elf64_Phdr *ph;
	const Elf64_Nhdr *nh;

	build(&c);
	f = calloc(1, c.size + 64);
	g = calloc(1, c.size + 64);
	cd_read(&c, 0, f, c.size + 64);
	eh = (const void *)f;
	CHECK(!memcmp(eh->e_ident, ELFMAG, SELFMAG), "magic");
	CHECK(eh->e_ident[EI_CLASS] == ELFCLASS64, "class");
	CHECK(eh->e_ident[EI_DATA] == ELFDATA2LSB, "data");
	CHECK(eh->e_ident[EI_OSABI] == ELFOSABI_GNU, "OS/ABI for LLDB");
	CHECK(eh->e_type == ET_CORE && eh->e_machine == EM_AARCH64, "type");
	CHECK(eh->e_phnum == 3 && eh->e_phentsize == sizeof(Elf64_Phdr),
	      "%d phdrs", eh->e_phnum);
	ph = (const void *)(f + eh->e_phoff);
	CHECK(ph[0].p_type == PT_NOTE, "PT_NOTE first");
	CHECK(ph[1].p_type == PT_LOAD && ph[2].p_type == PT_LOAD, "loads");
	CHECK(ph[1].p_vaddr == (uintptr_t)mem_a &&
		  ph[1].p_filesz == sizeof(mem_a),
	      "segment a");
	CHECK(!memcmp(f + ph[1].p_offset, mem_a, sizeof(mem_a)), "bytes a");
	CHECK(!memcmp(f + ph[2].p_offset, mem_b, sizeof(mem_b)), "bytes b");
	CHECK(ph[2].p_offset % 8 == 0, "aligned");
	CHECK(ph[2].p_offset + ph[2].p_filesz == c.size, "ends the file");
	nh = (const void *)(f + ph[0].p_offset);
	CHECK(nh->n_namesz == 5 && nh->n_descsz == 5 &&
		  nh->n_type == NT_PRSTATUS,
	      "note 1 header");
	CHECK(!memcmp(nh + 1, "CORE", 5), "note 1 name");
	CHECK(!memcmp((const uint8_t *)(nh + 1) + 8, "abcde", 5), "note 1");
	nh = (const void *)((const uint8_t *)(nh + 1) + 8 + 8);
	CHECK(nh->n_namesz == 8 && nh->n_descsz == 301, "note 2 header");
	CHECK(!memcmp(nh + 1, "LANTERN", 8), "note 2 name");
	CHECK(((const uint8_t *)(nh + 1))[8 + 300] == (uint8_t)(9 + 300),
	      "note 2 last byte");
	CHECK(ph[0].p_filesz == 12 + 8 + 8 + 12 + 8 + 304, "notes size");
	for (size_t i = c.size; i < c.size + 64; i++)
		CHECK(f[i] == 0, "past the end at %zu", i);

	/* Any range, any order, reads the same bytes. */
	srand(1);
	for (int k = 0; k < 2000; k++) {
		size_t off = rand() % c.size, len = rand() % 200;

		if (off + len > c.size)
			len = c.size - off;
		memset(g, 0xaa, len);
		cd_read(&c, off, g, len);
		CHECK(!memcmp(g, f + off, len), "read at %zu+%zu", off, len);
	}
	free(f);
	free(g);
}

static void test_ranges(void)
{
	struct cd_seg r[] = {
		{ 0x5000, 0x1000 }, { 0x1000, 0x2000 }, { 0x2000, 0x500 },
		{ 0x3000, 0x1000 }, { 0x9000, 0 },	{ 0x8000, 0x1000 },
	};
	unsigned int n = cd_ranges_merge(r, 6);

	CHECK(n == 3, "%u ranges", n);
	CHECK(r[0].vaddr == 0x1000 && r[0].size == 0x3000, "touching merged");
	CHECK(r[1].vaddr == 0x5000 && r[1].size == 0x1000, "apart");
	CHECK(r[2].vaddr == 0x8000 && r[2].size == 0x1000, "empty dropped");
}

static char text[100000];
static size_t text_len;

static void collect(void *arg, const char *line, size_t len)
{
	(void)arg;
	CHECK(len < 80 && line[len - 1] == '\n', "line of %zu", len);
	memcpy(text + text_len, line, len);
	text_len += len;
	text[text_len] = 0;
}

static int b64val(char ch)
{
	const char *a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			"0123456789+/";

	return strchr(a, ch) - a;
}

static void test_lines(void)
{
	uint8_t data[1000], back[1000];
	struct cd_lines l;
	unsigned long long size, nlines, seq;
	unsigned int crc, whole;
	size_t got = 0;
	char *p, b64[80];

	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t)(i * 13 + 1);
	cd_lines_begin(&l, sizeof(data), collect, NULL);
	for (size_t off = 0; off < sizeof(data); off += CD_CHUNK)
		cd_lines_chunk(&l, data + off,
			       sizeof(data) - off < CD_CHUNK
				   ? sizeof(data) - off
				   : CD_CHUNK);
	cd_lines_end(&l);
	CHECK(sscanf(text,
		     "-----BEGIN LANTERN CORE size=%llu lines=%llu "
		     "chunk=45-----",
		     &size, &nlines) == 2,
	      "begin line");
	CHECK(size == 1000 && nlines == 23 && cd_lines_count(1000) == 23,
	      "%llu lines", nlines);
	p = strchr(text, '\n') + 1;
	for (unsigned long long i = 0; i < nlines; i++) {
		uint8_t chunk[CD_CHUNK];
		size_t n = 0, len;

		CHECK(sscanf(p, "LC %llu %79s %x", &seq, b64, &crc) == 3,
		      "line %llu", i);
		CHECK(seq == i, "seq %llu", seq);
		len = strlen(b64);
		CHECK(len == (i + 1 < nlines ? 60 : 16), "b64 %zu", len);
		for (size_t k = 0; k + 3 < len + 3 && k < len; k += 4) {
			uint32_t v = b64val(b64[k]) << 18 | b64val(b64[k + 1])
								<< 12;

			chunk[n++] = v >> 16;
			if (b64[k + 2] != '=') {
				v |= b64val(b64[k + 2]) << 6;
				chunk[n++] = v >> 8;
			}
			if (b64[k + 3] != '=') {
				v |= b64val(b64[k + 3]);
				chunk[n++] = v;
			}
		}
		CHECK(crc == uk_crc32(0, chunk, n), "crc of line %llu", i);
		memcpy(back + got, chunk, n);
		got += n;
		p = strchr(p, '\n') + 1;
	}
	CHECK(got == sizeof(data) && !memcmp(back, data, got), "round trip");
	CHECK(sscanf(p, "-----END LANTERN CORE crc=%x-----", &whole) == 1,
	      "end line");
	CHECK(whole == uk_crc32(0, data, sizeof(data)), "file crc");
}

int main(void)
{
	test_layout();
	test_ranges();
	test_lines();
	return check_summary("test_coredump");
}
