"""The line breaker's quicker steps give exactly what the plain ones gave: splitting a paragraph
into units (regular expressions and the segmentation's pieces instead of character by
character), counting the lines a count of characters makes instead of making them, and
evening out counted text by counting. Each is held here to a plain version, on every text of
the shipped levels and on random text made of the characters that matter to the rules."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from game.engine import words
from game.engine.linebreak import (CJK_CLOSING, NO_LINE_END, NO_LINE_START, _atoms, _units, balanced,
                                   balanced_counted, counted_fit, lines_counted, wrap_counted)
from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.levels.translate import is_translation

ROOT = Path(__file__).resolve().parent.parent
LEVELS = sorted(p for p in (ROOT / "levels").glob("*.yaml") if not is_translation(p))
WORD_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@#&+=*'\"$￥")


# -- the plain versions (as the game had them) ------------------------------------------------

def plain_atoms(text: str) -> list[str]:
    raw: list[str] = []
    i = 0
    while i < len(text):
        if text[i] in WORD_CHARS:
            j = i
            while j < len(text) and (text[j] in WORD_CHARS or text[j] in ".:/-%"
                                     and j + 1 < len(text) and text[j + 1] in WORD_CHARS):
                j += 1
            raw.append(text[i:j])
            i = j
        else:
            raw.append(text[i])
            i += 1
    return raw


def plain_units(text: str, segment=None) -> list[str]:
    atoms = plain_atoms(text)
    pieces = segment(text) if segment and text else None
    raw = atoms
    if pieces and "".join(pieces) == "".join(atoms):
        breaks, at = set(), 0
        for piece in pieces:
            at += len(piece)
            breaks.add(at)
        raw, at = [], 0
        for atom in atoms:
            if raw and at not in breaks:
                raw[-1] += atom
            else:
                raw.append(atom)
            at += len(atom)
    units: list[str] = []
    carry, quotes = "", 0
    for unit in raw:
        opening = unit in NO_LINE_END
        closing = bool(units) and unit[0] in NO_LINE_START
        if unit == '"':
            opening, closing = quotes % 2 == 0, quotes % 2 == 1 and bool(units)
            quotes += 1
        if opening:
            carry += unit
            continue
        if closing and not carry:
            units[-1] += unit
            continue
        units.append(carry + unit)
        carry = ""
    if carry:
        if units:
            units[-1] += carry
        else:
            units.append(carry)
    return units


def plain_wrap_counted(paragraphs, fit: int) -> list[str]:
    lines: list[str] = []
    for units in paragraphs:
        line = ""
        for unit in units:
            if len(line) + len(unit) <= fit:
                line += unit
                continue
            if len(unit) > fit:
                if len(unit.rstrip("".join(NO_LINE_START))) <= fit:
                    if line:
                        lines.append(line)
                    line = unit
                    continue
                for ch in unit:
                    if line and len(line) + 1 > fit and ch not in CJK_CLOSING:
                        lines.append(line)
                        line = ""
                    line += ch
                continue
            if line:
                lines.append(line)
            line = unit
        lines.append(line)
    return lines


def plain_balanced_counted(paragraphs, width: float, size: float, px: int) -> list[str]:
    def measure(s: str) -> float:
        return len(s) * px * size / px

    def fit(w: float) -> int:
        count = int(w / size) + 1
        while count > 0 and count * px * size / px > w:
            count -= 1
        return count

    lines = plain_wrap_counted(paragraphs, fit(width))
    if len(lines) <= 1:
        return lines
    widest = max((measure(unit.strip()) for units in paragraphs for unit in units), default=0.0)
    low, high = max(width / 2, min(width, widest)), width
    for _ in range(7):
        mid = (low + high) / 2
        if len(plain_wrap_counted(paragraphs, fit(mid))) > len(lines):
            low = mid
        else:
            high = mid
    return plain_wrap_counted(paragraphs, fit(high))


# -- texts ------------------------------------------------------------------------------------

HANZI = "我的身份证号住址电话验证码领取免费玩具宇宙变异人链接不点先问大人"
MARKS = "，。！？、；：“”‘’（）《》「」『』【】…—·～"
OTHER = "abcXYZ019 .:/-%\"'@#$￥_+=*&\u3000"


def random_text(rng: random.Random, n: int) -> str:
    pool = HANZI * 3 + MARKS + OTHER * 2
    return "".join(rng.choice(pool) for _ in range(n))


def random_cut(rng: random.Random, text: str) -> list[str]:
    """The text in random pieces (now and then an empty one, or pieces of another text)."""
    cuts = sorted(rng.sample(range(1, len(text)), rng.randint(0, len(text) - 1))) if len(text) > 1 else []
    pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
    if pieces and rng.random() < 0.1:
        pieces.insert(rng.randrange(len(pieces) + 1), "")
    if pieces and rng.random() < 0.05:
        pieces[-1] += "x"
    return pieces


def shipped_texts() -> list[str]:
    texts = []
    for path in LEVELS:
        level = load_level(path, Catalog.from_assets(ROOT / "assets")).level
        texts += [c.text for c in level.clues.values()]
        for step in level.steps:
            texts += [step.prompt, *step.text] + [o.label for o in step.options]
            texts += [t for o in step.options for t in o.feedback.text]
            if step.panel:
                texts += [step.panel.caption] + [b.text for b in step.panel.bubbles]
    return [t for t in texts if t]


# -- the tests --------------------------------------------------------------------------------

def test_atoms_are_as_before():
    rng = random.Random(3)
    texts = [random_text(rng, rng.randint(0, 40)) for _ in range(3000)]
    assert [t for t in texts if _atoms(t) != plain_atoms(t)] == []


def test_units_are_as_before_with_any_segmentation():
    rng = random.Random(4)
    cases = []
    for _ in range(3000):
        text = random_text(rng, rng.randint(0, 40))
        pieces = random_cut(rng, text)
        cases.append((text, (lambda t, p=pieces: p) if rng.random() < 0.9 else None))
    assert [t for t, seg in cases if _units(t, seg) != plain_units(t, seg)] == []


def test_units_of_every_shipped_text_are_as_before():
    words.wait()
    paragraphs = [p for t in shipped_texts() for p in t.split("\n")]
    assert len(paragraphs) > 500
    assert [p for p in paragraphs if _units(p, words.cut) != plain_units(p, words.cut)] == []


def random_paragraphs(rng: random.Random) -> list[list[str]]:
    def unit() -> str:
        n = rng.choice((1, 1, 2, 2, 3, 4, 6, 12))
        body = "".join(rng.choice(HANZI) for _ in range(n))
        return body + "".join(rng.choice("，。！？”）…—") for _ in range(rng.choice((0, 0, 0, 1, 2))))
    return [[unit() for _ in range(rng.randint(0, 12))] for _ in range(rng.choice((1, 1, 1, 2, 3)))]


def test_counting_lines_wraps_as_before():
    rng = random.Random(5)
    for _ in range(3000):
        paragraphs, fit = random_paragraphs(rng), rng.randint(-1, 20)
        lines = plain_wrap_counted(paragraphs, fit)
        assert (wrap_counted(paragraphs, fit), lines_counted(paragraphs, fit)) == (lines, len(lines)), \
            (paragraphs, fit)


def test_evening_out_counted_text_by_counting_is_as_before():
    rng = random.Random(6)
    for _ in range(3000):
        paragraphs = random_paragraphs(rng)
        size = rng.choice((18, 21, 24, 25.5, 26, 27, 32, 33.75))
        px = max(6, round(size))
        width = rng.uniform(0, 30) * size
        expected = plain_balanced_counted(paragraphs, width, size, px)
        assert balanced_counted(paragraphs, width, size, px) == expected, (paragraphs, width, size)
        # (and the general `balanced`, given the counting `fit`, as well)
        assert balanced(paragraphs, width, lambda s: len(s) * px * size / px,
                        lambda w: counted_fit(w, size, px)) == expected


@pytest.mark.parametrize("size", [18, 21, 25.5, 26, 33.75])
def test_the_count_that_fits_is_the_largest_no_wider_than_the_width(size):
    px = max(6, round(size))
    for w in [x / 4 for x in range(-8, 4000)]:
        count = counted_fit(w, size, px)
        assert count * px * size / px <= w or count == 0
        assert (count + 1) * px * size / px > w
