/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The variadic entry points printf, snprintf and sprintf. They live apart
 * and are built with floating point enabled (FPSRCS) for one reason: the
 * prologue of a variadic function is what stores the FP argument registers
 * into the va_list save area, and under -mgeneral-regs-only it does not,
 * so printf("%f", x) would format garbage. Everything else stays in
 * vprintf.c and format.c, built for kernel code.
 */
#include <stdio.h>

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}

int snprintf(char *restrict buf, size_t size, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...)
{
	va_list ap;
	int n;

	/* "Large enough" is the caller's promise; SIZE_MAX disables the cut. */
	va_start(ap, fmt);
	n = vsnprintf(buf, (size_t)-1, fmt, ap);
	va_end(ap);
	return n;
}
