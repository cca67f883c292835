/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * libFuzzer target: the text of an event (lib/ukdebug/trace_fmt.c) from
 * any table entry, format and record, as the crash screen may hand it a
 * corrupted ring. Input: nargs, 7 type codes, a NUL-terminated format,
 * then the record. The line must stay within its buffer and terminated.
 */
#include <stdint.h>
#include <string.h>
#include "trace_fmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct uk_tracepoint tp = { 0 };
	char fmt[128], line[200];
	const uint8_t *nul;
	uint8_t rec[600];
	size_t flen, reclen;

	if (size < 9)
		return 0;
	tp.nargs = data[0] % 8;
	memcpy(tp.argtype, data + 1, 7);
	data += 8;
	size -= 8;
	nul = memchr(data, 0, size);
	if (!nul)
		return 0;
	flen = (size_t)(nul - data);
	if (flen >= sizeof(fmt))
		return 0;
	memcpy(fmt, data, flen + 1);
	data = nul + 1;
	size -= flen + 1;
	/* records are at least a header long, as the ring's walk ensures */
	reclen = size < sizeof(rec) ? size : sizeof(rec);
	if (reclen < sizeof(struct uk_trace_event))
		return 0;
	memcpy(rec, data, reclen);
	memset(line, 0x55, sizeof(line));
	trace_format_event(line, 1 + reclen % sizeof(line), rec, reclen, &tp,
			   "fuzz", fmt);
	if (!memchr(line, 0, sizeof(line)))
		__builtin_trap();
	return 0;
}
