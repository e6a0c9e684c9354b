"""Old home of the simulated screens; they live in `game.ui.screens` now. Import from there."""
from game.ui.screens import PHONE_RECT, draw_phone, field_text, typing_length

__all__ = ["PHONE_RECT", "draw_phone", "field_text", "typing_length"]
