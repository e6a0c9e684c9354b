"""In-game mail: a letter on the game's own dark screen, with its sender, attachment and button.

A mail "from the operations team" that asks to download an attachment (解冻说明.apk)
shows both the sender and the attachment's name for a careful reader.
"""
from __future__ import annotations

from game.engine import palette as pal

from .kit import MUTED, Page, body_lines, button

NAVY = (0x23, 0x2A, 0x4D)
PAPER = (0xFF, 0xF6, 0xE0)
GOLD = (0xD9, 0xA4, 0x41)
GOLD_LIGHT = (0xFF, 0xD8, 0x7A)


def draw(page: Page) -> float:
    c, s, x, w, k = page.canvas, page.screen, page.x, page.w, page.k
    page.fill(NAVY)
    cy = page.status_bar(pal.WHITE) + 4
    head = page.layout("", page.word("mail.header"), w - 100, 26, bold=True)
    c.text_block(head, (x + (w - head.width) / 2, cy), GOLD_LIGHT, bold=True)
    close = (x + w - 34, cy + head.height / 2)
    c.circle(close, 14, border=GOLD_LIGHT, width=2)
    c.line((close[0] - 5, close[1] - 5), (close[0] + 5, close[1] + 5), GOLD_LIGHT, 2)
    c.line((close[0] - 5, close[1] + 5), (close[0] + 5, close[1] - 5), GOLD_LIGHT, 2)
    cy += head.height + 16
    card_x, card_w = x + 12, w - 24
    left, width = card_x + 16, card_w - 32
    top = cy
    # The letter is drawn once its height is known: lay it out on this pass, paint it behind after.
    title = page.layout("title", s.title, width, 25, bold=True, lines=2)
    label = page.layout("", page.word("mail.from"), 90, 20)
    sender = page.layout("from", s.sender, width - label.width - 8, 21) if s.sender else None
    heights = [b.height + 8 for b in (page.layout(f"body:{i}", line, width, 22, lines=2)
                                      for i, line in enumerate(s.body))]
    slot = 56 * k
    attach_label = page.layout("", page.word("mail.attachment"), 90, 20, bold=True)
    file_name = page.layout("attachment", s.attachment, width - slot - 14, 21, lines=2) if s.attachment else None
    card_h = 16 + title.height + 10 + (max(label.height, sender.height) + 14 if sender else 0) + 12 \
        + sum(heights) + (8 + attach_label.height + 8 + max(slot, file_name.height) if file_name else 0) + 18
    c.box((card_x, top, card_w, card_h), fill=PAPER, border=GOLD, width=3, radius=14)
    cy = top + 16
    c.text_block(title, (left, cy), pal.INK, bold=True)
    page.part("title", (left, cy, title.width, title.height))
    cy += title.height + 10
    if sender:
        c.text_block(label, (left, cy), MUTED)
        c.text_block(sender, (left + label.width + 8, cy), pal.INK)
        page.part("from", (left, cy, label.width + 8 + sender.width, max(label.height, sender.height)))
        cy += max(label.height, sender.height) + 14
    c.line((left, cy), (left + width, cy), GOLD, 2)
    cy = body_lines(page, left, cy + 12, width, pal.INK, 22, 8)
    if file_name:
        c.text_block(attach_label, (left, cy + 8), pal.INK_SOFT, bold=True)
        cy += 8 + attach_label.height + 8
        row_h = max(slot, file_name.height)
        box = (left, cy + (row_h - slot) / 2, slot, slot)
        c.box(box, fill=(0x36, 0x3E, 0x66), border=GOLD, width=3, radius=8)
        _file(page, box)
        c.text_block(file_name, (left + slot + 14, cy + (row_h - file_name.height) / 2), pal.INK)
        page.part("attachment", (left, cy, slot + 14 + file_name.width, row_h))
        cy += row_h
    cy = top + card_h + 14
    if s.button:
        cy = button(page, "button", s.button, cy, GOLD_LIGHT, border=GOLD, size=26, text_colour=pal.INK) + 12
    return cy


def _file(page: Page, box) -> None:
    """A file: a sheet of paper with a folded corner."""
    c = page.canvas
    x, y, w, h = box
    px, py, pw, ph = x + w * 0.28, y + h * 0.2, w * 0.44, h * 0.6
    fold = pw * 0.35
    c.polygon([(px, py), (px + pw - fold, py), (px + pw, py + fold), (px + pw, py + ph), (px, py + ph)],
              fill=pal.WHITE)
    c.polygon([(px + pw - fold, py), (px + pw - fold, py + fold), (px + pw, py + fold)], fill=(0xC6, 0xC9, 0xD3))
    for i in range(3):
        c.line((px + pw * 0.18, py + ph * (0.5 + i * 0.15)), (px + pw * 0.8, py + ph * (0.5 + i * 0.15)),
               (0x9A, 0x9E, 0xB0), 2)
