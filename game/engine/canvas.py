"""Drawing in logical coordinates onto the real window surface.

Scenes and widgets draw through a Canvas with the coordinates of the 1280x720
logical space (or of a panel's own 1280x720 space, via `sub`). The canvas turns
them into real pixels, renders fonts at the real size and SVGs at the real size,
so the picture is sharp at any window size.

Text is laid out in logical units before it is drawn: where a line breaks is
decided by widths measured with the font at its logical size, never at the
window's, so a bubble wraps the same at 1280x720 and at 1920x1080.

While a LayoutLog is attached (`canvas.log`), what is drawn is also recorded:
text with its lines, the boxes that hold it (opened with `group`), characters
and leader lines, in real pixels (see game.engine.layoutlog).
"""
from __future__ import annotations

import copy
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pygame

from game.engine import words
from game.engine.assets import Assets
from game.engine.linebreak import balanced, units_of, wrap_counted, wrap_units
from game.engine.widths import Widths, widths_of

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


@lru_cache(maxsize=2048)
def _units(text: str, state: str) -> tuple[tuple[str, ...], ...]:
    """The pieces a text wraps between (see linebreak.units_of), worked out once per text for
    every width and size it is laid out at. `state` is the word dictionary's: a text split
    while it was loading (between any 字) is split again, between words, once it is there."""
    return tuple(tuple(units) for units in units_of(text, words.cut))


def _measures(widths: Widths, text: str, size: float, bold: bool):
    """How layout measures a text at a size: the width of a piece of it in logical units (as
    Canvas.layout_width), and for a text of counted characters (see game.engine.widths) how
    many characters are no wider than a width; None for other text."""
    px = max(6, round(size))
    if widths.all_simple(text.replace("\n", ""), bold):
        def counted(s: str) -> float:
            return len(s) * px * size / px  # the very number Widths gives: len(s) * px

        def fit(w: float) -> int:
            count = int(w / size) + 1
            while count > 0 and count * px * size / px > w:
                count -= 1
            return count

        return counted, fit
    known = widths.table(px, bold)

    def measured(s: str) -> float:  # (looked up directly: layout asks for every prefix)
        w = known.get(s)
        return (w if w is not None else widths.width(s, px, bold)) * size / px

    return measured, None


@dataclass
class TextBlock:
    lines: list[str]
    size: int
    line_height: float
    width: float  # widest line, logical
    height: float
    fits: bool  # False when the text was cut to fit max_lines
    source: str = ""  # the text that was wrapped (the layout check compares lines with it)


