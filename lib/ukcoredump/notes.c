/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The notes of a dump besides the registers: NT_PRPSINFO (the application's
 * name), NT_AUXV with the entry point (LLDB places the image by comparing
 * it with the image's own), the image's NT_GNU_BUILD_ID note (linker
 * symbols uk_build_id_note*), and the LANTERN notes. INFO and STORE are text
 * rendered here once per dump; DMESG reads the message ring in place, and
 * TRACE the trace ring, as `trace dump --raw`'s bytes.
 */
#include <stdio.h>
#include <string.h>
#include <uk/dmesg.h>
#include <uk/store.h>
#include <uk/trace.h>
#include <uk/plat/time.h>
#include "coredump_arch.h"
#include "notes.h"

#define PRPSINFO_SIZE  136
#define PRPSINFO_SNAME 1
#define PRPSINFO_PID   24
#define PRPSINFO_FNAME 40
#define PRPSINFO_ARGS  56
#define AT_ENTRY       9
#define INFO_MAX       1024
#define STORE_MAX      8192
#define STORE_VALUE    128

extern const char uk_appname[];
extern const uint8_t uk_build_id_note[], uk_build_id_note_end[];
extern const char uk_image_entry[];

static uint8_t prpsinfo[PRPSINFO_SIZE];
static uint64_t auxv[4]; /* AT_ENTRY, then AT_NULL */
static char info[INFO_MAX];
static char store[STORE_MAX];
static size_t store_len;
static struct uk_dmesg_view dmesg;

static void add_prpsinfo(struct cd_core *c)
{
	int pid = 1;

	memset(prpsinfo, 0, sizeof(prpsinfo));
	prpsinfo[PRPSINFO_SNAME] = 'R';
	memcpy(prpsinfo + PRPSINFO_PID, &pid, sizeof(pid));
	strncpy((char *)prpsinfo + PRPSINFO_FNAME, uk_appname, 15);
	strncpy((char *)prpsinfo + PRPSINFO_ARGS, uk_appname, 79);
	cd_add_note_bytes(c, "CORE", CD_NT_PRPSINFO, prpsinfo,
			  sizeof(prpsinfo));
}

/*
 * The image's note: namesz, descsz, type, "GNU\0", the id. Return the id
 * and its length, or NULL when the image has none.
 */
static const uint8_t *build_id(uint32_t *len)
{
	uint32_t namesz, descsz;

	if (uk_build_id_note_end - uk_build_id_note < 16)
		return NULL;
	memcpy(&namesz, uk_build_id_note, 4);
	memcpy(&descsz, uk_build_id_note + 4, 4);
	if (namesz != 4 ||
	    16 + descsz > (size_t)(uk_build_id_note_end - uk_build_id_note))
		return NULL;
	*len = descsz;
	return uk_build_id_note + 16;
}

static void add_info(struct cd_core *c, const char *reason,
		     unsigned long threads, const uint8_t *id, uint32_t idlen)
{
	size_t n;

	n = snprintf(info, sizeof(info),
		     "reason=%s\nuptime_ns=%llu\narch=%s\napp=%s\n"
		     "threads=%lu\nbuild_id=",
		     reason, (unsigned long long)ukplat_monotonic_ns(),
		     CD_ARCH_NAME, uk_appname, threads);
	for (uint32_t i = 0; i < idlen && n + 3 < sizeof(info); i++)
		n += snprintf(info + n, sizeof(info) - n, "%02x", id[i]);
	if (n + 1 < sizeof(info))
		info[n++] = '\n';
	cd_add_note_bytes(c, "LANTERN", CD_NT_LANTERN_INFO, info, n);
}

static void read_dmesg(const struct cd_note *n __unused, size_t off, void *buf,
		       size_t len)
{
	uk_dmesg_read(&dmesg, off, buf, len);
}

static void read_trace(const struct cd_note *n __unused, size_t off, void *buf,
		       size_t len)
{
	uk_trace_raw_read(off, buf, len);
}

static int store_line(const struct uk_store_entry *e, void *arg __unused)
{
	char value[STORE_VALUE];
	int n;

	if (uk_store_get_text(e, value, sizeof(value)) < 0)
		return 0;
	n = snprintf(store + store_len, sizeof(store) - store_len, "%s = %s\n",
		     e->name, value);
	if (n < 0 || (size_t)n >= sizeof(store) - store_len)
		return 1; /* full: the last line would be cut */
	store_len += n;
	return 0;
}

void coredump_add_notes(struct cd_core *c, const char *reason,
			unsigned long threads)
{
	const uint8_t *id;
	uint32_t idlen = 0;
	size_t trace_size;

	add_prpsinfo(c);
	auxv[0] = AT_ENTRY;
	auxv[1] = (uintptr_t)uk_image_entry;
	cd_add_note_bytes(c, "CORE", CD_NT_AUXV, auxv, sizeof(auxv));
	id = build_id(&idlen);
	if (id)
		cd_add_note_bytes(c, "GNU", CD_NT_GNU_BUILD_ID, id, idlen);
	add_info(c, reason, threads, id, idlen);
	uk_dmesg_view(&dmesg);
	if (dmesg.len)
		cd_add_note(c, "LANTERN", CD_NT_LANTERN_DMESG, dmesg.len,
			    read_dmesg, NULL, 0);
	trace_size = uk_trace_raw_snapshot();
	if (trace_size)
		cd_add_note(c, "LANTERN", CD_NT_LANTERN_TRACE, trace_size,
			    read_trace, NULL, 0);
	store_len = 0;
	uk_store_iterate("", store_line, NULL);
	if (store_len)
		cd_add_note_bytes(c, "LANTERN", CD_NT_LANTERN_STORE, store,
				  store_len);
}
