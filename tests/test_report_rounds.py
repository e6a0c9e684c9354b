"""The teacher's before/after check counts each child's first round of a set.

After a round, 再来一轮 replays the same items right after their answers were explained; the
report added both rounds (a set with 5 fakes showed hits 0/10 after two rounds). Now a
sitting's later rounds are logged as such, counted apart (in the report, its CSV and its
merge) and left out of the check; records from before the field get their round from the log.
"""
from __future__ import annotations

from datetime import date

from game.classroom import collect, export, page
from game.classroom.report import build
from game.locale import Locale
from game.play import playlog
from tests.driver import Driver

from conftest import LEVELS_DIR, REPO

T = Locale.load(REPO / "assets" / "locale" / "zh_CN.yaml")
DAY = "2026-11-26"


def lesson_app(home, shared_assets):
    from game.app import App, Settings

    app = App(Settings(home=home, reduced_motion=True, seed=0, lesson=LEVELS_DIR / "lessons" / "default.yaml"),
              headless=True)
    app.assets = shared_assets
    return app


def play_round(drive: Driver, label: str) -> None:
    """Every item of the round on screen answered `label` (真 or 假) by tapping, through 锡小朗's cards."""
    for _ in range(drive.screen.round.total):
        drive.act(f"tap:{label}", "tap:知道了")


def after_phase(home):
    return build(collect.from_home(home).tally).phase("after").detection


def quick(item, answer, genuine, **more):
    right = (answer == "real") == genuine
    verdict = "safe" if right else ("risky" if answer == "real" else "too_suspicious")
    return {"date": DAY, "kind": "quick", "set": "set-b", "item": item, "answer": answer, "verdict": verdict, **more}


def a_round(answer, **more):
    """Set B's ten items (five fakes f0-f4, five genuine g0-g4), all answered `answer`."""
    return [quick(f"{kind}{i}", answer, kind == "g", **more) for i in range(5) for kind in "fg"]


# -- through the real screens --------------------------------------------------------------------------

def test_a_round_played_again_is_left_out_of_the_check(tmp_path, shared_assets):
    drive = Driver(lesson_app(tmp_path, shared_assets)).act("tap:课后：真还是假")
    play_round(drive, "假")  # every fake seen through: hits 5/5 (and every genuine item refused)
    drive.act("tap:再来一轮")
    play_round(drive, "真")  # the same items again, right after their answers were explained
    after = after_phase(tmp_path)
    assert (after.hits, after.misses, after.false_alarms, after.correct_rejections) == (5, 0, 5, 0)


def test_the_round_played_again_is_logged_as_the_second_and_counted_apart(tmp_path, shared_assets):
    drive = Driver(lesson_app(tmp_path, shared_assets)).act("tap:课后：真还是假")
    play_round(drive, "假")
    drive.act("tap:再来一轮")
    play_round(drive, "真")
    records, _ = playlog.read(tmp_path)
    assert [r["round"] for r in records] == [1] * 10 + [2] * 10
    assert build(collect.from_home(tmp_path).tally).quick_again == (10, 5)


def test_the_next_child_at_the_seat_plays_a_first_round_again(tmp_path, shared_assets):
    """A seat's folder serves the next class too: picking the seat begins a new sitting."""
    drive = Driver(lesson_app(tmp_path, shared_assets)).act("tap:换座位", "tap:12", "tap:课后：真还是假")
    play_round(drive, "假")
    drive.act("tap:回到首页", "tap:换座位", "tap:12", "tap:课后：真还是假")
    play_round(drive, "假")
    records, _ = playlog.read(tmp_path / "profiles" / "seat-12")
    assert [r["round"] for r in records] == [1] * 20 and after_phase(tmp_path).fakes == 10


def test_the_teacher_screen_says_the_check_counts_first_rounds(tmp_path, shared_assets, drawn_text):
    drive = Driver(lesson_app(tmp_path, shared_assets)).act("tap:课后：真还是假")
    play_round(drive, "假")
    drive.act("tap:再来一轮")
    play_round(drive, "真")
    drive.act("tap:回到首页", "tap:教师", "tap:1", "tap:2", "tap:3", "tap:4", "tap:确定")
    drawn_text.clear()
    drive.app.draw(force=True)
    assert drive.stack == ["title", "teacher"]
    assert T("teacher.first_rounds") in drawn_text and "5/5" in drawn_text and "5/10" not in drawn_text


# -- records from before the field ---------------------------------------------------------------------

def test_older_records_played_again_at_once_are_a_later_round(tmp_path):
    playlog.append(tmp_path, a_round("fake") + a_round("real"))
    after = after_phase(tmp_path)
    assert (after.hits, after.fakes) == (5, 5)


def test_older_records_of_the_next_child_after_a_story_are_a_first_round(tmp_path):
    finish = {"date": DAY, "kind": "finish", "level": "prize-toy", "score": 1, "max_score": 2, "stars": 1}
    playlog.append(tmp_path, a_round("fake") + [finish] + a_round("real"))
    after = after_phase(tmp_path)
    assert (after.hits, after.misses, after.fakes) == (5, 5, 10)


def test_rounds_are_worked_out_per_log_so_two_seats_are_two_first_rounds(tmp_path):
    playlog.append(tmp_path / "profiles" / "seat-01", a_round("fake"))
    playlog.append(tmp_path / "profiles" / "seat-02", a_round("real"))
    after = after_phase(tmp_path)
    assert (after.hits, after.misses) == (5, 5)


# -- the files ---------------------------------------------------------------------------------------------

def test_a_report_csv_keeps_later_rounds_apart_so_a_merge_checks_first_rounds_only(tmp_path):
    records = a_round("fake", round=1) + a_round("real", round=2)
    playlog.append(tmp_path / "pc01", records)
    report = build(collect.from_home(tmp_path / "pc01").tally)
    (tmp_path / "stick").mkdir()
    (tmp_path / "stick" / "pc01.csv").write_bytes(export.csv_bytes(report, T))
    merged = build(collect.from_folders([tmp_path / "stick"]).tally)
    assert merged.phase("after").detection == report.phase("after").detection
    assert (merged.phase("after").detection.hits, merged.quick_again) == (5, (10, 5))


def test_an_older_report_csv_without_later_rounds_is_read_as_it_says(tmp_path):
    raw = export.csv_bytes(build(collect.from_home(tmp_path).tally), T)  # (the header alone)
    rows = ["quick,play,,,f0,set-b,,2,1,1,0,0.500,0" + "," * 13, "quick,play,,,g0,set-b,,2,2,0,0,1.000,1" + "," * 13]
    counts, problems = export.read_csv(raw + ("\r\n".join(rows) + "\r\n").encode(), "old.csv")
    after = build(counts).phase("after").detection
    assert (problems, after.hits, after.misses, after.correct_rejections) == ([], 1, 1, 2)


def test_the_page_says_what_the_check_counts_and_how_many_answers_were_played_again(tmp_path):
    playlog.append(tmp_path, a_round("fake", round=1) + a_round("real", round=2))
    html = page.html_page(build(collect.from_home(tmp_path).tally), T)
    assert T("teacher.first_rounds") in html
    assert T("teacher.quick_again", answered=10, right=5) in html


def test_the_game_logs_the_round_of_each_answer(tmp_path):
    from game.play.player import Player

    player = Player.open(tmp_path, lambda: date(2026, 11, 26))
    player.record_quick("set-b", "f0", "fake", True, 2)
    assert playlog.read(tmp_path)[0][0]["round"] == 2 and player.rounds_begun("set-b") == 2
