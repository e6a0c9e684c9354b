"""This computer's progress: best result and play count per level."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.play.progress import LevelBest, Progress


def fresh(tmp_path: Path) -> Progress:
    return Progress.load(tmp_path / "progress.json")


def test_a_level_never_played_has_no_best(tmp_path):
    progress = fresh(tmp_path)
    assert progress.best("01_toy") is None and progress.warning is None


def test_the_first_play_is_the_best_so_far(tmp_path):
    progress = fresh(tmp_path)
    assert progress.record("01_toy", 40, 50, 2) is True
    assert progress.best("01_toy") == LevelBest(stars=2, score=40, max_score=50, plays=1)


def test_a_worse_play_counts_but_keeps_the_best(tmp_path):
    progress = fresh(tmp_path)
    progress.record("01_toy", 40, 50, 2)
    assert progress.record("01_toy", 10, 50, 0) is False
    assert progress.best("01_toy") == LevelBest(stars=2, score=40, max_score=50, plays=2)


def test_a_better_play_replaces_the_best(tmp_path):
    progress = fresh(tmp_path)
    progress.record("01_toy", 20, 50, 1)
    assert progress.record("01_toy", 50, 50, 3) is True
    assert progress.best("01_toy") == LevelBest(stars=3, score=50, max_score=50, plays=2)


def test_scores_out_of_different_maxima_are_compared_as_shares(tmp_path):
    progress = fresh(tmp_path)
    progress.record("01_toy", 40, 50, 2)  # 80%
    progress.record("01_toy", 45, 60, 2)  # 75%, after the level was edited
    assert (progress.best("01_toy").score, progress.best("01_toy").max_score) == (40, 50)


def test_progress_survives_saving_and_loading(tmp_path):
    progress = fresh(tmp_path)
    progress.record("01_toy", 40, 50, 2)
    progress.record("02_skin", 10, 30, 1)
    progress.save()
    again = fresh(tmp_path)
    assert again.best("01_toy") == LevelBest(2, 40, 50, 1)
    assert again.played() == ["01_toy", "02_skin"]


def test_a_corrupt_progress_file_is_moved_aside_and_progress_starts_empty(tmp_path):
    (tmp_path / "progress.json").write_bytes(b"\x00\x00\x00")  # typical after a power cut
    progress = fresh(tmp_path)
    assert progress.played() == []
    assert "progress.json.broken-1" in progress.warning


def test_level_records_with_bad_shapes_are_skipped(tmp_path):
    levels = {
        "01_toy": {"stars": 2, "score": 40, "max_score": 50, "plays": 3},
        "02_skin": {"stars": "three", "score": 40, "max_score": 50, "plays": 1},
        "03_trade": {"stars": 1, "score": 90, "max_score": 50, "plays": 1},
    }
    (tmp_path / "progress.json").write_text(json.dumps({"version": 1, "levels": levels}))
    progress = fresh(tmp_path)
    assert progress.played() == ["01_toy"]
    assert "skipped 2 level records" in progress.warning


def test_a_score_above_the_maximum_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError, match="above max_score"):
        fresh(tmp_path).record("01_toy", 60, 50, 3)


def test_saving_leaves_only_the_progress_file(tmp_path):
    progress = fresh(tmp_path)
    progress.record("01_toy", 40, 50, 2)
    progress.save()
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]


def test_a_copy_is_kept_before_a_save_drops_level_records_with_bad_shapes(tmp_path):
    path = tmp_path / "progress.json"
    original = json.dumps({"version": 1, "levels": {"01_toy": {"stars": "three"}}})
    path.write_text(original, encoding="utf-8")
    fresh(tmp_path).save()
    assert (tmp_path / "progress.json.broken-1").read_text(encoding="utf-8") == original
    assert json.loads(path.read_text(encoding="utf-8"))["levels"] == {}


def test_progress_that_could_not_be_read_refuses_to_save_over_it(tmp_path):
    (tmp_path / "progress.json").mkdir()  # cannot be read as a file, on every system
    progress = fresh(tmp_path)
    progress.record("01_toy", 40, 50, 2)
    with pytest.raises(OSError, match="could not be read"):
        progress.save()
    assert (tmp_path / "progress.json").is_dir()


def test_the_document_holds_only_level_ids_and_numbers(tmp_path):
    progress = fresh(tmp_path)
    progress.record("01_toy", 40, 50, 2)
    assert progress.document() == {
        "version": 1, "levels": {"01_toy": {"stars": 2, "score": 40, "max_score": 50, "plays": 1}}}
