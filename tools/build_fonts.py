"""Build the shipped Chinese fonts: Noto Sans CJK SC, subset to what the game can show.

Developer tool (needs fontTools and Debian's fonts-noto-cjk); the game itself only
reads the result in assets/fonts/. The subset is:

- the 8,105 characters of the 通用规范汉字表 (2013), so a teacher can type any
  child's name (玥, 喆, …), kept in tools/data/tgh2013.txt;
- GB2312 (its symbols, and the 125 traditional/variant hanzi it has beyond the table);
- printable ASCII, the Windows-1252/Latin-1 letters and signs an English
  translation needs (é ü ñ € £ – “ ” …), common CJK punctuation and the UI marks in EXTRA;
- every character used in levels/*.yaml, assets/locale/*.yaml and game/**/*.py.

It also writes assets/fonts/covered.txt, the characters the built fonts map (read
back from their cmap), which the level checks use to name characters the font lacks,
and assets/fonts/em_box.txt, the few of those characters that may be counted one em
wide (汉字, full-width marks) but draw past their em box, as pygame measures them (the
game counts the width of the others instead of measuring it; see game/engine/widths.py).
A level author who writes a character outside all that reruns this:

    python tools/build_fonts.py

`python tools/build_fonts.py --em-box` rewrites only em_box.txt, from the shipped fonts
(it needs pygame-ce alone);
and `python tools/build_fonts.py --refresh-list` rewrites tools/data/tgh2013.txt from
the Unihan database of Debian's unicode-data package (field kTGH).

Layout: only the horizontal features HarfBuzz turns on by itself are kept. 'locl'
is dropped on purpose: in the SC face it swaps in Japanese, Korean or Traditional
glyph forms and punctuation positions when the text's language says so (HarfBuzz
takes it from the system locale when SDL_ttf sets none), and the game always
wants the mainland forms children learn; dropping it also halves the glyph count.
Vertical features and tables (vert, vrt2, vhea, vmtx, VORG) are dropped: the game
sets no vertical direction. CFF hinting is kept: unhinted text at 12-16 px (small
windows, panels) is visibly blurrier, and the hints cost only ~0.35 MB a weight.
All name records are kept (copyright, OFL licence and its URL).
"""
from __future__ import annotations

import bz2
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = Path("/usr/share/fonts/opentype/noto")
FACES = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}
SC_FACE_NAME = "Noto Sans CJK SC"
FONT_DIR = ROOT / "assets" / "fonts"
COVERED = FONT_DIR / "covered.txt"
EM_BOX = FONT_DIR / "em_box.txt"
TGH_LIST = ROOT / "tools" / "data" / "tgh2013.txt"
UNIHAN_DIR = Path("/usr/share/unicode")
EXTRA = "，。！？、；：“”‘’「」『』（）《》〈〉【】—…·～￥％＋－×÷＝＜＞①②③④⑤✓✗★☆▶◀←→↑↓●○■□◆◇"
# HarfBuzz's default horizontal features, less 'locl' (see above).
LAYOUT_FEATURES = ["rvrn", "ccmp", "rlig", "liga", "clig", "calt", "rclt", "curs", "kern", "mark", "mkmk"]
DROP_TABLES = ["vhea", "vmtx", "VORG"]
LINE_LENGTH = 100
TGH_LEVELS = ((1, "一级字"), (3501, "二级字"), (6501, "三级字"))  # 序号 where each level starts
TGH_COUNT = 8105

UNICODE_NOTICE = """\
# Derived from the Unicode Character Database, Unicode 15.0.0 (Debian package
# unicode-data 15.0.0-1): Unihan_OtherMappings.txt field kTGH, checked against
# Unihan_Readings.txt field kTGHZ2013. Modified: only the characters are kept,
# reordered by their 序号 and reformatted as below.
#
# Copyright © 1991-2022 Unicode, Inc. All rights reserved. Distributed under the
# Terms of Use in https://www.unicode.org/copyright.html.
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# the Unicode data files and any associated documentation (the "Data Files") or
# Unicode software and any associated documentation (the "Software") to deal in
# the Data Files or Software without restriction, including without limitation the
# rights to use, copy, modify, merge, publish, distribute, and/or sell copies of
# the Data Files or Software, and to permit persons to whom the Data Files or
# Software are furnished to do so, provided that either (a) this copyright and
# permission notice appear with all copies of the Data Files or Software, or
# (b) this copyright and permission notice appear in associated Documentation.
# THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
# EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
# MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD
# PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS
# NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL DAMAGES,
# OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER
# IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR
# IN CONNECTION WITH THE USE OR PERFORMANCE OF THE DATA FILES OR SOFTWARE.
# Except as contained in this notice, the name of a copyright holder shall not be
# used in advertising or otherwise to promote the sale, use or other dealings in
# these Data Files or Software without prior written authorization of the
# copyright holder.
"""


