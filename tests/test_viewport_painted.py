"""Every screen paints all of its viewport, so a whole-screen frame need only fill the letterbox.

The loop fills just the bars around the viewport before the scenes draw (filling
all of a 1920x1080 window first cost half a millisecond a frame). That is right
only if the bottom visible scene covers every pixel of the viewport: these tests
put an unused colour on the window before a forced draw, on every screen random
input reaches, and look for any of it left.
"""
from __future__ import annotations

import random

import pygame
import pytest

from game.app import App, Settings
from game.engine.translucent import around
from game.engine.intents import intent_for
from game.kiosk.config import KioskConfig
from tests.test_robustness import random_event

STALE = (1, 254, 3)  # in no palette: a pixel of it left means nothing drew there


def stale_pixels(app: App) -> int:
    app.window.fill(STALE)
    app.draw(force=True)
    return pygame.mask.from_threshold(app.window, STALE, (1, 1, 1, 255)).count()


def wander(app: App, seed: int, events: int = 1500):
    """Random input through the intent layer; yields each screen it settles on."""
    rng = random.Random(seed)
    size = app.window.get_size()
    for sent in range(events):
        event = random_event(rng, size)
        if event.type in (pygame.QUIT, pygame.WINDOWRESIZED):
            continue
        intents = [i for i in [intent_for(event, app.viewport)] if i]
        app.frame(rng.choice([1 / 60, 0.4]), intents)
        if sent % 15 == 0:
            yield [s.name for s in app.stack.scenes]


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (800, 700)])
def test_every_classroom_screen_covers_its_whole_viewport(make_app, size):
    app = make_app(size=size)
    app.routes.home()
    app.stack.apply()
    seen = set()
    for stack in wander(app, seed=size[0]):
        seen.add(stack[-1])
        assert stale_pixels(app) == 0, f"left unpainted on {stack} at {size}"
    assert len(seen) >= 4, seen


def test_every_booth_screen_covers_its_whole_viewport(tmp_path, shared_assets):
    app = App(Settings(home=tmp_path, size=(1024, 768), reduced_motion=True, kiosk=KioskConfig(kiosk=True)),
              headless=True)
    app.assets = shared_assets
    app.routes.home()
    app.stack.apply()
    seen = set()
    for stack in wander(app, seed=7):
        seen.add(stack[-1])
        assert stale_pixels(app) == 0, f"left unpainted on {stack}"
    assert len(seen) >= 3, seen


@pytest.mark.parametrize("size, lookahead", [((1024, 768), False), ((1920, 1080), True)])
def test_a_level_its_feedback_and_results_cover_the_whole_viewport(make_app, level1, size, lookahead):
    """(With look-ahead, the comic under a card leaves what the card covers to the card.)"""
    from game.pilot import Pilot
    from tests.test_frame_work import play_on

    app = make_app(size=size)
    app.routes.go("play", level=level1)
    app.stack.apply()
    Pilot(app, lookahead=lookahead).settle()
    screens = []

    def check():
        screens.append(app.stack.top.name)
        assert stale_pixels(app) == 0, f"left unpainted on {[s.name for s in app.stack.scenes]}"

    play_on(app, lookahead=lookahead, on_still=check)
    assert {"comic", "feedback", "ending", "results"} <= set(screens)


@pytest.mark.parametrize("inside, expected", [
    ((0, 0, 100, 50), 0),                       # the viewport fills the window: no bars
    ((10, 0, 80, 50), 2),                       # pillar-boxed
    ((0, 5, 100, 40), 2),                       # letter-boxed
    ((0, 0, 0, 0), 1),                          # nothing inside: the whole window
])
def test_the_letterbox_is_the_window_outside_the_viewport(inside, expected):
    window = pygame.Rect(0, 0, 100, 50)
    bars = around(window, pygame.Rect(inside))
    assert len(bars) == expected
    assert sum(b.w * b.h for b in bars) == window.w * window.h - (pygame.Rect(inside).clip(window).w
                                                                   * pygame.Rect(inside).clip(window).h
                                                                   if expected != 1 else 0)
