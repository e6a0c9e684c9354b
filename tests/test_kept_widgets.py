"""Widgets kept as pictures (buttons, the leak meter) look exactly as drawn afresh.

Canvas.kept draws a widget once into a transparent picture and copies it on each whole
frame after. These tests play level 1 through its screens and, on each still screen,
compare the window with the same screen drawn with nothing kept: within rounding (a
shadow copied on may differ by 2 in a channel), pixel for pixel.
"""
from __future__ import annotations

import pygame
import pytest

from game.engine.canvas import Canvas
from tests.test_canvas_blend import most_apart
from tests.test_frame_work import fresh_app, play_on


def drawn_afresh(app, monkeypatch) -> pygame.Surface:
    def afresh(canvas, key, bounds, draw, over=None):
        done = draw(canvas)
        if over is not None and over[1] is not None:  # kept veiled: veiled here, as drawn
            canvas._blend(canvas.kept_rect(bounds), canvas.ink(over[1]))
        return done

    with monkeypatch.context() as patch:
        patch.setattr(Canvas, "kept", afresh)
        app.draw(force=True)
    return app.window.copy()


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_kept_buttons_and_meters_look_as_drawn_afresh_on_every_screen_of_level_1(tmp_path, monkeypatch, size):
    from game.pilot import Pilot

    app = fresh_app(tmp_path, size=size)
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    Pilot(app).settle()
    screens = []

    def compare():
        app.draw(force=True)
        app.draw(force=True)  # the second time, from the kept pictures
        kept = app.window.copy()
        afresh = drawn_afresh(app, monkeypatch)
        screens.append(app.stack.top.name)
        assert kept.get_size() == afresh.get_size()
        w, h = kept.get_size()
        assert most_apart(kept, afresh, over=2, size=(w, h)) == 0, [s.name for s in app.stack.scenes]

    play_on(app, lookahead=False, on_still=compare)
    assert {"comic", "feedback", "ending", "results"} <= set(screens)
    assert len(app.assets.widgets) > 3  # it did keep some


def test_a_kept_widget_is_drawn_again_when_what_it_shows_changes(tmp_path):
    from game.ui import hud

    app = fresh_app(tmp_path, size=(1920, 1080))
    canvas = app.view_canvas()
    rect = (900, 400, 340, 160)
    hud.draw_leak_meter(canvas, [], app.locale, rect)
    calm = app.window.subsurface(canvas.real_rect(rect)).copy()
    hud.draw_leak_meter(canvas, ["phone"], app.locale, rect)
    leaked = app.window.subsurface(canvas.real_rect(rect)).copy()
    assert most_apart(calm, leaked, over=2, size=calm.get_size()) > 0


def test_moving_the_focus_moves_the_ring_on_kept_buttons(tmp_path, monkeypatch):
    from game.pilot import Pilot

    app = fresh_app(tmp_path, size=(1920, 1080))
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    pilot = Pilot(app)
    pilot.settle()
    seen = set()
    for _ in range(4):
        app.draw(force=True)
        kept = app.window.copy()
        afresh = drawn_afresh(app, monkeypatch)
        assert most_apart(kept, afresh, over=2, size=kept.get_size()) == 0, app.stack.top.buttons.focused_id
        seen.add(app.stack.top.buttons.focused_id)
        pilot.key(pygame.K_TAB)
        pilot.settle()
    assert len(seen) >= 2


@pytest.mark.parametrize("overlay, size", [("feedback", (1920, 1080)), ("feedback", (1024, 768)),
                                           ("ending", (1920, 1080)), ("ending", (1024, 768))])
def test_a_panel_veiled_ahead_under_a_card_looks_as_one_veiled_in_the_frame(tmp_path, monkeypatch, overlay, size):
    """Under 锡小朗's card on a decision or a finished hunt (its marks on it), and under the
    ending's card, the panel comes from a picture veiled ahead (its clues kept clear): the
    screen is the same as veiling the panel there and then, pixel for pixel."""
    from game.engine.translucent import simple_holes
    from game.pilot import Pilot
    from game.scenes.feedback import VEIL_RADIUS, veil_holes
    from game.ui import panel_layers

    app = fresh_app(tmp_path, size=size)
    app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    Pilot(app, lookahead=True).settle()
    used, columns = [], []

    def compare():
        top = app.stack.top
        comic = getattr(top, "owner", None) or getattr(top, "comic", None)
        if top.name != overlay or comic.shown.type not in ("decision", "redflags", "ending"):
            return
        app.draw(force=True)
        # (holes that overlap are cut from the veil as it is drawn: never over a veiled panel)
        canvas = app.view_canvas()
        holes = [canvas.real_rect(h) for h in veil_holes(top.plan)] if top.name == "feedback" else []
        used.append((comic.shown.type, comic.veiled is not None, simple_holes(holes, canvas.px(VEIL_RADIUS))))
        if comic.veiled is not None and comic.column_veiled(canvas, holes) is not None:
            columns.append(comic.shown.id)  # (a hunt's question and found list veiled ahead too)
        kept = app.window.copy()
        with monkeypatch.context() as patch:
            patch.setattr(panel_layers, "veiled_ready", lambda *args: False)
            app.draw(force=True)
        assert comic.veiled is None
        assert most_apart(kept, app.window, over=0, size=size) == 0, comic.shown.id

    play_on(app, lookahead=True, on_still=compare)
    # Every such card came over a panel veiled ahead (a hunt's too, even with holes that
    # overlap), unless a decision's holes overlap.
    assert used and all(veiled for kind, veiled, simple in used if simple or kind == "redflags"), used
    assert overlay == "ending" or any(not simple for kind, _, simple in used if kind == "redflags"), used
    assert overlay == "ending" or {"decision", "redflags"} <= {kind for kind, veiled, _ in used if veiled}, used
    assert overlay == "ending" or size[1] / size[0] > 0.7 or columns
