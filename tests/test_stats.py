"""`validate --stats`: the numbers that show whether levels teach judgement, counted exactly."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import types
from pathlib import Path

from game.levels import stats, validate
from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.levels.model import Feedback, Option, Step

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
CATALOG = Catalog.from_assets(DATA / "assets")
MINIMAL = DATA / "minimal_level.yaml"
SET = DATA / "stats"
HARM = {"id_number": "身份证号会被人冒用。"}  # (9 汉字, 10 visible), standing in for the game's sentence


def numbers(path: Path, harms: dict[str, str] | None = None) -> dict:
    result = load_level(path, CATALOG)
    assert result.level is not None, [str(p) for p in result.problems]
    return stats.level_stats(result, str(path), harms)


def run_stats(*paths: Path, catalog: Catalog | None = CATALOG, assets: Path = DATA / "assets") -> tuple[int, dict, str]:
    out, err = io.StringIO(), io.StringIO()
    code = validate.run([str(p) for p in paths], out=out, err=err, catalog=catalog, assets_dir=assets, stats=True)
    return code, json.loads(out.getvalue()), err.getvalue()


def option(verdict: str) -> Option:
    return Option(verdict, verdict, verdict, Feedback(("x",)), "end")


# -- the minimal level, counted by hand ------------------------------------------------------
# Visible characters (no spaces), 汉字 in brackets where there are any:
#   panel `ad`: bubble "A free toy?" 9, url 17, body "Fill in the form" 13, field label "ID" 2,
#               button "Get it" 5                                                         = 46
#   decision:   prompt "Fill in the form?" 14, labels "Fill it in" 8 + "Close the page" 12  = 34
#   fill:       "That is not the game's site." 23, clue texts 20 + 21                      = 64
#   close:      [Right, a toy needs no ID.] is a YAML list of two: "Right" 5 + 14           = 19
#   end_good:   "Page closed" 10 + rule "A prize that wants your ID is a trap." 29          = 39
#   end_bad:    "Details leaked" 13 + rule 29 + the ID number's harm 10 (9 汉字)           = 52

def test_the_minimal_levels_shortest_path_is_read_to_the_character():
    assert numbers(MINIMAL, HARM)["chars_shortest"] == {"hanzi": 0, "visible": 46 + 34 + 19 + 39,
                                                        "path": ["ad", "decide", "end_good"]}


def test_the_minimal_levels_longest_path_adds_the_harm_of_what_leaked():
    assert numbers(MINIMAL, HARM)["chars_longest"] == {"hanzi": 9, "visible": 46 + 34 + 64 + 52,
                                                       "path": ["ad", "decide", "end_bad"]}


def test_the_minimal_levels_minutes_are_its_longest_hanzi_at_150_a_minute():
    assert numbers(MINIMAL, HARM)["minutes_longest"] == 0.1  # 9 / 150 = 0.06


def test_the_minimal_levels_decisions_options_clues_and_hunts_are_counted():
    n = numbers(MINIMAL, HARM)
    assert (n["id"], n["steps"], n["decisions"], n["clues"], n["hunts"]) == \
        ("minimal", 4, {"fraud": 1, "genuine": 0}, 2, 0)
    assert n["options"] == [{"step": "decide", "safe": 1, "risky": 1, "too_suspicious": 0}]


# -- a Chinese level with a hunt, a branch and a leak (counts in tests/data/stats/01_parcel.yaml) --

def test_a_panel_shown_again_is_not_read_again_and_a_hunt_reads_all_its_clues():
    n = numbers(SET / "01_parcel.yaml")
    # sms (13, 19) + spot (10, 12) + choose (13, 15) + ask's feedback (1, 2) + safe_end (9, 10)
    assert n["chars_shortest"] == {"hanzi": 46, "visible": 58,
                                   "path": ["sms", "spot", "choose", "after", "safe_end"]}


def test_the_longest_path_goes_through_the_branch_its_leak_takes():
    n = numbers(SET / "01_parcel.yaml")
    # ... + tap's feedback with its clue (11, 13) + leaked: title, text, rule, the phone's own harm (24, 27)
    assert n["chars_longest"] == {"hanzi": 71, "visible": 86,
                                  "path": ["sms", "spot", "choose", "after", "leaked"]}
    assert n["minutes_longest"] == 0.5  # 71 / 150 = 0.47


def test_a_filled_form_shows_the_typed_details_instead_of_the_placeholder(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8").replace("            fill: id_number\n",
                                                       "            fill: id_number\n"
                                                       "            placeholder: 请填写\n", 1)
    empty, filled = tmp_path / "empty.yaml", tmp_path / "filled.yaml"
    empty.write_text(text, encoding="utf-8")
    filled.write_text(text.replace("        button: Get it\n", "        button: Get it\n        filled: true\n"),
                      encoding="utf-8")
    plain = numbers(MINIMAL)["chars_shortest"]["visible"]
    assert numbers(empty)["chars_shortest"]["visible"] == plain + 3  # 请填写
    assert numbers(filled)["chars_shortest"]["visible"] == plain + 18  # the persona's ID number


def test_sixty_decisions_in_a_row_are_measured_without_listing_every_path(tmp_path):
    steps = ["steps:"]
    for i in range(60):
        steps += [f"  - id: d{i}", "    type: decision", "    panel: p", "    prompt: Go?",
                  "    options:"]
        for name, verdict, label in (("a", "safe", "Stop"), ("b", "risky", "Yes please")):
            leaks = "[phone]" if name == "b" and i % 2 else "[]"
            steps += [f"      - id: {name}", f"        label: {label}", f"        verdict: {verdict}",
                      f"        leaks: {leaks}",
                      "        feedback:", "          text: [Why.]", f"        next: {f'd{i + 1}' if i < 59 else 'end'}"]
    steps += ["  - id: end", "    type: ending", "    outcome: safe", "    title: End"]
    head = MINIMAL.read_text(encoding="utf-8").split("steps:\n", 1)[0].split("clues:\n", 1)[0]
    panel = ["  - id: p", "    panel:", "      background: bedroom_night", "    next: d0"]
    path = tmp_path / "long.yaml"
    path.write_text(head + "\n".join(steps[:1] + panel + steps[1:]) + "\n", encoding="utf-8")
    began = time.perf_counter()
    n = numbers(path)
    assert time.perf_counter() - began < 5
    assert n["decisions"] == {"fraud": 60, "genuine": 0}
    # each decision: "Go?" 3 + "Stop" 4 + "Yesplease" 9 + "Why." 4; the ending: "End" 3 + the rule 29
    assert n["chars_longest"]["visible"] == n["chars_shortest"]["visible"] == 60 * 20 + 32


# -- fraud and genuine, and the set ----------------------------------------------------------

def test_a_decision_is_genuine_when_refusing_it_is_too_suspicious():
    genuine = Step("g", "decision", options=(option("safe"), option("too_suspicious"), option("risky")))
    fraud = Step("f", "decision", options=(option("safe"), option("risky")))
    assert (stats.is_genuine(genuine), stats.is_genuine(fraud)) == (True, False)


def test_the_genuine_share_is_taken_over_every_decision_of_the_set():
    code, report, _ = run_stats(SET)
    assert code == 0
    assert [lv["decisions"] for lv in report["levels"]] == [{"fraud": 1, "genuine": 0}, {"fraud": 1, "genuine": 1}]
    assert report["set"] == {"levels": 2, "decisions": 3, "genuine": 1, "genuine_share": 0.333, "fraud_types": 2}


def test_a_set_with_no_decisions_has_no_genuine_share():
    assert stats.set_stats([])["genuine_share"] is None


def test_a_broken_level_is_left_out_of_the_numbers_and_its_problem_goes_to_stderr(tmp_path):
    (tmp_path / "01_good.yaml").write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "02_bad.yaml").write_text(MINIMAL.read_text(encoding="utf-8").replace("id: minimal", "id: bad")
                                          .replace("next: decide", "next: decid"), encoding="utf-8")
    code, report, err = run_stats(tmp_path)
    assert code == 1
    assert [lv["id"].rsplit("/", 1)[-1] for lv in report["levels"]] == ["minimal"]
    assert "there is no step 'decid'" in err


def test_the_quick_round_is_left_out_while_its_module_offers_no_numbers(monkeypatch):
    monkeypatch.setitem(sys.modules, "game.levels.quick", types.ModuleType("game.levels.quick"))
    assert "quick" not in run_stats(SET)[1]


def test_each_quick_round_set_that_loads_is_listed_with_its_own_numbers(monkeypatch):
    module = types.ModuleType("game.levels.quick")
    good, broken = types.SimpleNamespace(item_set="set-a"), types.SimpleNamespace(item_set=None)
    module.check_targets = lambda targets, assets_dir: [good, broken] if targets == [str(SET)] else []
    module.set_stats = lambda item_set: {"set": item_set, "items": 10, "genuine": 5, "genuine_share": 0.5}
    monkeypatch.setitem(sys.modules, "game.levels.quick", module)
    assert run_stats(SET)[1]["quick"] == [{"set": "set-a", "items": 10, "genuine": 5, "genuine_share": 0.5}]


def test_the_command_prints_one_json_object_with_levels_and_set():
    result = subprocess.run([sys.executable, "-m", "game", "validate", "--stats", str(SET)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8")
    report = json.loads(result.stdout)
    assert result.returncode == 0
    assert set(report) >= {"levels", "set"} and report["levels"][0]["fraud_type"] == "钓鱼短信"
    assert '"钓鱼短信"' in result.stdout and '\n "levels": [' in result.stdout  # not \u escapes; indent 1


def test_the_shipped_levels_have_numbers_and_every_path_ends():
    code, report, err = run_stats(ROOT / "levels", catalog=None, assets=ROOT / "assets")
    assert report["levels"], err
    for level in report["levels"]:
        assert level["chars_longest"]["hanzi"] >= level["chars_shortest"]["hanzi"] > 0
        assert level["chars_longest"]["path"][-1] != level["chars_longest"]["path"][0]
