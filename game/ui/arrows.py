"""Where an arrow key takes the keyboard focus: to the nearest button that way, in line.

Buttons laid out in a grid (the level shelf, the PIN pad, the seats) are walked the
way they look: down goes to the button below, not to the next in the tab order.
"In line" means overlapping the focused button's column (up, down) or row (left,
right); a button further off to the side is not "below", so on the title Up from
开始闯关 does not jump to a corner button. No pygame: rects are plain tuples.
"""
from __future__ import annotations

from collections.abc import Sequence

Rect = tuple[float, float, float, float]

# The directions of game.engine.intents: the axis of the move (0: x, 1: y) and its sign.
_AXIS = {"up": (1, -1), "down": (1, 1), "left": (0, -1), "right": (0, 1)}


def _centre(rect: Rect) -> tuple[float, float]:
    return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2


def _overlap(a: Rect, b: Rect, axis: int) -> float:
    """How far a and b share a span along `axis` (0: their x ranges, 1: their y ranges)."""
    return min(a[axis] + a[axis + 2], b[axis] + b[axis + 2]) - max(a[axis], b[axis])


def in_line(rects: Sequence[Rect], current: int, direction: str) -> int | None:
    """The index of the nearest rect `direction` of rects[current] and in line with it, or None.

    A rect is that way when its centre is; in line when it overlaps the current one
    across the move (its columns for up and down, its rows for left and right). The
    nearest is the one whose centre is closest along the move, then across it; a
    tie goes to the earlier one in `rects`.
    """
    axis, sign = _AXIS[direction]
    here = rects[current]
    centre = _centre(here)
    best: tuple[float, float, int] | None = None
    for i, rect in enumerate(rects):
        if i == current:
            continue
        c = _centre(rect)
        along = (c[axis] - centre[axis]) * sign
        if along <= 0 or _overlap(here, rect, 1 - axis) <= 0:
            continue
        key = (along, abs(c[1 - axis] - centre[1 - axis]), i)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]
