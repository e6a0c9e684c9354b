"""Named colours for all game art (mirrors /shared/ART.md).

The first block is the shared game palette from the art direction; the second
block holds the extra tones characters and backgrounds need. Every colour used
by the art generators comes from this file.
"""

# --- Shared game palette (ART.md) -------------------------------------------
INK = "#2B2B3A"          # outlines, text
PAPER = "#FFFDF7"        # panel background fill
BLUE = "#2F6FE4"         # 锡小朗 blue: the guide, safe actions, focus ring
BLUE_LIGHT = "#DCE8FF"
TEAL = "#3BB3A9"         # Taihu teal: backgrounds, calm
PINK = "#F08BA8"         # lotus pink: warmth, 吴小清
CAPTION = "#FFF1B8"      # caption yellow
WHITE = "#FFFFFF"        # bubble white
GREEN = "#2EAD6B"        # safe
RED = "#E5484D"          # risky
AMBER = "#F5A524"        # warning

# --- Character tones (flat fill + one shadow tone each) ----------------------
SKIN, SKIN_SH = "#FFDCC2", "#F4BC9E"
CHEEK = PINK
MOUTH_IN, TONGUE = "#9C3446", "#F27D8E"
IRIS = "#5A4A7A"                              # lighter ring inside dark eyes
SWEAT = "#BFE3FF"

# 吴小清: blue-and-white school tracksuit, dark hair, pink hair tie
QING_HAIR, QING_HAIR_SH = "#3F3650", "#2F2840"
TRACK_BLUE, TRACK_BLUE_SH = "#3A63B8", "#2E4F94"
TRACK_WHITE, TRACK_WHITE_SH = "#FFFFFF", "#DCE3F0"
PINK_SH = "#D96A8C"

# 锡小朗: blue hoodie with a white shield, springy cowlick, magnifier
LANG_HAIR, LANG_HAIR_SH = "#5A3F33", "#44301F"
BLUE_SH = "#2358BD"
PANTS, PANTS_SH = "#4A5573", "#3B4560"
GOLD, GOLD_SH = "#F2BC4B", "#D89B2A"
HANDLE, HANDLE_SH = "#8A5A3B", "#6E452C"

# 妈妈: Taihu-teal cardigan, cream top, bob haircut
MOM_HAIR, MOM_HAIR_SH = "#5B3A30", "#472B23"
TEAL_SH = "#2E948B"
CREAM, CREAM_SH = "#FFF4DC", "#F0DDB8"
MOM_PANTS, MOM_PANTS_SH = "#56607E", "#465070"

SHOE, SHOE_SH = "#FFFFFF", "#D3D8E4"
SOLE = "#C9CEDC"