def read_character_file(path: Path) -> str:
    """The characters of a file in the format of covered.txt and tgh2013.txt:
    UTF-8, lines starting with '#' are comments, every other character on any
    other line (the line breaks aside) counts."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "".join(line for line in lines if not line.startswith("#"))


def _wrapped(chars: str) -> list[str]:
    lines = [chars[i:i + LINE_LENGTH] for i in range(0, len(chars), LINE_LENGTH)]
    assert not any(line.startswith("#") for line in lines), "a data line would read as a comment"
    return lines


def gb2312_characters() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def tgh_characters() -> str:
    """The 通用规范汉字表 (2013), in 序号 order."""
    chars = read_character_file(TGH_LIST)
    if len(chars) != TGH_COUNT or len(set(chars)) != TGH_COUNT:
        raise SystemExit(f"{TGH_LIST} holds {len(chars)} characters, not {TGH_COUNT}; rerun with --refresh-list")
    return chars


def english_characters() -> set[str]:
    """Latin-1 and Windows-1252: accented letters, € £ ¥ © ° ± × ÷, dashes, curly quotes, …"""
    return set(bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")) | {chr(c) for c in range(0xA0, 0x100)}


def data_characters() -> set[str]:
    chars: set[str] = set()
    for folder in (ROOT / "levels", ROOT / "assets" / "locale"):
        for path in folder.glob("*.yaml"):
            chars.update(path.read_text(encoding="utf-8-sig"))
    for path in (ROOT / "game").rglob("*.py"):  # marks drawn from code: ✓ ▶ …
        chars.update(c for c in path.read_text(encoding="utf-8") if ord(c) > 0x7F)
    return {c for c in chars if c.isprintable()}


def refresh_tgh_list() -> None:
    entries: dict[str, int] = {}
    with bz2.open(UNIHAN_DIR / "Unihan_OtherMappings.txt.bz2", "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "kTGH":
                (serial,) = [int(v.split(":")[1]) for v in fields[2].split() if v.startswith("2013:")]
                entries[chr(int(fields[0][2:], 16))] = serial
    with bz2.open(UNIHAN_DIR / "Unihan_Readings.txt.bz2", "rt", encoding="utf-8") as lines:
        readings = {chr(int(f[0][2:], 16)) for f in (line.split("\t") for line in lines)
                    if len(f) == 3 and f[1] == "kTGHZ2013"}
    serials = sorted(entries.values())
    if serials != list(range(1, TGH_COUNT + 1)) or set(entries) != readings:
        raise SystemExit(f"Unihan's kTGH has {len(entries)} entries (kTGHZ2013: {len(readings)}), not 1..{TGH_COUNT}")
    ordered = "".join(sorted(entries, key=entries.get))
    out = ["# 通用规范汉字表 (2013): its 8,105 characters in 序号 order, 100 a line (line n starts at 序号 100n-99).",
           "# Format: UTF-8; lines starting with '#' are comments; every character on any other line is in the table.",
           "# Written by `python tools/build_fonts.py --refresh-list`; the font build reads it.",
           "#", *UNICODE_NOTICE.rstrip("\n").split("\n")]
    bounds = [start for start, _ in TGH_LEVELS] + [TGH_COUNT + 1]
    for (start, name), end in zip(TGH_LEVELS, bounds[1:]):
        out.append(f"# {name}: 序号 {start:04d}-{end - 1:04d}")
        out += _wrapped(ordered[start - 1:end - 1])
    TGH_LIST.parent.mkdir(parents=True, exist_ok=True)
    TGH_LIST.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{TGH_LIST.relative_to(ROOT)}: {len(ordered)} characters")


def write_covered(cmap: set[int]) -> None:
    chars = [chr(c) for c in sorted(cmap)]
    spaces = " ".join(f"U+{ord(c):04X}" for c in chars if c.isspace())
    listed = "".join(c for c in chars if not c.isspace())
    header = ["# Characters the shipped fonts (NotoSansSC-Regular.otf, NotoSansSC-Bold.otf) can show, read from their cmap"
              " by tools/build_fonts.py; do not edit, rerun it.",
              "# Format: UTF-8; lines starting with '#' are comments; every character on any other line (line breaks"
              f" aside) is covered. Sorted by code point, {LINE_LENGTH} a line.",
              f"# Whitespace is not listed; the fonts also cover: {spaces}"]
    COVERED.write_text("\n".join(header + _wrapped(listed)) + "\n", encoding="utf-8")
    print(f"{COVERED.relative_to(ROOT)}: {len(listed)} characters and {len(chars) - len(listed)} spaces")


def em_box(font_dir: Path = FONT_DIR) -> tuple[dict[bool, str], list[str]]:
    """Each weight's characters (in `font_dir`'s fonts) that may be counted one em wide but are
    not, measured by pygame as the game measures them, and the lines of em_box.txt that say so."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import pygame

    from game.engine import widths
    from game.engine.assets import FONT_FILES

    pygame.font.init()
    candidates = "".join(ch for ch in read_character_file(font_dir / "covered.txt") if widths.may_be_simple(ch))
    outside, sizes = {}, {}
    for bold, name in FONT_FILES.items():
        metrics = pygame.font.Font(str(font_dir / name), widths.REFERENCE_PX).metrics(candidates)
        outside[bold] = "".join(ch for ch, m in zip(candidates, metrics) if not widths.inside_em(m))
        sizes[bold] = (font_dir / name).stat().st_size
    return outside, widths.em_box_lines(outside, sizes, FONT_FILES)


