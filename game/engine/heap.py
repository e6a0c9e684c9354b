"""Big pixel buffers go back to the system when they are freed.

A 1080p panel is a 4 MB buffer, and the game makes and drops such buffers as the
player moves through the story (its caches are bounded: see game.engine.assets).
Windows gives a freed buffer of that size back at once. glibc (Linux, e.g. a
booth's PC) does too at first, but then raises its own threshold for what it
hands back, and keeps later buffers in the process's heap, where freed ones pile
up: after all thirteen levels at 1080p about 25 MB of the game's memory was
buffers already freed. A fixed threshold keeps glibc doing what it did at first.
"""
from __future__ import annotations

import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
BIG = 256 * 1024  # buffers from this size up come from, and go back to, the system


def return_big_buffers() -> bool:
    """Ask the C library to give big freed buffers back (glibc only): True if it agreed."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False  # not glibc (or no C library to ask): nothing to do
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    return mallopt(M_MMAP_THRESHOLD, BIG) == 1
