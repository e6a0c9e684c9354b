"""An app-store page: the app's icon and name, who made it, its rating and downloads, and 安装.

The developer's name sits right under the app's: a "皮肤助手" made by a person,
not by the game's company, is there for those who look.
"""
from __future__ import annotations

import hashlib
import math

from game.engine import palette as pal

from .kit import LINE, MUTED, Page, body_lines, button, chevron

LINK = (0x2F, 0x6F, 0xE4)
ICON_COLOURS = ((0x7A, 0x5C, 0xE0), (0xF0, 0x6A, 0x3D), (0x3B, 0xB3, 0xA9), (0x2F, 0x6F, 0xE4), (0xE5, 0x48, 0x4D))


def draw(page: Page) -> float:
    c, s, x, w, k = page.canvas, page.screen, page.x, page.w, page.k
    page.fill(pal.WHITE)
    cy = page.status_bar()
    chevron(c, (x + 24, cy + 20), 9, pal.INK_SOFT)
    c.circle((x + w - 36, cy + 18), 9, border=pal.INK_SOFT, width=3)  # search
    c.line((x + w - 29, cy + 25), (x + w - 22, cy + 32), pal.INK_SOFT, 3)
    cy += 52
    side = 96 * k
    icon = (x + 20, cy, side, side)
    colour = ICON_COLOURS[hashlib.sha256(s.title.encode("utf-8")).digest()[0] % len(ICON_COLOURS)]
    c.box(icon, fill=colour, radius=side * 0.24)
    c.text(s.title.strip()[:1], (x + 20 + side / 2, cy + side / 2 + 4), 48 * k, pal.WHITE, bold=True,
           anchor="center")
    tx = x + 20 + side + 16
    title = page.layout("title", s.title, x + w - 20 - tx, 26, bold=True, lines=2)
    developer = page.layout("developer", s.developer, x + w - 20 - tx, 21, lines=2)
    block_h = title.height + 8 + developer.height
    ty = cy + max(0, (side - block_h) / 2)
    c.text_block(title, (tx, ty), pal.INK, bold=True)
    page.part("title", (tx, ty, title.width, title.height))
    c.text_block(developer, (tx, ty + title.height + 8), LINK)
    page.part("developer", (tx, ty + title.height + 8, developer.width, developer.height))
    cy += max(side, block_h) + 18
    c.line((x + 20, cy), (x + w - 20, cy), LINE, 1)
    cy += 12
    stats = [(name, value) for name, value in (("rating", s.rating), ("downloads", s.downloads)) if value]
    if stats:
        col_w = (w - 40) / len(stats)
        heights = []
        for i, (name, value) in enumerate(stats):
            left = x + 20 + i * col_w
            shown = page.layout(name, value, col_w - 40, 26, bold=True)
            label = page.layout("", page.word(f"store.{name}"), col_w - 20, 20)
            vx = left + (col_w - shown.width - (26 if name == "rating" else 0)) / 2
            c.text_block(shown, (vx, cy), pal.INK, bold=True)
            if name == "rating":
                _star(page, (vx + shown.width + 14, cy + shown.height / 2), 10 * k)
            c.text_block(label, (left + (col_w - label.width) / 2, cy + shown.height + 6), MUTED)
            if i:
                c.line((left, cy + 4), (left, cy + shown.height + label.height), LINE, 1)
            page.part(name, (left + 10, cy, col_w - 20, shown.height + 6 + label.height))
            heights.append(shown.height + 6 + label.height)
        cy += max(heights) + 16
    if s.button:
        cy = button(page, "button", s.button, cy, pal.BLUE, border=None, size=26) + 18
    if s.body:
        about = page.layout("", page.word("store.about"), w - 40, 22, bold=True)
        c.text_block(about, (x + 20, cy), pal.INK, bold=True)
        cy = body_lines(page, x + 20, cy + about.height + 10, w - 40, pal.INK_SOFT, 22, 6)
    # Screenshots of the app where there is room: furniture, never a reason to shrink the text.
    shot_h = min(220.0, page.bottom - 14 - (cy + 8))
    if shot_h > 60:
        shot_w = min((w - 40 - 24) / 3, shot_h * 0.56)
        for i in range(3):
            sx = x + 20 + i * (shot_w + 12)
            c.box((sx, cy + 8, shot_w, shot_h), fill=(0xEE, 0xEF, 0xF3), border=LINE, width=1, radius=10)
            c.box((sx + 10, cy + 20, shot_w - 20, shot_h * 0.4), fill=colour if i == 1 else LINE, radius=6)
    return cy


def _star(page: Page, centre, r: float) -> None:
    cx, cy = centre
    points = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        radius = r if i % 2 == 0 else r * 0.45
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    page.canvas.polygon(points, fill=pal.AMBER)
