"""The player's data as a class meets it in play: a failed save is seen, many levels page.

These run the real screens; the Player's own rules (merging, unreadable files,
dates) are specified in test_player.py.
"""
from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from game.engine.intents import TAP, Intent

from game.pilot import Pilot

REPO = Path(__file__).resolve().parents[1]
MINIMAL = REPO / "tests" / "data" / "minimal_level.yaml"


def _full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def _start_level(app, pilot: Pilot) -> None:
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    pilot.settle()


def test_a_save_that_fails_during_play_is_shown_on_screen(app, monkeypatch, drawn_text):
    pilot = Pilot(app)
    _start_level(app, pilot)
    monkeypatch.setattr("game.play.player.write_json", _full_disk)
    for _ in range(12):  # play on (each screen's main button) until an answer is saved
        if app.player.save_problem:
            break
        ids = [button_id for button_id, _ in pilot.buttons()]
        pilot.click(next((b for b in ("done", "close", "continue", "results") if b in ids), ids[0]))
        pilot.settle()
    drawn_text.clear()
    app.draw(force=True)
    assert app.player.save_problem and app.locale("notice.save_failed") in "".join(drawn_text)


def test_a_failed_save_is_retried_and_the_notice_goes_once_it_works(app, monkeypatch, drawn_text):
    pilot = Pilot(app)
    _start_level(app, pilot)
    app.player.record_decision(app.levels[0].id, "decide_link", "open", "risky")
    with monkeypatch.context() as patch:
        patch.setattr("game.play.player.write_json", _full_disk)
        app.player.record_decision(app.levels[0].id, "decide_fill", "fill", "risky")
        app.frame(0.0, [])  # (the game writes a change as the second frame after it starts)
        app.frame(0.0, [])
        assert app.player.save_problem
    for _ in range(70):  # seven seconds of play
        app.frame(0.1, [])
    drawn_text.clear()
    app.draw(force=True)
    assert app.player.save_problem is None
    assert app.locale("notice.save_failed") not in "".join(drawn_text)
    assert '"decide_fill"' in (app.player.home / "notebook.json").read_text(encoding="utf-8")


@pytest.fixture
def thirteen_levels(tmp_path) -> Path:
    folder = tmp_path / "levels"
    folder.mkdir()
    text = MINIMAL.read_text(encoding="utf-8")
    for n in range(1, 14):
        page = text.replace("id: minimal", f"id: level-{n:02d}").replace("title: Free toy?", f"title: Level {n}")
        (folder / f"{n:02d}_level.yaml").write_text(page, encoding="utf-8")
    return folder


def _on_title(levels: Path, home: Path, assets):
    from game.app import App, Settings

    app = App(Settings(home=home, levels_dir=levels, reduced_motion=True), headless=True)
    app.assets = assets
    app.routes.home()
    app.stack.apply()
    return app, Pilot(app)


def test_the_level_list_pages_to_the_thirteenth_level(thirteen_levels, tmp_path, shared_assets):
    from game.drive import perform

    app, pilot = _on_title(thirteen_levels, tmp_path / "home", shared_assets)
    for action in ("tap:开始闯关", "tap:下一页", "tap:下一页", "tap:Level 13"):
        perform(app, pilot, action)
    assert (app.stack.top.name, app.stack.top.level.id) == ("comic", "level-13")


def test_the_last_page_of_the_level_list_turns_back_to_the_first(thirteen_levels, tmp_path, shared_assets):
    from game.drive import perform

    app, pilot = _on_title(thirteen_levels, tmp_path / "home", shared_assets)
    for action in ("tap:开始闯关", "tap:上一页"):
        perform(app, pilot, action)
    assert [b for _, b in pilot.buttons() if b.startswith("Level")] == ["Level 13"]


def test_the_date_is_read_when_a_moment_is_written(app, monkeypatch):
    from datetime import date

    days = iter([date(2026, 11, 26), date(2026, 11, 27)])
    monkeypatch.setattr(app.settings, "today", None)
    monkeypatch.setattr("game.app.date", type("FakeDate", (), {"today": staticmethod(lambda: next(days))}))
    app.player.record_decision(app.levels[0].id, "decide_link", "open", "risky")
    app.player.record_decision(app.levels[0].id, "decide_link", "ask", "safe")
    entry = app.player.notebook.entries()[0]
    assert (entry.added, entry.right_days) == (date(2026, 11, 26), (date(2026, 11, 27),))


