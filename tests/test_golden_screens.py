"""A few golden screenshots, compared at full resolution with a small tolerance, so a change
in look (a moved button, a missing bubble, a changed word, a wrong colour) is noticed.

The title, the first decision of level 1 and 锡小朗's card on its first risky answer,
on a 1920x1080 kiosk and a 1024x768 (4:3) classroom monitor. Step and option ids come
from the level file as it is. When a screen differs, a side-by-side image (approved |
now | difference, brightened) is written to tests/golden/failed/ (ignored by git).
After a person has looked at a deliberate change, refresh them with:

    UPDATE_GOLDEN=1 python -m pytest tests/test_golden_screens.py
"""
from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest
from conftest import apps_by_size

GOLDEN = Path(__file__).parent / "golden"
FAILED = GOLDEN / "failed"
SIZES = [(1920, 1080), (1024, 768)]
SCREENS = ["title", "decision", "feedback"]
CHANNEL = 48  # a pixel counts as changed when a channel differs by more than this (0..255)
MAX_CHANGED = 0.002  # share of pixels that may change: anti-aliasing, not a word or an icon
MAX_MEAN = 1.5  # mean difference per channel


@pytest.fixture(scope="module")
def apps(tmp_path_factory, shared_assets):
    return apps_by_size(tmp_path_factory, shared_assets, "golden")


def first_risky_choice(level):
    """The first decision of the level and its first risky option that points at a clue."""
    for step in level.steps:
        if step.type == "decision":
            risky = [o for o in step.options if o.verdict != "safe" and o.feedback.clues]
            return step, (risky or list(step.options))[0]
    raise AssertionError("level 1 has no decision")


def shot(app, name: str) -> pygame.Surface:
    from game.pilot import Pilot
    from game.scenes.comic import ComicScene
    from game.scenes.title import TitleScene
    from game.screenshot import session_at

    level = app.levels[0]
    pilot = Pilot(app)
    if name == "title":
        app.start(TitleScene(app))
    else:
        step, option = first_risky_choice(level)
        app.start(ComicScene(app, level, session_at(level, step.id)))
        pilot.settle()
        if name == "feedback":
            pilot.click(f"option:{option.id}")
    pilot.settle()
    app.draw(force=True)
    return app.window.copy()


def difference(a: pygame.Surface, b: pygame.Surface) -> tuple[pygame.Surface, float, float]:
    """|a - b| per channel, the share of pixels changed by more than CHANNEL, the mean."""
    a, b = a.convert(24), b.convert(24)
    up, down = a.copy(), b.copy()
    up.blit(b, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # max(a - b, 0)
    down.blit(a, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # max(b - a, 0)
    up.blit(down, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    same = pygame.mask.from_threshold(up, (0, 0, 0), (CHANNEL, CHANNEL, CHANNEL, 255)).count()
    pixels = a.get_width() * a.get_height()
    mean = sum(pygame.transform.average_color(up)[:3]) / 3
    return up, (pixels - same) / pixels, mean


def write_side_by_side(name: str, approved: pygame.Surface, now: pygame.Surface, diff: pygame.Surface) -> Path:
    FAILED.mkdir(exist_ok=True)
    (FAILED / ".gitignore").write_text("*\n", encoding="utf-8")
    w, h = now.get_size()
    sheet = pygame.Surface((w * 3 + 20, h))
    sheet.fill((255, 0, 255))
    bright = diff.copy()
    for _ in range(3):  # brighten small differences so they can be seen
        bright.blit(bright, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    for i, image in enumerate((approved, now, bright)):
        sheet.blit(image, (i * (w + 10), 0))
    path = FAILED / f"{name}.png"
    pygame.image.save(sheet, str(path))
    return path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", SCREENS)
def test_the_screen_looks_as_a_person_approved_it(apps, name, size):
    now = shot(apps(size), name)
    label = f"{name}_{size[0]}x{size[1]}"
    path = GOLDEN / f"{label}.png"
    if os.environ.get("UPDATE_GOLDEN") == "1" or not path.exists():
        if os.environ.get("CI") and not path.exists():
            pytest.fail(f"no golden image {path.name}: make it locally, look at it, commit it")
        pygame.image.save(now, str(path))
        pytest.skip(f"wrote {path.name}; look at it before committing")
    approved = pygame.image.load(str(path))
    assert approved.get_size() == now.get_size(), f"{path.name} is {approved.get_size()}, the screen {now.get_size()}"
    diff, changed, mean = difference(approved, now)
    if changed > MAX_CHANGED or mean > MAX_MEAN:
        sheet = write_side_by_side(label, approved, now, diff)
        pytest.fail(f"{label} differs from tests/golden/{path.name} ({changed:.2%} of pixels, mean {mean:.2f}); "
                    f"see {sheet} (approved | now | difference). If the change is intended, look at it and "
                    "rerun with UPDATE_GOLDEN=1")
