/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The boot parameters: uk.test=run runs the selected cases after every
 * library is initialised and before main(), then halts with status 0 when
 * all passed and 1 otherwise; uk.test=list prints the selected cases and
 * halts with 0. uk.test.filter=<suite>.<case glob> selects (all when
 * absent). uk.test.action= is read as another spelling of uk.test=.
 * Without the parameter this costs one look at the command line.
 */
#include <string.h>
#include <uk/boot.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/plat/shutdown.h>
#include "uktest_internal.h"

static int uktest_boot(void)
{
	char action[8], filter[128];

	if (!uk_boot_param("uk.test", action, sizeof(action)) &&
	    !uk_boot_param("uk.test.action", action, sizeof(action)))
		return 0;
	if (!uk_boot_param("uk.test.filter", filter, sizeof(filter)))
		filter[0] = '\0';
	if (!strcmp(action, "list")) {
		uk_test_list(filter);
		ukplat_halt(0);
	}
	if (!strcmp(action, "run"))
		ukplat_halt(uk_test_run(filter) ? 1 : 0);
	uk_pr_err("uk.test=%s: expected run or list\n", action);
	return -1;
}
UK_INIT(uktest_boot, 9);
