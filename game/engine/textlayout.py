"""Text laid out in logical units: where its lines break and how big the block is.

Where a line breaks is decided by widths measured with the font at its logical size,
never at the window's, so a bubble wraps the same at 1280x720 and at 1920x1080. Lines
break between words (game.engine.words, game.engine.linebreak) and are evened out;
widths come from game.engine.widths. `TextLayout` is the part of every Canvas that does
this (it needs the canvas's `assets`); layouts are kept in the assets' cache.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, NamedTuple

from game.engine import words
from game.engine.linebreak import (balanced, balanced_counted, counted_fit, lines_counted, units_of, wrap_counted,
                                  wrap_units)
from game.engine.widths import Widths, widths_of


@lru_cache(maxsize=2048)
def _units(text: str, state: str) -> tuple[tuple[str, ...], ...]:
    """The pieces a text wraps between (see linebreak.units_of), worked out once per text for
    every width and size it is laid out at. `state` is the word dictionary's: a text split
    while it was loading (between any 字) is split again, between words, once it is there."""
    return tuple(tuple(units) for units in units_of(text, words.cut))


def _measures(widths: Widths, text: str, size: float, bold: bool):
    """How layout measures a text at a size: the width of a piece of it in logical units (as
    Canvas.layout_width), and for a text of counted characters (see game.engine.widths) how
    many characters are no wider than a width; None for other text."""
    px = max(6, round(size))
    if widths.all_simple(text.replace("\n", "") if "\n" in text else text, bold):
        def counted(s: str) -> float:
            return len(s) * px * size / px  # the very number Widths gives: len(s) * px

        def fit(w: float) -> int:
            return counted_fit(w, size, px)

        return counted, fit
    known = widths.table(px, bold)
    piece = widths.pieces(text, px, bold)

    def measured(s: str) -> float:  # (looked up directly: layout asks for every prefix)
        w = known.get(s)
        return (w if w is not None else piece(s)) * size / px

    return measured, None


def height_of(lines: int, size: float, line_gap: float = 0.25) -> float:
    """How tall a block of this many lines is (as TextBlock.height): no gap after the last."""
    return size * (1 + line_gap) * lines - size * line_gap


def _keeps_to(big: TextBlock, base: TextBlock, size: float, max_lines: int, line_gap: float) -> bool:
    """Whether a text laid out larger (`big`) keeps to the space its standard size (`base`) takes."""
    room = height_of(max_lines, size, line_gap) if max_lines else float("inf")
    return big.fits and len(big.lines) <= len(base.lines) and big.height <= room + 0.5


class Wrap(NamedTuple):
    """A text to lay out, as the arguments of TextLayout.layout (for texts laid out together)."""

    text: str
    width: float
    size: float
    bold: bool = False
    max_lines: int = 0
    line_gap: float = 0.25
    balance: bool = True


@dataclass
class TextBlock:
    lines: list[str]
    size: int
    line_height: float
    width: float  # widest line, logical
    height: float
    fits: bool  # False when the text was cut to fit max_lines
    source: str = ""  # the text that was wrapped (the layout check compares lines with it)


class TextLayout:
    """Laying text out (a mixin of Canvas: it uses the canvas's `assets`)."""

    def layout_width(self, text: str, size: float, bold: bool = False) -> float:
        """The width of one line as layout sees it: the font at its logical size, at any scale.

        Rounding at the real size makes a line a pixel wider at one scale than at
        another; measured here, the same text breaks the same in every window.
        """
        px = max(6, round(size))
        return widths_of(self.assets).width(text, px, bold) * size / px

    def layout(self, text: str, width: float, size: float, bold: bool = False,
               max_lines: int = 0, line_gap: float = 0.25, balance: bool = True,
               factor: float | None = None) -> TextBlock:
        """Wrap text to a width between words, evening out the lines unless told not to.

        At the player's larger text it is as large as it keeps to the space the standard size
        takes (see `keeps_to`); with `factor` (one of `text_factors`), at that factor on `size`:
        texts shown together (a card, a list) take the one `shared_factor` of them all.

        Layouts are cached; they do not depend on the scale. One made while the word
        dictionary is still loading (breaks between any 字) is keyed apart, so it is
        made again, between words, once the dictionary is there.
        """
        state = words.state()
        if state == words.IDLE:
            words.wait()  # nobody warmed it up (tests, screenshots, validate): load it now, once
            state = words.state()
        base = self._cached(text, width, size, bold, max_lines, line_gap, balance, state)
        if factor is not None:
            return base if factor == 1.0 else \
                self._cached(text, width, size * factor, bold, max_lines, line_gap, balance, state)
        if self.assets.text_scale == 1.0 or not base.fits:
            return base
        for factor in self.text_factors()[:-1]:
            big = self._cached(text, width, size * factor, bold, max_lines, line_gap, balance, state)
            if _keeps_to(big, base, size, max_lines, line_gap):
                return big
        return base

    def text_factors(self) -> tuple[float, ...]:
        """The factors the player's text size may put on a text, largest first: the size chosen
        in the settings, halfway to it, and the standard size (1.0, always last)."""
        scale = self.assets.text_scale
        return (1.0,) if scale == 1.0 else (scale, (1 + scale) / 2, 1.0)

    def keeps_to(self, wrap: Wrap, factor: float) -> bool:
        """Whether a text at this factor keeps to the space the standard size may take: the
        same width, no more lines than the standard size needs, and within max_lines of it."""
        if factor == 1.0:
            return True
        base = self.layout(*wrap, factor=1.0)
        return base.fits and _keeps_to(self.layout(*wrap, factor=factor), base, wrap.size, wrap.max_lines,
                                       wrap.line_gap)

    def shared_factor(self, wraps: Iterable[Wrap]) -> float:
        """The one factor for texts shown together (a card, a list): the largest at which every
        one of them keeps to its standard space, so none is smaller than its neighbour."""
        wraps = list(wraps)
        return next(f for f in self.text_factors() if all(self.keeps_to(w, f) for w in wraps))

    def layout_together(self, wraps: Iterable[Wrap]) -> list[TextBlock]:
        """Texts shown together, laid out at their one `shared_factor`."""
        wraps = list(wraps)
        factor = self.shared_factor(wraps)
        return [self.layout(*w, factor=factor) for w in wraps]

    def lines_at_most(self, text: str, width: float, size: float, bold: bool = False) -> int | None:
        """At most how many lines `layout` makes of this text before cutting to max_lines: those
        of wrapping at the full width, as evening out keeps a narrower width only where it needs
        no more (linebreak.balanced). Counted, nothing evened out or kept, for a check that only
        asks what fits. None where the player's text scale may choose a larger size."""
        if self.assets.text_scale != 1.0:
            return None
        if words.state() == words.IDLE:
            words.wait()  # (as `layout`)
        widths = widths_of(self.assets)
        # The same steps as _layout with balance off, counting the lines it would make.
        if "\n" not in text and widths.all_simple(text, bold):
            px = max(6, round(size))
            if len(text) * px * size / px <= width:
                return 1
            # (Counted text wider than the line: not one line either way; `fit` as _measures has it.)
            return lines_counted(_units(text, words.state()), counted_fit(width, size, px))
        measure, fit = _measures(widths, text, size, bold)
        if "\n" not in text and measure(text if fit is not None else text.rstrip()) <= width:
            return 1
        units = _units(text, words.state())
        return lines_counted(units, fit(width)) if fit is not None else len(wrap_units(units, width, measure))

    def _cached(self, text, width, size, bold, max_lines, line_gap, balance, state) -> TextBlock:
        key = (text, width, size, bold, max_lines, line_gap, balance, state)
        layouts = self.assets.layouts
        block = layouts.get(key)
        if block is not None:
            layouts.move_to_end(key)  # (as get_or: the most recently used is kept longest)
            return block
        return layouts.get_or(key, lambda: self._layout(text, width, size, bold, max_lines, line_gap, balance))

    def _layout(self, text, width, size, bold, max_lines, line_gap, balance) -> TextBlock:
        widths = widths_of(self.assets)
        if "\n" not in text and (not max_lines or max_lines >= 1) and widths.all_simple(text, bold):
            px = max(6, round(size))
            wide = len(text) * px * size / px  # (as `_measures` counts it)
            if wide <= width:  # counted text that fits one line (most labels and names): as below, sooner
                line_height = size * (1 + line_gap)
                return TextBlock([text], int(size), line_height, wide, line_height * 1 - size * line_gap, True, text)
        measure, fit = _measures(widths, text, size, bold)
        whole = text if fit is not None or "\n" in text else text.rstrip()
        if "\n" not in text and measure(whole) <= width:
            # A text that fits whole is one line, as wrapping makes it: every piece it could break
            # after is a start of it, and no start of a text is wider than all of it (a start's
            # glyphs lie where they lie in the whole). Not split into words: it is not broken.
            lines = [whole]
        else:
            units = _units(text, words.state())  # split once, wrapped at every trial width
            if balance and fit is not None:
                lines = balanced_counted(units, width, size, max(6, round(size)))  # (as `fit` counts)
            elif balance:
                lines = balanced(units, width, measure)
            else:
                lines = wrap_counted(units, fit(width)) if fit is not None else wrap_units(units, width, measure)
        fits = not max_lines or len(lines) <= max_lines
        if not fits:
            lines = lines[:max_lines]
            lines[-1] = lines[-1][:-1] + "…"
        line_height = size * (1 + line_gap)
        if not lines:
            widest = 0
        elif fit is not None:  # (counted: the longest line is the widest)
            widest = measure(max(lines, key=len))
        else:
            widest = max(map(measure, lines))
        return TextBlock(lines, int(size), line_height, widest, line_height * len(lines) - size * line_gap, fits,
                         text)
