"""A player's data: answers go into the notebook, progress and log, and are never silently lost."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from game.play import playlog, storage
from game.play.player import NotebookChange, Player

REPO = Path(__file__).resolve().parents[1]
MON, TUE, WED = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)
AS_ROOT = os.name != "nt" and os.geteuid() == 0


def open_player(home: Path, day: date = MON) -> Player:
    return Player.open(home, lambda: day)


def stored(home: Path, name: str) -> dict:
    return json.loads((home / name).read_text(encoding="utf-8"))


def read_only(monkeypatch, folder: Path) -> None:
    """Writing in `folder` fails as in a read-only folder; reading still works."""
    real_open = os.open
    writing = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def guarded(path, flags, *args, **kwargs):
        if flags & writing and Path(path).parent == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)


def unreadable(monkeypatch, name: str) -> None:
    """Reading `name` fails as with a file a Windows virus scanner holds."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == name:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


# --- answers ------------------------------------------------------------------


def test_a_new_player_creates_no_folder_until_something_is_saved(tmp_path):
    player = open_player(tmp_path / "home")
    assert player.notebook_count() == 0 and player.warnings == []
    assert not (tmp_path / "home").exists()


def test_a_risky_decision_is_written_down_and_saved_at_once(tmp_path):
    change = open_player(tmp_path).record_decision("toy", "ask", "fill_all", "risky")
    assert change == NotebookChange(added=1, moment_added=True)
    assert open_player(tmp_path).notebook_count() == 1


def test_a_safe_decision_credits_the_moment(tmp_path):
    open_player(tmp_path, MON).record_decision("toy", "ask", "fill_all", "too_suspicious")
    change = open_player(tmp_path, TUE).record_decision("toy", "ask", "close", "safe")
    assert change == NotebookChange(moment_right=True)
    assert open_player(tmp_path).moments()[0].right_days == (TUE,)


def test_a_finish_is_recorded_and_says_whether_it_is_a_new_best(tmp_path):
    player = open_player(tmp_path)
    assert player.record_finish("toy", 40, 50, 2) is True
    assert player.record_finish("toy", 10, 50, 0) is False
    assert open_player(tmp_path).best("toy").plays == 2


def test_the_log_holds_one_record_per_answer_with_ids_and_dates_only(tmp_path):
    player = open_player(tmp_path)
    player.record_decision("toy", "ask", "fill_all", "risky")
    player.record_hunt("toy", "hunt", ("url",), ("id_field",), review=True)
    player.record_finish("toy", 40, 50, 2)
    records, warnings = playlog.read(tmp_path)
    assert [r["kind"] for r in records] == ["decision", "hunt", "finish"] and warnings == []
    assert {r["date"] for r in records} == {"2026-11-23"}


def test_an_unknown_verdict_is_a_programming_error(tmp_path):
    with pytest.raises(ValueError, match="verdict"):
        open_player(tmp_path).record_decision("toy", "ask", "fill_all", "maybe")


def test_the_date_is_asked_at_every_record_so_a_kiosk_sees_a_new_day(tmp_path):
    days = [MON]
    player = Player.open(tmp_path, lambda: days[0])
    player.record_decision("toy", "ask", "fill_all", "risky")
    player.record_decision("toy", "ask", "close", "safe")
    days[0] = TUE
    assert player.record_decision("toy", "ask", "close", "safe").left is True
    assert player.notebook_count() == 0


# --- the count ----------------------------------------------------------------


def test_the_count_is_of_moments_not_clues(tmp_path):
    player = open_player(tmp_path)
    player.record_hunt("toy", "hunt", (), ("url", "id_field", "phone"))
    assert player.notebook_count() == 1 and len(player.notebook) == 3


def test_reviewing_every_moment_right_never_raises_the_count(tmp_path):
    player = open_player(tmp_path, MON)
    player.record_decision("toy", "ask", "fill_all", "risky")
    player.record_hunt("toy", "hunt", ("url",), ("id_field", "phone"))
    player.record_decision("skin", "pay", "pay_now", "risky")
    counts = [player.notebook_count()]
    review = open_player(tmp_path, TUE)
    for moment in review.moments():
        if moment.kind == "decision":
            review.record_decision(moment.level_id, moment.step_id, "safe_choice", "safe", review=True)
        else:
            review.record_hunt(moment.level_id, moment.step_id, ("url", "id_field", "phone"), (), review=True)
        counts.append(review.notebook_count())
    assert counts == [3, 3, 3, 3]


