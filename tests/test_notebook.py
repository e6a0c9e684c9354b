"""The 错题本: missed moments stay until they are got right on two different days."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from game.play.notebook import Entry, Notebook

REPO = Path(__file__).resolve().parents[1]
MON, TUE, WED = date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 6)


def fresh(tmp_path: Path) -> Notebook:
    return Notebook.load(tmp_path / "notebook.json")


def test_a_new_computer_starts_with_an_empty_notebook_and_no_warning(tmp_path):
    notebook = fresh(tmp_path)
    assert len(notebook) == 0 and notebook.warning is None


def test_adding_a_mistake_returns_true_the_first_time_only(tmp_path):
    notebook = fresh(tmp_path)
    assert notebook.add("01_toy", "ask_form", "clue", "id_field", MON) is True
    assert notebook.add("01_toy", "ask_form", "clue", "id_field", TUE) is False
    assert len(notebook) == 1


def test_entries_survive_saving_and_loading(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "open_link", "decision", "tap_link", MON)
    notebook.record_right("01_toy", "open_link", "decision", "close_ad", TUE)
    notebook.save()
    assert fresh(tmp_path).entries() == [
        Entry("01_toy", "open_link", "decision", "tap_link", MON, (TUE,))
    ]


def test_a_corrupt_file_is_moved_aside_and_the_game_starts_with_an_empty_notebook(tmp_path):
    (tmp_path / "notebook.json").write_text('{"version": 1, "entr', encoding="utf-8")
    notebook = fresh(tmp_path)
    assert len(notebook) == 0
    assert "notebook.json.broken-1" in notebook.warning
    assert (tmp_path / "notebook.json.broken-1").exists()


def test_a_file_from_an_unknown_format_version_is_kept_aside_not_overwritten(tmp_path):
    path = tmp_path / "notebook.json"
    path.write_text('{"version": 99, "entries": []}', encoding="utf-8")
    notebook = fresh(tmp_path)
    notebook.save()
    assert len(notebook) == 0 and "99" in notebook.warning
    assert json.loads((tmp_path / "notebook.json.broken-1").read_text())["version"] == 99


def test_entries_with_bad_shapes_are_skipped_and_the_good_ones_kept(tmp_path):
    good = {"level_id": "01_toy", "step_id": "s1", "kind": "clue", "item": "url",
            "added": "2024-03-04", "right_days": []}
    bad = [
        "not an object",
        {**good, "kind": "guess"},
        {**good, "item": ""},
        {**good, "added": "yesterday"},
        {**good, "right_days": ["2024-13-01"]},
    ]
    (tmp_path / "notebook.json").write_text(
        json.dumps({"version": 1, "entries": [*bad, good]}), encoding="utf-8"
    )
    notebook = fresh(tmp_path)
    assert [e.item for e in notebook.entries()] == ["url"]
    assert "skipped 5 entries" in notebook.warning


def test_an_entry_leaves_after_right_answers_on_two_different_days(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "ask_form", "clue", "id_field", MON)
    assert notebook.record_right("01_toy", "ask_form", "clue", "id_field", TUE) is False
    assert notebook.record_right("01_toy", "ask_form", "clue", "id_field", WED) is True
    assert len(notebook) == 0


def test_two_right_answers_on_the_same_day_do_not_retire_an_entry(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "ask_form", "clue", "id_field", MON)
    notebook.record_right("01_toy", "ask_form", "clue", "id_field", TUE)
    assert notebook.record_right("01_toy", "ask_form", "clue", "id_field", TUE) is False
    assert notebook.entries()[0].right_days == (TUE,)


def test_a_repeated_mistake_resets_the_right_answers_so_far(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "ask_form", "clue", "id_field", MON)
    notebook.record_right("01_toy", "ask_form", "clue", "id_field", TUE)
    notebook.add("01_toy", "ask_form", "clue", "id_field", WED)
    assert notebook.entries()[0].right_days == ()
    assert notebook.entries()[0].added == MON
    thursday = date(2024, 3, 7)
    assert notebook.record_right("01_toy", "ask_form", "clue", "id_field", thursday) is False


def test_any_safe_choice_at_a_decision_step_counts_as_a_right_answer(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "ask_form", "decision", "fill_all", MON)
    notebook.record_right("01_toy", "ask_form", "decision", "close_page", TUE)
    assert notebook.record_right("01_toy", "ask_form", "decision", "ask_parent", WED) is True


def test_a_different_wrong_choice_at_the_same_step_is_a_repeat_mistake(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "ask_form", "decision", "fill_all", MON)
    notebook.record_right("01_toy", "ask_form", "decision", "close_page", TUE)
    assert notebook.add("01_toy", "ask_form", "decision", "fill_phone", WED) is False
    assert notebook.entries() == [Entry("01_toy", "ask_form", "decision", "fill_phone", MON)]


def test_finding_one_clue_does_not_count_for_another_missed_clue(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "hunt", "clue", "url", MON)
    notebook.record_right("01_toy", "hunt", "clue", "id_field", TUE)
    notebook.record_right("01_toy", "hunt", "clue", "id_field", WED)
    assert notebook.entries()[0].right_days == ()


def test_a_right_answer_with_no_matching_entry_changes_nothing(tmp_path):
    notebook = fresh(tmp_path)
    assert notebook.record_right("01_toy", "hunt", "clue", "url", MON) is False
    assert len(notebook) == 0


def test_entries_come_oldest_first_even_if_written_down_out_of_order(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("02_skin", "s1", "clue", "b", WED)
    notebook.add("01_toy", "s1", "clue", "a", MON)
    notebook.add("01_toy", "s2", "clue", "c", WED)
    assert [e.item for e in notebook.entries()] == ["a", "b", "c"]


def test_for_level_lists_only_that_levels_entries(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "s1", "clue", "a", MON)
    notebook.add("02_skin", "s1", "clue", "b", MON)
    assert [e.item for e in notebook.for_level("02_skin")] == ["b"]


def test_the_file_holds_only_ids_and_dates(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "s1", "clue", "url", MON)
    notebook.save()
    data = json.loads((tmp_path / "notebook.json").read_text(encoding="utf-8"))
    assert set(data) == {"version", "entries"}
    assert set(data["entries"][0]) == {"level_id", "step_id", "kind", "item", "added", "right_days"}


def test_an_unknown_kind_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError, match="kind"):
        fresh(tmp_path).add("01_toy", "s1", "hint", "x", MON)


def test_moments_give_one_entry_per_step_oldest_first(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "hunt", "clue", "url", TUE)
    notebook.add("01_toy", "hunt", "clue", "id_field", MON)
    notebook.add("01_toy", "ask", "decision", "fill_all", WED)
    assert [(e.step_id, e.item) for e in notebook.moments()] == [("hunt", "id_field"), ("ask", "fill_all")]


def test_moments_leave_out_what_cannot_be_played(tmp_path):
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "hunt", "clue", "url", MON)
    notebook.add("09_gone", "hunt", "clue", "url", MON)
    installed = notebook.moments(lambda level_id, step_id, kind: level_id == "01_toy")
    assert [e.level_id for e in installed] == ["01_toy"]


def test_a_notebook_that_could_not_be_read_refuses_to_save_over_it(tmp_path, monkeypatch):
    path = tmp_path / "notebook.json"
    path.write_text('{"version": 1, "entries": []}', encoding="utf-8")
    real = Path.read_bytes

    def locked(self):
        if self.name == "notebook.json":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", locked)
    notebook = fresh(tmp_path)
    notebook.add("01_toy", "s1", "clue", "url", MON)
    with pytest.raises(OSError, match="could not be read"):
        notebook.save()
    assert path.read_text(encoding="utf-8") == '{"version": 1, "entries": []}'
    assert not (tmp_path / "notebook.json.broken-1").exists()


def test_a_copy_is_kept_before_a_save_drops_entries_with_bad_shapes(tmp_path):
    path = tmp_path / "notebook.json"
    original = json.dumps({"version": 1, "entries": ["not an object"]})
    path.write_text(original, encoding="utf-8")
    fresh(tmp_path).save()
    assert (tmp_path / "notebook.json.broken-1").read_text(encoding="utf-8") == original
    assert json.loads(path.read_text(encoding="utf-8"))["entries"] == []


def run_game_process(home: Path, code: str) -> str:
    env = {**os.environ, "XIAOLANG_HOME": str(home), "PYTHONPATH": str(REPO)}
    prelude = (
        "from datetime import date\n"
        "from game.play.notebook import Notebook\n"
        "from game.play.storage import data_dir\n"
        "nb = Notebook.load(data_dir() / 'notebook.json')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", prelude + code],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_notebook_carries_over_between_separate_runs_of_the_game(tmp_path):
    run_game_process(
        tmp_path, "nb.add('01_toy', 'ask_form', 'clue', 'id_field', date(2024, 3, 4)); nb.save()"
    )
    second = run_game_process(
        tmp_path,
        "print(len(nb))\n"
        "nb.record_right('01_toy', 'ask_form', 'clue', 'id_field', date(2024, 3, 5))\n"
        "print(nb.record_right('01_toy', 'ask_form', 'clue', 'id_field', date(2024, 3, 6)))\n"
        "nb.save()",
    )
    third = run_game_process(tmp_path, "print(len(nb), nb.warning)")
    assert second.split() == ["1", "True"]
    assert third == "0 None"
