/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 image layout (see memlayout.h). The PVH note sits in its own
 * output section so the linker emits the PT_NOTE segment QEMU looks for.
 * Libraries insert their registry sections after .rodata, which keeps them
 * inside the read-only range [_text, _etext).
 */
#include "memlayout.h"

OUTPUT_FORMAT("elf64-x86-64")
OUTPUT_ARCH(i386:x86-64)
ENTRY(pvh_start32)

PHDRS {
	text PT_LOAD FLAGS(5);
	data PT_LOAD FLAGS(6);
	note PT_NOTE;
}

SECTIONS {
	. = KVM_KERNEL_BASE;
	_text = .;
	.note.pvh : { KEEP(*(.note.pvh)) } :text :note
	.text : {
		*(.text.boot)
		*(.text .text.*)
	} :text
	.rodata : { *(.rodata .rodata.*) } :text
	.uk_inittab : {
		PROVIDE(uk_inittab_start = .);
		KEEP(*(SORT_BY_NAME(.uk_inittab.*)))
		PROVIDE(uk_inittab_end = .);
	} :text
	/* ld --build-id: names this exact image (run-qemu --replay checks it) */
	.note.gnu.build-id : { *(.note.gnu.build-id) } :text
	/* The note itself and the entry point, for crash dumps (ukcoredump
	 * copies the note, and gives the entry to LLDB as AT_ENTRY). */
	uk_image_entry = pvh_start32;
	uk_build_id_note = ADDR(.note.gnu.build-id);
	uk_build_id_note_end = ADDR(.note.gnu.build-id) + SIZEOF(.note.gnu.build-id);
	. = ALIGN(4096);
	_etext = .;

	.data : { *(.data .data.*) } :data
	. = ALIGN(64);
	.bss : {
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
