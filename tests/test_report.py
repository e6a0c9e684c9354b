"""The teacher's report: recorded plays with known answers give a known table.

Play-log lines are written by hand here, so every number a teacher reads can be
checked against a count made by a person: per decision, per clue, per 真还是假
item, before and after with d′ (the arithmetic is in the test), reviews apart,
three PCs merged, and the files (CSV for Excel and WPS, the printable page) and
the `report` command itself.
"""
from __future__ import annotations

import csv
import io
import math
import re

import pytest

from game.classroom import collect, export, page
from game.classroom.dprime import Detection, loglinear
from game.classroom.report import (DEFAULT_PHASES, PLAY, REVIEW, ChangeLine, Labels, Phase, build, lesson_phases,
                                   reading, tally)
from game.locale import Locale
from game.play import playlog

from conftest import REPO, run_python

DAY = "2026-11-26"
T = Locale.load(REPO / "assets" / "locale" / "zh_CN.yaml")


def decision(level, step, option, verdict, review=False, day=DAY):
    return {"date": day, "kind": "decision", "level": level, "step": step, "option": option, "verdict": verdict,
            "review": review}


def hunt(level, step, found, missed, review=False, day=DAY):
    return {"date": day, "kind": "hunt", "level": level, "step": step, "verdict": "missed" if missed else "safe",
            "found": list(found), "missed": list(missed), "review": review}


def quick(set_id, item, answer, genuine, day=DAY):
    """A 真还是假 answer as the game logs it (no 'genuine' field: the verdict tells), in a player's
    first round of the set (a class's answers: each its own child's)."""
    right = (answer == "real") == genuine
    verdict = "safe" if right else ("risky" if answer == "real" else "too_suspicious")
    return {"date": day, "kind": "quick", "set": set_id, "item": item, "answer": answer, "verdict": verdict,
            "round": 1}


def answers(set_id, hits, misses, false_alarms, correct_rejections):
    """A class's answers to one set: fakes f0..f4 and genuine items g0..g4, spread over the items."""
    out = [quick(set_id, f"f{i % 5}", "fake", False) for i in range(hits)]
    out += [quick(set_id, f"f{i % 5}", "real", False) for i in range(misses)]
    out += [quick(set_id, f"g{i % 5}", "fake", True) for i in range(false_alarms)]
    out += [quick(set_id, f"g{i % 5}", "real", True) for i in range(correct_rejections)]
    return out


# Six answers at one decision: three safe, two of option b, one of option c.
LEVEL_PLAYS = [
    decision("lv", "d1", "a", "safe"), decision("lv", "d1", "a", "safe"), decision("lv", "d1", "a", "safe"),
    decision("lv", "d1", "b", "risky"), decision("lv", "d1", "b", "risky"), decision("lv", "d1", "c", "risky"),
    # A genuine situation: going ahead is right, refusing it is too suspicious.
    decision("lv", "d2", "go", "safe"), decision("lv", "d2", "refuse", "too_suspicious"),
    decision("lv", "d2", "refuse", "too_suspicious"),
    hunt("lv", "h1", ["url", "id"], []), hunt("lv", "h1", ["url"], ["id"]), hunt("lv", "h1", [], ["url", "id"]),
    {"date": DAY, "kind": "finish", "level": "lv", "score": 30, "max_score": 60, "stars": 1},
    {"date": DAY, "kind": "finish", "level": "lv", "score": 60, "max_score": 60, "stars": 3},
]


def report_of(records, phases=DEFAULT_PHASES, labels=None):
    return build(tally(records), labels, phases)


# -- per level and per decision ----------------------------------------------------------------------

def test_a_decision_counts_answers_and_right_answers():
    d1 = report_of(LEVEL_PLAYS).for_level("lv")[0][0]
    assert (d1.step, d1.answered, d1.right, d1.risky, d1.too_suspicious) == ("d1", 6, 3, 3, 0)
    assert d1.share_right == 0.5


def test_the_most_common_wrong_choice_is_the_wrong_option_chosen_most():
    d1 = report_of(LEVEL_PLAYS).for_level("lv")[0][0]
    assert (d1.top_wrong.option, d1.top_wrong.count) == ("b", 2)


