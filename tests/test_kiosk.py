"""Kiosk mode through the real screens: attract, runs, idle reset, locked in, operator.

Driven as `python -m game drive --kiosk` does: presses wait until a screen's
buttons are armed, `idle:S` lets the game's clock run with no input.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.engine.intents import FULLSCREEN, QUIT, Intent
from game.kiosk.config import KioskConfig
from tests.driver import Driver


class Booth(Driver):
    def play_level_to_results(self) -> None:
        """Press each screen's way forward until the level's results show."""
        for _ in range(80):
            top = self.app.stack.top
            if top.name == "results":
                return
            ids = [b for b, _ in self.pilot.buttons()]
            pick = next((b for b in ("close", "results", "continue", "done") if b in ids), None)
            pick = pick or next(b for b in ids if b.startswith("option:"))
            self.pilot.click(pick)
            self.pilot.settle()
        raise AssertionError(f"no results; on {self.stack}")


def make_booth(tmp_path, shared_assets, **config) -> Booth:
    from game.app import App, Settings

    settings = Settings(home=tmp_path, reduced_motion=True, seed=0, kiosk=KioskConfig(kiosk=True, **config))
    app = App(settings, headless=True)
    app.assets = shared_assets
    return Booth(app)


@pytest.fixture
def booth(tmp_path, shared_assets) -> Booth:
    return make_booth(tmp_path, shared_assets, run="prize-toy")


def test_a_booth_starts_on_the_attract_loop(booth):
    assert (booth.stack, booth.do("idle:1")["buttons"][0]) == (["attract"], "点击屏幕开始挑战")


def test_a_tap_on_the_attract_screen_starts_a_run(booth):
    booth.do("tap:点击屏幕开始挑战")
    assert booth.stack == ["attract", "comic"] and booth.app.kiosk.mode.in_run


def test_forty_five_quiet_seconds_ask_if_anyone_is_there(booth):
    assert booth.do("tap:点击屏幕开始挑战", "idle:45")["screen"] == "countdown"


def test_ten_more_quiet_seconds_drop_the_run_and_the_attract_loop_returns(booth):
    booth.do("tap:点击屏幕开始挑战", "tap:继续")
    first_visitor = booth.app.player
    booth.do("idle:45", "idle:10")
    assert booth.stack == ["attract"]
    assert booth.app.player is not first_visitor and booth.app.player.answers == 0


def test_a_tap_during_the_countdown_resumes_the_run(booth):
    booth.do("tap:点击屏幕开始挑战", "idle:45", "tap:继续")
    assert booth.stack == ["attract", "comic"] and booth.app.kiosk.mode.timer.state == "playing"


def test_the_idle_clock_never_runs_in_the_attract_loop(booth):
    booth.do("idle:600")
    assert booth.stack == ["attract"] and booth.app.kiosk.mode.timer.quiet == 0


def test_escape_and_the_close_button_leave_the_booth_running(booth):
    booth.do("key:escape")
    booth.app.frame(0.1, [Intent(QUIT), Intent(FULLSCREEN)])
    assert (booth.app.running, booth.stack) == (True, ["attract"])


def test_the_menu_in_a_run_has_no_way_out_of_the_game(booth):
    result = booth.do("tap:点击屏幕开始挑战", "key:escape")
    assert result["screen"] == "pause" and "回到关卡选择" not in result["buttons"]
    booth.do("tap:回到首页")
    assert (booth.stack, booth.app.running) == (["attract"], True)


def test_the_honeypot_lure_teaches_instead_of_giving_a_prize(booth):
    result = booth.do("tap:扫码领奖")
    assert result["screen"] == "lure"
    assert booth.app.kiosk.mode.stats.day(booth.app.today().isoformat()).honeypot == 1


def test_five_corner_taps_and_the_pin_open_the_operator_screen(booth):
    booth.do(*["tap:corner"] * 5)
    assert booth.stack == ["attract", "pin"]
    result = booth.do("tap:2", "tap:5", "tap:8", "tap:0", "tap:确定")
    assert result["screen"] == "operator"


def test_the_operators_pin_can_be_typed_on_a_keyboard_too(booth):
    booth.do(*["tap:corner"] * 5)
    assert booth.do("key:2", "key:5", "key:8", "key:0", "key:return")["screen"] == "operator"


def test_the_operator_can_leave_the_program_after_confirming(booth):
    booth.do(*["tap:corner"] * 5, "tap:2", "tap:5", "tap:8", "tap:0", "tap:确定", "tap:退出程序")
    assert booth.app.running is True
    booth.do("tap:退出游戏")
    assert booth.app.running is False


def test_the_operator_reads_that_kiosk_yaml_had_mistakes(tmp_path, shared_assets):
    booth = make_booth(tmp_path, shared_assets, problems=("kiosk.yaml: pin: ...", "kiosk.yaml: board_size: ..."))
    booth.do(*["tap:corner"] * 5, "tap:2", "tap:5", "tap:8", "tap:0", "tap:确定")
    assert booth.screen.note == booth.app.locale("kiosk.config_problems", count=2)


def test_three_wrong_pins_go_back_to_the_attract_loop(booth):
    booth.do(*["tap:corner"] * 5)
    for _ in range(3):
        booth.do("tap:1", "tap:1", "tap:1", "tap:1", "tap:确定")
    assert booth.stack == ["attract"]


PIN_PAD = ["tap:corner"] * 5
OPERATOR_SCREEN = PIN_PAD + ["tap:2", "tap:5", "tap:8", "tap:0", "tap:确定"]


@pytest.mark.parametrize("where, actions", [
    ("lure", ["tap:扫码领奖"]),
    ("pin", PIN_PAD + ["tap:2"]),
    ("operator", OPERATOR_SCREEN),
    ("confirm", OPERATOR_SCREEN + ["tap:退出程序"]),
])
def test_a_screen_left_alone_outside_a_run_goes_back_to_the_attract_loop(booth, where, actions):
    """The operator who walks off leaves no 退出程序 for the next child: as long as a quiet run
    lasts (45 + 10 s), then the attract loop; a touch in between starts the wait again."""
    booth.do(*actions)
    assert booth.stack[-1] == where
    booth.do("idle:40", "key:tab", "idle:40")
    assert booth.stack[-1] == where and booth.app.running
    booth.do("idle:15")
    assert booth.stack == ["attract"] and booth.app.running and not booth.app.kiosk.mode.in_run


def test_the_attract_loop_itself_is_never_left_for_being_quiet(booth):
    booth.do("idle:600")
    assert booth.stack == ["attract"]
    booth.do("tap:扫码领奖", "idle:54")
    assert booth.stack[-1] == "lure"  # (the wait began at the lure, not in the attract loop)


def test_the_operator_exports_a_csv_with_a_byte_order_mark(booth, tmp_path):
    booth.do("tap:点击屏幕开始挑战", "idle:45", "idle:10")
    booth.do(*["tap:corner"] * 5, "tap:2", "tap:5", "tap:8", "tap:0", "tap:确定", "tap:导出 CSV")
    exported = list(tmp_path.glob("kiosk-stats-*.csv"))
    assert len(exported) == 1 and exported[0].read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_exported_csv_names_each_question_as_the_screen_does(tmp_path, shared_assets):
    """Excel showed quick:set-a:parcel-claim and prize-toy:decide_official; the key stays (for
    sums), and a last column names it: 快递理赔短信, the level's title and step, 还没答第一题."""
    import csv
    import io

    booth = make_booth(tmp_path, shared_assets, run="quick")
    stats, day = booth.app.kiosk.mode.stats, booth.app.today().isoformat()
    stats.answered(day, "quick:set-a:parcel-claim", right=False)
    stats.run_dropped(day, "prize-toy:decide_link")
    stats.run_dropped(day, "")
    booth.do(*OPERATOR_SCREEN, "tap:导出 CSV")
    raw = next(tmp_path.glob("kiosk-stats-*.csv")).read_bytes().decode("utf-8-sig")
    rows = {(r["measure"], r["item"]): r["name"] for r in csv.DictReader(io.StringIO(raw))}
    assert rows[("wrong", "quick:set-a:parcel-claim")].startswith("快递理赔短信")
    assert rows[("dropped_at", "prize-toy:decide_link")].startswith("免费领玩具？ · ")
    assert rows[("dropped_at", "start")] == booth.app.locale("kiosk.dropped_start")
    assert rows[("runs", "")] == ""


