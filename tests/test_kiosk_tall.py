"""The booth on a 4:3 or 5:4 screen: every kiosk screen uses the taller space (no dark bars),
nothing beneath an overlay jumps when it comes or goes, and a tap lands where things are drawn.

Driven headless through the real screens, as `python -m game drive --kiosk` does; what is
drawn where is read from the layout recorder (`screenshot --layout`), in real pixels.
"""
from __future__ import annotations

import dataclasses

import pytest

from game.engine.intents import TAP, Intent
from game.kiosk.config import KioskConfig
from game.screenshot import record_layout
from game.ui.button import ARM_TIME
from game.ui.comic_layout import TOP_BAR_H
from tests.driver import Driver

TALL = {(1024, 768): (1280, 960), (1280, 1024): (1280, 1024)}  # window: the logical space it gives
FOUR_THREE = (1024, 768)
PIN = ("tap:2", "tap:5", "tap:8", "tap:0", "tap:确定")
CORNER_TAPS = ("tap:corner",) * 5


def booth(tmp_path, shared_assets, size=FOUR_THREE, reduced_motion=True, **config) -> Driver:
    from game.app import App, Settings

    settings = Settings(home=tmp_path, reduced_motion=reduced_motion, seed=0, size=size,
                        kiosk=KioskConfig(kiosk=True, **{"quick_items": 3, **config}))
    app = App(settings, headless=True)
    app.assets = shared_assets
    return Driver(app)


def answers(count: int = 3) -> tuple[str, ...]:
    return ("tap:真", "tap:知道了") * count


START = "tap:点击屏幕开始挑战"
FINISHED = (START, *answers(), "tap:下一步")  # on to the nickname

# The way from the attract loop to each kiosk screen (and the overlays over them): the screen, the steps.
ROUTES = {
    "attract": ("attract", ()),
    "lure": ("lure", ("tap:扫码领奖",)),
    "quick": ("quick", (START,)),
    "countdown": ("countdown", (START, "idle:45")),
    "pause": ("pause", (START, "tap:菜单")),
    "feedback": ("feedback", (START, "tap:真")),
    "results": ("quick", (START, *answers())),
    "nickname": ("nickname", FINISHED),
    "another nickname": ("nickname", (*FINISHED, "tap:换一个（还剩 3 次）")),
    "board": ("board", (*FINISHED, "tap:上榜")),
    "all-time board": ("board", (*FINISHED, "tap:上榜", "tap:总榜")),
    "pin": ("pin", CORNER_TAPS),
    "wrong pin": ("pin", (*CORNER_TAPS, "tap:1", "tap:确定")),
    "operator": ("operator", (*CORNER_TAPS, *PIN)),
    "confirm": ("confirm", (*CORNER_TAPS, *PIN, "tap:退出程序")),
}


def reach(drive: Driver, route: str) -> None:
    screen, steps = ROUTES[route]
    drive.act(*steps)
    assert drive.screen.name == screen, drive.stack


# -- the tall space, kept by every screen and overlay ---------------------------------------------

def test_every_kiosk_screen_says_it_can_use_a_taller_screen():
    from game.scenes.attract import AttractScene
    from game.scenes.countdown import CountdownScene
    from game.scenes.leaderboard import LeaderboardScene
    from game.scenes.lure import LureScene
    from game.scenes.nickname import NicknameScene
    from game.scenes.operator import OperatorScene
    from game.scenes.pin import PinScene
    from game.scenes.quick_round import QuickRoundScene

    scenes = (AttractScene, LureScene, CountdownScene, NicknameScene, LeaderboardScene, QuickRoundScene, PinScene,
              OperatorScene)
    assert [s.__name__ for s in scenes if not s.adaptive] == []


@pytest.mark.parametrize("window", TALL, ids=lambda w: f"{w[0]}x{w[1]}")
def test_a_visitors_whole_run_stays_in_the_tall_space(tmp_path, shared_assets, window):
    drive = booth(tmp_path, shared_assets, window)
    steps = ("idle:1", START, "idle:45", "tap:继续", "tap:菜单", "key:escape", *answers(),
             "tap:下一步", "tap:换一个（还剩 3 次）", "tap:上榜", "tap:总榜", "tap:完成")
    seen = {}
    for step in steps:
        drive.act(step)
        seen.setdefault(drive.screen.name, set()).add(drive.app.viewport.size)
    assert set(seen) == {"attract", "quick", "countdown", "pause", "feedback", "nickname", "board"}
    assert seen == {name: {TALL[window]} for name in seen}


