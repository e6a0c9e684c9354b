"""A 汉字 beside a stretch the font measures is measured as 一 (game/engine/widths.py): the width
is the font's own for any 汉字 there, because no kerning or ligature of the shipped fonts has a
汉字 on either side."""
from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from game.engine import widths as widths_module
from game.engine.assets import FONT_FILES

ASSETS = Path(__file__).resolve().parent.parent / "assets"
SIZES = (6, 9, 12, 14, 16, 18, 21, 24, 26, 27, 32, 36, 40, 48)
STRETCHES = ["300", "19.9", "App", "AI", "¥199", "yzbyr-fuli.top/wj", "9:41", "T", "f", "LT", "Q币", "OK", " ", "——",
             "abc 123", "Wj", "7"]


def hanzi() -> list[str]:
    lines = (ASSETS / "fonts" / "covered.txt").read_text(encoding="utf-8").splitlines()
    return [ch for line in lines if not line.startswith("#") for ch in line
            if widths_module.may_be_simple(ch) and ch not in widths_module._MARKS]


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_a_stretch_between_any_hanzi_is_as_wide_as_the_font_says(bold):
    pygame.font.init()
    face = pygame.font.Font(str(ASSETS / "fonts" / FONT_FILES[bold]), 20)

    def font(px: int, _bold: bool) -> pygame.font.Font:
        face.point_size = max(6, int(px))
        return face

    rng = random.Random(5)
    pool = hanzi()
    texts = [rng.choice(pool) * rng.randint(0, 2) + stretch + rng.choice(pool) * rng.randint(0, 2)
             for stretch in STRETCHES for _ in range(12)]
    for px in SIZES:
        widths = widths_module.Widths(font, widths_module._em_box_of(str(ASSETS)))
        measured = [(text, widths.width(text, px, bold)) for text in texts]  # (stand-ins kept between texts)
        assert [(text, w) for text, w in measured if w != font(px, bold).size(text)[0]] == [], px


def test_no_kerning_pair_of_the_shipped_fonts_ends_on_a_hanzi():
    ttlib = pytest.importorskip("fontTools.ttLib")
    for name in FONT_FILES.values():
        font = ttlib.TTFont(str(ASSETS / "fonts" / name))
        glyphs = {glyph for code, glyph in font.getBestCmap().items()
                  if widths_module.may_be_simple(chr(code)) and chr(code) not in widths_module._MARKS}
        for lookup in font["GPOS"].table.LookupList.Lookup:
            for sub in lookup.SubTable:
                sub = getattr(sub, "ExtSubTable", sub)
                seconds = {record.SecondGlyph for pairs in getattr(sub, "PairSet", None) or ()
                           for record in pairs.PairValueRecord}
                classed = getattr(getattr(sub, "ClassDef2", None), "classDefs", {}) or {}
                seconds |= set(classed)
                assert not seconds & glyphs, (name, sorted(seconds & glyphs)[:10])
                # Glyphs in no second class are class 0: no pair may move them.
                for first in getattr(sub, "Class1Record", None) or ():
                    zero = first.Class2Record[0]
                    assert not any(getattr(getattr(zero, v, None), "XAdvance", 0) or getattr(
                        getattr(zero, v, None), "XPlacement", 0) for v in ("Value1", "Value2")), name