def test_refusing_a_genuine_situation_is_counted_as_too_suspicious():
    d2 = report_of(LEVEL_PLAYS).for_level("lv")[0][1]
    assert (d2.genuine, d2.answered, d2.right, d2.too_suspicious) == (True, 3, 1, 2)
    assert d2.top_wrong.option == "refuse"


def test_a_decision_where_refusing_is_right_is_not_a_genuine_situation():
    assert report_of(LEVEL_PLAYS).for_level("lv")[0][0].genuine is False


def test_a_hunt_counts_hunts_with_nothing_missed_and_each_clue_found_and_missed():
    report = report_of(LEVEL_PLAYS)
    _, hunts, clues = report.for_level("lv")
    assert [(h.answered, h.right) for h in hunts] == [(3, 1)]
    assert [(c.clue, c.found, c.missed) for c in clues] == [("id", 1, 2), ("url", 2, 1)]  # most missed first


def test_the_most_missed_clues_across_levels_come_first():
    records = LEVEL_PLAYS + [hunt("other", "h", [], ["qr"])] * 3
    assert [c.clue for c in report_of(records).most_missed(2)] == ["qr", "id"]


def test_finished_plays_add_up_their_scores():
    (level,) = report_of(LEVEL_PLAYS).levels
    assert (level.finished, level.score, level.max_score, level.share_score) == (2, 90, 120, 0.75)


def test_reviews_are_counted_apart_from_plays():
    records = LEVEL_PLAYS + [decision("lv", "d1", "a", "safe", review=True), hunt("lv", "h1", [], ["id"], review=True)]
    report = report_of(records)
    plays, reviews = report.for_level("lv", PLAY), report.for_level("lv", REVIEW)
    assert plays[0][0].answered == 6 and plays[1][0].answered == 3
    assert [(d.step, d.answered, d.right) for d in reviews[0]] == [("d1", 1, 1)]
    assert [(h.answered, h.right) for h in reviews[1]] == [(1, 0)]


def test_labels_come_from_the_installed_level(level1):
    step = next(s for s in level1.steps if s.type == "decision")
    risky = next(o for o in step.options if o.verdict == "risky")
    report = report_of([decision(level1.id, step.id, risky.id, "risky")], labels=Labels.of([level1]))
    line = report.decisions[0]
    assert report.levels[0].title == level1.title
    assert line.top_wrong.label == risky.label
    # Every decision asks 吴小清会怎么做？, so a decision is named by its situation.
    assert line.label == step.panel.caption


def test_levels_unknown_here_keep_their_ids():
    report = report_of([decision("pack/unknown", "s", "o", "risky")])
    assert (report.levels[0].title, report.decisions[0].label, report.decisions[0].top_wrong.label) == \
        ("pack/unknown", "s", "o")


def test_records_outside_the_dates_asked_for_are_not_counted():
    records = [decision("lv", "d1", "a", "safe", day="2026-11-25"), decision("lv", "d1", "a", "safe"),
               decision("lv", "d1", "a", "safe", day="2026-11-27")]
    counts = tally(records, DAY, DAY)
    assert (counts.records, counts.first_date, counts.last_date) == (1, DAY, DAY)


def test_records_the_report_does_not_know_are_ignored_not_raised():
    counts = tally([{"kind": "decision", "level": "lv"}, {"kind": "future"}, "not a record",
                    {"date": DAY, "kind": "finish", "level": "lv", "score": -1, "max_score": 5}, LEVEL_PLAYS[0]])
    assert (counts.records, counts.ignored) == (1, 4)


# -- the quick round ---------------------------------------------------------------------------------

def test_a_quick_item_counts_answers_right_answers_and_genuine_ones_refused():
    records = [quick("set-a", "notice", "real", True), quick("set-a", "notice", "fake", True),
               quick("set-a", "notice", "fake", True), quick("set-a", "skin", "real", False)]
    lines = {q.item: q for q in report_of(records).quick}
    assert (lines["notice"].genuine, lines["notice"].answered, lines["notice"].right,
            lines["notice"].too_suspicious) == (True, 3, 1, 2)
    assert (lines["skin"].genuine, lines["skin"].wrong, lines["skin"].too_suspicious) == (False, 1, 0)


