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

UK_STORE_ENTRY_RO(ukboot, uptime, u64, ukplat_monotonic_ns(), "nanoseconds",
		  "time since boot");
UK_STORE_ENTRY_RO(ukboot, boot_time, u64, uk_boot_main_entry_ns(),
		  "nanoseconds", "time from the first clock reading to main()");
UK_STORE_ENTRY_RO(ukboot, mem_size, u64, ukplat_mem_total(), "bytes",
		  "RAM the hypervisor gave the guest");
UK_STORE_ENTRY_RO(ukboot, machine, string, ukplat_machine_name(), "",
		  "architecture and machine type");
UK_STORE_ENTRY_RO(ukboot, version, string,
		  UK_PROJECT " " UK_VERSION " (" UK_CODENAME ")", "",
		  "kernel name, version and codename");
UK_STORE_ENTRY_RO(ukboot, cmdline, string, ukplat_cmdline(), "",
		  "boot command line");

static int set_shutdown(void *cookie __unused, uint64_t in)
{
	if (in)
		ukplat_halt(0);
	return 0;
}
UK_STORE_ENTRY(ukboot, request_shutdown, bool, NULL, set_shutdown, "",
	       "write true to shut the guest down with status 0");
