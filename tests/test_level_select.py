"""The level list: a shelf of comic covers, a page at a time, from which any level can be played again.

The screens are driven as a person would (taps by visible label, real key presses)
through the real game, headless. What a card shows is read from the layout
recorder: the boxes and texts the screen actually drew.
"""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.cli import main as command
from game.levels.translate import is_translation
from game.pilot import Pilot
from game.scenes.level_select import COLUMNS, PER_PAGE, LevelSelectScene, shelf_layout
from game.screenshot import record_layout
from game.ui import cover

LEVELS = Path(__file__).resolve().parents[1] / "levels"
SIZES = [(1280, 720), (1920, 1080), (1024, 768), (1280, 1024)]


def size_id(size) -> str:
    return f"{size[0]}x{size[1]}"


def open_list(app) -> Pilot:
    """The title, then 开始闯关: the level list on its first page."""
    pilot = Pilot(app)
    app.routes.home()
    app.stack.apply()
    pilot.settle()
    pilot.click(pilot.find("开始闯关"))
    pilot.settle()
    assert app.stack.top.name == "level_select"
    return pilot


def shown_ids(app) -> list[str]:
    return [level.id for level in app.stack.top.shown_levels()]


def card_parts(app, level_id: str) -> list[tuple[str, str, str]]:
    """What was drawn inside the card of this level: (role, name, text) of each box and text;
    a text takes the name of the box it sits in."""
    log = record_layout(app)
    card = next(i for i, e in enumerate(log.entries) if e.role == "level" and e.name == level_id)
    parts = []
    for i, e in enumerate(log.entries):
        if card in log.ancestors(i):
            name = log.entries[e.parent].name if e.kind == "text" and e.parent is not None else e.name
            parts.append((e.role, name, " ".join(t for t, _ in e.lines)))
    return parts


def new_mark(app, level_id: str) -> str | None:
    """The word on the 新 mark of the level's card, or None when it has none."""
    return next((text for role, name, text in card_parts(app, level_id) if name == "new" and text), None)


def finish(app, level, stars: int = 3) -> None:
    app.player.record_finish(level.id, 10 * stars, 30, stars)


def press(pilot, key: int) -> None:
    pilot.key(key)
    pilot.settle()


# -- what is on the shelf ------------------------------------------------------------------------

def test_every_shipped_level_appears_on_exactly_one_page(app):
    open_list(app)
    scene = app.stack.top
    seen = []
    for page in range(scene.pages):
        scene.page = page
        seen += shown_ids(app)
    assert seen == [level.id for level in app.levels]


def test_a_page_holds_six_covers_numbered_in_campaign_order(app):
    pilot = open_list(app)
    pilot.click(pilot.find("下一页"))
    pilot.settle()
    numbers = [text for level_id in shown_ids(app) for role, _, text in card_parts(app, level_id)
               if role == "number" and text]
    assert numbers == [str(n) for n in range(PER_PAGE + 1, 2 * PER_PAGE + 1)]


def test_a_cover_shows_the_title_and_the_fraud_type(app):
    open_list(app)
    level = app.levels[0]
    texts = [text for role, _, text in card_parts(app, level.id)]
    assert level.title in texts and level.fraud_type in texts


def test_an_unplayed_level_wears_the_new_mark(app):
    open_list(app)
    assert new_mark(app, app.levels[0].id) == "新"


def test_a_finished_level_has_no_new_mark_and_shows_its_stars(app):
    finish(app, app.levels[0], stars=2)
    open_list(app)
    texts = [text for _, _, text in card_parts(app, app.levels[0].id)]
    assert (new_mark(app, app.levels[0].id), "2/3 星" in texts) == (None, True)


def test_a_level_given_up_halfway_is_still_new(app):
    pilot = open_list(app)
    pilot.click(f"level:{app.levels[1].id}")
    pilot.settle()
    app.routes.go("levels", level_id=app.levels[1].id)
    app.stack.apply()
    pilot.settle()
    assert new_mark(app, app.levels[1].id) == "新"


# -- playing from it ---------------------------------------------------------------------------

