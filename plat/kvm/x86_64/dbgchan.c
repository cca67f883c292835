/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The dedicated debug channel of x86_64 (<kvm/dbgchan.h>): a virtio-console
 * when its driver is built and a device answers (`microvm`, run-qemu
 * --debug-port), else COM2 when the UART is there (`pc`), else none. The
 * virtio-console moves a whole buffer per notification and so comes first
 * wherever it exists.
 */
#include <kvm/dbgchan.h>
#include <kvm/virtio_console.h>
#include "x86_64.h"

enum { CHAN_NONE, CHAN_VIRTIO, CHAN_COM2 };

static int chan;

/*
 * IS_ENABLED stays in the expression itself, where the compiler folds it
 * even at -O0: without the virtio driver, its functions are never
 * referenced.
 */
#define VIRTIO (IS_ENABLED(CONFIG_KVM_VIRTIO_CONSOLE) && chan == CHAN_VIRTIO)
#define COM2   (chan == CHAN_COM2)

int kvm_dbgchan_probe(void)
{
	if (IS_ENABLED(CONFIG_KVM_VIRTIO_CONSOLE) &&
	    kvm_virtio_console_probe() == 0)
		chan = CHAN_VIRTIO;
	else if (x86_com2_probe() == 0)
		chan = CHAN_COM2;
	else
		chan = CHAN_NONE;
	return chan == CHAN_NONE ? -1 : 0;
}

const char *kvm_dbgchan_name(void)
{
	if (VIRTIO)
		return "virtio-console";
	return COM2 ? "COM2" : NULL;
}

int kvm_dbgchan_trygetc(void)
{
	if (VIRTIO)
		return kvm_virtio_console_trygetc();
	return COM2 ? x86_com2_trygetc() : -1;
}

void kvm_dbgchan_write(const char *buf, size_t len)
{
	if (VIRTIO)
		kvm_virtio_console_write(buf, len);
	else if (COM2)
		x86_com2_write(buf, len);
}

/* A UART sends each byte as it is written: only virtio has a queue. */
void kvm_dbgchan_flush(void)
{
	if (VIRTIO)
		kvm_virtio_console_flush();
}

size_t kvm_dbgchan_write_room(char **buf)
{
	return VIRTIO ? kvm_virtio_console_write_room(buf) : 0;
}

void kvm_dbgchan_write_commit(size_t len)
{
	if (VIRTIO)
		kvm_virtio_console_write_commit(len);
}

int kvm_dbgchan_set_rx_handler(void (*fn)(void))
{
	if (VIRTIO)
		return kvm_virtio_console_set_rx_handler(fn);
	return COM2 ? x86_com2_set_rx_handler(fn) : -1;
}

void kvm_dbgchan_wait_rx(void)
{
	if (VIRTIO)
		kvm_virtio_console_wait_rx();
	else if (COM2)
		x86_com2_wait_rx();
}
