/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to ukgdbstub: how the files of the protocol core call each other.
 * packet.c frames and acknowledges, reply.c builds the reply in
 * gs->reply, session.c runs the loop and the command table, swbreak.c keeps
 * software breakpoints, mem.c is the debugger's view of memory (without
 * them), stop.c builds stop replies, and cmd_*.c hold the command
 * handlers, one small function per packet, all named gdb_cmd_*
 * (cmd_regs.c also holds the register image); thread.c asks the target
 * about its threads. Calls go one way: session -> cmd_* -> stop, mem,
 * swbreak, thread -> reply, packet -> hex.
 */
#ifndef UK_GDBSTUB_INTERNAL_H
#define UK_GDBSTUB_INTERNAL_H

#include <uk/gdbstub.h>

#define GDB_THREAD_ID 1 /* the one thread of a target without thread ops */

/* Error codes, as documented in <uk/gdbstub.h>. */
#define GDB_E_ANNEX   0x00
#define GDB_E_SYNTAX  0x01
#define GDB_E_TOOBIG  0x02
#define GDB_E_FAULT   0x03
#define GDB_E_NOREG   0x04
#define GDB_E_BREAK   0x05
#define GDB_E_THREAD  0x06
#define GDB_E_MONITOR 0x07
#define GDB_E_LASTREG 0x45

/* --- packet.c: receive state machine, framing, acks ------------------- */

/* What a received byte completed. */
enum gdb_rx_event {
	GDB_RX_NONE,	  /* nothing (yet) */
	GDB_RX_BEGIN,	  /* a '$' started a packet */
	GDB_RX_PACKET,	  /* gs->rx holds a packet, gs->rx_len bytes */
	GDB_RX_TOOBIG,	  /* a packet over the buffer arrived whole */
	GDB_RX_INTERRUPT, /* Ctrl-C between packets */
};

/* Feed one received byte; acks, NAKs and retransmissions happen here. */
enum gdb_rx_event gdb_rx_byte(struct uk_gdbstub *gs, uint8_t c);

/* Forget any partial packet and the connection's ack mode. */
void gdb_rx_reset(struct uk_gdbstub *gs);

/* Frame the reply in gs->reply and write it, after the owed ack if any. */
void gdb_send_reply(struct uk_gdbstub *gs);

/* Write an owed ack on its own (the request gets no reply). */
void gdb_send_ack(struct uk_gdbstub *gs);

/* Call the transport's flush if anything was written since the last one. */
void gdb_flush(struct uk_gdbstub *gs);

/* How many of the @n bytes at @s fit in @room bytes once escaped. */
size_t gdb_binary_fit(const char *s, size_t n, size_t room);

/* --- reply.c: building gs->reply; overflow turns the reply into E02 ----- */

void gdb_reply_reset(struct uk_gdbstub *gs);
void gdb_reply_char(struct uk_gdbstub *gs, char c);
void gdb_reply_str(struct uk_gdbstub *gs, const char *s);
/* Raw bytes; makes the reply binary (escaped, not run-length encoded). */
void gdb_reply_raw(struct uk_gdbstub *gs, const void *p, size_t n);
/* Room for @n raw bytes at the reply's end, to be filled in place (as
 * gdb_reply_raw); NULL when they do not fit. */
char *gdb_reply_raw_space(struct uk_gdbstub *gs, size_t n);
/* Give back the last @n bytes of the reply. */
void gdb_reply_trim(struct uk_gdbstub *gs, size_t n);
void gdb_reply_hex(struct uk_gdbstub *gs, const void *p, size_t n);
/* @v in hex, no leading zeros. */
void gdb_reply_hexnum(struct uk_gdbstub *gs, uint64_t v);
/* @v (< 256) as exactly two hex digits. */
void gdb_reply_hex2(struct uk_gdbstub *gs, unsigned int v);
void gdb_reply_dec(struct uk_gdbstub *gs, uint64_t v);
/* Replace the reply with "E" and two hex digits of @code. */
void gdb_reply_error(struct uk_gdbstub *gs, unsigned int code);
void gdb_reply_ok(struct uk_gdbstub *gs);
/* Bytes still free in gs->reply. */
size_t gdb_reply_room(const struct uk_gdbstub *gs);

