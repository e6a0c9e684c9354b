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


# -- a hunt's question, the level's title, its endings and its rule where they are shown --------

def english_result(number: str):
    """A shipped level as the game reads it in English (its translation applied)."""
    from game.levels.library import LevelPack, Library

    library = Library.open([LevelPack("", ROOT / "levels")], ASSETS, lang="en")
    return next(r for r in library.results if r.level is not None and Path(r.path).name.startswith(number + "_"))


def english_checker() -> FitChecker:
    from game.fitkey import fit_checker

    check = fit_checker(ASSETS, "en")
    check(level1_result())  # (builds the checker, in English)
    return check._checker


def with_step(result, index: int, **changes):
    steps = list(result.level.steps)
    steps[index] = replace(steps[index], **changes)
    result.level = replace(result.level, steps=tuple(steps))
    return result


def test_a_hunt_question_too_long_for_its_card_is_reported():
    result = level1_result()
    index = next(i for i, s in enumerate(result.level.steps) if s.type == "redflags")
    with_step(result, index, prompt="这个页面上的广告、网址、倒计时和下面要填的表格，到底有没有可疑的地方？")
    problems = [p for p in checker()(result) if p.where == f"steps[{index}].prompt"]
    assert len(problems) == 1 and "3 lines" in problems[0].message


def test_level_8s_old_english_hunt_question_cut_over_its_count_is_reported():
    """The question a translator saw cut to "…? Ta···" above "Found: 0"."""
    result = english_result("08")
    index = next(i for i, s in enumerate(result.level.steps) if s.id == "spot_tax")
    with_step(result, index, prompt='What is suspicious about the "prize service"? Tap what you find.')
    assert [p.where for p in english_checker()(result)] == [f"steps[{index}].prompt"]


def test_a_title_too_long_for_its_cover_in_the_level_list_is_reported():
    result = level1_result()
    result.level = replace(result.level, title="免费领玩具还送限量皮肤和大礼包？")
    problems = checker()(result)
    assert [p.where for p in problems] == ["title"]
    assert problems[0].line == result.positions["title"][0] and "level list" in problems[0].message


def test_an_english_title_cut_on_a_1024_wide_screen_only_is_reported():
    """"Likes for pocket money?" fitted its cover at 1280x720 and was cut to "Likes fo…" at
    1024x600, where the number beside it is a little wider."""
    result = english_result("12")
    result.level = replace(result.level, title="Likes for pocket money?")
    assert "title" in [p.where for p in english_checker()(result)]


def ending_index(result, step_id: str) -> int:
    return next(i for i, s in enumerate(result.level.steps) if s.id == step_id)


LONGER_ENDING = ("她没停一停，信息交了出去。", "好在她求助妈妈，在游戏里核实了。", "国家反诈中心App能提醒诈骗来电。",
                 "钱或验证码给出去了，马上告诉爸妈，再打96110或110，说清楚发生了什么。")  # (its last line: two)


def test_an_ending_too_long_for_its_card_with_all_that_can_leak_is_reported():
    """Level 1's end_leak is reached with the ID number, the address and the phone out: the card
    lists what each lets a fraudster do. A longer last line fits without them, not with them."""
    result = level1_result()
    index = ending_index(result, "end_leak")
    with_step(result, index, text=LONGER_ENDING)
    problems = checker()(result)
    assert [p.where for p in problems] == [f"steps[{index}].text"]
    assert "身份证号" in problems[0].message and "640" in problems[0].message


def test_the_same_ending_text_fits_where_nothing_can_have_leaked():
    result = level1_result()
    with_step(result, ending_index(result, "end_safe"), text=LONGER_ENDING)
    assert checker()(result) == []


def test_an_ending_title_too_long_for_its_card_is_reported():
    result = level1_result()
    index = ending_index(result, "end_safe")
    with_step(result, index, title="删掉信息关掉页面还告诉了妈妈和老师真是太好了再来一次吧")
    assert f"steps[{index}].title" in [p.where for p in checker()(result)]


def test_a_harm_too_long_for_the_ending_card_is_reported_at_it():
    result = level1_result()
    result.level = replace(result.level, harms={"phone": "电话号码" * 30})
    assert "harms.phone" in [p.where for p in checker()(result)]


