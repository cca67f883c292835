/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to the stub's self-test (CONFIG_LIBUKGDBSTUB_SELFTEST), a loopback
 * test in the spirit of Linux's kgdbts: a scripted debugger inside the guest
 * talks to the real stub over a transport of its own and checks every reply,
 * and C code checks what the stub did to memory, registers and the CPU.
 * selftest_script.c holds the script and the code it stops in,
 * selftest_io.c plays it as a transport, selftest.c runs it and reports.
 */
#ifndef UKGDBSTUB_SELFTEST_H
#define UKGDBSTUB_SELFTEST_H

#include <uk/gdbstub.h>

/* How a step's packet goes out. */
enum gdb_selftest_how {
	ST_PACKET, /* framed with its checksum; in ack mode acked ('+') */
	ST_BADSUM, /* framed with a wrong checksum: the reply is a bare '-' */
	ST_NAK, /* a bare '-' for the last reply: it comes again, as it was */
};

/*
 * One entry of the script: either a case title (only @name set) or a
 * step. Text in @send and @expect may hold {placeholders} for values known
 * at run time (gdb_selftest_var()); '*' in @expect matches any run of
 * characters. A step resuming the CPU ('c', 's', 'D') names in @action
 * what C does then to cause the next stop, and its @expect is the stop
 * reply that stop must bring.
 */
struct gdb_selftest_step {
	const char *send;   /* packet data */
	const char *expect; /* the reply (run-length decoded) */
	const char *name;   /* a case title: this entry opens a case */
	enum gdb_selftest_how how;
	unsigned int repeat; /* send it this many times (0: once) */
	bool optional; /* an empty reply ("not supported") skips the case */
	const char
	    *output; /* text the monitor output ("O" packets) must hold */
	/* C's side: NULL when what the stub did is right, else what is wrong
	 * (@reply is the decoded reply; @want is the step's own). */
	const char *(*check)(const struct gdb_selftest_step *step,
			     const char *reply);
	const char *want;
	void (*action)(void);
};

/* --- selftest_script.c ---------------------------------------------------- */

extern const struct gdb_selftest_step gdb_selftest_script[];
extern const unsigned int gdb_selftest_script_len;

/* Reset what the script's code changes and work out the placeholders'
 * values; call before each run. */
void gdb_selftest_prepare(void);

/* The value of placeholder @name (@len characters), or NULL. */
const char *gdb_selftest_var(const char *name, size_t len);

/* --- selftest_io.c -------------------------------------------------------- */

/* The transport that plays the script. */
extern const struct uk_gdbstub_io gdb_selftest_io;

/* What became of a case. */
enum gdb_selftest_result {
	ST_NOT_RUN, /* the script failed before it */
	ST_RUNNING,
	ST_PASS,
	ST_SKIP, /* optional and not supported here */
	ST_FAIL,
};

/* The value of placeholder @name (@len characters), or NULL. */
typedef const char *(*gdb_selftest_var_fn)(const char *name, size_t len);

/* Start playing @len entries of @script from the first, its placeholders
 * filled in by @var (the script's gdb_selftest_var: the transport then
 * depends on no script). Return the number of cases, or 0 when there are
 * more than the results can hold. */
unsigned int gdb_selftest_io_start(const struct gdb_selftest_step *script,
				   unsigned int len, gdb_selftest_var_fn var);

/* The action of the last resume the stub was sent, once (NULL: none; the
 * script is over or waits for a stop that did not come). */
void (*gdb_selftest_io_action(void))(void);

/* Fail the current case from C (an action found something wrong): the
 * scripted debugger hangs up at the next stop. */
void gdb_selftest_io_fail(const char *why);

/* The script is over: check the last reply, fail the case that waited for
 * a stop that did not come. */
void gdb_selftest_io_finish(void);

/* Case @i's title, result and, for a failure or a skip, why. */
enum gdb_selftest_result
gdb_selftest_io_result(unsigned int i, const char **title, const char **why);

/* --- selftest.c ----------------------------------------------------------- */

/* Run the whole script, printing a line per case and a summary. Return 0
 * when every case passed or was skipped, -1 otherwise. */
int gdb_selftest_run(void);

#endif /* UKGDBSTUB_SELFTEST_H */
