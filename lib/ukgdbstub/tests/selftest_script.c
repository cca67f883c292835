/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The self-test's script: a case per feature, in about the order a debugger
 * uses them, each a few steps of what the scripted debugger sends, what the
 * stub must answer, and what C does and checks in between (selftest.h).
 * Reading the table is reading what is tested. Also the code and data the
 * script stops in and looks at, and the values of its placeholders.
 *
 * Where the CPU stands: the script starts at a compiled-in breakpoint
 * (uk_gdbstub_break(), which is also the action that brings the next stop
 * where a case lets the CPU run on); the breakpoint cases stop at the
 * entry of st_target(); the step cases in st_step_loop(); the watchpoint
 * cases at the access to st_watched (x86_64 after it, arm64 before it, so
 * the watchpoint is removed before going on, as gdb does).
 */
#include <stdio.h>
#include <string.h>
#include <uk/gdbstub.h>
#include "../arch/gdbstub_arch.h"
#include "../hex.h"
#include "selftest.h"

#define ST_STEPS       1000 /* single steps in a row, as kgdbts does */
#define ST_LOOP_ITERS  1000 /* several instructions each: more than ST_STEPS */
#define ST_WATCH_VALUE 0x5eedU
#define ST_MEM_INIT    "Lantern!"

/* --- what the script stops in and looks at ----------------------------- */

static char st_mem[8];
static volatile uint32_t st_watched __aligned(8);
static volatile unsigned long st_spin;
static volatile unsigned int st_target_hits, st_landing_hits;

/* noclone: a call must reach this very address, not a specialised copy. */
#define ST_FUNC __noinline __attribute__((noclone))

/* Where software breakpoints stop. */
static ST_FUNC void st_target(void)
{
	st_target_hits++;
}

/* Where a write to the PC sends st_target()'s caller instead. */
static ST_FUNC void st_landing(void)
{
	st_landing_hits++;
}

/* Where the hardware breakpoint stops and the single steps go. */
static ST_FUNC void st_step_loop(void)
{
	for (unsigned int i = 0; i < ST_LOOP_ITERS; i++)
		st_spin++;
}

static void write_watched(void)
{
	st_watched = ST_WATCH_VALUE;
}

static void read_watched(void)
{
	(void)st_watched;
}

/* --- placeholders -------------------------------------------------------- */

enum {
	V_PSIZE,     /* UK_GDBSTUB_PACKET_SIZE, hex */
	V_PC,	     /* the PC's register number, two digits as in
		      * stop replies */
	V_VREG,	     /* a vector register's number:
		      * general-registers-only kernel code never touches it
		      * between two stops */
	V_VVAL,	     /* a value for it, hex in register order */
	V_BPLEN,     /* breakpoint length: the kind in Z0 and Z1 */
	V_MEM,	     /* &st_mem */
	V_TARGET,    /* st_target, as an address ... */
	V_TARGET_PC, /* ... and as a register value (target byte order) */
	V_LANDING_PC,
	V_TEXT, /* st_target's first bytes before any breakpoint */
	V_LOOP,
	V_LOOP_PC,
	V_WATCHED, /* &st_watched */
	V_COUNT
};

static const char *const var_names[V_COUNT] = {
	[V_PSIZE] = "psize",
	[V_PC] = "pc",
	[V_VREG] = "vreg",
	[V_VVAL] = "vval",
	[V_BPLEN] = "bplen",
	[V_MEM] = "mem",
	[V_TARGET] = "target",
	[V_TARGET_PC] = "target_pc",
	[V_LANDING_PC] = "landing_pc",
	[V_TEXT] = "text",
	[V_LOOP] = "loop",
	[V_LOOP_PC] = "loop_pc",
	[V_WATCHED] = "watched",
};

static char var_values[V_COUNT][72];
static uint8_t text_copy[UK_GDBSTUB_BP_LEN_MAX];
static size_t g_len, pc_off;
static unsigned int steps;
static uintptr_t step_pc;