def test_tapping_a_cover_starts_that_level(app):
    pilot = open_list(app)
    level = app.levels[2]
    pilot.click(pilot.find(level.title))
    assert (app.stack.top.name, app.stack.top.level.id) == ("comic", level.id)


def test_a_finished_level_can_be_played_again_from_its_cover(app):
    level = app.levels[0]
    finish(app, level)
    pilot = open_list(app)
    pilot.click(pilot.find(level.title))
    assert (app.stack.top.name, app.stack.top.level.id) == ("comic", level.id)


def test_a_level_on_a_later_page_starts_from_its_cover(app):
    pilot = open_list(app)
    level = app.levels[-1]
    while level.id not in shown_ids(app):
        pilot.click(pilot.find("下一页"))
        pilot.settle()
    pilot.click(pilot.find(level.title))
    assert (app.stack.top.name, app.stack.top.level.id) == ("comic", level.id)


def test_enter_on_the_focused_cover_starts_it(app):
    pilot = open_list(app)
    press(pilot, pygame.K_RIGHT)
    press(pilot, pygame.K_RETURN)
    assert (app.stack.top.name, app.stack.top.level.id) == ("comic", app.levels[1].id)


def test_down_from_the_first_cover_goes_to_the_cover_below_it(app):
    pilot = open_list(app)
    press(pilot, pygame.K_DOWN)
    assert app.stack.top.buttons.focused_id == f"level:{app.levels[COLUMNS].id}"


def test_up_from_a_cover_in_the_bottom_row_goes_to_the_cover_above_it(app):
    pilot = open_list(app)
    app.stack.top.buttons.focus_on(f"level:{app.levels[COLUMNS + 1].id}")
    press(pilot, pygame.K_UP)
    assert app.stack.top.buttons.focused_id == f"level:{app.levels[1].id}"


def test_right_at_the_end_of_the_top_row_goes_on_to_the_first_cover_of_the_next(app):
    pilot = open_list(app)
    for _ in range(COLUMNS):
        press(pilot, pygame.K_RIGHT)
    assert app.stack.top.buttons.focused_id == f"level:{app.levels[COLUMNS].id}"


def test_down_from_the_bottom_rows_first_cover_goes_to_previous_page_under_it(app):
    pilot = open_list(app)
    for key in (pygame.K_DOWN, pygame.K_DOWN):
        press(pilot, key)
    assert app.stack.top.buttons.focused_id == "prev_page"


def test_up_from_the_first_cover_goes_to_back_above_it(app):
    pilot = open_list(app)
    press(pilot, pygame.K_UP)
    assert app.stack.top.buttons.focused_id == "back"


def test_the_list_opens_on_the_page_of_the_level_just_played(app):
    scene = LevelSelectScene(app, level_id=app.levels[PER_PAGE].id)
    assert (scene.page, scene.buttons.focused_id) == (1, f"level:{app.levels[PER_PAGE].id}")


# -- pages ------------------------------------------------------------------------------------

def test_next_page_by_mouse_shows_the_next_six_and_previous_comes_back(app):
    pilot = open_list(app)
    pilot.click(pilot.find("下一页"))
    pilot.settle()
    second = shown_ids(app)
    pilot.click(pilot.find("上一页"))
    pilot.settle()
    assert (second, shown_ids(app)) == ([lv.id for lv in app.levels[PER_PAGE:2 * PER_PAGE]],
                                        [lv.id for lv in app.levels[:PER_PAGE]])


def test_next_page_by_keyboard_tab_then_enter(app):
    pilot = open_list(app)
    scene = app.stack.top
    while scene.buttons.focused_id != "next_page":
        press(pilot, pygame.K_TAB)
    press(pilot, pygame.K_RETURN)
    assert (scene.page, scene.buttons.focused_id) == (1, "next_page")


def test_previous_page_on_the_first_page_goes_round_to_the_last(app):
    pilot = open_list(app)
    pilot.click(pilot.find("上一页"))
    pilot.settle()
    assert shown_ids(app) == [lv.id for lv in app.levels[(app.stack.top.pages - 1) * PER_PAGE:]]


def test_escape_goes_back_to_the_title(app):
    pilot = open_list(app)
    press(pilot, pygame.K_ESCAPE)
    assert [s.name for s in app.stack.scenes] == ["title"]


