"""Level covers: a level's opening comic panel drawn small, and the card it sits on.

A cover is the first panel a player of the level sees, without its caption (at
cover size the narrator's words would be unreadable; the card's title says it),
rendered once per real pixel size and kept in a small cache. The level list and
the contact sheet (`python -m game covers`) draw the same card around it: the
issue number, the title and the fraud type, and on the list the stars earned and
a 新 mark on a level the player has never finished.
"""
from __future__ import annotations

import weakref
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from math import cos, pi, sin
from pathlib import Path

import pygame

from game.engine import palette as pal
from game.engine.assets import Assets
from game.engine.canvas import Canvas, Rect
from game.levels.model import Level, Panel
from game.ui import hud
from game.ui.cover_words import CHIP_SIZE, PAD, SHEET_SCALE, chip_block, number_badge_width, title_block, title_room
from game.ui.panel import PANEL_H, PANEL_W, draw_panel

PICTURE_ASPECT = 2.0  # where space is short, the panel's top, cut 2:1 (legs and floor give way)
STAR_SIZE = 26
BAR_H = 42  # under the picture: the title's row
STARS_H = 32  # and, on the level list, the row of stars
FOOT = 6
STICK_OUT = 10  # how far the 新 mark reaches past the card's corner (less than the gaps)


@dataclass(frozen=True)
class CoverArt:
    """Where a level's pictures come from: its pack's art folders first, and its characters' data."""

    roots: tuple[Path, ...] = ()
    characters: dict = field(default_factory=dict)


def cover_panel(level: Level) -> Panel | None:
    """The panel a level opens on: the first one on its way from the start (its first
    answer taken where a step asks), else the first in the file."""
    step_id, seen = level.start, set()
    while step_id and step_id not in seen and step_id in level.step_ids:
        seen.add(step_id)
        step = level.step(step_id)
        if step.panel is not None:
            return step.panel
        step_id = step.next or (step.options[0].next if step.options else "") or \
            (step.cases[0].next if step.cases else step.otherwise)
    return next((s.panel for s in level.steps if s.panel is not None), None)


def card_height(width: float, aspect: float = PICTURE_ASPECT, with_stars: bool = True) -> float:
    """How tall a card of this width is: the picture (width / height = `aspect`), the title, the stars."""
    return PAD + (width - 2 * PAD) / aspect + BAR_H + (STARS_H if with_stars else 0) + FOOT


def picture_rect(rect: Rect, with_stars: bool = True) -> Rect:
    """Where the picture goes on a card: the card's width, and its height less the rows under it."""
    x, y, w, h = rect
    return (x + PAD, y + PAD, w - 2 * PAD, h - PAD - BAR_H - (STARS_H if with_stars else 0) - FOOT)


# -- the picture, rendered once ------------------------------------------------------------


class _Uncached:
    """The game's assets, but art and text are rendered without filling the shared caches:
    a cover draws each of its pieces once, at a size nothing else uses, and keeps only
    the finished picture (the comic's own art stays in the caches)."""

    def __init__(self, assets: Assets) -> None:
        self._assets = assets

    def __getattr__(self, name):
        return getattr(self._assets, name)

    def text(self, text: str, size: int, colour, bold: bool = False) -> pygame.Surface:
        return self._assets.font(size, bold).render(text, True, colour)

    def art(self, relative: str, size: tuple[int, int], roots: tuple[Path, ...] = (),
            flip: bool = False) -> pygame.Surface:
        image = self._assets.render_art(relative, size, roots)
        return pygame.transform.flip(image, True, False) if flip else image


def render_cover(assets: Assets, level: Level, art: CoverArt, size: tuple[int, int]) -> pygame.Surface:
    """The level's cover picture at `size` real pixels: the panel scaled to its width, its top part."""
    surface = pygame.Surface(size)
    surface.fill(pal.PAPER)
    panel = cover_panel(level)
    if panel is not None:
        canvas = Canvas(surface, _Uncached(assets), size[0] / PANEL_W, size=(PANEL_W, PANEL_H))
        canvas.art_roots = art.roots
        draw_panel(canvas, replace(panel, caption=""), level.persona, art.characters)
    return surface.convert() if pygame.display.get_surface() else surface