def test_a_level_pack_plays_beside_the_game_levels_with_its_own_art(tmp_path, shared_assets):
    from game.app import App, Settings

    pack = tmp_path / "My Pack"
    (pack / "art" / "backgrounds").mkdir(parents=True)
    shutil.copy(REPO / "assets" / "art" / "backgrounds" / "street.svg", pack / "art" / "backgrounds" / "harbour.svg")
    level = MINIMAL.read_text(encoding="utf-8").replace("id: minimal", "id: harbour").replace(
        "background: bedroom_night", "background: harbour")
    (pack / "01_harbour.yaml").write_text(level, encoding="utf-8")
    app = App(Settings(home=tmp_path / "home", packs=(pack,), reduced_motion=True), headless=True)
    app.assets = shared_assets
    assert "my-pack/harbour" in [lv.id for lv in app.levels] and "prize-toy" in [lv.id for lv in app.levels]
    app.routes.go("play", level=app.level_by_id("my-pack/harbour"))
    app.stack.apply()
    app.draw(force=True)
    drawn = [key[0] for key in shared_assets._art]
    assert str(pack / "art" / "backgrounds" / "harbour.svg") in drawn


def test_an_answer_waits_for_a_still_frame_for_the_disk_and_a_quit_saves_what_waits(app, tmp_path):
    """The frames that show 锡小朗's card do not wait for the disk: the answer is written as
    the first frame after one that drew nothing starts (the loop does not sleep before), or
    after half a second of frames that all drew. Whatever still waits is written when the
    game stops."""
    from game.play.player import MAX_WAIT_FRAMES, Player

    pilot = Pilot(app)
    _start_level(app, pilot)
    log = app.player.home / "playlog.jsonl"  # (every answer is logged, right or wrong)
    notebook = app.player.home / "notebook.json"
    pilot.click("continue")
    pilot.settle()
    step = app.stack.top.shown
    assert step.type == "decision"
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    pilot.until_armed()
    x, y, w, h = app.stack.top.targets()[f"option:{step.options[0].id}"]
    app.frame(1 / 60, [Intent(TAP, (x + w / 2, y + h / 2))])  # the card comes: this frame drew
    assert app.stack.top.name == "feedback" and app.last_frame_drew
    assert app.player.unsaved and app.animating()  # (the frames before the write come at once)
    app.frame(1 / 60, [])  # the frame before drew: not yet
    assert app.player.unsaved and (log.read_text(encoding="utf-8") if log.exists() else "") == before
    assert not app.last_frame_drew
    app.frame(1 / 60, [])  # after a frame that drew nothing: written
    assert not app.player.unsaved and f'"{step.id}"' in log.read_text(encoding="utf-8")[len(before):]
    # Frames that all draw hold it back no longer than MAX_WAIT_FRAMES.
    app.needs_redraw = True
    app.frame(1 / 60, [])
    app.player.record_decision(app.levels[0].id, "decide_fill", "fill", "risky")
    for n in range(MAX_WAIT_FRAMES):
        app.needs_redraw = True
        app.frame(1 / 60, [])
        if not app.player.unsaved:
            break
    assert not app.player.unsaved and n >= MAX_WAIT_FRAMES - 2
    app.player.record_decision(app.levels[0].id, "decide_link", "open", "risky")
    app.running = False  # the game stops (say, quit confirmed) right after that answer
    app.run()
    assert not app.player.unsaved and '"decide_link"' in notebook.read_text(encoding="utf-8")
    # A player used outside the loop (a tool, a test) writes each change at once.
    alone = Player.open(tmp_path / "alone")
    alone.record_decision(app.levels[0].id, "decide_fill", "fill", "risky")
    assert not alone.unsaved


def test_an_answer_waiting_for_the_disk_is_written_when_a_screen_fails(app, monkeypatch):
    pilot = Pilot(app)
    _start_level(app, pilot)
    notebook = app.player.home / "notebook.json"
    app.player.record_decision(app.levels[0].id, "decide_fill", "fill", "risky")

    def broken(dt):
        raise RuntimeError("a screen failed")
    monkeypatch.setattr(app.stack.top, "update", broken)
    with pytest.raises(RuntimeError):
        app.run(max_frames=app.frames + 1)
    assert not app.player.unsaved and '"decide_fill"' in notebook.read_text(encoding="utf-8")
