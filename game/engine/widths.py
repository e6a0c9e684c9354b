"""How wide a line of text is, as the font measures it, without asking the font for every string.

Line breaking measures every prefix of every line, at several widths and sizes; asking
the font each time costs a glyph load per character whenever the shared face changes
size. Most of what is measured is 汉字 and full-width marks, and those are simple: each
is exactly one em wide and draws inside its em box, and no kerning or ligature touches
them. A string of them is as wide as their count times the size, exactly as the font
would say. Only the stretch from the first to the last other character (a word in Latin
letters, a number, a kana, an em dash), with one simple neighbour on each side, is
measured by the font (a 汉字 neighbour as 一, which the font measures the same), and
each such stretch once per size.

Which characters count as simple is decided for each weight from the font itself: the
character must be of a script that is never kerned or joined (汉字 and the full-width
marks listed below; the shipped fonts' kerning and ligatures are checked against this
list by a test) and the font must give it an advance of one em and ink inside it.

That last part is known before the game runs: tools/build_fonts.py asks the fonts about
every such character they have and writes the few that fail (their ink leaves the em box)
to assets/fonts/em_box.txt, with the size of the font file it read. With that list beside
fonts of that size, a character is judged by looking it up; without it, the font is asked.

Layout measures pieces of one text over and over (the line so far with each next word, at
each trial width): `pieces` marks once which characters of the text are simple, and finds
each piece's stretch from the marks, not by looking at its characters again.
"""
from __future__ import annotations

import os
import weakref
from functools import lru_cache
from pathlib import Path
from typing import Callable, NamedTuple

# Marks set in a full em box that the shipped fonts neither kern after nor join
# (the em dash is left out: two of them form one long dash).
_MARKS = frozenset("，。！？、；：“”‘’（）《》〈〉「」『』【】〔〕…·～￥")
STAND_IN = chr(0x4E00)  # 一, measured in place of any 汉字 beside a stretch the font measures (see _composed)
REFERENCE_PX = 1000  # metrics at this size are the font's own units (Noto has 1000 an em)
MAX_KEPT = 50_000  # widths remembered in all (a few MB at most); a booth running for days starts again past it
EM_BOX_FILE = Path("fonts") / "em_box.txt"  # under the assets folder; see `read_em_box`
COVERED_FILE = Path("fonts") / "covered.txt"
WEIGHTS = {False: "regular", True: "bold"}


class EmBox(NamedTuple):
    """What tools/build_fonts.py found in the fonts: the characters they have, and per weight those
    that may be simple but draw past their em box (or are not one em wide)."""

    covered: frozenset[str]
    outside: dict[bool, frozenset[str]]

    def is_simple(self, ch: str, bold: bool) -> bool:
        return may_be_simple(ch) and ch in self.covered and ch not in self.outside[bold]

    def simple_among(self, chars: set[str], bold: bool) -> set[str]:
        """`is_simple` for characters that may be simple, all at once."""
        return self.covered.intersection(chars).difference(self.outside[bold])


