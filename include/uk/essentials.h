/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Compiler attributes and small helpers every part of the tree uses. Nothing
 * here depends on the configuration or the architecture.
 */
#ifndef UK_ESSENTIALS_H
#define UK_ESSENTIALS_H

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#endif

#define __unused       __attribute__((unused))
#define __used	       __attribute__((used))
#define __noreturn     __attribute__((noreturn))
#define __packed       __attribute__((packed))
#define __aligned(a)   __attribute__((aligned(a)))
#define __section(s)   __attribute__((section(s)))
#define __weak	       __attribute__((weak))
#define __printf(f, a) __attribute__((format(printf, f, a)))
#define __noinline     __attribute__((noinline))
/*
 * Static storage the boot code does not zero (section .noinit, after bss):
 * for large buffers that are always written before they are read.
 */
#define __noinit       __section(".noinit")

#define likely(x)   __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

#define ARRAY_SIZE(a)	 (sizeof(a) / sizeof((a)[0]))
#define ALIGN_UP(v, a)	 (((v) + (a)-1) & ~((__typeof__(v))(a)-1))
#define ALIGN_DOWN(v, a) ((v) & ~((__typeof__(v))(a)-1))
#define MIN(a, b)	 ((a) < (b) ? (a) : (b))
#define MAX(a, b)	 ((a) > (b) ? (a) : (b))

#define STRINGIFY_(x)	 #x
#define STRINGIFY(x)	 STRINGIFY_(x)
#define UK_CONCAT_(a, b) a##b
#define UK_CONCAT(a, b)	 UK_CONCAT_(a, b)

/*
 * IS_ENABLED(CONFIG_X) is 1 when CONFIG_X is defined to 1 and 0 otherwise,
 * so configuration can be tested in expressions instead of #if blocks.
 */
#define __UK_ARG_PLACEHOLDER_1		    0,
#define __uk_take_second(ignored, val, ...) val

#define __uk_is_defined(x)    ___uk_is_defined(__UK_ARG_PLACEHOLDER_##x)
#define ___uk_is_defined(arg) __uk_take_second(arg 1, 0, 0)
#define IS_ENABLED(option)    __uk_is_defined(option)

#ifndef __ASSEMBLY__
#define containerof(ptr, type, member)                                         \
	((type *)((char *)(ptr)-offsetof(type, member)))

#define barrier() __asm__ __volatile__("" ::: "memory")

#define KiB (1024UL)
#define MiB (1024UL * KiB)
#define GiB (1024UL * MiB)
#endif

#endif /* UK_ESSENTIALS_H */
