"""Speech, thought and shout bubbles, and the caption box, in a panel's space."""
from __future__ import annotations

import math

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect, TextBlock

BUBBLE_TEXT = 36  # panel units: about 25 px on a 1280x720 screen
CAPTION_TEXT = 32
PAD_X, PAD_Y = 26, 18


def bubble_size(block: TextBlock) -> tuple[float, float]:
    return block.width + 2 * PAD_X, block.height + 2 * PAD_Y


def caption_rect(block: TextBlock, pos) -> Rect:
    """Where a caption box with this text stands when its top left is at `pos`."""
    return (pos[0], pos[1], block.width + 36, block.height + 24)


def draw_caption(canvas: Canvas, block: TextBlock, pos) -> Rect:
    x, y = pos
    rect = caption_rect(block, pos)
    canvas.shadow(rect, (5, 6), (0x2B, 0x2B, 0x3A, 50))
    with canvas.group("caption", rect):
        canvas.box(rect, fill=pal.CAPTION, border=pal.INK, width=4)
        canvas.text_block(block, (x + 18, y + 12), pal.INK, bold=True)
    return rect


def draw_bubble(canvas: Canvas, block: TextBlock, rect: Rect, style: str,
                target: tuple[float, float] | None, shown: int | None = None) -> None:
    """A bubble at rect whose tail (or trail of circles) points at target.

    `shown` limits the characters drawn while the text is being revealed.
    """
    x, y, w, h = rect
    if target is not None and style != "think":
        _tail(canvas, rect, target)
    if style == "shout":
        canvas.polygon(_spikes(rect), fill=pal.WHITE, border=pal.INK, width=4)
    elif style == "think":
        canvas.ellipse((x - 14, y - 8, w + 28, h + 16), fill=pal.WHITE, border=pal.INK, width=4)
        if target is not None:
            _trail(canvas, rect, target)
    else:
        canvas.box(rect, fill=pal.WHITE, border=pal.INK, width=4, radius=min(34, h / 2))
    if target is not None and style not in ("think", "shout"):
        _tail_cover(canvas, rect, target)
    canvas.text_block(block, (x + PAD_X, y + PAD_Y), pal.INK, align="center", width=w - 2 * PAD_X,
                      limit=shown)


def _tail_base(rect: Rect, target) -> tuple[float, float, float]:
    x, y, w, h = rect
    base_x = min(max(target[0], x + 40), x + w - 40)
    below = target[1] > y + h
    return base_x, (y + h if below else y), (1 if below else -1)


def _tail(canvas: Canvas, rect: Rect, target) -> None:
    bx, by, direction = _tail_base(rect, target)
    tip = _tip(bx, by, target)
    points = [(bx - 22, by - 6 * direction), (bx + 22, by - 6 * direction), tip]
    canvas.polygon(points, fill=pal.WHITE, border=pal.INK, width=4)


def _tail_cover(canvas: Canvas, rect: Rect, target) -> None:
    # Paint over the bubble's border where the tail joins, so they read as one shape.
    bx, by, direction = _tail_base(rect, target)
    canvas.polygon([(bx - 19, by - 10 * direction), (bx + 19, by - 10 * direction),
                    (bx, by + 10 * direction)], fill=pal.WHITE)


def _tip(bx: float, by: float, target) -> tuple[float, float]:
    # Stop short of the mouth: the tail points at the speaker, it doesn't touch them.
    dx, dy = target[0] - bx, target[1] - by
    dist = math.hypot(dx, dy) or 1
    reach = max(20.0, min(dist - 60, 80))
    return bx + dx / dist * reach, by + dy / dist * reach


def _trail(canvas: Canvas, rect: Rect, target) -> None:
    bx, by, _ = _tail_base(rect, target)
    tip = _tip(bx, by + 8, target)
    for i, radius in enumerate((13, 9, 6)):
        t = (i + 1) / 3.4
        canvas.circle((bx + (tip[0] - bx) * t, by + 8 + (tip[1] - by - 8) * t), radius,
                      fill=pal.WHITE, border=pal.INK, width=3)


def _spikes(rect: Rect) -> list[tuple[float, float]]:
    x, y, w, h = rect
    cx, cy = x + w / 2, y + h / 2
    points = []
    count = 22
    for i in range(count):
        angle = 2 * math.pi * i / count
        grow = 1.18 if i % 2 == 0 else 1.0
        points.append((cx + math.cos(angle) * (w / 2 + 10) * grow,
                       cy + math.sin(angle) * (h / 2 + 10) * grow))
    return points
