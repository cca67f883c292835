/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the GDB stub's host test and fuzzer drive it with: a fake target in
 * host memory (a register image, a 64 KiB memory window at FAKE_BASE whose
 * first 4 KiB are "text" that only text_write may change, four debug
 * register slots, a monitor hook; and a variant with threads) and a fake
 * transport that reads a
 * scripted byte string and records everything written. Plus a reference
 * decoder of the stub's output, written from the protocol text and not
 * from the stub: it checks every checksum, expands run-length encoding the
 * way gdb does (before removing escapes) and removes escapes.
 */
#ifndef GDBSTUB_FAKE_H
#define GDBSTUB_FAKE_H

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/gdbstub.h>

#define FAKE_BASE   0x40000000UL
#define FAKE_MEM    0x10000UL
#define FAKE_TEXT   0x1000UL /* [FAKE_BASE, +FAKE_TEXT) is text */
#define FAKE_HW	    4
#define FAKE_OUTMAX (4u << 20)

/* 16 general registers (r6 = fp, r7 = sp), pc, flags, a vector, an x87. */
static const struct uk_gdbstub_reg fake_regs[] = {
	{ "r0", 8, 0, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r1", 8, 1, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r2", 8, 2, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r3", 8, 3, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r4", 8, 4, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r5", 8, 5, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r6", 8, 6, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_FP, 0, 0 },
	{ "r7", 8, 7, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_SP, 0, 0 },
	{ "r8", 8, 8, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r9", 8, 9, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r10", 8, 10, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r11", 8, 11, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r12", 8, 12, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r13", 8, 13, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r14", 8, 14, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "r15", 8, 15, UK_GDBSTUB_REG_UINT, 0, 0, 0 },
	{ "pc", 8, 16, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_PC, 0, 0 },
	{ "flags", 4, 49, UK_GDBSTUB_REG_UINT, UK_GDBSTUB_ROLE_FLAGS, 0, 0 },
	{ "v0", 16, 17, UK_GDBSTUB_REG_VECTOR, 0, 1, 0 },
	{ "f0", 10, -1, UK_GDBSTUB_REG_FLOAT, 0, 1, 0 },
};
#define FAKE_NREGS   ARRAY_SIZE(fake_regs)
#define FAKE_REGSLEN (16 * 8 + 8 + 4 + 16 + 10)
#define FAKE_PC_OFF  (16 * 8)

static const uint8_t fake_bp_insn[4] = { 0xd4, 0x20, 0x00, 0x00 };

struct fake_hw {
	int type;
	uintptr_t addr;
	size_t len;
	bool used;
};

struct fake {
	/* target */
	uint8_t regs[FAKE_REGSLEN];
	uint8_t mem[FAKE_MEM];
	struct fake_hw hw[FAKE_HW];
	int hw_remove_all_calls;
	int text_writes;
	bool regs_fail; /* regs_read and regs_write fail */
	/* transport: in[0..in_len), then tail, then "closed"; once the output
	 * exceeds out_budget (if set) the rest of in is skipped */
	const uint8_t *in;
	size_t in_len, in_pos, out_budget;
	const char *tail;
	size_t tail_len, tail_pos;
	char *out;
	size_t out_len;
	int writes, flushes;
};

static inline int fake_getc(void *ctx)
{
	struct fake *f = ctx;

	if (f->out_budget && f->out_len > f->out_budget)
		f->in_pos = f->in_len;
	if (f->in_pos < f->in_len)
		return f->in[f->in_pos++];
	if (f->tail_pos < f->tail_len)
		return (uint8_t)f->tail[f->tail_pos++];
	return -1;
}

static inline void fake_write(void *ctx, const char *buf, size_t len)
{
	struct fake *f = ctx;

	if (f->out_len + len > FAKE_OUTMAX)
		abort(); /* the stub talks without end */
	memcpy(f->out + f->out_len, buf, len);
	f->out_len += len;
	f->writes++;
}

static inline void fake_flush(void *ctx)
{
	((struct fake *)ctx)->flushes++;
}

static inline int fake_regs_read(void *ctx, uint8_t *image, size_t len)
{
	struct fake *f = ctx;

	if (f->regs_fail || len != FAKE_REGSLEN)
		return -1;
	memcpy(image, f->regs, len);
	return 0;
}

static inline int fake_regs_write(void *ctx, const uint8_t *image, size_t len)
{
	struct fake *f = ctx;

	if (f->regs_fail || len != FAKE_REGSLEN)
		return -1;
	memcpy(f->regs, image, len);
	return 0;
}

