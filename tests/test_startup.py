"""A classroom game opens on the seat picker at once: the levels load behind it, right after
its first frame, and the title it returns to knows the notebook's count by then."""
from __future__ import annotations

from game.app import App, Settings


def classroom(home, shared_assets) -> App:
    app = App(Settings(home=home, reduced_motion=True, profiles=True), headless=True)
    app.assets = shared_assets
    app.routes.go(app.first_route())
    app.stack.apply()
    return app


def test_the_seat_picker_shows_before_the_levels_are_loaded(tmp_path, shared_assets):
    app = classroom(tmp_path, shared_assets)
    assert app.stack.top.name == "profiles"
    assert not app.levels_loaded
    app.run(max_frames=1)
    assert not app.levels_loaded  # the first frame waited for nothing
    app.run(max_frames=2)
    assert app.levels_loaded and app.levels


def test_the_title_under_the_seat_picker_counts_the_notebook_once_the_levels_are_there(tmp_path, shared_assets):
    first = App(Settings(home=tmp_path, reduced_motion=True), headless=True)
    level = first.levels[0]
    step = next(s for s in level.steps if s.type == "decision")
    wrong = next(o for o in step.options if o.verdict == "risky")
    first.player.record_decision(level.id, step.id, wrong.id, "risky")
    first.player.save()

    app = classroom(tmp_path, shared_assets)
    title = app.stack.scenes[0]
    assert title.name == "title" and title.counted is None and not app.levels_loaded
    app.run(max_frames=3)
    assert app.levels_loaded and title.counted == app.notebook_count() == 1
    assert any("1" in b.label for b in title.buttons.buttons if b.id == "review")


def test_a_screen_that_needs_the_levels_loads_them_when_it_asks(tmp_path, shared_assets):
    app = classroom(tmp_path, shared_assets)
    assert not app.levels_loaded
    assert app.level_by_id(app.levels[0].id) is not None
    assert app.levels_loaded


def test_the_sound_device_opens_after_the_first_frame_or_at_the_first_sound(tmp_path, shared_assets):
    app = classroom(tmp_path, shared_assets)
    assert not app.sounds.loaded
    app.run(max_frames=2)
    assert app.sounds.loaded

    other = classroom(tmp_path / "other", shared_assets)
    other.sounds.play("tap")  # a sound asked for before then opens the device itself
    assert other.sounds.loaded


def test_a_second_start_shows_its_first_frame_without_loading_pyyaml(tmp_path):
    """The locale and the characters' data are read from the JSON remembered at the first start."""
    from conftest import run_python

    probe = ("import sys, runpy; sys.argv = ['main.py', '--frames', '1']\n"
             "try:\n    runpy.run_path('main.py', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print('yaml' in sys.modules)")
    first = run_python(["-c", probe], tmp_path)
    second = run_python(["-c", probe], tmp_path)
    assert first.returncode == second.returncode == 0, second.stderr[-400:]
    assert second.stdout.strip().splitlines()[-1] == "False"
