/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The dedicated debug channel on arm64 `virt` (<kvm/dbgchan.h>): the
 * machine has a single PL011, which the console owns (a debugger can
 * share it: common/dbgchan.c), so the channel is the virtio-console that
 * `run-qemu --debug-port` adds, or nothing.
 */
#include <kvm/dbgchan.h>
#include <kvm/virtio_console.h>

static bool present;

int kvm_dbgchan_probe(void)
{
	present = kvm_virtio_console_probe() == 0;
	return present ? 0 : -1;
}

const char *kvm_dbgchan_name(void)
{
	return present ? "virtio-console" : NULL;
}

int kvm_dbgchan_trygetc(void)
{
	return kvm_virtio_console_trygetc();
}

void kvm_dbgchan_write(const char *buf, size_t len)
{
	kvm_virtio_console_write(buf, len);
}

void kvm_dbgchan_flush(void)
{
	kvm_virtio_console_flush();
}

size_t kvm_dbgchan_write_room(char **buf)
{
	return kvm_virtio_console_write_room(buf);
}

void kvm_dbgchan_write_commit(size_t len)
{
	kvm_virtio_console_write_commit(len);
}

int kvm_dbgchan_set_rx_handler(void (*fn)(void))
{
	return kvm_virtio_console_set_rx_handler(fn);
}

void kvm_dbgchan_wait_rx(void)
{
	kvm_virtio_console_wait_rx();
}