def test_a_hunt_reviewed_missing_a_clue_found_before_keeps_the_count(tmp_path):
    open_player(tmp_path, MON).record_hunt("toy", "hunt", ("url",), ("id_field",))
    review = open_player(tmp_path, TUE)
    change = review.record_hunt("toy", "hunt", ("id_field",), ("url",), review=True)
    assert change == NotebookChange(added=1, moment_added=False)
    assert review.notebook_count() == 1


def test_moments_of_levels_that_are_not_installed_are_not_counted(tmp_path):
    player = open_player(tmp_path)
    player.record_decision("toy", "ask", "fill_all", "risky")
    player.record_decision("removed", "ask", "fill_all", "risky")
    installed = lambda level_id, step_id, kind: level_id == "toy"  # noqa: E731
    assert [m.level_id for m in player.moments(installed)] == ["toy"]
    assert player.notebook_count(installed) == 1


# --- a save that fails ----------------------------------------------------------


def test_a_read_only_folder_makes_save_fail_and_says_so(tmp_path, monkeypatch):
    player = open_player(tmp_path)
    read_only(monkeypatch, tmp_path)
    player.record_decision("toy", "ask", "fill_all", "risky")
    assert player.save() is False
    assert "Permission denied" in player.save_problem and player.unsaved


def test_a_change_that_failed_to_save_is_written_by_a_later_retry(tmp_path, monkeypatch):
    player = open_player(tmp_path)
    read_only(monkeypatch, tmp_path)
    player.record_decision("toy", "ask", "fill_all", "risky")
    monkeypatch.undo()
    player.retry(2.0)
    assert player.save_problem is not None  # too soon to try again
    player.retry(3.0)
    assert player.save_problem is None and not player.unsaved
    assert open_player(tmp_path).notebook_count() == 1


@pytest.mark.skipif(os.name == "nt" or AS_ROOT, reason="needs POSIX permissions that apply")
def test_a_folder_made_read_only_keeps_the_change_until_it_is_writable(tmp_path):
    player = open_player(tmp_path)
    player.record_finish("toy", 40, 50, 2)
    tmp_path.chmod(0o555)
    try:
        player.record_decision("toy", "ask", "fill_all", "risky")
        assert player.save_problem is not None
    finally:
        tmp_path.chmod(0o755)
    player.retry(5.0)
    assert player.save_problem is None
    assert open_player(tmp_path).notebook_count() == 1


def test_a_notebook_that_cannot_be_read_is_neither_moved_nor_overwritten(tmp_path, monkeypatch):
    open_player(tmp_path).record_decision("toy", "ask", "fill_all", "risky")
    before = (tmp_path / "notebook.json").read_bytes()
    unreadable(monkeypatch, "notebook.json")
    player = open_player(tmp_path)
    player.record_decision("toy", "pay", "pay_now", "risky")
    assert "could not be read" in player.warnings[0] and "could not be read" in player.save_problem
    monkeypatch.undo()
    assert (tmp_path / "notebook.json").read_bytes() == before
    assert not list(tmp_path.glob("*.broken-*"))


def test_a_notebook_readable_again_gets_both_old_and_new_entries(tmp_path, monkeypatch):
    open_player(tmp_path).record_decision("toy", "ask", "fill_all", "risky")
    unreadable(monkeypatch, "notebook.json")
    player = open_player(tmp_path)
    player.record_decision("toy", "pay", "pay_now", "risky")
    monkeypatch.undo()
    player.retry(5.0)
    assert player.notebook_count() == 2 and open_player(tmp_path).notebook_count() == 2


def test_broken_content_is_set_aside_and_the_player_starts_afresh(tmp_path):
    (tmp_path / "notebook.json").write_text('{"version": 1, "entr', encoding="utf-8")
    player = open_player(tmp_path)
    assert "notebook.json.broken-1" in player.warnings[0]
    assert (tmp_path / "notebook.json.broken-1").exists() and player.notebook_count() == 0


def test_a_broken_file_in_a_folder_that_cannot_be_locked_is_left_for_a_later_save(tmp_path, monkeypatch):
    (tmp_path / "notebook.json").write_text("garbage", encoding="utf-8")
    read_only(monkeypatch, tmp_path)
    player = open_player(tmp_path)
    assert "moved aside when the game next saves" in player.warnings[0]
    assert (tmp_path / "notebook.json").read_text(encoding="utf-8") == "garbage"


def test_broken_content_that_cannot_be_moved_aside_is_not_overwritten(tmp_path, monkeypatch):
    (tmp_path / "progress.json").write_text("garbage", encoding="utf-8")
    monkeypatch.setattr(os, "rename", lambda src, dst: (_ for _ in ()).throw(PermissionError(13, "busy")))
    player = open_player(tmp_path)
    player.record_finish("toy", 40, 50, 2)
    assert "could not be moved aside" in player.save_problem
    assert (tmp_path / "progress.json").read_text(encoding="utf-8") == "garbage"
    monkeypatch.undo()
    player.retry(5.0)
    assert (tmp_path / "progress.json.broken-1").read_text(encoding="utf-8") == "garbage"
    assert open_player(tmp_path).best("toy").stars == 2


