"""Kiosk mode's rules without a screen: idle reset, nicknames, boards, operator numbers, config."""
from __future__ import annotations

import csv
import io
import random
from datetime import date

from game.kiosk.board import Board, BoardEntry
from game.kiosk.config import KioskConfig, load_config
from game.kiosk.idle import ASKING, EXPIRED, IDLE, PLAYING, IdleTimer
from game.kiosk.nicknames import REROLLS, Nicknames
from game.kiosk.stats import OperatorStats
from game.kiosk.visitor import VisitorPlayer

DAY = date(2026, 11, 26)


# -- idle -------------------------------------------------------------------------------------

def test_the_idle_clock_does_not_run_in_the_attract_loop():
    timer = IdleTimer(45, 10)
    assert timer.advance(1000) == IDLE


def test_forty_five_quiet_seconds_in_a_run_ask_if_anyone_is_there():
    timer = IdleTimer(45, 10)
    timer.start_run()
    assert (timer.advance(44.9), timer.advance(0.2)) == (PLAYING, ASKING)


def test_ten_more_quiet_seconds_drop_the_run():
    timer = IdleTimer(45, 10)
    timer.start_run()
    timer.advance(45)
    assert (timer.advance(9.9), timer.advance(0.2)) == (ASKING, EXPIRED)


def test_a_touch_during_the_countdown_resumes_the_run():
    timer = IdleTimer(45, 10)
    timer.start_run()
    timer.advance(50)
    timer.touched()
    assert (timer.state, timer.quiet) == (PLAYING, 0.0)


def test_the_idle_clock_pauses_while_the_countdown_shows():
    timer = IdleTimer(45, 10)
    timer.start_run()
    timer.advance(46)
    assert timer.quiet == 46  # the countdown keeps its own time; quiet time is not added


# -- nicknames ------------------------------------------------------------------------------

def test_a_nickname_is_an_adjective_and_an_animal_from_the_lists():
    names = Nicknames(("机智的",), ("小熊",), random.Random(1))
    assert names.current == "机智的小熊"


def test_a_nickname_can_be_rerolled_three_times_then_stays():
    names = Nicknames(tuple("ABCDEFG"), tuple("abcdefg"), random.Random(2))
    rolls = [names.reroll() for _ in range(REROLLS + 2)]
    assert rolls[REROLLS - 1] == rolls[REROLLS] == rolls[REROLLS + 1] and names.rerolls_left == 0


def test_every_nickname_comes_from_the_word_lists_and_never_from_input():
    adjectives, animals = ("勇敢的", "聪明的"), ("小海豚", "小熊")
    names = Nicknames(adjectives, animals, random.Random(3))
    seen = {names.current} | {names.reroll() for _ in range(REROLLS)}
    assert seen <= {a + b for a in adjectives for b in animals}


def test_a_visitors_nicknames_share_no_word_while_the_lists_have_new_ones():
    adjectives, animals = tuple(f"a{i}" for i in range(10)), tuple(f"b{i}" for i in range(10))
    shared = []
    for seed in range(100):
        names = Nicknames(adjectives, animals, random.Random(seed))
        offered = [names.current] + [names.reroll() for _ in range(REROLLS)]
        a, b = [name[:2] for name in offered], [name[2:] for name in offered]
        if len(set(a)) < REROLLS + 1 or len(set(b)) < REROLLS + 1:
            shared.append(seed)
    assert shared == []


def test_a_reroll_offers_another_nickname_whenever_there_is_one():
    names = Nicknames(("机智的",), ("小熊", "小鹿"), random.Random(4))
    first = names.current
    assert names.reroll() != first


# -- boards -------------------------------------------------------------------------------------

def test_todays_board_shows_only_todays_runs(tmp_path):
    board = Board(tmp_path / "b.json")
    board.add(BoardEntry("机智小熊", 80, 4, 2, "2026-11-25"))
    board.add(BoardEntry("勇敢海豚", 50, 2, 1, "2026-11-26"))
    assert [e.nickname for _, e in board.top("score", DAY)] == ["勇敢海豚"]


