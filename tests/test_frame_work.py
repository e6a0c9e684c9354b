"""What a frame does, and what it leaves to the moments a player spends reading.

Panels are composed once into a picture (game.ui.panel_layers); a frame in which
only words appear or the panel fades in redraws only the panel; and while a screen
is still, the look-ahead (game.scenes.lookahead) composes the panels and plans the
feedback cards that may come next. None of it may change a single pixel.
"""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pygame
import pytest

from game.app import App, Settings
from game.autoplay import _act
from game.engine.assets import Assets
from game.engine.canvas import Canvas
from game.pilot import Pilot

REPO = Path(__file__).resolve().parents[1]


def fresh_app(tmp_path: Path, size=(1280, 720), reduced_motion=False) -> App:
    app = App(Settings(home=tmp_path, size=size, reduced_motion=reduced_motion, seed=1), headless=True)
    app.assets = Assets(REPO / "assets")  # its own caches: what a frame makes is seen here alone
    return app


def play_level(app: App, level, lookahead: bool, on_still=lambda: None) -> None:
    """Level 1 by the safe policy through the real screens, calling on_still at each still screen."""
    app.routes.go("play", level=level)
    app.stack.apply()
    Pilot(app, lookahead=lookahead).settle()
    play_on(app, lookahead, on_still)


def play_on(app: App, lookahead: bool, on_still=lambda: None, decisions: list | None = None) -> None:
    """Play the level on screen to its results by the safe policy (noting the decisions met)."""
    pilot = Pilot(app, lookahead=lookahead)
    rng = random.Random(1)
    for _ in range(200):
        on_still()
        top = app.stack.top
        if top.name == "results":
            return
        if top.name == "feedback":
            pilot.click("close")
        elif top.name == "ending":
            pilot.click("results")
        else:
            if decisions is not None and top.shown.type == "decision":
                decisions.append(top.shown.id)
            _act(pilot, top, "safe", rng)
        pilot.settle()
    pytest.fail("the level did not end")


def window_hash(app: App) -> str:
    return hashlib.sha1(pygame.image.tobytes(app.window, "RGB")).hexdigest()


def test_words_appearing_redraw_only_the_panel_and_end_on_the_same_screen_as_a_whole_draw(tmp_path):
    app = fresh_app(tmp_path, size=(1920, 1080))
    parts = []
    changed_part = app._changed_part

    def watched(*args):
        part = changed_part(*args)
        parts.append(part)
        return part

    app._changed_part = watched
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    Pilot(app).settle()
    comic = app.stack.top
    assert comic.name == "comic" and comic.reading.done and comic.fade == 0
    frame = app.view_canvas().real_rect(comic.geo.frame)
    partial = [p for p in parts if p is not None]
    assert len(partial) > 10, "the fade and the words should have been drawn a part at a time"
    assert all(frame.contains(p) for p in partial)
    settled = window_hash(app)
    app.draw(force=True)
    assert window_hash(app) == settled


def test_a_change_anywhere_else_in_the_same_frame_draws_the_whole_screen(tmp_path):
    app = fresh_app(tmp_path)
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    Pilot(app).settle()
    comic = app.stack.top
    comic.changed(comic.geo.frame)
    assert comic.area is not None
    comic.dirty = True  # say, a button took the focus
    assert comic.area is None and comic.dirty


def test_looking_ahead_changes_no_pixel_of_any_screen_of_level_1(tmp_path):
    seen = {}
    for lookahead in (False, True):
        app = fresh_app(tmp_path / str(lookahead))
        hashes = []
        play_level(app, app.levels[0], lookahead, on_still=lambda: hashes.append(window_hash(app)))
        seen[lookahead] = hashes
    assert len(seen[True]) > 10
    assert seen[True] == seen[False]


