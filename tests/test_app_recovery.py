"""An error in a screen must not leave a kiosk dead: it is logged and the game starts over."""
from __future__ import annotations

import pytest

from game.engine.scenes import Scene


class Broken(Scene):
    name = "broken"

    def update(self, dt: float) -> None:
        raise RuntimeError("a bug in a scene")


def test_an_error_in_a_scene_is_logged_and_the_game_goes_back_to_the_title(app):
    app.start(Broken())
    app.run(max_frames=3, recover=True)
    assert [s.name for s in app.stack.scenes] == ["title"]
    assert "RuntimeError: a bug in a scene" in app.crash_log.read_text(encoding="utf-8")


def test_without_recovery_the_error_is_raised_after_logging(app):
    app.start(Broken())
    with pytest.raises(RuntimeError):
        app.run(max_frames=3)
    assert app.crash_log.exists()


def test_a_title_that_keeps_failing_stops_the_game_after_a_few_recoveries(app, monkeypatch):
    monkeypatch.setattr(app.routes, "home", lambda: app.stack.reset(Broken()))
    app.start(Broken())
    with pytest.raises(RuntimeError):
        app.run(max_frames=50, recover=True)
    assert app.crash_log.read_text(encoding="utf-8").count("--- ") == 6  # 5 recoveries, then the last


def test_errors_far_apart_never_stop_the_game(app, monkeypatch):
    """A booth that hits a rare bug once in a while keeps running, however often over its life."""
    from game import loop

    monkeypatch.setattr(loop, "CALM_FRAMES", 5)
    failing = {"frames": 0}

    class RareBug(Scene):
        name = "rare"

        def update(self, dt: float) -> None:
            failing["frames"] += 1
            if failing["frames"] % 8 == 0:
                raise RuntimeError("a rare bug")

    monkeypatch.setattr(app.routes, "home", lambda: app.stack.reset(RareBug()))
    app.start(RareBug())
    app.run(max_frames=8 * 9, recover=True)
    assert app.crash_log.read_text(encoding="utf-8").count("--- ") >= 8


class BrokenLookAhead(Scene):
    name = "broken_lookahead"

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def prepare(self) -> bool:
        self.asked += 1
        raise RuntimeError("a bug in look-ahead")


def test_an_error_in_look_ahead_is_logged_and_the_screen_stays(app, monkeypatch):
    """Look-ahead ran outside the loop's guard: its error closed the game with no crash.log."""
    scene = BrokenLookAhead()
    app.start(scene)
    monkeypatch.setattr(app, "animating", lambda: False)  # (still: the time look-ahead runs)
    assert app.prepare() is False and app.prepare() is False
    assert scene.asked == 1  # (a failing look-ahead is not tried again on every idle pass)
    assert app.stack.top is scene
    assert "RuntimeError: a bug in look-ahead" in app.crash_log.read_text(encoding="utf-8")


def test_an_error_outside_any_screen_is_logged_and_recovered_from(app, monkeypatch):
    """Loading the levels behind the first screen (or reading input) failed outside the guard."""
    calls = {"n": 0}

    def load_levels_once_broken() -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("a bug while loading")

    app._library = None
    monkeypatch.setattr(app, "load_levels", load_levels_once_broken)
    app.start(Scene())  # (any screen)
    app.run(max_frames=4, recover=True)
    assert app.running and "RuntimeError: a bug while loading" in app.crash_log.read_text(encoding="utf-8")
    assert [s.name for s in app.stack.scenes] == ["title"]
