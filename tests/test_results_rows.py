"""The results list each answer under the moment it was given, not under the question alone.

A level's decisions often ask the same question (吴小清会怎么做？); the row says which moment
it was by the caption of the panel it was asked on."""
from __future__ import annotations

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
