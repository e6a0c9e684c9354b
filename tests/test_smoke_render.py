"""Every panel of every shipped level, and every screen around them, is drawn once without error.

Panels are drawn through the real ComicScene after replaying a real path to
them, and their text must fit its caption box and bubbles.
"""
from __future__ import annotations

import pytest
from conftest import LEVELS_DIR, load_shipped, run_python

from game.levels.translate import is_translation  # a level's translation is read with it
from game.pilot import Pilot
from game.scenes.comic import ComicScene
from game.screenshot import session_at

SHIPPED = sorted(p for p in LEVELS_DIR.glob("*.yaml") if not is_translation(p))


def panel_steps(paths) -> list:
    cases = []
    for path in paths:
        level = load_shipped(path)
        cases += [pytest.param(level, step.id, id=f"{path.stem}:{step.id}") for step in level.steps if step.panel]
    return cases


def render_step(app, level, step_id: str) -> ComicScene:
    session = session_at(level, step_id)
    assert session is not None, f"no path from the start reaches {step_id}"
    comic = ComicScene(app, level, session)
    app.start(comic)
    Pilot(app).settle()
    app.draw(force=True)
    return comic


def test_there_is_at_least_one_shipped_level():
    assert SHIPPED


@pytest.mark.parametrize(("level", "step_id"), panel_steps(SHIPPED))
def test_every_panel_renders_at_1280x720_with_all_its_text_fitting(app, level, step_id):
    comic = render_step(app, level, step_id)
    print("overflows:", comic.layout.overflows)
    assert (comic.shown.id, comic.layout.fits) == (step_id, True)


@pytest.mark.parametrize(("level", "step_id"), panel_steps(SHIPPED[:1]))
def test_every_panel_of_level1_renders_at_1920x1080_with_all_its_text_fitting(make_app, level, step_id):
    app = make_app((1920, 1080))
    comic = render_step(app, level, step_id)
    print("overflows:", comic.layout.overflows)
    assert (app.window.get_size(), comic.layout.fits) == ((1920, 1080), True)


# -- the screens around the levels ----------------------------------------------------------


def draw_once(app, scene) -> None:
    app.start(scene)
    assert app.draw(force=True)


def test_the_title_screen_renders(app):
    from game.scenes.title import TitleScene

    draw_once(app, TitleScene(app))


def test_the_level_select_screen_renders(app):
    from game.scenes.level_select import LevelSelectScene

    draw_once(app, LevelSelectScene(app))


def test_the_pause_overlay_renders_over_a_panel(app, level1):
    from game.scenes.pause import PauseScene

    app.start(ComicScene(app, level1))
    app.stack.push(PauseScene(app, level1))
    app.stack.apply()
    assert app.draw(force=True) and [s.name for s in app.stack.visible()] == ["comic", "pause"]


def test_the_feedback_overlay_renders_over_a_panel(app, level1):
    render_step(app, level1, "decide_fill")
    Pilot(app).click("option:fill")
    assert app.stack.top.name == "feedback" and app.draw(force=True)


def test_the_safe_ending_renders(app, level1):
    from game.scenes.ending import EndingScene

    comic = render_step(app, level1, "end_safe")
    app.stack.push(EndingScene(app, comic))
    app.stack.apply()
    assert app.draw(force=True)


def test_the_consequence_ending_renders(app, level1):
    from game.scenes.ending import EndingScene

    comic = render_step(app, level1, "end_leak")
    app.stack.push(EndingScene(app, comic))
    app.stack.apply()
    assert app.draw(force=True)


def test_the_results_screen_renders(app, level1):
    from game.scenes.results import ResultsScene

    draw_once(app, ResultsScene(app, session_at(level1, "end_leak"), notebook_added=3))


def test_the_history_screen_renders(app, level1):
    from game.scenes.history import HistoryScene

    comic = render_step(app, level1, "end_safe")
    app.stack.push(HistoryScene(app, comic))
    app.stack.apply()
    assert app.draw(force=True)


def test_the_review_screen_renders_with_an_empty_notebook(app):
    from game.scenes.review import ReviewScene

    draw_once(app, ReviewScene(app))


def test_the_review_screen_renders_a_moment_from_the_notebook(app, level1):
    from game.scenes.review import ReviewScene

    app.player.record_decision(level1.id, "decide_link", "open", "risky")
    app.start(ReviewScene(app))
    assert app.stack.top.name == "comic" and app.draw(force=True)


# -- the game itself ------------------------------------------------------------------------


def test_main_runs_five_frames_headless_and_exits_0(tmp_path):
    proc = run_python(["main.py", "--frames", "5"], tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
