"""A game-item or account trading page: the price, the item, the seller, the notes and 购买.

Deals that leave the platform ("私下交易", "先付定金") are written in the notes, where
a careful buyer reads before paying.
"""
from __future__ import annotations

import math

from game.engine import palette as pal

from .kit import LINE, MUTED, Page, body_lines, button, countdown, person

PRICE = (0xE5, 0x3A, 0x2F)
BUY = (0xFF, 0x6A, 0x3D)
PICTURE = (0x4B, 0x3B, 0x8F)


def draw(page: Page) -> float:
    c, s, x, w, k = page.canvas, page.screen, page.x, page.w, page.k
    cy = page.header("title" if s.title else "", s.title, page.status_bar())
    left, width = x + 16, w - 32
    pic = (x + 14, cy - 4, w - 28, 130 * k)
    _picture(page, pic)
    cy = pic[1] + pic[3] + 12
    price = page.layout("price", s.price, width * 0.5, 36, bold=True)
    c.text_block(price, (left, cy), PRICE, bold=True)
    page.part("price", (left, cy, price.width, price.height))
    if s.countdown:
        chip = page.layout("countdown", s.countdown, w - 80, 24, bold=True)
        chip_w = chip.width + 44
        beside = left + price.width + 16 + chip_w <= x + w - 16
        if beside:
            countdown(page, "countdown", s.countdown, x + w - 16 - chip_w, cy + (price.height - chip.height - 14) / 2)
            cy += price.height + 12
        else:
            cy = countdown(page, "countdown", s.countdown, left, cy + price.height + 8) + 12
    else:
        cy += price.height + 12
    item = page.layout("item", s.item, width, 24, bold=True, lines=2)
    c.text_block(item, (left, cy), pal.INK, bold=True)
    page.part("item", (left, cy, item.width, item.height))
    cy += item.height + 14
    if s.seller:
        side = 40 * k
        label = page.layout("", page.word("trade.seller"), 80, 20)
        name = page.layout("seller", s.seller, width - side - 12 - label.width - 10, 22)
        row_h = max(side, name.height)
        c.line((left, cy - 4), (left + width, cy - 4), LINE, 1)
        person(c, (left, cy + 6, side, side), (0xB4, 0xB8, 0xC6))
        c.text_block(label, (left + side + 12, cy + 6 + (row_h - label.height) / 2), MUTED)
        nx = left + side + 12 + label.width + 10
        c.text_block(name, (nx, cy + 6 + (row_h - name.height) / 2), pal.INK)
        page.part("seller", (left, cy + 6, nx + name.width - left, row_h))
        cy += row_h + 20
        c.line((left, cy - 6), (left + width, cy - 6), LINE, 1)
    if s.body:
        about = page.layout("", page.word("trade.about"), width, 21, bold=True)
        c.text_block(about, (left, cy + 4), pal.INK, bold=True)
        cy = body_lines(page, left, cy + 4 + about.height + 8, width, pal.INK_SOFT, 22, 6) + 4
    if s.button:
        cy = button(page, "button", s.button, cy + 4, BUY) + 12
    return cy


def _picture(page: Page, rect) -> None:
    """The item's picture: a game scene in the game's colours, a trophy, a few stars."""
    c = page.canvas
    x, y, w, h = rect
    c.box(rect, fill=PICTURE, radius=12)
    c.box((x, y + h * 0.62, w, h * 0.38), fill=(0x36, 0x2A, 0x6E), radius=12)
    c.box((x, y + h * 0.62, w, 12), fill=(0x36, 0x2A, 0x6E))
    cx, top, r = x + w / 2, y + h * 0.14, h * 0.36  # a gold crest with a star: a rare account
    crest = [(cx - r, top), (cx + r, top), (cx + r, top + r * 1.1), (cx, top + r * 1.9), (cx - r, top + r * 1.1)]
    c.polygon(crest, fill=(0xFF, 0xD8, 0x7A), border=(0xC9, 0x8A, 0x1E), width=3)
    star = []
    for i in range(10):
        angle = -math.pi / 2 + i * math.pi / 5
        radius = r * 0.55 if i % 2 == 0 else r * 0.24
        star.append((cx + radius * math.cos(angle), top + r * 0.85 + radius * math.sin(angle)))
    c.polygon(star, fill=(0xF5, 0x7A, 0x24))
    for i, (sx, sy) in enumerate(((0.15, 0.25), (0.82, 0.2), (0.28, 0.7), (0.72, 0.72), (0.9, 0.5))):
        c.circle((x + w * sx, y + h * sy), 3 + i % 2 * 2, fill=pal.WHITE)
