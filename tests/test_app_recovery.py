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