/* Bytes of [addr, addr + len) inside the window, from addr on. */
static inline size_t fake_span(uintptr_t addr, size_t len)
{
	if (addr < FAKE_BASE || addr >= FAKE_BASE + FAKE_MEM)
		return 0;
	return len < FAKE_BASE + FAKE_MEM - addr ? len
						 : FAKE_BASE + FAKE_MEM - addr;
}

static inline size_t fake_mem_read(void *ctx, uintptr_t addr, void *buf,
				   size_t len)
{
	struct fake *f = ctx;
	size_t n = fake_span(addr, len);

	if (n)
		memcpy(buf, f->mem + (addr - FAKE_BASE), n);
	return n;
}

static inline size_t fake_mem_write(void *ctx, uintptr_t addr, const void *buf,
				    size_t len)
{
	struct fake *f = ctx;
	size_t n = fake_span(addr, len);

	if (n && addr < FAKE_BASE + FAKE_TEXT)
		return 0; /* read-only text */
	if (n)
		memcpy(f->mem + (addr - FAKE_BASE), buf, n);
	return n;
}

static inline size_t fake_text_write(void *ctx, uintptr_t addr, const void *buf,
				     size_t len)
{
	struct fake *f = ctx;
	size_t n = fake_span(addr, len);

	if (n)
		memcpy(f->mem + (addr - FAKE_BASE), buf, n);
	f->text_writes++;
	return n;
}

static inline int fake_hw_insert(void *ctx, enum uk_gdbstub_hw type,
				 uintptr_t addr, size_t len)
{
	struct fake *f = ctx;

	if (len != 1 && len != 2 && len != 4 && len != 8)
		return -1;
	for (int i = 0; i < FAKE_HW; i++) {
		if (!f->hw[i].used) {
			f->hw[i] =
			    (struct fake_hw){ (int)type, addr, len, true };
			return 0;
		}
	}
	return -1;
}

static inline int fake_hw_remove(void *ctx, enum uk_gdbstub_hw type,
				 uintptr_t addr, size_t len)
{
	struct fake *f = ctx;

	for (int i = 0; i < FAKE_HW; i++) {
		struct fake_hw *h = &f->hw[i];

		if (h->used && h->type == (int)type && h->addr == addr &&
		    h->len == len) {
			h->used = false;
			return 0;
		}
	}
	return -1;
}

static inline void fake_hw_remove_all(void *ctx)
{
	struct fake *f = ctx;

	for (int i = 0; i < FAKE_HW; i++)
		f->hw[i].used = false;
	f->hw_remove_all_calls++;
}

/* "big" writes this many 1000-byte pieces: more than one packet holds. */
#define FAKE_BIG_PIECES (UK_GDBSTUB_PACKET_SIZE / 1000 + 2)

/* help, echo <words>, big (FAKE_BIG_PIECES * 1000 'x'), fail; anything
 * else fails. */
static inline int fake_monitor(void *ctx, char *line, uk_gdbstub_out_fn out,
			       void *arg)
{
	(void)ctx;
	if (strcmp(line, "help") == 0) {
		out(arg, "help echo big fail\n", 19);
		return 0;
	}
	if (strncmp(line, "echo ", 5) == 0) {
		out(arg, line + 5, strlen(line + 5));
		out(arg, "\n", 1);
		return 0;
	}
	if (strcmp(line, "big") == 0) {
		static char x[1000];

		memset(x, 'x', sizeof(x));
		for (int i = 0; i < FAKE_BIG_PIECES; i++)
			out(arg, x, sizeof(x));
		return 0;
	}
	out(arg, "no such command\n", 16);
	return 1;
}

/* A crash dump of FAKE_CORE_SIZE bytes: byte i is fake_core_byte(i), the
 * bytes a binary reply escapes among them, and no NUL (the harness reads
 * replies as strings). fake_core_dumps counts the dumps laid out; a read
 * outside the dump's size is a stub bug (abort). */
#define FAKE_CORE_SIZE 3000
static int fake_core_dumps;

static inline uint8_t fake_core_byte(uint64_t i)
{
	return i % 7 == 0 ? (uint8_t) "$#}*"[i / 7 % 4]
			  : (uint8_t)(i * 31 % 255 + 1);
}

static inline uint64_t fake_core_size(void *ctx, bool layout)
{
	(void)ctx;
	if (layout)
		fake_core_dumps++;
	return fake_core_dumps ? FAKE_CORE_SIZE : 0;
}

static inline void fake_core_read(void *ctx, uint64_t off, void *buf,
				  size_t len)
{
	uint8_t *p = buf;

	(void)ctx;
	if (!fake_core_dumps || off + len > FAKE_CORE_SIZE)
		abort();
	for (size_t n = 0; n < len; n++)
		p[n] = fake_core_byte(off + n);
}

