/*
 * In-guest nofault cases with exact expected counts, in two tables: cases
 * on fixed places (NULL, text, the guard page below the boot stack, plain
 * memory) and cases run on each address given as "unmapped:<hex>" (the
 * test passes the architecture's own: non-canonical, MMIO holes, beyond
 * RAM), which must not be accessible at all. Prints how many cases it will
 * run, one line per case, a summary, and exits with the number of failures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/essentials.h>
#include <uk/nofault.h>
#include <uk/plat/trap.h>

#define PAGE 4096

struct nf_case {
	const char *name;
	unsigned long (*run)(void);
	unsigned long want;
};

struct nf_unmapped_case {
	const char *name;
	unsigned long (*run)(uintptr_t a);
	unsigned long want;
};

static int failed, passed;
static char buf[2 * PAGE + 512], copy[2 * PAGE + 512];
static uintptr_t lo, guard, text;
static unsigned long faults0;

static void expect(const char *name, unsigned long got, unsigned long want)
{
	int ok = got == want;

	printf("case %s: %lu (expected %lu) %s\n", name, got, want,
	       ok ? "ok" : "FAIL");
	ok ? passed++ : failed++;
}

static unsigned long un_probe_r(uintptr_t a)
{
	return uk_nofault_probe_r(a, 256, UK_NOFAULT_NOREPORT);
}

static unsigned long un_probe_rw(uintptr_t a)
{
	return uk_nofault_probe_rw(a, 256, UK_NOFAULT_NOREPORT);
}

static unsigned long un_memcpy(uintptr_t a)
{
	return uk_nofault_memcpy(buf, (void *)a, 256, UK_NOFAULT_NOREPORT);
}

static unsigned long un_try_read(uintptr_t a)
{
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;

	return !uk_nofault_try_read(&u8, a) + !uk_nofault_try_read(&u16, a) +
	       !uk_nofault_try_read(&u32, a) + !uk_nofault_try_read(&u64, a);
}

static unsigned long un_try_write(uintptr_t a)
{
	return !uk_nofault_try_write(a, (uint32_t)1);
}

static const struct nf_unmapped_case unmapped_cases[] = {
	{ "probe_r", un_probe_r, 0 },
	{ "probe_rw", un_probe_rw, 0 },
	{ "memcpy", un_memcpy, 0 },
	{ "try_read 1/2/4/8", un_try_read, 0 },
	{ "try_write", un_try_write, 0 },
};

static unsigned long null_probe_r(void)
{
	return uk_nofault_probe_r(0, 64, UK_NOFAULT_NOREPORT);
}

static unsigned long null_try_read(void)
{
	uint64_t v64;

	return uk_nofault_try_read(&v64, 0);
}

static unsigned long first_page_probe_r(void)
{
	return uk_nofault_probe_r(0x800, 16, UK_NOFAULT_NOREPORT);
}

static unsigned long text_probe_r(void)
{
	return uk_nofault_probe_r(text, 64, 0);
}

static unsigned long text_probe_rw(void)
{
	return uk_nofault_probe_rw(text, 64, UK_NOFAULT_NOREPORT);
}

static unsigned long text_try_write(void)
{
	return uk_nofault_try_write(text, (uint8_t)0xcc);
}

static unsigned long text_unchanged(void)
{
	uint32_t v32;

	return uk_nofault_try_read(&v32, text) == 0 &&
	       v32 == *(volatile uint32_t *)text;
}

/* Into the guard page below the boot stack: counts stop at its start. */
static unsigned long guard_probe_r(void)
{
	return uk_nofault_probe_r(guard - 100, 200, UK_NOFAULT_NOREPORT);
}

static unsigned long guard_probe_rw(void)
{
	return uk_nofault_probe_rw(guard - 100, 200, UK_NOFAULT_NOREPORT);
}

static unsigned long guard_memcpy(void)
{
	return uk_nofault_memcpy(buf, (void *)(guard - 100), 200,
				 UK_NOFAULT_NOREPORT);
}

static unsigned long guard_memcpy_misaligned(void)
{
	return uk_nofault_memcpy(buf + 3, (void *)(guard - 99), 203,
				 UK_NOFAULT_NOREPORT);
}

static unsigned long guard_memcpy_odd_tail(void)
{
	return uk_nofault_memcpy(buf, (void *)(guard - 13), 13 + 7,
				 UK_NOFAULT_NOREPORT);
}

/* Writing side: put back the very bytes that are there. */
static unsigned long guard_memcpy_to(void)
{
	memcpy(copy, (void *)(guard - 37), 37);
	return uk_nofault_memcpy((void *)(guard - 37), copy, 100,
				 UK_NOFAULT_NOREPORT);
}

