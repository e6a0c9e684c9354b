"""The 教师 button on the title: through the teacher PIN to the class's report and back, by mouse and by keyboard.

It sits in the top corner beside 设置, after the main buttons in the focus order
(Shift+Tab from 开始闯关 never reaches it), and a booth has none: its operator has
a PIN route of its own.
"""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.app import App, Settings
from game.classroom.teacher_config import DEFAULT_PIN
from game.engine.canvas import Canvas
from game.kiosk.config import KioskConfig
from tests.driver import Driver
from game.play import playlog
from game.ui.button import draw_button
from tests.test_teacher_screen import PIN_TAPS, today_records

WRONG_TAPS = ("tap:9", "tap:9", "tap:9", "tap:9", "tap:确定")


@pytest.fixture
def title(app, tmp_path) -> Driver:
    playlog.append(tmp_path, today_records())
    return Driver(app)


def test_the_title_has_a_teacher_button_after_the_main_buttons_and_before_quit(title):
    ids = [button_id for button_id, _ in title.pilot.buttons()]
    assert ids.index("teacher") > ids.index("start") and ids[-1] == "quit"
    assert title.screen.buttons.label_of("teacher") == "教师"


def test_a_tap_on_teacher_asks_for_the_pin(title):
    assert title.do("tap:教师")["stack"] == ["title", "teacher", "pin"]


def test_a_wrong_pin_is_refused_and_the_pad_stays(title):
    title.do("tap:教师", *WRONG_TAPS)
    assert (title.stack, title.screen.wrong, title.screen.entered) == (["title", "teacher", "pin"], 1, "")


def test_the_right_pin_after_a_wrong_one_opens_the_teacher_screen(title):
    title.do("tap:教师", *WRONG_TAPS, *PIN_TAPS)
    assert title.stack == ["title", "teacher"]
    assert title.screen.unlocked and title.screen.report.tally.records == len(today_records())


def test_back_on_the_teacher_screen_lands_on_the_title_as_the_routes_say(title):
    result = title.do("tap:教师", *PIN_TAPS, "tap:返回")
    assert (result["stack"], result["focus"], result["running"]) == (["title"], "开始闯关", True)


def test_escape_on_the_teacher_screen_lands_on_the_title(title):
    assert title.do("tap:教师", *PIN_TAPS, "key:escape")["stack"] == ["title"]


def test_escape_on_the_pin_pad_lands_on_the_title(title):
    assert title.do("tap:教师", "key:escape")["stack"] == ["title"]


def test_by_keyboard_alone_from_the_title_through_a_wrong_and_the_right_pin_and_back(title):
    title.tab_to("teacher")
    assert title.do("key:return")["stack"] == ["title", "teacher", "pin"]
    # Focus starts on 1: 1 1 1 1 then 确定 is a wrong PIN.
    title.do(*["key:return"] * 4)
    title.tab_to("key:ok")
    title.do("key:return")
    assert (title.stack, title.screen.wrong) == (["title", "teacher", "pin"], 1)
    for digit in DEFAULT_PIN:
        title.tab_to(f"key:{digit}")
        title.do("key:return")
    title.tab_to("key:ok")
    assert title.do("key:return")["stack"] == ["title", "teacher"]
    assert title.do("key:escape")["stack"] == ["title"]


def test_typing_the_pin_on_the_keyboard_and_enter_opens_the_teacher_screen(title):
    title.do("tap:教师", *(f"key:{digit}" for digit in DEFAULT_PIN), "key:return")
    assert title.stack == ["title", "teacher"] and title.screen.unlocked


def test_the_keypads_digits_and_its_enter_type_the_pin_too(title):
    title.do("tap:教师", *(f"key:keypad {digit}" for digit in DEFAULT_PIN), "key:keypad enter")
    assert title.stack == ["title", "teacher"]


def test_a_typed_digit_moves_the_focus_to_ok(title):
    assert title.do("tap:教师", "key:5")["focus"] == "确定"


def test_backspace_rubs_out_the_last_digit_and_the_pad_stays(title):
    title.do("tap:教师", "key:1", "key:2", "key:backspace")
    assert (title.stack, title.screen.entered) == (["title", "teacher", "pin"], "1")


def test_backspace_on_an_empty_pin_leaves_the_pad_open(title):
    title.do("tap:教师", "key:backspace")
    assert title.stack == ["title", "teacher", "pin"]


def test_a_mistyped_digit_rubbed_out_then_the_pin_opens_the_teacher_screen(title):
    title.do("tap:教师", "key:1", "key:9", "key:backspace", *(f"key:{d}" for d in DEFAULT_PIN[1:]), "key:return")
    assert title.stack == ["title", "teacher"]


def test_arrows_walk_the_pad_as_it_looks_from_1_down_to_0_and_right_to_ok(title):
    title.do("tap:教师")
    walk = [title.do(f"key:{way}")["focus"] for way in ("down", "down", "down", "right", "right")]
    assert walk == ["4", "7", "删除", "0", "确定"]