class Canvas:
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

    def sub(self, rect: Rect, inner_width: float) -> "Canvas":
        """A canvas whose (0, 0)-(inner_width, ...) space fills `rect` of this one."""
        x, y, w, h = rect
        ox, oy = self.real_point(x, y)
        inner = Canvas(self.surface, self.assets, self.scale * w / inner_width, (ox, oy),
                       (inner_width, h * inner_width / w if w else 0))
        inner.art_roots = self.art_roots
        inner.log = self.log
        inner.area = self.area
        return inner

    def with_art(self, roots: tuple[Path, ...]) -> "Canvas":
        """The same canvas, taking art from these folders first (a level pack's own art)."""
        other = copy.copy(self)
        other.art_roots = tuple(roots)
        return other

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
        if type(self) is not Canvas or self.log is not None or self.surface.get_flags() & pygame.SRCALPHA:
            return draw(self)
        real = self.real_rect(bounds)
        if not (self.area or self.surface.get_rect()).contains(real):
            return draw(self)  # partly off the surface (or a look-ahead's 1x1 one): drawn as it is
        at = (real.x - real.x % 2, real.y - real.y % 2)
        assets = self.assets
        colours = tuple(sorted(assets.colours.items())) if assets.colours else None
        full = (key, tuple(real), self.scale, tuple(self.origin), self.art_roots, assets.text_scale, colours,
                assets.lang, words.state())
        if over is None:
            picture, result = assets.widgets.get_or(full, lambda: self._make_kept(real, at, draw))
        else:
            backdrop, veil = self.ink(over[0]), self.ink(over[1])
            full += (tuple(backdrop), tuple(veil) if veil else None)
            picture, result = assets.widgets.get_or(full, lambda: self._make_over(real, at, draw, backdrop, veil))
        self.surface.blit(picture, at)
        return result

    def kept_rect(self, bounds: Rect) -> pygame.Rect:
        """The window pixels a kept picture for `bounds` covers (see `kept`)."""
        real = self.real_rect(bounds)
        return pygame.Rect(real.x - real.x % 2, real.y - real.y % 2, real.right - real.x + real.x % 2,
                           real.bottom - real.y + real.y % 2)

    def _make_kept(self, real: pygame.Rect, at: tuple[int, int], draw):
        picture = pygame.Surface((real.right - at[0], real.bottom - at[1]), pygame.SRCALPHA)
        inner = Canvas(picture, self.assets, self.scale, (self.origin[0] - at[0], self.origin[1] - at[1]), self.size)
        inner.art_roots = self.art_roots
        return picture, draw(inner)

    def _make_over(self, real: pygame.Rect, at: tuple[int, int], draw, backdrop, veil):
        clear, result = self._make_kept(real, at, draw)
        window = pygame.display.get_surface()
        picture = pygame.Surface(clear.get_size(), 0, window) if window is not None else pygame.Surface(clear.get_size())
        picture.fill(backdrop)
        picture.blit(clear, (0, 0))
        if veil is not None:
            Canvas(picture, self.assets, 1.0)._blend(picture.get_rect(), veil)
        return picture, result

    # -- coordinates ------------------------------------------------------

    def real_point(self, x: float, y: float) -> tuple[float, float]:
        return (self.origin[0] + x * self.scale, self.origin[1] + y * self.scale)

    def real_rect(self, rect: Rect) -> pygame.Rect:
        x, y, w, h = rect
        x0, y0 = self.real_point(x, y)
        x1, y1 = self.real_point(x + w, y + h)
        return pygame.Rect(round(x0), round(y0), round(x1) - round(x0), round(y1) - round(y0))

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
            else:
                pygame.draw.rect(self.surface, fill, r, border_radius=rad)
        if border is not None and width:
            pygame.draw.rect(self.surface, border, r, self.px(width), border_radius=rad)

    def shadow(self, rect: Rect, offset: tuple[float, float], colour, radius: float = 0) -> None:
        """The shadow of an opaque box about to be drawn at `rect` (with this corner radius),
        fallen by `offset`: only what that box leaves showing, from two thin kept strips (the
        right and bottom edges). Blending all of a card's shadow cost half a millisecond at
        1080p, and most of it lies under the card."""
        x, y, w, h = rect
        fallen = (x + offset[0], y + offset[1], w, h)
        colour = self.ink(colour)
        body, cast = self.real_rect(rect), self.real_rect(fallen)
        if self.surface.get_flags() & pygame.SRCALPHA or body.w <= 0 or body.h <= 0 or cast.w <= 0 or cast.h <= 0:
            self.box(fallen, fill=colour, radius=radius)
            return
        if self.area is None and not body.union(cast).colliderect(self.surface.get_clip()):
            return  # (on a look-ahead's stand-in canvas the pieces are made all the same)
        rad = self.px(radius) if radius else 0
        key = ("shadow", body.size, (cast.x - body.x, cast.y - body.y), cast.size, rad, tuple(colour))
        for piece, at in self.assets.corners.get_or(key, lambda: _shadow_pieces(body, cast, rad, colour)):
            self.surface.blit(piece, (body.x + at[0], body.y + at[1]))

    def _blend(self, r: pygame.Rect, colour) -> None:
        """dst * (1 - a) + colour * a over a rect of an opaque surface, in place."""
        r = r.clip(self.surface.get_clip())  # a blending fill ignores the clip: clip it here
        if not r.w or not r.h:
            return
        keep = 255 - colour[3]
        self.surface.fill((keep, keep, keep), r, special_flags=pygame.BLEND_RGB_MULT)
        self.surface.fill(tuple(round(c * colour[3] / 255) for c in colour[:3]), r,
                          special_flags=pygame.BLEND_RGB_ADD)

    def _blend_rounded(self, r: pygame.Rect, colour, radius: int) -> None:
        """A translucent rounded rectangle over an opaque surface: the straight parts blended
        in place, the four corners copied from one small kept quarter-disc each. (A layer the
        size of a card, made and thrown away each frame, cost a millisecond at 1080p.)"""
        rad = radius
        if rad <= 0:
            self._blend(r, colour)
            return
        self._blend(pygame.Rect(r.x + rad, r.y, r.w - 2 * rad, r.h), colour)
        self._blend(pygame.Rect(r.x, r.y + rad, rad, r.h - 2 * rad), colour)
        self._blend(pygame.Rect(r.right - rad, r.y + rad, rad, r.h - 2 * rad), colour)
        corners = self.assets.corners.get_or((rad, tuple(colour)), lambda: _corners(rad, colour))
        for piece, at in zip(corners, (r.topleft, (r.right - rad, r.y), (r.x, r.bottom - rad),
                                       (r.right - rad, r.bottom - rad))):
            self.surface.blit(piece, at)

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

    def veil(self, colour, holes: list[Rect] = (), radius: float = 12, under: Rect | None = None,
             under_radius: float = 0, skip: list[pygame.Rect] | None = None) -> None:
        """Cover the whole surface with a translucent colour, leaving holes clear. `under`: a
        box (with that corner radius) the caller paints over at once, opaque: not veiled.
        `skip`: real rects, not overlapping, veiled already (a panel drawn from its veiled
        picture with what shows through the holes put back unveiled, a page painted in its
        veiled colour)."""
        colour = self.ink(colour)
        if len(colour) == 4 and not self.surface.get_flags() & pygame.SRCALPHA:
            # On the window: keep what shows through each hole, blend the colour over the rest
            # in place, and put the holes back. No window-sized layer (8 MB at 1080p) is made.
            put_back = self._keep_holes([self.real_rect(h) for h in holes], self.px(radius), skip)
            parts = [self.surface.get_clip()]
            if under is not None:
                box, rad = self.real_rect(under), self.px(under_radius) if under_radius else 0
                parts = [piece for part in parts for piece in around(part, box.inflate(-2 * rad, -2 * rad))]
            parts = [piece for part in parts for piece in subtract(part, skip or ())]
            for part in parts:
                self._blend(part, colour)
            put_back(colour)
        else:
            layer = pygame.Surface(self.surface.get_size(), pygame.SRCALPHA)
            layer.fill(colour)
            for hole in holes:
                pygame.draw.rect(layer, (0, 0, 0, 0), self.real_rect(hole), border_radius=self.px(radius))
            self.surface.blit(layer, (0, 0))
        if self.log is not None:
            self.log.new_layer()  # what is beneath is checked apart from what comes over it

    def _keep_holes(self, holes: list[pygame.Rect], radius: int, skip: list[pygame.Rect] | None = None):
        """Copy what shows through each rounded hole before a veil; returns what puts it back.

        Each hole is copied whole (a plain copy) and put back whole, then its four corners,
        outside the rounding, are veiled from small kept pieces (a hole inside `skip`, the
        part veiled already around it, needs only its corners). Holes that overlap are kept
        as rounded cut-outs instead (slower: the corners of one may lie in another)."""
        bounds = self.surface.get_rect()
        holes = [h for h in holes if h.w > 0 and h.h > 0 and h.colliderect(bounds)]
        if not simple_holes(holes, radius):
            cut = []
            for r in holes:
                piece = pygame.Surface(r.size, pygame.SRCALPHA)
                pygame.draw.rect(piece, (255, 255, 255, 255), piece.get_rect(), border_radius=radius)
                piece.blit(self.surface, (0, 0), r, special_flags=pygame.BLEND_RGBA_MIN)
                cut.append((piece, r.topleft))
            return lambda colour: [self.surface.blit(piece, at) for piece, at in cut]
        copies = [(None if any(s.contains(r) for s in skip or ()) else self.surface.subsurface(r.clip(bounds)).copy(),
                   r) for r in holes]

        def put_back(colour) -> None:
            for piece, r in copies:
                if piece is not None:
                    self.surface.blit(piece, r.clip(bounds).topleft)
                rad = radius
                if rad > 0:
                    key = ("outside", rad, tuple(colour))
                    corners = self.assets.corners.get_or(key, lambda: _corners(rad, colour, outside=True))
                    for corner, at in zip(corners, (r.topleft, (r.right - rad, r.y), (r.x, r.bottom - rad),
                                                    (r.right - rad, r.bottom - rad))):
                        self.surface.blit(corner, at)
        return put_back

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

    def layout_width(self, text: str, size: float, bold: bool = False) -> float:
        """The width of one line as layout sees it: the font at its logical size, at any scale.

        Rounding at the real size makes a line a pixel wider at one scale than at
        another; measured here, the same text breaks the same in every window.
        """
        px = max(6, round(size))
        return widths_of(self.assets).width(text, px, bold) * size / px

    def layout(self, text: str, width: float, size: float, bold: bool = False,
               max_lines: int = 0, line_gap: float = 0.25, balance: bool = True) -> TextBlock:
        """Wrap text to a width between words, evening out the lines unless told not to.

        Layouts are cached; they do not depend on the scale. One made while the word
        dictionary is still loading (breaks between any 字) is keyed apart, so it is
        made again, between words, once the dictionary is there.
        """
        if words.state() == words.IDLE:
            words.wait()  # nobody warmed it up (tests, screenshots, validate): load it now, once
        base = self._cached(text, width, size, bold, max_lines, line_gap, balance)
        scale = self.assets.text_scale
        if scale == 1.0 or not base.fits:
            return base
        # The player's larger text, where it keeps to the space the standard text may take: the
        # same width, no more lines than the standard size needs, and within max_lines of it.
        room = size * (1 + line_gap) * max_lines - size * line_gap if max_lines else float("inf")
        for factor in (scale, (1 + scale) / 2):
            big = self._cached(text, width, size * factor, bold, max_lines, line_gap, balance)
            if big.fits and len(big.lines) <= len(base.lines) and big.height <= room + 0.5:
                return big
        return base

    def _cached(self, text, width, size, bold, max_lines, line_gap, balance) -> TextBlock:
        key = (text, width, size, bold, max_lines, line_gap, balance, words.state())
        return self.assets.layouts.get_or(key, lambda: self._layout(text, width, size, bold, max_lines,
                                                                     line_gap, balance))

    def _layout(self, text, width, size, bold, max_lines, line_gap, balance) -> TextBlock:
        measure, fit = _measures(widths_of(self.assets), text, size, bold)
        if fit is not None and "\n" not in text and measure(text) <= width:
            lines = [text]  # counted text that fits: so does each piece of it, wherever it could break
        else:
            units = _units(text, words.state())  # split once, wrapped at every trial width
            if balance:
                lines = balanced(units, width, measure, fit)
            else:
                lines = wrap_counted(units, fit(width)) if fit is not None else wrap_units(units, width, measure)
        fits = not max_lines or len(lines) <= max_lines
        if not fits:
            lines = lines[:max_lines]
            lines[-1] = lines[-1][:-1] + "…"
        line_height = size * (1 + line_gap)
        widest = max((measure(s) for s in lines), default=0)
        return TextBlock(lines, int(size), line_height, widest, line_height * len(lines) - size * line_gap, fits,
                         text)

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


