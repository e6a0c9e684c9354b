"""On a canvas that only measures (the text-fit check, hit areas), the phone's screen is laid
out once per text scale it tries: the last trial is the layout, not laid out again. It names
the same parts and the same cut text as drawing it on a real surface does, for every screen
of every shipped level and of the level that uses every kind of screen."""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.assets import Assets
from game.engine.canvas import Canvas
from game.engine.dry import DryCanvas
from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.levels.translate import is_translation
from game.ui.screens import frame

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(p for p in (ROOT / "levels").glob("*.yaml") if not is_translation(p)) \
    + [ROOT / "tests" / "data" / "good_levels" / "03_every_screen.yaml"]


@pytest.fixture(scope="module")
def assets():
    pygame.font.init()
    return Assets(ROOT / "assets")


def screens_of(path: Path):
    level = load_level(path, Catalog.from_assets(ROOT / "assets")).level
    return [(level.persona, step.panel.screen) for step in level.steps if step.panel and step.panel.screen]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_a_screen_laid_out_without_painting_has_the_parts_and_cuts_of_one_painted(path, assets):
    for persona, screen in screens_of(path):
        dry_cut, painted_cut = [], []
        dry = frame.draw_phone(DryCanvas(assets), screen, persona, None, dry_cut)
        painted = frame.draw_phone(Canvas(pygame.Surface((1280, 720)), assets, 1.0), screen, persona, None,
                                   painted_cut)
        assert (dry, dry_cut) == (painted, painted_cut)


def test_a_screen_that_fits_at_once_is_laid_out_once_without_painting(assets, monkeypatch):
    persona, screen = screens_of(FILES[0])[0]
    views = []
    monkeypatch.setitem(frame.VIEWS, screen.kind, lambda page, view=frame.VIEWS[screen.kind]: views.append(page.k)
                        or view(page))
    frame.draw_phone(DryCanvas(assets), screen, persona)
    assert views == [1.0]
    views.clear()
    frame.draw_phone(Canvas(pygame.Surface((1280, 720)), assets, 1.0), screen, persona)
    assert views == [1.0, 1.0]  # measured, then painted
