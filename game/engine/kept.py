"""Widgets kept as pictures: a mixin of Canvas (game/engine/canvas.py).

A widget drawn the same each whole frame (a button, the leak meter) is drawn once into a
picture kept in the assets' bounded `widgets` cache, and a frame copies it. The key names
everything the drawing depends on; the canvas adds its place, scale and the player's
settings. A picture may also be kept composed onto a known page colour, veiled or not
(`over`), and is then copied on plainly.
"""
from __future__ import annotations

import pygame

from game.engine import words
from game.engine.translucent import blend_fill

Rect = tuple[float, float, float, float]


class KeptPictures:
    def kept(self, key, bounds: Rect, draw, over: tuple | None = None):
        """Draw `draw(canvas)` (all of it inside `bounds`) from a picture kept by `key`, made
        the first time: what it returns is kept too. For a widget drawn each whole frame the
        same (a button, the leak meter): one copy instead of its boxes, shadow and words.

        The picture is transparent where nothing is drawn; what is drawn over nothing (a
        shadow) keeps its colour and alpha, so copying it on blends it as drawing it there
        would, within rounding. It starts on even pixels, so coordinates round as on the
        window. `key` must name everything the drawing depends on beyond
        its place, scale and the player's settings (which are added here).

        `over`: (backdrop, veil): the caller knows the window shows only the opaque colour
        `backdrop` where the picture goes (`kept_rect`): it is kept copied onto that colour
        once (and blended with the translucent `veil`, unless None), opaque, and a frame
        copies it plainly: the same pixels as copying the transparent one there (and
        veiling them), without the blending each frame."""
        if not self.plain or self.log is not None or self.surface.get_flags() & pygame.SRCALPHA:
            return draw(self)
        real = self.real_rect(bounds)
        if not (self.area or self.surface.get_rect()).contains(real):
            return draw(self)  # partly off the surface (or a look-ahead's 1x1 one): drawn as it is
        at = (real.x - real.x % 2, real.y - real.y % 2)
        assets = self.assets
        colours = tuple(sorted(assets.colours.items())) if assets.colours else None
        dx, dy = self.shift  # (drawn onto a copy of part of the window: named as on the window)
        full = (key, tuple(real.move(dx, dy)), self.scale, (self.origin[0] + dx, self.origin[1] + dy),
                self.art_roots, assets.text_scale, colours, assets.lang, words.state())
        if over is None:
            picture, result = assets.widgets.get_or(full, lambda: self._make_kept(real, at, draw))
        else:
            backdrop, veil = self.ink(over[0]), self.ink(over[1])
            full += (tuple(backdrop), tuple(veil) if veil else None)
            picture, result = assets.widgets.get_or(full, lambda: self._make_over(real, at, draw, backdrop, veil))
        self.surface.blit(picture, at)
        return result

    def grab(self, bounds: Rect, use: str):
        """A copy of what the surface shows at `bounds` (from even pixels, so what `draw_on`
        draws onto it lands as it would on the surface), with where it goes. It is made on a
        surface kept for `use` (Assets.scratch): the next grab for that use draws over it."""
        real = self.real_rect(bounds).clip(self.surface.get_clip())
        real = pygame.Rect(real.x - real.x % 2, real.y - real.y % 2, real.w + real.x % 2, real.h + real.y % 2)
        kept = self.assets.scratch.get(use)
        if kept is None or kept.get_width() < real.w or kept.get_height() < real.h \
                or kept.get_bitsize() != self.surface.get_bitsize():
            old = kept.get_size() if kept is not None else (0, 0)
            kept = pygame.Surface((max(old[0], real.w), max(old[1], real.h)), 0, self.surface)
            self.assets.scratch[use] = kept
        picture = kept.subsurface((0, 0, real.w, real.h))
        picture.blit(self.surface, (0, 0), real)
        return picture, real.topleft

    def draw_on(self, picture, draw) -> None:
        """`draw(canvas)` onto a grabbed picture, as it would draw on this canvas there."""
        surface, at = picture
        inner = type(self)(surface, self.assets, self.scale, (self.origin[0] - at[0], self.origin[1] - at[1]),
                           self.size)
        inner.art_roots = self.art_roots
        inner.area = self.surface.get_rect().move(-at[0], -at[1])  # (kept pictures lie as on the surface)
        inner.shift = (self.shift[0] + at[0], self.shift[1] + at[1])  # (and are the same pictures)
        draw(inner)

    def show(self, picture, alpha: int = 255) -> None:
        """A grabbed picture copied back on, at this opacity (0-255)."""
        surface, at = picture
        surface.set_alpha(None if alpha >= 255 else alpha)
        self.surface.blit(surface, at)

    def kept_rect(self, bounds: Rect) -> pygame.Rect:
        """The window pixels a kept picture for `bounds` covers (see `kept`)."""
        real = self.real_rect(bounds)
        return pygame.Rect(real.x - real.x % 2, real.y - real.y % 2, real.right - real.x + real.x % 2,
                           real.bottom - real.y + real.y % 2)

    def _make_kept(self, real: pygame.Rect, at: tuple[int, int], draw):
        picture = pygame.Surface((real.right - at[0], real.bottom - at[1]), pygame.SRCALPHA)
        inner = type(self)(picture, self.assets, self.scale, (self.origin[0] - at[0], self.origin[1] - at[1]),
                           self.size)
        inner.art_roots = self.art_roots
        return picture, draw(inner)

    def _make_over(self, real: pygame.Rect, at: tuple[int, int], draw, backdrop, veil):
        clear, result = self._make_kept(real, at, draw)
        window = pygame.display.get_surface()
        picture = pygame.Surface(clear.get_size(), 0, window) if window is not None else pygame.Surface(clear.get_size())
        picture.fill(backdrop)
        picture.blit(clear, (0, 0))
        if veil is not None:
            blend_fill(picture, picture.get_rect(), veil)
        return picture, result
