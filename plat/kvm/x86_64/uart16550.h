/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The 16550 UARTs at COM1 (console, serial.c) and COM2 (debug channel,
 * com2.c): register map and the accesses both make, by I/O port base.
 */
#ifndef KVM_X86_64_UART16550_H
#define KVM_X86_64_UART16550_H

#include <uk/essentials.h>
#include <uk/asm/io.h>

#define UART_DATA 0
#define UART_IER  1
#define UART_FCR  2
#define UART_LCR  3
#define UART_MCR  4
#define UART_LSR  5
#define UART_SCR  7
#define UART_DLL  0
#define UART_DLM  1

#define IER_RX	    0x01
#define LCR_DLAB    0x80
#define LCR_8N1	    0x03
#define MCR_DTR_RTS 0x03
#define MCR_OUT2    0x08 /* gates the UART's interrupt line on a PC */
#define LSR_DR	    0x01
#define LSR_THRE    0x20
#define FCR_NONE    0x00

/*
 * Set 115200 baud (which QEMU ignores anyway), 8N1, no FIFO, and open the
 * interrupt line. No receive FIFO: QEMU's 16550 then hands over one byte
 * at a time and holds the rest back, where in FIFO mode it was seen to
 * drop input under load. Neither the console nor a debugger, which waits
 * for each reply, needs the throughput.
 */
static inline void uart16550_setup(uint16_t port)
{
	outb(port + UART_LCR, LCR_DLAB);
	outb(port + UART_DLL, 1);
	outb(port + UART_DLM, 0);
	outb(port + UART_LCR, LCR_8N1);
	outb(port + UART_FCR, FCR_NONE);
	outb(port + UART_MCR, MCR_DTR_RTS | MCR_OUT2);
}

/* Whether a received byte waits in the receiver. */
static inline bool uart16550_rx_ready(uint16_t port)
{
	return inb(port + UART_LSR) & LSR_DR;
}

/* The received byte, or -1 when there is none. */
static inline int uart16550_trygetc(uint16_t port)
{
	if (!uart16550_rx_ready(port))
		return -1;
	return inb(port + UART_DATA);
}

/* Send @c once the transmitter has room. */
static inline void uart16550_putc(uint16_t port, char c)
{
	while (!(inb(port + UART_LSR) & LSR_THRE))
		;
	outb(port + UART_DATA, (uint8_t)c);
}

/* Let the receiver raise its interrupt (@on) or not. */
static inline void uart16550_rx_irq(uint16_t port, bool on)
{
	outb(port + UART_IER, on ? IER_RX : 0);
}

#endif /* KVM_X86_64_UART16550_H */
