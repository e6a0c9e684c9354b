"""Canvas.layout counts 汉字 instead of measuring every prefix, splits a text once for all its
trial widths and wraps once for every width that fits as many characters; its lines are
still exactly those of wrapping with the font's own widths, halving the width seven times:
for every text of every shipped level and every string of the game (Chinese and English)."""
from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest
import yaml

from game.engine import words
from game.engine.assets import Assets
from game.engine.canvas import Canvas
from game.engine.linebreak import widest_unit, wrap, wrap_counted, wrap_units
from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.levels.translate import is_translation

ROOT = Path(__file__).resolve().parent.parent
LEVELS = sorted(p for p in (ROOT / "levels").glob("*.yaml") if not is_translation(p))
SIZES = (18, 21, 24, 25.5, 26, 27, 32, 33.75, 36)


@pytest.fixture(scope="module", autouse=True)
def fonts():
    pygame.font.init()
    words.wait()


def laid_out_the_plain_way(assets: Assets, text, width, size, bold, max_lines, balance):
    """Every prefix measured by the font at the logical size, as layout did before."""
    px = max(6, round(size))

    def measure(s: str) -> float:
        return assets.font(px, bold).size(s)[0] * size / px

    lines = wrap(text, width, measure, words.cut)
    if balance and len(lines) > 1:
        low, high = max(width / 2, min(width, widest_unit(text, measure, words.cut))), width
        for _ in range(7):
            mid = (low + high) / 2
            if len(wrap(text, mid, measure, words.cut)) > len(lines):
                low = mid
            else:
                high = mid
        lines = wrap(text, high, measure, words.cut)
    fits = not max_lines or len(lines) <= max_lines
    if not fits:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][:-1] + "…"
    return lines, max((measure(s) for s in lines), default=0), fits


def texts_of(path: Path) -> list[str]:
    if path.suffix == ".yaml" and path.parent.name == "locale":  # the game's own strings, in English too
        strings = yaml.safe_load(path.read_text(encoding="utf-8"))
        found: list[str] = []
        stack = [strings]
        while stack:
            value = stack.pop()
            if isinstance(value, dict):
                stack += value.values()
            elif isinstance(value, list):
                stack += value
            elif isinstance(value, str):
                found.append(value)
        return sorted(set(found))
    return sorted({text for _, _, text in load_level(path, Catalog.from_assets(ROOT / "assets")).texts if text})


SOURCES = LEVELS + sorted((ROOT / "assets" / "locale").glob("*.yaml"))


@pytest.mark.parametrize("path", SOURCES, ids=[p.stem for p in SOURCES])
def test_every_text_breaks_as_measuring_every_prefix_would(path):
    rng = random.Random(path.stem)
    assets = Assets(ROOT / "assets")
    canvas = Canvas(pygame.Surface((8, 8)), assets, 1.0)
    differ = []
    for text in texts_of(path):
        for _ in range(6):
            width, size, bold = rng.uniform(60, 700), rng.choice(SIZES), rng.random() < 0.5
            max_lines, balance = rng.choice((0, 2, 3, 4)), rng.random() < 0.8
            block = canvas.layout(text, width, size, bold, max_lines=max_lines, balance=balance)
            if (block.lines, block.width, block.fits) != laid_out_the_plain_way(assets, text, width, size, bold,
                                                                               max_lines, balance):
                differ.append((text, width, size, bold))
    assert differ == []


def test_wrapping_by_count_breaks_as_wrapping_by_measure():
    rng = random.Random(3)
    pieces = ["字", "汉字", "三个字", "很长的一个词语", "，", "。", "“", "”", "（", "）", "……", "！？", "《书》"]
    for _ in range(3000):
        paragraphs = [[rng.choice(pieces) for _ in range(rng.randint(0, 12))] for _ in range(rng.randint(1, 3))]
        fit = rng.randint(0, 12)
        by_measure = wrap_units(paragraphs, fit * 24 + rng.random() * 23.9, lambda s: len(s) * 24.0)
        assert wrap_counted(paragraphs, fit) == by_measure, (paragraphs, fit)