def may_be_simple(ch: str) -> bool:
    """Whether a character is of the kind that may be simple (the font decides the rest)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or ch in _MARKS


class Widths:
    """Widths in whole pixels, as `font(px, bold).size(text)[0]` gives them, remembered."""

    def __init__(self, font: Callable[[int, bool], object], em_box: EmBox | None = None) -> None:
        self._font = font  # Assets.font: the face of a weight, set to a size
        self._em_box = em_box  # the fonts' list of characters drawn past their em (None: ask the font)
        self._simple: dict[bool, set[str]] = {False: set(), True: set()}
        self._seen: dict[bool, set[str]] = {False: set(), True: set()}  # characters already judged
        self._kept: dict[tuple[int, bool], dict[str, int]] = {}
        # For each text laid out: None when all of it is simple, else which of its characters are
        # ("1") and which are not ("0"), for `pieces`.
        self._masks: dict[bool, dict[str, str | None]] = {False: {}, True: {}}
        self._count = 0
        self._stand_in_simple: dict[bool, bool] = {}

    def table(self, px: int, bold: bool) -> dict[str, int]:
        """The widths already known at this size (text -> pixels); `width` fills it."""
        known = self._kept.get((px, bold))
        if known is None:
            known = self._kept[(px, bold)] = {}
        return known

    def width(self, text: str, px: int, bold: bool) -> int:
        px = max(6, int(px))  # as Assets.font sets the face
        known = self._kept.get((px, bold))
        if known is None:
            known = self._kept[(px, bold)] = {}
        found = known.get(text)
        if found is None:
            found = self._keep(known, text, self._measure(text, px, bold))
        return found

    def _keep(self, known: dict[str, int], text: str, width: int) -> int:
        """Remember a width in a table of `_kept` (all are let go past MAX_KEPT)."""
        known[text] = width
        self._count += 1
        if self._count > MAX_KEPT:
            self._kept.clear()
            self._masks[False].clear()
            self._masks[True].clear()
            self._count = 0
        return width

    def pieces(self, text: str, px: int, bold: bool) -> Callable[[str], int]:
        """`width` at this size for pieces of `text` (its lines, words, prefixes: layout measures
        many), the same numbers sooner: where the characters that are not simple lie in the
        text is worked out once, not in each piece. Any other string is measured as by `width`."""
        px = max(6, int(px))
        mask = self._mask(text, bold)
        known = self.table(px, bold)
        find = text.find

        def width(s: str) -> int:
            found = known.get(s)
            if found is not None:
                return found
            at = find(s)
            if at < 0 or mask is None:
                return self.width(s, px, bold)
            inside = mask[at:at + len(s)]
            first = inside.find("0")
            if first < 0:
                return self._keep(known, s, len(s) * px)  # (all of it simple)
            return self._keep(known, s, self._composed(s, first, inside.rfind("0"), px, bold))

        return width

    def _mask(self, text: str, bold: bool) -> str | None:
        """None when all of the text is simple in this weight, else its mask (see `_masks`)."""
        masks = self._masks[bold]
        found = masks.get(text, "")
        if found == "":
            self.judge(text, bold)
            simple = self._simple[bold]
            found = masks[text] = None if simple.issuperset(text) else "".join(
                ["1" if ch in simple else "0" for ch in text])
        return found

    def is_simple(self, ch: str, bold: bool) -> bool:
        """Whether the character is counted (one em wide) rather than measured, in this weight."""
        self.judge(ch, bold)
        return ch in self._simple[bold]

    def all_simple(self, text: str, bold: bool) -> bool:
        """Whether every character of the text is counted: then any piece of it is as wide as
        its length in ems. (Remembered for each text: layout asks for each size of a text.)"""
        return self._mask(text, bold) is None

    def _measure(self, text: str, px: int, bold: bool) -> int:
        simple = self._simple[bold]
        if simple.issuperset(text):
            return len(text) * px
        self.judge(text, bold)
        n = len(text)
        first = 0
        while first < n and text[first] in simple:
            first += 1
        if first == n:
            return n * px  # (all of it simple, once judged)
        last = n - 1  # (a character that is not simple is there: the scan stops at it)
        while text[last] in simple:
            last -= 1
        return self._composed(text, first, last, px, bold)

    def _composed(self, text: str, first: int, last: int, px: int, bold: bool) -> int:
        """The width of a text whose first and last characters that are not simple are at
        `first` and `last`."""
        n = len(text)
        # The simple runs at both ends add one em each, except the neighbour of the stretch
        # measured by the font: what touches a kerned or joined character is measured with it.
        start, end = max(0, first - 1), min(n, last + 2)
        stretch = text[start:end]
        # A 汉字 neighbour is measured as 一: no kerning or ligature of the shipped fonts touches
        # a 汉字 on either side (tested), so any one of them gives the same width. Then 取300元 and
        # 付300元 are one stretch, and the font loads one glyph for every neighbour at a size.
        if start < first and stretch[0] not in _MARKS and self._stand_in(bold):
            stretch = STAND_IN + stretch[1:]
        if end > last + 1 and stretch[-1] not in _MARKS and self._stand_in(bold):
            stretch = stretch[:-1] + STAND_IN
        if stretch == text:
            return self._font(px, bold).size(text)[0]
        return start * px + self.width(stretch, px, bold) + (n - end) * px  # a stretch many texts share

    def _stand_in(self, bold: bool) -> bool:
        """Whether 一 is simple in this weight (judged once: a judgement never changes)."""
        found = self._stand_in_simple.get(bold)
        if found is None:
            found = self._stand_in_simple[bold] = self.is_simple(STAND_IN, bold)
        return found

    def judge(self, text: str, bold: bool) -> None:
        """Look at the characters of the text not seen before in this weight, all at once (the
        face is set to the reference size for it: one call for a whole text, not per character)."""
        seen = self._seen[bold]
        if seen.issuperset(text):
            return
        unseen = set(text).difference(seen)
        seen.update(unseen)
        new = [ch for ch in unseen if may_be_simple(ch)]
        if not new:
            simple = set()
        elif self._em_box is not None:
            simple = self._em_box.simple_among(new, bold)
        else:
            metrics = self._font(REFERENCE_PX, bold).metrics("".join(new))
            simple = {ch for ch, m in zip(new, metrics) if inside_em(m)}
        self._simple[bold].update(simple)


def inside_em(metrics) -> bool:
    """Whether a glyph's metrics at REFERENCE_PX, (min x, max x, min y, max y, advance) as
    pygame gives them, are one em wide with the ink inside that em (None: no glyph)."""
    return metrics is not None and metrics[4] == REFERENCE_PX and metrics[0] >= 0 and metrics[1] <= REFERENCE_PX


# The widths of each live Assets, by its id: (a weak reference to it, its Widths). Looked up for
# every layout, so a plain dict (a WeakKeyDictionary makes a new reference for every look-up).
_OF: dict[int, tuple[weakref.ref, Widths]] = {}


def widths_of(assets) -> Widths:
    """The widths measured with these assets' fonts (kept as long as the assets are)."""
    found = _OF.get(id(assets))
    if found is not None and found[0]() is assets:
        return found[1]
    key = id(assets)

    def gone(ref: weakref.ref) -> None:  # (the assets are freed: forget their widths)
        if _OF.get(key, (None,))[0] is ref:
            del _OF[key]

    owner = weakref.ref(assets, gone)  # (a strong one would keep the assets, and so this, for ever)
    widths = Widths(lambda px, bold: owner().font(px, bold), _em_box_of(str(assets.root)))
    _OF[key] = (owner, widths)
    return widths


