"""The frame around the comic: top bar, panel frame, leak meter and the story column."""
from __future__ import annotations

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.levels.model import INFO_LEAKS, LEAK_KINDS, MONEY_LEAKS, Panel, Persona
from game.ui.panel import PanelLayout, draw_panel

TOP_BAR_H = 56
PANEL_FRAME: Rect = (24, 68, 912, 513)  # 16:9; its inner space is 1280x720
COLUMN: Rect = (960, 68, 296, 636)
STRIP: Rect = (24, 596, 912, 108)
PANEL_INNER_W = 1280


def panel_to_screen(rect: Rect) -> Rect:
    """A rect in a panel's own 1280x720 space, in the screen's logical space."""
    fx, fy, fw, _ = PANEL_FRAME
    k = fw / PANEL_INNER_W
    return (fx + rect[0] * k, fy + rect[1] * k, rect[2] * k, rect[3] * k)


def draw_page(canvas: Canvas, heading: str, y: float = 46, size: float = 36) -> None:
    """A plain page (level list, results, notebook): the gutter colour and a heading."""
    canvas.box((0, 0, 1280, 720), fill=pal.GUTTER)
    canvas.text(heading, (640, y), size, pal.INK, bold=True, anchor="center")


def draw_background(canvas: Canvas) -> None:
    canvas.box((0, 0, 1280, 720), fill=pal.GUTTER)
    canvas.box((0, 0, 1280, TOP_BAR_H), fill=pal.WHITE)
    canvas.line((0, TOP_BAR_H), (1280, TOP_BAR_H), pal.INK, 3)


def draw_title(canvas: Canvas, title: str, score_text: str) -> None:
    canvas.text(title, (640, TOP_BAR_H / 2), 26, pal.INK, bold=True, anchor="center")
    canvas.text(score_text, (1256, TOP_BAR_H / 2), 24, pal.BLUE, bold=True, anchor="midright")


def draw_framed_panel(canvas: Canvas, panel: Panel | None, persona: Persona, characters: dict,
                      typed: float | None = None, revealed: float | None = None,
                      frame: Rect = PANEL_FRAME) -> PanelLayout | None:
    """A panel inside its ink frame, clipped to it; returns where its parts are (panel space)."""
    x, y, w, h = frame
    canvas.box((x + 6, y + 8, w, h), fill=(0x2B, 0x2B, 0x3A, 60))
    layout = None
    if panel is not None:
        old_clip = canvas.surface.get_clip()
        canvas.surface.set_clip(canvas.real_rect(frame).clip(old_clip))
        layout = draw_panel(canvas.sub(frame, PANEL_INNER_W), panel, persona, characters, typed, revealed)
        canvas.surface.set_clip(old_clip)
    canvas.box((x - 2, y - 2, w + 4, h + 4), border=pal.INK, width=4)
    return layout


def layout_framed_panel(canvas: Canvas, panel: Panel | None, persona: Persona,
                        characters: dict) -> PanelLayout | None:
    """Where a panel's parts go (panel space), from a dry canvas: the layout the draw will use."""
    return draw_framed_panel(canvas, panel, persona, characters)


def draw_card(canvas: Canvas, rect: Rect, fill=pal.WHITE) -> None:
    x, y, w, h = rect
    canvas.box((x + 5, y + 6, w, h), fill=(0x2B, 0x2B, 0x3A, 45), radius=16)
    canvas.box(rect, fill=fill, border=pal.INK, width=3, radius=16)


def draw_leak_meter(canvas: Canvas, leaked: list[str], t, rect: Rect = STRIP,
                    shown: tuple[str, ...] = LEAK_KINDS) -> None:
    """Two meters, personal information and money: a chip per kind, red with '!' when out."""
    x, y, w, h = rect
    draw_card(canvas, rect)
    canvas.text(t("comic.meters"), (x + 18, y + 12), 20, pal.INK_SOFT, bold=True)
    cy = y + 48
    cx = x + 18
    for group, label in ((INFO_LEAKS, t("comic.meter_info")), (MONEY_LEAKS, t("comic.meter_money"))):
        kinds = [k for k in LEAK_KINDS if k in group and k in shown]  # what this level can let out
        if not kinds:
            continue
        out = sum(1 for k in kinds if k in leaked)
        colour = pal.RED if out else pal.GREEN
        r = canvas.text(label, (cx, cy + 6), 22, colour, bold=True)
        cx += r[2] + 10
        for kind in kinds:
            is_out = kind in leaked
            name = t(f"leaks.{kind}")
            tw = canvas.measure(name, 20, True)
            chip = (cx, cy, tw + 44, 40)
            canvas.box(chip, fill=pal.RED_LIGHT if is_out else pal.WHITE,
                       border=pal.RED if is_out else (0xC6, 0xC9, 0xD3), width=3, radius=20)
            icon = "!" if is_out else "✓"
            canvas.text(icon, (cx + 18, cy + 20), 20, pal.RED if is_out else pal.GREEN, bold=True,
                        anchor="center")
            canvas.text(name, (cx + 32, cy + 20), 20, pal.INK if is_out else pal.INK_SOFT,
                        bold=is_out, anchor="midleft")
            cx += chip[2] + 8
        cx += 22


def draw_verdict_badge(canvas: Canvas, verdict: str, text: str, pos) -> Rect:
    colour = pal.VERDICT_COLOURS[verdict]
    w = canvas.measure(text, 24, True) + 32
    rect = (pos[0], pos[1], w, 42)
    canvas.box(rect, fill=colour, border=pal.INK, width=3, radius=21)
    canvas.text(text, (pos[0] + 16, pos[1] + 21), 24, pal.WHITE, bold=True, anchor="midleft")
    return rect


def draw_ring(canvas: Canvas, rect: Rect, colour, width: float = 5) -> None:
    x, y, w, h = rect
    canvas.box((x - 6, y - 6, w + 12, h + 12), border=colour, width=width, radius=14)
