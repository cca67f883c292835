# SPDX-License-Identifier: BSD-3-Clause
"""The parts of support/lantern-core, the host side of Lantern's crash
dumps: the console encoding (console), the ELF core and image readers
(elfcore), the debug channel's binary transfer (remote) and the summary
of a core's notes (info). Python standard library only.

Every failure the user can cause (a damaged log, a core of another
image, a stub that does not answer) raises CoreError with a message that
says what; anything else is a bug.
"""


class CoreError(Exception):
    """A dump, log, image or stub that cannot be used; the message says why."""