def test_a_rule_too_long_for_the_results_box_on_a_tall_screen_is_reported():
    """42 字 fit the ending card's box in 3 lines and the results' box in 4 lines at 16:9, but not
    the results' box in its larger text on a 4:3 or 5:4 screen."""
    result = level1_result()
    result.level = replace(result.level, rule="一" * 42)
    problems = [p for p in checker()(result) if p.where == "rule"]
    assert len(problems) == 1 and "results" in problems[0].message and "4:3" in problems[0].message


def test_a_rule_too_long_for_the_ending_card_is_reported():
    result = level1_result()
    result.level = replace(result.level, rule="一" * 44)
    problems = [p for p in checker()(result) if p.where == "rule"]
    assert len(problems) == 1 and "ending" in problems[0].message


def test_what_may_have_leaked_on_arriving_at_each_ending():
    from game.levels.bestpath import leaked_at_endings

    result = load_level(ROOT / "levels" / "02_skin_police.yaml", Catalog.from_assets(ASSETS))
    found = leaked_at_endings(result.level)
    assert found["end_safe"] == [frozenset()]
    assert found["end_money"] == [frozenset({"account", "payment", "screen"})]


def test_the_results_rule_box_cuts_what_the_check_reports(make_app):
    """The results screen lays the rule out as game.ui.results_layout says (the check's sizes):
    rules just inside and just past its room, at 16:9 and on a tall screen."""
    import pygame

    from game.engine.canvas import Canvas
    from game.fitcheck import results_rule_fits
    from game.scenes.results import ResultsScene
    from game.screenshot import session_at

    check = checker()
    level = level1_result().level
    verdicts = []
    for size in ((1280, 720), (1280, 960)):
        app = make_app(size)
        for rule in ("一" * 40, "一" * 42, "一" * 48, "一" * 50, "要身份证、住址、电话的“免费领奖”，不填、不点；先问爸妈。"):
            scene = ResultsScene(app, session_at(replace(level, rule=rule), "end_leak"))
            canvas = Canvas(pygame.Surface(size), app.assets, 1.0, size=size)
            laid = []
            layout = canvas.layout
            canvas.layout = lambda text, *a, **k: laid.append(layout(text, *a, **k)) or laid[-1]
            scene.draw(canvas)
            drawn = [block for block in laid if block.source == rule][-1]
            assert drawn.fits == results_rule_fits(check.canvas, rule, size[1] > 720), (size, rule)
            verdicts.append(drawn.fits)
    assert True in verdicts and False in verdicts


def test_the_screens_leave_the_room_the_check_measures_against(app):
    """The level list's narrowest card, the comic's bar buttons: where the check takes them from."""
    from game.scenes.comic import ComicScene
    from game.scenes.level_select import shelf_layout
    from game.ui import cover
    from game.ui.comic_layout import BAR_BUTTONS_END
    from game.ui.cover_words import NARROWEST_CARD_W

    for size in ((1280, 720), (1280, 800), (1280, 960), (1280, 1024)):
        assert min(card[2] for card in shelf_layout(size).cards) >= NARROWEST_CARD_W
    assert cover.SHEET_CARD_W >= NARROWEST_CARD_W
    comic = ComicScene(app, level1_result().level)
    bar = [b.rect for b in comic.buttons.buttons if b.id in ("menu", "history")]
    assert len(bar) == 2 and max(r[0] + r[2] for r in bar) <= BAR_BUTTONS_END


def test_counting_an_endings_lines_never_makes_its_card_shorter_than_laying_it_out():
    """(The check counts an ending card's lines first, and lays it out only where the count is too
    many: a count must never pass a card the layout would not.)"""
    from game.levels.bestpath import leaked_at_endings
    from game.levels.leaks import LEAK_KINDS
    from game.ui import ending_card

    check = checker()
    card = (ending_card.CARD_X, 0, ending_card.CARD_W, 0)
    compared = 0
    for result in shipped_results():
        level = result.level
        for step in level.steps:
            for kinds in leaked_at_endings(level).get(step.id, []):
                out = [k for k in LEAK_KINDS if k in kinds]
                args = (check.canvas, check.app.locale, step, level, out, card)
                laid = ending_card.ending_words(*args)
                counted = ending_card.ending_words(*args, lay=check._counted)
                assert counted.bottom >= laid.bottom and (laid.fits or not counted.fits), step.id
                compared += 1
    assert compared > 20
