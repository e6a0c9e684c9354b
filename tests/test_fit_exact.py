"""The text-fit check lays out without painting and counts simple characters instead of asking
the font for every string (game.engine.widths); it still says exactly what painting with the
font's own widths says: for every string it measures, for every shipped level, and for text
made too long on purpose, right at the edge of fitting."""
from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.app import read_characters
from game.engine import widths as widths_module
from game.engine.assets import FONT_FILES
from game.engine.canvas import Canvas
from game.fitcheck import FitChecker
from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.levels.translate import is_translation

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
LEVELS = sorted(p for p in (ROOT / "levels").glob("*.yaml") if not is_translation(p))
SIZES = (6, 9, 12, 14, 16, 18, 21, 24, 26, 27, 32, 36, 40, 48, 60, 72)


@pytest.fixture(scope="module", autouse=True)
def fonts():
    pygame.font.init()


def result_of(path: Path):
    result = load_level(path, Catalog.from_assets(ASSETS))
    result.characters = read_characters(ASSETS / "art" / "characters.yaml")
    return result


def fast_checker() -> FitChecker:
    return FitChecker(ASSETS, read_characters(ASSETS / "art" / "characters.yaml"))


def by_the_font(self, text, px, bold):
    """Widths.pieces as the font measures each piece, nothing counted or composed."""
    px = max(6, int(px))
    return lambda piece: self._font(px, bold).size(piece)[0]


def painting_verdicts(result, monkeypatch) -> list:
    """The check as it was: every panel painted on a real surface, every width from the font."""
    with monkeypatch.context() as patch:
        patch.setattr(widths_module.Widths, "_measure", lambda self, text, px, bold: self._font(px, bold).size(text)[0])
        patch.setattr(widths_module.Widths, "pieces", by_the_font)
        checker = fast_checker()
        checker.canvas = Canvas(pygame.Surface((1280, 720)), checker.assets, 1.0)
        return checker(result)


def checked_against_the_font(result, monkeypatch) -> tuple[list, list]:
    """The fast check's verdicts, and every width it counted that the font would measure otherwise
    (of a whole string, or of a piece of a text being laid out)."""
    wrong = []
    counted, pieces = widths_module.Widths._measure, widths_module.Widths.pieces

    def compared(self, text, px, bold):
        width = counted(self, text, px, bold)
        real = self._font(px, bold).size(text)[0]
        if width != real:
            wrong.append((text, px, bold, width, real))
        return width

    def compared_pieces(self, text, px, bold):
        measure = pieces(self, text, px, bold)

        def width(piece: str) -> int:
            found = measure(piece)
            real = self._font(max(6, int(px)), bold).size(piece)[0]
            if found != real:
                wrong.append((piece, px, bold, found, real))
            return found

        return width

    with monkeypatch.context() as patch:
        patch.setattr(widths_module.Widths, "_measure", compared)
        patch.setattr(widths_module.Widths, "pieces", compared_pieces)
        return fast_checker()(result), wrong


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_the_fast_check_gives_the_verdicts_of_painting_with_the_fonts_widths(path, monkeypatch):
    result = result_of(path)
    verdicts, wrong = checked_against_the_font(result, monkeypatch)
    assert wrong == []
    assert verdicts == painting_verdicts(result, monkeypatch)


def with_decision(result, index: int, label: str = "", feedback: tuple[str, ...] = ()):
    steps = list(result.level.steps)
    step = steps[index]
    option = step.options[0]
    if label:
        option = replace(option, label=label)
    if feedback:
        option = replace(option, feedback=replace(option.feedback, text=feedback))
    steps[index] = replace(step, options=(option,) + step.options[1:])
    result.level = replace(result.level, steps=tuple(steps))
    return result


def with_bubble(result, text: str):
    first = result.level.steps[0]
    panel = replace(first.panel, bubbles=(replace(first.panel.bubbles[0], text=text),) + first.panel.bubbles[1:])
    result.level = replace(result.level, steps=(replace(first, panel=panel),) + result.level.steps[1:])
    return result


def changed(result, kind: str, text):
    """Level 1 with its first bubble, or its first decision's first label or feedback, replaced."""
    if kind == "bubble":
        return with_bubble(result, text)
    decision = next(i for i, s in enumerate(result.level.steps) if s.type == "decision")
    if kind == "label":
        return with_decision(result, decision, label=text)
    return with_decision(result, decision, feedback=text)


# Lengths on both sides of where each text stops fitting, with and without Latin letters,
# digits, kana and em dashes (measured by the font) among the 汉字 (counted). The first length
# that does not fit, for each: 21, 17, 13, 58, 48 and 6 (checked below).
EDGES = [("label", "点" * n) for n in (12, 19, 20, 21, 22, 40)] \
    + [("label", "装App" + "点" * n) for n in (10, 16, 17, 18)] \
    + [("label", "打110，" + "点" * n + "——クク") for n in (8, 12, 13, 14)] \
    + [("bubble", "哇" * n) for n in (40, 57, 58, 59, 120)] \
    + [("bubble", "yzbyr-fuli.top/lingwanju " + "哇" * n) for n in (30, 47, 48, 49)] \
    + [("feedback", ("很长的一句话" * 5 + "长" * n,) * 3) for n in (0, 5, 6, 7, 20)]


