/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of the boot library and the platform: uptime, time to
 * main(), memory size, what runs where, and a write-only switch that shuts
 * the guest down with status 0.
 */
#include <uk/boot.h>
#include <uk/store.h>
#include <uk/plat/bootinfo.h>
#include <uk/plat/memory.h>
#include <uk/plat/shutdown.h>
#include <uk/plat/time.h>

static int get_uptime_ns(void *cookie __unused, uint64_t *out)
{
	*out = ukplat_monotonic_ns();
	return 0;
}
UK_STORE_ENTRY(ukboot, uptime, u64, get_uptime_ns, NULL, "nanoseconds",
	       "time since boot");

static int get_boot_ns(void *cookie __unused, uint64_t *out)
{
	*out = uk_boot_main_entry_ns();
	return 0;
}
UK_STORE_ENTRY(ukboot, boot_time, u64, get_boot_ns, NULL, "nanoseconds",
	       "time from the first clock reading to main()");

static int get_mem(void *cookie __unused, uint64_t *out)
{
	*out = ukplat_mem_total();
	return 0;
}
UK_STORE_ENTRY(ukboot, mem_size, u64, get_mem, NULL, "bytes",
	       "RAM the hypervisor gave the guest");

static int get_machine(void *cookie __unused, char *buf, size_t len)
{
	return uk_store_copy_string(buf, len, ukplat_machine_name());
}
UK_STORE_ENTRY(ukboot, machine, string, get_machine, NULL, "",
	       "architecture and machine type");

static int get_version(void *cookie __unused, char *buf, size_t len)
{
	return uk_store_copy_string(buf, len, UK_PROJECT " " UK_VERSION " (" UK_CODENAME ")");
}
UK_STORE_ENTRY(ukboot, version, string, get_version, NULL, "",
	       "kernel name, version and codename");

static int get_cmdline(void *cookie __unused, char *buf, size_t len)
{
	return uk_store_copy_string(buf, len, ukplat_cmdline());
}
UK_STORE_ENTRY(ukboot, cmdline, string, get_cmdline, NULL, "",
	       "boot command line");

static int set_shutdown(void *cookie __unused, uint64_t in)
{
	if (in)
		ukplat_halt(0);
	return 0;
}
UK_STORE_ENTRY(ukboot, request_shutdown, bool, NULL, set_shutdown, "",
	       "write true to shut the guest down with status 0");
