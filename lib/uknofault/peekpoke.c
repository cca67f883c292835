/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shell commands `peek <addr> [len]` (hex dump) and `poke <addr> <value>
 * [width]`, both through nofault: a bad address gives an error line and
 * the guest goes on.
 */
#include <uk/nofault.h>
#include <uk/shell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PEEK_MAX 4096
#define ROW	 16

static int parse_ulong(const char *s, unsigned long *v, int base)
{
	char *end;

	if (!*s)
		return -1;
	*v = strtoul(s, &end, base);
	return *end ? -1 : 0;
}

static int cmd_peek(int argc, char *argv[])
{
	unsigned long addr, len = ROW;
	uint8_t buf[ROW];

	if (argc < 2 || argc > 3 || parse_ulong(argv[1], &addr, 16) ||
	    (argc == 3 &&
	     (parse_ulong(argv[2], &len, 0) || !len || len > PEEK_MAX))) {
		printf("error: usage: peek <hex address> [length 1..%d]\n",
		       PEEK_MAX);
		return 1;
	}
	for (unsigned long off = 0; off < len; off += ROW) {
		size_t want = MIN(len - off, (unsigned long)ROW);
		size_t got = uk_nofault_memcpy(buf, (const void *)(addr + off),
					       want, UK_NOFAULT_NOREPORT);

		if (got == 0) {
			printf("error: unreadable at 0x%lx\n", addr + off);
			return 1;
		}
		printf("%016lx:", addr + off);
		for (size_t i = 0; i < ROW; i++)
			i < got ? printf(" %02x", buf[i]) : printf("   ");
		printf("  ");
		for (size_t i = 0; i < got; i++)
			putchar(buf[i] >= 0x20 && buf[i] < 0x7f ? buf[i] : '.');
		putchar('\n');
		if (got < want) {
			printf("error: unreadable at 0x%lx\n",
			       addr + off + got);
			return 1;
		}
	}
	return 0;
}

static int cmd_poke(int argc, char *argv[])
{
	unsigned long addr, value, width = 4;
	int rc = -1;

	if (argc < 3 || argc > 4 || parse_ulong(argv[1], &addr, 16) ||
	    parse_ulong(argv[2], &value, 0) ||
	    (argc == 4 &&
	     (parse_ulong(argv[3], &width, 0) ||
	      (width != 1 && width != 2 && width != 4 && width != 8)))) {
		printf("error: usage: poke <hex address> <value> [width "
		       "1|2|4|8]\n");
		return 1;
	}
	if (width < 8 && value >> (8 * width)) {
		printf("error: value 0x%lx does not fit in %lu bytes\n", value,
		       width);
		return 1;
	}
	switch (width) {
	case 1:
		rc = uk_nofault_try_write(addr, (uint8_t)value);
		break;
	case 2:
		rc = uk_nofault_try_write(addr, (uint16_t)value);
		break;
	case 4:
		rc = uk_nofault_try_write(addr, (uint32_t)value);
		break;
	case 8:
		rc = uk_nofault_try_write(addr, (uint64_t)value);
		break;
	}
	if (rc) {
		printf("error: not writable at 0x%lx\n", addr);
		return 1;
	}
	return 0;
}

UK_SHELL_CMD(peek, cmd_peek, "<addr> [len]",
	     "hex dump of memory (any address, never faults)");
UK_SHELL_CMD(poke, cmd_poke, "<addr> <value> [width]",
	     "write 1, 2, 4 or 8 bytes (default 4) to memory");
