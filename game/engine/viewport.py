"""The logical space scenes draw in, and its mapping onto the real window.

Scenes lay out in logical units, 1280 wide. On a 16:9 window (or wider) the space
is 1280x720, letterboxed at the sides if needed. A scene that can use a taller
screen says so (`adaptive = True`); when every visible scene does, the space grows
with the window's shape, up to 1280x1024 (5:4): 1280x960 on a 4:3 classroom
monitor, 1280x1024 on a 5:4 one, with no bars. Anything narrower than 5:4 is
letterboxed above and below.
"""
from __future__ import annotations

from dataclasses import dataclass

LOGICAL_W = 1280
LOGICAL_H = 720  # the height of the 16:9 space, and the least any space has
TALLEST_H = 1024  # 5:4: the tallest space a layout is made for
TALL_FROM = 880  # from this height on, screens use their tall layouts (4:3, 5:4)


@dataclass(frozen=True)
class Viewport:
    """Maps logical coordinates to real pixels: a uniform scale plus an offset."""

    width: int  # the real window size
    height: int
    adaptive: bool = False  # False: the fixed 1280x720 space, letterboxed

    @property
    def size(self) -> tuple[int, int]:
        """The logical space: 1280 wide, 720 tall or taller for a squarer window."""
        if not self.adaptive or self.width <= 0:
            return (LOGICAL_W, LOGICAL_H)
        tall = round(LOGICAL_W * self.height / self.width)
        return (LOGICAL_W, min(TALLEST_H, max(LOGICAL_H, tall)))

    @property
    def scale(self) -> float:
        w, h = self.size
        return min(self.width / w, self.height / h)

    @property
    def offset(self) -> tuple[float, float]:
        w, h = self.size
        s = self.scale
        return ((self.width - w * s) / 2, (self.height - h * s) / 2)

    def to_logical(self, x: float, y: float) -> tuple[float, float]:
        ox, oy = self.offset
        return ((x - ox) / self.scale, (y - oy) / self.scale)

    def to_real(self, x: float, y: float) -> tuple[float, float]:
        ox, oy = self.offset
        return (ox + x * self.scale, oy + y * self.scale)


def is_tall(size: tuple[float, float]) -> bool:
    """Whether a logical space is tall enough for the stacked layouts (4:3, 5:4)."""
    return size[1] >= TALL_FROM
