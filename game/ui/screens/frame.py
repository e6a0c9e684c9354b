"""The phone a simulated screen is shown on, and the one entry point that draws any kind.

`draw_phone` draws the phone body into a panel's 1280x720 space, then the screen
of the level's kind inside it (each kind is its own module). It returns where
each named part landed ("url", "field:phone", "message:2", "amount" …; the names
are `game.levels.parts.screen_parts`), so clues can point at parts by name and the
red-flag hunt can hit-test them. Text that had to be cut is named in `overflows`.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.dry import DryCanvas
from game.levels.model import Persona, Screen

from . import call, feed, inbox, mail, messages, pay, store, trade, web
from .kit import Page

PHONE_RECT: Rect = (736, 22, 432, 676)
BEZEL = 16
SHRINK = (1.0, 0.92, 0.85, 0.78, 0.72)  # text scales tried in turn until the content fits
VIEWS = {"web": web.draw, "chat": messages.draw, "sms": messages.draw, "inbox": inbox.draw, "call": call.draw,
         "pay": pay.draw, "store": store.draw, "trade": trade.draw, "feed": feed.draw, "mail": mail.draw}


def screen_rect() -> Rect:
    """The phone's display, inside the bezel."""
    x, y, w, h = PHONE_RECT
    return (x + BEZEL, y + BEZEL + 14, w - 2 * BEZEL, h - 2 * BEZEL - 28)


def draw_phone(canvas: Canvas, screen: Screen, persona: Persona, typed: float | None = None,
               overflows: list[str] | None = None) -> dict[str, Rect]:
    """Draw the phone and its screen; parts that did not fit are named in `overflows` (if given)."""
    x, y, w, h = PHONE_RECT
    canvas.shadow(PHONE_RECT, (8, 12), (0x2B, 0x2B, 0x3A, 70), radius=46)
    canvas.box(PHONE_RECT, fill=(0x35, 0x37, 0x48), border=pal.INK, width=5, radius=46)
    inner = screen_rect()
    canvas.box(inner, fill=pal.SCREEN_BG, radius=26)
    view = VIEWS.get(screen.kind, web.draw)
    limit = inner[1] + inner[3] - 10
    # Try the comfortable text size first; shrink a little if the content is long.
    dry = DryCanvas(canvas.assets, canvas.scale, canvas.origin)
    dry.art_roots = canvas.art_roots
    for k in SHRINK:
        page = Page(dry, screen, persona, typed, inner, k)
        bottom = view(page)
        if bottom <= limit:
            break
    if type(canvas) is not DryCanvas or canvas.log is not None:  # (on a canvas that only measures,
        page = Page(canvas, screen, persona, typed, inner, k)  # the last trial was this very layout)
        bottom = view(page)
    # The notch goes on last: a screen that fills the display (a video call) slides under it.
    canvas.box((x + w / 2 - 50, y + 12, 100, 14), fill=(0x1E, 0x1E, 0x28), radius=7)
    if overflows is not None:
        overflows += [f"screen.{name}" for name in page.cut]
        if bottom > limit:
            overflows.append("screen (too much content for the phone)")
    return page.parts
