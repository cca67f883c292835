/* SPDX-License-Identifier: BSD-3-Clause */
/* What the boot loader told us, in generic form. */
#ifndef UK_PLAT_BOOTINFO_H
#define UK_PLAT_BOOTINFO_H

#include <uk/essentials.h>

/* Boot command line (PVH cmdline or /chosen/bootargs); "" when none. */
const char *ukplat_cmdline(void);

/* Human-readable machine name for the banner, e.g. "x86_64 pc". */
const char *ukplat_machine_name(void);

#endif /* UK_PLAT_BOOTINFO_H */
