/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What each architecture provides to nofault (lib/uknofault/arch/<arch>/
 * nofault.S). Every load and store in these routines that touches the
 * caller's address is listed in the exception table (extable.h); when one
 * faults, the nofault trap handler resumes at its continuation, which makes
 * the routine return its failure value. They never fault otherwise.
 */
#ifndef UKNOFAULT_ARCH_H
#define UKNOFAULT_ARCH_H

#include <stddef.h>
#include <stdint.h>

/* One access of exactly the given width. Return 0, or -1 if it faulted. */
int nf_arch_read8(const void *addr, uint8_t *val);
int nf_arch_read16(const void *addr, uint16_t *val);
int nf_arch_read32(const void *addr, uint32_t *val);
int nf_arch_read64(const void *addr, uint64_t *val);
int nf_arch_write8(void *addr, uint8_t val);
int nf_arch_write16(void *addr, uint16_t val);
int nf_arch_write32(void *addr, uint32_t val);
int nf_arch_write64(void *addr, uint64_t val);

/*
 * Copy @len bytes from @src to @dst, moving whole 8-byte words while both
 * sides allow it. Return the number of bytes copied before the first fault
 * on either side, exact to the byte (@len when none faulted): after a word
 * faults, the routine retries that word byte by byte.
 */
size_t nf_arch_copy(void *dst, const void *src, size_t len);

#endif /* UKNOFAULT_ARCH_H */
