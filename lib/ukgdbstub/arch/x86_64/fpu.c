/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The application's x87/SSE state while the stub has the CPU. Kernel code
 * is built general-registers-only, so when a trap reaches the stub the
 * FP/SIMD registers still hold what the interrupted code left there: one
 * FXSAVE on entry captures them for gdb, one FXRSTOR on resume puts back
 * whatever gdb changed. (fxsave64/fxrstor64 need no SSE code generation,
 * so this file builds with the kernel's flags.)
 */
#include "../gdbstub_arch.h"
#include "x86_gdb.h"

struct x86_fxsave gdb_x86_fx;

void gdb_arch_fpu_save(void)
{
	__asm__ __volatile__("fxsave64 %0" : "=m"(gdb_x86_fx));
}

void gdb_arch_fpu_restore(void)
{
	__asm__ __volatile__("fxrstor64 %0" : : "m"(gdb_x86_fx));
}