def test_the_operators_way_in_and_out_stays_in_the_tall_space(tmp_path, shared_assets):
    drive = booth(tmp_path, shared_assets)
    seen = {}
    for step in (*CORNER_TAPS, "tap:1", "tap:确定", *PIN, "tap:导出 CSV", "tap:退出程序", "tap:继续玩", "tap:返回",
                 "tap:扫码领奖"):
        drive.act(step)
        seen.setdefault(drive.screen.name, set()).add(drive.app.viewport.size)
    assert set(seen) == {"attract", "pin", "operator", "confirm", "lure"}
    assert seen == {name: {(1280, 960)} for name in seen}


def test_the_countdown_over_a_comic_leaves_the_comic_as_it_was(tmp_path, shared_assets):
    drive = booth(tmp_path, shared_assets, run="prize-toy")
    drive.act(START)
    comic_alone = [(e.role, e.rect, e.source) for e in record_layout(drive.app).entries if e.kind == "text"]
    drive.act("idle:45")
    assert drive.stack == ["attract", "comic", "countdown"] and drive.app.viewport.size == (1280, 960)
    under_the_countdown = [(e.role, e.rect, e.source) for e in record_layout(drive.app).entries
                           if e.kind == "text" and e.layer == 0]
    assert under_the_countdown == comic_alone


# -- a screen made for 16:9, centred -------------------------------------------------------------

def texts(drive: Driver) -> list[tuple[str, tuple]]:
    return [(e.source, tuple(round(v) for v in e.rect)) for e in record_layout(drive.app).entries if e.kind == "text"]


@pytest.mark.parametrize("route", [r for r in ROUTES if r != "feedback"])  # (锡小朗's card has a tall layout)
def test_on_a_4_3_screen_every_word_is_where_16_9_puts_it_moved_down_to_the_middle(tmp_path, shared_assets, route):
    def drawn(window):  # (one window at a time: pygame has one display)
        drive = booth(tmp_path / f"{window[1]}", shared_assets, window)
        reach(drive, route)
        return texts(drive)

    wide, tall = drawn((1280, 720)), drawn((1280, 960))  # both at scale 1: logical units are pixels
    in_top_bar = {"quick", "countdown", "pause"}  # the quick round's top bar stays at the top of the screen
    assert tall == [(text, (x, y if route in in_top_bar and y < TOP_BAR_H else y + 120, w, h))
                    for text, (x, y, w, h) in wide]


# -- what a tap hits is what is drawn there --------------------------------------------------------

def drawn_labels(drive: Driver) -> dict[str, list]:
    """Where each labelled button of the top screen has its label drawn (alone, or after an
    icon such as ▶): real-pixel rects by button id."""
    entries = [e for e in record_layout(drive.app).entries if e.kind == "text"]
    return {b.id: [e.rect for e in entries if e.source == b.label or e.source.endswith(" " + b.label)]
            for b in drive.screen.buttons.buttons if b.label}


def chosen_by_a_tap_at(drive: Driver, real_point) -> str | None:
    group = drive.screen.buttons
    group.age = max(group.age, ARM_TIME)  # as a person would wait before pressing
    return group.handle(Intent(TAP, drive.app.viewport.to_logical(*real_point)))


def centre(rect) -> tuple[float, float]:
    return rect[0] + rect[2] / 2, rect[1] + rect[3] / 2


@pytest.mark.parametrize("route", ROUTES)
def test_a_tap_on_a_buttons_drawn_label_chooses_that_button_on_a_tall_screen(tmp_path, shared_assets, route):
    drive = booth(tmp_path, shared_assets)
    reach(drive, route)
    assert drive.app.viewport.size == (1280, 960)
    labels = drawn_labels(drive)
    assert labels and all(labels.values()), labels  # every labelled button is drawn
    chosen = {button: [chosen_by_a_tap_at(drive, centre(r)) for r in rects] for button, rects in labels.items()}
    assert chosen == {button: [button] * len(rects) for button, rects in labels.items()}


