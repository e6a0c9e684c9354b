"""`python -m game autoplay`: plays level 1 headless through the real scenes and prints one JSON object.

Each policy is run once as a real subprocess (module fixtures); the tests only
read its output, so they do not depend on each other or on their order.
"""
from __future__ import annotations

import json

import pytest
from conftest import run_python

KEYS = {"level", "score", "max_score", "decisions", "feedback_shown", "ending", "frames", "clues_found",
        "clues_missed", "leaked", "notebook_added"}


def autoplay(home, *args: str):
    return run_python(["-m", "game", "autoplay", *args], home)


def parsed(proc) -> dict:
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def safe_run(tmp_path_factory):
    return autoplay(tmp_path_factory.mktemp("home"), "01", "--policy", "safe")


@pytest.fixture(scope="module")
def risky_run(tmp_path_factory):
    return autoplay(tmp_path_factory.mktemp("home"), "01", "--policy", "risky")


@pytest.fixture(scope="module")
def safe(safe_run) -> dict:
    return parsed(safe_run)


@pytest.fixture(scope="module")
def risky(risky_run) -> dict:
    return parsed(risky_run)


# -- the output ---------------------------------------------------------------------------


def test_stdout_is_exactly_one_json_object(safe_run):
    assert safe_run.returncode == 0, safe_run.stderr
    value, end = json.JSONDecoder().raw_decode(safe_run.stdout)
    assert isinstance(value, dict) and safe_run.stdout[end:].strip() == ""


def test_the_json_has_every_documented_key(safe):
    assert KEYS <= set(safe)


def test_each_decision_is_listed_with_step_option_and_safe(safe):
    assert all(set(d) == {"step", "option", "safe"} for d in safe["decisions"]) and safe["decisions"]


def test_the_level_is_named_by_its_id(safe):
    assert safe["level"] == "prize-toy"


# -- the safe policy ---------------------------------------------------------------------


def test_the_safe_policy_scores_max_score(safe):
    assert safe["score"] == safe["max_score"] > 0


def test_the_safe_policy_reaches_a_safe_ending(safe, level1):
    assert level1.step(safe["ending"]).outcome == "safe"


def test_the_safe_policy_leaks_nothing(safe):
    assert safe["leaked"] == []


def test_the_safe_policy_misses_no_clue(safe):
    assert safe["clues_missed"] == []


def test_the_safe_policy_finds_every_clue_of_the_hunts_it_meets(safe, level1):
    hunts = ("spot_official", "spot_look")
    expected = list(dict.fromkeys(c for h in hunts for c in level1.step(h).clues))
    assert safe["clues_found"] == expected


def test_the_safe_policy_chooses_only_safe_options(safe):
    assert [d["safe"] for d in safe["decisions"]] == [True, True]


def test_the_safe_policy_adds_nothing_to_the_notebook(safe):
    assert safe["notebook_added"] == 0


# -- the risky policy ---------------------------------------------------------------------


def test_the_risky_policy_scores_less_than_the_safe_one(safe, risky):
    assert risky["score"] < safe["score"]


def test_the_risky_policy_reaches_the_consequence_ending(risky, level1):
    assert level1.step(risky["ending"]).outcome == "consequence"


def test_the_risky_policy_is_shown_feedback_at_least_twice(risky):
    assert risky["feedback_shown"] >= 2


def test_the_risky_policy_leaks_id_address_and_phone(risky):
    assert {"id_number", "address", "phone"} <= set(risky["leaked"])


def test_the_risky_policy_chooses_risky_options(risky):
    assert [(d["step"], d["option"], d["safe"]) for d in risky["decisions"]] == [
        ("decide_link", "open", False), ("decide_fill", "fill", False), ("decide_official", "refuse", False)]


def test_the_risky_policys_mistakes_go_into_the_notebook(risky):
    assert risky["notebook_added"] > 0


# -- guessing does not pay -------------------------------------------------------------------


def test_tapping_every_part_earns_at_most_half_the_hunt_points(tmp_path, level1):
    from game.play.scoring import hunt_points

    tap_all = parsed(autoplay(tmp_path, "01", "--policy", "tap-all", "--seed", "1"))
    total = sum(hunt_points(level1, s) for s in level1.steps if s.type == "redflags")
    assert total > 0 and tap_all["hunt_points"] <= total / 2


# -- random and errors ---------------------------------------------------------------------


def test_the_random_policy_with_the_same_seed_plays_the_same_game(tmp_path):
    first = parsed(autoplay(tmp_path / "a", "01", "--policy", "random", "--seed", "1"))
    second = parsed(autoplay(tmp_path / "b", "01", "--policy", "random", "--seed", "1"))
    assert first == second


def test_an_unknown_level_exits_1_naming_the_known_levels(tmp_path):
    proc = autoplay(tmp_path, "no-such-level")
    assert (proc.returncode, "no-such-level" in proc.stderr, "prize-toy" in proc.stderr) == (1, True, True)


def test_an_unknown_level_prints_no_traceback(tmp_path):
    proc = autoplay(tmp_path, "no-such-level")
    assert "Traceback" not in proc.stderr + proc.stdout


def test_an_unknown_level_prints_nothing_on_stdout(tmp_path):
    assert autoplay(tmp_path, "no-such-level").stdout == ""


def test_a_missing_level_file_exits_1_without_a_traceback(tmp_path):
    proc = autoplay(tmp_path, str(tmp_path / "missing.yaml"))
    assert (proc.returncode, "missing.yaml" in proc.stderr, "Traceback" in proc.stderr) == (1, True, False)
