"""Drawing in logical coordinates onto the real window surface.

Scenes and widgets draw through a Canvas with the coordinates of the 1280x720
logical space (or of a panel's own 1280x720 space, via `sub`). The canvas turns
them into real pixels, renders fonts at the real size and SVGs at the real size,
so the picture is sharp at any window size.

Text is laid out in logical units before it is drawn (game.engine.textlayout,
whose `layout` every canvas has): a bubble wraps the same at 1280x720 and at
1920x1080.

While a LayoutLog is attached (`canvas.log`), what is drawn is also recorded:
text with its lines, the boxes that hold it (opened with `group`), characters
and leader lines, in real pixels (see game.engine.layoutlog).
"""
from __future__ import annotations

import copy
from contextlib import contextmanager
from pathlib import Path

import pygame

from game.engine.assets import Assets
from game.engine.kept import KeptPictures
from game.engine.textlayout import TextBlock, TextLayout, Wrap, height_of  # noqa: F401 - views import them from here
from game.engine.translucent import Translucent, solid_fill
from game.engine.widths import widths_of

Rect = tuple[float, float, float, float]
# Where the em box starts inside a rendered line of Noto Sans SC (its line box is
# about 1.45 em tall with the glyphs in its upper part), as a fraction of the size.
EM_TOP = 0.27


def anchored(pos, w: float, h: float, anchor: str) -> Rect:
    """The box of size w x h placed at `pos` by its `anchor` (topleft, center, midright, ...)."""
    x, y = pos
    if "right" in anchor:
        x -= w
    elif anchor in ("center", "midtop", "midbottom"):
        x -= w / 2
    if "bottom" in anchor:
        y -= h
    elif anchor in ("center", "midleft", "midright"):
        y -= h / 2
    return (x, y, w, h)