def test_after_looking_ahead_a_tap_composes_no_panel_plans_no_card_and_renders_no_button_or_question(
        tmp_path, monkeypatch):
    from game.ui import panel_layers
    from game.ui.panel import BUBBLES

    app = fresh_app(tmp_path)
    made = {"panels": 0, "plans": 0}
    rendered = []
    texts, render = app.assets._text, app.assets._text.get_or

    this_frame = []

    def rendering(key, make):
        if in_frame[0] and key not in texts:
            this_frame.append(key[0])
        return render(key, make)

    texts.get_or = rendering
    in_frame = [False]
    compose = panel_layers.draw_panel

    def composing(*args, **kwargs):
        # A picture made from the drawings (not the words over a picture already made).
        if in_frame[0] and len(args) == 8 and args[7] != BUBBLES:
            made["panels"] += 1
        return compose(*args, **kwargs)

    monkeypatch.setattr(panel_layers, "draw_panel", composing)
    plans, plan = app.assets.plans, app.assets.plans.get_or

    def planning(key, make):
        if in_frame[0] and key not in plans:
            made["plans"] += 1
        return plan(key, make)

    plans.get_or = planning
    frame = app.frame

    asked = []  # the words of each step's buttons and question, as it came up

    def watched_frame(dt, intents):
        in_frame[0] = bool(intents)  # a tap's frame (the words appearing after it render as they go)
        this_frame.clear()
        try:
            frame(dt, intents)
        finally:
            in_frame[0] = False
        top = app.stack.top
        if intents and top.name == "comic":  # a tap that brought a step (not the results, say)
            rendered.extend(this_frame)
            asked.extend(b.label for b in top.buttons.buttons if b.label)
            asked.extend(getattr(top.shown, "prompt", "") or "")

    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    Pilot(app, lookahead=True).settle()  # the first panel is composed in its frame: nothing foresaw it
    app.frame = watched_frame
    decisions = []
    play_on(app, lookahead=True, decisions=decisions)
    assert decisions, "level 1 has decisions"
    assert made == {"panels": 0, "plans": 0}
    labels = [a for a in asked if len(a) > 1]
    assert labels and not [r for r in rendered if r in labels], rendered
    # Nor a line of a question (asked also holds each question's characters, one by one: a
    # rendered line of two or more of them, all from questions, would be one of its lines).
    assert not [r for r in rendered if len(r) > 3 and set(r) <= set(asked) and r not in labels
                and not r.startswith("✓")], rendered


def test_the_loop_looks_ahead_only_while_nothing_moves(tmp_path):
    app = fresh_app(tmp_path)
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    pilot = Pilot(app)
    pilot.settle()
    pilot.click("continue")  # to the first decision: its answers' cards can be planned ahead
    assert app.animating() and app.prepare() is False  # the panel still changing: frames come first
    pilot.settle()
    assert app.stack.top.shown.type == "decision"
    assert app.prepare() is True
    while app.prepare():
        pass
    assert app.prepare() is False  # all made: the loop may sleep


def test_the_not_saved_notice_stays_whole_when_a_part_under_it_is_redrawn(tmp_path, monkeypatch):
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    app = fresh_app(tmp_path, size=(1920, 1080))
    pilot = Pilot(app)
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    pilot.settle()
    monkeypatch.setattr("game.play.player.write_json", full_disk)
    for _ in range(12):  # answer until a save fails and the notice shows
        if app.player.save_problem:
            break
        ids = [button_id for button_id, _ in pilot.buttons()]
        pilot.click(next((b for b in ("done", "close", "continue", "results") if b in ids), ids[0]))
        pilot.settle()
    assert app.player.save_problem and app.notice_shown
    comic = next(s for s in app.stack.scenes if s.name == "comic")  # under 锡小朗's card, maybe
    comic.changed((0, 0, *comic.geo.size))  # a part that takes in the notice's corner
    app.frame(1 / 60, [])
    settled = window_hash(app)
    app.draw(force=True)
    assert window_hash(app) == settled


