"""Every way through the screens and back, by mouse and by keyboard, through the real game.

These drive the game as `python -m game drive` does: a press goes in as a real
mouse or key event, after the screen's buttons are armed, and the stack of
screens is checked after each move. The title is always at the bottom, nothing
but a confirmed quit ends the game, and no path piles screens up.
"""
from __future__ import annotations

import io
import json

import pygame
import pytest

from game.drive import run
from tests.driver import Driver


@pytest.fixture
def drive(app) -> Driver:
    return Driver(app)


# -- the routes, by mouse ------------------------------------------------------------------

def test_the_game_starts_on_the_title(drive):
    assert drive.stack == ["title"]


def test_start_opens_the_level_list_above_the_title(drive):
    drive.do("tap:开始闯关")
    assert drive.stack == ["title", "level_select"]


def test_back_on_the_level_list_returns_to_the_title(drive):
    drive.do("tap:开始闯关", "tap:返回")
    assert drive.stack == ["title"]


def test_a_level_card_opens_the_comic_above_the_list(drive, level1):
    drive.do("tap:开始闯关", f"tap:{level1.title}")
    assert drive.stack == ["title", "level_select", "comic"]


def test_menu_then_level_list_then_back_lands_on_the_title_with_the_game_running(drive, level1):
    drive.do("tap:开始闯关", f"tap:{level1.title}", "tap:菜单", "tap:回到关卡选择")
    assert drive.stack == ["title", "level_select"]
    drive.do("tap:返回")
    assert (drive.stack, drive.app.running) == (["title"], True)


def test_menu_then_home_shows_the_title_alone(drive, level1):
    drive.do("tap:开始闯关", f"tap:{level1.title}", "tap:菜单", "tap:回到首页")
    assert drive.stack == ["title"]


def test_menu_then_continue_returns_to_the_same_step(drive, level1):
    drive.do("tap:开始闯关", f"tap:{level1.title}")
    before = drive.app.stack.top.shown.id
    drive.do("tap:菜单", "tap:继续游戏")
    assert (drive.stack[-1], drive.app.stack.top.shown.id) == ("comic", before)


def test_history_opens_over_the_comic_and_closes_back_to_it(drive, level1):
    drive.do("tap:开始闯关", f"tap:{level1.title}", "tap:回看")
    assert drive.stack == ["title", "level_select", "comic", "history"]
    drive.do("key:escape")
    assert drive.stack == ["title", "level_select", "comic"]


def _results(app, level1) -> None:
    from game.screenshot import session_at

    app.routes.go("results", session=session_at(level1, "end_safe"))
    app.stack.apply()


def test_back_on_the_results_goes_to_the_level_list(drive, level1):
    _results(drive.app, level1)
    drive.do("tap:返回")
    assert drive.stack == ["title", "level_select"]


def test_play_again_on_the_results_replaces_them_with_the_level(drive, level1):
    _results(drive.app, level1)
    drive.do("tap:再玩一次")
    assert drive.stack == ["title", "level_select", "comic"]


def test_a_thousand_results_and_back_rounds_leave_the_stack_as_deep_as_one(make_app, level1):
    app = make_app(size=(480, 270))  # small: the rounds are about the stack, not the pixels
    drive = Driver(app)
    deepest = 0
    for _ in range(1000):
        _results(app, level1)
        drive.do("tap:返回")
        deepest = max(deepest, len(app.stack))
    assert (deepest, drive.stack) == (2, ["title", "level_select"])


def test_the_review_opens_over_the_title_and_back_returns_to_it(drive, level1):
    drive.app.player.record_decision(level1.id, "decide_link", "open", "risky")
    drive.app.routes.home()  # the title counts the notebook as it opens
    drive.app.stack.apply()
    drive.do("tap:复习错题（1）")
    assert drive.stack == ["title", "review", "comic"]
    drive.do("key:escape", "tap:回到首页")
    assert drive.stack == ["title"]


# -- the same by keyboard ---------------------------------------------------------------------

def test_enter_on_the_title_starts_at_once(drive):
    drive.do("key:return")
    assert drive.stack == ["title", "level_select"]


def test_enter_on_the_level_list_opens_the_first_level(drive, level1):
    drive.do("key:return", "key:return")
    assert (drive.stack[-1], drive.app.stack.top.level.id) == ("comic", drive.app.levels[0].id)


def test_escape_on_the_level_list_returns_to_the_title(drive):
    drive.do("key:return", "key:escape")
    assert drive.stack == ["title"]


def test_escape_in_a_level_opens_the_menu_and_escape_again_closes_it(drive):
    drive.do("key:return", "key:return", "key:escape")
    assert drive.stack[-1] == "pause"
    drive.do("key:escape")
    assert drive.stack[-1] == "comic"


def test_keyboard_menu_to_level_list_and_back_keeps_the_game_running(drive):
    drive.do("key:return", "key:return", "key:escape", "key:down", "key:return")
    assert drive.stack == ["title", "level_select"]
    drive.do("key:escape")
    assert (drive.stack, drive.app.running) == (["title"], True)


def test_escape_on_the_results_goes_to_the_level_list(drive, level1):
    _results(drive.app, level1)
    drive.do("key:escape")
    assert drive.stack == ["title", "level_select"]