/* --- session.c --------------------------------------------------------- */

/* Remove every breakpoint and watchpoint and forget the connection. */
void gdb_session_end(struct uk_gdbstub *gs);

/* --- swbreak.c: software breakpoints ------------------------------------ */

/* Place a breakpoint at @addr (or count one more user); 0 or GDB_E_*. */
int gdb_swbp_insert(struct uk_gdbstub *gs, uintptr_t addr);

/* Drop one user of the breakpoint at @addr, restoring the text when it was
 * the last; 0 or GDB_E_*. */
int gdb_swbp_remove(struct uk_gdbstub *gs, uintptr_t addr);

/* Restore the text under every breakpoint and empty the table. */
void gdb_swbp_remove_all(struct uk_gdbstub *gs);

/* In the @n bytes at @buf, read from @addr, put back the original bytes
 * under every breakpoint. */
void gdb_swbp_hide(const struct uk_gdbstub *gs, uintptr_t addr, uint8_t *buf,
		   size_t n);

/* The @n bytes at @buf were just written at @addr: take those under a
 * breakpoint as its originals and write the instruction back. */
void gdb_swbp_rearm(struct uk_gdbstub *gs, uintptr_t addr, const uint8_t *buf,
		    size_t n);

/* --- mem.c: the debugger's view of memory -------------------------------- */

/* Read target memory as it would be without the stub's breakpoints;
 * return the count read. */
size_t gdb_mem_read(struct uk_gdbstub *gs, uintptr_t addr, void *buf, size_t n);

/* Write target memory; bytes under a breakpoint become its saved original
 * and the breakpoint stays. Return the count written. */
size_t gdb_mem_write(struct uk_gdbstub *gs, uintptr_t addr, const void *buf,
		     size_t n);

/* --- thread.c: the target's threads, or the one thread id 1 ----------- */

/* The thread that stopped. */
unsigned long gdb_thread_current(const struct uk_gdbstub *gs);

/* The smallest thread id above @id (0: the first); 0 after the last. */
unsigned long gdb_thread_next(const struct uk_gdbstub *gs, unsigned long id);

/* Describe thread @id into @t; 0, or <0 when there is no such thread. */
int gdb_thread_describe(const struct uk_gdbstub *gs, unsigned long id,
			struct uk_gdbstub_thread *t);

/* The thread 'g', 'p', 'G' and 'P' apply to (Hg, else the one that
 * stopped). */
unsigned long gdb_thread_regs_target(const struct uk_gdbstub *gs);

/* --- output.c ---------------------------------------------------------- */

/* Start an "O" packet in gs->reply. */
void gdb_out_begin(struct uk_gdbstub *gs);

/* Add text to "O" packets (@arg is the stub), sending each one that fills:
 * a uk_gdbstub_out_fn. */
void gdb_out_text(void *arg, const char *s, size_t n);

/* Send the last "O" packet unless it is empty. */
void gdb_out_end(struct uk_gdbstub *gs);

/* --- stop.c ------------------------------------------------------------- */

/* Build the stop reply for gs->stop ("T05...") in gs->reply. */
void gdb_stop_reply(struct uk_gdbstub *gs);

/* LLDB's qThreadStopInfo: the stop reply for the thread that stopped,
 * "T00" with thread @id's known PC, SP, FP and its name for another. Both
 * name the thread for LLDB (qHostInfo asked). */
void gdb_stop_reply_thread(struct uk_gdbstub *gs, unsigned long id);

/* --- xml.c: the stub's qXfer documents, made again for each slice ------ */

struct gdb_xml_window {
	struct uk_gdbstub *gs;
	uint64_t off, end; /* the slice asked for */
	uint64_t pos;	   /* the document's length so far */
};

/* Parse the qXfer arguments ":off,len" in @args and start the reply with
 * 'm', for a window of what fits it. False (an error reply set) when they
 * do not parse. */
bool gdb_xml_reply(struct uk_gdbstub *gs, const char *args, size_t len,
		   struct gdb_xml_window *w);
/* Append @n bytes at @s to the document: what falls in the window goes
 * into the reply. */
