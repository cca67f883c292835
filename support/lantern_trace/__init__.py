# SPDX-License-Identifier: BSD-3-Clause
"""The parts of support/lantern-trace, the host side of Lantern's
tracepoints: the image's schema (elf, schema), a trace from a raw dump, a
console log or a live guest (dump, gdbremote), and the writers (printf,
text, ctf, chrome). Python standard library only.

Every failure the user can cause (a wrong image, a damaged dump) raises
TraceError with a one-line message; anything else is a bug.
"""


class TraceError(Exception):
    """A trace or image that cannot be read; the message says why."""
