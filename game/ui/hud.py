"""The frame around the comic: top bar, panel frame, leak meter and the story column.

Where each part goes is computed for the logical space the window gives, in
game/ui/comic_layout.py (`comic_layout`, kept here under the same names); the
drawing functions here paint what the layout says.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.translucent import solid_fill, subtract, veiled_colour
from game.engine.viewport import LOGICAL_H, LOGICAL_W
from game.levels.leaks import INFO_LEAKS, LEAK_KINDS, MONEY_LEAKS
from game.ui.comic_layout import BAR_MARGIN, BAR_SCORE_SIZE, BAR_TITLE_SIZE
from game.ui.comic_layout import (COLUMN, PANEL_FRAME, PANEL_INNER_W, STRIP, TOP_BAR_H,  # noqa: F401 - kept
                                  ComicLayout, Explaining, comic_layout)  # here too, by the screens' old names

if TYPE_CHECKING:  # (the panel drawing and the level model load with the first comic, not the title)
    from game.levels.model import Panel, Persona
    from game.ui.panel import PanelLayout


def centred(canvas: Canvas) -> Canvas:
    """A 1280x720 canvas centred in a taller logical space (the same canvas on 16:9): screens
    made for 16:9 draw into it, and whatever fills the screen draws on the outer canvas."""
    w, h = canvas.size
    if h <= LOGICAL_H:
        return canvas
    return canvas.sub((0, (h - LOGICAL_H) / 2, LOGICAL_W, LOGICAL_H), LOGICAL_W)


def centre_offset(size: tuple[float, float]) -> float:
    """How far a centred 1280x720 design moves down in a space of `size`."""
    return max(0.0, (size[1] - LOGICAL_H) / 2)


def head_rect(box: Rect, mouth: tuple[float, float] | None) -> Rect:
    """The head of a character drawn in `box` (its 300x600 art), from its mouth point."""
    x, y, w, h = box
    mx, my = mouth or (150, 130)
    k = w / 300
    top = max(0.0, my - 128)
    return (x + (mx - 100) * k, y + top * h / 600, 200 * k, (my + 50 - top) * h / 600)


def draw_page(canvas: Canvas, heading: str, y: float = 46, size: float = 36) -> None:
    """A plain page (level list, results, notebook): the gutter colour and a heading."""
    w, h = canvas.size
    canvas.box((0, 0, w, h), fill=pal.GUTTER)
    canvas.text(heading, (w / 2, y), size, pal.INK, bold=True, anchor="center")


@dataclass
class Veiled:
    """What a screen under an overlay's veil paints as the veil will leave it (real pixels,
    none overlapping: the overlay leaves them out of its veil; see game.scenes.comic_veil)."""

    colour: tuple  # the overlay's veil
    page: list  # empty page: filled in the page colour veiled
    bar: list  # empty top bar: in the bar's colour veiled
    card: object = None  # what the overlay's card paints whole (a real rect): not painted at all


def draw_background(canvas: Canvas, covered: Rect | None = None, veiled: Veiled | None = None) -> None:
    """The page and its top bar. `covered`: a rect the caller will paint over entirely (a
    framed panel): the page is not filled under it. `veiled`: parts filled veiled already."""
    w, h = canvas.size
    top = TOP_BAR_H - 1  # (the bar covers the page above)
    if covered is None:
        bands = [(0, top, w, h - top)]
    else:
        cx, cy, cw, ch = covered
        bands = [(0, top, w, cy - top), (0, cy + ch, w, h - cy - ch), (0, cy, cx, ch), (cx + cw, cy, w - cx - cw, ch)]
    bar = (0, 0, w, TOP_BAR_H)
    if veiled is None:
        for band in bands:
            if band[2] > 0 and band[3] > 0:
                canvas.box(band, fill=pal.GUTTER)
        canvas.box(bar, fill=pal.WHITE)
    else:
        veil = tuple(canvas.ink(veiled.colour))
        for colour, places, parts in ((pal.GUTTER, bands, veiled.page), (pal.WHITE, [bar], veiled.bar)):
            colour = canvas.ink(colour)
            unpainted = parts + [veiled.card] if veiled.card is not None else parts
            for place in places:
                for piece in subtract(canvas.real_rect(place), unpainted) if place[2] > 0 and place[3] > 0 else ():
                    solid_fill(canvas.surface, colour, piece)
            dimmed = veiled_colour(tuple(colour), veil)
            for part in parts:
                solid_fill(canvas.surface, dimmed, part)
    canvas.line((0, TOP_BAR_H), (w, TOP_BAR_H), pal.INK, 3)


def title_places(canvas: Canvas, title: str, score_text: str,
                 title_at: tuple[float, float] | None = None) -> list[tuple[str, float, tuple[float, float], str]]:
    """Where draw_title puts its words: (text, size, place, anchor) each."""
    w = canvas.size[0]
    places = []
    if title_at is not None or canvas.size[1] < 880:
        places.append((title, BAR_TITLE_SIZE, title_at or (w / 2, TOP_BAR_H / 2), "center"))
    places.append((score_text, BAR_SCORE_SIZE, (w - BAR_MARGIN, TOP_BAR_H / 2), "midright"))
    return places


def draw_title(canvas: Canvas, title: str, score_text: str, title_at: tuple[float, float] | None = None) -> None:
    """The level's title (where there is room for it) and the score, in the top bar."""
    for text, size, place, anchor in title_places(canvas, title, score_text, title_at):
        canvas.text(text, place, size, pal.BLUE if text is score_text else pal.INK, bold=True, anchor=anchor)


