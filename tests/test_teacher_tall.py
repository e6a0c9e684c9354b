"""The teacher screen on a classroom's 4:3 or 5:4 monitor: it fills the screen, with no bars.

On 16:9 it is the 1280x720 design. On a taller window the logical space grows
(1280x960 on 4:3, 1280x1024 on 5:4) and the teacher screen uses it: the cards
grow, the lists of clues missed get longer, the buttons sit on the bottom row
of the taller space, where they are drawn and where a tap finds them.
"""
from __future__ import annotations

from datetime import date

import pygame
import pytest

from game.engine.layoutlog import min_px
from game.play import playlog
from game.scenes.pin import PinScene
from game.scenes.teacher import TeacherScene
from game.screenshot import record_layout
from tests.test_teacher_screen import PIN_TAPS, Teacher, today_records

TALL = [(1024, 768), (1280, 1024)]
SPACE = {(1024, 768): (1280, 960), (1280, 1024): (1280, 1024)}
STALE = (1, 254, 3)  # in no palette: a pixel of it changed means something drew there


def class_records(app) -> list[dict]:
    """Today's plays of a class that missed every clue of four levels' hunts (plenty of clues to list)."""
    day = date.today().isoformat()
    out = today_records()
    for level in app.levels[:4]:
        for step in level.steps:
            if step.type == "redflags" and step.clues:
                out.append({"date": day, "review": False, "kind": "hunt", "level": level.id, "step": step.id,
                            "verdict": "missed", "found": [], "missed": list(step.clues)})
    return out


def unlocked(make_app, tmp_path, size, plays: bool = True) -> Teacher:
    """The teacher screen after the PIN, on a window of `size`, with a class's plays (logged
    into the data folder, unless they are there already)."""
    teacher = Teacher(make_app(size))
    if plays:
        playlog.append(tmp_path, class_records(teacher.app))
    teacher.do("tap:教师", *PIN_TAPS)
    assert teacher.stack == ["title", "teacher"]
    return teacher


def drawn_buttons(app) -> dict[str, pygame.Rect]:
    """Where each button of the screen is drawn, in real pixels (as the layout recorder saw it)."""
    log = record_layout(app)
    return {e.name: pygame.Rect(e.rect) for e in log.entries if e.kind == "box" and e.role == "button"}


def the_pages(teacher: Teacher):
    """Each page of the report in turn (the screen is on it while the loop waits)."""
    for _ in teacher.screen.pages:
        yield teacher.screen.pages[teacher.screen.index]
        teacher.do("tap:下一页")


def test_the_teacher_screen_can_use_a_taller_screen():
    assert TeacherScene.adaptive is True


@pytest.mark.parametrize("size", TALL)
def test_on_a_tall_monitor_the_teacher_screen_fills_the_window_without_bars(make_app, tmp_path, size):
    teacher = unlocked(make_app, tmp_path, size)
    viewport = teacher.app.viewport
    assert (viewport.size, viewport.offset) == (SPACE[size], (0.0, 0.0))


def test_on_a_4_3_window_the_space_stays_1280x960_from_the_title_to_the_teacher_screen_and_back(make_app, tmp_path):
    teacher = Teacher(make_app((1024, 768)))
    playlog.append(tmp_path, class_records(teacher.app))
    seen = [teacher.app.viewport.size]
    teacher.do("tap:教师", *PIN_TAPS)
    seen.append(teacher.app.viewport.size)
    teacher.do("tap:下一页", "tap:返回")
    assert teacher.stack == ["title"]
    seen.append(teacher.app.viewport.size)
    assert seen == [(1280, 960)] * 3


@pytest.mark.skipif(not getattr(PinScene, "adaptive", False), reason="the PIN pad is not adaptive yet")
def test_on_a_4_3_window_the_space_stays_1280x960_through_the_pin_pad_too(make_app, tmp_path):
    teacher = Teacher(make_app((1024, 768)))
    playlog.append(tmp_path, class_records(teacher.app))
    seen = []
    for action in ("tap:教师", *PIN_TAPS, "tap:下一页", "key:escape"):
        teacher.do(action)
        seen.append((teacher.stack[-1], teacher.app.viewport.size))
    assert teacher.stack == ["title"]
    assert {space for _, space in seen} == {(1280, 960)}, seen


