"""Backgrounds: 1600x900, opaque, muted and low-contrast, no text.

The lower-middle of every scene is kept plain because that is where the
characters stand; furniture and props sit at the sides and at the back.
The drawings are in indoor.py and outdoor.py, the shared pieces in bg_parts.py.
"""
from __future__ import annotations

import indoor
import outdoor
from bg_parts import H, W

__all__ = ["BACKGROUNDS", "H", "W"]

BACKGROUNDS = {
    "bedroom_night": indoor.bedroom_night,
    "living_room": indoor.living_room,
    "classroom": indoor.classroom,
    "street": outdoor.street,
    "bedroom_day": indoor.bedroom_day,
    "school_gate": outdoor.school_gate,
    "taihu_window": outdoor.taihu_window,
}
