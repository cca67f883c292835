/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukstore entries of ukdebug: messages printed per level and the run-time
 * log level, which can be set (0 crit .. 4 debug).
 */
#include <uk/print.h>
#include <uk/store.h>

static int get_level(void *cookie __unused, int64_t *out)
{
	*out = uk_log_level;
	return 0;
}

static int set_level(void *cookie __unused, int64_t in)
{
	if (in < UK_LOG_CRIT || in > UK_LOG_DEBUG)
		return -UK_STORE_ERANGE;
	uk_log_level = (int)in;
	return 0;
}
UK_STORE_ENTRY(ukdebug, log_level, s8, get_level, set_level, "",
	       "run-time log level: 0 crit, 1 err, 2 warn, 3 info, 4 debug");

#define MSG_COUNT(lvl, name, what)                                        \
	static int get_##name(void *cookie __unused, uint64_t *out)       \
	{                                                                 \
		*out = uk_log_count(lvl);                                 \
		return 0;                                                 \
	}                                                                 \
	UK_STORE_ENTRY(ukdebug, name, u64, get_##name, NULL, "count",     \
		       what " messages printed since boot")
MSG_COUNT(UK_LOG_CRIT, messages_crit, "critical");
MSG_COUNT(UK_LOG_ERR, messages_err, "error");
MSG_COUNT(UK_LOG_WARN, messages_warn, "warning");
MSG_COUNT(UK_LOG_INFO, messages_info, "information");
MSG_COUNT(UK_LOG_DEBUG, messages_debug, "debug");
