"""A screen with nothing to find, doubted (an innocent part tapped, then 我看完了), is recorded as
锡小朗 told it: too suspicious. It was written as right ("safe"): the teacher's level page read
答对 1/1 for it, and 真的却被当成假的 left it out."""
from __future__ import annotations

from datetime import date

from game.classroom import report as rp
from game.classroom.labels import Labels
from game.classroom.tally import tally
from game.play import playlog
from tests.driver import Driver

TO_THE_GENUINE_PAGE = ("tap:开始闯关", "tap:免费领玩具？", "tap:继续", "tap:option:check", "tap:知道了", "tap:继续",
                       "tap:option:sign_in", "tap:知道了")  # (level 1's way to its genuine page, by option ids)
DAY = date(2026, 11, 27)


def test_a_hunt_record_says_too_suspicious_where_nothing_was_to_find_and_something_was_tapped():
    assert playlog.hunt_record(DAY, "lv", "calm", (), (), wrong_taps=1)["verdict"] == "too_suspicious"
    assert playlog.hunt_record(DAY, "lv", "calm", (), (), wrong_taps=0)["verdict"] == "safe"
    assert playlog.hunt_record(DAY, "lv", "spot", ("a",), (), wrong_taps=2)["verdict"] == "safe"
    assert playlog.hunt_record(DAY, "lv", "spot", (), ("a",), wrong_taps=2)["verdict"] == "missed"


def hunt_records(app) -> list[dict]:
    app.player.flush(now=True)
    records, _ = playlog.read(app.player_folder)
    return [r for r in records if r["kind"] == "hunt"]


def test_the_genuine_page_doubted_is_recorded_too_suspicious_and_the_teacher_sees_it(app):
    room = Driver(app).act(*TO_THE_GENUINE_PAGE, "tap:part:title", "tap:我看完了")
    assert room.stack[-1] == "feedback"
    record = hunt_records(app)[-1]
    assert (record["step"], record["verdict"], record["wrong_taps"]) == ("spot_official", "too_suspicious", 1)
    report = rp.build(tally([record]), Labels.of(app.levels))
    hunt = report.hunts[0]
    assert (hunt.right, hunt.calm, hunt.too_suspicious) == (0, True, 1)
    assert hunt.label == app.levels[0].step("spot_official").panel.caption  # (every hunt asks the same)


def test_the_genuine_page_seen_as_fine_is_recorded_right(app):
    Driver(app).act(*TO_THE_GENUINE_PAGE, "tap:我看完了")
    record = hunt_records(app)[-1]
    assert (record["verdict"], record["wrong_taps"]) == ("safe", 0)
    hunt = rp.build(tally([record]), Labels.of(app.levels)).hunts[0]
    assert (hunt.right, hunt.too_suspicious) == (1, 0)


def test_a_booth_counts_the_doubted_page_as_a_genuine_thing_refused():
    from game.kiosk.visitor import VisitorPlayer

    calls = []

    class Stats:
        def answered(self, day, key, right, refused_genuine):
            calls.append((key, right, refused_genuine))

    visitor = VisitorPlayer(Stats(), lambda: DAY)
    visitor.record_hunt("prize-toy", "spot_official", (), (), wrong_taps=1)
    visitor.record_hunt("prize-toy", "spot_look", ("odd_url",), (), wrong_taps=1)
    assert calls == [("prize-toy:spot_official", False, True), ("prize-toy:spot_look", True, False)]


def test_a_doubted_screen_goes_into_the_notebook_and_leaves_after_two_right_days():
    from game.play.player import Player
    import tempfile
    from pathlib import Path

    home = Path(tempfile.mkdtemp())
    days = iter([DAY, DAY, date(2026, 11, 28), date(2026, 11, 29)])
    player = Player.open(home, lambda: next(days))
    change = player.record_hunt("prize-toy", "spot_official", (), (), wrong_taps=1)
    assert (change.moment_added, change.moment_right) == (True, False)
    assert [(e.step_id, e.kind) for e in player.moments()] == [("spot_official", "calm")]
    assert player.record_hunt("prize-toy", "spot_official", (), (), review=True).moment_right
    assert player.moments()  # (right on one day: still there)
    player.record_hunt("prize-toy", "spot_official", (), (), review=True)
    assert player.moments() == []


def test_the_doubted_genuine_page_is_counted_on_the_title_and_replayed_in_review(app):
    Driver(app).act(*TO_THE_GENUINE_PAGE, "tap:part:title", "tap:我看完了", "tap:知道了", "key:escape", "tap:回到首页")
    assert app.notebook_count() == 1
    room = Driver(app).act("tap:复习错题（1）")
    assert (room.stack, room.screen.shown.id) == (["title", "review", "comic"], "spot_official")
