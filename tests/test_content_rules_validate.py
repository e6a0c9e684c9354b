"""Content rules `validate` enforces: a decision's answer is never in its punctuation, its share of
safe options or its length, a hunt's question never says there is something to find, and every
level names its rule and its source."""
from __future__ import annotations

import io
from pathlib import Path

from game.levels import validate
from game.levels.catalog import Catalog
from game.levels.library import Library
from game.levels.packs import LevelPack

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
CONTENT = DATA / "content"
ASSETS = DATA / "assets"
CATALOG = Catalog.from_assets(ASSETS)
MINIMAL = (DATA / "minimal_level.yaml").read_text(encoding="utf-8")


def run(path: Path, catalog: Catalog | None = CATALOG, assets: Path = ASSETS) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = validate.run([str(path)], out=out, catalog=catalog, assets_dir=assets)
    return code, out.getvalue().splitlines()


def write(tmp_path: Path, *swaps: tuple[str, str]) -> Path:
    text = MINIMAL
    for old, new in swaps:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "level.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_only_option_ending_in_a_chinese_exclamation_mark_is_an_error_at_its_label():
    path = CONTENT / "only_one_exclaims.yaml"
    code, lines = run(path)
    assert code == 1
    assert lines[0] == (f"{path}:48:16: steps[1].options[0].label: only this option ends in ！; a child can pick "
                        "the answer by its punctuation — end every option the same way")


def test_the_ascii_exclamation_mark_counts_too():
    path = CONTENT / "only_one_exclaims_ascii.yaml"
    code, lines = run(path)
    assert code == 1 and lines[0].startswith(f"{path}:48:16: steps[1].options[0].label: only this option ends in !;")


def test_every_option_ending_in_an_exclamation_mark_gives_nothing_away(tmp_path):
    path = write(tmp_path, ("        label: Fill it in\n", "        label: Fill it in!\n"),
                 ("        label: Close the page\n", "        label: Close the page！\n"))
    assert run(path)[0] == 0


def test_an_exclamation_mark_inside_closing_quotes_still_ends_the_option(tmp_path):
    path = write(tmp_path, ("        label: Fill it in\n", "        label: 他说“快填！”\n"))
    code, lines = run(path)
    assert code == 1 and "only this option ends in ！" in lines[0]


def test_two_safe_options_of_three_are_an_error_that_says_what_a_random_tap_gets():
    path = CONTENT / "safe_majority.yaml"
    code, lines = run(path)
    assert code == 1
    assert lines[0] == (f"{path}:47:7: steps[1].options: 2 of 3 options are safe: a random tap is right 2 times "
                        "in 3; add a risky option or give safe_majority: <why>")


def test_a_decision_that_says_why_most_of_its_options_are_safe_passes(tmp_path):
    path = tmp_path / "explained.yaml"
    path.write_text((CONTENT / "safe_majority.yaml").read_text(encoding="utf-8").replace(
        "    prompt: Fill in the form?\n",
        "    prompt: Fill in the form?\n    safe_majority: Closing and asking mum both keep the ID.\n"),
        encoding="utf-8")
    code, lines = run(path)
    assert (code, lines[-1]) == (0, "levels OK: 1 file, 0 problems")


def test_safe_majority_where_at_most_half_are_safe_is_a_warning_to_remove_it():
    path = CONTENT / "safe_majority_needless.yaml"
    code, lines = run(path)
    assert code == 0
    assert (f"{path}:46:20: steps[1].safe_majority: warning: safe_majority is given, but only 1 of 2 options is "
            "safe, so there is nothing to explain; remove it") in lines


def test_safe_majority_is_only_for_decisions(tmp_path):
    path = write(tmp_path, ("    next: decide\n", "    safe_majority: why\n    next: decide\n"))
    code, lines = run(path)
    assert code == 1 and "'safe_majority' is not used in a panel step" in lines[0]


def test_safe_majority_must_be_text(tmp_path):
    path = write(tmp_path, ("    prompt: Fill in the form?\n", "    prompt: Fill in the form?\n    safe_majority: yes\n"))
    code, lines = run(path)
    assert code == 1 and "steps[1].safe_majority: YAML read this as true/false" in lines[0]


def test_a_label_more_than_twice_as_long_as_the_shortest_is_a_warning_at_the_long_label():
    path = CONTENT / "long_label.yaml"
    code, lines = run(path)
    assert code == 0
    assert lines[1] == (f"{path}:57:16: steps[1].options[1].label: warning: this option has 11 characters, more "
                        "than twice the shortest in its decision (2): the length can give the answer away; make "
                        "the options about as long as each other")
    assert lines[-1] == "levels OK: 1 file, 0 problems, 1 warning"


def test_a_label_exactly_twice_as_long_is_fine(tmp_path):
    path = write(tmp_path, ("        label: Fill it in\n", "        label: 填吧\n"),
                 ("        label: Close the page\n", "        label: 不填关掉\n"))
    assert run(path)[1][-1] == "levels OK: 1 file, 0 problems"


def test_an_empty_rule_is_an_error():
    path = CONTENT / "empty_rule.yaml"
    code, lines = run(path)
    assert code == 1
    assert lines[0].startswith(f"{path}:8:7: rule: the rule is empty; write the one rule a child should remember")


def test_an_empty_source_is_an_error():
    path = CONTENT / "empty_source.yaml"
    code, lines = run(path)
    assert code == 1
    assert lines[0].startswith(f"{path}:9:9: source: the source is empty; name the official source")


def test_a_level_that_breaks_a_content_rule_is_left_out_of_the_game():
    library = Library.open([LevelPack("", CONTENT, ("safe_majority.yaml", "long_label.yaml"))], ASSETS,
                           catalog=CATALOG)
    assert [lv.id for lv in library.levels] == ["long-label"] and library.broken == 1


def test_the_shipped_levels_keep_every_content_rule():
    code, lines = run(ROOT / "levels", catalog=None, assets=ROOT / "assets")
    assert code == 0, lines
    assert not [line for line in lines if "warning:" in line], lines


def _hunt_question_problems(prompt: str) -> list[str]:
    from dataclasses import replace

    from game.levels.rules import check_level

    level = Library.open([LevelPack("", ROOT / "levels")], ROOT / "assets").level("prize-toy")
    steps = tuple(replace(s, prompt=prompt) if s.type == "redflags" else s for s in level.steps)
    return [p.where for p in check_level(replace(level, steps=steps), {}, [])]


def test_a_hunt_question_that_asks_where_is_an_error_at_every_hunt():
    """哪里可疑？ tells the child there is something to find; the screen with nothing on it asked 有没有."""
    assert _hunt_question_problems("这个页面哪里可疑？") == ["steps[9].prompt", "steps[11].prompt"]
    assert len(_hunt_question_problems("群里哪些地方可疑？点一点。")) == 2
    assert len(_hunt_question_problems("点一点，找出可疑的地方。")) == 2
    assert len(_hunt_question_problems("What is suspicious on this page?")) == 2
    assert len(_hunt_question_problems("Tap what is suspicious in this text.")) == 2


def test_a_hunt_question_that_asks_whether_passes():
    assert _hunt_question_problems("这个页面有没有可疑的地方？") == []
    assert _hunt_question_problems("再看看群里，有没有可疑的地方？") == []
    assert _hunt_question_problems("Is anything on this page suspicious?") == []