/* Two regions: the memory window and the page the harness reads as
 * unmapped memory's neighbour. */
static inline void
fake_memory_map(void *ctx, void (*fn)(void *arg, uint64_t start, uint64_t len),
		void *arg)
{
	(void)ctx;
	fn(arg, FAKE_BASE, FAKE_MEM);
	fn(arg, 0xfffff000UL, 0x1000);
}

static const struct uk_gdbstub_ops fake_ops = {
	.regs_read = fake_regs_read,
	.regs_write = fake_regs_write,
	.mem_read = fake_mem_read,
	.mem_write = fake_mem_write,
	.text_write = fake_text_write,
	.hw_insert = fake_hw_insert,
	.hw_remove = fake_hw_remove,
	.hw_remove_all = fake_hw_remove_all,
	.monitor = fake_monitor,
	.memory_map = fake_memory_map,
	.core_size = fake_core_size,
	.core_read = fake_core_read,
};

/*
 * Threads for the fuzzer (fake_ops_threads): FAKE_NTHREADS of them, id 1
 * the one that stopped (the fake's registers); the others know r6, r7 and
 * pc, which read as their id, and take writes of them. Names hold the
 * characters XML and the protocol escape.
 */
#define FAKE_NTHREADS 40

static inline unsigned long fake_th_current(void *ctx)
{
	(void)ctx;
	return 1;
}

static inline unsigned long fake_th_next(void *ctx, unsigned long id)
{
	(void)ctx;
	return id < FAKE_NTHREADS ? id + 1 : 0;
}

static inline int fake_th_describe(void *ctx, unsigned long id,
				   struct uk_gdbstub_thread *t)
{
	(void)ctx;
	if (id < 1 || id > FAKE_NTHREADS)
		return -1;
	t->name = id % 3 ? "w<&>\"}$#*" : NULL;
	t->state = id == 1 ? "running" : "blocked";
	t->detail = id % 2 ? "mutex" : NULL;
	return 0;
}

static inline bool fake_th_kept(unsigned int n)
{
	return n == 6 || n == 7 || n == 16;
}

static inline int fake_th_regs_read(void *ctx, unsigned long id, uint8_t *image,
				    size_t len, uint8_t *known)
{
	(void)ctx;
	if (id < 2 || id > FAKE_NTHREADS || len != FAKE_REGSLEN)
		return -1;
	memset(image, (int)id, len);
	for (unsigned int n = 0; n < FAKE_NREGS; n++)
		if (fake_th_kept(n))
			known[n / 8] |= (uint8_t)(1u << (n % 8));
	return 0;
}

static inline int fake_th_regs_write(void *ctx, unsigned long id,
				     const uint8_t *image, size_t len)
{
	(void)ctx;
	(void)image;
	return id >= 2 && id <= FAKE_NTHREADS && len == FAKE_REGSLEN ? 0 : -1;
}

static const struct uk_gdbstub_threads fake_threads = {
	.current = fake_th_current,
	.next = fake_th_next,
	.describe = fake_th_describe,
	.regs_read = fake_th_regs_read,
	.regs_write = fake_th_regs_write,
};

static const struct uk_gdbstub_ops fake_ops_threads = {
	.regs_read = fake_regs_read,
	.regs_write = fake_regs_write,
	.mem_read = fake_mem_read,
	.mem_write = fake_mem_write,
	.text_write = fake_text_write,
	.hw_insert = fake_hw_insert,
	.hw_remove = fake_hw_remove,
	.hw_remove_all = fake_hw_remove_all,
	.monitor = fake_monitor,
	.threads = &fake_threads,
	.memory_map = fake_memory_map,
	.core_size = fake_core_size,
	.core_read = fake_core_read,
};

/* The target description: long (over one packet, to need several qXfer
 * slices) and holding every character binary replies must escape. */
/* Longer than a packet, so that qXfer must slice it. */
static char fake_xml[UK_GDBSTUB_PACKET_SIZE + 20000];

static inline const char *fake_xml_make(void)
{
	size_t n = 0;

	n += (size_t)sprintf(fake_xml,
			     "<?xml version=\"1.0\"?><target><!-- $#}* -->");
	while (n < sizeof(fake_xml) - 64)
		n += (size_t)sprintf(fake_xml + n,
				     "<reg name=\"r%zu\" bitsize=\"64\"/>*", n);
	strcpy(fake_xml + n, "</target>");
	return fake_xml;
}

