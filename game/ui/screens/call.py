"""An incoming voice or video call, and a request that pops up during one.

A video call fills the screen with the caller's face (the character's `call`
drawing: the part `caller`), with the name and number over it. Without a
`prompt` the answer and hang-up buttons sit at the bottom; with one (对方请求共享你的屏幕)
a card holds the request and its two buttons, the details a child must stop at.
"""
from __future__ import annotations

from game.engine import palette as pal

from .kit import Page, clipped, face, person, pill

DARK = (0x24, 0x26, 0x33)
ROOM = (0x9C, 0xAE, 0xC6)  # the wall behind a video caller
ROOM_LIGHT = (0xB8, 0xC8, 0xDC)
SOFT_WHITE = (0xE4, 0xE7, 0xEF)
GREY_BUTTON = (0xEE, 0xEF, 0xF3)
ROUND = 72  # the round call buttons


def draw(page: Page) -> float:
    c, s, x, y, w, h = page.canvas, page.screen, page.x, page.y, page.w, page.h
    video = s.video and s.caller
    if video:
        page.fill(ROOM)
        c.box((x + w * 0.06, y + h * 0.3, w * 0.26, h * 0.3), fill=ROOM_LIGHT, radius=6)  # a window behind them
        c.box((x + w * 0.06, y + h * 0.44, w * 0.26, 4), fill=ROOM)
        scale = (w * 0.85) / 300
        art = (x + w / 2 - 150 * scale, y + 40, 300 * scale, 600 * scale)
        clipped(c, (x, y, w, h - 30), lambda: c.art(f"characters/{s.caller}/call_{s.expression}.svg", art))
        head = (art[0] + 25 * scale, art[1] + 105 * scale, 265 * scale, 245 * scale)
        # A shade under the name, fading down (mixed colours, so the screen's corners stay round).
        shade = [_mix(ROOM, DARK, (140 - i * 6) / 255) for i in range(24)]
        c.box((x, y, w, 60), fill=shade[0], radius=26)
        for i in range(4, 24):
            c.box((x, y + i * 7, w, 7), fill=shade[i])
        page.status_bar(pal.WHITE)
    else:
        page.fill(DARK)
        page.status_bar(pal.WHITE)
    cy = y + 52
    if not video:
        side = 120 * page.k
        pic = (x + (w - side) / 2, y + 70, side, side)
        if s.caller:
            face(page.canvas, s.caller, s.expression, pic, ROOM_LIGHT)
        else:
            person(page.canvas, pic, (0x6B, 0x70, 0x88))
        cy = pic[1] + side + 16
    title = page.layout("title", s.title, w - 40, 30, bold=True)
    c.text_block(title, (x + (w - title.width) / 2, cy), pal.WHITE, bold=True)
    page.part("title", (x + (w - title.width) / 2, cy, title.width, title.height))
    cy += title.height + 10
    if s.number:
        number = page.layout("number", s.number, w - 40, 22)
        c.text_block(number, (x + (w - number.width) / 2, cy), SOFT_WHITE)
        page.part("number", (x + (w - number.width) / 2, cy, number.width, number.height))
        cy += number.height + 8
    state = page.word(f"call.{'video' if s.video else 'voice'}_{'on' if s.prompt else 'incoming'}")
    status = page.layout("", state, w - 40, 21)
    c.text_block(status, (x + (w - status.width) / 2, cy), SOFT_WHITE)
    cy += status.height
    if video:
        page.part("caller", head, 0)
    needed = _prompt(page, cy) if s.prompt else _round_buttons(page, cy)
    return needed


def _mix(a, b, t: float) -> tuple[int, int, int]:
    return tuple(round(p + (q - p) * t) for p, q in zip(a, b))


