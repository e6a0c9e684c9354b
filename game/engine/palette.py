"""The named colours of the game (see shared/ART.md); every screen uses these."""
from __future__ import annotations

INK = (0x2B, 0x2B, 0x3A)
PAPER = (0xFF, 0xFD, 0xF7)
BLUE = (0x2F, 0x6F, 0xE4)  # 锡小朗, safe actions, the focus ring
BLUE_LIGHT = (0xDC, 0xE8, 0xFF)
TEAL = (0x3B, 0xB3, 0xA9)
PINK = (0xF0, 0x8B, 0xA8)
CAPTION = (0xFF, 0xF1, 0xB8)
WHITE = (0xFF, 0xFF, 0xFF)
GREEN = (0x2E, 0xAD, 0x6B)
RED = (0xE5, 0x48, 0x4D)
AMBER = (0xF5, 0xA5, 0x24)

# Derived tones, for surfaces that need a quieter version of the above.
INK_SOFT = (0x6B, 0x6B, 0x7D)
GUTTER = (0xF3, 0xF0, 0xE6)
LETTERBOX = (0x1E, 0x1E, 0x2A)
SCREEN_BG = (0xF6, 0xF7, 0xFA)
GREEN_LIGHT = (0xDD, 0xF4, 0xE7)
RED_LIGHT = (0xFD, 0xE2, 0xE3)
AMBER_LIGHT = (0xFE, 0xF0, 0xD5)

# What each verdict looks like: colour plus an icon, never colour alone.
# "missed" is not a verdict on a choice: it marks a red-flag hunt with clues left to see.
VERDICT_COLOURS = {"safe": GREEN, "risky": RED, "too_suspicious": AMBER, "missed": AMBER}
VERDICT_LIGHT = {"safe": GREEN_LIGHT, "risky": RED_LIGHT, "too_suspicious": AMBER_LIGHT, "missed": AMBER_LIGHT}