void gdb_xml_put(struct gdb_xml_window *w, const char *s, size_t n);
void gdb_xml_str(struct gdb_xml_window *w, const char *s);
/* @s with the characters XML gives a meaning escaped. */
void gdb_xml_text(struct gdb_xml_window *w, const char *s);
/* @v as "0x" and hex digits. */
void gdb_xml_hex(struct gdb_xml_window *w, uint64_t v);
/* The document is complete: 'l' if the window reached its end. */
void gdb_xml_end(struct gdb_xml_window *w);

/* --- command handlers (cmd_*.c) ------------------------------------------ */

/* What the session does after a handler. */
enum gdb_next {
	GDB_REPLY, /* send gs->reply (an empty one means "unsupported") */
	GDB_REPLY_RESUME, /* send gs->reply, then return gs->verdict */
	GDB_RESUME,	  /* send no reply, return gs->verdict */
};

/* A handler gets the packet data after its name: @len bytes at @args,
 * NUL-terminated after them (binary data may hold NULs itself). */
typedef enum gdb_next (*gdb_cmd_fn)(struct uk_gdbstub *gs, char *args,
				    size_t len);

#define GDB_CMD(name)                                                          \
	enum gdb_next name(struct uk_gdbstub *gs __unused,                     \
			   char *args __unused, size_t len __unused)

/* cmd_regs.c, with the register image they share with stop.c and
 * cmd_run.c */
/* Registers of the thread 'g' applies to (Hg) into gs->regs and
 * gs->regs_known; 0 or <0. */
int gdb_regs_fetch(struct uk_gdbstub *gs);
/* The same for thread @id. */
int gdb_regs_fetch_thread(struct uk_gdbstub *gs, unsigned long id);
/* gs->regs back to the thread they were fetched from; 0 or <0. */
int gdb_regs_store(struct uk_gdbstub *gs);
/* Whether register @n of gs->regs is known. */
bool gdb_reg_known(const struct uk_gdbstub *gs, unsigned int n);
GDB_CMD(gdb_cmd_g);
GDB_CMD(gdb_cmd_G);
GDB_CMD(gdb_cmd_p);
GDB_CMD(gdb_cmd_P);
/* cmd_mem.c */
GDB_CMD(gdb_cmd_m);
GDB_CMD(gdb_cmd_M);
GDB_CMD(gdb_cmd_X);
GDB_CMD(gdb_cmd_x);
/* cmd_run.c */
GDB_CMD(gdb_cmd_stopped);
GDB_CMD(gdb_cmd_c);
GDB_CMD(gdb_cmd_C);
GDB_CMD(gdb_cmd_s);
GDB_CMD(gdb_cmd_S);
GDB_CMD(gdb_cmd_vcont_query);
GDB_CMD(gdb_cmd_vcont);
GDB_CMD(gdb_cmd_k);
GDB_CMD(gdb_cmd_D);
/* cmd_break.c */
GDB_CMD(gdb_cmd_Z);
GDB_CMD(gdb_cmd_z);
/* cmd_query.c */
GDB_CMD(gdb_cmd_qsupported);
GDB_CMD(gdb_cmd_noack);
GDB_CMD(gdb_cmd_qxfer_features);
GDB_CMD(gdb_cmd_qattached);
GDB_CMD(gdb_cmd_qoffsets);
/* cmd_thread.c */
GDB_CMD(gdb_cmd_qc);
GDB_CMD(gdb_cmd_qfthreadinfo);
GDB_CMD(gdb_cmd_qsthreadinfo);
GDB_CMD(gdb_cmd_qthreadextrainfo);
GDB_CMD(gdb_cmd_qxfer_threads);
GDB_CMD(gdb_cmd_qxfer_memory_map);
GDB_CMD(gdb_cmd_qxfer_core);
GDB_CMD(gdb_cmd_core_stream);
GDB_CMD(gdb_cmd_qthreadstopinfo);
GDB_CMD(gdb_cmd_H);
GDB_CMD(gdb_cmd_T);
/* cmd_lldb.c */
GDB_CMD(gdb_cmd_qhostinfo);
GDB_CMD(gdb_cmd_qregisterinfo);
/* cmd_monitor.c */
GDB_CMD(gdb_cmd_qrcmd);

#endif /* UK_GDBSTUB_INTERNAL_H */