def test_a_quick_record_that_says_genuine_and_right_is_read_as_it_says():
    record = {"date": DAY, "kind": "quick", "set": "set-a", "item": "x", "answer": "fake", "right": False,
              "genuine": True}
    (line,) = report_of([record]).quick
    assert (line.genuine, line.right, line.too_suspicious) == (True, 0, 1)


def test_before_and_after_hits_false_alarms_and_d_prime_computed_by_hand():
    # A class answers 20 fakes and 20 genuine items before the lesson (set-a) and after it (set-b).
    records = answers("set-a", hits=12, misses=8, false_alarms=6, correct_rejections=14)
    records += answers("set-b", hits=19, misses=1, false_alarms=2, correct_rejections=18)
    report = report_of(records)
    before, after = report.phase("before").detection, report.phase("after").detection
    assert (before.hits, before.misses, before.false_alarms, before.correct_rejections) == (12, 8, 6, 14)
    assert (after.hits, after.misses, after.false_alarms, after.correct_rejections) == (19, 1, 2, 18)
    assert (before.hit_rate, before.false_alarm_rate) == (0.6, 0.3)
    assert (after.hit_rate, after.false_alarm_rate) == (0.95, 0.1)
    # Before, log-linear rule: H = (12 + 0.5) / (20 + 1) = 0.595238, F = (6 + 0.5) / (20 + 1) = 0.309524
    #   z(0.595238) = 0.2410, z(0.309524) = -0.4972, d′ = 0.2410 + 0.4972 = 0.7382
    assert before.corrected_rates == pytest.approx((12.5 / 21, 6.5 / 21))
    assert before.d_prime == pytest.approx(0.7382, abs=1e-4)
    # After: H = 19.5 / 21 = 0.928571, F = 2.5 / 21 = 0.119048
    #   z(0.928571) = 1.4652, z(0.119048) = -1.1798, d′ = 1.4652 + 1.1798 = 2.6450 (2.64499 unrounded)
    assert after.d_prime == pytest.approx(2.6450, abs=1e-4)
    (change,) = report.changes
    assert (change.phase, change.base) == ("after", "before")
    assert change.d_prime == pytest.approx(2.6450 - 0.7382, abs=2e-4)
    assert change.hit_rate == pytest.approx(0.35) and change.false_alarm_rate == pytest.approx(-0.2)
    assert reading(change) == "teacher.reading_better"


def test_the_log_linear_rule_keeps_d_prime_finite_when_every_answer_is_right():
    perfect = Detection(hits=20, misses=0, false_alarms=0, correct_rejections=20)
    # H = 20.5 / 21 = 0.97619, F = 0.5 / 21 = 0.02381: z = ±1.9808, d′ = 3.9615 (not infinite)
    assert (perfect.hit_rate, perfect.false_alarm_rate) == (1.0, 0.0)
    assert perfect.d_prime == pytest.approx(3.9615, abs=1e-4) and math.isfinite(perfect.d_prime)
    assert loglinear(0, 20) == pytest.approx(0.5 / 21)


def test_saying_fake_to_everything_scores_every_hit_and_a_d_prime_of_zero():
    refuse_all = Detection(hits=20, misses=0, false_alarms=20, correct_rejections=0)
    assert refuse_all.hit_rate == 1.0 and refuse_all.d_prime == pytest.approx(0.0)
    assert refuse_all.criterion < 0  # says 假 readily


def test_there_is_no_d_prime_without_both_fake_and_genuine_answers():
    assert Detection(hits=5, misses=5).d_prime is None
    assert report_of(answers("set-a", 3, 2, 0, 0)).phase("before").detection.d_prime is None


def test_refusing_more_without_judging_better_reads_as_refusing():
    # Hits up and false alarms up about as much: d′ hardly moves.
    records = answers("set-a", 10, 10, 4, 16) + answers("set-b", 16, 4, 10, 10)
    (change,) = report_of(records).changes
    assert abs(change.d_prime) < 0.3
    assert reading(change) == "teacher.reading_refusing"


def test_the_phases_sets_are_a_parameter():
    records = answers("x1", 10, 10, 10, 10) + answers("x2", 18, 2, 2, 18)
    report = report_of(records, (Phase("before", "x1"), Phase("after", "x2")))
    assert [(p.phase, p.set) for p in report.phases] == [("before", "x1"), ("after", "x2")]
    assert report_of(records).phases == ()  # set-a / set-b were not played


