# SPDX-License-Identifier: BSD-3-Clause
"""The guest's event formatting (lib/ukdebug/trace_fmt.c on top of the
print core, lib/nolibc/format.c) in Python: %d %i %u %x %X %o %c %s %p
%% with flags "-+ #0", width, precision and the lengths hh h l ll z j t.
It works on bytes, as the guest does: a recorded string is printed byte
for byte and widths count bytes.

A recorded integer is 64 bits wide, extended from its C type; the length
modifier narrows it again, as va_arg() of that type would: "%d" prints
the low 32 bits as a signed int, "%hhx" the low byte. As in the guest, a
directive that is not understood ('*', 'L', a float) is printed as it
stands and takes no argument; one that has no argument left, or whose
argument is a string and it is not %s (or the other way round), is
printed as it stands too, the argument being used up.
"""
import re

# flags, width, precision, length, conversion (the conversion may be
# missing when the format ends inside the directive)
DIRECTIVE = re.compile(rb"%([-+ #0]*)(\d*)(?:\.(\d*))?(hh|h|ll|l|z|j|t)?(.?)", re.S)
MAX_FIELD = 1 << 24
CONVERSIONS = b"diuoxXpcs"
WIDTH = {b"hh": 8, b"h": 16, b"": 32}


def directives(fmt):
    """The conversions of @fmt (bytes) that take an argument, in order,
    as single characters."""
    return [chr(m.group(5)[0]) for m in DIRECTIVE.finditer(fmt)
            if m.group(5) and m.group(5) in CONVERSIONS]


def _narrow(v, length, signed):
    bits = WIDTH.get(length or b"", 64)
    v &= (1 << bits) - 1
    if signed and v >> (bits - 1):
        v -= 1 << bits
    return v


def _field(width, left, prefix, zeros, body):
    pad = b" " * max(0, width - len(prefix) - zeros - len(body))
    out = prefix + b"0" * zeros + body
    return out + pad if left else pad + out


def _int(flags, width, prec, conv, v, neg, signed):
    base = {b"o": 8, b"x": 16, b"X": 16}.get(conv, 10)
    prefix = b""
    if signed:
        if neg:
            prefix = b"-"
        elif b"+" in flags:
            prefix = b"+"
        elif b" " in flags:
            prefix = b" "
    if base == 16 and b"#" in flags and v:
        prefix += b"0" + conv
    digits = b""
    chars = b"0123456789ABCDEF" if conv == b"X" else b"0123456789abcdef"
    while v:
        digits = chars[v % base:v % base + 1] + digits
        v //= base
    p = 1 if prec < 0 else prec
    zeros = max(0, p - len(digits))
    if base == 8 and b"#" in flags and zeros == 0 and (not digits or digits[:1] != b"0"):
        zeros = 1
    left = b"-" in flags
    if b"0" in flags and not left and prec < 0 and width > len(prefix) + zeros + len(digits):
        zeros = width - len(prefix) - len(digits)
    return _field(width, left, prefix, zeros, digits)


def _one(m, args):
    """The output of directive @m, taking its arguments from @args (an
    iterator of int, bytes or None); None when an argument is missing."""
    flags, width_s, prec_s, length, conv = m.groups()
    length = length or b""
    width = min(int(width_s), MAX_FIELD) if width_s else 0
    prec = -1 if prec_s is None else (min(int(prec_s), MAX_FIELD) if prec_s else 0)
    if m.group(0) == b"%%":
        return b"%"
    if conv not in CONVERSIONS:
        return m.group(0)
    v = next(args, _MISSING)
    left = b"-" in flags
    if conv == b"s":
        if v is _MISSING or isinstance(v, int):
            return None
        s = b"(null)" if v is None and (prec < 0 or prec >= 6) else (v or b"")
        s = s.split(b"\0", 1)[0]
        if prec >= 0:
            s = s[:prec]
        return _field(width, left, b"", 0, s)
    if not isinstance(v, int):
        return None
    if conv in b"di":
        n = _narrow(v, length, True)
        return _int(flags, width, prec, conv, abs(n), n < 0, True)
    if conv in b"uoxX":
        return _int(flags, width, prec, conv, _narrow(v, length, False), False, False)
    if conv == b"c":
        return _field(width, left, b"", 0, bytes([v & 0xff]))
    v &= (1 << 64) - 1
    if not v:
        return _field(width, left, b"", 0, b"(nil)")
    return _int(flags + b"#", width, prec, b"x", v, False, True)


_MISSING = object()


def format_args(fmt, args):
    """@fmt (bytes) formatted with @args (int, bytes or None for a NULL
    string, in order); return bytes."""
    out = []
    it = iter(args)
    pos = 0
    for m in DIRECTIVE.finditer(fmt):
        out.append(fmt[pos:m.start()])
        pos = m.end()
        if not m.group(5):
            # the format ends inside the directive: show what is there
            out.append(m.group(0))
            break
        text = _one(m, it)
        out.append(m.group(0) if text is None else text)
    else:
        out.append(fmt[pos:])
    return b"".join(out)
