/*
 * make bench: crash dumps (support/scripts/bench). "console": a dump of
 * this guest on the console, as the shell's `dump` writes it, then as many
 * bytes of plain 80-column lines through the same console writer; the
 * guest's clock times both, so that the dump is seen against the console's
 * raw rate, and the encoding alone (lines produced, none written).
 * "wait [MiB]": spin, for a debugger to fetch the dump through the stub,
 * with MiB of heap filled first so that the dump is as big (the image is
 * built with a heap cap for dumps above it): a transfer long enough for
 * the channel's rate, not the layout and round trips, to set its time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/coredump.h>
#include <uk/plat/console.h>
#include <uk/plat/time.h>

#define LINE 80

volatile unsigned long bench_spins;

static void count_line(void *arg, const char *line __attribute__((unused)),
		       size_t len)
{
	*(unsigned long *)arg += len;
}

static void console_bench(void)
{
	char line[LINE];
	unsigned long text = 0;
	uint64_t t0, dump_ns, encode_ns, raw_ns;

	t0 = ukplat_monotonic_ns();
	uk_coredump_console_now();
	dump_ns = ukplat_monotonic_ns() - t0;

	t0 = ukplat_monotonic_ns();
	uk_coredump_write_lines(count_line, &text);
	encode_ns = ukplat_monotonic_ns() - t0;

	memset(line, 'A', LINE - 1);
	line[LINE - 1] = '\n';
	t0 = ukplat_monotonic_ns();
	for (unsigned long sent = 0; sent < text; sent += LINE)
		ukplat_cons_write(line,
				  text - sent < LINE ? text - sent : LINE);
	raw_ns = ukplat_monotonic_ns() - t0;

	printf("\nbench coredump size=%lu text=%lu dump_ns=%lu encode_ns=%lu "
	       "raw_ns=%lu\n",
	       (unsigned long)uk_coredump_size(), text, (unsigned long)dump_ns,
	       (unsigned long)encode_ns, (unsigned long)raw_ns);
}

int main(int argc, char *argv[])
{
	if (argc > 1 && !strcmp(argv[1], "console")) {
		console_bench();
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "wait")) {
		size_t heap = argc > 2 ? strtoul(argv[2], NULL, 0) << 20 : 0;
		unsigned char *p = heap ? malloc(heap) : NULL;

		if (heap && !p) {
			printf("bench coredump: no %zu bytes of heap\n", heap);
			return 1;
		}
		for (size_t i = 0; i < heap; i++)
			p[i] = (unsigned char)(i * 131 >> 7);
		printf("bench coredump waiting\n");
		for (;;)
			bench_spins++;
	}
	printf("usage: coredump console | wait [MiB]\n");
	return 1;
}
