"""A few golden screenshots, compared with a tolerance, so a change in look is noticed.

After a person has looked at a deliberate change, refresh them with:

    UPDATE_GOLDEN=1 python -m pytest tests/test_golden_screens.py

Images are compared at 1/8 size, pixel by pixel, so anti-aliasing noise passes
and a moved button, a missing bubble or a wrong colour does not.
"""
from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

GOLDEN = Path(__file__).parent / "golden"
SMALL = (160, 90)
MAX_MEAN_DIFF = 4.0  # mean absolute difference per channel, 0..255
MAX_CHANGED = 0.02  # share of pixels allowed to differ by more than 48 in a channel


def _shot(app, name: str) -> pygame.Surface:
    from game.pilot import Pilot
    from game.scenes.comic import ComicScene
    from game.scenes.title import TitleScene
    from game.screenshot import _feedback_for, session_at

    level = app.levels[0]
    pilot = Pilot(app)
    if name == "title":
        app.start(TitleScene(app))
    elif name == "decision":
        app.start(ComicScene(app, level, session_at(level, "decide_link")))
    elif name == "feedback":
        comic = ComicScene(app, level, session_at(level, "decide_fill"))
        app.start(comic)
        pilot.settle()
        app.stack.push(_feedback_for(app, comic, level.step("decide_fill").option("fill")))
        app.stack.apply()
    pilot.settle()
    app.draw(force=True)
    return app.window.copy()


def _difference(a: pygame.Surface, b: pygame.Surface) -> tuple[float, float]:
    a, b = pygame.transform.smoothscale(a, SMALL), pygame.transform.smoothscale(b, SMALL)
    total, changed = 0, 0
    for x in range(SMALL[0]):
        for y in range(SMALL[1]):
            pa, pb = a.get_at((x, y)), b.get_at((x, y))
            diffs = [abs(pa[i] - pb[i]) for i in range(3)]
            total += sum(diffs)
            changed += max(diffs) > 48
    pixels = SMALL[0] * SMALL[1]
    return total / (pixels * 3), changed / pixels


@pytest.mark.parametrize("name", ["title", "decision", "feedback"])
def test_the_screen_looks_as_a_person_approved_it(app, name):
    shot = _shot(app, name)
    path = GOLDEN / f"{name}.png"
    if os.environ.get("UPDATE_GOLDEN") == "1" or not path.exists():
        if os.environ.get("CI") and not path.exists():
            pytest.fail(f"no golden image {path.name}: make it locally, look at it, commit it")
        pygame.image.save(shot, str(path))
        pytest.skip(f"wrote {path.name}; look at it before committing")
    mean, changed = _difference(shot, pygame.image.load(str(path)))
    assert mean <= MAX_MEAN_DIFF and changed <= MAX_CHANGED, (
        f"{name} differs from tests/golden/{name}.png (mean {mean:.1f}, {changed:.1%} of pixels); "
        "if the change is intended, look at it and rerun with UPDATE_GOLDEN=1")