def test_a_double_tap_on_another_nickname_uses_one_re_roll_and_a_slower_second_tap_another(booth):
    booth.do("tap:点击屏幕开始挑战")
    booth.play_level_to_results()
    booth.do("tap:下一步")
    names = booth.screen.names
    assert names.rerolls_left == 3
    booth.do(f"double:{booth.app.locale('kiosk.reroll', left=3)}")
    assert names.rerolls_left == 2
    booth.do("idle:0.5", f"tap:{booth.app.locale('kiosk.reroll', left=2)}")
    assert names.rerolls_left == 1


def test_the_nicknames_a_visitor_is_offered_repeat_no_word(booth):
    booth.do("tap:点击屏幕开始挑战")
    booth.play_level_to_results()
    booth.do("tap:下一步")
    names = booth.screen.names
    offered = [names.current]
    for left in (3, 2, 1):
        booth.do("idle:0.5", f"tap:{booth.app.locale('kiosk.reroll', left=left)}")
        offered.append(names.current)
    words = booth.app.locale.words
    adjectives = [next(a for a in words("kiosk.nick_adjectives") if n.startswith(a)) for n in offered]
    animals = [next(b for b in words("kiosk.nick_animals") if n.endswith(b)) for n in offered]
    assert len(set(adjectives)) == len(set(animals)) == 4