def test_the_all_time_board_ranks_every_day(tmp_path):
    board = Board(tmp_path / "b.json")
    board.add(BoardEntry("机智小熊", 80, 4, 2, "2026-11-25"))
    board.add(BoardEntry("勇敢海豚", 50, 6, 1, "2026-11-26"))
    assert ([e.nickname for _, e in board.top("score")], [e.nickname for _, e in board.top("clues")]) == (
        ["机智小熊", "勇敢海豚"], ["勇敢海豚", "机智小熊"])


def test_a_visitors_own_run_is_found_on_the_board_not_an_equal_one(tmp_path):
    """Two visitors may draw the same nickname and score: the board tells which run is whose."""
    from game.scenes.leaderboard import board_rows

    board = Board(tmp_path / "b.json")
    earlier, theirs = BoardEntry("机智小熊", 80, 4, 2, "2026-11-26"), BoardEntry("机智小熊", 80, 4, 2, "2026-11-26")
    for entry in (earlier, BoardEntry("勇敢海豚", 90, 1, 1, "2026-11-26"), theirs):
        board.add(entry)
    assert (board.rank(theirs, "score", DAY), board.rank(earlier, "score", DAY)) == (2, 2)  # (a tie)
    assert [(rank, theirs_) for rank, _, theirs_ in board_rows(board, "score", DAY, 5, theirs)] == [
        (1, False), (2, False), (2, True)]
    assert board.rank(theirs, "score", date(2026, 11, 27)) is None  # (not on another day's board)


def test_equal_numbers_share_a_rank_and_nobody_is_best_at_nothing(tmp_path):
    """Six perfect runs are all first (the earlier above); a run with 0 clues is on no clue board."""
    board = Board(tmp_path / "b.json")
    for i in range(6):
        board.add(BoardEntry(f"小熊{i}", 8, 5, 3, "2026-11-26"))
    newcomer, nothing = BoardEntry("小熊6", 8, 5, 3, "2026-11-26"), BoardEntry("小猫", 0, 0, 2, "2026-11-26")
    board.add(newcomer)
    board.add(nothing)
    assert [(rank, e.nickname) for rank, e in board.top("score", DAY)] == [(1, f"小熊{i}") for i in range(5)]
    assert (board.rank(newcomer, "score", DAY), board.rank(nothing, "score", DAY)) == (1, None)
    assert [e.nickname for _, e in board.top("genuine", DAY, 10)][-1] == "小猫"
    assert (board.entries_of(DAY), board.entries_of(date(2026, 11, 27)), board.top("score", date(2026, 11, 27))) == (
        8, 0, [])


def test_a_run_below_the_top_is_shown_under_it_with_its_rank(tmp_path):
    from game.scenes.leaderboard import board_rows

    board = Board(tmp_path / "b.json")
    for i in range(7):
        board.add(BoardEntry(f"小熊{i}", 90 - i, 4, 2, "2026-11-26"))
    theirs = BoardEntry("慢慢的小蜗牛", 10, 9, 0, "2026-11-26")
    board.add(theirs)
    assert [(rank, e.nickname, mine) for rank, e, mine in board_rows(board, "score", DAY, 5, theirs)][-2:] == [
        (5, "小熊4", False), (8, "慢慢的小蜗牛", True)]
    assert [(rank, mine) for rank, _, mine in board_rows(board, "clues", DAY, 5, theirs)][0] == (1, True)
    assert not any(mine for _, _, mine in board_rows(board, "score", DAY, 5, None))


def test_the_board_survives_a_restart(tmp_path):
    Board(tmp_path / "b.json").add(BoardEntry("机智小熊", 80, 4, 2, "2026-11-26"))
    assert Board.load(tmp_path / "b.json").top("genuine", DAY)[0][1].nickname == "机智小熊"


def test_the_board_stores_no_answers(tmp_path):
    Board(tmp_path / "b.json").add(BoardEntry("机智小熊", 80, 4, 2, "2026-11-26"))
    stored = (tmp_path / "b.json").read_text(encoding="utf-8")
    assert "quick:" not in stored and "step" not in stored


# -- operator numbers ------------------------------------------------------------------------------

