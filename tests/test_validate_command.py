"""The `validate` command: every broken level gets a located, readable problem and exit 1."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml

from game.levels import validate
from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.play.scoring import max_score

DATA = Path(__file__).parent / "data"
BAD = DATA / "bad_levels"
GOOD = DATA / "good_levels"
CATALOG = Catalog.from_assets(DATA / "assets")
GAME_ART = Catalog.from_assets(DATA.parents[1] / "assets")  # 03_every_screen.yaml needs the callers' faces
EXPECTED: dict[str, dict] = yaml.safe_load((BAD / "expected.yaml").read_text(encoding="utf-8"))


def run(*paths: str, catalog: Catalog | None = CATALOG) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = validate.run(list(paths), out=out, catalog=catalog)
    return code, out.getvalue().splitlines()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_level_gets_its_problem_at_the_right_line(name):
    path = str(BAD / name)
    code, lines = run(path)
    expected = EXPECTED[name]
    at_line = [line for line in lines if line.startswith(f"{path}:{expected['line']}:")]
    assert code == 1
    assert any(expected["message"] in line for line in at_line), lines
    assert not any("Traceback" in line for line in lines)


def test_every_broken_level_file_is_listed_in_expected_yaml():
    files = {p.name for p in BAD.iterdir() if p.name != "expected.yaml"}
    assert files == set(EXPECTED) and len(files) >= 18


def test_the_good_levels_pass_with_exit_code_0():
    code, lines = run(str(GOOD), catalog=GAME_ART)
    assert (code, lines[-1]) == (0, "levels OK: 3 files, 0 problems")


def test_a_valid_level_reports_its_step_count_and_best_possible_score():
    code, lines = run(str(GOOD / "01_every_feature.yaml"))
    level = load_level(GOOD / "01_every_feature.yaml", CATALOG).level
    expected = f"{len(level.steps)} steps, max score {max_score(level)}"
    assert code == 0 and lines[0].endswith(expected) and max_score(level) > 0


def test_the_bad_levels_folder_prints_one_problem_per_line_and_a_summary():
    code, lines = run(str(BAD))
    files = len([p for p in BAD.glob("*.yaml")])
    assert code == 1
    assert lines[-1].endswith(f"({files} files checked)")
    assert all(line.startswith(str(BAD)) for line in lines[:-1])


def test_the_summary_counts_problems_and_files():
    code, lines = run(str(BAD / "unknown_pose.yaml"), str(BAD / "wrong_format.yaml"))
    assert lines[-1] == "2 problems in 2 files (2 files checked)"


def test_a_missing_path_is_a_problem_and_exit_code_1():
    code, lines = run("no/such/levels")
    assert code == 1 and lines[0] == "no/such/levels: no such file or folder"


def test_level_ids_must_be_unique_across_the_files_given(tmp_path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text((DATA / "minimal_level.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, lines = run(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert code == 1 and "level id 'minimal' is already used by" in lines[0]


def test_a_missing_asset_list_is_reported_instead_of_checking(tmp_path, monkeypatch):
    monkeypatch.setattr(validate, "REPO", tmp_path)
    code, lines = run(str(GOOD), catalog=None)
    assert code == 1 and "the character list is missing" in lines[0]


def test_with_no_paths_the_levels_folder_is_checked(tmp_path, monkeypatch):
    (tmp_path / "levels").mkdir()
    monkeypatch.setattr(validate, "REPO", tmp_path)
    monkeypatch.chdir(tmp_path)
    code, lines = run()
    assert (code, lines) == (0, ["levels OK: 0 files, 0 problems"])