static unsigned long guard_continue_probe_r(void)
{
	return uk_nofault_probe_r(guard - 100, PAGE + 200,
				  UK_NOFAULT_CONTINUE | UK_NOFAULT_NOREPORT);
}

static unsigned long guard_continue_memcpy(void)
{
	return uk_nofault_memcpy(buf, (void *)(guard - 100), PAGE + 200,
				 UK_NOFAULT_CONTINUE | UK_NOFAULT_NOREPORT);
}

/* What guard_continue_memcpy copied around the guard page. */
static unsigned long guard_continue_content(void)
{
	return !memcmp(buf, (void *)(guard - 100), 100) &&
	       !memcmp(buf + 100 + PAGE, (void *)lo, 100);
}

/* Ordinary memory: every alignment and length copies right. */
static unsigned long copies_wrong(void)
{
	unsigned long bad = 0;

	for (unsigned int i = 0; i < sizeof(buf); i++)
		buf[i] = (char)(i * 7 + 3);
	for (unsigned int s = 0; s < 16; s++)
		for (unsigned int d = 0; d < 16; d++)
			for (unsigned int n = 0; n < 80; n += 7) {
				memset(copy, 0, 128);
				if (uk_nofault_memcpy(copy + d, buf + s, n,
						      0) != n ||
				    memcmp(copy + d, buf + s, n))
					bad++;
			}
	return bad;
}

static unsigned long heap_try_write_read(void)
{
	uint64_t v64 = 0;
	uint32_t v32;

	return uk_nofault_try_write(&v64, (uint64_t)0x1122334455667788) == 0 &&
	       uk_nofault_try_read(&v32, (uintptr_t)&v64) == 0 &&
	       v32 == 0x55667788;
}

static unsigned long faults_counted(void)
{
	return uk_nofault_fault_count() > faults0;
}

/* In this order: some cases read what an earlier one left in buf. */
static const struct nf_case cases[] = {
	{ "null probe_r", null_probe_r, 0 },
	{ "null try_read", null_try_read, (unsigned long)-1 },
	{ "first page probe_r", first_page_probe_r, 0 },
	{ "text probe_r", text_probe_r, 64 },
	{ "text probe_rw", text_probe_rw, 0 },
	{ "text try_write", text_try_write, (unsigned long)-1 },
	{ "text unchanged", text_unchanged, 1 },
	{ "guard probe_r", guard_probe_r, 100 },
	{ "guard probe_rw", guard_probe_rw, 100 },
	{ "guard memcpy", guard_memcpy, 100 },
	{ "guard memcpy misaligned", guard_memcpy_misaligned, 99 },
	{ "guard memcpy odd tail", guard_memcpy_odd_tail, 13 },
	{ "guard memcpy to", guard_memcpy_to, 37 },
	{ "guard continue probe_r", guard_continue_probe_r, 200 },
	{ "guard continue memcpy", guard_continue_memcpy, 200 },
	{ "guard continue content", guard_continue_content, 1 },
	{ "aligned and misaligned copies wrong", copies_wrong, 0 },
	{ "heap try_write/try_read", heap_try_write_read, 1 },
	{ "faults were counted", faults_counted, 1 },
};

int main(int argc, char *argv[])
{
	uintptr_t hi;
	char name[64];
	int addrs = 0;

	faults0 = uk_nofault_fault_count();
	text = (uintptr_t)&main & ~15UL;
	ukplat_boot_stack(&lo, &hi);
	guard = lo - PAGE;

	for (int i = 1; i < argc; i++)
		addrs += !strncmp(argv[i], "unmapped:", 9);
	printf("nofault tests: %zu cases\n",
	       ARRAY_SIZE(cases) + addrs * ARRAY_SIZE(unmapped_cases));

	for (int i = 1; i < argc; i++) {
		uintptr_t a;

		if (strncmp(argv[i], "unmapped:", 9))
			continue;
		a = strtoul(argv[i] + 9, NULL, 16);
		for (size_t c = 0; c < ARRAY_SIZE(unmapped_cases); c++) {
			snprintf(name, sizeof(name), "unmapped %lx %s", a,
				 unmapped_cases[c].name);
			expect(name, unmapped_cases[c].run(a),
			       unmapped_cases[c].want);
		}
	}
	for (size_t c = 0; c < ARRAY_SIZE(cases); c++)
		expect(cases[c].name, cases[c].run(), cases[c].want);

	printf("nofault tests: %d passed, %d failed\n", passed, failed);
	return failed;
}
