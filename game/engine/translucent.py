"""Translucent drawing on opaque surfaces, blended in place: a mixin of Canvas
(game/engine/canvas.py), and the pixel helpers it uses.

A translucent box, a shadow or an overlay's veil is blended into the window where it
lies (dst * (1 - a) + colour * a, two SIMD fills), never through a layer the size of the
window; rounded corners and shadows come from small pieces kept in the assets' `corners`
cache; a veil keeps what shows through its holes and puts it back.
"""
from __future__ import annotations

from functools import lru_cache

import pygame

Rect = tuple[float, float, float, float]


class Translucent:
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
        blend_fill(self.surface, r, colour)

    def _fill_rounded(self, r: pygame.Rect, colour, radius: int) -> None:
        """An opaque rounded rectangle: three straight fills and four kept corners, the same
        pixels as pygame.draw.rect with that border radius (a card's costs a third less)."""
        rad = radius
        solid_fill(self.surface, colour, pygame.Rect(r.x + rad, r.y, r.w - 2 * rad, r.h))
        solid_fill(self.surface, colour, pygame.Rect(r.x, r.y + rad, rad, r.h - 2 * rad))
        solid_fill(self.surface, colour, pygame.Rect(r.right - rad, r.y + rad, rad, r.h - 2 * rad))
        corners = self.assets.corners.get_or((rad, tuple(colour)), lambda: _corners(rad, colour))
        for piece, at in zip(corners, (r.topleft, (r.right - rad, r.y), (r.x, r.bottom - rad),
                                       (r.right - rad, r.bottom - rad))):
            self.surface.blit(piece, at)

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

    def veil(self, colour, holes: list[Rect] = (), radius: float = 12, under: Rect | None = None,
             under_radius: float = 0, skip: list[pygame.Rect] | None = None) -> None:
        """Cover the whole surface with a translucent colour, leaving holes clear. `under`: a
        box (with that corner radius) the caller paints over at once, opaque: not veiled.
        `skip`: real rects, not overlapping, veiled already (a panel drawn from its veiled
        picture with what shows through the holes put back unveiled, a page painted in its
        veiled colour)."""
        colour = self.ink(colour)
        if len(colour) == 4 and not self.surface.get_flags() & pygame.SRCALPHA:
            # On the window: blend the colour in place around the holes, then veil the holes'
            # corners outside their rounding. No window-sized layer (8 MB at 1080p) is made.
            put_back, clear = self._keep_holes([self.real_rect(h) for h in holes], self.px(radius))
            parts = [self.surface.get_clip()]
            if under is not None:
                box, rad = self.real_rect(under), self.px(under_radius) if under_radius else 0
                parts = [piece for part in parts for piece in around(part, box.inflate(-2 * rad, -2 * rad))]
            cutters = list(skip or ()) + clear
            parts = [piece for part in parts for piece in subtract(part, cutters)] if cutters else parts
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

    def _keep_holes(self, holes: list[pygame.Rect], radius: int):
        """What a veil does about its rounded holes: returns what to do after the blend, and
        the rects the blend must leave out.

        Holes apart from each other are left out of the blend whole, then their four corners,
        outside the rounding, are veiled from small kept pieces. Holes that overlap are copied
        as rounded cut-outs before the blend and put back after it (slower: the corners of one
        may lie in another)."""
        bounds = self.surface.get_rect()
        holes = [h for h in holes if h.w > 0 and h.h > 0 and h.colliderect(bounds)]
        if not simple_holes(holes, radius):
            cut = []
            for r in holes:
                piece = pygame.Surface(r.size, pygame.SRCALPHA)
                pygame.draw.rect(piece, (255, 255, 255, 255), piece.get_rect(), border_radius=radius)
                piece.blit(self.surface, (0, 0), r, special_flags=pygame.BLEND_RGBA_MIN)
                cut.append((piece, r.topleft))
            return (lambda colour: [self.surface.blit(piece, at) for piece, at in cut]), []

        def corners(colour) -> None:
            if radius <= 0:
                return
            key = ("outside", radius, tuple(colour))
            pieces = self.assets.corners.get_or(key, lambda: _corners(radius, colour, outside=True))
            for r in holes:
                for corner, at in zip(pieces, (r.topleft, (r.right - radius, r.y), (r.x, r.bottom - radius),
                                               (r.right - radius, r.bottom - radius))):
                    self.surface.blit(corner, at)
        return corners, holes


def blend_fill(surface: pygame.Surface, r: pygame.Rect, colour) -> None:
    """dst * (1 - a) + colour * a over a rect of an opaque surface, in place (within its clip)."""
    r = r.clip(surface.get_clip())  # a blending fill ignores the clip: clip it here
    if not r.w or not r.h:
        return
    keep, add = _blend_colours(tuple(colour))
    surface.fill(keep, r, special_flags=pygame.BLEND_RGB_MULT)
    surface.fill(add, r, special_flags=pygame.BLEND_RGB_ADD)


@lru_cache(maxsize=32)
def _blend_colours(colour: tuple) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """What blend_fill multiplies by (1 - a, per channel) and adds (colour * a) for a colour."""
    keep = 255 - colour[3]
    return (keep, keep, keep), tuple(round(c * colour[3] / 255) for c in colour[:3])


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
    blend_fill(dot, dot.get_rect(), veil)
    return tuple(dot.get_at((0, 0)))[:3]


def subtract(outer: pygame.Rect, cutters) -> list[pygame.Rect]:
    """The parts of `outer` outside every cutter, as rects that do not overlap.

    Each piece is cut only by the cutters that touch it (found in C by collidelistall): a veil
    cut by twenty skipped rects made some five hundred `around` calls a frame before. The
    same cut is remembered: a screen under a card cuts its page the same way each frame."""
    return [pygame.Rect(r) for r in _subtracted(tuple(outer), tuple(tuple(c) for c in cutters))]


@lru_cache(maxsize=64)
def _subtracted(outer: tuple, cutters: tuple) -> tuple:
    cutters = [pygame.Rect(c) for c in cutters]
    parts, done = [pygame.Rect(outer)], []
    while parts:
        part = parts.pop()
        hits = part.collidelistall(cutters) if cutters else ()
        if not hits:
            if part.w > 0 and part.h > 0:
                done.append(tuple(part))
            continue
        parts.extend(around(part, cutters[hits[0]]))
    return tuple(done)


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
