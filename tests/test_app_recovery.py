"""An error in a screen must not leave a kiosk dead: it is logged and the game starts over."""
from __future__ import annotations

import pytest

from game.engine.scenes import Scene


class Broken(Scene):
    name = "broken"

    def update(self, dt: float) -> None:
        raise RuntimeError("a bug in a scene")


class Home(Scene):
    name = "home"


def test_an_error_in_a_scene_is_logged_and_the_game_goes_back_to_the_start(app):
    app.start(Broken())
    app.run(max_frames=3, recover=Home)
    assert app.stack.top.name == "home"
    assert "RuntimeError: a bug in a scene" in app.crash_log.read_text(encoding="utf-8")


def test_without_a_way_to_recover_the_error_is_raised_after_logging(app):
    app.start(Broken())
    with pytest.raises(RuntimeError):
        app.run(max_frames=3)
    assert app.crash_log.exists()


def test_a_scene_that_keeps_failing_stops_the_game_after_a_few_recoveries(app):
    app.start(Broken())
    with pytest.raises(RuntimeError):
        app.run(max_frames=50, recover=Broken)
    assert app.crash_log.read_text(encoding="utf-8").count("--- ") == 6  # 5 recoveries, then the last