@pytest.mark.parametrize("start_from", ["results", "level_select"])
def test_a_level_started_from_a_still_results_or_shelf_finds_its_first_panel_made(tmp_path, monkeypatch, start_from):
    from game.ui import panel_layers
    from game.ui.panel import BUBBLES

    app = fresh_app(tmp_path)
    pilot = Pilot(app, lookahead=True)
    if start_from == "results":
        play_level(app, app.levels[0], lookahead=True)
        assert app.stack.top.name == "results"
        start = "next"
    else:
        app.routes.go("levels", level_id=app.levels[1].id)
        app.stack.apply()
        pilot.settle()
        start = f"level:{app.levels[1].id}"
    made = []
    compose = panel_layers.draw_panel
    from game.engine.dry import DryCanvas

    def composing(canvas, *args, **kwargs):
        # (A dry canvas only lays the panel out; the words appearing go over the picture.)
        if not isinstance(canvas, DryCanvas) and args[6:] != (BUBBLES,):
            made.append(args[6:])
        return compose(canvas, *args, **kwargs)

    monkeypatch.setattr(panel_layers, "draw_panel", composing)
    kept = []
    make_kept = Canvas._make_kept
    monkeypatch.setattr(Canvas, "_make_kept", lambda canvas, *args: kept.append(args[0]) or make_kept(canvas, *args))
    pilot.click(start)
    assert app.stack.top.name == "comic" and app.stack.top.level is app.levels[1]
    assert made == [], "the first panel was composed in the frame of the tap"
    assert kept == [], "a widget (the leak meter, say) was made in the frame of the tap"


def test_after_looking_ahead_on_the_ending_card_the_results_come_with_no_word_rendered(tmp_path):
    app = fresh_app(tmp_path, size=(1920, 1080))
    pilot = Pilot(app, lookahead=True)
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    pilot.settle()
    rendered = []
    texts, render = app.assets._text, app.assets._text.get_or

    def play_to_the_ending():
        if app.stack.top.name == "ending":
            raise StopIteration

    try:
        play_on(app, lookahead=True, on_still=play_to_the_ending)
    except StopIteration:
        pass
    assert app.stack.top.name == "ending"
    texts.get_or = lambda key, make: (key in texts or rendered.append(key[0])) and False or render(key, make)
    made = len(app.assets.widgets)
    pilot.click("results")
    assert app.stack.top.name == "results"
    assert rendered == []
    assert len(app.assets.widgets) == made  # its buttons were kept already


def test_after_looking_ahead_finding_a_clue_renders_no_line_of_the_found_list(tmp_path):
    """Each clue still hidden in a hunt has its line in the found list made ahead: the tap
    that finds it only copies words (level 3's group chat: four clues, found one by one)."""
    app = fresh_app(tmp_path, size=(1920, 1080))
    level = next(lv for lv in app.levels if any(s.type == "redflags" and len(s.clues) >= 3 for s in lv.steps))
    texts, render = app.assets._text, app.assets._text.get_or
    in_tap, rendered, taps = [False], [], []
    texts.get_or = lambda key, make: (in_tap[0] and key not in texts and rendered.append(key[0])) or render(key, make)
    frame = app.frame

    def watched_frame(dt, intents):
        top = app.stack.top
        hunting = bool(intents) and top.name == "comic" and top.shown.type == "redflags"
        found = top.shown_found() if hunting else ()
        in_tap[0] = hunting
        try:
            frame(dt, intents)
        finally:
            in_tap[0] = False
        if hunting and app.stack.top is top and len(top.shown_found()) > len(found):
            taps.append(top.shown.id)

    app.frame = watched_frame
    play_level(app, level, lookahead=True)
    assert len(taps) >= 3, taps
    assert [r for r in rendered if len(r) > 1] == [], rendered


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_a_panel_redrawn_alone_as_its_words_appear_or_it_fades_is_the_screen_a_whole_draw_makes(tmp_path, size):
    """While words appear or the panel fades in, the comic redraws just its panel over what
    the window shows (ComicScene.draw_change): after each such frame of level 1 (every step,
    hunts with a part in focus too), the window is the very window a whole draw makes."""
    app = fresh_app(tmp_path, size=size)
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    comic = app.stack.top
    alone = []
    real_change = comic.draw_change

    def watched(canvas):
        done = real_change(canvas)
        alone.append(done)
        return done

    comic.draw_change = watched
    frame = app.frame
    compared = []

    def checked_frame(dt, intents):
        alone.clear()
        frame(dt, intents)
        if any(alone):
            shown = window_hash(app)
            app.draw(force=True)
            compared.append(comic.shown.id)
            assert window_hash(app) == shown, comic.shown.id

    app.frame = checked_frame
    Pilot(app).settle()
    play_on(app, lookahead=False)
    assert len(compared) > 50 and len(set(compared)) > 5