def _stats(tmp_path) -> OperatorStats:
    stats = OperatorStats(tmp_path / "s.json")
    stats.run_started("2026-11-26", 14)
    stats.run_started("2026-11-26", 14)
    stats.run_finished("2026-11-26")
    stats.run_dropped("2026-11-26", "quick:set-a:sms-parcel")
    stats.answered("2026-11-26", "quick:set-a:school-app", False, refused_genuine=True)
    stats.honeypot_tapped("2026-11-26")
    return stats


def test_the_csv_starts_with_a_byte_order_mark_for_excel_and_wps(tmp_path):
    assert _stats(tmp_path).csv_bytes().startswith(b"\xef\xbb\xbf")


def test_the_csv_reads_back_as_utf8_with_its_columns(tmp_path):
    rows = list(csv.DictReader(io.StringIO(_stats(tmp_path).csv_bytes().decode("utf-8-sig"))))
    found = {(r["measure"], r["item"]): int(r["count"]) for r in rows}
    assert (found[("runs_in_hour", "14:00")], found[("runs", "")], found[("finished", "")],
            found[("genuine_refused", "quick:set-a:school-app")], found[("honeypot_taps", "")]) == (2, 2, 1, 1, 1)


def test_the_operator_numbers_hold_no_nickname(tmp_path):
    stats = _stats(tmp_path)
    board = Board(tmp_path / "b.json")
    board.add(BoardEntry("机智小熊", 80, 4, 2, "2026-11-26"))
    stats.save()
    assert "机智小熊" not in (tmp_path / "s.json").read_text(encoding="utf-8")
    assert "机智小熊" not in stats.csv_bytes().decode("utf-8-sig")


def test_the_operator_numbers_survive_a_restart(tmp_path):
    _stats(tmp_path).save()
    assert OperatorStats.load(tmp_path / "s.json").day("2026-11-26").runs == 2


# -- a visitor ---------------------------------------------------------------------------------------

def test_a_visitor_keeps_no_notebook(tmp_path):
    visitor = VisitorPlayer(OperatorStats(tmp_path / "s.json"), lambda: DAY)
    visitor.record_decision("prize-toy", "decide", "open", "risky")
    assert visitor.notebook_count() == 0 and not list(tmp_path.iterdir())


def test_a_visitors_answers_reach_the_operator_numbers_without_a_name(tmp_path):
    stats = OperatorStats(tmp_path / "s.json")
    visitor = VisitorPlayer(stats, lambda: DAY)
    visitor.record_quick("set-a", "school-app", "fake", right=False)  # a genuine notice called fake
    day = stats.day(DAY.isoformat())
    assert (day.wrong["quick:set-a:school-app"], day.genuine_refused["quick:set-a:school-app"]) == (1, 1)


# -- config ---------------------------------------------------------------------------------------------

def test_a_missing_kiosk_config_gives_the_defaults(tmp_path):
    assert load_config(tmp_path / "kiosk.yaml") == (KioskConfig(), [])


def test_a_booth_started_with_a_mistake_in_kiosk_yaml_writes_it_to_warnings_log(tmp_path):
    """A booth runs with pythonw (no console): what was wrong in kiosk.yaml goes to warnings.log."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    (tmp_path / "kiosk.yaml").write_text("kiosk: true\npin: 0123\nboard_size: 40\n", encoding="utf-8")
    env = {**os.environ, "XIAOLANG_HOME": str(tmp_path), "PYTHONPATH": str(repo)}
    done = subprocess.run([sys.executable, "main.py", "--frames", "3"], cwd=repo, env=env, capture_output=True,
                          text=True, timeout=120)  # (a process of its own: the game quits pygame as it ends)
    assert done.returncode == 0, done.stderr
    logged = (tmp_path / "warnings.log").read_text(encoding="utf-8")
    assert "pin:" in logged and "board_size:" in logged


def test_a_wrong_value_is_reported_and_its_default_used(tmp_path):
    (tmp_path / "kiosk.yaml").write_text("idle_seconds: 2\npin: 12\nkiosk: true\n", encoding="utf-8")
    config, problems = load_config(tmp_path / "kiosk.yaml")
    assert (config.idle_seconds, config.pin, config.kiosk, len(problems)) == (45.0, "2580", True, 2)
