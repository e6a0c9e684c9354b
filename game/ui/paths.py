"""A file's path in a note on screen: whole where it fits, else its first folders left out.

An export names the file it wrote; in a deep data folder (C:\\Users\\…\\AppData\\Roaming\\…) the
whole path does not fit the note's lines, and cutting it at the end would hide the one part a
person needs to find it, the file's name. So folders go from the front instead, each whole.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import PurePath

ELLIPSIS = "…"


def shown_path(path: os.PathLike | str, fits: Callable[[str], bool]) -> str:
    """`path` as text that `fits`: whole, or … and the longest tail of its folders that fits (at
    least the file's own name, which is kept even if it alone does not fit)."""
    parts = PurePath(path).parts
    shown = str(path)
    for first in range(1, len(parts)):
        if fits(shown):
            return shown
        shown = os.path.join(ELLIPSIS, *parts[first:])
    return shown
