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

# 爸爸: ochre V-neck sweater over a white shirt, charcoal trousers
DAD_HAIR, DAD_HAIR_SH = "#2F2C3A", "#22202C"
OCHRE, OCHRE_SH = "#E2AE4A", "#C7913A"
SHIRT, SHIRT_SH = "#FFFFFF", "#DDE2EE"
CHARCOAL, CHARCOAL_SH = "#4B4F60", "#3C3F4E"
LEATHER, LEATHER_SH = "#6B4E3E", "#4E382C"

# 爷爷: grey hair and brows, brown cardigan, cane
GREY_HAIR, GREY_HAIR_SH = "#E4E4EA", "#C4C4CE"
CARDIGAN, CARDIGAN_SH = "#A9795A", "#8D6246"
GRANDPA_PANTS, GRANDPA_PANTS_SH = "#7C8294", "#676C7E"
CLOTH_SHOE, CLOTH_SOLE = "#3F3F4F", "#F2EFE8"
CANE, CANE_SH = "#8A5A3B", "#6E452C"
GLASS_RIM = "#4A4A5E"

# classmates: the same school tracksuit as 吴小清, their own hair and accents
BOY_HAIR, BOY_HAIR_SH = "#2E2A38", "#211E2A"
GIRL_HAIR, GIRL_HAIR_SH = "#4A3428", "#37261D"
STRAP, STRAP_SH = "#F2994A", "#D97C2E"
SUNNY, SUNNY_SH = "#F7C948", "#DEAA2A"

# 班主任: hair in a bun, glasses, lavender blazer, navy skirt
TEACH_HAIR, TEACH_HAIR_SH = "#3A2E36", "#2A2027"
LAVENDER, LAVENDER_SH = "#9C8AD6", "#806DBE"
SKIRT, SKIRT_SH = "#4E5A7A", "#3F4968"
TIGHTS = "#5A5670"

# the fraudsters: ordinary, friendly clothes with one sly detail each
SERVICE_HAIR, SERVICE_HAIR_SH = "#3B2A2A", "#2A1D1D"
SERVICE_VEST, SERVICE_VEST_SH = "#3E5C9A", "#314A7E"
HEADSET, HEADSET_SH = "#3A3D4E", "#2A2C3A"
FAKE_SHIRT, FAKE_SHIRT_SH = "#B7CBE3", "#98B0CE"   # police-like, but no insignia at all
FAKE_NAVY, FAKE_NAVY_SH = "#39456E", "#2C365A"
STICKER, STICKER_SH = "#FFD34D", "#E8B623"
IDOL_HAIR, IDOL_HAIR_SH = "#C98A6B", "#A96E52"      # dyed light brown
BOMBER, BOMBER_SH = "#3D3F52", "#2E303F"
SHADES = "#2B2B3A"
LANYARD = "#F06292"
ADMIN_HOODIE, ADMIN_HOODIE_SH = "#6A5ACD", "#5546B0"
NEON, NEON_SH = "#7ED957", "#5DBA3A"
