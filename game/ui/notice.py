"""A small notice in a corner that stays while something needs a grown-up (a save that failed).

It never blocks play: no button, nothing to tap, only words a teacher passing by can read.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.engine.canvas import Canvas

NOTICE_W = 420


def draw_notice(canvas: Canvas, text: str) -> None:
    block = canvas.layout(text, NOTICE_W - 64, 20, bold=True, max_lines=3)
    h = block.height + 24
    x, y = 1280 - NOTICE_W - 12, 720 - h - 12
    canvas.box((x, y, NOTICE_W, h), fill=pal.AMBER_LIGHT, border=pal.AMBER, width=3, radius=12)
    canvas.text("!", (x + 24, y + h / 2), 26, pal.INK, bold=True, anchor="center")
    canvas.text_block(block, (x + 44, y + 12), pal.INK, bold=True)
