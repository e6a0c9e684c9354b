"""`validate` also lays text out with the real fonts and reports what would be cut."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.app import read_characters
from game.fitcheck import FitChecker
from game.levels.catalog import Catalog
from game.levels.loader import load_level

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"


def checker() -> FitChecker:
    return FitChecker(ASSETS, read_characters(ASSETS / "art" / "characters.yaml"))


def level1_result():
    return load_level(ROOT / "levels" / "01_prize_toy.yaml", Catalog.from_assets(ASSETS))


def test_the_shipped_level_has_no_text_that_would_be_cut():
    assert checker()(level1_result()) == []


def test_a_bubble_too_long_for_the_panel_is_reported_at_its_line():
    result = level1_result()
    first = result.level.steps[0]
    bubble = replace(first.panel.bubbles[0], text="哇" * 120)
    panel = replace(first.panel, bubbles=(bubble,))
    result.level = replace(result.level, steps=(replace(first, panel=panel),) + result.level.steps[1:])
    problems = checker()(result)
    assert [p.where for p in problems] == ["steps[0].panel.bubbles[0].text"]
    assert problems[0].line == result.positions["steps[0].panel.bubbles[0].text"][0]


def test_an_option_label_too_long_for_its_button_is_reported():
    result = level1_result()
    index = next(i for i, s in enumerate(result.level.steps) if s.type == "decision")
    step = result.level.steps[index]
    option = replace(step.options[0], label="点" * 40)
    steps = list(result.level.steps)
    steps[index] = replace(step, options=(option,) + step.options[1:])
    result.level = replace(result.level, steps=tuple(steps))
    assert f"steps[{index}].options[0].label" in [p.where for p in checker()(result)]


def test_feedback_too_long_for_the_card_is_reported():
    result = level1_result()
    index = next(i for i, s in enumerate(result.level.steps) if s.type == "decision")
    step = result.level.steps[index]
    feedback = replace(step.options[0].feedback, text=("很长的一句话" * 7,) * 3)
    option = replace(step.options[0], feedback=feedback)
    steps = list(result.level.steps)
    steps[index] = replace(step, options=(option,) + step.options[1:])
    result.level = replace(result.level, steps=tuple(steps))
    assert f"steps[{index}].options[0].feedback.text" in [p.where for p in checker()(result)]


def test_the_checks_own_key_of_its_verdicts_is_the_fingerprint_of_what_decides_a_fit():
    from game.fitkey import fingerprint

    assert checker().cache_key == fingerprint(ASSETS)