def test_an_export_into_a_deep_data_folder_names_its_file_whole(tmp_path, shared_assets):
    """C:\\Users\\…\\AppData\\Roaming\\… does not fit the note: its first folders give way, the file's
    name never does (it was cut to kiosk-stats-2026…)."""
    from game.screenshot import record_layout
    from game.ui.paths import ELLIPSIS

    home = tmp_path.joinpath("Users", "booth-operator-account", "AppData", "Roaming", "XiaolangGame", "data")
    booth = make_booth(home, shared_assets)
    booth.do(*OPERATOR_SCREEN, "tap:导出 CSV")
    name = f"kiosk-stats-{booth.app.today().isoformat()}.csv"
    assert (home / name).is_file()
    log = record_layout(booth.app)
    note = [e for e in log.entries if e.kind == "text" and e.source.startswith("已导出")]
    assert len(note) == 1 and ELLIPSIS in note[0].source
    assert [line for line, _ in note[0].lines][0].endswith(name)  # (the name on a line of its own, whole)
    assert [p for p in log.problems() if "cut" in p or "outside" in p] == []


def test_a_path_gives_up_its_first_folders_before_its_name():
    from game.ui.paths import shown_path

    path = "/home/booth/AppData/XiaolangGame/kiosk-stats-2026-11-27.csv"
    assert shown_path(path, lambda p: True) == path
    shown = shown_path(path, lambda p: len(p) <= 45)
    assert shown.startswith("…") and shown.endswith("XiaolangGame/kiosk-stats-2026-11-27.csv") and len(shown) <= 45
    assert shown_path(path, lambda p: False).endswith("kiosk-stats-2026-11-27.csv")  # (the name, come what may)


def test_a_finished_run_takes_a_generated_nickname_onto_todays_board(booth):
    booth.do("tap:点击屏幕开始挑战")
    booth.play_level_to_results()
    booth.do("tap:下一步")
    assert booth.stack == ["attract", "nickname"]
    nickname = booth.app.stack.top.names.current
    booth.do("tap:上榜")
    assert booth.stack == ["attract", "board"]
    assert nickname in [e.nickname for _, e in booth.app.kiosk.mode.board.top("score", booth.app.today())]
    booth.do("tap:完成")
    assert booth.stack == ["attract"]