static void set_num(unsigned int v, uintptr_t n, int digits)
{
	snprintf(var_values[v], sizeof(var_values[v]), "%0*lx", digits,
		 (unsigned long)n);
}

static void set_hex(unsigned int v, const void *p, size_t n)
{
	n = MIN(n, (sizeof(var_values[v]) - 1) / 2);
	var_values[v][gdb_hex_encode(var_values[v], p, n)] = '\0';
}

static void set_addr(unsigned int num, unsigned int reg, uintptr_t addr)
{
	set_num(num, addr, 0);
	set_hex(reg, &addr, sizeof(addr));
}

const char *gdb_selftest_var(const char *name, size_t len)
{
	for (unsigned int v = 0; v < V_COUNT; v++)
		if (strlen(var_names[v]) == len &&
		    !memcmp(var_names[v], name, len))
			return var_values[v][0] ? var_values[v] : NULL;
	return NULL;
}

void gdb_selftest_prepare(void)
{
	uintptr_t landing = (uintptr_t)st_landing;
	uint8_t vval[32];
	size_t off = 0;

	memcpy(st_mem, ST_MEM_INIT, sizeof(st_mem));
	st_watched = 0;
	st_spin = 0;
	st_target_hits = 0;
	st_landing_hits = 0;
	steps = 0;
	step_pc = (uintptr_t)st_step_loop;
	memcpy(text_copy, (const void *)(uintptr_t)st_target, gdb_arch.bp_len);

	memset(var_values, 0, sizeof(var_values));
	for (unsigned int i = 0; i < gdb_arch.nregs; i++) {
		const struct uk_gdbstub_reg *r = &gdb_arch.regs[i];

		if (r->role == UK_GDBSTUB_ROLE_PC) {
			set_num(V_PC, i, 2);
			pc_off = off;
		}
		if (r->kind == UK_GDBSTUB_REG_VECTOR &&
		    r->size <= sizeof(vval)) {
			set_num(V_VREG, i, 2);
			for (unsigned int b = 0; b < r->size; b++)
				vval[b] = (uint8_t)(0xa0 + b);
			set_hex(V_VVAL, vval, r->size);
		}
		off += r->size;
		if (i + 1 == gdb_arch.g_nregs)
			g_len = off;
	}
	if (!gdb_arch.g_nregs)
		g_len = off;
	set_num(V_PSIZE, UK_GDBSTUB_PACKET_SIZE, 0);
	set_num(V_BPLEN, gdb_arch.bp_len, 0);
	set_num(V_MEM, (uintptr_t)st_mem, 0);
	set_addr(V_TARGET, V_TARGET_PC, (uintptr_t)st_target);
	set_hex(V_LANDING_PC, &landing, sizeof(landing));
	set_hex(V_TEXT, text_copy, gdb_arch.bp_len);
	set_addr(V_LOOP, V_LOOP_PC, (uintptr_t)st_step_loop);
	set_num(V_WATCHED, (uintptr_t)&st_watched, 0);
}

/* --- checks: C's view of what the stub did ------------------------------ */

/* The PC in stop reply @reply ("T05...;<pc>:<value>;..."). */
static bool stop_pc(const char *reply, uintptr_t *pc)
{
	const char *reg = var_values[V_PC], *p = reply + 3;
	size_t n = strlen(reg), hex = 2 * sizeof(*pc);

	while (p) {
		if (!strncmp(p, reg, n) && p[n] == ':')
			return strlen(p + n + 1) > hex &&
			       p[n + 1 + hex] == ';' &&
			       gdb_hex_decode(pc, p + n + 1, hex) ==
				   (long)sizeof(*pc);
		p = strchr(p, ';');
		if (p)
			p++;
	}
	return false;
}

static const char *mem_holds(const struct gdb_selftest_step *s,
			     const char *reply __unused)
{
	return memcmp(st_mem, s->want, strlen(s->want))
		   ? "C does not see the bytes written"
		   : NULL;
}

