"""A hunt with nothing to find reads like one with clues: the same kind of question, the same
button, and a count of what was found (never of how many there are).

Before, a screen with nothing suspicious asked 有可疑的地方吗？ where the others asked 哪里可疑？,
its button read 没有可疑之处 where the others read 我找完了, and only the others showed 已找到 0/4:
a child could answer without looking at the phone."""
from __future__ import annotations

from game.screenshot import record_layout
from tests.driver import Driver

TO_THE_GENUINE_PAGE = ("tap:开始闯关", "tap:免费领玩具？", "tap:继续", "tap:option:check", "tap:知道了", "tap:继续",
                       "tap:option:sign_in", "tap:知道了")  # (level 1's way to its genuine page, by option ids)


def hunt_card(room: Driver) -> tuple[str, str, list[str]]:
    """(the step's id, the done button's label, the texts of the question's card other than the question)."""
    comic = room.screen
    entries = record_layout(room.app).entries
    card = next(e.rect for e in entries if e.role == "prompt")
    inside = [e.source for e in entries if e.kind == "text" and card[0] <= e.rect[0] < card[0] + card[2]
              and card[1] <= e.rect[1] < card[1] + card[3] and e.source != comic.shown.prompt]
    return comic.shown.id, room.screen.buttons.label_of("done"), inside


def test_a_hunt_with_nothing_to_find_looks_like_one_with_clues(app):
    room = Driver(app).act(*TO_THE_GENUINE_PAGE)
    calm = hunt_card(room)
    room.act("tap:我看完了", "tap:知道了", "tap:继续")
    clues = hunt_card(room)
    assert (calm[0], clues[0]) == ("spot_official", "spot_look")
    assert calm[1:] == clues[1:] == (app.locale("comic.hunt_done"), [app.locale("comic.hunt_found", found=0)])


def test_the_count_says_what_was_found_not_how_many_there_are(app):
    room = Driver(app).act(*TO_THE_GENUINE_PAGE, "tap:我看完了", "tap:知道了", "tap:继续", "tap:part:url")
    assert hunt_card(room)[2] == ["已找到 1 处"]


def test_every_hunt_of_every_shipped_level_asks_whether_not_where(app):
    prompts = {step.prompt for level in app.levels for step in level.steps if step.type == "redflags"}
    assert len(prompts) > 10 and all("有没有可疑的地方" in prompt for prompt in prompts), prompts


def test_enter_alone_taps_nothing_in_a_hunt_and_says_which_keys_pick_a_part(app):
    """The first part was focused: Enter, pressed through the level, tapped it (on the screen with
    nothing to find, an innocent part: 太多疑了)."""
    room = Driver(app).act(*TO_THE_GENUINE_PAGE)
    assert room.focus() is None
    room.act("key:return", "key:return")
    comic = room.screen
    assert (comic.session.hunt_wrong_taps, comic.session.hunt_found, comic.toast) == (0, (), app.locale("comic.hunt_keys"))
    room.act("key:tab")
    assert room.focus().startswith("part:")
    room.act("key:return")
    assert comic.session.hunt_wrong_taps == 1  # (an innocent part, picked and tapped on purpose)