def test_the_next_visitor_sees_nothing_of_the_last_one(booth):
    booth.do("tap:点击屏幕开始挑战")
    booth.play_level_to_results()
    booth.do("tap:下一步", "tap:不上榜", "tap:完成", "tap:点击屏幕开始挑战")
    comic = booth.app.stack.top
    assert (comic.session.score, comic.session.history[:1], booth.app.player.answers) == (0, [comic.level.start], 0)


def _rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def test_two_hundred_visitors_in_one_process_leave_no_error_and_no_growing_memory(booth):
    app = booth.app
    rss = []
    for visitor in range(200):
        booth.do("tap:点击屏幕开始挑战", "tap:继续")
        for _ in range(60):  # nobody there: a minute of the game's clock, a second at a time
            app.frame(1.0, [])
        assert booth.stack == ["attract"], visitor
        if visitor in (40, 199):
            rss.append(_rss_mb())
    if rss[0] is not None:
        assert rss[1] - rss[0] < 5, rss
    day = app.kiosk.mode.stats.day(app.today().isoformat())
    assert day.runs == 200 and sum(day.dropped_at.values()) == 200


def test_a_quick_round_run_ends_on_the_board(tmp_path, shared_assets):
    booth = make_booth(tmp_path, shared_assets, run="quick", quick_items=3)
    booth.do("tap:点击屏幕开始挑战")
    assert booth.stack == ["attract", "quick"]
    for _ in range(40):
        top = booth.app.stack.top
        ids = [b for b, _ in booth.pilot.buttons()]
        if top.name == "quick" and "finish" in ids:
            break
        booth.pilot.click(next(b for b in ("close", "real") if b in ids))
        booth.pilot.settle()
    booth.do("tap:下一步")
    assert booth.stack == ["attract", "nickname"]


def test_going_home_from_a_run_ends_the_visitors_run(booth):
    booth.do("tap:点击屏幕开始挑战", "key:escape", "tap:回到首页")
    assert booth.stack == ["attract"] and not booth.app.kiosk.mode.in_run


def test_the_menu_in_a_run_holds_its_buttons_inside_its_card(booth):
    """A booth's pause card has fewer buttons, and a shorter card: each is still on it."""
    import pygame

    from game.screenshot import record_layout

    booth.do("tap:点击屏幕开始挑战", "key:escape")
    entries = record_layout(booth.app).entries
    card = next(pygame.Rect(e.rect) for e in entries if e.kind == "box" and e.role == "card" and e.name == "pause")
    ids = [b for b, _ in booth.pilot.buttons()]  # (the pause card's: the comic's are drawn beneath)
    buttons = {e.name: pygame.Rect(e.rect) for e in entries if e.kind == "box" and e.role == "button"
               and e.name in ids}
    assert set(buttons) == {"resume", "home"}
    assert all(card.contains(rect) for rect in buttons.values()), (card, buttons)


def test_the_countdown_shows_the_seconds_left_from_its_first_frame(booth, monkeypatch):
    """还在吗？ counts down from the whole countdown, never flashing 0 as it comes up."""
    from game.engine.canvas import Canvas

    shown = []
    text = Canvas.text

    def noting(self, words, *args, **kwargs):
        if "秒后回到开始画面" in words:
            shown.append(words)
        return text(self, words, *args, **kwargs)

    monkeypatch.setattr(Canvas, "text", noting)
    booth.do("tap:点击屏幕开始挑战", "idle:45")
    seconds = booth.app.kiosk.config.countdown_seconds
    assert shown and shown[0].startswith(f"{round(seconds)} 秒"), shown[:3]