static const char *pc_in_image(const struct gdb_selftest_step *s __unused,
			       const char *reply)
{
	uintptr_t pc;

	if (strlen(reply) != 2 * g_len)
		return "not the registers 'g' carries";
	if (gdb_hex_decode(&pc, reply + 2 * pc_off, 2 * sizeof(pc)) !=
	    (long)sizeof(pc))
		return "the PC in the image is not hex";
	return pc == (uintptr_t)st_target
		   ? NULL
		   : "the PC in the image is not st_target()";
}

static const char *text_restored(const struct gdb_selftest_step *s __unused,
				 const char *reply __unused)
{
	return memcmp((const void *)(uintptr_t)st_target, text_copy,
		      gdb_arch.bp_len)
		   ? "st_target()'s code differs from before the breakpoint"
		   : NULL;
}

static const char *landed(const struct gdb_selftest_step *s __unused,
			  const char *reply __unused)
{
	return st_landing_hits == 1 && st_target_hits == 0
		   ? NULL
		   : "the call did not go on at st_landing()";
}

static const char *stepped(const struct gdb_selftest_step *s __unused,
			   const char *reply)
{
	uintptr_t pc;

	if (!stop_pc(reply, &pc))
		return "no PC in the stop reply";
	if (pc == step_pc)
		return "the PC did not move";
	step_pc = pc;
	steps++;
	return NULL;
}

static const char *loop_done(const struct gdb_selftest_step *s __unused,
			     const char *reply __unused)
{
	if (steps != ST_STEPS)
		return "not every step was counted";
	return st_spin == ST_LOOP_ITERS
		   ? NULL
		   : "st_step_loop() did not run to its end";
}

static const char *watched_written(const struct gdb_selftest_step *s __unused,
				   const char *reply __unused)
{
	return st_watched == ST_WATCH_VALUE
		   ? NULL
		   : "the watched write did not happen";
}

/* After D: no breakpoint left in the text, and nothing stops any more (a
 * stop would reach the scripted debugger, which has hung up: a failure). */
static void after_detach(void)
{
	unsigned int hits = st_target_hits;

	if (text_restored(NULL, NULL)) {
		gdb_selftest_io_fail(
		    "a breakpoint is left in the text after D");
		return;
	}
	st_target();
	write_watched();
	if (st_target_hits != hits + 1)
		gdb_selftest_io_fail("st_target() did not run after D");
}

/* --- the script ----------------------------------------------------------- */

#define CASE(title)                                                            \
	{                                                                      \
		.name = (title)                                                \
	}
#define STEP(packet, reply, ...)                                               \
	{                                                                      \
		.send = (packet), .expect = (reply), __VA_ARGS__               \
	}

