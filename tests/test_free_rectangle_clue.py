"""A clue drawn as a free rectangle can be found by tapping it, like any named part."""
from __future__ import annotations

from pathlib import Path

from game.app import App, Settings
from game.pilot import Pilot
from game.scenes.comic import ComicScene
from game.screenshot import session_at

GOOD = Path(__file__).parent / "data" / "good_levels"


def test_tapping_a_free_rectangle_clue_finds_it(tmp_path):
    app = App(Settings(home=tmp_path, reduced_motion=True, levels_dir=GOOD), headless=True)
    level = app.level_by_id("every-feature")
    comic = ComicScene(app, level, session_at(level, "sms"))
    app.start(comic)
    pilot = Pilot(app)
    pilot.settle()
    pilot.click("part:clue:sms_corner")
    assert comic.session.hunt_found == ("sms_corner",)
    assert comic.clue_rect("sms_corner") == comic.to_screen(level.clues["sms_corner"].rect)
