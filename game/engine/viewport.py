"""The 1280x720 logical space and its mapping onto the real window (letterboxed)."""
from __future__ import annotations

from dataclasses import dataclass

LOGICAL_W = 1280
LOGICAL_H = 720


@dataclass(frozen=True)
class Viewport:
    """Maps logical coordinates to real pixels: a uniform scale plus an offset."""

    width: int  # the real window size
    height: int

    @property
    def scale(self) -> float:
        return min(self.width / LOGICAL_W, self.height / LOGICAL_H)

    @property
    def offset(self) -> tuple[float, float]:
        s = self.scale
        return ((self.width - LOGICAL_W * s) / 2, (self.height - LOGICAL_H * s) / 2)

    def to_logical(self, x: float, y: float) -> tuple[float, float]:
        ox, oy = self.offset
        return ((x - ox) / self.scale, (y - oy) / self.scale)

    def to_real(self, x: float, y: float) -> tuple[float, float]:
        ox, oy = self.offset
        return (ox + x * self.scale, oy + y * self.scale)
