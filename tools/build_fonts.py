"""Build the shipped Chinese fonts: Noto Sans CJK SC, subset to what the game can show.

Developer tool (needs fontTools and Debian's fonts-noto-cjk); the game itself only
reads the result in assets/fonts/. The subset is GB2312, printable ASCII, common
CJK punctuation and every character used in levels/ and assets/locale/, so a
level author who writes a rarer character reruns this:

    python tools/build_fonts.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
FACES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
SC_FACE_NAME = "Noto Sans CJK SC"
EXTRA = "，。！？、；：“”‘’「」『』（）《》〈〉【】—…·～￥％＋－×÷＝＜＞①②③④⑤✓✗★☆▶◀←→↑↓●○■□◆◇"


def gb2312_characters() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def data_characters() -> set[str]:
    chars: set[str] = set()
    for folder in (ROOT / "levels", ROOT / "assets" / "locale"):
        for path in folder.glob("*.yaml"):
            chars.update(path.read_text(encoding="utf-8-sig"))
    return {c for c in chars if c.isprintable()}


def main() -> int:
    wanted = gb2312_characters() | data_characters() | set(EXTRA)
    wanted |= {chr(c) for c in range(0x20, 0x7F)}
    out_dir = ROOT / "assets" / "fonts"
    out_dir.mkdir(parents=True, exist_ok=True)
    for weight, file_name in FACES.items():
        collection = TTCollection(str(SOURCE_DIR / file_name))
        font = next(f for f in collection.fonts if f["name"].getDebugName(4).startswith(SC_FACE_NAME))
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in wanted])
        subsetter.subset(font)
        target = out_dir / f"NotoSansSC-{weight}.otf"
        font.save(str(target))
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
