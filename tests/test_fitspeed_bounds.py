"""The text-fit check asks how many lines a text takes at most before laying it out: wrapping at
the full width, with nothing evened out (Canvas.lines_at_most). That count is exactly the lines
of laying out without evening out, never fewer than evening out makes, and a block's height
follows its count; so what the check finds fitting by the count fits laid out, and a feedback
card that surely fits (feedback_card.surely_fits) is one card_fits takes: for every text of
every shipped level and of the game's own strings, and for texts made long on purpose."""
from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from game.app import read_characters
from game.engine import words
from game.engine.assets import Assets
from game.engine.canvas import Canvas, height_of
from game.fitcheck import FitChecker, _fits
from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.levels.translate import is_translation
from game.scenes.feedback_card import CardText, card_fits, surely_fits

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
LEVELS = sorted(p for p in (ROOT / "levels").glob("*.yaml") if not is_translation(p))
SIZES = (18, 21, 24, 25.5, 26, 27, 32, 33.75, 36)
# Texts for the corners: lines of their own, spaces at the end, Latin words and numbers, marks,
# nothing at all, a word longer than any line.
MADE = ["", " ", "好", "第一行\n第二行，长一些的一行", "结尾有空格的一句话   ", "Call 110 now, or visit a-b.cn/x?y=1",
        "请在24小时内转账19.9元到账户6222 0202 0202，否则冻结。", "“你好！”他说——（真的）……",
        "超长的网址https://example.com/a/very/long/path/that/never/fits/on/one/line/at/all 在这里",
        "Ａ" * 30, "点" * 90, "装App" * 12]


@pytest.fixture(scope="module", autouse=True)
def fonts():
    pygame.font.init()
    words.wait()


def texts_of(path: Path) -> list[str]:
    return sorted({text for _, _, text in load_level(path, Catalog.from_assets(ASSETS)).texts if text})


def canvas() -> Canvas:
    return Canvas(pygame.Surface((8, 8)), Assets(ASSETS), 1.0)


def bounds_that_differ(c: Canvas, texts: list[str], rng: random.Random, tries: int) -> list:
    """Texts whose count differs from laying out without evening out, or is below evening out's."""
    differ = []
    for text in texts:
        for _ in range(tries):
            width, size, bold = rng.uniform(40, 700), rng.choice(SIZES), rng.random() < 0.5
            most = c.lines_at_most(text, width, size, bold)
            plain = c.layout(text, width, size, bold, balance=False)
            even = c.layout(text, width, size, bold, balance=True)
            if most != len(plain.lines) or len(even.lines) > most:
                differ.append((text, width, size, bold, most, len(plain.lines), len(even.lines)))
    return differ


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_the_count_is_wrapping_at_the_full_width_and_no_fewer_than_evening_out_makes(path):
    assert bounds_that_differ(canvas(), texts_of(path), random.Random(path.stem), 4) == []


def test_the_count_holds_for_texts_made_for_the_corners():
    assert bounds_that_differ(canvas(), MADE, random.Random(7), 60) == []


def test_a_block_is_as_tall_as_height_of_says_for_its_lines():
    c, rng = canvas(), random.Random(5)
    for text in MADE + texts_of(LEVELS[0]):
        for _ in range(5):
            size = rng.choice(SIZES)
            block = c.layout(text, rng.uniform(40, 700), size, rng.random() < 0.5, max_lines=rng.choice((0, 2, 4)))
            assert block.height == height_of(len(block.lines), size), (text, size)


def test_the_count_is_not_given_for_a_larger_text_setting():
    c = canvas()
    c.assets.text_scale = 1.25
    assert c.lines_at_most("一句话", 400, 24) is None


def test_the_checks_quick_answer_is_the_layouts():
    c, rng = canvas(), random.Random(11)
    for text in MADE + texts_of(LEVELS[1]):
        for _ in range(6):
            width, size, bold, lines = rng.uniform(40, 500), rng.choice(SIZES), rng.random() < 0.5, rng.randint(1, 4)
            assert _fits(c, text, width, size, bold, lines) == c.layout(text, width, size, bold=bold,
                                                                        max_lines=lines).fits, (text, width, size)


def cards_of(path: Path, checker: FitChecker) -> list[tuple[CardText, list]]:
    result = load_level(path, Catalog.from_assets(ASSETS))
    level = result.level
    return [checker._card(option, {}, level) for step in level.steps if step.type == "decision"
            for option in step.options]


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_a_card_that_surely_fits_is_one_card_fits_takes(path):
    checker = FitChecker(ASSETS, read_characters(ASSETS / "art" / "characters.yaml"))
    rng = random.Random(path.stem)
    cards = cards_of(path, checker)
    # The shipped cards, and the same made longer, with every clue explained on the card, and
    # with the chosen answer on it, until some no longer fit.
    made = [(card._replace(lines=[line * n for line in card.lines]), notes) for card, notes in cards
            for n in (2, 3)]
    made += [(card, [(1, "这条线索的解释写得很长很长，" * rng.randint(1, 4))] + notes) for card, notes in cards]
    answered = [(card._replace(chosen=card.chosen + "，再多说几句" * rng.randint(0, 6)), notes, False)
                for card, notes in cards]
    seen = {True: 0, False: 0}
    for card, notes, shown in [(card, notes, True) for card, notes in cards + made] + answered:
        for tall in (False, True):
            sure = surely_fits(card, checker.canvas, tall, notes, shown)
            real = card_fits(card, checker.canvas, tall, notes, shown)
            assert real or not sure, (card, tall)
            seen[sure] += 1
    assert seen[True] and seen[False]