static struct uk_gdbstub_arch fake_arch = {
	.regs = fake_regs,
	.nregs = FAKE_NREGS,
	.target_xml = fake_xml,
	.triple = "x86_64-unknown-none",
	.bp_insn = fake_bp_insn,
	.bp_len = sizeof(fake_bp_insn),
};

/* Registers: mostly zero (long runs for run-length encoding), some set. */
static inline void fake_reset(struct fake *f)
{
	static uint8_t mem[FAKE_MEM];
	static bool mem_made;
	char *out = f->out;

	/* The fuzzer resets for every input: the memory pattern is computed
	 * once and copied. */
	if (!mem_made) {
		for (size_t i = 0; i < FAKE_MEM; i++)
			mem[i] = (uint8_t)(i * 7 + (i >> 8));
		mem_made = true;
	}
	memset(f, 0, sizeof(*f));
	f->out = out ? out : malloc(FAKE_OUTMAX);
	if (!f->out)
		abort();
	for (int i = 0; i < 16; i++)
		f->regs[i * 8] = (uint8_t)(0x10 + i);
	memcpy(f->regs + 6 * 8, "\x00\xf0\xff\xff\x00\x00\x00\x00", 8); /* fp */
	memcpy(f->regs + 7 * 8, "\xc0\xef\xff\xff\x00\x00\x00\x00", 8); /* sp */
	memcpy(f->regs + FAKE_PC_OFF, "\x34\x12\x00\x40\x00\x00\x00\x00", 8);
	memcpy(f->mem, mem, FAKE_MEM);
}

/* Feed @in once, then close. */
static inline void fake_input(struct fake *f, const void *in, size_t len)
{
	f->in = in;
	f->in_len = len;
	f->in_pos = 0;
	f->tail = NULL;
	f->tail_len = f->tail_pos = 0;
	f->out_len = 0;
	f->writes = f->flushes = 0;
}

/* --- reference decoder ------------------------------------------------ */

/* One item of the stub's output. */
struct frame {
	char kind; /* '+', '-', '$' (a packet), '?' (garbage) */
	bool csum_ok;
	size_t raw_off, raw_len; /* the packet data as sent */
};

/* Split @len bytes at @out into frames; return how many (at most @max). */
static inline size_t frames_split(const char *out, size_t len, struct frame *fr,
				  size_t max)
{
	size_t n = 0, i = 0;

	while (i < len && n < max) {
		struct frame *f = &fr[n++];
		char c = out[i];

		if (c == '+' || c == '-') {
			f->kind = c;
			i++;
			continue;
		}
		f->kind = '?';
		if (c != '$') {
			i++;
			continue;
		}
		size_t j = i + 1;
		unsigned int sum = 0;

		while (j < len && out[j] != '#')
			sum += (uint8_t)out[j++];
		if (j + 2 >= len)
			break; /* cut short: stays '?' */
		char cs[3] = { out[j + 1], out[j + 2], 0 };

		f->kind = '$';
		f->raw_off = i + 1;
		f->raw_len = j - i - 1;
		f->csum_ok = strtoul(cs, NULL, 16) == (sum & 0xff) &&
			     isxdigit((unsigned char)cs[0]) &&
			     isxdigit((unsigned char)cs[1]);
		i = j + 3;
	}
	return n;
}

/*
 * Decode packet data: expand "c*n" to c and n - 29 more copies (as gdb
 * does, before escapes), then, for binary data, undo "}x". Return the
 * length in @dst, or (size_t)-1 when the encoding is malformed.
 */
static inline size_t frame_decode(const char *raw, size_t len, char *dst,
				  size_t cap, bool binary)
{
	size_t o = 0;

	for (size_t i = 0; i < len; i++) {
		if (raw[i] == '*') {
			if (o == 0 || i + 1 >= len)
				return (size_t)-1;
			int rep = (uint8_t)raw[++i] - 29;

			if (rep < 3 || raw[i] > '~' || raw[i] == '#' ||
			    raw[i] == '$' || o + (size_t)rep > cap)
				return (size_t)-1;
			memset(dst + o, dst[o - 1], (size_t)rep);
			o += (size_t)rep;
			continue;
		}
		if (o >= cap)
			return (size_t)-1;
		dst[o++] = raw[i];
	}
	if (binary) {
		size_t w = 0;

		for (size_t i = 0; i < o; i++) {
			if (dst[i] == '}') {
				if (++i >= o)
					return (size_t)-1;
				dst[w++] = (char)(dst[i] ^ 0x20);
			} else {
				dst[w++] = dst[i];
			}
		}
		o = w;
	}
	return o;
}

#endif /* GDBSTUB_FAKE_H */
