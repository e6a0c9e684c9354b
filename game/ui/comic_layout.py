"""Where the comic screen's parts go in a logical space: the pure geometry of the frame around the
comic (game.ui.hud paints it; game.fitcheck measures text against it without painting).

On 16:9 the panel is on the left with the story column beside it and the leak meter under
it; on 4:3 and 5:4 (a taller space) the panel takes the whole width, the question and the
answers go in a band below it and the leak meter moves into the top bar. (NamedTuples, not
dataclasses: validate and the title screen import this as they start, and a dataclass takes
a millisecond or more to make.)
"""
from __future__ import annotations

from typing import NamedTuple

from game.engine.canvas import Rect
from game.engine.viewport import LOGICAL_H, LOGICAL_W, is_tall

TOP_BAR_H = 56
PANEL_FRAME: Rect = (24, 68, 912, 513)  # 16:9; its inner space is 1280x720
COLUMN: Rect = (960, 68, 296, 636)
STRIP: Rect = (24, 596, 912, 108)
PANEL_INNER_W = 1280
BAND_H = 180  # tall layouts: the band under the panel (question and answers)
PROMPT_W = 300  # tall layouts: the question's card at the band's left
# A hunt's question: up to three lines of this size on its card, above the count of what was found
# (已找到 N 处); game.fitcheck holds each question to them.
HUNT_CARD_H = 180
HUNT_PROMPT_SIZE, HUNT_PROMPT_LINES, HUNT_PROMPT_TOP = 26, 3, 16
HUNT_COUNT_TOP, HUNT_COUNT_SIZE = 140, 22
# The top bar: the menu and recap buttons at its left end here (game/scenes/comic.py puts them),
# the score is at its right; the level's title is centred between, in one line.
BAR_BUTTONS_END = 240
BAR_TITLE_SIZE, BAR_SCORE_SIZE, BAR_MARGIN = 26, 24, 24
BAR_GAP = 16  # the least room either side of the title


def bar_title_room(width: float, score_w: float, buttons: bool = True) -> float:
    """How wide the title may be, centred in a top bar this wide, beside a score (or counter) this
    wide at its right and, with `buttons`, the menu and recap buttons at its left."""
    centre = width / 2
    left = (BAR_BUTTONS_END if buttons else BAR_MARGIN) + BAR_GAP
    right = width - BAR_MARGIN - score_w - BAR_GAP
    return 2 * min(centre - left, right - centre)


# An ending's title in the column (under its badge), while no card covers it (the recap over it).
ENDING_TITLE_SIZE, ENDING_TITLE_LINES = 30, 3


