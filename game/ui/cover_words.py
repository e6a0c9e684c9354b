"""The words on a level's cover card (game/ui/cover.py draws it) and the room they have: its
title and its fraud type, each in one line. Apart from the drawing, so that the fit check
(game/fitcheck.py) measures them without importing the covers' pictures and caches.
"""
from __future__ import annotations

from game.engine.canvas import Canvas, TextBlock

# The narrowest a cover card is: the level list's on a 16:9 screen (game/scenes/level_select.py:
# shelf_layout; its cards are wider on 4:3 and 5:4) and the contact sheet's. The fit check holds
# each title and fraud type to it.
NARROWEST_CARD_W = 330
PAD = 8  # the card's margin around the picture
TITLE_SIZES = (24, 21)  # the title's size, and the smaller one a long title may take
CHIP_SIZE = 20
SHEET_SCALE = 1.3  # the contact sheet's real pixels per logical unit: a sheet about 1900 px wide


def number_badge_width(canvas: Canvas, number: int) -> float:
    """How wide the tab of a level's number is."""
    return max(36.0, canvas.measure(str(number), 22, True) + 16)


def title_room(card_w: float, badge_w: float) -> float:
    """How wide the title may be on a card this wide, beside a number tab this wide."""
    return card_w - 28 - badge_w - 10


def title_block(canvas: Canvas, title: str, width: float) -> tuple[TextBlock, float]:
    """The title in its one line and its size: its own, or the smaller one where it is long; cut
    (not `fits`) where it is longer still."""
    for size in TITLE_SIZES:
        if canvas.layout_width(title, size, True) <= width:
            break
    return canvas.layout(title, width, size, bold=True, max_lines=1), size


def chip_block(canvas: Canvas, fraud_type: str, picture_w: float) -> TextBlock:
    """The fraud type in its one line, on a picture this wide."""
    return canvas.layout(fraud_type, picture_w - 20 - 24, CHIP_SIZE, bold=True, max_lines=1)
