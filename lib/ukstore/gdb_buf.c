/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Scratch space for the debugger: support/gdb/ukstore.py calls
 * uk_store_get_text() in the stopped guest and reads the value from here,
 * so gdb shows exactly what `store get` prints.
 */
char uk_store_gdb_buf[256];
