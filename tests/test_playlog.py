"""The play log: one line per decision, hunt and finish; ids, verdicts, counts and dates only."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from game.play import playlog
from game.play.playlog import append, decision_record, finish_record, hunt_record, read
from game.play.storage import Blocked

DAY = date(2026, 11, 26)


def lines(folder) -> list[dict]:
    text = (folder / playlog.FILE_NAME).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_a_decision_record_is_flat_and_easy_to_count():
    assert decision_record(DAY, "prize-toy", "ad_decide", "ask", "safe") == {
        "date": "2026-11-26", "kind": "decision", "level": "prize-toy", "step": "ad_decide",
        "option": "ask", "verdict": "safe", "review": False}


def test_a_hunt_record_lists_the_clue_ids_found_and_missed():
    record = hunt_record(DAY, "prize-toy", "form_hunt", ("url",), ("id_field",), review=True)
    assert (record["verdict"], record["found"], record["missed"], record["review"]) == (
        "missed", ["url"], ["id_field"], True)


def test_a_hunt_with_nothing_missed_is_safe():
    assert hunt_record(DAY, "prize-toy", "form_hunt", ("url",), ())["verdict"] == "safe"


def test_a_finish_record_holds_the_score_and_stars():
    assert finish_record(DAY, "prize-toy", 40, 50, 2) == {
        "date": "2026-11-26", "kind": "finish", "level": "prize-toy", "score": 40,
        "max_score": 50, "stars": 2}


def test_the_first_append_writes_the_header_line_first(tmp_path):
    append(tmp_path, [finish_record(DAY, "a", 1, 2, 1)])
    assert lines(tmp_path)[0] == {"format": "xiaolang-playlog", "version": 1}


def test_appends_keep_every_record_in_order(tmp_path):
    append(tmp_path, [finish_record(DAY, "a", 1, 2, 1)])
    append(tmp_path, [finish_record(DAY, "b", 1, 2, 1), finish_record(DAY, "c", 1, 2, 1)])
    records, warnings = read(tmp_path)
    assert [r["level"] for r in records] == ["a", "b", "c"] and warnings == []


def test_a_line_cut_short_by_a_power_cut_is_skipped_and_the_next_record_kept(tmp_path):
    append(tmp_path, [finish_record(DAY, "a", 1, 2, 1)])
    with open(tmp_path / playlog.FILE_NAME, "ab") as f:
        f.write(b'{"date":"2026-11-26","ki')
    append(tmp_path, [finish_record(DAY, "b", 1, 2, 1)])
    records, warnings = read(tmp_path)
    assert [r["level"] for r in records] == ["a", "b"]
    assert "skipped 1 line" in warnings[0]


def test_a_full_log_is_rotated_so_at_least_the_newest_records_stay(tmp_path):
    for level in "abcde":
        append(tmp_path, [finish_record(DAY, level, 1, 2, 1)], keep=2)
    records, _ = read(tmp_path)
    assert [r["level"] for r in records] == ["c", "d", "e"]
    assert [r["level"] for r in lines(tmp_path)[1:]] == ["e"]


def test_a_log_of_an_unknown_version_is_moved_aside_not_appended_to(tmp_path):
    path = tmp_path / playlog.FILE_NAME
    path.write_text('{"format": "xiaolang-playlog", "version": 9}\n{"new": 1}\n', encoding="utf-8")
    warning = append(tmp_path, [finish_record(DAY, "a", 1, 2, 1)])
    assert "version 9" in warning
    assert (tmp_path / f"{playlog.FILE_NAME}.broken-1").read_text(encoding="utf-8").endswith('{"new": 1}\n')
    assert [r["level"] for r in read(tmp_path)[0]] == ["a"]


def lock_the_log(monkeypatch) -> None:
    """Reading the log fails the way a file held by a Windows virus scanner does."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == playlog.FILE_NAME:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def test_a_log_that_cannot_be_read_is_not_appended_to(tmp_path, monkeypatch):
    append(tmp_path, [finish_record(DAY, "a", 1, 2, 1)])
    before = (tmp_path / playlog.FILE_NAME).read_bytes()
    lock_the_log(monkeypatch)
    with pytest.raises(Blocked):
        append(tmp_path, [finish_record(DAY, "b", 1, 2, 1)])
    monkeypatch.undo()
    assert (tmp_path / playlog.FILE_NAME).read_bytes() == before


def test_reading_a_log_that_cannot_be_read_warns_instead_of_raising(tmp_path, monkeypatch):
    append(tmp_path, [finish_record(DAY, "a", 1, 2, 1)])
    lock_the_log(monkeypatch)
    records, warnings = read(tmp_path)
    assert records == [] and "could not be read (Permission denied)" in warnings[0]


def test_an_empty_folder_has_an_empty_log(tmp_path):
    assert read(tmp_path) == ([], [])
