"""Simulated phone screens drawn from a level's data: one module per kind of screen.

`draw_phone` (frame.py) draws the phone and whichever kind the level asks for:
web.py (a web page and its form), messages.py (chat and SMS), inbox.py, call.py,
pay.py, store.py, trade.py, feed.py and mail.py; kit.py holds what they share.
Each view records where its named parts landed under the names
`game.levels.parts.screen_parts` lists, in the same order.
"""
from .frame import PHONE_RECT, draw_phone, screen_rect
from .web import field_text, typing_length

__all__ = ["PHONE_RECT", "draw_phone", "field_text", "screen_rect", "typing_length"]