def draw_framed_panel(canvas: Canvas, panel: Panel | None, persona: Persona, characters: dict,
                      typed: float | None = None, revealed: float | None = None,
                      frame: Rect = PANEL_FRAME, hidden: tuple[str, ...] = (),
                      veil: tuple | None = None, blank=None) -> PanelLayout | None:
    """A panel inside its ink frame, clipped to it; returns where its parts are (panel space).

    `hidden`: characters left out (锡小朗 while his own overlay explains: one of him at a time).
    `veil`: (colour, holes, marks, covered) to draw it from its veiled picture (game.ui.panel_layers).
    `blank`: an opaque colour that covers the whole panel (the first frame of a fade): the
    panel is not drawn under it."""
    x, y, w, h = frame
    shadow = (0x2B, 0x2B, 0x3A, 60)
    if panel is None and blank is None:
        canvas.box((x + 6, y + 8, w, h), fill=shadow)
    else:  # the panel covers the rest of its shadow: blend only the strips it leaves showing
        canvas.box((x + w, y + 8, 6, h), fill=shadow)
        canvas.box((x + 6, y + h, w - 6, 8), fill=shadow)
    layout = None
    if panel is not None and blank is None:
        old_clip = canvas.surface.get_clip()
        canvas.surface.set_clip(canvas.real_rect(frame).clip(old_clip))
        from game.ui.panel_layers import draw_layered

        layout = draw_layered(canvas, frame, PANEL_INNER_W, panel, persona, characters, typed, revealed, hidden,
                              veil)
        canvas.surface.set_clip(old_clip)
    canvas.box((x - 2, y - 2, w + 4, h + 4), border=pal.INK, width=FRAME_BORDER)
    if blank is not None:
        canvas.box(frame, fill=blank)  # (over the border's inner half, as a fade covers it)
    return layout


def prepare_framed_panel(canvas: Canvas, panel: Panel, persona: Persona, characters: dict, layer: str,
                         frame: Rect = PANEL_FRAME, hidden: tuple[str, ...] = ()) -> bool:
    """Make ahead the picture draw_framed_panel will copy for this panel (see game.ui.panel_layers):
    True if there was anything to make."""
    from game.ui.panel_layers import prepare

    return prepare(canvas, frame, PANEL_INNER_W, panel, persona, characters, hidden, layer)


def layout_framed_panel(canvas: Canvas, panel: Panel | None, persona: Persona,
                        characters: dict) -> PanelLayout | None:
    """Where a panel's parts go (panel space), from a dry canvas: the layout the draw will use."""
    return draw_framed_panel(canvas, panel, persona, characters)


CARD_RADIUS = 16
FRAME_BORDER = 4  # the ink line around a panel (2 of it over the panel's edge)


def draw_card(canvas: Canvas, rect: Rect, fill=pal.WHITE) -> None:
    x, y, w, h = rect
    if len(fill) == 3:  # under an opaque card, only what shows of its shadow is drawn
        canvas.shadow(rect, (5, 6), (0x2B, 0x2B, 0x3A, 45), radius=CARD_RADIUS)
    else:
        canvas.box((x + 5, y + 6, w, h), fill=(0x2B, 0x2B, 0x3A, 45), radius=CARD_RADIUS)
    canvas.box(rect, fill=fill, border=pal.INK, width=3, radius=CARD_RADIUS)


def meter_width(canvas: Canvas, t, shown: tuple[str, ...] = LEAK_KINDS) -> float:
    """How wide the one-row leak meter is (chips and their group labels)."""
    total = 0.0
    for group, label in ((INFO_LEAKS, t("comic.meter_info")), (MONEY_LEAKS, t("comic.meter_money"))):
        kinds = [k for k in LEAK_KINDS if k in group and k in shown]
        if not kinds:
            continue
        total += canvas.measure(label, 22, True) + 10
        for kind in kinds:
            total += canvas.measure(t(f"leaks.{kind}"), 20, True) + 44 + 8
        total += 22
    return max(0.0, total - 22 - 8)


def meter_bounds(rect: Rect) -> Rect:
    """Everything a leak meter in `rect` draws (its shadow too) lies in this rect."""
    x, y, w, h = rect
    return (x - 4, y - 4, w + 14, h + 14)