def test_a_lessons_sets_are_the_before_and_after_sets():
    phases = lesson_phases(before="x1", after="x2")
    assert [(p.name, p.set_id) for p in phases] == [("before", "x1"), ("after", "x2"), ("later", "set-c")]
    assert lesson_phases() == DEFAULT_PHASES


def test_a_week_later_check_is_compared_with_before():
    records = answers("set-a", 10, 10, 10, 10) + answers("set-c", 15, 5, 5, 15)
    report = report_of(records)
    assert [p.phase for p in report.phases] == ["before", "later"]
    assert [c.phase for c in report.changes] == ["later"]


def test_no_change_can_be_read_without_a_d_prime():
    assert reading(ChangeLine("after", "before", None, None, None, None)) == "teacher.reading_unknown"


# -- the CSV -----------------------------------------------------------------------------------------

DOCUMENTED_COLUMNS = [
    "section", "play", "level", "step", "item", "set", "label", "answered", "right", "wrong", "too_suspicious",
    "share_right", "genuine", "top_wrong", "top_wrong_label", "top_wrong_count", "score", "max_score", "hits",
    "misses", "false_alarms", "correct_rejections", "hit_rate", "false_alarm_rate", "d_prime", "criterion"]


def sample():
    return LEVEL_PLAYS + answers("set-a", 12, 8, 6, 14) + answers("set-b", 19, 1, 2, 18)


def parse(raw: bytes) -> tuple[list[str], list[dict]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    reader = csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline=""))
    return reader.fieldnames, list(reader)


def test_the_csv_starts_with_a_bom_and_parses_as_utf8_with_the_documented_columns():
    columns, rows = parse(export.csv_bytes(report_of(sample()), T))
    assert columns == DOCUMENTED_COLUMNS
    assert {r["section"] for r in rows} == {"about", "level", "decision", "option", "hunt", "clue", "quick", "phase",
                                             "change"}


def test_the_csv_has_windows_line_ends_for_excel():
    raw = export.csv_bytes(report_of(sample()), T)
    assert raw.count(b"\r\n") == raw.count(b"\n")


def test_the_csv_rows_hold_the_tables_numbers():
    _, rows = parse(export.csv_bytes(report_of(sample()), T))
    d1 = next(r for r in rows if r["section"] == "decision" and r["step"] == "d1")
    assert (d1["answered"], d1["right"], d1["wrong"], d1["share_right"], d1["top_wrong"], d1["top_wrong_count"]) == \
        ("6", "3", "3", "0.500", "b", "2")
    before = next(r for r in rows if r["section"] == "phase" and r["item"] == "before")
    assert (before["set"], before["label"], before["hits"], before["false_alarms"], before["hit_rate"],
            before["d_prime"]) == ("set-a", "课前", "12", "6", "0.600", "0.74")
    change = next(r for r in rows if r["section"] == "change")
    assert (change["item"], change["d_prime"]) == ("after", "1.91")


def test_a_report_csv_read_back_holds_the_same_counts():
    counts = tally(sample())
    again, problems = export.read_csv(export.csv_bytes(build(counts), T), "r.csv")
    assert problems == []
    for name in ("choices", "hunts", "hunts_clean", "found", "missed", "quick", "quick_right", "finished", "score",
                 "max_score"):
        assert getattr(again, name) == getattr(counts, name), name
    assert (again.first_date, again.last_date, again.records) == (counts.first_date, counts.last_date, counts.records)


def test_a_csv_of_another_kind_is_not_taken_for_a_report(tmp_path):
    other = tmp_path / "kiosk-stats-2026-11-26.csv"
    other.write_bytes("date,measure,item,count\r\n".encode("utf-8-sig"))
    assert not export.is_report_csv(other)


# -- merging the files of many PCs ----------------------------------------------------------------------