@pytest.mark.parametrize("size", TALL)
@pytest.mark.parametrize("button_id", ["back", "scope", "prev", "next", "export"])
def test_a_tap_on_the_centre_of_each_drawn_button_chooses_it(make_app, tmp_path, size, button_id):
    teacher = unlocked(make_app, tmp_path, size)
    screen = teacher.screen
    drawn = drawn_buttons(teacher.app)
    assert set(drawn) == {"back", "scope", "prev", "next", "export"}
    teacher.pilot.until_armed()
    teacher.pilot.tap_real(*drawn[button_id].center)
    teacher.pilot.settle()
    outcome = {"back": lambda: teacher.stack == ["title"],
               "scope": lambda: screen.scope == "all",
               "prev": lambda: screen.index == len(screen.pages) - 1,
               "next": lambda: screen.index == 1,
               "export": lambda: any(tmp_path.glob("report-*.csv"))}
    assert outcome[button_id](), f"{button_id} drawn at {drawn[button_id]} was not chosen"


@pytest.mark.parametrize("size", TALL)
def test_the_buttons_sit_on_the_bottom_row_of_the_taller_space(make_app, tmp_path, size):
    teacher = unlocked(make_app, tmp_path, size)
    w, h = teacher.app.window.get_size()
    for button_id, rect in drawn_buttons(teacher.app).items():
        assert pygame.Rect(0, 0, w, h).contains(rect), button_id
        assert rect.bottom > h * 0.9, f"{button_id} at {rect} is not at the bottom of a {w}x{h} window"


@pytest.mark.parametrize("size", [(1280, 720), *TALL, (1280, 880), (1280, 800)])
def test_nothing_is_drawn_outside_the_space(make_app, tmp_path, size):
    """Every page (and the note an export leaves) drawn with room all round: none of it is touched.
    (16:9, the least tall space, and a 16:10 one with the 16:9 page centred in it, too.)"""
    from game.engine.canvas import Canvas

    teacher = unlocked(make_app, tmp_path, size)
    teacher.do("tap:导出报告")
    app, margin = teacher.app, 40
    viewport = app.viewport
    inside = pygame.Rect(margin, margin, round(viewport.size[0] * viewport.scale),
                         round(viewport.size[1] * viewport.scale))
    for page in the_pages(teacher):
        surface = pygame.Surface((inside.w + 2 * margin, inside.h + 2 * margin))
        surface.fill(STALE)
        teacher.screen.draw(Canvas(surface, app.assets, viewport.scale, (margin, margin), viewport.size))
        touched = pygame.mask.from_threshold(surface, STALE, (1, 1, 1, 255))
        touched.invert()
        outside = [r for r in touched.get_bounding_rects() if not inside.contains(r)]
        assert not outside, f"page {page} drew outside the {viewport.size} space at {outside}"


@pytest.mark.parametrize("size", TALL)
def test_every_page_passes_the_layout_check_on_a_tall_monitor(make_app, tmp_path, size):
    """Text fits its box and overlaps nothing; sizes judged as laid out (a 1024 px wide monitor draws
    the whole game at 0.8)."""
    teacher = unlocked(make_app, tmp_path, size)
    scale = teacher.app.viewport.scale
    for page in the_pages(teacher):
        problems = record_layout(teacher.app).problems(lambda role: min_px(role) * min(1.0, scale))
        assert not problems, f"page {page}: {problems}"


def shown_missed(teacher: Teacher) -> int:
    """How many of the class's missed clues the overview lists."""
    labels = {clue.label for clue in teacher.screen.report.most_missed(100)}
    return len([e for e in record_layout(teacher.app).entries if e.kind == "text" and e.source in labels])


def test_a_4_3_monitor_lists_more_of_the_clues_missed_than_16_9(make_app, tmp_path):
    wide = unlocked(make_app, tmp_path, (1280, 720))
    assert len(wide.screen.report.most_missed(100)) >= 8  # more than either lists
    shown = shown_missed(wide)
    tall = unlocked(make_app, tmp_path, (1024, 768), plays=False)
    assert (shown, shown_missed(tall)) == (4, 7)


def test_a_window_turned_from_16_9_to_4_3_moves_the_buttons_and_keeps_the_focus(make_app, tmp_path):
    teacher = unlocked(make_app, tmp_path, (1280, 720))
    teacher.tab_to("export")
    app = teacher.app
    app.window = app._open_window((1024, 768), False)
    teacher.pilot.settle()
    assert app.viewport.size == (1280, 960) and teacher.focus() == "export"
    assert teacher.pilot.targets()["export"][1] > 720
    assert teacher.do("key:return")["screen"] == "teacher"
    assert any(tmp_path.glob("report-*.csv"))