class ComicLayout(NamedTuple):
    """Where the comic screen's parts go in one logical space (all in logical units)."""

    size: tuple[float, float]
    tall: bool
    frame: Rect  # the panel's frame; its inner space is 1280x720
    column: Rect  # 16:9: the column right of the panel; tall: the band under it
    meter: Rect  # the leak meter: a card under the panel (16:9) or chips in the top bar (tall)
    title_at: tuple[float, float] | None  # where the level title is centred (None: no room)
    option_size: float  # the answers' text size
    option_lines: int  # lines an answer may take
    prompt_size: float

    def to_screen(self, rect: Rect) -> Rect:
        """A rect in the panel's own 1280x720 space, in the screen's logical space."""
        fx, fy, fw, _ = self.frame
        k = fw / PANEL_INNER_W
        return (fx + rect[0] * k, fy + rect[1] * k, rect[2] * k, rect[3] * k)

    @property
    def panel_scale(self) -> float:
        return self.frame[2] / PANEL_INNER_W

    # -- what a step puts in the column or band ----------------------------------------

    def prompt_card(self) -> Rect:
        x, y, w, h = self.column
        if self.tall:
            return (x, y, PROMPT_W, h)
        return (x, y, w, 190)

    def prompt_text_width(self) -> float:
        return self.prompt_card()[2] - 36

    def hunt_card(self) -> Rect:
        """A hunt's question card: the question, then the count of what was found."""
        x, y, w, h = self.prompt_card()
        return (x, y, w, min(h, HUNT_CARD_H))

    def ending_title_box(self) -> Rect:
        """Where an ending's title goes in the column, under its badge: (x, y, width, 0)."""
        x, y, w, _ = self.column
        if self.tall:
            return (x, y + 56, self.main_button()[0] - 24 - x, 0)
        return (x + 4, y + 62, w - 8, 0)

    def option_rects(self, count: int) -> list[Rect]:
        """The answer buttons: stacked at the column's foot (16:9) or beside the question (tall)."""
        x, y, w, h = self.column
        if not self.tall:
            bh = 92
            top = y + h - count * (bh + 14) + 14
            return [(x + 4, top + i * (bh + 14), w - 8, bh) for i in range(count)]
        left = x + PROMPT_W + 16
        width = x + w - left
        if count <= 3:
            gap = 8
            bh = (h - gap * (count - 1)) / max(1, count)
            return [(left, y + i * (bh + gap), width, bh) for i in range(count)]
        rows = -(-count // 2)
        gap = 8
        bh = (h - gap * (rows - 1)) / rows
        bw = (width - gap) / 2
        return [(left + (i % 2) * (bw + gap), y + (i // 2) * (bh + gap), bw, bh) for i in range(count)]

    def main_button(self) -> Rect:
        """继续, 我看完了 or 查看结果: the column's foot (16:9) or the band's right end (tall)."""
        x, y, w, h = self.column
        if self.tall:
            return (x + w - 296, y + h - 96, 296, 92)
        return (x + 4, y + h - 76, w - 8, 72)

    def found_area(self) -> Rect:
        """Where a hunt lists the clues found so far."""
        x, y, w, h = self.column
        if self.tall:
            left = x + PROMPT_W + 16
            return (left, y, x + w - 296 - 16 - left, h)
        return (x, y + 200, w, 226)

    def explaining(self, chosen: Rect | None) -> "Explaining":
        """Where things go while 锡小朗 explains an answer (his card needs room to stand)."""
        x, y, w, h = self.column
        if self.tall:
            spot = None
            if chosen is not None:  # the answer stays, at the band's right end
                spot = (x + w - 420, y + (h - 110) / 2, 420, 110)
            return Explaining(self.meter, spot, compact_meter=True)
        meter = (x, y, w, (chosen[1] if chosen else y + h) - 14 - y)
        return Explaining(meter, chosen, compact_meter=False)


class Explaining(NamedTuple):
    """The comic's chrome while feedback shows: the meter and the chosen answer, moved out of the way."""

    meter: Rect
    chosen: Rect | None
    compact_meter: bool


def comic_layout(size: tuple[float, float] = (LOGICAL_W, LOGICAL_H)) -> ComicLayout:
    """The comic screen's layout for a logical space (see game.engine.viewport)."""
    w, h = size
    if not is_tall(size):
        dy = (h - LOGICAL_H) / 2  # a little taller than 16:9 (16:10): the same, centred
        shift = lambda r: (r[0], r[1] + dy, r[2], r[3])  # noqa: E731
        return ComicLayout(size, False, shift(PANEL_FRAME), shift(COLUMN), shift(STRIP), (w / 2, TOP_BAR_H / 2),
                           25, 2, 28)
    band_y = h - 12 - BAND_H
    room = band_y - 12 - (TOP_BAR_H + 12)
    fw = min(w - 48, room * 16 / 9)
    fh = fw * 9 / 16
    frame = ((w - fw) / 2, TOP_BAR_H + 12 + (room - fh) / 2, fw, fh)
    column = (24, band_y, w - 48, BAND_H)
    meter = (256, 6, w - 256 - 150, TOP_BAR_H - 12)
    return ComicLayout(size, True, frame, column, meter, None, 32, 2, 28)
