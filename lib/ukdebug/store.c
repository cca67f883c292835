/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of ukdebug: messages printed per level and the run-time
 * log level, which can be set (0 crit .. 4 debug).
 */
#include <uk/print.h>
#include <uk/store.h>

UK_STORE_ENTRY_RW(ukdebug, log_level, s8, uk_log_level, UK_LOG_CRIT,
		  UK_LOG_DEBUG, "",
		  "run-time log level: 0 crit, 1 err, 2 warn, 3 info, 4 debug");

UK_STORE_ENTRY_RO(ukdebug, messages_crit, u64, uk_log_count(UK_LOG_CRIT),
		  "count", "critical messages printed since boot");
UK_STORE_ENTRY_RO(ukdebug, messages_err, u64, uk_log_count(UK_LOG_ERR), "count",
		  "error messages printed since boot");
UK_STORE_ENTRY_RO(ukdebug, messages_warn, u64, uk_log_count(UK_LOG_WARN),
		  "count", "warning messages printed since boot");
UK_STORE_ENTRY_RO(ukdebug, messages_info, u64, uk_log_count(UK_LOG_INFO),
		  "count", "information messages printed since boot");
UK_STORE_ENTRY_RO(ukdebug, messages_debug, u64, uk_log_count(UK_LOG_DEBUG),
		  "count", "debug messages printed since boot");
