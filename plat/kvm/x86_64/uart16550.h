/* SPDX-License-Identifier: BSD-3-Clause */
/* Register map of the 16550 UARTs at COM1 (console) and COM2 (debug channel). */
#ifndef KVM_X86_64_UART16550_H
#define KVM_X86_64_UART16550_H

#define UART_DATA 0
#define UART_IER  1
#define UART_FCR  2
#define UART_LCR  3
#define UART_MCR  4
#define UART_LSR  5
#define UART_SCR  7
#define UART_DLL  0
#define UART_DLM  1

#define IER_RX      0x01
#define LCR_DLAB    0x80
#define LCR_8N1     0x03
#define MCR_DTR_RTS 0x03
#define MCR_OUT2    0x08 /* gates the UART's interrupt line on a PC */
#define LSR_DR      0x01
#define LSR_THRE    0x20
#define FCR_NONE    0x00

#endif /* KVM_X86_64_UART16550_H */
