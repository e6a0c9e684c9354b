"""A payment page: whom the money goes to (a person or a business), how much, and the button.

The payee's badge (个人 / 商家) is what a careful reader checks: a page that calls
itself an official top-up centre but pays a person is the giveaway.
"""
from __future__ import annotations

from game.engine import palette as pal

from .kit import LINE, MUTED, Page, body_lines, button, countdown, person, qr_code

PAY_GREEN = (0x1F, 0x9D, 0x5C)


def draw(page: Page) -> float:
    c, s, x, w, k = page.canvas, page.screen, page.x, page.w, page.k
    cy = page.header("", page.word("pay.header"), page.status_bar(), more=False)
    card_x, card_w = x + 14, w - 28
    inner_x, inner_w = card_x + 16, card_w - 32
    top = cy
    # Measure the card first, so it can be drawn behind its contents.
    to = page.layout("", page.word("pay.to"), inner_w, 21)
    badge_word = page.word(f"pay.{s.payee_kind}") if s.payee_kind else ""
    badge = page.layout("payee", badge_word, 100, 20, bold=True) if badge_word else None
    icon = 48 * k
    badge_w = badge.width + 20 if badge else 0
    payee = page.layout("payee", s.title, inner_w - icon - 12 - badge_w - 8, 26, bold=True)
    amount = page.layout("amount", s.amount, inner_w, 44, bold=True)
    clock_h = (page.layout("countdown", s.countdown, w - 80, 24, bold=True).height + 14 + 12) if s.countdown else 0
    row_h = max(icon, payee.height)
    card_h = 16 + to.height + 10 + row_h + 16 + amount.height + 14 + clock_h + 6
    c.box((card_x, top, card_w, card_h), fill=pal.WHITE, border=LINE, width=2, radius=14)
    cy = top + 16
    c.text_block(to, (inner_x, cy), MUTED)
    cy += to.height + 10
    pic = (inner_x, cy + (row_h - icon) / 2, icon, icon)
    if s.payee_kind == "merchant":
        _shop(page, pic)
    else:
        person(c, pic, (0xB4, 0xB8, 0xC6))
    px = inner_x + icon + 12
    c.text_block(payee, (px, cy + (row_h - payee.height) / 2), pal.INK, bold=True)
    right = px + payee.width
    if badge:
        bx = right + 8
        chip = (bx, cy + (row_h - badge.height - 8) / 2, badge.width + 20, badge.height + 8)
        merchant = s.payee_kind == "merchant"
        c.box(chip, fill=pal.BLUE_LIGHT if merchant else (0xEE, 0xEF, 0xF3), radius=6)
        c.text_block(badge, (bx + 10, chip[1] + 4), pal.BLUE if merchant else pal.INK_SOFT, bold=True)
        right = bx + chip[2]
    page.part("payee", (inner_x, cy, right - inner_x, row_h))
    cy += row_h + 16
    c.line((inner_x, cy - 8), (inner_x + inner_w, cy - 8), LINE, 1)
    ax = card_x + (card_w - amount.width) / 2
    c.text_block(amount, (ax, cy), pal.INK, bold=True)
    page.part("amount", (ax, cy, amount.width, amount.height))
    cy += amount.height + 14
    if s.countdown:
        chip_w = page.layout("countdown", s.countdown, w - 80, 24, bold=True).width + 44
        cy = countdown(page, "countdown", s.countdown, card_x + (card_w - chip_w) / 2, cy) + 12
    cy = top + card_h + 12
    if s.body:
        cy = body_lines(page, inner_x, cy, inner_w, pal.INK_SOFT, 22, 6) + 6
    if s.qr:  # the code, with what to do beside it
        side = 104 * k
        scan = page.layout("", page.word("pay.scan"), inner_w - side - 20, 22, bold=True)
        box = (card_x, cy, card_w, side + 20)
        c.box(box, fill=pal.WHITE, border=LINE, width=2, radius=14)
        qr_code(c, (card_x + 14, cy + 10, side, side), s.title + s.amount)
        c.text_block(scan, (card_x + 14 + side + 16, cy + (box[3] - scan.height) / 2), pal.INK_SOFT, bold=True)
        page.part("qr", box, 0)
        cy += box[3] + 12
    if s.button:
        cy = button(page, "button", s.button, cy, PAY_GREEN) + 12
    return cy


def _shop(page: Page, rect) -> None:
    """A business's picture: a shop front with an awning."""
    c = page.canvas
    x, y, w, h = rect
    c.box(rect, fill=pal.BLUE, radius=w * 0.22)
    c.box((x + w * 0.18, y + h * 0.45, w * 0.64, h * 0.38), fill=pal.WHITE, radius=2)
    for i in range(4):
        c.box((x + w * (0.14 + i * 0.18), y + h * 0.22, w * 0.18, h * 0.2),
              fill=pal.WHITE if i % 2 == 0 else pal.BLUE_LIGHT)
    c.box((x + w * 0.42, y + h * 0.58, w * 0.16, h * 0.25), fill=pal.BLUE)