def _round_buttons(page: Page, top_end: float) -> float:
    """Hang up (red) and answer (green) at the bottom, each with its label under it."""
    c, s, x, w = page.canvas, page.screen, page.x, page.w
    labels = [page.layout("decline", s.decline, w / 2 - 20, 22), page.layout("accept", s.accept, w / 2 - 20, 22)]
    label_h = max(b.height for b in labels)
    top = page.bottom - 30 - label_h - 10 - ROUND
    c.box((x, top - 24, w, page.bottom - top + 24), fill=(0x14, 0x16, 0x22, 110), radius=26)
    for name, block, cx, colour in (("decline", labels[0], x + w * 0.27, pal.RED),
                                    ("accept", labels[1], x + w * 0.73, pal.GREEN)):
        centre = (cx, top + ROUND / 2)
        c.circle(centre, ROUND / 2, fill=colour)
        _handset(page, centre, hang_up=name == "decline")
        c.text_block(block, (cx - block.width / 2, top + ROUND + 10), pal.WHITE)
        page.part(name, (cx - max(ROUND, block.width) / 2, top, max(ROUND, block.width), ROUND + 10 + block.height))
    return top_end + 16 + (page.bottom - 30 - top)


def _handset(page: Page, centre, hang_up: bool) -> None:
    """A telephone handset: level to answer, turned down to hang up."""
    c = page.canvas
    cx, cy = centre
    if hang_up:
        c.box((cx - 20, cy - 5, 40, 12), fill=pal.WHITE, radius=6)
        c.box((cx - 22, cy + 1, 12, 10), fill=pal.WHITE, radius=3)
        c.box((cx + 10, cy + 1, 12, 10), fill=pal.WHITE, radius=3)
    else:
        c.polygon([(cx - 14, cy - 16), (cx - 4, cy - 18), (cx - 2, cy - 8), (cx - 8, cy - 4), (cx + 4, cy + 8),
                   (cx + 8, cy + 2), (cx + 18, cy + 4), (cx + 16, cy + 14), (cx + 8, cy + 18), (cx - 18, cy - 8)],
                  fill=pal.WHITE)


def _prompt(page: Page, top_end: float) -> float:
    """A request card at the bottom: an icon, the request, and its two buttons."""
    c, s, x, w, k = page.canvas, page.screen, page.x, page.w, page.k
    card_x, card_w = x + 14, w - 28
    text = page.layout("prompt", s.prompt, card_w - 32 - 56, 24, bold=True, lines=2)
    half = (card_w - 32 - 12) / 2
    decline = page.layout("decline", s.decline, half - 20, 24, bold=True)
    accept = page.layout("accept", s.accept, half - 20, 24, bold=True)
    button_h = max(decline.height, accept.height) + 22
    text_h = max(text.height, 44 * k)
    card_h = 20 + text_h + 18 + button_h + 18
    top = page.bottom - 20 - card_h
    card = (card_x, top, card_w, card_h)
    c.box((card_x + 3, top + 5, card_w, card_h), fill=(0, 0, 0, 60), radius=18)
    c.box(card, fill=pal.WHITE, radius=18)
    ix, iy = card_x + 16, top + 20 + (text_h - 40 * k) / 2  # a screen with an arrow out of it
    c.box((ix, iy, 44 * k, 32 * k), border=pal.BLUE, width=3, radius=4)
    c.line((ix + 14 * k, iy + 40 * k), (ix + 30 * k, iy + 40 * k), pal.BLUE, 3)
    c.line((ix + 22 * k, iy + 32 * k), (ix + 22 * k, iy + 40 * k), pal.BLUE, 3)
    c.line((ix + 22 * k, iy + 24 * k), (ix + 22 * k, iy + 9 * k), pal.BLUE, 3)
    c.polygon([(ix + 15 * k, iy + 14 * k), (ix + 22 * k, iy + 6 * k), (ix + 29 * k, iy + 14 * k)], fill=pal.BLUE)
    tx = card_x + 16 + 56
    ty = top + 20 + (text_h - text.height) / 2
    c.text_block(text, (tx, ty), pal.INK, bold=True)
    page.part("prompt", (tx, ty, text.width, text.height))
    by = top + 20 + text_h + 18
    left = (card_x + 16, by, half, button_h)
    right = (card_x + 16 + half + 12, by, half, button_h)
    pill(c, decline, left, GREY_BUTTON, pal.INK)
    pill(c, accept, right, pal.BLUE, pal.WHITE)
    page.part("decline", left, 0)
    page.part("accept", right, 0)
    return top_end + 16 + card_h + 20
