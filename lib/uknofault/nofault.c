/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The nofault API on top of the architecture's guarded accesses
 * (nofault_arch.h). Probes touch one byte per page, since access rights
 * come in pages, plus the exact start of the range; copies move words and
 * are exact to the byte. Interrupts are masked during an access so that
 * the flags the trap handler reads belong to it.
 */
#include <uk/nofault.h>
#include <uk/arch/lcpu.h>
#include "nofault_arch.h"
#include "nofault_internal.h"

#define PAGE UKARCH_PAGE_SIZE

static unsigned long nf_begin(unsigned int flags)
{
	unsigned long irq = ukarch_irq_save();

	nofault_flags = flags;
	nofault_last_addr = 0;
	return irq;
}

static void nf_end(unsigned long irq)
{
	nofault_flags = 0;
	ukarch_irq_restore(irq);
}

static int touch(uintptr_t a, bool write)
{
	uint8_t v;

	if (nf_arch_read8((const void *)a, &v))
		return -1;
	return write ? nf_arch_write8((void *)a, v) : 0;
}

static size_t probe(uintptr_t addr, size_t len, unsigned int flags, bool write)
{
	unsigned long irq = nf_begin(flags);
	size_t ok = 0;

	while (len) {
		size_t chunk = MIN(PAGE - (addr & (PAGE - 1)), len);

		if (touch(addr, write) == 0)
			ok += chunk;
		else if (!(flags & UK_NOFAULT_CONTINUE))
			break;
		len -= chunk;
		addr += chunk;
	}
	nf_end(irq);
	return ok;
}

size_t uk_nofault_probe_r(uintptr_t addr, size_t len, unsigned int flags)
{
	return probe(addr, len, flags, false);
}

size_t uk_nofault_probe_rw(uintptr_t addr, size_t len, unsigned int flags)
{
	return probe(addr, len, flags, true);
}

/*
 * Where to go on after a fault at offset @done of a copy: past the page
 * that faulted, on whichever side it was (the CPU may not name the address,
 * e.g. #GP for a non-canonical one: then the source position is blamed).
 */
static size_t skip_fault(uintptr_t dst, uintptr_t src, size_t done, size_t len)
{
	uintptr_t fa = nofault_last_addr;
	uintptr_t base = (fa >= dst + done && fa < dst + len) ? dst : src;

	return ALIGN_DOWN(base + done, PAGE) + PAGE - base;
}

size_t uk_nofault_memcpy(void *dst, const void *src, size_t len,
			 unsigned int flags)
{
	unsigned long irq = nf_begin(flags);
	size_t done = 0, ok = 0;

	while (done < len) {
		size_t n = nf_arch_copy((char *)dst + done,
					(const char *)src + done, len - done);

		ok += n;
		done += n;
		if (done == len || !(flags & UK_NOFAULT_CONTINUE))
			break;
		done = MIN(
		    len, skip_fault((uintptr_t)dst, (uintptr_t)src, done, len));
	}
	nf_end(irq);
	return ok;
}

int _uk_nofault_try_read(void *value, uintptr_t addr, size_t width)
{
	unsigned long irq = nf_begin(UK_NOFAULT_NOREPORT);
	const void *a = (const void *)addr;
	int rc = -1;

	switch (width) {
	case 1:
		rc = nf_arch_read8(a, value);
		break;
	case 2:
		rc = nf_arch_read16(a, value);
		break;
	case 4:
		rc = nf_arch_read32(a, value);
		break;
	case 8:
		rc = nf_arch_read64(a, value);
		break;
	}
	nf_end(irq);
	return rc;
}

int _uk_nofault_try_write(uintptr_t addr, uint64_t value, size_t width)
{
	unsigned long irq = nf_begin(UK_NOFAULT_NOREPORT);
	void *a = (void *)addr;
	int rc = -1;

	switch (width) {
	case 1:
		rc = nf_arch_write8(a, value);
		break;
	case 2:
		rc = nf_arch_write16(a, value);
		break;
	case 4:
		rc = nf_arch_write32(a, value);
		break;
	case 8:
		rc = nf_arch_write64(a, value);
		break;
	}
	nf_end(irq);
	return rc;
}
