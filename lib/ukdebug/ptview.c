/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The page table views (<uk/ptview.h>): a walk of one address and the
 * list of mapped ranges, formatted from the platform's reading of its
 * tables (<uk/plat/pagetable.h>).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uk/plat/pagetable.h>
#include <uk/ptview.h>

static void size_str(size_t size, char *buf, size_t len)
{
	if (size >= 1UL << 30)
		snprintf(buf, len, "%lu GiB", size >> 30);
	else if (size >= 1UL << 20)
		snprintf(buf, len, "%lu MiB", size >> 20);
	else
		snprintf(buf, len, "%lu KiB", size >> 10);
}

int uk_pt_view_walk(uintptr_t va, uk_backtrace_out_fn out, void *arg)
{
	struct ukplat_pt_walk w;
	char line[UK_BACKTRACE_LINE_MAX], prot[4], size[16];
	int rc = ukplat_pt_walk(va, &w);

	for (unsigned int l = 0; l < w.nlevels; l++) {
		const struct ukplat_pt_level *lv = &w.lv[l];

		snprintf(line, sizeof(line), "%-4s[%3u] @%016lx = %016llx%s%s",
			 lv->name, lv->idx, lv->entry,
			 (unsigned long long)lv->value, *lv->flags ? "  " : "",
			 lv->flags);
		out(arg, line);
	}
	if (rc == 0) {
		ukplat_pt_prot_str(w.prot, prot);
		size_str(w.size, size, sizeof(size));
		snprintf(line, sizeof(line),
			 "mapped: %s page, physical %016lx, %s, %s", size, w.pa,
			 prot, w.memtype);
	} else if (w.nlevels) {
		snprintf(line, sizeof(line), "not mapped: %s at %s", w.why,
			 w.lv[w.nlevels - 1].name);
	} else {
		snprintf(line, sizeof(line), "not mapped: %s", w.why);
	}
	out(arg, line);
	return rc;
}

struct view_out {
	uk_backtrace_out_fn fn;
	void *arg;
};

static int map_line(const struct ukplat_pt_range *r, void *arg)
{
	struct view_out *o = arg;
	char line[UK_BACKTRACE_LINE_MAX], prot[4];

	ukplat_pt_prot_str(r->prot, prot);
	snprintf(line, sizeof(line), "%016lx-%016lx %016lx %s %s", r->start,
		 r->end, r->end - r->start, prot, r->memtype);
	o->fn(o->arg, line);
	return 0;
}

void uk_pt_view_map(uk_backtrace_out_fn out, void *arg)
{
	struct view_out o = { out, arg };

	out(arg,
	    "start            end              size             prot type");
	ukplat_pt_map(map_line, &o);
}

int uk_pt_command(int argc, char *argv[], uk_backtrace_out_fn out, void *arg)
{
	char line[UK_BACKTRACE_LINE_MAX];
	unsigned long va;
	char *end;

	if (argc != 2) {
		out(arg, "error: usage: pt <address> | pt map");
		return 1;
	}
	if (!strcmp(argv[1], "map")) {
		uk_pt_view_map(out, arg);
		return 0;
	}
	va = strtoul(argv[1], &end, 16);
	if (end == argv[1] || *end || argv[1][0] == '-') {
		snprintf(line, sizeof(line),
			 "error: '%s' is not a hexadecimal address or 'map'",
			 argv[1]);
		out(arg, line);
		return 1;
	}
	uk_pt_view_walk(va, out, arg);
	return 0;
}
