"""锡小朗's card comes in: the veil and the rings round the clues first, then he and his card
fade in over them (a cut with reduced motion).

The frame that veils the screen is the costliest of a play; he and his card no longer come
in that frame too. While they fade in, only they change: the loop asks the card to repaint
its part itself (Scene.draw_change), and nothing beneath is drawn again. When they are
there, the screen is the very screen a whole draw makes.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pygame
import pytest

from game.app import App, Settings
from game.engine import intents as it
from game.engine.assets import Assets
from game.pilot import Pilot
from game.scenes.comic import ComicScene
from game.scenes.coming_in import APPEAR_TIME
from game.screenshot import session_at

REPO = Path(__file__).resolve().parents[1]


def at_decision(tmp_path: Path, size, reduced_motion=False, step_index=0):
    app = App(Settings(home=tmp_path, size=size, reduced_motion=reduced_motion, seed=1), headless=True)
    app.assets = Assets(REPO / "assets")  # its own caches: what a frame makes is seen here alone
    level = app.levels[0]
    step = [s for s in level.steps if s.type == "decision"][step_index]
    app.start(ComicScene(app, level, session_at(level, step.id)))
    pilot = Pilot(app, lookahead=True)
    pilot.settle()
    pilot.until_armed()
    pilot.settle()
    return app, step


def tap_answer(app, step, risky=True):
    option = next(o for o in step.options if (o.verdict != "safe") == risky)
    x, y, w, h = app.stack.top.targets()[f"option:{option.id}"]
    app.frame(1 / 60, [it.Intent(it.TAP, (x + w / 2, y + h / 2))])
    return app.stack.top


def shot(app) -> str:
    return hashlib.sha1(pygame.image.tobytes(app.window, "RGB")).hexdigest()


def region(app, card) -> bytes:
    rect = app.view_canvas().real_rect(card.plan.guide.card)
    return pygame.image.tobytes(app.window.subsurface(rect), "RGB")


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_veil_and_clues_come_first_then_he_fades_in_and_ends_as_a_whole_draw(tmp_path, size):
    app, step = at_decision(tmp_path, size)
    card = tap_answer(app, step)
    assert card.name == "feedback" and card.opacity() == 0
    veiled = region(app, card)  # the veil's frame: no card yet where it will be
    comic = app.stack.scenes[-2]
    drawn_beneath = []
    real_draw = comic.draw
    comic.draw = lambda canvas: (drawn_beneath.append(1), real_draw(canvas))
    seen, frames = [card.opacity()], 0
    while app.animating() and frames < 60:
        app.frame(1 / 60, [])
        frames += 1
        seen.append(card.opacity())
    assert 0.8 * APPEAR_TIME * 60 <= frames <= APPEAR_TIME * 60 + 3
    assert seen == sorted(seen) and seen[-1] == 255 and len(set(seen)) > 5  # more of him each frame
    assert region(app, card) != veiled
    assert not drawn_beneath, "nothing beneath him is drawn again while he comes in"
    settled = shot(app)
    app.draw(force=True)
    assert shot(app) == settled  # the very screen a whole draw makes


def test_with_reduced_motion_he_is_there_in_the_first_frame(tmp_path):
    app, step = at_decision(tmp_path, (1280, 720), reduced_motion=True)
    card = tap_answer(app, step)
    assert card.opacity() == 255
    first = shot(app)
    app.draw(force=True)
    assert shot(app) == first


def test_as_he_comes_in_no_word_is_rendered_and_no_drawing_made(tmp_path):
    """The look-ahead drew his card as it is once in: the frames he comes in only copy."""
    app, step = at_decision(tmp_path, (1920, 1080))
    made = []
    for cache in (app.assets._text, app.assets._art):
        real = cache.get_or

        def watched(key, make, cache=cache, real=real):
            if key not in cache:
                made.append(key[0])
            return real(key, make)
        cache.get_or = watched
    tap_answer(app, step)
    while app.animating():
        app.frame(1 / 60, [])
    assert made == []


def test_esc_while_he_comes_in_closes_the_card_onto_a_whole_screen(tmp_path):
    app, step = at_decision(tmp_path, (1920, 1080))
    tap_answer(app, step)
    app.frame(1 / 60, [])
    app.frame(1 / 60, [])  # half in
    app.frame(1 / 60, [it.Intent(it.BACK)])
    assert app.stack.top.name == "comic"
    Pilot(app).settle()
    settled = shot(app)
    app.draw(force=True)
    assert shot(app) == settled


def test_a_resize_while_he_comes_in_draws_it_all_again_and_ends_as_a_whole_draw(tmp_path):
    app, step = at_decision(tmp_path, (1920, 1080))
    card = tap_answer(app, step)
    app.frame(1 / 60, [])
    app.frame(1 / 60, [])
    app.window = pygame.Surface((1366, 768))  # (headless: the window the player made smaller)
    app.frame(1 / 60, [it.Intent(it.RESIZED)])
    while app.animating():
        app.frame(1 / 60, [])
    assert app.stack.top is card and card.opacity() == 255
    settled = shot(app)
    app.draw(force=True)
    assert shot(app) == settled


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_the_ending_card_comes_whole_the_frame_after_the_veil_and_ends_as_a_whole_draw(tmp_path, size):
    """The ending's card covers most of the screen: too big to fade cheaply, it comes whole,
    drawn straight over the veil a frame after it (nothing beneath is drawn again)."""
    app = App(Settings(home=tmp_path, size=size, reduced_motion=False, seed=1), headless=True)
    level = app.levels[0]
    ending = next(s for s in level.steps if s.type == "ending")
    app.start(ComicScene(app, level, session_at(level, ending.id)))
    pilot = Pilot(app, lookahead=True)
    pilot.settle()
    pilot.until_armed()
    pilot.settle()
    x, y, w, h = app.stack.top.targets()["results"]
    app.frame(1 / 60, [it.Intent(it.TAP, (x + w / 2, y + h / 2))])
    card = app.stack.top
    assert card.name == "ending" and card.opacity() == 0
    veiled = shot(app)
    comic = app.stack.scenes[-2]
    drawn_beneath = []
    real_draw = comic.draw
    comic.draw = lambda canvas: (drawn_beneath.append(1), real_draw(canvas))
    app.frame(1 / 60, [])
    assert card.opacity() == 255 and shot(app) != veiled and not drawn_beneath
    app.frame(1 / 60, [])
    assert not app.last_frame_drew  # (there: nothing more to draw)
    settled = shot(app)
    app.draw(force=True)
    assert shot(app) == settled


def test_the_tap_takes_the_card_the_look_ahead_made_for_that_answer(tmp_path, monkeypatch):
    import game.scenes.comic_explain as explain

    app, step = at_decision(tmp_path, (1920, 1080))
    made = []
    real_init = explain.FeedbackScene.__init__
    monkeypatch.setattr(explain.FeedbackScene, "__init__",
                        lambda self, *a, **k: (made.append(1), real_init(self, *a, **k))[1])
    card = tap_answer(app, step)
    assert not made, "the tap's frame (the veil's, the costliest) makes no card: the look-ahead made it"
    assert card.opacity() == 0 and card.appear > 0, "it comes in as a card made at the tap would"
    assert card.outcome is app.stack.scenes[-2].play.outcome, "it explains the answer given (its notebook change too)"
    while app.animating():
        app.frame(1 / 60, [])
    settled = shot(app)
    app.draw(force=True)
    assert shot(app) == settled


def test_a_card_made_for_other_text_settings_is_not_taken(tmp_path, monkeypatch):
    import game.scenes.comic_explain as explain

    app, step = at_decision(tmp_path, (1920, 1080))
    # The player makes the text larger (the look-ahead's cards were made at the standard size).
    app.apply_preferences(app.prefs.changed("text_size", "large"), save=False)
    made = []
    real_init = explain.FeedbackScene.__init__
    monkeypatch.setattr(explain.FeedbackScene, "__init__",
                        lambda self, *a, **k: (made.append(1), real_init(self, *a, **k))[1])
    card = tap_answer(app, step)
    assert made and card.name == "feedback"
