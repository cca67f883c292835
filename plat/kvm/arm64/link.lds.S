/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 image layout (see memlayout.h). [_text, _rodata) is mapped
 * read-only and executable, [_rodata, _etext) read-only, [_etext, _end)
 * read-write; mmu.c reads these symbols. Libraries insert their registry
 * sections after .rodata, which keeps them read-only. The vector table
 * needs 2 KiB alignment (vectors.S asks for it).
 */
#include "memlayout.h"

OUTPUT_FORMAT("elf64-littleaarch64")
OUTPUT_ARCH(aarch64)
ENTRY(_start)

PHDRS {
	text PT_LOAD FLAGS(5);
	rodata PT_LOAD FLAGS(4);
	data PT_LOAD FLAGS(6);
}

SECTIONS {
	. = KVM_KERNEL_BASE;
	_text = .;
	.text : {
		KEEP(*(.text.boot))
		*(.text .text.*)
	} :text
	. = ALIGN(4096);
	_rodata = .;
	.rodata : { *(.rodata .rodata.*) } :rodata
	.uk_inittab : {
		PROVIDE(uk_inittab_start = .);
		KEEP(*(SORT_BY_NAME(.uk_inittab.*)))
		PROVIDE(uk_inittab_end = .);
	} :rodata
	/* ld --build-id: names this exact image (run-qemu --replay checks it) */
	.note.gnu.build-id : { } :rodata
	/* The note itself and the entry point, for crash dumps (ukcoredump
	 * copies the note, and gives the entry to LLDB as AT_ENTRY). */
	uk_image_entry = _start;
	uk_build_id_note = ADDR(.note.gnu.build-id);
	uk_build_id_note_end = ADDR(.note.gnu.build-id) + SIZEOF(.note.gnu.build-id);
	. = ALIGN(4096);
	_etext = .;

	.data : { *(.data .data.*) } :data
	. = ALIGN(256); /* entry.S zeroes bss 256 bytes at a time */
	.bss (NOLOAD) : {
		_bss_start = .;
		*(.bss .bss.*)
		*(COMMON)
		. = ALIGN(4096);
		_bss_end = .;
	} :data
	/*
	 * The boot stack's guard page (unmapped) and the boot stack, each
	 * alone in its section, not zeroed: gdb's gcore saves a section whole
	 * or not at all, so it loses this one page, not the stack.
	 */
	.stack_guard (NOLOAD) : { *(.stack_guard) } :data
	.boot_stack (NOLOAD) : { *(.boot_stack) } :data
	/* Not zeroed at boot: __noinit in <uk/essentials.h>. */
	.noinit (NOLOAD) : {
		*(.noinit .noinit.*)
		. = ALIGN(4096);
	} :data
	_end = .;

	.comment 0 : { *(.comment) }
	/DISCARD/ : { *(.eh_frame) *(.note.gnu.property) }
}