def test_enter_on_a_fresh_step_presses_its_main_button(drive):
    drive.do("key:return", "key:return")
    comic = drive.app.stack.top
    first = comic.shown.id
    drive.do("key:return")
    assert comic.shown.id != first


def test_every_screen_opens_with_a_focused_button(drive, level1):
    seen = {}
    for actions in (["key:return"], ["key:return"], ["key:escape"]):
        result = drive.do(*actions)
        seen[result["screen"]] = result["focus"]
    assert all(seen.values()), seen


# -- quitting asks first -------------------------------------------------------------------------

def test_quit_on_the_title_asks_before_ending(drive):
    result = drive.do("tap:退出")
    assert (result["screen"], result["running"], result["focus"]) == ("confirm", True, "继续玩")


def test_escape_on_the_title_asks_before_ending(drive):
    result = drive.do("key:escape")
    assert (result["screen"], result["running"]) == ("confirm", True)


def test_saying_no_to_quit_returns_to_the_title(drive):
    drive.do("tap:退出", "tap:继续玩")
    assert (drive.stack, drive.app.running) == (["title"], True)


def test_enter_on_the_quit_question_keeps_playing(drive):
    drive.do("tap:退出", "key:return")
    assert (drive.stack, drive.app.running) == (["title"], True)


def test_confirming_quit_ends_the_game(drive):
    drive.do("tap:退出", "tap:退出游戏")
    assert drive.app.running is False


def test_shift_tab_from_start_never_lands_on_quit(drive):
    result = drive.do("key:shift+tab", "key:shift+tab", "key:up", "key:left")
    assert result["focus"] == "开始闯关"


def test_closing_the_window_asks_first(drive):
    from game.engine.intents import QUIT, Intent

    drive.app.frame(0.5, [Intent(QUIT)])
    assert (drive.app.running, drive.app.stack.top.name) == (True, "confirm")


# -- forgiving input ---------------------------------------------------------------------------------

@pytest.fixture
def hunt_drive(tmp_path, shared_assets) -> Driver:
    """A level whose first panel's 继续 sits where the hunt's 我看完了 appears next."""
    from pathlib import Path

    from game.app import App, Settings

    folder = Path(__file__).resolve().parent / "data" / "panel_then_hunt"
    app = App(Settings(home=tmp_path, levels_dir=folder, reduced_motion=True), headless=True)
    app.assets = shared_assets
    drive = Driver(app)
    drive.do("tap:开始闯关", "tap:Hunt next")
    return drive


def test_a_double_tap_on_continue_does_not_skip_the_hunt_that_follows(hunt_drive):
    drive = hunt_drive
    comic = drive.app.stack.top
    assert comic.shown.type == "panel"
    drive.do("double:继续")
    assert (comic.shown.type, comic.session.hunts) == ("redflags", [])


def test_two_presses_queued_in_one_frame_act_once(hunt_drive):
    drive = hunt_drive
    comic = drive.app.stack.top
    pilot = drive.pilot
    pilot.until_armed()
    x, y = pilot.point_of("continue")
    event = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1, touch=False)
    from game.engine.intents import intent_for

    intent = intent_for(event, drive.app.viewport)
    drive.app.frame(1 / 60, [intent, intent])
    assert comic.session.history[-1] == comic.shown.id and comic.shown.type == "redflags"
    assert comic.session.hunts == []


def test_a_button_that_just_appeared_ignores_a_tap(hunt_drive):
    drive = hunt_drive
    comic = drive.app.stack.top
    drive.pilot.click("continue")  # the hunt's 我看完了 appears where 继续 was
    drive.app.frame(0.05, [])
    drive.pilot.tap_real(*drive.pilot.point_of("done"))
    assert (comic.shown.type, comic.session.hunts) == ("redflags", [])


# -- an empty stack ---------------------------------------------------------------------------------

def test_an_emptied_stack_falls_back_to_the_title(drive):
    drive.app.stack.pop()
    drive.app.frame(1 / 60, [])
    assert (drive.stack, drive.app.running) == (["title"], True)


# -- the drive command ----------------------------------------------------------------------------

def test_drive_prints_one_json_line_per_action(app):
    out = io.StringIO()
    code = run(app, ["tap:开始闯关", "key:escape"], out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert code == 0
    assert [(r["action"], r["screen"], r["stack"]) for r in lines] == [
        ("tap:开始闯关", "level_select", ["title", "level_select"]),
        ("key:escape", "title", ["title"])]


def test_drive_exits_1_on_a_button_that_is_not_there(app, capsys):
    out = io.StringIO()
    assert run(app, ["tap:没有这个按钮"], out) == 1
    assert "no button '没有这个按钮'" in capsys.readouterr().err


def test_drive_idle_advances_the_clock_without_input(app):
    out = io.StringIO()
    run(app, ["idle:3"], out)
    assert json.loads(out.getvalue())["screen"] == "title"


def test_drive_lists_the_visible_buttons_by_label(app):
    out = io.StringIO()
    run(app, ["idle:0.1"], out)
    assert json.loads(out.getvalue())["buttons"] == ["开始闯关", "真还是假", "复习错题", "换座位", "设置", "教师", "退出"]