def test_malformed_entries_get_a_copy_before_a_save_drops_them(tmp_path):
    good = {"level_id": "toy", "step_id": "ask", "kind": "decision", "item": "fill_all",
            "added": "2026-11-20", "right_days": []}
    original = json.dumps({"version": 1, "entries": [good, {"kind": "??"}]})
    (tmp_path / "notebook.json").write_text(original, encoding="utf-8")
    player = open_player(tmp_path)
    assert "skipped 1 entry" in player.warnings[0]
    player.record_decision("toy", "pay", "pay_now", "risky")
    assert (tmp_path / "notebook.json.broken-1").read_text(encoding="utf-8") == original
    assert len(stored(tmp_path, "notebook.json")["entries"]) == 2


def test_a_lock_held_too_long_by_another_copy_is_reported_and_retried(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "LOCK_TIMEOUT_S", 0.05)
    player = open_player(tmp_path)
    with storage.folder_lock(tmp_path):
        player.record_finish("toy", 40, 50, 2)
    assert "busy" in player.save_problem
    player.retry(5.0)
    assert player.save_problem is None and open_player(tmp_path).best("toy") is not None


# --- temporary files ------------------------------------------------------------


def test_stray_old_temp_files_are_removed_at_open_and_fresh_ones_left(tmp_path):
    now = time.time()
    old = tmp_path / ".notebook.json.k3j2.tmp"
    new = tmp_path / ".playlog.jsonl.a9f1.tmp"
    for path, age in ((old, 3600), (new, 10)):
        path.write_bytes(b"{")
        os.utime(path, (now - age, now - age))
    Player.open(tmp_path, clock=lambda: now)
    assert not old.exists() and new.exists()


# --- two copies of the game -----------------------------------------------------


def test_two_players_on_one_folder_keep_each_others_changes(tmp_path):
    first, second = open_player(tmp_path), open_player(tmp_path)
    first.record_decision("toy", "ask", "fill_all", "risky")
    second.record_decision("toy", "pay", "pay_now", "risky")
    first.record_finish("toy", 40, 50, 2)
    second.record_finish("toy", 50, 50, 3)
    again = open_player(tmp_path)
    assert again.notebook_count() == 2 and again.best("toy").plays == 2
    assert len(playlog.read(tmp_path)[0]) == 4


def test_refresh_shows_what_another_copy_saved(tmp_path):
    first, second = open_player(tmp_path), open_player(tmp_path)
    second.record_decision("toy", "pay", "pay_now", "risky")
    assert first.notebook_count() == 0
    assert first.refresh() is True and first.notebook_count() == 1


PLAYS = 60
WORKER = """
import sys, time
from datetime import date
from pathlib import Path
from game.play.player import Player
home, who = Path(sys.argv[1]), sys.argv[2]
player = Player.open(home, lambda: date(2026, 11, 23))
(home / f"ready-{who}").touch()
while not (home / "go").exists():
    time.sleep(0.002)
for i in range(int(sys.argv[3])):
    player.record_decision("toy", f"{who}-{i}", "fill_all", "risky")
    player.record_finish("toy", 1, 2, 1)
    assert player.save_problem is None, player.save_problem
    time.sleep(0.001)  # let the other copy in between saves, as real play would
"""


def start_together(home: Path, workers: list[subprocess.Popen]) -> None:
    deadline = time.monotonic() + 60
    while not all((home / f"ready-{who}").exists() for who in "ab"):
        assert time.monotonic() < deadline and all(w.poll() is None for w in workers)
        time.sleep(0.005)
    (home / "go").touch()


def test_two_processes_writing_one_folder_lose_nothing(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path), who, str(PLAYS)],
                                cwd=REPO, env=env, stderr=subprocess.PIPE, text=True)
               for who in "ab"]
    start_together(tmp_path, workers)
    for worker in workers:
        assert worker.wait(timeout=120) == 0, worker.stderr.read()
    player = open_player(tmp_path)
    records, warnings = playlog.read(tmp_path)
    assert player.notebook_count() == 2 * PLAYS and player.best("toy").plays == 2 * PLAYS
    assert len(records) == 4 * PLAYS and warnings == [] and player.warnings == []
    order = "".join(r["step"][0] for r in records if r["kind"] == "decision")
    assert "ab" in order and "ba" in order, "the two copies did not save in turns"
