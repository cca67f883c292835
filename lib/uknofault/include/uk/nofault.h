/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * nofault: touch any address and be told how much of it could be accessed,
 * instead of crashing. Every access goes through instructions listed in the
 * exception table; a fault on one of them (page fault, general protection,
 * bus error) is caught by a low-priority trap-event handler that resumes
 * after the access with an error. Faults anywhere else still reach the
 * crash screen.
 *
 * Access rights are checked page by page for probes (mappings have page
 * granularity); copies stop exactly at the first inaccessible byte.
 */
#ifndef UK_NOFAULT_H
#define UK_NOFAULT_H

#include <uk/essentials.h>

/* Flags. */
/* on a fault, go on at the next page and count every accessible byte */
#define UK_NOFAULT_CONTINUE 0x1
#define UK_NOFAULT_NOREPORT 0x2 /* an expected fault: no log line */

#if CONFIG_LIBUKNOFAULT

/*
 * Return how many bytes of [@addr, @addr + @len) can be read: @len when all
 * can, else the count before the first inaccessible byte (with
 * UK_NOFAULT_CONTINUE: the count of every readable byte).
 */
size_t uk_nofault_probe_r(uintptr_t addr, size_t len, unsigned int flags);

/* Like uk_nofault_probe_r, for bytes that can be both read and written. */
size_t uk_nofault_probe_rw(uintptr_t addr, size_t len, unsigned int flags);

/*
 * Copy @len bytes from @src to @dst; return how many bytes were copied
 * before the first fault on either side (with UK_NOFAULT_CONTINUE: all
 * copyable bytes, skipping the rest of each faulting page).
 */
size_t uk_nofault_memcpy(void *dst, const void *src, size_t len,
			 unsigned int flags);

/*
 * Read *@addr with one access as wide as *@value (1, 2, 4 or 8 bytes: device
 * registers care). Return 0, or -1 when the access faulted.
 */
#define uk_nofault_try_read(value, addr)                                       \
	_uk_nofault_try_read((value), (uintptr_t)(addr), sizeof(*(value)))

/* Write @value to @addr with one access of sizeof(@value). Return 0 or -1. */
#define uk_nofault_try_write(addr, value)                                      \
	_uk_nofault_try_write((uintptr_t)(addr), (value), sizeof(value))

int _uk_nofault_try_read(void *value, uintptr_t addr, size_t width);
int _uk_nofault_try_write(uintptr_t addr, uint64_t value, size_t width);

/* Number of faults nofault caught since boot. */
unsigned long uk_nofault_fault_count(void);

#else /* !CONFIG_LIBUKNOFAULT: nothing can be touched safely */

static inline size_t uk_nofault_probe_r(uintptr_t addr __unused,
					size_t len __unused,
					unsigned int flags __unused)
{
	return 0;
}

static inline size_t uk_nofault_probe_rw(uintptr_t addr __unused,
					 size_t len __unused,
					 unsigned int flags __unused)
{
	return 0;
}

static inline size_t uk_nofault_memcpy(void *dst __unused,
				       const void *src __unused,
				       size_t len __unused,
				       unsigned int flags __unused)
{
	return 0;
}

#define uk_nofault_try_read(value, addr)  ((void)(value), (void)(addr), -1)
#define uk_nofault_try_write(addr, value) ((void)(addr), (void)(value), -1)

static inline unsigned long uk_nofault_fault_count(void)
{
	return 0;
}

#endif /* CONFIG_LIBUKNOFAULT */
#endif /* UK_NOFAULT_H */
