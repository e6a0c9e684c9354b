"""A web page: the address bar, the site's name, a banner, lines, a countdown, a form and a button.

The address bar is the first thing a careful reader checks; a page without one is
an app's own screen.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.levels.model import Persona, Screen

from .kit import Page, body_lines, button, countdown

FIELD_VALUE_COLOUR = (0x1B, 0x3A, 0x8C)
BANNER = (0xFF, 0x6A, 0x3D)
BANNER_DARK = (0xD9, 0x3F, 0x1E)


def field_text(screen: Screen, persona: Persona, typed: float | None) -> dict[str, str]:
    """What each form field shows; `typed` characters revealed in field order (None: all)."""
    shown: dict[str, str] = {}
    budget = typed
    for field in screen.fields:
        value = persona.value_of(field.fill) if (screen.filled and field.fill) else ""
        if budget is not None:
            take = max(0, min(len(value), int(budget)))
            budget -= len(value)
            value = value[:take]
        shown[field.id] = value
    return shown


def typing_length(screen: Screen, persona: Persona) -> int:
    """How many characters a filled form types in."""
    if not screen.filled:
        return 0
    return sum(len(persona.value_of(f.fill)) for f in screen.fields if f.fill)


def draw(page: Page) -> float:
    c, screen, k = page.canvas, page.screen, page.k
    cx, cw = page.x + 16, page.w - 32
    cy = page.status_bar()

    if screen.url:
        block = page.layout("url", screen.url, cw - 54, 22, lines=2, balance=False)
        bar = (cx, cy, cw, block.height + 22)
        c.box(bar, fill=(0xE9, 0xEB, 0xF0), border=(0xC6, 0xC9, 0xD3), width=2, radius=16)
        c.circle((cx + 22, cy + bar[3] / 2), 9, border=pal.INK_SOFT, width=2)
        c.line((cx + 13, cy + bar[3] / 2), (cx + 31, cy + bar[3] / 2), pal.INK_SOFT, 2)
        c.text_block(block, (cx + 42, cy + 11), pal.INK)
        page.part("url", bar, 0)
        cy += bar[3] + 12

    if screen.title:
        block = page.layout("title", screen.title, cw, 26, bold=True)
        c.text_block(block, (cx, cy), pal.INK, bold=True)
        page.part("title", (cx, cy, block.width, block.height))
        cy += block.height + 12

    if screen.banner:
        block = page.layout("banner", screen.banner, cw - 32, 34, bold=True, lines=2)
        rect = (cx, cy, cw, block.height + 34)
        c.box(rect, fill=BANNER, border=BANNER_DARK, width=3, radius=14)
        for i in range(5):  # a few stars, the "prize" look these pages have
            c.circle((cx + 24 + i * (cw - 48) / 4, cy + 8), 4, fill=pal.CAPTION)
        c.text_block(block, (cx + 16, cy + 18), pal.WHITE, bold=True, align="center", width=cw - 32)
        page.part("banner", rect, 0)
        cy += rect[3] + 12

    cy = body_lines(page, cx, cy, cw)

    if screen.countdown:
        cy = countdown(page, "countdown", screen.countdown, cx, cy) + 12

    values = field_text(screen, page.persona, page.typed)
    for field in screen.fields:
        name = f"field:{field.id}"
        label = page.layout(name, field.label, cw, 22, bold=True)
        value = values[field.id]
        vblock = page.layout(name, value or field.placeholder, cw - 20, 21, lines=2)
        box_h = max(44 * k, vblock.height + 18)
        c.text_block(label, (cx, cy), pal.INK, bold=True)
        box = (cx, cy + label.height + 6, cw, box_h)
        c.box(box, fill=pal.WHITE, border=(0xB4, 0xB8, 0xC6), width=2, radius=8)
        colour = FIELD_VALUE_COLOUR if value else (0xA0, 0xA3, 0xB0)
        c.text_block(vblock, (cx + 10, box[1] + (box_h - vblock.height) / 2), colour)
        if page.typed is not None and value and len(value) < len(page.persona.value_of(field.fill)):
            caret_x = cx + 10 + c.measure(vblock.lines[-1], 21 * k)
            c.line((caret_x + 2, box[1] + 8), (caret_x + 2, box[1] + box_h - 8), pal.BLUE, 2)
        height = label.height + 6 + box_h
        page.part(name, (cx, cy, cw, height))
        cy += height + 10

    if screen.button:
        cy = button(page, "button", screen.button, cy + 4, BANNER_DARK) + 12
    return cy