@pytest.mark.parametrize("keys", [("shift+tab",), ("up",), ("left",)])
def test_focus_never_wraps_from_start_onto_teacher(title, keys):
    for _ in range(len(title.screen.buttons.buttons) + 2):
        title.do(*(f"key:{k}" for k in keys))
        assert title.focus() not in ("teacher", "quit")
    assert title.focus() == "start"


def test_in_a_lesson_shift_tab_from_start_never_reaches_teacher(tmp_path, shared_assets):
    app = App(Settings(home=tmp_path, reduced_motion=True, lesson=Path("default")), headless=True)
    app.assets = shared_assets
    title = Driver(app)
    assert app.lesson is not None and title.focus() == "before"  # the lesson's first step is the main one
    for _ in range(len(title.screen.buttons.buttons) + 2):
        title.do("key:shift+tab")
        assert title.focus() not in ("teacher", "quit")


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 1024), (1280, 720)])
def test_the_teacher_button_is_a_touch_target_of_at_least_48_pixels(make_app, size):
    title = Driver(make_app(size))
    x, y, w, h = title.pilot.targets()["teacher"]
    left, top = title.app.viewport.to_real(x, y)
    right, bottom = title.app.viewport.to_real(x + w, y + h)
    assert right - left >= 48 and bottom - top >= 48


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (1280, 1024)])
def test_the_teacher_button_overlaps_no_other_button_and_its_label_fits(tmp_path, shared_assets, size, lang):
    app = App(Settings(home=tmp_path, reduced_motion=True, size=size, lang=lang), headless=True)
    app.assets = shared_assets
    title = Driver(app)
    rects = title.pilot.targets()
    tx, ty, tw, th = rects.pop("teacher")
    for button_id, (x, y, w, h) in rects.items():
        assert x >= tx + tw or x + w <= tx or y >= ty + th or y + h <= ty, button_id
    button = next(b for b in title.screen.buttons.buttons if b.id == "teacher")
    assert draw_button(Canvas(pygame.Surface((1280, 720)), app.assets, 1.0), button, False)


def test_a_booth_has_no_teacher_button(tmp_path, shared_assets):
    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, kiosk=KioskConfig(kiosk=True)), headless=True)
    app.assets = shared_assets
    booth = Driver(app)
    labels = [label for _, label in booth.pilot.buttons()]
    assert booth.stack == ["attract"] and "教师" not in labels and "teacher" not in labels
    assert "teacher" not in app.routes.available()


def test_a_title_built_in_a_booth_has_no_teacher_button(tmp_path, shared_assets):
    from game.scenes.title import TitleScene

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, kiosk=KioskConfig(kiosk=True)), headless=True)
    app.assets = shared_assets
    assert "teacher" not in TitleScene(app).buttons.targets()


# -- the screens around it lay out cleanly (the layout check of README, on screens it does not visit) --

LAYOUT_SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1024, 768), (1280, 1024)]


def layout_problems(app) -> list[str]:
    from game.screenshot import record_layout

    found = [str(p) for p in record_layout(app).problems()]
    # The 上次 tag sits on the top edge of the last profile's button on purpose.
    return [p for p in found if not (p.startswith("overlap") and ("“上次”" in p or "“Last time”" in p))]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", LAYOUT_SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_title_pin_pad_teacher_pages_seats_and_settings_lay_out_cleanly(tmp_path, size, lang):
    from game.fitcheck import _LayoutOnly
    from tests.conftest import REPO

    playlog.append(tmp_path, today_records())
    app = App(Settings(home=tmp_path, reduced_motion=True, size=size, seed=0, lang=lang), headless=True)
    app.assets = _LayoutOnly(REPO / "assets")
    title = Driver(app)
    problems: list[str] = []

    def check(name: str, small_text_allowed: bool = False) -> None:
        # The teacher's charts are dense: at 1024x768 (a scale of 0.8) their smallest text is under 16 px.
        problems.extend(f"{name}: {p}" for p in layout_problems(app)
                        if not (small_text_allowed and size == (1024, 768) and p.startswith("text too small")))

    check("title")
    title.do("tap:teacher")
    check("pin")
    title.do(*(f"tap:key:{digit}" for digit in DEFAULT_PIN), "tap:key:ok")
    for i, _ in enumerate(title.screen.pages):
        check(f"teacher page {i + 1}", small_text_allowed=True)
        title.do("tap:next")
    title.do("tap:back", "tap:seat")
    check("seats")
    title.do("tap:profile:seat-12", "tap:seat")
    check("seats with the last one marked")
    title.do("tap:nicknames")
    check("nicknames")
    title.do("tap:back", "tap:back", "tap:settings")
    check("settings")
    assert not problems, "\n".join(problems)