@pytest.mark.parametrize("size", [5, 10])
def test_a_board_of_any_allowed_size_fits_its_cards(tmp_path, shared_assets, size):
    """The operator may ask for up to 10 rows a board: every rank, nickname and number stays on its
    card, with the visitor's own run, where it did not make the top, in a row under them."""
    import pygame

    from game.kiosk.board import BoardEntry
    from game.screenshot import record_layout

    booth = make_booth(tmp_path, shared_assets, run="quick", board_size=size)
    day = booth.app.today().isoformat()
    for i in range(size):
        booth.app.kiosk.mode.board.add(BoardEntry(f"机智小熊{i}", 100 - i, 10 - i % 7, 9 - i % 5, day))
    booth.app.kiosk.mode.signed = BoardEntry("机智小熊们的朋友", 1, 1, 1, day)
    booth.app.kiosk.mode.board.add(booth.app.kiosk.mode.signed)
    booth.app.routes.go("board")
    booth.pilot.settle()
    log = record_layout(booth.app)
    cards = {i: pygame.Rect(e.rect) for i, e in enumerate(log.entries) if e.kind == "box" and e.role == "card"}
    rows = [e for e in log.entries if e.kind == "text" and e.source.startswith("机智小熊")]
    assert len(cards) == 3 and len(rows) == 3 * (size + 1)
    for card in cards:  # the visitor's run is each card's last row
        mine = [e.rect[1] for e in rows if e.parent == card and e.source == "机智小熊们的朋友"]
        assert len(mine) == 1 and mine[0] == max(e.rect[1] for e in rows if e.parent == card)
    for row in rows:
        assert row.parent in cards and cards[row.parent].contains(pygame.Rect(row.rect)), (row.source, row.rect)
    assert log.problems() == []


def test_a_visitor_finds_their_own_run_marked_on_the_board_and_the_next_does_not(tmp_path, shared_assets):
    from game.scenes.leaderboard import board_rows

    booth = make_booth(tmp_path, shared_assets, run="quick", quick_items=3)
    booth.do("tap:点击屏幕开始挑战", *["tap:假", "tap:知道了"] * 3, "tap:下一步")
    nickname = booth.screen.names.current
    booth.do("tap:上榜")
    mode = booth.app.kiosk.mode
    assert booth.stack[-1] == "board"
    marked = [e for _, e, mine in board_rows(mode.board, "score", booth.app.today(), 5, mode.signed) if mine]
    assert [e.nickname for e in marked] == [nickname]
    booth.do("tap:完成", "tap:点击屏幕开始挑战")
    assert mode.signed is None  # (the next visitor's board marks no one's run as theirs)


OPERATOR = [*["tap:corner"] * 5, "tap:2", "tap:5", "tap:8", "tap:0", "tap:确定"]


@pytest.mark.parametrize("first, last", [(9, 18), (7, 21)])
def test_the_operator_sees_every_hour_of_a_long_day(booth, first, last):
    """A booth open 9:00-18:00 sees each of its ten hours; a longer day sums its earliest hours
    in one line; all of it, with the note an export leaves, stays on the card."""
    from game.screenshot import record_layout

    day = booth.app.kiosk.mode.stats.day(booth.app.today().isoformat())
    for hour in range(first, last + 1):
        day.runs_by_hour[str(hour)] += hour % 5 + 1
    booth.do(*OPERATOR, "tap:导出 CSV")
    log = record_layout(booth.app)
    drawn = [e.source for e in log.entries if e.kind == "text"]
    hours = [f"{h:02d}:00" for h in range(first, last + 1)]
    shown = [h for h in hours if h in drawn]
    assert shown == (hours if len(hours) <= 10 else hours[len(hours) - len(shown):])  # the latest hours
    if len(shown) < len(hours):
        earlier = sum(h % 5 + 1 for h in range(first, first + len(hours) - len(shown)))
        assert booth.app.locale("kiosk.earlier_hours", count=earlier) in drawn
    assert log.problems() == []  # (the export's note too: the file's name, then its folder, a line each)