const struct gdb_selftest_step gdb_selftest_script[] = {
	/* In ack mode, at the compiled-in breakpoint. */
	CASE("qSupported advertises PacketSize"),
	STEP("qSupported:swbreak+;hwbreak+", "PacketSize={psize};*"),

	CASE("? reports the stop as SIGTRAP"),
	STEP("?", "T05*thread:1;"),

	CASE("a bad checksum gets '-', the packet sent again an answer"),
	STEP("?", "-", .how = ST_BADSUM),
	STEP("?", "T05*thread:1;"),

	CASE("a '-' for a reply gets it sent again"),
	STEP("qC", "QC1"),
	STEP("", "QC1", .how = ST_NAK),

	CASE("an unknown packet gets the empty reply"),
	STEP("vMustReplyEmpty", ""),
	STEP("qLanternSelftest", ""),

	/* No acks from here on: the checker rejects any. */
	CASE("QStartNoAckMode"),
	STEP("QStartNoAckMode", "OK"),
	STEP("qC", "QC1"),

	CASE("m reads a global as C wrote it"),
	STEP("m{mem},8", "4c616e7465726e21"), /* "Lantern!" */

	CASE("M writes a global, C sees it"),
	STEP("M{mem},4:a1b2c3d4", "OK", .check = mem_holds,
	     .want = "\xa1\xb2\xc3\xd4"),
	STEP("m{mem},8", "a1b2c3d465726e21"),

	CASE("X writes binary data with '}' '#' '$' '*' escaped"),
	STEP("X{mem},0:", "OK"),
	STEP("X{mem},4:}]}\x03}\x04}\x0a", "OK", .check = mem_holds,
	     .want = "}#$*"),

	CASE("m of an unmapped address: E03, and the session goes on"),
	STEP("m0,8", "E03"),
	STEP("qC", "QC1"),

	CASE("Z0: C calls the function, the stop is a swbreak at its address"),
	STEP("Z0,{target},{bplen}", "OK"),
	STEP("c", "T05*{pc}:{target_pc};*swbreak:;", .action = st_target),

	CASE("m over the breakpoint shows the original bytes"),
	STEP("m{target},{bplen}", "{text}"),

	CASE("g: the PC in the image is the breakpoint's"),
	STEP("g", "*", .check = pc_in_image),

	CASE("p of the PC"),
	STEP("p{pc}", "{target_pc}"),

	CASE("z0 puts the original bytes back"),
	STEP("z0,{target},{bplen}", "OK", .check = text_restored),

	CASE("P of the PC and of a vector register hold after resuming"),
	STEP("P{vreg}={vval}", "OK"),
	STEP("P{pc}={landing_pc}", "OK"),
	STEP("p{pc}", "{landing_pc}"),
	STEP("c", "T05*thread:1;", .action = uk_gdbstub_break, .check = landed),
	STEP("p{vreg}", "{vval}"),

	CASE("Z1: the hardware breakpoint stops at the function (hwbreak)"),
	STEP("Z1,{loop},{bplen}", "OK"),
	STEP("c", "T05*{pc}:{loop_pc};*hwbreak:;", .action = st_step_loop),
	STEP("z1,{loop},{bplen}", "OK"),

	CASE("s: 1000 single steps, each to a new PC, then c runs on"),
	STEP("s", "T05*thread:1;", .repeat = ST_STEPS, .check = stepped),
	STEP("c", "T05*thread:1;", .action = uk_gdbstub_break,
	     .check = loop_done),

	CASE("Z2: C writes the global, the stop is watch:<addr>"),
	STEP("Z2,{watched},4", "OK"),
	STEP("c", "T05*thread:1;watch:{watched};", .action = write_watched),
	STEP("z2,{watched},4", "OK"),
	STEP("c", "T05*thread:1;", .action = uk_gdbstub_break,
	     .check = watched_written),

	CASE("Z3: C reads the global, the stop is rwatch:<addr>"),
	STEP("Z3,{watched},4", "OK", .optional = true),
	STEP("c", "T05*thread:1;rwatch:{watched};", .action = read_watched),
	STEP("z3,{watched},4", "OK"),
	STEP("c", "T05*thread:1;", .action = uk_gdbstub_break),

	CASE("Z4: C reads the global, the stop is awatch:<addr>"),
	STEP("Z4,{watched},4", "OK", .optional = true),
	STEP("c", "T05*thread:1;awatch:{watched};", .action = read_watched),
	STEP("z4,{watched},4", "OK"),
	STEP("c", "T05*thread:1;", .action = uk_gdbstub_break),

	CASE("qRcmd help: monitor output, then OK"),
	STEP("qRcmd,68656c70", "OK", .output = "monitor help"), /* "help" */

	CASE("D: detached, no breakpoint or watchpoint is left"),
	STEP("Z0,{target},{bplen}", "OK"),
	STEP("Z2,{watched},4", "OK"),
	STEP("D", "OK", .action = after_detach),
};

const unsigned int gdb_selftest_script_len = ARRAY_SIZE(gdb_selftest_script);