@lru_cache(maxsize=4)
def _em_box_of(assets_root: str) -> EmBox | None:
    from game.engine.assets import FONT_FILES  # (not at the top: assets imports pygame)

    return read_em_box(Path(assets_root), FONT_FILES)


def em_box_lines(outside: dict[bool, str], font_sizes: dict[bool, int], font_files: dict[bool, str]) -> list[str]:
    """The lines of em_box.txt (tools/build_fonts.py writes them; `read_em_box` reads them)."""
    return ["# Characters the shipped fonts have that may be counted one em wide (CJK ideographs and full-width marks: see "
            "game/engine/widths.py) but are not, as pygame measures them: their advance is not one em or their ink "
            "leaves the em box. Written by tools/build_fonts.py; do not edit, rerun it.",
            "# Format: UTF-8; lines starting with '#' are comments; one line a weight, of four fields separated by "
            "single spaces: its name, its font file, that file's size in bytes (the list holds for that file only) "
            "and its characters in code point order (nothing when none).",
            *(f"{WEIGHTS[bold]} {font_files[bold]} {font_sizes[bold]} {''.join(sorted(outside[bold]))}".rstrip()
              for bold in (False, True))]


def read_em_box(assets_dir: Path, font_files: dict[bool, str]) -> EmBox | None:
    """The list tools/build_fonts.py wrote and the fonts' characters (fonts/covered.txt); None when
    either is missing or unreadable, or the list was written for other font files."""
    try:
        lines = (assets_dir / EM_BOX_FILE).read_text(encoding="utf-8").split("\n")
        covered = (assets_dir / COVERED_FILE).read_text(encoding="utf-8").split("\n")
        outside: dict[bool, frozenset[str]] = {}
        for line in lines:
            if not line or line.startswith("#"):
                continue
            weight, file_name, size, *chars = line.split(" ") + [""]
            bold = {name: bold for bold, name in WEIGHTS.items()}[weight]
            if file_name != font_files[bold] or int(size) != os.stat(assets_dir / "fonts" / file_name).st_size:
                return None
            outside[bold] = frozenset("".join(chars))
    except (OSError, ValueError, KeyError):
        return None
    if set(outside) != set(WEIGHTS):
        return None
    return EmBox(frozenset("".join(line for line in covered if not line.startswith("#"))), outside)
