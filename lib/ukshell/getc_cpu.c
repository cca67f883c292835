/* SPDX-License-Identifier: BSD-3-Clause */
/* Without threads the CPU itself waits for the console. */
#include <uk/plat/console.h>
#include "getc.h"

int shell_getc(void)
{
	return ukplat_cons_getc();
}
