"""A chat (private or group) and an SMS conversation: a header with the contact, then messages.

A chat message can be text, a link card (chat apps open links inside, with no
address bar), a transfer, a red packet, a QR code or a picture; a group chat
shows each sender's name above their message. Each message, with its avatar
and name, is one part: message:N.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.levels.model import Message

from .kit import LINE, MUTED, Page, avatar, qr_code

CHAT_BG = (0xED, 0xED, 0xF0)
CHAT_ME = (0xA8, 0xE6, 0x8C)
BORDER = (0xC6, 0xC9, 0xD3)
TRANSFER = (0xF5, 0x9A, 0x3C)
REDPACKET = (0xE9, 0x4F, 0x3D)
GOLD = (0xFF, 0xD8, 0x7A)
AVATAR = 40
CARD_W = 264
QR = 116  # the side of a QR code in a chat
PICTURE = 96  # the height of a picture in a chat


def draw(page: Page) -> float:
    chat = page.screen.kind == "chat"
    if chat:
        page.fill(CHAT_BG)
    top = page.status_bar()
    cy = page.header("title" if page.screen.title else "", page.screen.title, top)
    for i, message in enumerate(page.screen.messages):
        cy = _message(page, i, message, cy, chat) + 14
    return cy


def _message(page: Page, i: int, message: Message, top: float, chat: bool) -> float:
    c, x, w = page.canvas, page.x, page.w
    mine = message.sender == "me"
    name = f"message:{i}"
    beside = AVATAR + 8 if chat else 0
    label_h = 0.0
    if chat and page.screen.group and not mine and message.name:
        label = page.layout(name, message.name, w - 2 * (16 + beside), 20)
        c.text_block(label, (x + 16 + beside + 4, top), MUTED)
        label_h = label.height + 6
    bw, bh = _size(page, name, message)
    bx = x + w - 16 - beside - bw if mine else x + 16 + beside
    by = top + label_h
    _bubble(page, name, message, (bx, by, bw, bh), mine, chat)
    left, right = bx, bx + bw
    if chat:
        ax = x + w - 16 - AVATAR if mine else x + 16
        avatar(c, message.avatar, (ax, top, AVATAR, AVATAR), "pink" if mine else "teal")
        left, right = min(left, ax), max(right, ax + AVATAR)
    bottom = max(by + bh, top + (AVATAR if chat else 0))
    page.part(name, (left, top, right - left, bottom - top))
    return bottom


def _size(page: Page, name: str, m: Message) -> tuple[float, float]:
    """The bubble or card of a message: width and height."""
    k = page.k
    if m.type == "text":
        block = page.layout(name, m.text, page.w * 0.72, 25, lines=4)
        return block.width + 28, block.height + 22
    if m.type == "link":
        title = page.layout(name, m.title, CARD_W - 28, 23, bold=True, lines=2)
        text = page.layout(name, m.text, CARD_W - 84, 21, lines=3) if m.text else None
        return CARD_W, 28 + title.height + 10 + max(48 * k, text.height if text else 0)
    if m.type in ("transfer", "redpacket"):
        main = page.layout(name, m.amount if m.type == "transfer" else m.caption, CARD_W - 92, 25, bold=True, lines=2)
        sub = m.caption if m.type == "transfer" else m.amount
        second = page.layout(name, sub, CARD_W - 92, 21) if sub else None
        top_h = max(60 * k, 24 + main.height + (second.height + 4 if second else 0))
        return CARD_W, top_h + 36 * k
    if m.type == "qr":
        caption = page.layout(name, m.caption, CARD_W - 28, 21, lines=2)
        return CARD_W * 0.8, 16 + QR * k + 10 + caption.height + 14
    caption = page.layout(name, m.caption, CARD_W - 28, 21, lines=2)  # image
    return CARD_W * 0.8, PICTURE * k + 12 + caption.height + 14


def _bubble(page: Page, name: str, m: Message, rect, mine: bool, chat: bool) -> None:
    c, k = page.canvas, page.k
    x, y, w, h = rect
    if m.type == "text":
        fill = CHAT_ME if mine else pal.WHITE
        if chat:  # a little tail toward the avatar
            tip = x + w + 7 if mine else x - 7
            edge = x + w - 1 if mine else x + 1
            c.polygon([(edge, y + 12), (tip, y + 20), (edge, y + 28)], fill=fill)
        c.box(rect, fill=fill, border=BORDER, width=2, radius=14)
        block = page.layout(name, m.text, page.w * 0.72, 25, lines=4)
        c.text_block(block, (x + 14, y + 11), pal.INK)
        return
    if m.type == "link":
        c.box(rect, fill=pal.WHITE, border=BORDER, width=2, radius=10)
        title = page.layout(name, m.title, CARD_W - 28, 23, bold=True, lines=2)
        c.text_block(title, (x + 14, y + 14), pal.INK, bold=True)
        ty = y + 14 + title.height + 10
        if m.text:
            text = page.layout(name, m.text, CARD_W - 84, 21, lines=3)
            c.text_block(text, (x + 14, ty), MUTED)
        thumb = (x + w - 62, ty, 48 * k, 48 * k)
        c.box(thumb, fill=pal.TEAL, radius=6)
        c.circle((thumb[0] + thumb[2] * 0.38, thumb[1] + thumb[3] / 2), thumb[2] * 0.16, border=pal.WHITE, width=3)
        c.circle((thumb[0] + thumb[2] * 0.62, thumb[1] + thumb[3] / 2), thumb[2] * 0.16, border=pal.WHITE, width=3)
        return
    if m.type in ("transfer", "redpacket"):
        _money(page, name, m, rect)
        return
    c.box(rect, fill=pal.WHITE, border=BORDER, width=2, radius=10)
    caption = page.layout(name, m.caption, CARD_W - 28, 21, lines=2)
    if m.type == "qr":
        side = QR * k
        qr_code(c, (x + (w - side) / 2, y + 14, side, side), m.caption)
        cy = y + 16 + side + 10
    else:  # image: a picture of a picture, with what it shows written under it
        pic = (x + 8, y + 8, w - 16, PICTURE * k - 4)
        c.box(pic, fill=pal.BLUE_LIGHT, radius=6)
        c.circle((pic[0] + pic[2] * 0.75, pic[1] + pic[3] * 0.3), pic[3] * 0.12, fill=pal.CAPTION)
        c.polygon([(pic[0], pic[1] + pic[3]), (pic[0] + pic[2] * 0.35, pic[1] + pic[3] * 0.45),
                   (pic[0] + pic[2] * 0.6, pic[1] + pic[3]),], fill=pal.TEAL)
        c.polygon([(pic[0] + pic[2] * 0.4, pic[1] + pic[3]), (pic[0] + pic[2] * 0.7, pic[1] + pic[3] * 0.55),
                   (pic[0] + pic[2], pic[1] + pic[3])], fill=(0x2E, 0x93, 0x8A))
        cy = y + PICTURE * k + 12
    c.text_block(caption, (x + (w - caption.width) / 2, cy), pal.INK)


def _money(page: Page, name: str, m: Message, rect) -> None:
    """A transfer or red-packet card: the coloured top with an icon, and the word under it."""
    c, k = page.canvas, page.k
    x, y, w, h = rect
    colour = TRANSFER if m.type == "transfer" else REDPACKET
    band = 36 * k
    c.box(rect, fill=colour, radius=10)
    c.box((x, y + h - band, w, band), fill=pal.WHITE, radius=10)
    c.box((x, y + h - band, w, 10), fill=pal.WHITE)
    c.box(rect, border=LINE, width=2, radius=10)
    ix, iy = x + 16, y + 16
    if m.type == "transfer":  # two arrows in a circle
        c.circle((ix + 22, iy + 22), 21, border=pal.WHITE, width=3)
        c.line((ix + 11, iy + 16), (ix + 33, iy + 16), pal.WHITE, 3)
        c.polygon([(ix + 33, iy + 10), (ix + 39, iy + 16), (ix + 33, iy + 22)], fill=pal.WHITE)
        c.line((ix + 11, iy + 28), (ix + 33, iy + 28), pal.WHITE, 3)
        c.polygon([(ix + 11, iy + 22), (ix + 5, iy + 28), (ix + 11, iy + 34)], fill=pal.WHITE)
    else:  # a red envelope with a gold seal
        c.box((ix + 4, iy, 36, 46), fill=(0xC9, 0x34, 0x28), border=GOLD, width=2, radius=5)
        c.circle((ix + 22, iy + 20), 8, fill=GOLD)
    main_text = m.amount if m.type == "transfer" else m.caption
    main = page.layout(name, main_text, CARD_W - 92, 25, bold=True, lines=2)
    c.text_block(main, (x + 72, y + 14), pal.WHITE, bold=True)
    sub = m.caption if m.type == "transfer" else m.amount
    if sub:
        second = page.layout(name, sub, CARD_W - 92, 21)
        c.text_block(second, (x + 72, y + 18 + main.height), (0xFF, 0xF4, 0xE6))
    word = page.word(f"chat.{m.type}")
    label = page.layout("", word, w - 28, 20)
    c.text_block(label, (x + 14, y + h - band + (band - label.height) / 2), MUTED)
