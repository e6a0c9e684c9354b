"""A canvas that lays out without painting: the same layout code, no pixels.

Screens lay themselves out once through a DryCanvas, in logical units, before
their first frame: hit areas (a hunt's tappable parts) then exist before
anything is drawn, and checks and tests measure with the game's own layout code.
Whatever only paints (shapes, art, a laid-out block of text) does nothing here.
"""
from __future__ import annotations

from contextlib import nullcontext

import pygame

from game.engine.assets import Assets
from game.engine.canvas import Canvas, Rect, anchored

_NOTHING = nullcontext()  # (reusable: it does nothing on entering and on leaving)


class DryCanvas(Canvas):
    plain = False

    def __init__(self, assets: Assets, scale: float = 1.0, origin: tuple[float, float] = (0.0, 0.0),
                 surface: pygame.Surface | None = None) -> None:
        # (A 1x1 surface nothing is drawn on: a canvas's parts share their root's.)
        super().__init__(surface if surface is not None else pygame.Surface((1, 1)), assets, scale, origin)

    def sub(self, rect: Rect, inner_width: float) -> "DryCanvas":
        x, y, w, _ = rect
        inner = DryCanvas(self.assets, self.scale * w / inner_width, self.real_point(x, y), self.surface)
        inner.art_roots = self.art_roots
        return inner

    def group(self, role: str, rect: Rect, name: str = ""):
        # (With nothing recording, a box of text is nothing to a canvas that does not paint.)
        return super().group(role, rect, name) if self.log is not None else _NOTHING

    def box(self, *args, **kwargs) -> None:
        pass

    def shadow(self, *args, **kwargs) -> None:
        pass

    def polygon(self, *args, **kwargs) -> None:
        pass

    def ellipse(self, *args, **kwargs) -> None:
        pass

    def circle(self, *args, **kwargs) -> None:
        pass

    def line(self, *args, **kwargs) -> None:
        pass

    def veil(self, *args, **kwargs) -> None:
        pass

    def art(self, *args, **kwargs) -> None:
        pass

    def text(self, text: str, pos, size: float, colour, bold: bool = False, anchor: str = "topleft") -> Rect:
        return anchored(pos, self.measure(text, size, bold), size, anchor)

    def text_block(self, *args, **kwargs) -> None:
        # A block is already laid out: drawing it only paints and records, so with nothing
        # recording (no LayoutLog) there is nothing to do (not even measuring each line again).
        if self.log is not None:
            super().text_block(*args, **kwargs)