@pytest.mark.parametrize("kind, text", EDGES, ids=[f"{k}-{len(t) if isinstance(t, str) else len(t[0])}-{i}"
                                                   for i, (k, t) in enumerate(EDGES)])
def test_text_made_too_long_gets_the_verdict_painting_gives(kind, text, monkeypatch):
    result = changed(result_of(LEVELS[0]), kind, text)
    verdicts, wrong = checked_against_the_font(result, monkeypatch)
    assert wrong == []
    assert verdicts == painting_verdicts(result, monkeypatch)


def test_the_edges_above_are_where_the_verdict_changes():
    def cut(kind: str, text) -> bool:
        return bool(fast_checker()(changed(result_of(LEVELS[0]), kind, text)))

    edges = [("label", "点" * 20, "点" * 21), ("label", "装App" + "点" * 16, "装App" + "点" * 17),
             ("label", "打110，" + "点" * 12 + "——クク", "打110，" + "点" * 13 + "——クク"),
             ("bubble", "哇" * 57, "哇" * 58),
             ("bubble", "yzbyr-fuli.top/lingwanju " + "哇" * 47, "yzbyr-fuli.top/lingwanju " + "哇" * 48),
             ("feedback", ("很长的一句话" * 5 + "长" * 5,) * 3, ("很长的一句话" * 5 + "长" * 6,) * 3)]
    assert [(cut(kind, fits), cut(kind, too_long)) for kind, fits, too_long in edges] == [(False, True)] * 6


class Face:
    """One face of a weight, set to each size as asked (as Assets.font does)."""

    def __init__(self, bold: bool) -> None:
        self.face = pygame.font.Font(str(ASSETS / "fonts" / FONT_FILES[bold]), 20)

    def __call__(self, px: int, bold: bool = False) -> pygame.font.Font:
        self.face.point_size = max(6, int(px))
        return self.face

    def width(self, text: str, px: int) -> int:
        return self(px).size(text)[0]


def covered() -> list[str]:
    lines = (ASSETS / "fonts" / "covered.txt").read_text(encoding="utf-8").splitlines()
    return [ch for line in lines if not line.startswith("#") for ch in line]


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_every_character_counted_as_simple_is_one_em_wide_alone_and_in_a_row(bold):
    face = Face(bold)
    widths = widths_module.Widths(face)
    simple = [ch for ch in covered() if widths.is_simple(ch, bold)]
    assert len(simple) > 8000  # every 汉字 the game can show but a few that draw past their em
    rng = random.Random(1)
    rows = ["".join(rng.choice(simple) for _ in range(rng.randint(2, 30))) for _ in range(300)]
    for px in SIZES:
        font = face(px)
        assert [ch for ch in simple if font.size(ch)[0] != px or font.size(ch * 3)[0] != 3 * px] == []
        assert [row for row in rows if font.size(row)[0] != len(row) * px] == []


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_mixed_text_is_as_wide_as_the_font_says(bold):
    face = Face(bold)
    widths = widths_module.Widths(face)
    texts = ["装App", "在App里。", "LT你", "你LT", "打110报警", "——", "你——好", "クク", "珍绎诊赐鲦", "赐你",
             "“你”", "（你）", "yzbyr-fuli.top/lingwanju", "¥199 已签收", "9.9元", "你 好", "你\u3000好", "f", "fi你"]
    for px in SIZES:
        assert [text for text in texts if widths.width(text, px, bold) != face.width(text, px)] == [], px


def test_no_kerning_or_ligature_of_the_shipped_fonts_touches_a_character_that_may_be_simple():
    ttlib = pytest.importorskip("fontTools.ttLib")
    for name in FONT_FILES.values():
        font = ttlib.TTFont(str(ASSETS / "fonts" / name))
        glyphs = {glyph for code, glyph in font.getBestCmap().items() if widths_module.may_be_simple(chr(code))}
        for tag in ("GPOS", "GSUB"):
            if tag not in font:
                continue
            for lookup in font[tag].table.LookupList.Lookup:
                for sub in lookup.SubTable:
                    sub = getattr(sub, "ExtSubTable", sub)
                    # The glyphs a rule starts from: a pair's first glyph, a ligature's or a substitution's input.
                    starts = set(getattr(getattr(sub, "Coverage", None), "glyphs", ()) or ())
                    starts |= set(getattr(sub, "ligatures", {}) or {}) | set(getattr(sub, "mapping", {}) or {})
                    for ligatures in (getattr(sub, "ligatures", {}) or {}).values():
                        starts |= {g for lig in ligatures for g in lig.Component}
                    assert not starts & glyphs, (name, tag, sorted(starts & glyphs)[:10])