class CoverCache:
    """Finished cover pictures by level and real size, the most recently drawn kept.

    Twelve are two pages of the list at one size: turning between two pages or
    redrawing renders nothing, and a resized window renders each cover once again."""

    def __init__(self, limit: int = 12) -> None:
        self.limit = limit
        self.renders = 0  # pictures rendered so far (tests check that a redraw adds none)
        self._pictures: OrderedDict[tuple, tuple[Level, pygame.Surface]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._pictures)

    def picture(self, assets: Assets, level: Level, art: CoverArt, size: tuple[int, int]) -> pygame.Surface:
        colours = tuple(sorted(assets.colours.items())) if assets.colours else ()
        key = (level.id, size, assets.lang, assets.text_scale, colours)
        kept = self._pictures.get(key)
        if kept is not None and kept[0] is level:  # the same level, not one reloaded in another language
            self._pictures.move_to_end(key)
            return kept[1]
        picture = render_cover(assets, level, art, size)
        self.renders += 1
        self._pictures[key] = (level, picture)
        self._pictures.move_to_end(key)
        while len(self._pictures) > self.limit:
            self._pictures.popitem(last=False)
        return picture


# One cache per set of assets, gone with them: the level list is made anew each time it
# opens, and its covers should not be rendered again each time.
_CACHES: "weakref.WeakKeyDictionary[Assets, CoverCache]" = weakref.WeakKeyDictionary()


def covers_for(assets: Assets) -> CoverCache:
    if assets not in _CACHES:
        _CACHES[assets] = CoverCache()
    return _CACHES[assets]


# -- the card ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CardFace:
    """What a card shows besides its level: its number, and on the list the stars earned
    (None: no stars row, as on the contact sheet) and whether it is new to the player."""

    number: int
    stars: int | None = None
    stars_label: str = ""  # "3/3 星" once finished
    new_label: str = ""  # the 新 mark's word; empty: no mark


def draw_card(canvas: Canvas, rect: Rect, level: Level, face: CardFace, picture: pygame.Surface | None,
              focused: bool = False) -> None:
    """A comic cover card: the picture with the fraud type on it, the number and title under it,
    then the stars; the 新 mark stuck on its top-right corner."""
    x, y, w, _ = rect
    with_stars = face.stars is not None
    with canvas.group("level", rect, level.id):
        hud.draw_card(canvas, rect)
        image = picture_rect(rect, with_stars)
        if picture is not None:
            canvas.surface.blit(picture, canvas.real_rect(image).topleft)
        canvas.box((image[0] - 1.5, image[1] - 1.5, image[2] + 3, image[3] + 3), border=pal.INK, width=3, radius=4)
        _fraud_chip(canvas, image, level.fraud_type)
        below = image[1] + image[3]
        row = below + BAR_H / 2 + 2
        badge_w = _number_badge(canvas, (x + 14, row), face.number)
        _title(canvas, (x + 14 + badge_w + 10, row), title_room(w, badge_w), level.title)
        if with_stars:
            _stars(canvas, (x + 14, below + BAR_H + STARS_H / 2), w - 28, face.stars, face.stars_label)
        if focused:
            hud.draw_ring(canvas, rect, pal.BLUE)
        if face.new_label:  # a sticker on the corner, over the focus ring too
            _new_mark(canvas, (x + w, y), face.new_label)


def _number_badge(canvas: Canvas, midleft: tuple[float, float], number: int) -> float:
    """The level's number on a small blue tab, like a comic's issue number; returns its width."""
    text = str(number)
    w = number_badge_width(canvas, number)
    tab = (midleft[0], midleft[1] - 17, w, 34)
    with canvas.group("number", tab, str(number)):
        canvas.box(tab, fill=pal.BLUE, border=pal.INK, width=2, radius=8)
        canvas.text(text, (tab[0] + w / 2, midleft[1]), 22, pal.WHITE, bold=True, anchor="center")
    return w


def _fraud_chip(canvas: Canvas, image: Rect, fraud_type: str) -> None:
    """The fraud type, a caption-yellow chip on the picture's bottom-left, like a cover's tagline."""
    block = chip_block(canvas, fraud_type, image[2])
    chip = (image[0] + 10, image[1] + image[3] - 10 - 34, block.width + 24, 34)
    with canvas.group("chip", chip, "fraud_type"):
        canvas.box(chip, fill=pal.CAPTION, border=pal.INK, width=2, radius=17)
        canvas.text_block(block, (chip[0] + 12, chip[1] + 17 - CHIP_SIZE / 2), pal.INK, bold=True)