# -- covers are pictures, made once -------------------------------------------------------------

def test_drawing_the_list_twice_renders_no_cover_again(app):
    open_list(app)
    covers = cover.covers_for(app.assets)
    app.draw(force=True)
    before = covers.renders
    app.draw(force=True)
    app.draw(force=True)
    assert covers.renders == before


def test_turning_back_to_a_page_renders_no_cover_again(app):
    pilot = open_list(app)
    covers = cover.covers_for(app.assets)
    pilot.click(pilot.find("下一页"))
    pilot.settle()
    app.draw(force=True)
    before = covers.renders
    pilot.click(pilot.find("上一页"))
    pilot.settle()
    pilot.click(pilot.find("下一页"))
    pilot.settle()
    app.draw(force=True)
    assert covers.renders == before


def test_the_cover_cache_keeps_at_most_its_limit(app):
    cache = cover.CoverCache(limit=3)
    for level in app.levels[:5]:
        cache.picture(app.assets, level, cover.level_art(app, level), (64, 32))
    assert (len(cache), cache.renders) == (3, 5)


def test_a_cover_is_the_panel_the_level_opens_on(level1):
    assert cover.cover_panel(level1) is level1.step(level1.start).panel


# -- every screen shape ---------------------------------------------------------------------------

@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_list_lays_out_cleanly(make_app, size):
    app = make_app(size=size)
    finish(app, app.levels[1])  # a card with stars beside cards with the 新 mark
    open_list(app)
    assert record_layout(app).problems() == []


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)], ids=size_id)
def test_the_list_lays_out_cleanly_in_english(tmp_path, shared_assets, size):
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, reduced_motion=True, size=size, lang="en"), headless=True)
    app.assets = shared_assets
    finish(app, app.levels[0])
    pilot = Pilot(app)
    app.routes.go("levels")
    app.stack.apply()
    pilot.settle()
    assert (app.locale("levels.new_mark"), record_layout(app).problems()) == ("NEW", [])


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 1024)], ids=size_id)
def test_covers_and_page_buttons_are_at_least_48_pixels_to_touch(make_app, size):
    app = make_app(size=size)
    open_list(app)
    scale = app.viewport.scale
    small = {b.id: (round(b.rect[2] * scale), round(b.rect[3] * scale)) for b in app.stack.top.buttons.buttons
             if min(b.rect[2], b.rect[3]) * scale < 48}
    assert small == {}


@pytest.mark.parametrize("size", [(1280, 720), (1280, 960), (1280, 1024)], ids=size_id)
def test_the_covers_stay_apart_and_on_screen(size):
    shelf = shelf_layout(size)
    rects = list(shelf.cards) + [shelf.prev, shelf.next, shelf.guide]
    inside = all(0 <= x and 0 <= y and x + w <= size[0] and y + h <= size[1] for x, y, w, h in rects)
    apart = all(a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]
                for i, a in enumerate(rects) for b in rects[i + 1:])
    assert (inside, apart) == (True, True)


def test_a_4_3_screen_gets_larger_covers():
    assert shelf_layout((1280, 960)).cards[0][2] > shelf_layout((1280, 720)).cards[0][2]


def test_a_window_changing_shape_keeps_the_page_and_the_focus(app):
    pilot = open_list(app)
    pilot.click(pilot.find("下一页"))
    pilot.settle()
    scene = app.stack.top
    scene._place((1280, 960))
    assert (scene.page, scene.buttons.focused_id, scene.buttons.targets()["prev_page"]) == \
        (1, "next_page", shelf_layout((1280, 960)).prev)


# -- the contact sheet ----------------------------------------------------------------------------

def test_the_covers_command_writes_one_sheet_of_every_level(tmp_path, capsys):
    out = tmp_path / "covers.png"
    assert command(["covers", "--out", str(out)]) == 0
    sheet = pygame.image.load(str(out))
    shipped = [p for p in LEVELS.glob("*.yaml") if not is_translation(p)]
    rows = -(-len(shipped) // cover.SHEET_COLUMNS)
    assert (sheet.get_height() > rows * 200, f"covers of {len(shipped)} levels" in capsys.readouterr().out) == \
        (True, True)
