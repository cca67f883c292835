/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The kernel message ring: the last CONFIG_LIBUKDEBUG_DMESG_SIZE bytes of
 * kernel message lines (uk_pr_* and the crash screen) as printed, the
 * oldest overwritten first. The shell's `dmesg` prints it; a crash dump
 * carries it. Writing takes no lock and allocates nothing (callers mask
 * interrupts around a line), so the crash path uses it too.
 */
#ifndef UK_DMESG_H
#define UK_DMESG_H

#include <uk/essentials.h>

/* What the ring holds at one moment: complete lines, oldest first. */
struct uk_dmesg_view {
	uint64_t start; /* position of the first byte since boot */
	size_t len;	/* bytes from there */
};

#if CONFIG_LIBUKDEBUG_DMESG

/* Append @len bytes of printed text to the ring. */
void uk_dmesg_write(const char *s, size_t len);

/* Describe what the ring holds now, starting at a line's beginning. */
void uk_dmesg_view(struct uk_dmesg_view *v);

/*
 * Copy bytes [@off, @off + @len) of @v into @buf (@off + @len <= v->len);
 * bytes overwritten since uk_dmesg_view() read as what replaced them.
 */
void uk_dmesg_read(const struct uk_dmesg_view *v, size_t off, void *buf,
		   size_t len);

#else

static inline void uk_dmesg_write(const char *s __unused, size_t len __unused)
{
}

static inline void uk_dmesg_view(struct uk_dmesg_view *v)
{
	v->start = 0;
	v->len = 0;
}

static inline void uk_dmesg_read(const struct uk_dmesg_view *v __unused,
				 size_t off __unused, void *buf __unused,
				 size_t len __unused)
{
}

#endif

#endif /* UK_DMESG_H */
