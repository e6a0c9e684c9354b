"""The wrong-answer notebook across separate runs of the game (separate processes).

Each run is `python -m game autoplay` with XIAOLANG_HOME pointing at one folder,
so the notebook file is all that carries over, as on a classroom PC.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_game(home: Path, *args: str) -> dict:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", XIAOLANG_HOME=str(home))
    result = subprocess.run([sys.executable, "-m", "game", "autoplay", *args, "--home", str(home)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_mistakes_stay_in_the_notebook_until_answered_right_on_two_different_days(tmp_path):
    played = run_game(tmp_path, "01", "--policy", "risky", "--today", "2026-11-20")
    assert played["notebook_added"] > 0
    first_day = run_game(tmp_path, "review", "--policy", "safe", "--today", "2026-11-21")
    assert first_day["right"] == first_day["moments"] > 0
    assert first_day["notebook_after"] == played["notebook_added"]
    same_day_again = run_game(tmp_path, "review", "--policy", "safe", "--today", "2026-11-21")
    assert same_day_again["notebook_after"] == played["notebook_added"]
    second_day = run_game(tmp_path, "review", "--policy", "safe", "--today", "2026-11-22")
    assert second_day["notebook_after"] == 0


def test_a_wrong_answer_in_review_keeps_the_moment_in_the_notebook(tmp_path):
    played = run_game(tmp_path, "01", "--policy", "risky", "--today", "2026-11-20")
    run_game(tmp_path, "review", "--policy", "risky", "--today", "2026-11-21")
    again = run_game(tmp_path, "review", "--policy", "risky", "--today", "2026-11-22")
    assert again["right"] == 0
    assert again["notebook_after"] == played["notebook_added"]


def test_the_notebook_file_holds_only_ids_and_dates(tmp_path):
    run_game(tmp_path, "01", "--policy", "risky", "--today", "2026-11-20")
    text = (tmp_path / "notebook.json").read_text(encoding="utf-8")
    entries = json.loads(text)["entries"]
    assert entries and all(set(e) <= {"level_id", "step_id", "kind", "item", "added", "right_days"}
                           for e in entries)
    assert "吴小清" not in text and "320213" not in text
