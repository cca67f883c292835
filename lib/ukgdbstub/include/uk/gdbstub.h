/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * ukgdbstub: the protocol core of the in-guest GDB stub. It speaks the GDB
 * remote serial protocol (and the LLDB additions to it) with a debugger on
 * one side and drives a stopped CPU on the other, through two seams the
 * caller supplies: a transport (struct uk_gdbstub_io: a byte in, a buffer
 * out) and a target (struct uk_gdbstub_target: a register layout
 * description and operations on registers, memory and debug hardware). The
 * core owns framing, the command table, software breakpoints (it writes the
 * breakpoint instruction itself and hides it from memory reads) and the
 * session state; it never resumes the CPU itself but returns a verdict
 * (continue, step, detach, kill) for the caller to carry out, and is called
 * again on the next stop.
 *
 * Everything here runs in exception context with the CPU stopped: no
 * allocation, no sleeping locks, no console output. One session is one
 * struct uk_gdbstub in static storage (about 260 KiB, mostly packet buffers:
 * big packets make bulk memory reads fast).
 * The kernel glue (CONFIG_LIBUKGDBSTUB_KERNEL) runs one over the debug
 * channel and adds uk_gdbstub_break(), at the end of this header.
 *
 * Error replies (always two hex digits after 'E'):
 *   E00  qXfer: unknown object or annex (the code the protocol names)
 *   E01  malformed packet: bad hex, a missing separator, a number that does
 *        not fit, a data length that disagrees with the data
 *   E02  too big: a packet over UK_GDBSTUB_PACKET_SIZE, or a write that
 *        does not fit the register image
 *   E03  memory or registers inaccessible: nothing could be read, not all
 *        could be written (the target faulted), breakpoint memory not
 *        accessible
 *   E04  no such register
 *   E05  breakpoint or watchpoint not placed or not found: table full,
 *        target refused, overlaps another breakpoint, z for an unknown one
 *   E06  no such thread, or a step of a thread that is not the one that
 *        stopped (only the thread on the CPU can be stepped)
 *   E07  a monitor command failed (its output has been sent)
 *   E45  qRegisterInfo past the last register (LLDB's end-of-list reply)
 */
#ifndef UK_GDBSTUB_H
#define UK_GDBSTUB_H

#include <uk/essentials.h>

/* Largest packet (data between '$' and '#') accepted; sent as PacketSize.
 * The host fuzzer builds the stub with a smaller one, so that short inputs
 * reach the limits and each input costs little. */
#ifndef UK_GDBSTUB_PACKET_SIZE
#define UK_GDBSTUB_PACKET_SIZE 0x10000
#endif
/* Largest register image (all registers in 'g' order), in bytes. */
#define UK_GDBSTUB_REGS_MAX   4096
/* Most registers an architecture may describe. */
#define UK_GDBSTUB_NREGS_MAX  128
/* Software breakpoints the stub can hold at once. */
#define UK_GDBSTUB_SWBP_MAX   64
/* Longest breakpoint instruction, in bytes. */
#define UK_GDBSTUB_BP_LEN_MAX 8

/* Signal numbers in stop replies: GDB's own numbering, the same everywhere. */
#define UK_GDBSTUB_SIGINT  2 /* interrupted by the debugger (Ctrl-C) */
#define UK_GDBSTUB_SIGILL  4
#define UK_GDBSTUB_SIGTRAP 5 /* breakpoint, step, watchpoint */
#define UK_GDBSTUB_SIGABRT 6 /* assertion, UK_CRASH */
#define UK_GDBSTUB_SIGFPE  8
#define UK_GDBSTUB_SIGBUS  10
#define UK_GDBSTUB_SIGSEGV 11

/*
 * The transport seam: how bytes reach the debugger. All three run in
 * exception context, polled, with interrupts masked.
 */
struct uk_gdbstub_io {
	/* Block until a byte arrives; return it (0-255), or -1 when the
	 * channel is closed (the debugger went away). */
	int (*getc)(void *ctx);
	/* Queue @len bytes for sending. A whole packet (with the ack for the
	 * request before it) comes in one call, so a channel that moves a
	 * buffer per notification sends one per reply. */
	void (*write)(void *ctx, const char *buf, size_t len);
	/* Optional: push queued bytes out now. Called before the stub waits
	 * for input and before it returns a verdict, if it wrote since. */
	void (*flush)(void *ctx);
	/* Optional, both or neither: room in the channel's own send buffer
	 * (its size, *@buf set; 0: none), filled in place and queued with
	 * write_commit, so that bulk data (a streamed dump) is copied once. */
	size_t (*write_room)(void *ctx, char **buf);
	void (*write_commit)(void *ctx, size_t len);
	void *ctx;
};

/* How LLDB should show a register (qRegisterInfo); gdb uses target.xml. */
enum uk_gdbstub_reg_kind {
	UK_GDBSTUB_REG_UINT,   /* integer, shown in hex */
	UK_GDBSTUB_REG_FLOAT,  /* IEEE 754 (or x87 extended) value */
	UK_GDBSTUB_REG_VECTOR, /* vector, shown as bytes */
};

/* What a register is to the debugger: expedited in stop replies (PC, SP,
 * FP) and LLDB's "generic" name. */
enum uk_gdbstub_reg_role {
	UK_GDBSTUB_ROLE_NONE,
	UK_GDBSTUB_ROLE_PC,
	UK_GDBSTUB_ROLE_SP,
	UK_GDBSTUB_ROLE_FP,
	UK_GDBSTUB_ROLE_FLAGS,
	UK_GDBSTUB_ROLE_RA,
};

/* One register, in the order of the target description and of 'g'. */
struct uk_gdbstub_reg {
	const char *name; /* as in target.xml */
	uint16_t size;	  /* bytes in the register image */
	int16_t dwarf;	  /* DWARF (= eh_frame) number, -1 for none */
	uint8_t kind;	  /* enum uk_gdbstub_reg_kind */
	uint8_t role;	  /* enum uk_gdbstub_reg_role */
	bool fp_set;	  /* LLDB set: floating point, else general */
	bool sys_set;	  /* LLDB set: system (the CPU's, not a thread's) */
};

/* What an architecture describes once, as constant data. */
struct uk_gdbstub_arch {
	const struct uk_gdbstub_reg *regs;
	/* The image: all registers, sizes summing to <= UK_GDBSTUB_REGS_MAX. */
	unsigned int nregs;
	/* How many leading registers 'g' and 'G' carry (0: all). The rest go
	 * through 'p' and 'P' only, read when a debugger shows them: a stop's
	 * 'g' then carries no vector state nobody looks at. */
	unsigned int g_nregs;
	const char *target_xml; /* the whole target description, "target.xml" */
	const char *triple; /* for LLDB's qHostInfo, "x86_64-unknown-none" */
	const uint8_t *bp_insn; /* the software breakpoint instruction ... */
	unsigned int bp_len; /* ... and its length, <= UK_GDBSTUB_BP_LEN_MAX */
};

/* Hardware breakpoint and watchpoint types; the numbers are Z1..Z4's. */
enum uk_gdbstub_hw {
	UK_GDBSTUB_HW_EXEC = 1,	  /* hardware breakpoint */
	UK_GDBSTUB_HW_WRITE = 2,  /* watchpoint */
	UK_GDBSTUB_HW_READ = 3,	  /* rwatch */
	UK_GDBSTUB_HW_ACCESS = 4, /* awatch */
};

/* hw_insert's answer for a kind of breakpoint the hardware does not have. */
#define UK_GDBSTUB_HW_UNSUPPORTED 1

/* A thread as the debugger is told about it (struct uk_gdbstub_threads). */
struct uk_gdbstub_thread {
	const char *name;   /* NULL: none */
	const char *state;  /* "running", "blocked", ...; NULL: none */
	const char *detail; /* what it waits for ("mutex"); NULL: none */
};

/*
 * Optional thread operations (uk_gdbstub_ops.threads; NULL: one thread,
 * id 1). Thread ids are nonzero and below 2^63; the thread list does not
 * change while the CPU is stopped. The thread that stopped is the one on
 * the CPU: its registers are the target's regs_read/regs_write; the others
 * are not running, and these operations reach theirs.
 */
struct uk_gdbstub_threads {
	/* The id of the thread that stopped. */
	unsigned long (*current)(void *ctx);
	/* The smallest thread id above @id (0: the first), 0 after the last. */
	unsigned long (*next)(void *ctx, unsigned long id);
	/* Describe thread @id in @t (strings valid until the next call);
	 * return 0, or <0 when there is no such thread. */
	int (*describe)(void *ctx, unsigned long id,
			struct uk_gdbstub_thread *t);
	/* Fill @image like regs_read with the registers of thread @id (not
	 * the one that stopped) and set bit n of @known (one bit per
	 * register, in table order) for each register whose value is known;
	 * the others are reported unavailable and cannot be written. Return
	 * 0, or <0 when there is no such thread. */
	int (*regs_read)(void *ctx, unsigned long id, uint8_t *image,
			 size_t len, uint8_t *known);
	/* Give thread @id the known registers of @image: it resumes with
	 * them. Return 0, or <0. */
	int (*regs_write)(void *ctx, unsigned long id, const uint8_t *image,
			  size_t len);
};

/* Where monitor command output goes: (@arg, text, length). */
typedef void (*uk_gdbstub_out_fn)(void *arg, const char *s, size_t len);

/*
 * The target seam: operations on the stopped CPU, each given the target's
 * ctx. Memory operations must survive any address (kernel: nofault).
 */
struct uk_gdbstub_ops {
	/* Fill @image (@len bytes) with all registers in 'g' order, in target
	 * byte order. Return 0, or <0 when they cannot be read. */
	int (*regs_read)(void *ctx, uint8_t *image, size_t len);
	/* Load all registers from @image; they take effect on resume. Return
	 * 0, or <0. */
	int (*regs_write)(void *ctx, const uint8_t *image, size_t len);
	/* Copy up to @len bytes at @addr into @buf; return the count copied
	 * before the first inaccessible byte. */
	size_t (*mem_read)(void *ctx, uintptr_t addr, void *buf, size_t len);
	/* Copy @buf to @addr; return the count written before the first
	 * inaccessible byte. */
	size_t (*mem_write)(void *ctx, uintptr_t addr, const void *buf,
			    size_t len);
	/* Like mem_write for instruction bytes (breakpoints): writes even
	 * read-only text and makes the new bytes visible to instruction
	 * fetch (cache maintenance). Return the count written. */
	size_t (*text_write)(void *ctx, uintptr_t addr, const void *buf,
			     size_t len);
	/* Optional (NULL: Z1-Z4 unsupported): program a hardware breakpoint
	 * or watchpoint of @len bytes at @addr. Return 0, <0 when no slot is
	 * free or the length or alignment is not possible, or
	 * UK_GDBSTUB_HW_UNSUPPORTED when the hardware has no such kind at all
	 * (the debugger gets the empty reply and may emulate it: gdb turns a
	 * read watchpoint into an access watchpoint). */
	int (*hw_insert)(void *ctx, enum uk_gdbstub_hw type, uintptr_t addr,
			 size_t len);
	/* Remove what hw_insert placed with the same arguments; 0 or <0. */
	int (*hw_remove)(void *ctx, enum uk_gdbstub_hw type, uintptr_t addr,
			 size_t len);
	/* Remove every hardware breakpoint and watchpoint (detach). */
	void (*hw_remove_all)(void *ctx);
	/* Optional (NULL: qRcmd unsupported): run the monitor command @line
	 * (NUL-terminated, modifiable in place, e.g. to split it), writing
	 * its output through @out(@arg, ...). Return 0, or nonzero when it
	 * failed. */
	int (*monitor)(void *ctx, char *line, uk_gdbstub_out_fn out, void *arg);
	/* Optional (NULL: no qXfer:memory-map:read): call @fn(@arg, start,
	 * length) for each range of memory the debugger may access, in
	 * address order, none overlapping. */
	void (*memory_map)(void *ctx,
			   void (*fn)(void *arg, uint64_t start, uint64_t len),
			   void *arg);
	/* Optional (NULL: one thread, id 1): the target's threads. */
	const struct uk_gdbstub_threads *threads;
	/* Optional, both or neither (NULL: qXfer:lantern.core:read and
	 * qLantern.core.stream unsupported). core_size: with @layout, lay
	 * out a new crash dump of the stopped target (an ELF core file);
	 * return the size of the one laid out last (0: none). core_read:
	 * copy @len bytes at offset @off of that dump into @buf, all within
	 * its size. */
	uint64_t (*core_size)(void *ctx, bool layout);
	void (*core_read)(void *ctx, uint64_t off, void *buf, size_t len);
};

struct uk_gdbstub_target {
	const struct uk_gdbstub_arch *arch;
	const struct uk_gdbstub_ops *ops;
	void *ctx;
};

/* Why the CPU stopped; swbreak/hwbreak are reported only to a debugger
 * that asked for them (qSupported), watchpoint kinds always. */
enum uk_gdbstub_stop_kind {
	UK_GDBSTUB_STOP_SIGNAL,	 /* just the signal */
	UK_GDBSTUB_STOP_SWBREAK, /* a breakpoint instruction; PC points at it */
	UK_GDBSTUB_STOP_HWBREAK, /* a hardware breakpoint */
	UK_GDBSTUB_STOP_WATCH,	 /* write watchpoint at addr */
	UK_GDBSTUB_STOP_RWATCH,	 /* read watchpoint at addr */
	UK_GDBSTUB_STOP_AWATCH,	 /* access watchpoint at addr */
};

struct uk_gdbstub_stop {
	int signal; /* UK_GDBSTUB_SIG* */
	enum uk_gdbstub_stop_kind kind;
	uintptr_t addr; /* data address, for the watch kinds */
};

/* What the caller does when a session returns. */
enum uk_gdbstub_action {
	UK_GDBSTUB_CONTINUE, /* resume; call again on the next stop */
	UK_GDBSTUB_STEP,     /* execute one instruction, then call again */
	UK_GDBSTUB_DETACH,   /* debugger left: breakpoints removed, resume */
	UK_GDBSTUB_KILL,     /* debugger asked to kill: halt the guest */
	UK_GDBSTUB_CLOSED,   /* channel closed: breakpoints removed, resume */
};

struct uk_gdbstub_resume {
	enum uk_gdbstub_action action;
	int signal; /* from C, S, vCont;C/S: 0 when none */
	/* Only this thread may run until the next stop (vCont or Hc naming
	 * one thread: gdb's scheduler locking); 0: every thread may. */
	unsigned long thread;
};

/* A software breakpoint the stub placed. */
struct uk_gdbstub_swbp {
	uintptr_t addr;
	uint8_t orig[UK_GDBSTUB_BP_LEN_MAX]; /* the bytes it replaced */
	unsigned int refs;		     /* 0: free slot */
};

/* What a stub has done since uk_gdbstub_init (uk_gdbstub_stats). */
struct uk_gdbstub_stats {
	uint64_t stops;	       /* sessions: stops for the debugger */
	uint64_t packets_in;   /* well-formed packets received */
	uint64_t packets_out;  /* packets sent, retransmissions not counted */
	uint64_t bytes_in;     /* every byte received */
	uint64_t bytes_out;    /* every byte sent */
	uint64_t bad_packets;  /* received with a wrong checksum */
	unsigned int swbreaks; /* software breakpoints placed now */
	unsigned int hwpoints; /* hardware breakpoints and watchpoints now */
};

/* One debugging session. The fields are private to the stub. */
struct uk_gdbstub {
	const struct uk_gdbstub_io *io;
	const struct uk_gdbstub_target *target;
	size_t regs_len; /* image size */
	size_t g_len;	 /* bytes of the image that 'g' and 'G' carry */
	size_t pc_off;	 /* PC's offset in the image */

	/* Connection state, reset on detach and when the channel closes. */
	bool noack;		 /* QStartNoAckMode accepted */
	bool noack_just_started; /* the last packet was QStartNoAckMode */
	bool peer_swbreak;	 /* the debugger understands swbreak */
	bool peer_hwbreak;	 /* ... and hwbreak */
	bool stop_owed;		 /* report next stop (resumed, Ctrl-C) */
	bool peer_names;	 /* name the thread in stop replies (LLDB) */

	/* Receiver: raw packet data between '$' and '#', NUL-terminated. */
	int rx_state;
	int rx_pending; /* a packet fed while running: gdb_rx_event */
	size_t rx_len;
	bool rx_overflow;
	uint8_t rx_sum;	 /* running checksum */
	uint8_t rx_csum; /* checksum received */
	char rx[UK_GDBSTUB_PACKET_SIZE + 1];

	/* Reply being built, before framing. */
	size_t reply_len;
	bool reply_binary;   /* escape, no run-length encoding */
	bool reply_overflow; /* did not fit: sent as E02 */
	char reply[UK_GDBSTUB_PACKET_SIZE];

	/* Framed output: tx[0] holds an ack sent together with the packet
	 * from tx[1]; the packet stays for retransmission after a '-'. */
	size_t tx_len; /* packet bytes from tx[1] */
	bool ack_owed;
	bool written; /* written since the last flush */
	char tx[2 * UK_GDBSTUB_PACKET_SIZE + 8];

	/* Threads: Hg's choice for registers (0: the thread that stopped;
	 * back to that with every stop reply, as gdb expects) and Hc's for
	 * resuming (0: every thread), the thread whose registers gs->regs
	 * holds (0: the one that stopped), the last id qfThreadInfo or
	 * qsThreadInfo sent. */
	unsigned long thread_g, thread_c, thread_regs, thread_cursor;

	struct uk_gdbstub_stats stats;
	struct uk_gdbstub_stop stop;
	struct uk_gdbstub_resume verdict;
	uint8_t regs[UK_GDBSTUB_REGS_MAX];
	/* Bit n: register n of gs->regs is known (all, for the stopped one). */
	uint8_t regs_known[UK_GDBSTUB_NREGS_MAX / 8];
	struct uk_gdbstub_swbp swbp[UK_GDBSTUB_SWBP_MAX];
};

#if CONFIG_LIBUKGDBSTUB

/*
 * Prepare @gs to talk over @io about @target (both must stay valid).
 * Return 0, or -1 when the target is unusable: no registers, an image over
 * UK_GDBSTUB_REGS_MAX, no PC register of pointer size, a breakpoint
 * instruction that is empty or too long, or a required operation missing.
 */
int uk_gdbstub_init(struct uk_gdbstub *gs, const struct uk_gdbstub_io *io,
		    const struct uk_gdbstub_target *target);

/*
 * Hand the stub a byte that arrived while the guest was running. Return
 * true when the debugger wants the guest stopped: a Ctrl-C (0x03), the
 * start of a packet (a debugger connecting or talking to a running guest)
 * or the end of one. The caller then stops the CPU and calls
 * uk_gdbstub_session(), at once or later: a packet begun here is read on
 * from the transport, one completed here is answered first. A Ctrl-C is
 * answered with the stop reply, also on a fresh connection (as QEMU's
 * stub does), where a debugger that resumed the guest gets it anyway.
 * Other bytes (stray acks) return false.
 */
bool uk_gdbstub_rx_feed(struct uk_gdbstub *gs, char c);

/*
 * Serve the debugger while the CPU is stopped for @stop: report the stop
 * if the debugger is waiting for it (it resumed the target before), then
 * answer packets until one resumes, detaches or kills, or the channel
 * closes. Fill @resume with what the caller must do next. Register changes
 * have gone to the target through regs_write (a resume address included);
 * on DETACH and CLOSED every breakpoint and watchpoint has been removed.
 */
void uk_gdbstub_session(struct uk_gdbstub *gs,
			const struct uk_gdbstub_stop *stop,
			struct uk_gdbstub_resume *resume);

/*
 * Return true when @addr holds a software breakpoint the stub placed (so a
 * breakpoint trap there is the debugger's, not one compiled in).
 */
bool uk_gdbstub_is_swbp(const struct uk_gdbstub *gs, uintptr_t addr);

/* The counters of @gs (for a metrics registry or a monitor command). */
static inline const struct uk_gdbstub_stats *
uk_gdbstub_stats(const struct uk_gdbstub *gs)
{
	return &gs->stats;
}

/*
 * Send @len bytes of the target's console output to the debugger's console
 * ("O" packets), while the target runs: between a session that resumed it
 * and the next stop, the debugger waits for a stop reply and prints these
 * meanwhile. Return false, sending nothing, at any other time (no debugger
 * attached, or one in a session).
 */
bool uk_gdbstub_console_write(struct uk_gdbstub *gs, const char *s, size_t len);

#else /* !CONFIG_LIBUKGDBSTUB: no stub, nothing to talk to */

static inline int
uk_gdbstub_init(struct uk_gdbstub *gs __unused,
		const struct uk_gdbstub_io *io __unused,
		const struct uk_gdbstub_target *target __unused)
{
	return -1;
}

static inline bool uk_gdbstub_rx_feed(struct uk_gdbstub *gs __unused,
				      char c __unused)
{
	return false;
}

static inline void
uk_gdbstub_session(struct uk_gdbstub *gs __unused,
		   const struct uk_gdbstub_stop *stop __unused,
		   struct uk_gdbstub_resume *resume)
{
	resume->action = UK_GDBSTUB_CLOSED;
	resume->signal = 0;
}

static inline bool uk_gdbstub_is_swbp(const struct uk_gdbstub *gs __unused,
				      uintptr_t addr __unused)
{
	return false;
}

static inline bool uk_gdbstub_console_write(struct uk_gdbstub *gs __unused,
					    const char *s __unused,
					    size_t len __unused)
{
	return false;
}

#endif /* CONFIG_LIBUKGDBSTUB */

#if CONFIG_LIBUKGDBSTUB_KERNEL

/*
 * Stop in the debugger here, as at a breakpoint: the compiled-in breakpoint
 * instruction. When no debugger is attached, print "Waiting for debugger on
 * <channel>" and wait for one on the debug channel. Without a debug
 * channel, the trap goes on to the crash screen like any other.
 */
void uk_gdbstub_break(void);

#else

static inline void uk_gdbstub_break(void)
{
}

#endif /* CONFIG_LIBUKGDBSTUB_KERNEL */

#endif /* UK_GDBSTUB_H */
