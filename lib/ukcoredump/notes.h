/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukcoredump: the notes that are not registers (notes.c),
 * rendered when a dump is laid out, into static buffers.
 */
#ifndef UKCOREDUMP_NOTES_H
#define UKCOREDUMP_NOTES_H

#include "elfcore.h"

#define CD_NT_PRSTATUS	    1
#define CD_NT_FPREGSET	    2
#define CD_NT_PRPSINFO	    3
#define CD_NT_AUXV	    6
#define CD_NT_GNU_BUILD_ID  3
#define CD_NT_LANTERN_INFO  0x4c540001
#define CD_NT_LANTERN_DMESG 0x4c540002
#define CD_NT_LANTERN_TRACE 0x4c540003
#define CD_NT_LANTERN_STORE 0x4c540004

/*
 * Add NT_PRPSINFO, NT_AUXV, the image's build-id, and the LANTERN notes INFO
 * (@reason, the uptime, the architecture, the application, @threads),
 * DMESG, TRACE (with tracepoints) and STORE to @c.
 */
void coredump_add_notes(struct cd_core *c, const char *reason,
			unsigned long threads);

#endif /* UKCOREDUMP_NOTES_H */
