/*
 * In-guest nofault cases with exact expected counts. Arguments
 * "unmapped:<hex>" add addresses that must not be accessible at all (the
 * test passes the architecture's own: non-canonical, MMIO holes, beyond
 * RAM). Prints one line per case and exits with the number of failures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/nofault.h>
#include <uk/plat/trap.h>

#define PAGE 4096

static int failed, passed;

static void expect(const char *name, unsigned long got, unsigned long want)
{
	int ok = got == want;

	printf("case %s: %lu (expected %lu) %s\n", name, got, want, ok ? "ok" : "FAIL");
	ok ? passed++ : failed++;
}

static void unmapped(uintptr_t a)
{
	char name[64], buf[256];
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;

	snprintf(name, sizeof(name), "unmapped %lx probe_r", a);
	expect(name, uk_nofault_probe_r(a, 256, UK_NOFAULT_NOREPORT), 0);
	snprintf(name, sizeof(name), "unmapped %lx probe_rw", a);
	expect(name, uk_nofault_probe_rw(a, 256, UK_NOFAULT_NOREPORT), 0);
	snprintf(name, sizeof(name), "unmapped %lx memcpy", a);
	expect(name, uk_nofault_memcpy(buf, (void *)a, sizeof(buf), UK_NOFAULT_NOREPORT), 0);
	snprintf(name, sizeof(name), "unmapped %lx try_read 1/2/4/8", a);
	expect(name, !uk_nofault_try_read(&u8, a) + !uk_nofault_try_read(&u16, a) +
		     !uk_nofault_try_read(&u32, a) + !uk_nofault_try_read(&u64, a), 0);
	snprintf(name, sizeof(name), "unmapped %lx try_write", a);
	expect(name, !uk_nofault_try_write(a, (uint32_t)1), 0);
}

int main(int argc, char *argv[])
{
	static char buf[2 * PAGE + 512], copy[2 * PAGE + 512];
	uintptr_t lo, hi, guard, text = (uintptr_t)&main & ~15UL;
	unsigned long faults0 = uk_nofault_fault_count();
	uint64_t v64 = 0;
	uint32_t v32;

	ukplat_boot_stack(&lo, &hi);
	guard = lo - PAGE;

	expect("null probe_r", uk_nofault_probe_r(0, 64, UK_NOFAULT_NOREPORT), 0);
	expect("null try_read", uk_nofault_try_read(&v64, 0), (unsigned long)-1);
	expect("first page probe_r", uk_nofault_probe_r(0x800, 16, UK_NOFAULT_NOREPORT), 0);
	for (int i = 1; i < argc; i++)
		if (!strncmp(argv[i], "unmapped:", 9))
			unmapped(strtoul(argv[i] + 9, NULL, 16));

	expect("text probe_r", uk_nofault_probe_r(text, 64, 0), 64);
	expect("text probe_rw", uk_nofault_probe_rw(text, 64, UK_NOFAULT_NOREPORT), 0);
	expect("text try_write", uk_nofault_try_write(text, (uint8_t)0xcc), (unsigned long)-1);
	expect("text unchanged", uk_nofault_try_read(&v32, text) == 0 &&
				 v32 == *(volatile uint32_t *)text, 1);

	/* Into the guard page below the boot stack: counts stop at its start. */
	expect("guard probe_r", uk_nofault_probe_r(guard - 100, 200, UK_NOFAULT_NOREPORT), 100);
	expect("guard probe_rw", uk_nofault_probe_rw(guard - 100, 200, UK_NOFAULT_NOREPORT), 100);
	expect("guard memcpy", uk_nofault_memcpy(buf, (void *)(guard - 100), 200,
						 UK_NOFAULT_NOREPORT), 100);
	expect("guard memcpy misaligned", uk_nofault_memcpy(buf + 3, (void *)(guard - 99), 203,
							    UK_NOFAULT_NOREPORT), 99);
	expect("guard memcpy odd tail", uk_nofault_memcpy(buf, (void *)(guard - 13), 13 + 7,
							  UK_NOFAULT_NOREPORT), 13);
	/* Writing side: put back the very bytes that are there. */
	memcpy(copy, (void *)(guard - 37), 37);
	expect("guard memcpy to", uk_nofault_memcpy((void *)(guard - 37), copy, 100,
						    UK_NOFAULT_NOREPORT), 37);
	expect("guard continue probe_r", uk_nofault_probe_r(guard - 100, PAGE + 200,
			UK_NOFAULT_CONTINUE | UK_NOFAULT_NOREPORT), 200);
	expect("guard continue memcpy", uk_nofault_memcpy(buf, (void *)(guard - 100), PAGE + 200,
			UK_NOFAULT_CONTINUE | UK_NOFAULT_NOREPORT), 200);
	expect("guard continue content",
	       !memcmp(buf, (void *)(guard - 100), 100) && !memcmp(buf + 100 + PAGE, (void *)lo, 100), 1);

	/* Ordinary memory: every alignment and length copies right. */
	for (unsigned int i = 0; i < sizeof(buf); i++)
		buf[i] = (char)(i * 7 + 3);
	int bad = 0;
	for (unsigned int s = 0; s < 16; s++)
		for (unsigned int d = 0; d < 16; d++)
			for (unsigned int n = 0; n < 80; n += 7) {
				memset(copy, 0, 128);
				if (uk_nofault_memcpy(copy + d, buf + s, n, 0) != n ||
				    memcmp(copy + d, buf + s, n))
					bad++;
			}
	expect("aligned and misaligned copies wrong", bad, 0);
	expect("heap try_write/try_read",
	       uk_nofault_try_write(&v64, (uint64_t)0x1122334455667788) == 0 &&
	       uk_nofault_try_read(&v32, (uintptr_t)&v64) == 0 && v32 == 0x55667788, 1);
	expect("faults were counted", uk_nofault_fault_count() > faults0, 1);

	printf("nofault tests: %d passed, %d failed\n", passed, failed);
	return failed;
}
