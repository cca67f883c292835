	.section .uk_symtab, "a"
	.balign 4
	.globl uk_symtab
uk_symtab:
	.byte 0, 0, 0, 0, 8, 0, 0, 0
	.section .uk_unwind_table, "a"
	.balign 4
	.globl uk_unwind_table
uk_unwind_table:
	.byte 0, 0, 0, 0
	.section .note.GNU-stack, "", %progbits