def draw_leak_meter(canvas: Canvas, leaked: list[str], t, rect: Rect = STRIP, style: str = "card",
                    shown: tuple[str, ...] = LEAK_KINDS, over: tuple | None = None) -> float:
    """Two meters, personal information and money: a chip per kind, red with '!' when out.

    `style`: "card" (a card with a heading, chips in a row), "bar" (chips only, in the
    top bar) or "column" (a card with the chips stacked, for a narrow column). Returns the
    height it takes (a column meter is as tall as its chips need, up to `rect`'s height).
    `over`: (page colour, veil): see Canvas.kept (its bounds: `meter_bounds` of that height)."""
    x, y, w, h = rect
    if style == "column":
        h = min(h, column_meter_height(canvas, t, w, shown))
        rect = (x, y, w, h)
    # Kept as a picture (the same each frame until something leaks): its words are in the key.
    words = tuple(t(k) for k in ("comic.meters", "comic.meter_info", "comic.meter_money")) + \
        tuple(t(f"leaks.{k}") for k in shown)
    key = ("meter", tuple(rect), style, tuple(k in leaked for k in shown), tuple(shown), words)
    canvas.kept(key, meter_bounds(rect), lambda on: _draw_meter(on, leaked, t, rect, style, shown), over)
    return h


def _draw_meter(canvas: Canvas, leaked: list[str], t, rect: Rect, style: str, shown: tuple[str, ...]) -> None:
    x, y, w, h = rect
    with canvas.group("meter", rect):
        if style != "bar":
            draw_card(canvas, rect)
            canvas.text(t("comic.meters"), (x + 18, y + 12), 20, pal.INK_SOFT, bold=True)
        cx, cy = (x + 18, y + 48) if style != "bar" else (x, y + (h - 40) / 2)
        for group, label in ((INFO_LEAKS, t("comic.meter_info")), (MONEY_LEAKS, t("comic.meter_money"))):
            kinds = [k for k in LEAK_KINDS if k in group and k in shown]  # what this level can let out
            if not kinds:
                continue
            out = sum(1 for k in kinds if k in leaked)
            colour = pal.RED if out else pal.GREEN
            if style == "column":
                canvas.text(label, (x + 18, cy), 22, colour, bold=True)
                cy += 34
                cx = x + 18
            else:
                r = canvas.text(label, (cx, cy + 6), 22, colour, bold=True)
                cx += r[2] + 10
            for kind in kinds:
                name = t(f"leaks.{kind}")
                chip_w = canvas.measure(name, 20, True) + 44
                if style == "column" and cx + chip_w > x + w - 12:
                    cx, cy = x + 18, cy + 48
                _chip(canvas, (cx, cy, chip_w, 40), name, kind in leaked)
                cx += chip_w + 8
            if style == "column":
                cy += 54
            else:
                cx += 22


def column_meter_height(canvas: Canvas, t, width: float, shown: tuple[str, ...]) -> float:
    """The height the stacked ("column") meter needs at this width."""
    cy = 48.0
    for group in (INFO_LEAKS, MONEY_LEAKS):
        kinds = [k for k in LEAK_KINDS if k in group and k in shown]
        if not kinds:
            continue
        cy += 34
        cx = 18.0
        for kind in kinds:
            chip_w = canvas.measure(t(f"leaks.{kind}"), 20, True) + 44
            if cx + chip_w > width - 12:
                cx, cy = 18.0, cy + 48
            cx += chip_w + 8
        cy += 54
    return cy - 6


def _chip(canvas: Canvas, chip: Rect, name: str, is_out: bool) -> None:
    """One kind of data: '!' on red when it got out; a quiet grey 'not out' mark otherwise."""
    cx, cy, _, _ = chip
    with canvas.group("chip", chip, name):
        canvas.box(chip, fill=pal.RED_LIGHT if is_out else pal.WHITE,
                   border=pal.RED if is_out else (0xC6, 0xC9, 0xD3), width=3, radius=20)
        icon = "!" if is_out else "✓"
        canvas.text(icon, (cx + 18, cy + 20), 20, pal.RED if is_out else pal.GREEN, bold=True, anchor="center")
        canvas.text(name, (cx + 32, cy + 20), 20, pal.INK if is_out else pal.INK_SOFT, bold=is_out, anchor="midleft")


def draw_verdict_badge(canvas: Canvas, verdict: str, text: str, pos) -> Rect:
    colour = pal.VERDICT_COLOURS[verdict]
    w = canvas.measure(text, 24, True) + 32
    rect = (pos[0], pos[1], w, 42)
    with canvas.group("verdict", rect):
        canvas.box(rect, fill=colour, border=pal.INK, width=3, radius=21)
        canvas.text(text, (pos[0] + 16, pos[1] + 21), 24, pal.WHITE, bold=True, anchor="midleft")
    return rect


def draw_ring(canvas: Canvas, rect: Rect, colour, width: float = 5) -> None:
    x, y, w, h = rect
    canvas.box((x - 6, y - 6, w + 12, h + 12), border=colour, width=width, radius=14)
