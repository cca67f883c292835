/* SPDX-License-Identifier: BSD-3-Clause */
/* Private to ukstore's shell command: the subcommand in its own file. */
#ifndef UK_STORE_CMD_H
#define UK_STORE_CMD_H

/*
 * `store dump --prom`: print every readable entry in the Prometheus text
 * format, then "# EOF". Return 0, or 1 after an "error: ..." line.
 */
int store_dump_prom(void);

#endif /* UK_STORE_CMD_H */
