/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The dedicated debug channel each architecture provides (its dbgchan.c),
 * behind <uk/plat/dbgchan.h> (common/dbgchan.c): the same operations, on
 * the one channel the machine has for a debugger besides the console.
 */
#ifndef KVM_DBGCHAN_H
#define KVM_DBGCHAN_H

#include <uk/essentials.h>

/* Find and set up the channel: 0, or -1 when the machine has none. */
int kvm_dbgchan_probe(void);

/* "COM2", "virtio-console". */
const char *kvm_dbgchan_name(void);

int kvm_dbgchan_trygetc(void);
void kvm_dbgchan_write(const char *buf, size_t len);
void kvm_dbgchan_flush(void);

/* The channel's own send buffer, filled in place (<uk/plat/dbgchan.h>);
 * 0 for a channel without one. */
size_t kvm_dbgchan_write_room(char **buf);
void kvm_dbgchan_write_commit(size_t len);

/* Call @fn from the receive interrupt when bytes arrived (NULL: off);
 * 0, or -1 without an interrupt. */
int kvm_dbgchan_set_rx_handler(void (*fn)(void));

/*
 * With interrupts masked, after kvm_dbgchan_trygetc() found nothing: idle
 * the CPU until the receive interrupt says input may have arrived, without
 * running any handler (kvm_irq_wait). May return early (try again);
 * returns at once when there is no receive interrupt (no handler set):
 * the caller polls.
 */
void kvm_dbgchan_wait_rx(void);

#endif /* KVM_DBGCHAN_H */