class Canvas(KeptPictures, Translucent, TextLayout):
    plain = True  # draws pixels (a DryCanvas only lays out: it keeps no picture)

    def __init__(self, surface: pygame.Surface, assets: Assets, scale: float,
                 origin: tuple[float, float] = (0.0, 0.0), size: tuple[float, float] = (1280, 720)) -> None:
        self.surface = surface
        self.assets = assets
        self.scale = scale
        self.origin = origin
        self.size = size  # the logical space this canvas draws in (1280x720, or taller: see viewport)
        self.art_roots: tuple[Path, ...] = ()  # folders searched for art before the game's own
        self.log = None  # a LayoutLog while the layout is being recorded
        # Where kept pictures may lie (see `kept`): the surface, or the window a look-ahead's
        # 1x1 canvas stands in for (it makes the window's pictures, drawing nothing).
        self.area: pygame.Rect | None = None
        self.shift = (0, 0)  # where this surface's (0, 0) lies on the window (a grabbed copy's)

    def sub(self, rect: Rect, inner_width: float) -> "Canvas":
        """A canvas whose (0, 0)-(inner_width, ...) space fills `rect` of this one."""
        x, y, w, h = rect
        ox, oy = self.real_point(x, y)
        inner = Canvas(self.surface, self.assets, self.scale * w / inner_width, (ox, oy),
                       (inner_width, h * inner_width / w if w else 0))
        inner.art_roots = self.art_roots
        inner.log = self.log
        inner.area = self.area
        inner.shift = self.shift
        return inner

    def with_art(self, roots: tuple[Path, ...]) -> "Canvas":
        """The same canvas, taking art from these folders first (a level pack's own art)."""
        other = copy.copy(self)
        other.art_roots = tuple(roots)
        return other

    # -- coordinates ------------------------------------------------------

    def real_point(self, x: float, y: float) -> tuple[float, float]:
        return (self.origin[0] + x * self.scale, self.origin[1] + y * self.scale)

    def real_rect(self, rect: Rect) -> pygame.Rect:
        x, y, w, h = rect
        s = self.scale
        ox, oy = self.origin
        left, top = round(ox + x * s), round(oy + y * s)  # (real_point's corners, rounded)
        return pygame.Rect(left, top, round(ox + (x + w) * s) - left, round(oy + (y + h) * s) - top)

    def px(self, logical: float) -> int:
        return max(1, round(logical * self.scale))

    # -- recording (only while a LayoutLog is attached) ------------------------

    def _real_box(self, rect: Rect) -> tuple[float, float, float, float]:
        x, y, w, h = rect
        x0, y0 = self.real_point(x, y)
        return (x0, y0, w * self.scale, h * self.scale)

    @contextmanager
    def group(self, role: str, rect: Rect, name: str = ""):
        """Text drawn inside belongs to this box (a card, button, bubble …) for the layout check."""
        if self.log is None:
            yield
            return
        self.log.open(role, self._real_box(rect), name)
        try:
            yield
        finally:
            self.log.close()

    def mark(self, role: str, rect: Rect, name: str = "") -> None:
        """Record a box that holds no text of its own (a character, a badge) for the layout check."""
        if self.log is not None:
            self.log.box(role, self._real_box(rect), name)

    def trace(self, role: str, start, end) -> None:
        """Record a line that is not drawn as one (a speech tail's axis) for the layout check."""
        if self.log is not None:
            self.log.line(role, self.real_point(*start), self.real_point(*end))

    def keep(self, rect: Rect, name: str) -> None:
        """Record a rect an overlay must leave visible (drawn nothing; checked by the layout test)."""
        if self.log is not None:
            self.log.keep(self._real_box(rect), name)

    # -- shapes -------------------------------------------------------------

    def ink(self, colour):
        """The colour as the player's palette shows it (high contrast swaps the named colours)."""
        swap = self.assets.colours
        if not swap or colour is None:
            return colour
        new = swap.get(tuple(colour[:3]))
        return colour if new is None else (*new, *colour[3:])

    def box(self, rect: Rect, fill=None, border=None, width: float = 0, radius: float = 0) -> None:
        fill, border = self.ink(fill), self.ink(border)
        r = self.real_rect(rect)
        if not r.colliderect(self.surface.get_clip()) and r.w > 0 and r.h > 0:
            return  # all of it outside what is being drawn (a frame that redraws one part)
        rad = self.px(radius) if radius else 0
        if fill is not None:
            if len(fill) == 4 and not rad and not self.surface.get_flags() & pygame.SRCALPHA:
                # A translucent rectangle on an opaque surface, blended in place (a shadow, a fade):
                # dst * (1 - a) + colour * a, with no layer made (at 1080p a panel's is 4 MB a frame).
                self._blend(r, fill)
            elif len(fill) == 4 and not self.surface.get_flags() & pygame.SRCALPHA and 2 * rad <= min(r.size):
                # (A radius pygame must shrink to fit is drawn on a layer below, as pygame shrinks it.)
                self._blend_rounded(r, fill, rad)
            elif len(fill) == 4:
                layer = pygame.Surface(r.size, pygame.SRCALPHA)
                pygame.draw.rect(layer, fill, layer.get_rect(), border_radius=rad)
                self.surface.blit(layer, r.topleft)
            elif not rad:
                solid_fill(self.surface, fill, r)  # the same pixels as draw.rect, faster
            elif 2 * rad <= min(r.size):
                self._fill_rounded(r, fill, rad)  # the same pixels as draw.rect, faster
            else:
                pygame.draw.rect(self.surface, fill, r, border_radius=rad)
        if border is not None and width:
            pygame.draw.rect(self.surface, border, r, self.px(width), border_radius=rad)

    def polygon(self, points, fill=None, border=None, width: float = 0) -> None:
        fill, border = self.ink(fill), self.ink(border)
        real = [self.real_point(x, y) for x, y in points]
        if fill is not None:
            pygame.draw.polygon(self.surface, fill, real)
        if border is not None and width:
            pygame.draw.polygon(self.surface, border, real, self.px(width))

    def ellipse(self, rect: Rect, fill=None, border=None, width: float = 0) -> None:
        fill, border = self.ink(fill), self.ink(border)
        r = self.real_rect(rect)
        if fill is not None:
            pygame.draw.ellipse(self.surface, fill, r)
        if border is not None and width:
            pygame.draw.ellipse(self.surface, border, r, self.px(width))

    def circle(self, centre, radius: float, fill=None, border=None, width: float = 0) -> None:
        fill, border = self.ink(fill), self.ink(border)
        c = self.real_point(*centre)
        if fill is not None:
            pygame.draw.circle(self.surface, fill, c, radius * self.scale)
        if border is not None and width:
            pygame.draw.circle(self.surface, border, c, radius * self.scale, self.px(width))

    def line(self, start, end, colour, width: float = 2, role: str = "") -> None:
        """A straight line; with a role (a callout's "leader"), the layout check follows it."""
        colour = self.ink(colour)
        pygame.draw.line(self.surface, colour, self.real_point(*start), self.real_point(*end),
                         self.px(width))
        if role and self.log is not None:
            self.log.line(role, self.real_point(*start), self.real_point(*end))

    # -- art ------------------------------------------------------------------

    def art(self, relative: str, rect: Rect, flip: bool = False) -> None:
        r = self.real_rect(rect)
        image = self.assets.art(relative, r.size, self.art_roots, flip)
        self.surface.blit(image, r.topleft)
        if self.log is not None and relative.startswith("characters/"):
            shown = r.clip(self.surface.get_clip())
            self.log.box("character", (shown.x, shown.y, shown.w, shown.h), relative.split("/")[1])

    # -- text -------------------------------------------------------------------

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        """The width of one line as drawn at this canvas's scale, in logical units."""
        return widths_of(self.assets).width(text, self.px(size), bold) / self.scale

    def text(self, text: str, pos, size: float, colour, bold: bool = False,
             anchor: str = "topleft") -> Rect:
        """Draw one line; `pos` and `anchor` place its em box (the glyphs), not the line box."""
        surf = self.assets.text(text, self.px(size), self.ink(colour), bold)
        x, y, w, h = anchored(pos, surf.get_width() / self.scale, size, anchor)
        self.surface.blit(surf, self.real_point(x, y - size * EM_TOP))
        if self.log is not None and text.strip():
            self.log.text([(text, self._real_box((x, y, w, h)))], size * self.scale, text)
        return (x, y, w, h)

    def text_block(self, block: TextBlock, pos, colour, bold: bool = False,
                   align: str = "left", width: float = 0, limit: int | None = None) -> None:
        """Draw wrapped lines; with `limit`, only that many characters (text being revealed),
        each line already at its final place so nothing shifts as it appears."""
        x, y = pos
        left = limit
        drawn: list[tuple[str, tuple]] = []
        if self.log is not None:
            self.log._quiet += 1  # one entry for the block, not one per line
        try:
            for i, line in enumerate(block.lines):
                if left is not None and left <= 0:
                    break
                lx = x
                if align == "center":
                    lx = x + (width - self.measure(line, block.size, bold)) / 2
                shown = line if left is None else line[:left]
                drawn.append((shown, self.text(shown, (lx, y + i * block.line_height), block.size, colour, bold)))
                if left is not None:
                    left -= len(line)
        finally:
            if self.log is not None:
                self.log._quiet -= 1
        if self.log is not None:
            self.log.text([(t, self._real_box(r)) for t, r in drawn if t.strip()], block.size * self.scale,
                          block.source if limit is None else "")