def test_merging_three_pcs_adds_up_their_answers(tmp_path):
    pc1 = answers("set-a", 4, 1, 2, 3) + [decision("lv", "d1", "b", "risky")]
    pc2 = answers("set-a", 3, 2, 1, 4) + [decision("lv", "d1", "a", "safe")] * 2
    pc3 = answers("set-a", 5, 0, 3, 2) + [decision("lv", "d1", "b", "risky")]
    stick = tmp_path / "stick"
    playlog.append(stick / "pc01" / "XiaolangGame", pc1)  # a data folder copied whole
    playlog.append(stick / "pc02" / "XiaolangGame" / "profiles" / "seat-12", pc2)  # a profile's log inside it
    (stick / "pc03.csv").write_bytes(export.csv_bytes(report_of(pc3), T))  # a PC's report CSV
    gathered = collect.from_folders([stick])
    assert (gathered.logs, gathered.csvs, gathered.warnings) == (2, 1, [])
    merged = build(gathered.tally)
    before = merged.phase("before").detection
    assert (before.hits, before.misses, before.false_alarms, before.correct_rejections) == (12, 3, 6, 9)
    # d′ of the whole class, from the added counts: H = 12.5/16, F = 6.5/16
    assert before.d_prime == pytest.approx(Detection(12, 3, 6, 9).d_prime)
    d1 = merged.decisions[0]
    assert (d1.answered, d1.right, d1.top_wrong.option, d1.top_wrong.count) == (4, 2, "b", 2)


def test_a_report_exported_in_a_data_folder_is_not_counted_again_beside_its_logs(tmp_path):
    """The teacher screen's 导出报告 writes into the data folder; a teacher who then merges the PC's
    data folders must not count its plays twice (138 records for 69)."""
    stick = tmp_path / "stick"
    home = stick / "pc01" / "XiaolangGame"
    playlog.append(home / "profiles" / "seat-2", answers("set-a", 4, 1, 2, 3))
    playlog.append(home, [decision("lv", "d1", "a", "safe")])
    (home / "report-2026-11-26-all.csv").write_bytes(export.csv_bytes(report_of(answers("set-a", 4, 1, 2, 3)), T))
    (stick / "pc02.csv").write_bytes(export.csv_bytes(report_of(answers("set-a", 3, 2, 1, 4)), T))  # (copied alone)
    gathered = collect.from_folders([stick])
    assert (gathered.logs, gathered.csvs, gathered.tally.records) == (2, 1, 21)
    assert len(gathered.warnings) == 1 and "not counted again" in gathered.warnings[0]


def test_the_same_file_copied_twice_is_counted_once(tmp_path):
    raw = export.csv_bytes(report_of(answers("set-a", 4, 1, 2, 3)), T)
    (tmp_path / "pc01.csv").write_bytes(raw)
    (tmp_path / "pc01 (copy).csv").write_bytes(raw)
    for folder in ("a", "b"):
        playlog.append(tmp_path / folder, [decision("lv", "d1", "a", "safe")])
    gathered = collect.from_folders([tmp_path])
    assert (gathered.logs, gathered.csvs, gathered.tally.records) == (1, 1, 11)
    assert len(gathered.warnings) == 2


def test_a_report_csv_outside_the_dates_asked_for_is_left_out(tmp_path):
    (tmp_path / "old.csv").write_bytes(export.csv_bytes(report_of([decision("lv", "d", "o", "safe", day="2026-10-01")]),
                                                        T))
    gathered = collect.from_folders([tmp_path], DAY, DAY)
    assert gathered.csvs == 0 and "outside the dates" in gathered.warnings[0]


def test_this_pcs_report_reads_every_profiles_log_but_not_exported_reports(tmp_path):
    playlog.append(tmp_path, [decision("lv", "d1", "a", "safe")])
    playlog.append(tmp_path / "profiles" / "seat-03", [decision("lv", "d1", "b", "risky")])
    (tmp_path / "report-2026-11-26.csv").write_bytes(export.csv_bytes(report_of(LEVEL_PLAYS), T))
    gathered = collect.from_home(tmp_path)
    assert (gathered.logs, gathered.csvs, gathered.tally.records) == (2, 0, 2)


def test_the_report_never_names_a_profile(tmp_path):
    playlog.append(tmp_path / "profiles" / "张小明", sample())
    report = build(collect.from_home(tmp_path).tally)
    assert "张小明" not in export.csv_bytes(report, T).decode("utf-8-sig")
    assert "张小明" not in page.html_page(report, T)


# -- the printable page ----------------------------------------------------------------------------------

