/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The debug channel on arm64 `virt` (<uk/plat/dbgchan.h>): the machine has
 * a single PL011, which the console owns, so the channel is the
 * virtio-console that `run-qemu --debug-port` adds, or nothing.
 */
#include <uk/plat/dbgchan.h>
#include <kvm/virtio_console.h>

static int state;               /* 0 not probed, 1 present, -1 absent */

int ukplat_dbgchan_init(void)
{
	if (!state)
		state = kvm_virtio_console_probe() == 0 ? 1 : -1;
	return state > 0 ? 0 : -1;
}

const char *ukplat_dbgchan_name(void)
{
	return state > 0 ? "virtio-console" : NULL;
}

int ukplat_dbgchan_trygetc(void)
{
	return kvm_virtio_console_trygetc();
}

void ukplat_dbgchan_write(const char *buf, size_t len)
{
	kvm_virtio_console_write(buf, len);
}

void ukplat_dbgchan_flush(void)
{
	kvm_virtio_console_flush();
}

int ukplat_dbgchan_set_rx_handler(void (*fn)(void))
{
	return kvm_virtio_console_set_rx_handler(fn);
}