def test_the_attract_screens_start_button_covers_the_whole_tall_screen(tmp_path, shared_assets):
    drive = booth(tmp_path, shared_assets)
    targets = drive.pilot.targets()
    assert targets["start"] == (0, 0, 1280, 960)
    assert [chosen_by_a_tap_at(drive, p) for p in ((200, 2), (1021, 2), (2, 765), (1021, 765))] == ["start"] * 4


def test_the_operators_corner_is_the_top_left_corner_of_the_tall_screen(tmp_path, shared_assets):
    drive = booth(tmp_path, shared_assets)
    assert drive.pilot.targets()["corner"] == (0, 0, 90, 90)
    assert chosen_by_a_tap_at(drive, (3, 3)) == "corner"
    drive.act(*CORNER_TAPS)
    assert drive.stack == ["attract", "pin"]


def test_the_lure_moves_down_with_the_slides_on_a_tall_screen(tmp_path, shared_assets):
    from game.scenes.attract import LURE

    drive = booth(tmp_path, shared_assets)
    x, y, w, h = LURE
    assert drive.pilot.targets()["lure"] == (x, y + 120, w, h)


# -- the quick round, centred below its top bar ----------------------------------------------------

def quick_round_of(drive: Driver, target: str):
    """The first item whose clue is on `target`, as a round of its own, on screen."""
    from game.scenes.quick_round import QuickRoundScene, load_sets

    item_set = load_sets(drive.app)[0]
    item = next(i for i in item_set.items if i.clue.target == target)
    scene = QuickRoundScene(drive.app, item_set=dataclasses.replace(item_set, items=(item,)), seed=0)
    drive.app.start(scene)
    drive.pilot.settle()
    return scene, item


def test_the_answers_are_where_the_design_puts_them_and_the_menu_stays_in_the_top_bar(tmp_path, shared_assets):
    from game.scenes.quick_round import ANSWER_RECTS

    drive = booth(tmp_path, shared_assets)
    drive.act(START)
    targets = drive.pilot.targets()
    moved = {a: (x, y + 120, w, h) for a, (x, y, w, h) in ANSWER_RECTS.items()}
    assert (targets["real"], targets["fake"], targets["menu"]) == (moved["real"], moved["fake"], (16, 8, 108, 40))


def test_the_quick_rounds_feedback_rings_the_clue_where_the_phone_draws_it_on_a_tall_screen(tmp_path,
                                                                                          shared_assets):
    drive = booth(tmp_path, shared_assets)
    _, item = quick_round_of(drive, "message:0")
    drive.pilot.click("real")
    drive.pilot.settle()
    assert drive.stack[-2:] == ["quick", "feedback"] and drive.app.viewport.size == (1280, 960)
    message = item.screen.messages[0].text
    drawn = [e.rect for e in record_layout(drive.app).entries if e.kind == "text" and e.source == message]
    (ring,) = drive.screen.plan.holes
    x0, y0 = drive.app.viewport.to_real(ring[0], ring[1])
    x1, y1 = drive.app.viewport.to_real(ring[0] + ring[2], ring[1] + ring[3])
    assert len(drawn) == 1
    tx, ty, tw, th = drawn[0]
    assert x0 <= tx and tx + tw <= x1 and y0 <= ty and ty + th <= y1, (drawn[0], (x0, y0, x1, y1))


def test_the_phone_slides_across_without_moving_up_or_down_on_a_tall_screen(tmp_path, shared_assets):
    drive = booth(tmp_path, shared_assets, reduced_motion=False)  # the phone slides right for 锡小朗's card
    scene, item = quick_round_of(drive, "message:0")
    message = item.screen.messages[0].text

    def drawn_at():
        rect = next(e.rect for e in record_layout(drive.app).entries if e.kind == "text" and e.source == message)
        return rect[0], rect[1]

    assert drive.app.viewport.size == (1280, 960)
    asking = drawn_at()
    drive.pilot.click("real")
    drive.pilot.frames(3)
    assert 0 < scene.explaining < 1
    sliding = drawn_at()
    assert sliding[0] > asking[0] and sliding[1] == asking[1]
