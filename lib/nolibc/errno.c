/* SPDX-License-Identifier: BSD-3-Clause */
/* The errno of the one program a Lantern image runs. */
#include <errno.h>

int errno;