def _corners(radius: int, colour, outside: bool = False) -> tuple[pygame.Surface, ...]:
    """The four corners of a translucent rounded rectangle (top-left, top-right, bottom-left,
    bottom-right), cut from one rounded square drawn as pygame draws any rounded rectangle: its
    side is 2r + 1, so the corners' centres meet on one middle row and column, left out.
    `outside`: the colour around the rounding instead (a rounded hole in a veil)."""
    disc = pygame.Surface((2 * radius + 1, 2 * radius + 1), pygame.SRCALPHA)
    if outside:
        disc.fill(colour)
    pygame.draw.rect(disc, (0, 0, 0, 0) if outside else colour, disc.get_rect(), border_radius=radius)
    return tuple(disc.subsurface((x, y, radius, radius)).copy()
                 for y in (0, radius + 1) for x in (0, radius + 1))


def solid_fill(surface: pygame.Surface, colour, rect: pygame.Rect) -> None:
    """surface.fill(colour, rect), in two parts when the rect starts off a 16-pixel column.

    SDL's fast fill (2.32, x86) pays about half a microsecond per row when a row starts off
    a 64-byte boundary: a 20 x 1000 strip at x = 1 took 0.56 ms, at x = 16 six microseconds.
    A strip narrower than 16 pixels is filled another way, so the unaligned head goes first."""
    x, y, w, h = rect
    aligned = min(x + w, -(-x // 16) * 16)
    if aligned > x and aligned < x + w:
        surface.fill(colour, (x, y, aligned - x, h))
        surface.fill(colour, (aligned, y, x + w - aligned, h))
    else:
        surface.fill(colour, rect)


def simple_holes(holes: list[pygame.Rect], radius: int) -> bool:
    """Whether a veil's holes (real pixels) can be copied whole and their corners veiled after:
    none overlaps another, and each has room for its rounding (pygame shrinks a radius that
    does not fit its own way)."""
    return not any(2 * radius > min(h.size) for h in holes) and \
        not any(a.colliderect(b) for i, a in enumerate(holes) for b in holes[i + 1:])


def around(outer: pygame.Rect, inner: pygame.Rect) -> list[pygame.Rect]:
    """The parts of `outer` outside `inner`, as up to four rects (above, below, left, right)."""
    inner = inner.clip(outer)
    if not inner.w or not inner.h:
        return [outer]
    return [r for r in (
        pygame.Rect(outer.x, outer.y, outer.w, inner.y - outer.y),
        pygame.Rect(outer.x, inner.bottom, outer.w, outer.bottom - inner.bottom),
        pygame.Rect(outer.x, inner.y, inner.x - outer.x, inner.h),
        pygame.Rect(inner.right, inner.y, outer.right - inner.right, inner.h),
    ) if r.w > 0 and r.h > 0]


@lru_cache(maxsize=16)
def veiled_colour(colour: tuple, veil: tuple) -> tuple[int, int, int]:
    """An opaque colour as a veil blended over it (Canvas.veil) leaves it: the very same pixels."""
    dot = pygame.Surface((1, 1))
    dot.fill(colour)
    Canvas(dot, None, 1.0)._blend(dot.get_rect(), veil)
    return tuple(dot.get_at((0, 0)))[:3]


def subtract(outer: pygame.Rect, cutters) -> list[pygame.Rect]:
    """The parts of `outer` outside every cutter, as rects that do not overlap."""
    parts = [outer]
    for cut in cutters:
        parts = [piece for part in parts for piece in around(part, cut)]
    return parts


def _shadow_pieces(body: pygame.Rect, cast: pygame.Rect, radius: int, colour) -> list[tuple[pygame.Surface, tuple]]:
    """What shows of a shadow `cast` under an opaque rounded `body`, as transparent pictures
    and where they go (from the body's corner): a strip down the right and one along the
    bottom when nothing else shows (a shadow that falls right and down), else all of it."""
    dx, dy = cast.x - body.x, cast.y - body.y
    x0, y0 = min(0, dx), min(0, dy)
    whole = pygame.Surface((max(body.w, dx + cast.w) - x0, max(body.h, dy + cast.h) - y0), pygame.SRCALPHA)
    pygame.draw.rect(whole, colour, (dx - x0, dy - y0, cast.w, cast.h), border_radius=radius)
    pygame.draw.rect(whole, (0, 0, 0, 0), (-x0, -y0, body.w, body.h), border_radius=radius)
    rad = min(radius, body.w // 2, body.h // 2)
    right, bottom = body.w - rad - x0, body.h - rad - y0
    rest = whole.subsurface((0, 0, max(0, right), max(0, bottom)))
    if x0 or y0 or right <= 0 or bottom <= 0 or pygame.mask.from_surface(rest, 0).count():
        return [(whole, (x0, y0))]
    w, h = whole.get_size()
    return [(whole.subsurface((right, 0, w - right, h)).copy(), (right, 0)),
            (whole.subsurface((0, bottom, right, h - bottom)).copy(), (0, bottom))]
