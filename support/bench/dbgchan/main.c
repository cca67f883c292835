/*
 * make bench: raw throughput of the debug channel (support/scripts/bench).
 * Waits for a first byte from the host, because QEMU drops what the guest
 * writes before a client is connected (COM2, and the virtio port: closed
 * until then, QEMU returns its buffers unsent rather than holding them);
 * then writes argv[1] bytes flat out
 * in 16 KiB pieces, each flushed as a debugger's reply would be, and prints
 * the guest's own view of the time it took. The host times the bytes it
 * receives.
 */
#include <stdio.h>
#include <stdlib.h>
#include <uk/essentials.h>
#include <uk/plat/dbgchan.h>
#include <uk/plat/time.h>

#define PIECE 16384

static char piece[PIECE];

int main(int argc, char *argv[])
{
	unsigned long total = argc > 1 ? strtoul(argv[1], NULL, 0) : 0;
	uint64_t t0, ns;

	if (!total) {
		printf("usage: dbgchan BYTES\n");
		return 1;
	}
	if (ukplat_dbgchan_init(UKPLAT_DBGCHAN_DEDICATED) < 0) {
		printf("bench dbgchan: no debug channel\n");
		return 1;
	}
	printf("bench dbgchan ready on %s\n", ukplat_dbgchan_name());
	while (ukplat_dbgchan_trygetc() < 0)
		;
	t0 = ukplat_monotonic_ns();
	for (unsigned long sent = 0; sent < total; sent += PIECE) {
		ukplat_dbgchan_write(piece,
				     MIN((unsigned long)PIECE, total - sent));
		ukplat_dbgchan_flush();
	}
	ns = ukplat_monotonic_ns() - t0;
	printf("bench dbgchan %s bytes=%lu ns=%lu\n", ukplat_dbgchan_name(),
	       total, (unsigned long)ns);
	return 0;
}
