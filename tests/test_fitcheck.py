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


def test_a_level_that_lets_out_more_kinds_than_the_leak_meter_shows_in_a_row_is_reported():
    from game.levels.model import LEAK_KINDS

    result = level1_result()
    index = next(i for i, s in enumerate(result.level.steps) if s.type == "decision")
    step = result.level.steps[index]
    option = replace(step.options[0], leaks=tuple(LEAK_KINDS))  # all nine kinds: more than one row holds
    steps = list(result.level.steps)
    steps[index] = replace(step, options=(option,) + step.options[1:])
    result.level = replace(result.level, steps=tuple(steps))
    problems = [p for p in checker()(result) if p.where.endswith(".leaks")]
    assert [p.where for p in problems] == [f"steps[{index}].options[0].leaks"]
    assert "身份证号、家庭住址" in problems[0].message


def test_every_shipped_level_leak_meter_fits_in_each_language():
    from game.fitkey import fit_checker
    from game.levels.library import LevelPack, Library

    for lang in ("zh_CN", "en"):
        library = Library.open([LevelPack("", ROOT / "levels")], ASSETS, lang=lang)
        check = fit_checker(ASSETS, lang)
        meter = [p for r in library.results if r.level for p in check(r) if p.where.endswith(".leaks")]
        assert meter == [], lang


def test_the_checks_own_key_of_its_verdicts_is_the_fingerprint_of_what_decides_a_fit():
    from game.fitkey import fingerprint

    assert checker().cache_key == fingerprint(ASSETS)


def test_a_change_to_where_lines_may_break_is_a_change_of_that_key(tmp_path):
    import shutil

    from game.fitkey import fingerprint

    assets = tmp_path / "assets"
    for folder in ("fonts", "locale", "words"):
        shutil.copytree(ASSETS / folder, assets / folder)
    before = fingerprint(assets)
    rules = assets / "words" / "zh_CN.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# one more line\n", encoding="utf-8")
    assert fingerprint(assets) != before


def decision_options(result):
    """(path, option, the panel's parts) of every answer of a level, as the check walks them."""
    from game.ui.panel import draw_panel

    check = checker()
    parts = {}
    for i, step in enumerate(result.level.steps):
        if step.panel is not None:
            parts[i] = draw_panel(check.canvas.sub((0, 0, 1280, 720), 1280), step.panel, result.level.persona,
                                  read_characters(ASSETS / "art" / "characters.yaml")).parts
    return [(f"steps[{i}].options[{k}]", option, parts.get(i, {}))
            for i, step in enumerate(result.level.steps) if step.type == "decision"
            for k, option in enumerate(step.options)]


def shipped_results():
    from game.levels.translate import is_translation

    return [load_level(path, Catalog.from_assets(ASSETS))
            for path in sorted((ROOT / "levels").glob("*.yaml")) if not is_translation(path)]


def test_the_card_the_check_judges_says_what_the_scene_would_say():
    """The check judges 锡小朗's card without making the FeedbackScene: it words the card as the
    scene does (its lines, "you chose …", the rule and the button)."""
    from game.scenes.feedback import FeedbackScene
    from game.scenes.feedback_card import CardText

    check = checker()
    for result in shipped_results():
        for _, option, _ in decision_options(result):
            scene = FeedbackScene(check.app, option.verdict, list(option.feedback.text), option.feedback.expression,
                                  [], chosen=option.label)
            assert CardText.said(check.app.locale, list(option.feedback.text), option.label) == CardText.of(scene)


def test_the_checks_verdict_on_a_card_is_the_scenes_own():
    """FeedbackScene.fits on the screen the comic shows (the chosen answer in view, the clues
    pointed at), for every answer of every level, and for answers made too long on purpose."""
    from game.scenes.feedback import FeedbackScene
    from game.scenes.feedback_card import card_fits
    from game.scenes.feedback_plan import SIZES, Stage
    from game.ui import hud

    check = checker()
    judged = []
    for result in shipped_results()[:4]:
        level = result.level
        for where, option, parts in decision_options(result):
            longer = ([option.feedback.text[0] * 4] * 3, ["很长的一句话" * 6] * 2)  # (too long on purpose)
            for lines in (list(option.feedback.text), *longer):
                option = replace(option, feedback=replace(option.feedback, text=tuple(lines)))
                clues = [level.clues[c] for c in option.feedback.clues]
                rects = [(c.rect if c.target == "rect" else parts.get(c.target), c.text) for c in clues]
                rects = [(r, text) for r, text in rects if r]

                def stage(size, rects=rects):
                    return Stage([(hud.comic_layout(size).to_screen(r), text) for r, text in rects], chosen_shown=True)

                scene = FeedbackScene(check.app, option.verdict, lines, option.feedback.expression,
                                      stage(SIZES[0]).highlights, chosen=option.label, stage=stage)
                card, notes = check._card(option, parts, level)
                for sizes, tall in ((SIZES[:1], False), (SIZES[1:], True)):
                    verdict = card_fits(card, check.canvas, tall, notes, True)
                    assert verdict == scene.fits(check.canvas, sizes), (where, lines, tall)
                    judged.append(verdict)
    assert True in judged and False in judged


def test_the_check_imports_neither_the_feedback_scene_nor_its_planning():
    """(What it needs of them lives in game.scenes.feedback_card: `validate` starts sooner.)"""
    import subprocess
    import sys

    code = ("import sys, game.fitcheck; print(sorted(m for m in ('game.scenes.feedback', 'game.scenes.feedback_plan', "
            "'game.ui.placement', 'game.ui.button') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_the_check_takes_each_levels_characters_from_the_library_and_reads_none_itself(monkeypatch):
    import game.app
    import game.fitkey
    from game.levels.library import Library
    from game.levels.packs import LevelPack

    read = []
    monkeypatch.setattr(game.app, "read_characters", lambda *args, **kwargs: read.append(args) or {})
    library = Library.open([LevelPack("", ROOT / "levels")], ASSETS, extra_check=game.fitkey.fit_checker(ASSETS))
    assert library.levels and not any(r.problems for r in library.results)
    assert read == []  # (characters.yaml was read once, by the library)


def test_a_level_that_brings_no_characters_is_checked_with_the_games_own():
    result = level1_result()
    assert result.characters == {}
    assert FitChecker(ASSETS)(result) == checker()(result) == []
    long = replace(result.level.steps[0].panel.bubbles[0], text="哇" * 120)
    first = result.level.steps[0]
    result.level = replace(result.level, steps=(replace(first, panel=replace(first.panel, bubbles=(long,))),)
                           + result.level.steps[1:])
    assert FitChecker(ASSETS)(result) == checker()(result) != []
