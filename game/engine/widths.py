"""How wide a line of text is, as the font measures it, without asking the font for every string.

Line breaking measures every prefix of every line, at several widths and sizes; asking
the font each time costs a glyph load per character whenever the shared face changes
size. Most of what is measured is 汉字 and full-width marks, and those are simple: each
is exactly one em wide and draws inside its em box, and no kerning or ligature touches
them. A string of them is as wide as their count times the size, exactly as the font
would say. Only the stretch from the first to the last other character (a word in Latin
letters, a number, a kana, an em dash), with one simple neighbour on each side, is
measured by the font, and each such stretch once per size.

Which characters count as simple is decided for each weight from the font itself: the
character must be of a script that is never kerned or joined (汉字 and the full-width
marks listed below; the shipped fonts' kerning and ligatures are checked against this
list by a test) and the font must give it an advance of one em and ink inside it.
"""
from __future__ import annotations

import weakref
from typing import Callable

# Marks set in a full em box that the shipped fonts neither kern after nor join
# (the em dash is left out: two of them form one long dash).
_MARKS = frozenset("，。！？、；：“”‘’（）《》〈〉「」『』【】〔〕…·～￥")
REFERENCE_PX = 1000  # metrics at this size are the font's own units (Noto has 1000 an em)
MAX_KEPT = 50_000  # widths remembered in all (a few MB at most); a booth running for days starts again past it


def may_be_simple(ch: str) -> bool:
    """Whether a character is of the kind that may be simple (the font decides the rest)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or ch in _MARKS


class Widths:
    """Widths in whole pixels, as `font(px, bold).size(text)[0]` gives them, remembered."""

    def __init__(self, font: Callable[[int, bool], object]) -> None:
        self._font = font  # Assets.font: the face of a weight, set to a size
        self._simple: dict[bool, set[str]] = {False: set(), True: set()}
        self._seen: dict[bool, set[str]] = {False: set(), True: set()}  # characters already judged
        self._kept: dict[tuple[int, bool], dict[str, int]] = {}
        self._count = 0

    def table(self, px: int, bold: bool) -> dict[str, int]:
        """The widths already known at this size (text -> pixels); `width` fills it."""
        known = self._kept.get((px, bold))
        if known is None:
            known = self._kept[(px, bold)] = {}
        return known

    def width(self, text: str, px: int, bold: bool) -> int:
        px = max(6, int(px))  # as Assets.font sets the face
        known = self.table(px, bold)
        found = known.get(text)
        if found is None:
            found = known[text] = self._measure(text, px, bold)
            self._count += 1
            if self._count > MAX_KEPT:
                self._kept.clear()
                self._count = 0
        return found

    def is_simple(self, ch: str, bold: bool) -> bool:
        """Whether the character is counted (one em wide) rather than measured, in this weight."""
        self.judge(ch, bold)
        return ch in self._simple[bold]

    def all_simple(self, text: str, bold: bool) -> bool:
        """Whether every character of the text is counted: then any piece of it is as wide as
        its length in ems."""
        self.judge(text, bold)
        return self._simple[bold].issuperset(text)

    def _measure(self, text: str, px: int, bold: bool) -> int:
        simple = self._simple[bold]
        if not simple.issuperset(text):
            self.judge(text, bold)
            if not simple.issuperset(text):
                return self._measure_mixed(text, px, bold, simple)
        return len(text) * px

    def _measure_mixed(self, text: str, px: int, bold: bool, simple: set[str]) -> int:
        n = len(text)
        first = next(i for i, ch in enumerate(text) if ch not in simple)
        last = next(i for i in range(n - 1, -1, -1) if text[i] not in simple)
        # The simple runs at both ends add one em each, except the neighbour of the stretch
        # measured by the font: what touches a kerned or joined character is measured with it.
        start, end = max(0, first - 1), min(n, last + 2)
        if start == 0 and end == n:
            return self._font(px, bold).size(text)[0]
        return start * px + self.width(text[start:end], px, bold) + (n - end) * px  # a stretch many texts share

    def judge(self, text: str, bold: bool) -> None:
        """Look at the characters of the text not seen before in this weight, all at once (the
        face is set to the reference size for it: one call for a whole text, not per character)."""
        seen = self._seen[bold]
        if seen.issuperset(text):
            return
        new = [ch for ch in dict.fromkeys(text) if ch not in seen and may_be_simple(ch)]
        seen.update(text)
        if not new:
            return
        metrics = self._font(REFERENCE_PX, bold).metrics("".join(new))
        for ch, m in zip(new, metrics):
            # (min x, max x, min y, max y, advance): one em wide, with its ink inside that em
            if m is not None and m[4] == REFERENCE_PX and m[0] >= 0 and m[1] <= REFERENCE_PX:
                self._simple[bold].add(ch)


_OF: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def widths_of(assets) -> Widths:
    """The widths measured with these assets' fonts (kept as long as the assets are)."""
    found = _OF.get(assets)
    if found is None:
        owner = weakref.ref(assets)  # (a strong one would keep the assets, and so this, for ever)
        found = _OF[assets] = Widths(lambda px, bold: owner().font(px, bold))
    return found