def _title(canvas: Canvas, midleft: tuple[float, float], width: float, title: str) -> None:
    block, size = title_block(canvas, title, width)
    canvas.text_block(block, (midleft[0], midleft[1] - size / 2), pal.INK, bold=True)


def _stars(canvas: Canvas, midleft: tuple[float, float], width: float, stars: int, label: str) -> None:
    x, y = midleft
    for s in range(3):
        canvas.text("★" if s < stars else "☆", (x + 14 + s * 32, y), STAR_SIZE,
                    pal.AMBER if s < stars else pal.INK_SOFT, bold=True, anchor="center")
    if label:
        canvas.text(label, (x + width, y), 20, pal.INK_SOFT, anchor="midright")


def _new_mark(canvas: Canvas, corner: tuple[float, float], label: str) -> None:
    """新: an amber starburst stuck on the card's top-right corner, bright enough to see across a room."""
    size = 24 if len(label) == 1 else 20
    inner = max(24.0, canvas.measure(label, size, True) / 2 + 8)
    outer = inner + 9
    # Its word stays on the card (a longer word, NEW, pulls the mark in a little).
    cx = min(corner[0] - outer + STICK_OUT, corner[0] - canvas.measure(label, size, True) / 2 - 6)
    cy = corner[1] + outer - STICK_OUT
    points = []
    for i in range(28):
        r = outer if i % 2 == 0 else inner
        angle = pi * i / 14 - pi / 2
        points.append((cx + r * cos(angle), cy + r * sin(angle)))
    burst = (cx - outer, cy - outer, 2 * outer, 2 * outer)
    with canvas.group("badge", burst, "new"):
        canvas.polygon([(px + 2, py + 3) for px, py in points], fill=pal.INK)
        canvas.polygon(points, fill=pal.AMBER, border=pal.INK, width=3)
        canvas.text(label, (cx, cy), size, pal.INK, bold=True, anchor="center")


# -- the contact sheet ---------------------------------------------------------------------

SHEET_COLUMNS = 4
SHEET_CARD_W = 330
SHEET_GAP = 28


def contact_sheet(assets: Assets, levels: list[Level], art_of) -> pygame.Surface:
    """Every level's cover card (number, title, fraud type) on one picture, four to a row."""
    rows = max(1, -(-len(levels) // SHEET_COLUMNS))
    card_h = card_height(SHEET_CARD_W, 16 / 9, with_stars=False)
    width = 2 * SHEET_GAP + SHEET_COLUMNS * SHEET_CARD_W + (SHEET_COLUMNS - 1) * SHEET_GAP
    height = 2 * SHEET_GAP + rows * card_h + (rows - 1) * SHEET_GAP + 8
    surface = pygame.Surface((round(width * SHEET_SCALE), round(height * SHEET_SCALE)))
    canvas = Canvas(surface, assets, SHEET_SCALE, size=(width, height))
    canvas.box((0, 0, width, height), fill=pal.GUTTER)
    cache = CoverCache(limit=1)
    for i, level in enumerate(levels):
        col, row = i % SHEET_COLUMNS, i // SHEET_COLUMNS
        rect = (SHEET_GAP + col * (SHEET_CARD_W + SHEET_GAP), SHEET_GAP + row * (card_h + SHEET_GAP),
                SHEET_CARD_W, card_h)
        picture = cache.picture(assets, level, art_of(level), canvas.real_rect(picture_rect(rect, False)).size)
        draw_card(canvas, rect, level, CardFace(i + 1), picture)
    return surface


def write_contact_sheet(app, out: Path) -> int:
    """`python -m game covers --out FILE.png`: the shipped levels' covers in one PNG."""
    if not app.levels:
        print("error: no level to draw; run: python -m game validate levels")
        return 1
    sheet = contact_sheet(app.assets, list(app.levels), lambda level: level_art(app, level))
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out))
    print(f"wrote the covers of {len(app.levels)} levels to {out} ({sheet.get_width()}x{sheet.get_height()})")
    return 0


def level_art(app, level: Level) -> CoverArt:
    """A level's art folders (its pack's first) and characters, as the comic finds them."""
    return CoverArt(tuple(app.library.art_dirs(level.id)[:-1]), app.library.characters(level.id) or app.characters)
