"""Every text of every shipped level fits where the game shows it: buttons, prompts,
锡小朗's feedback card and the ending card. (Panels are checked in test_smoke_render.)"""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.levels.translate import is_translation  # a level's translation is read with it
from game.engine.canvas import Canvas
from game.pilot import Pilot
from game.scenes.comic import ComicScene
from game.scenes.ending import MAX_H, EndingScene
from game.play.playthrough import decision_outcome
from game.screenshot import session_at
from game.ui import hud

from conftest import load_shipped

LEVELS = sorted(p for p in (Path(__file__).resolve().parent.parent / "levels").glob("*.yaml")
                if not is_translation(p))


def steps_of(kind: str) -> list:
    return [pytest.param(path, step.id, id=f"{path.stem}:{step.id}")
            for path in LEVELS for step in load_shipped(path).steps if step.type == kind]


def comic_at(app, path: Path, step_id: str) -> ComicScene:
    level = load_shipped(path)
    comic = ComicScene(app, level, session_at(level, step_id))
    app.start(comic)
    Pilot(app).settle()
    app.draw(force=True)  # lays the panel out, so clues have their places
    return comic


def logical_canvas(app) -> Canvas:
    return Canvas(pygame.Surface((1280, 720)), app.assets, 1.0)


@pytest.mark.parametrize("path, step_id", steps_of("decision"))
def test_every_option_label_and_prompt_fits(app, path, step_id):
    comic = comic_at(app, path, step_id)
    canvas = logical_canvas(app)
    step = comic.shown
    width = hud.COLUMN[2] - 36
    assert canvas.layout(step.prompt, width, 28, bold=True, max_lines=4).fits
    for button in comic.buttons.buttons:
        if button.id.startswith("option:"):
            assert canvas.layout(button.label, button.rect[2] - 28, button.size, bold=True, max_lines=2).fits, \
                button.label


@pytest.mark.parametrize("path, step_id", steps_of("decision"))
def test_every_feedback_card_shows_all_its_text(app, path, step_id):
    comic = comic_at(app, path, step_id)
    for option in comic.shown.options:
        feedback = comic.feedback_for(decision_outcome(comic.shown, option))
        assert feedback.fits(logical_canvas(app)), option.id


@pytest.mark.parametrize("path, step_id", steps_of("redflags"))
def test_the_feedback_for_a_hunt_with_every_clue_missed_shows_all_its_text(app, path, step_id):
    comic = comic_at(app, path, step_id)
    Pilot(app).click("done")
    assert app.stack.top.name == "feedback" and app.stack.top.fits(logical_canvas(app))


@pytest.mark.parametrize("path, step_id", steps_of("ending"))
def test_every_ending_card_fits_the_screen(app, path, step_id):
    comic = comic_at(app, path, step_id)
    ending = EndingScene(app, comic)
    assert ending.card[3] <= MAX_H
    assert ending._content(logical_canvas(app), ending.card, dry=True) + 40 <= MAX_H