def test_the_page_has_no_script_and_no_web_address():
    html = page.html_page(report_of(sample()), T, 3, 1)
    assert "<script" not in html.lower()
    assert not re.search(r"https?://", html)


def test_the_english_page_joins_notes_and_missed_clues_the_english_way():
    """The English page read ...（…）；… and id (missed 2/3)、url (...)."""
    english = Locale.load(REPO / "assets" / "locale" / "en.yaml")
    html = page.html_page(report_of(sample()), english)
    assert not {"；", "、"} & set(html)


def test_the_page_is_self_contained_and_set_up_for_a4():
    html = page.html_page(report_of(sample()), T)
    assert "<style>" in html and "@page { size: A4" in html
    assert not re.search(r"<link|@import|url\(|<img|@font-face|src=", html, re.IGNORECASE)
    assert html.count("<svg") > 10  # the bars are drawn in the page itself


def test_the_page_shows_the_before_and_after_numbers_and_what_they_mean():
    html = page.html_page(report_of(sample()), T)
    assert "12/20" in html and "0.74" in html and "2.64" in html and "+1.91" in html
    assert T("teacher.reading_better") in html


def test_every_text_on_the_page_is_escaped():
    records = [decision("<b>lv</b>", "d1", "a&b", "risky")]
    html = page.html_page(report_of(records), T)
    assert "<b>lv</b>" not in html and "&lt;b&gt;lv&lt;/b&gt;" in html


def test_an_empty_report_says_there_is_nothing_yet():
    assert T("teacher.empty") in page.html_page(report_of([]), T)


def test_every_reading_has_words_in_the_locale():
    for key in ("better", "worse", "refusing", "same", "unknown"):
        assert T.has(f"teacher.reading_{key}")
    for phase in DEFAULT_PHASES:
        assert T.has("teacher.phase_" + phase.name)


# -- the command --------------------------------------------------------------------------------------------

def test_report_command_after_autoplays_writes_a_csv_and_a_page(tmp_path):
    home, out = tmp_path / "home", tmp_path / "out"
    for args in (["01", "--policy", "safe"], ["01", "--policy", "risky"], ["quick", "--policy", "random"],
                 ["quick", "--policy", "safe", "--set", "set-b"]):
        result = run_python(["-m", "game", "autoplay", *args, "--home", str(home)], home)
        assert result.returncode == 0, result.stderr
    result = run_python(["-m", "game", "report", "--home", str(home), "--out", str(out / "r.csv"),
                         "--html", str(out / "r.html")], home)
    assert result.returncode == 0, result.stderr
    columns, rows = parse((out / "r.csv").read_bytes())
    assert columns == DOCUMENTED_COLUMNS
    decisions = [r for r in rows if r["section"] == "decision" and r["level"] == "prize-toy"]
    assert decisions and all(int(r["answered"]) >= 1 for r in decisions)
    assert [r["item"] for r in rows if r["section"] == "phase"] == ["before", "after"]
    assert "<script" not in (out / "r.html").read_text(encoding="utf-8")
    assert "before (set-a)" in result.stdout


def test_report_merge_of_a_folder_that_is_not_there_says_so(tmp_path):
    result = run_python(["-m", "game", "report", "--merge", str(tmp_path / "nowhere")], tmp_path)
    assert result.returncode == 1 and "no folder" in result.stderr


def test_report_of_a_home_folder_that_is_not_there_says_so(tmp_path, capsys):
    from game.cli import main as command

    code = command(["report", "--home", str(tmp_path / "does-not-exist")])
    assert (code, "no folder" in capsys.readouterr().err) == (1, True)


def test_report_from_a_day_after_its_to_day_says_so(tmp_path, capsys):
    from game.cli import main as command

    code = command(["report", "--home", str(tmp_path), "--from", "2026-11-28", "--to", "2026-11-20"])
    assert (code, "--from 2026-11-28 is after --to 2026-11-20" in capsys.readouterr().err) == (1, True)


def test_report_of_one_day_given_as_from_and_to_is_counted(tmp_path, capsys):
    from game.cli import main as command

    playlog.append(tmp_path, [decision("prize-toy", "decide_link", "ask", "safe")])
    code = command(["report", "--home", str(tmp_path), "--from", DAY, "--to", DAY])
    assert (code, capsys.readouterr().out.startswith("1 records")) == (0, True)
