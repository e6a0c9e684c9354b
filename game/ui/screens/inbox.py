"""An SMS/notification inbox: the app's name, a search bar and one row per conversation.

Each row (thread:N) shows who sent it, when, and the start of the text, the way a
phone lists its messages: a number nobody saved next to 妈妈 and 班主任.
"""
from __future__ import annotations

import hashlib

from game.engine import palette as pal

from .kit import AVATAR_COLOURS, LINE, MUTED, Page, person

ROW_AVATAR = 52


def draw(page: Page) -> float:
    c, x, w = page.canvas, page.x, page.w
    page.fill(pal.WHITE)
    cy = page.status_bar() + 4
    if page.screen.title:
        block = page.layout("title", page.screen.title, w - 40, 34, bold=True)
        c.text_block(block, (x + 20, cy), pal.INK, bold=True)
        page.part("title", (x + 20, cy, block.width, block.height))
        cy += block.height + 14
    search = (x + 16, cy, w - 32, 40 * page.k)
    c.box(search, fill=(0xEE, 0xEF, 0xF3), radius=search[3] / 2)
    c.circle((search[0] + 24, cy + search[3] / 2 - 2), 7, border=MUTED, width=2)
    c.line((search[0] + 29, cy + search[3] / 2 + 3), (search[0] + 34, cy + search[3] / 2 + 8), MUTED, 2)
    hint = page.layout("", page.word("inbox.search"), 120, 20)
    c.text_block(hint, (search[0] + 44, cy + (search[3] - hint.height) / 2), MUTED)
    cy += search[3] + 10
    for i, thread in enumerate(page.screen.threads):
        name = f"thread:{i}"
        top = cy + 12
        left = x + 16 + ROW_AVATAR + 12
        time = page.layout(name, thread.time, 90, 20) if thread.time else None
        sender = page.layout(name, thread.sender, w - (left - x) - 16 - (time.width + 10 if time else 0), 23,
                             bold=True)
        text = page.layout(name, thread.text, w - (left - x) - 16, 21, lines=2)
        _initial(page, thread.sender, (x + 16, top, ROW_AVATAR, ROW_AVATAR))
        c.text_block(sender, (left, top), pal.INK, bold=True)
        if time:
            c.text_block(time, (x + w - 16 - time.width, top + 3), MUTED)
        c.text_block(text, (left, top + sender.height + 8), MUTED)
        bottom = max(top + ROW_AVATAR, top + sender.height + 8 + text.height) + 12
        page.part(name, (x + 8, cy + 4, w - 16, bottom - cy - 8), 0)
        c.line((left, bottom), (x + w, bottom), LINE, 1)
        cy = bottom
    return cy


def _initial(page: Page, sender: str, rect) -> None:
    """A contact's round picture: the first character of a saved name, or a plain person for a number."""
    c = page.canvas
    x, y, w, h = rect
    colours = list(AVATAR_COLOURS.values())
    colour = colours[hashlib.sha256(sender.encode("utf-8")).digest()[0] % len(colours)]
    first = sender.strip()[:1]
    if not first or first.isascii():
        person(c, rect, (0xB4, 0xB8, 0xC6), round_=True)
        return
    c.circle((x + w / 2, y + h / 2), w / 2, fill=colour)
    c.text(first, (x + w / 2, y + h / 2), 26 * page.k, pal.WHITE, bold=True, anchor="center")