def test_the_operator_reads_questions_by_their_names_not_their_ids(tmp_path, shared_assets):
    """Where visitors left and what they got wrong, as the operator reads it: the item's title,
    the level's title and its step, 还没答第一题; never quick:set-a:parcel-claim."""
    booth = make_booth(tmp_path, shared_assets, run="quick")
    stats, day = booth.app.kiosk.mode.stats, booth.app.today().isoformat()
    stats.answered(day, "quick:set-a:parcel-claim", right=False)
    stats.answered(day, "prize-toy:decide_link", right=False)
    stats.run_dropped(day, "")
    booth.do(*OPERATOR)
    from game.screenshot import record_layout

    drawn = [e.source for e in record_layout(booth.app).entries if e.kind == "text"]
    assert not [text for text in drawn if "quick:" in text or "prize-toy:" in text or text.startswith("start")]
    assert any(text.startswith("快递理赔短信") for text in drawn), drawn
    assert any(text.startswith("免费领玩具？ · ") for text in drawn), drawn
    assert booth.app.locale("kiosk.dropped_start") in drawn and drawn.count("×1") == 3


def test_a_long_question_name_keeps_its_count_beside_it(tmp_path, shared_assets):
    """A story step's name can fill the card's width: it takes a second line (or is cut), and its
    ×N stays at the right, never cut off with it."""
    from game.screenshot import record_layout

    booth = make_booth(tmp_path, shared_assets, run="quick")
    stats, day = booth.app.kiosk.mode.stats, booth.app.today().isoformat()
    level = booth.app.levels[0]
    for n, step in enumerate(level.steps[:3], start=2):
        for _ in range(n):
            stats.answered(day, f"{level.id}:{step.id}", right=False, refused_genuine=True)
            stats.run_dropped(day, f"{level.id}:{step.id}")
    booth.do(*OPERATOR)
    log = record_layout(booth.app)
    drawn = [e.source for e in log.entries if e.kind == "text"]
    assert sorted(t for t in drawn if t.startswith("×")) == ["×2"] * 3 + ["×3"] * 3 + ["×4"] * 3
    assert not [t for t in drawn if t.rstrip("…").endswith(" ·")]  # (every step has a name)
    assert log.problems() == []


def test_a_visitor_who_leaves_is_counted_where_they_were_not_at_their_last_answer(tmp_path, shared_assets):
    booth = make_booth(tmp_path, shared_assets, run="quick")
    booth.do("tap:点击屏幕开始挑战", "tap:假", "tap:知道了")
    on_screen = booth.screen.run_place
    booth.do("tap:菜单", "tap:回到首页")
    dropped = booth.app.kiosk.mode.stats.day(booth.app.today().isoformat()).dropped_at
    assert dict(dropped) == {on_screen: 1} and on_screen.startswith("quick:")


def test_a_visitor_who_leaves_before_answering_left_at_the_start(tmp_path, shared_assets):
    booth = make_booth(tmp_path, shared_assets, run="quick")
    booth.do("tap:点击屏幕开始挑战", "idle:45", "idle:10")
    assert dict(booth.app.kiosk.mode.stats.day(booth.app.today().isoformat()).dropped_at) == {"start": 1}


def test_a_run_whose_results_show_is_finished_even_if_the_visitor_walks_away(tmp_path, shared_assets):
    booth = make_booth(tmp_path, shared_assets, run="quick", quick_items=3)
    booth.do("tap:点击屏幕开始挑战", *["tap:假", "tap:知道了"] * 3, "idle:45", "idle:10")
    day = booth.app.kiosk.mode.stats.day(booth.app.today().isoformat())
    assert (booth.stack, day.finished, dict(day.dropped_at)) == (["attract"], 1, {})
    booth.do("tap:点击屏幕开始挑战", *["tap:假", "tap:知道了"] * 3, "tap:下一步", "tap:上榜", "tap:完成")
    assert (day.runs, day.finished) == (2, 2)  # (once each, however the visitor goes on)
