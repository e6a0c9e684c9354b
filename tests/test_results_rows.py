"""The results list each answer under the moment it was given, not under the question alone.

A level's decisions often ask the same question (吴小清会怎么做？); the row says which moment
it was by the caption of the panel it was asked on."""
from __future__ import annotations

import pytest

from game.engine.canvas import Canvas
from game.scenes.results import moment_of
from tests.test_frame_work import fresh_app, play_level


def test_each_answer_on_the_results_is_under_its_moment(tmp_path, monkeypatch):
    app = fresh_app(tmp_path, size=(1920, 1080))
    level = app.levels[0]
    play_level(app, level, lookahead=False)
    assert app.stack.top.name == "results"
    written = []
    text_block = Canvas.text_block
    monkeypatch.setattr(Canvas, "text_block",
                        lambda canvas, block, *args, **kwargs: written.append(block.source) or
                        text_block(canvas, block, *args, **kwargs))
    app.draw(force=True)
    decisions = app.stack.top.session.decisions
    moments = [moment_of(level.step(d.step)) for d in decisions]
    assert len(decisions) >= 2 and len(set(moments)) == len(moments), moments  # told apart
    assert len({level.step(d.step).prompt for d in decisions}) == 1  # (where the question alone could not)
    for moment in moments:
        assert moment in written


def test_a_decision_on_a_panel_without_a_caption_is_named_by_its_question(level1):
    from dataclasses import replace

    step = next(s for s in level1.steps if s.type == "decision" and s.panel is not None and s.panel.caption)
    assert moment_of(step) == step.panel.caption
    assert moment_of(replace(step, panel=replace(step.panel, caption=""))) == step.prompt
    assert moment_of(replace(step, panel=None)) == step.prompt


def test_a_play_that_met_no_hunt_says_so_instead_of_0_of_0(app):
    """Level 8 played one way meets no hunt: the clue card said 找到的可疑之处 0/0 over nothing."""
    from game.autoplay import play
    from game.screenshot import record_layout

    level = next(lv for lv in app.levels if lv.id == "prize-fee")
    result = play(app, level, "random", 0)
    assert (result["clues_found"], result["clues_missed"], app.stack.top.name) == ([], [], "results")
    drawn = [e.source for e in record_layout(app).entries if e.kind == "text"]
    assert app.locale("results.found_none") in drawn and not any(t.endswith("0/0") for t in drawn)


def _play_to_results(app, level_id: str) -> None:
    from game.autoplay import play

    play(app, next(lv for lv in app.levels if lv.id == level_id), "safe", 0)
    assert app.stack.top.name == "results"


def _choices_drawn(app) -> list[str]:
    """The texts drawn on the results' card of choices, in order."""
    from game.screenshot import record_layout

    entries = record_layout(app).entries
    x, _, w, _ = next(e.rect for e in entries if e.role == "decisions")
    return [e.source for e in entries if e.kind == "text" and x <= e.rect[0] and e.rect[0] + e.rect[2] <= x + w]


def test_answers_too_long_for_the_card_with_their_moments_are_listed_without_them(tmp_path, shared_assets):
    """Level 2 in English: four answers with their moments took more than the card; the fourth
    showed as a lone ✓ with no words."""
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, lang="en"), headless=True)
    app.assets = shared_assets
    _play_to_results(app, "skin-police")
    drawn = _choices_drawn(app)
    session = app.stack.top.session
    labels = [app.stack.top.level.step(d.step).option(d.option).label for d in session.decisions]
    icons = [text for text in drawn if text in ("✓", "!", "?")]
    assert len(labels) == 4 and len(icons) == 4
    assert all(label in drawn for label in labels)  # (each whole: a cut label would read differently)


def test_more_answers_than_the_card_holds_are_counted_not_dropped(app):
    _play_to_results(app, "prize-toy")
    app.stack.top.session.decisions *= 6  # (no shipped level has this many)
    drawn = _choices_drawn(app)
    icons = [text for text in drawn if text in ("✓", "!", "?")]
    more = [text for text in drawn if text.startswith("还有")]
    total = len(app.stack.top.session.decisions)
    assert total >= 8 and len(more) == 1 and more[0] == app.locale("results.more_choices", count=total - len(icons))


def test_a_clue_that_takes_three_lines_on_the_results_is_whole(app):
    """They were cut after two lines with '…' (validate holds explanations to three lines of 锡小朗's
    narrower callout, so three lines of the results' card hold any it passes)."""
    from dataclasses import replace

    from game.autoplay import play
    from game.screenshot import record_layout

    level = next(lv for lv in app.levels if lv.id == "prize-toy")
    play(app, level, "tap-all", 0)
    results = app.stack.top
    clue_id = (results.session.clues_missed + results.session.clues_found)[0]
    long = "有了住址，骗局更像真的，坏人还可能找上门来，还会打电话给你的家人说你出事了。"
    clues = dict(level.clues, **{clue_id: replace(level.clues[clue_id], text=long)})
    results.level = replace(level, clues=clues)
    shown = next(e for e in record_layout(app).entries if e.kind == "text" and e.source == long)
    assert len(shown.lines) == 3 and "".join(line for line, _ in shown.lines) == long
