"""Simulated phone screens (web page, chat, SMS) drawn from a level's data.

`draw_phone` draws into a panel's 1280x720 space and returns where each named
part landed ("url", "banner", "field:phone", "message:2" …), so clues can point
at parts by name and the red-flag hunt can hit-test them.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.levels.model import Persona, Screen

PHONE_RECT: Rect = (736, 22, 432, 676)
BEZEL = 16
FIELD_VALUE_COLOUR = (0x1B, 0x3A, 0x8C)
BANNER = (0xFF, 0x6A, 0x3D)
BANNER_DARK = (0xD9, 0x3F, 0x1E)
CHAT_ME = (0xA8, 0xE6, 0x8C)


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


def draw_phone(canvas: Canvas, screen: Screen, persona: Persona, typed: float | None = None,
               overflows: list[str] | None = None) -> dict[str, Rect]:
    """Draw the phone; parts that did not fit are named in `overflows` (if given)."""
    x, y, w, h = PHONE_RECT
    canvas.box((x + 8, y + 12, w, h), fill=(0x2B, 0x2B, 0x3A, 70), radius=46)
    canvas.box(PHONE_RECT, fill=(0x35, 0x37, 0x48), border=pal.INK, width=5, radius=46)
    inner = (x + BEZEL, y + BEZEL + 14, w - 2 * BEZEL, h - 2 * BEZEL - 28)
    canvas.box(inner, fill=pal.SCREEN_BG, radius=26)
    canvas.box((x + w / 2 - 50, y + 12, 100, 14), fill=(0x1E, 0x1E, 0x28), radius=7)
    # Try the comfortable text size first; shrink a little if the content is long.
    for k in (1.0, 0.92, 0.85, 0.78, 0.72):
        parts, bottom = _content(canvas, screen, persona, typed, inner, k, dry=True)
        if bottom <= inner[1] + inner[3] - 10:
            break
    cut: list[str] = []
    parts, bottom = _content(canvas, screen, persona, typed, inner, k, dry=False, cut=cut)
    if overflows is not None:
        overflows += [f"screen.{name}" for name in cut]
        if bottom > inner[1] + inner[3] - 10:
            overflows.append("screen (too much content for the phone)")
    return parts


def _content(canvas, screen, persona, typed, inner, k, dry, cut=None):
    cut = [] if cut is None else cut
    if screen.kind == "web":
        return _web(canvas, screen, persona, typed, inner, k, dry, cut)
    return _messages(canvas, screen, inner, k, dry, cut)


def _fit(cut: list[str], name: str, block):
    """Note a part whose text had to be shortened to fit."""
    if not block.fits and name not in cut:
        cut.append(name)
    return block


def _status_bar(canvas: Canvas, inner: Rect, dry: bool) -> float:
    x, y, w, _ = inner
    if not dry:
        canvas.text("9:41", (x + 24, y + 8), 18, pal.INK, bold=True)
        for i in range(4):
            canvas.box((x + w - 78 + i * 9, y + 22 - i * 4, 6, 6 + i * 4), fill=pal.INK, radius=1)
        canvas.box((x + w - 36, y + 12, 24, 14), border=pal.INK, width=2, radius=3)
        canvas.box((x + w - 33, y + 15, 14, 8), fill=pal.INK)
    return y + 40


def _web(canvas, screen, persona, typed, inner, k, dry, cut):
    x, y, w, _ = inner
    pad = 16
    cx, cw = x + pad, w - 2 * pad
    parts: dict[str, Rect] = {}
    cy = _status_bar(canvas, inner, dry)

    # Address bar: the first thing a careful reader checks. A page without an
    # address is an app's own screen, which has none.
    if screen.url:
        block = _fit(cut, "url", canvas.layout(screen.url, cw - 54, 22 * k, max_lines=2, balance=False))
        bar = (cx, cy, cw, block.height + 22)
        if not dry:
            canvas.box(bar, fill=(0xE9, 0xEB, 0xF0), border=(0xC6, 0xC9, 0xD3), width=2, radius=16)
            canvas.circle((cx + 22, cy + bar[3] / 2), 9, border=pal.INK_SOFT, width=2)
            canvas.line((cx + 13, cy + bar[3] / 2), (cx + 31, cy + bar[3] / 2), pal.INK_SOFT, 2)
            canvas.text_block(block, (cx + 42, cy + 11), pal.INK)
        parts["url"] = bar
        cy += bar[3] + 12

    if screen.title:
        block = _fit(cut, "title", canvas.layout(screen.title, cw, 26 * k, bold=True, max_lines=1))
        if not dry:
            canvas.text_block(block, (cx, cy), pal.INK, bold=True)
        parts["title"] = (cx - 4, cy - 4, block.width + 8, block.height + 8)
        cy += block.height + 12

    if screen.banner:
        block = _fit(cut, "banner", canvas.layout(screen.banner, cw - 32, 34 * k, bold=True, max_lines=2))
        rect = (cx, cy, cw, block.height + 34)
        if not dry:
            canvas.box(rect, fill=BANNER, border=BANNER_DARK, width=3, radius=14)
            for i in range(5):  # a few stars, the "prize" look these pages have
                canvas.circle((cx + 24 + i * (cw - 48) / 4, cy + 8), 4, fill=pal.CAPTION)
            canvas.text_block(block, (cx + 16, cy + 18), pal.WHITE, bold=True, align="center", width=cw - 32)
        parts["banner"] = rect
        cy += rect[3] + 12

    for i, line in enumerate(screen.body):
        block = _fit(cut, f"body:{i}", canvas.layout(line, cw, 24 * k, max_lines=2))
        if not dry:
            canvas.text_block(block, (cx, cy), pal.INK)
        parts[f"body:{i}"] = (cx - 4, cy - 4, min(cw, block.width) + 8, block.height + 8)
        cy += block.height + 10

    if screen.countdown:
        block = _fit(cut, "countdown", canvas.layout(screen.countdown, cw - 36, 24 * k, bold=True, max_lines=1))
        rect = (cx, cy, block.width + 44, block.height + 14)
        if not dry:
            canvas.box(rect, fill=pal.RED_LIGHT, radius=10)
            canvas.circle((cx + 16, cy + rect[3] / 2), 9, border=pal.RED, width=3)
            canvas.line((cx + 16, cy + rect[3] / 2), (cx + 16, cy + rect[3] / 2 - 6), pal.RED, 2)
            canvas.text_block(block, (cx + 34, cy + 7), pal.RED, bold=True)
        parts["countdown"] = rect
        cy += rect[3] + 12

    values = field_text(screen, persona, typed)
    for field in screen.fields:
        label = _fit(cut, f"field:{field.id}", canvas.layout(field.label, cw, 22 * k, bold=True, max_lines=1))
        value = values[field.id]
        text = value or field.placeholder
        box_h = 44 * k
        vblock = _fit(cut, f"field:{field.id}", canvas.layout(text or " ", cw - 20, 21 * k, max_lines=2))
        box_h = max(box_h, vblock.height + 18)
        rect = (cx, cy, cw, label.height + 6 + box_h)
        if not dry:
            canvas.text_block(label, (cx, cy), pal.INK, bold=True)
            box = (cx, cy + label.height + 6, cw, box_h)
            canvas.box(box, fill=pal.WHITE, border=(0xB4, 0xB8, 0xC6), width=2, radius=8)
            colour = FIELD_VALUE_COLOUR if value else (0xA0, 0xA3, 0xB0)
            canvas.text_block(vblock, (cx + 10, box[1] + (box_h - vblock.height) / 2), colour)
            if typed is not None and value and len(value) < len(persona.value_of(field.fill)):
                caret_x = cx + 10 + canvas.measure(vblock.lines[-1], 21 * k)
                canvas.line((caret_x + 2, box[1] + 8), (caret_x + 2, box[1] + box_h - 8), pal.BLUE, 2)
        parts[f"field:{field.id}"] = (cx - 4, cy - 4, cw + 8, rect[3] + 8)
        cy += rect[3] + 10

    if screen.button:
        block = _fit(cut, "button", canvas.layout(screen.button, cw - 40, 28 * k, bold=True, max_lines=1))
        rect = (cx + 10, cy + 4, cw - 20, block.height + 26)
        if not dry:
            canvas.box(rect, fill=BANNER_DARK, border=pal.INK, width=3, radius=rect[3] / 2)
            canvas.text_block(block, (rect[0] + 20, rect[1] + 13), pal.WHITE, bold=True,
                              align="center", width=rect[2] - 40)
        parts["button"] = rect
        cy += rect[3] + 12
    return parts, cy


def _messages(canvas, screen, inner, k, dry, cut):
    x, y, w, h = inner
    parts: dict[str, Rect] = {}
    cy = _status_bar(canvas, inner, dry)
    header = (x, cy - 4, w, 56)
    if not dry:
        canvas.box(header, fill=(0xEE, 0xEF, 0xF3))
        canvas.line((x, cy + 52), (x + w, cy + 52), (0xC6, 0xC9, 0xD3), 2)
        canvas.text("<", (x + 16, cy + 8), 28, pal.INK_SOFT, bold=True)
    if screen.title:
        block = _fit(cut, "title", canvas.layout(screen.title, w - 100, 26 * k, bold=True, max_lines=1))
        if not dry:
            canvas.text_block(block, (x + (w - block.width) / 2, cy + 12), pal.INK, bold=True)
        parts["title"] = (x + (w - block.width) / 2 - 6, cy + 6, block.width + 12, block.height + 12)
    cy += 68
    for i, message in enumerate(screen.messages):
        mine = message.sender == "me"
        block = _fit(cut, f"message:{i}", canvas.layout(message.text, w * 0.72, 25 * k, max_lines=4))
        bw, bh = block.width + 28, block.height + 22
        avatar = 40
        if mine:
            bx = x + w - 16 - bw - (avatar + 8 if screen.kind == "chat" else 0)
        else:
            bx = x + 16 + (avatar + 8 if screen.kind == "chat" else 0)
        rect = (bx, cy, bw, bh)
        if not dry:
            if screen.kind == "chat":
                ax = x + w - 16 - avatar if mine else x + 16
                canvas.box((ax, cy, avatar, avatar), fill=pal.PINK if mine else pal.TEAL, radius=10)
            fill = CHAT_ME if mine else pal.WHITE
            canvas.box(rect, fill=fill, border=(0xC6, 0xC9, 0xD3), width=2, radius=14)
            canvas.text_block(block, (bx + 14, cy + 11), pal.INK)
        parts[f"message:{i}"] = (bx - 4, cy - 4, bw + 8, bh + 8)
        cy += bh + 14
    return parts, cy
