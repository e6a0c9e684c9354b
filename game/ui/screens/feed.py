"""A short-video feed: the video filling the screen, the account and caption, and an ad card.

The ad card sits over the video like the real ones, with the small 广告 tag; what
it promises (免费领皮肤) is the thing to stop at.
"""
from __future__ import annotations

from game.engine import palette as pal

from .kit import MUTED, Page, pill

VIDEO_TOP = (0x26, 0x2B, 0x4A)
VIDEO_BOTTOM = (0x14, 0x16, 0x26)
AD_BUTTON = (0xFF, 0x5A, 0x36)
SOFT_WHITE = (0xE4, 0xE7, 0xEF)


def draw(page: Page) -> float:
    c, s, x, y, w, k = page.canvas, page.screen, page.x, page.y, page.w, page.k
    page.fill(VIDEO_BOTTOM)
    _video(page)
    page.status_bar(pal.WHITE)
    tabs_end = _tabs(page, y + 44)
    _icons(page)
    text_w = w - 32 - 56  # the right column holds the like, comment and share icons
    # Lay out from the bottom up: the caption, the account above it, the ad card above that.
    body = [page.layout(f"body:{i}", line, text_w, 21, lines=2) for i, line in enumerate(s.body)]
    title = page.layout("title", s.title, text_w, 24, bold=True) if s.title else None
    ad = s.ad
    card_w = w - 28 - 56
    if ad:
        tag = page.layout("", page.word("feed.ad"), 60, 18, bold=True)
        ad_title = page.layout("ad", ad.title, card_w - 28 - tag.width - 18, 23, bold=True)
        ad_text = page.layout("ad", ad.text, card_w - 28, 21, lines=2) if ad.text else None
        ad_button = page.layout("ad", ad.button, card_w - 48, 22, bold=True) if ad.button else None
        card_h = 14 + max(ad_title.height, tag.height + 6) + (8 + ad_text.height if ad_text else 0) \
            + (12 + ad_button.height + 16 if ad_button else 0) + 14
    else:
        card_h = 0
    stack = (card_h + 16 if ad else 0) + (title.height + 10 if title else 0) + sum(b.height + 6 for b in body)
    cy = page.bottom - 24 - stack
    if ad:
        card = (x + 14, cy, card_w, card_h)
        c.box(card, fill=(0xFF, 0xFF, 0xFF, 235), radius=14)
        ty = cy + 14
        c.text_block(ad_title, (x + 28, ty), pal.INK, bold=True)
        chip = (x + 28 + ad_title.width + 10, ty + 2, tag.width + 12, tag.height + 6)
        c.box(chip, fill=(0xEE, 0xEF, 0xF3), radius=4)
        c.text_block(tag, (chip[0] + 6, chip[1] + 3), MUTED, bold=True)
        ty += max(ad_title.height, tag.height + 6)
        if ad_text:
            c.text_block(ad_text, (x + 28, ty + 8), pal.INK_SOFT)
            ty += 8 + ad_text.height
        if ad_button:
            pill(c, ad_button, (x + 28, ty + 12, card_w - 28, ad_button.height + 16), AD_BUTTON, pal.WHITE)
        page.part("ad", card, 0)
        cy += card_h + 16
    if title:
        c.text_block(title, (x + 16, cy), pal.WHITE, bold=True)
        page.part("title", (x + 16, cy, title.width, title.height))
        cy += title.height + 10
    for i, block in enumerate(body):
        c.text_block(block, (x + 16, cy), SOFT_WHITE)
        page.part(f"body:{i}", (x + 16, cy, block.width, block.height))
        cy += block.height + 6
    return tabs_end + 10 + stack + 24


def _video(page: Page) -> None:
    """The video under everything: a game scene in soft colours, dimmed toward the bottom."""
    c, x, y, w, h = page.canvas, page.x, page.y, page.w, page.h
    bands = 8
    for i in range(bands):
        t = i / (bands - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(VIDEO_TOP, VIDEO_BOTTOM))
        c.box((x, y + h * i / bands, w, h / bands + 1), fill=colour)
    c.circle((x + w * 0.62, y + h * 0.3), w * 0.24, fill=(0x5B, 0x4B, 0xB0))
    c.circle((x + w * 0.62, y + h * 0.3), w * 0.16, fill=(0x7A, 0x6A, 0xD8))
    c.ellipse((x + w * 0.32, y + h * 0.27, w * 0.6, w * 0.08), border=(0xB8, 0xA8, 0xF0), width=3)
    for sx, sy in ((0.15, 0.22), (0.3, 0.4), (0.85, 0.15), (0.1, 0.5), (0.9, 0.45)):
        c.circle((x + w * sx, y + h * sy), 2.5, fill=pal.WHITE)
    c.box((x, y + h - 26, w, 26), fill=VIDEO_BOTTOM, radius=26)


def _tabs(page: Page, top: float) -> float:
    c, x, w = page.canvas, page.x, page.w
    left = page.layout("", page.word("feed.following"), 100, 22)
    right = page.layout("", page.word("feed.for_you"), 100, 22, bold=True)
    gap = 28
    total = left.width + gap + right.width
    lx = x + (w - total) / 2
    c.text_block(left, (lx, top), (0xB8, 0xBC, 0xCC))
    rx = lx + left.width + gap
    c.text_block(right, (rx, top), pal.WHITE, bold=True)
    c.box((rx + right.width / 2 - 14, top + right.height + 6, 28, 4), fill=pal.WHITE, radius=2)
    return top + right.height + 10


def _icons(page: Page) -> None:
    """Like, comment and share, down the right edge."""
    c, x, y, w, h = page.canvas, page.x, page.y, page.w, page.h
    cx = x + w - 34
    top = y + h * 0.42
    c.circle((cx - 7, top), 8, fill=pal.WHITE)
    c.circle((cx + 7, top), 8, fill=pal.WHITE)
    c.polygon([(cx - 15, top + 2), (cx + 15, top + 2), (cx, top + 18)], fill=pal.WHITE)
    top += 62
    c.ellipse((cx - 16, top - 12, 32, 26), fill=pal.WHITE)
    c.polygon([(cx - 10, top + 8), (cx - 14, top + 18), (cx - 2, top + 12)], fill=pal.WHITE)
    top += 58
    c.polygon([(cx - 16, top + 10), (cx + 2, top - 4), (cx + 2, top - 12), (cx + 16, top + 2), (cx + 2, top + 16),
               (cx + 2, top + 8)], fill=pal.WHITE)