def write_em_box() -> None:
    outside, lines = em_box()
    EM_BOX.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{EM_BOX.relative_to(ROOT)}: {len(outside[False])} regular and {len(outside[True])} bold characters "
          "drawn past their em box")


def build() -> None:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    tgh = set(tgh_characters())
    wanted = gb2312_characters() | tgh | data_characters() | english_characters() | set(EXTRA)
    wanted |= {chr(c) for c in range(0x20, 0x7F)}
    FONT_DIR.mkdir(parents=True, exist_ok=True)
    cmaps: dict[str, set[int]] = {}
    for weight, file_name in FACES.items():
        collection = TTCollection(str(SOURCE_DIR / file_name))
        font = next(f for f in collection.fonts if f["name"].getDebugName(4).startswith(SC_FACE_NAME))
        source = set(font.getBestCmap())
        options = subset.Options()
        options.layout_features = LAYOUT_FEATURES
        options.drop_tables += DROP_TABLES
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(c) for c in wanted])
        subsetter.subset(font)
        target = FONT_DIR / f"NotoSansSC-{weight}.otf"
        font.save(str(target))
        cmaps[weight] = set(font.getBestCmap())
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size / 1e6:.2f} MB, "
              f"{len(font.getGlyphOrder())} glyphs, {len(cmaps[weight])} characters")
        lacking = "".join(sorted(c for c in wanted if ord(c) not in source))
        if lacking:
            print(f"  {SC_FACE_NAME} {weight} has no glyph for: {lacking}")
        if not tgh <= {chr(c) for c in cmaps[weight]}:
            raise SystemExit(f"{target.name} misses characters of the 通用规范汉字表")
    if cmaps["Regular"] != cmaps["Bold"]:
        raise SystemExit("the two weights cover different characters")
    write_covered(cmaps["Regular"])
    write_em_box()


def main(argv: list[str]) -> int:
    if argv == ["--refresh-list"]:
        refresh_tgh_list()
    elif argv == ["--em-box"]:
        write_em_box()
    elif argv:
        print(__doc__)
        return 2
    else:
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
