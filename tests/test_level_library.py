"""The level library: one way to load levels for the game and `validate`, file by file, remembered."""
from __future__ import annotations

import io
from pathlib import Path

from game.levels import validate
from game.levels.library import Library
from game.levels.loader import LoadResult
from game.levels.packs import LevelPack
from game.levels.problems import Problem

DATA = Path(__file__).parent / "data"
ASSETS = DATA / "assets"
MINIMAL = (DATA / "minimal_level.yaml").read_text(encoding="utf-8")


def write_levels(folder: Path, count: int) -> list[str]:
    """`count` valid levels NN_level.yaml with ids level-1 ... level-N; their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = [f"level-{n}" for n in range(1, count + 1)]
    for n, level_id in enumerate(ids, start=1):
        (folder / f"{n:02d}_level.yaml").write_text(MINIMAL.replace("id: minimal", f"id: {level_id}", 1),
                                                    encoding="utf-8")
    return ids


def open_library(folder: Path, extra_check=None, cache_dir: Path | None = None) -> Library:
    return Library.open([LevelPack("", folder)], ASSETS, extra_check, cache_dir)


class CountingCheck:
    """An extra check that counts the levels it is asked about and finds nothing."""

    cache_key = "counting-check-1"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, result: LoadResult) -> list[Problem]:
        self.calls.append(Path(result.path).name)
        return []


# -- thirteen levels and a broken one ---------------------------------------------------------

def test_validate_lists_every_problem_of_a_folder_of_13_levels_and_a_broken_one(tmp_path):
    write_levels(tmp_path, 13)
    (tmp_path / "14_broken.yaml").write_text(MINIMAL.replace("id: minimal", "id: broken", 1)
                                             .replace("next: decide", "next: decid", 1)
                                             .replace("title: Free toy?", 'title: "\\u200b"', 1), encoding="utf-8")
    out = io.StringIO()
    code = validate.run([str(tmp_path)], out=out, assets_dir=ASSETS)
    lines = out.getvalue().splitlines()
    broken = tmp_path / "14_broken.yaml"
    assert code == 1
    assert any(t.startswith(f"{broken}:4:8: title: is blank") for t in lines), lines
    assert any(t.startswith(f"{broken}:") and "there is no step 'decid'" in t for t in lines), lines
    assert lines[-1] == "2 problems in 1 file (14 files checked)"


def test_the_library_still_loads_the_13_good_levels_beside_a_broken_one(tmp_path):
    ids = write_levels(tmp_path, 13)
    (tmp_path / "14_broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    library = open_library(tmp_path)
    assert [lv.id for lv in library.levels] == ids
    assert library.broken == 1 and len(library.results) == 14


def test_levels_come_in_file_name_order_and_after_gives_the_next(tmp_path):
    write_levels(tmp_path, 3)
    library = open_library(tmp_path)
    assert library.after("level-1").id == "level-2"
    assert library.after("level-3") is None and library.level("level-2").id == "level-2"


def test_a_level_with_only_warnings_is_played(tmp_path):
    (tmp_path / "01.yaml").write_text(MINIMAL.replace("title: Free toy?", 'title: 免费"玩具"', 1), encoding="utf-8")
    library = open_library(tmp_path)
    assert [p.severity for p in library.problems()] == ["warning"]
    assert [lv.id for lv in library.levels] == ["minimal"]


def test_an_extra_check_that_fails_on_one_file_leaves_out_only_that_level(tmp_path):
    write_levels(tmp_path, 3)

    def failing_on_the_second(result: LoadResult) -> list[Problem]:
        if result.path.endswith("02_level.yaml"):
            raise ValueError("embedded null character")
        return []

    library = open_library(tmp_path, failing_on_the_second)
    assert [lv.id for lv in library.levels] == ["level-1", "level-3"]
    assert "the text-fit check fail (ValueError: embedded null character)" in library.problems()[0].message


def test_a_broken_art_list_is_a_problem_not_a_crash(tmp_path):
    write_levels(tmp_path / "levels", 1)
    (tmp_path / "assets" / "art").mkdir(parents=True)
    library = Library.open([LevelPack("", tmp_path / "levels")], tmp_path / "assets")
    assert library.levels == [] and "the character list is missing" in library.problems()[0].message


def test_the_extra_check_sees_only_levels_that_passed_every_other_check(tmp_path):
    write_levels(tmp_path, 2)
    (tmp_path / "03_bad.yaml").write_text(MINIMAL.replace("points: 10", "points: 010"), encoding="utf-8")
    check = CountingCheck()
    open_library(tmp_path, check)
    assert check.calls == ["01_level.yaml", "02_level.yaml"]


# -- remembered verdicts ----------------------------------------------------------------------

def test_an_unchanged_level_is_not_checked_again(tmp_path):
    write_levels(tmp_path / "levels", 2)
    check = CountingCheck()
    open_library(tmp_path / "levels", check, tmp_path / "cache")
    again = open_library(tmp_path / "levels", check, tmp_path / "cache")
    assert check.calls == ["01_level.yaml", "02_level.yaml"]
    assert [lv.id for lv in again.levels] == ["level-1", "level-2"]


def test_a_changed_level_is_checked_again(tmp_path):
    write_levels(tmp_path / "levels", 2)
    check = CountingCheck()
    open_library(tmp_path / "levels", check, tmp_path / "cache")
    (tmp_path / "levels" / "02_level.yaml").write_text(MINIMAL.replace("id: minimal", "id: level-2b"),
                                                       encoding="utf-8")
    again = open_library(tmp_path / "levels", check, tmp_path / "cache")
    assert check.calls == ["01_level.yaml", "02_level.yaml", "02_level.yaml"]
    assert [lv.id for lv in again.levels] == ["level-1", "level-2b"]


def test_another_extra_check_does_not_use_the_remembered_verdicts(tmp_path):
    write_levels(tmp_path / "levels", 1)
    open_library(tmp_path / "levels", CountingCheck(), tmp_path / "cache")
    other = CountingCheck()
    other.cache_key = "counting-check-2"
    open_library(tmp_path / "levels", other, tmp_path / "cache")
    assert other.calls == ["01_level.yaml"]


def test_a_remembered_broken_file_keeps_its_problems_and_its_name(tmp_path):
    (tmp_path / "levels").mkdir()
    (tmp_path / "levels" / "01.yaml").write_text(MINIMAL.replace("points: 10", "points: 010"), encoding="utf-8")
    first = open_library(tmp_path / "levels", CountingCheck(), tmp_path / "cache")
    second = open_library(tmp_path / "levels", CountingCheck(), tmp_path / "cache")
    assert [str(p) for p in second.problems()] == [str(p) for p in first.problems()]
    assert second.broken == 1 and second.results[0].level_id == "minimal"


def test_a_damaged_verdict_store_only_means_checking_again(tmp_path):
    write_levels(tmp_path / "levels", 1)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "level-verdicts.json").write_text("{not json", encoding="utf-8")
    check = CountingCheck()
    library = open_library(tmp_path / "levels", check, tmp_path / "cache")
    assert check.calls == ["01_level.yaml"] and len(library.levels) == 1


def test_a_crash_in_the_extra_check_is_not_remembered(tmp_path):
    write_levels(tmp_path / "levels", 1)
    calls = []

    def flaky(result: LoadResult) -> list[Problem]:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("font file busy")
        return []

    flaky.cache_key = "flaky"
    open_library(tmp_path / "levels", flaky, tmp_path / "cache")
    again = open_library(tmp_path / "levels", flaky, tmp_path / "cache")
    assert len(calls) == 2 and len(again.levels) == 1


def test_a_level_folder_that_does_not_exist_is_a_problem(tmp_path):
    library = open_library(tmp_path / "no-such-folder")
    assert library.levels == [] and "there is no level folder here" in library.problems()[0].message
