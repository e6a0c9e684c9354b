"""Checks across a whole level: story graph, clues on panels, art, persona, leaks."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from game.levels.catalog import Catalog
from game.levels.lint import id_number_passes_checksum, lint_level
from game.levels.loader import LoadResult, load_level

DATA = Path(__file__).parent / "data"
CATALOG = Catalog.from_assets(DATA / "assets")
MINIMAL = (DATA / "minimal_level.yaml").read_text(encoding="utf-8")
PASSING_ID = "320200201301011237"  # made up, but its last digit is the right check digit

LOOK_AGAIN = """  - id: look_again
    panel: ad
    next: ad
"""


def load_changed(tmp_path: Path, *edits: tuple[str, str]) -> LoadResult:
    text = MINIMAL
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = tmp_path / "level.yaml"
    path.write_text(text, encoding="utf-8")
    return load_level(path, CATALOG, "level.yaml")


def messages(result: LoadResult) -> list[str]:
    return [p.message for p in result.problems]


def one_message(result: LoadResult) -> str:
    assert len(result.problems) == 1, [str(p) for p in result.problems]
    return result.problems[0].message


def minimal_level(tmp_path: Path):
    return load_changed(tmp_path).level


# -- the ID number checksum -----------------------------------------------------------------

def test_an_id_number_with_the_right_check_digit_passes_the_checksum():
    assert id_number_passes_checksum(PASSING_ID)


def test_the_readme_example_id_number_fails_the_checksum():
    assert not id_number_passes_checksum("32020020130101123X")


def test_an_id_number_of_the_wrong_length_never_passes():
    assert not id_number_passes_checksum(PASSING_ID[:-1])


def test_a_persona_id_number_that_passes_the_checksum_is_refused(tmp_path):
    result = load_changed(tmp_path, ("32020020130101123X", PASSING_ID))
    assert "use an ID number that fails the checksum" in one_message(result)
    assert result.problems[0].where == "persona.id_number"


# -- the story graph -----------------------------------------------------------------------

def test_a_next_to_a_missing_step_suggests_the_nearest_id(tmp_path):
    result = load_changed(tmp_path, ("next: end_good", "next: end_god"))
    assert one_message(result) == "there is no step 'end_god' (did you mean 'end_good'?)"


def test_a_start_that_names_no_step_is_reported(tmp_path):
    result = load_changed(tmp_path, ("steps:\n", "start: begin\nsteps:\n"))
    assert one_message(result).startswith("there is no step 'begin'")


def test_a_step_no_path_reaches_is_reported_at_the_step(tmp_path):
    result = load_changed(tmp_path, ("  - id: end_good\n", LOOK_AGAIN.replace("next: ad", "next: end_good")
                                     + "  - id: end_good\n"))
    assert "step 'look_again' can't be reached from the start ('ad')" in one_message(result)
    assert result.problems[0].where == "steps[2]"


def test_a_loop_is_reported_at_the_next_that_closes_it(tmp_path):
    result = load_changed(tmp_path, ("next: end_good", "next: look_again"), ("  - id: end_good\n", LOOK_AGAIN
                                     + "  - id: end_good\n"))
    assert "this leads back to step 'ad', which makes a loop" in messages(result)[0]
    assert result.problems[0].where == "steps[2].next"


def test_a_step_with_no_way_on_is_reported(tmp_path):
    level = minimal_level(tmp_path)
    stuck = replace(level, steps=(replace(level.steps[0], next=""),) + level.steps[1:])
    found = [p.message for p in lint_level(stuck, CATALOG)]
    assert any("step 'ad' has no way on" in m for m in found)


def test_problems_without_positions_have_no_line(tmp_path):
    level = minimal_level(tmp_path)
    broken = replace(level, start="nowhere")
    problem = lint_level(broken, CATALOG)[0]
    assert problem.line == 0 and str(problem).startswith(f"{level.path}: start:")


# -- decisions -----------------------------------------------------------------------------

def test_a_decision_without_a_safe_option_is_reported(tmp_path):
    result = load_changed(tmp_path, ("verdict: safe", "verdict: too_suspicious"))
    assert "decision 'decide' has no safe option" in one_message(result)


def test_a_risky_option_may_not_pay_more_than_the_best_safe_one(tmp_path):
    result = load_changed(tmp_path, ("leaks: [id_number]", "leaks: [id_number]\n        points: 11"))
    assert "option 'fill' gives 11 points, more than the best safe option (10)" in one_message(result)


# -- clues ---------------------------------------------------------------------------------

def test_feedback_naming_an_unknown_clue_is_reported(tmp_path):
    result = load_changed(tmp_path, ("clues: [odd_url, id_field]", "clues: [odd_url, id_feld]"))
    assert one_message(result) == "no clue 'id_feld' under clues (did you mean 'id_field'?)"


def test_a_field_clue_needs_that_field_on_the_decision_panel(tmp_path):
    result = load_changed(tmp_path, ('target: "field:id_number"', 'target: "field:phone"'))
    assert "points at field:phone, but the panel of step 'decide' has no field 'phone'" in one_message(result)


def test_a_body_clue_needs_that_many_body_lines(tmp_path):
    result = load_changed(tmp_path, ('target: "field:id_number"', 'target: "body:1"'))
    assert "has only 1 body line (counted from 0)" in one_message(result)


def test_a_url_clue_on_a_chat_screen_is_reported(tmp_path):
    chat = ("        kind: web\n        url: toy-prize.top/get\n        body:\n          - Fill in the form\n"
            "        fields:\n          - id: id_number\n            label: ID\n            fill: id_number\n"
            "        button: Get it\n",
            "        kind: chat\n        messages:\n          - sender: them\n            text: Free toy!\n")
    result = load_changed(tmp_path, chat, ('target: "field:id_number"', 'target: "message:0"'))
    assert "points at url, but the panel of step 'decide' shows a chat screen" in one_message(result)


def test_a_message_clue_on_a_web_screen_is_reported(tmp_path):
    result = load_changed(tmp_path, ('target: "field:id_number"', 'target: "message:0"'))
    assert "shows a web screen, which has no messages" in one_message(result)


def test_a_rect_clue_fits_any_panel(tmp_path):
    result = load_changed(tmp_path, ('target: "field:id_number"', "target: rect\n    rect: [0, 0, 10, 10]"))
    assert result.problems == []


def test_a_redflag_hunt_checks_its_clues_against_its_panel(tmp_path):
    hunt = ("    next: decide\n", "    next: hunt\n  - id: hunt\n    type: redflags\n    panel: ad\n"
            "    prompt: Anything odd?\n    clues: [odd_url, countdown]\n    next: decide\n")
    result = load_changed(tmp_path, hunt)
    assert one_message(result) == "no clue 'countdown' under clues"


# -- art -----------------------------------------------------------------------------------

def test_an_unknown_background_suggests_a_known_one(tmp_path):
    result = load_changed(tmp_path, ("background: bedroom_night", "background: bedroom"))
    assert one_message(result) == "unknown background 'bedroom' (did you mean 'bedroom_night'?)"


def test_an_unknown_character_is_reported(tmp_path):
    result = load_changed(tmp_path, ("character: xiaoqing", "character: xiaoqin"))
    assert "unknown character 'xiaoqin' (did you mean 'xiaoqing'?)" in messages(result)


def test_a_pose_the_character_does_not_have_is_reported(tmp_path):
    result = load_changed(tmp_path, ("pose: phone", "pose: pointing"))
    assert one_message(result).startswith("xiaoqing has no pose 'pointing'; use one of: standing, phone")


def test_an_expression_the_character_does_not_have_is_reported(tmp_path):
    result = load_changed(tmp_path, ("pose: phone", "pose: phone\n          expression: thinking"))
    assert one_message(result).startswith("xiaoqing has no expression 'thinking'")


def test_feedback_expressions_are_the_guides_expressions(tmp_path):
    result = load_changed(tmp_path, ("expression: worried", "expression: relieved"))
    assert one_message(result).startswith("xiaolang has no expression 'relieved'")


def test_a_speaker_must_be_on_the_panel(tmp_path):
    result = load_changed(tmp_path, ("speaker: xiaoqing", "speaker: mom"))
    assert "'mom' is not on this panel" in one_message(result)


def test_the_narrator_may_always_speak(tmp_path):
    assert load_changed(tmp_path, ("speaker: xiaoqing", "speaker: narrator")).problems == []


# -- persona and leaks -----------------------------------------------------------------------

def test_a_field_filled_from_an_empty_persona_detail_is_reported(tmp_path):
    result = load_changed(tmp_path, ("fill: id_number", "fill: address"))
    assert "fill: address but the persona has no address" in one_message(result)


def test_an_unknown_leak_kind_in_an_option_is_reported(tmp_path):
    result = load_changed(tmp_path, ("leaks: [id_number]", "leaks: [idnumber]"))
    assert "'idnumber' is not a leak kind" in one_message(result)


def test_an_unknown_leak_kind_in_harms_is_reported(tmp_path):
    result = load_changed(tmp_path, ("clues:\n", "harms:\n  money: Gone.\nclues:\n"))
    assert one_message(result).startswith("'money' is not a leak kind; use one of: id_number")


def test_an_unknown_leak_kind_in_a_branch_is_reported(tmp_path):
    branch = ("  - id: end_good\n", "  - id: check\n    type: branch\n    cases:\n"
              "      - if_leaked: [passport]\n        next: end_bad\n    otherwise: end_good\n  - id: end_good\n")
    result = load_changed(tmp_path, ("next: end_bad", "next: check"), branch)
    assert "'passport' is not a leak kind" in one_message(result)


def test_lint_problems_point_at_the_offending_value(tmp_path):
    result = load_changed(tmp_path, ("background: bedroom_night", "background: bedroom"))
    assert (result.problems[0].line, result.problems[0].col) == (24, 19)


# -- where actors stand ----------------------------------------------------------------------

def test_an_actor_at_the_right_of_a_panel_with_a_phone_screen_is_refused(tmp_path):
    result = load_changed(tmp_path, ("          pose: phone\n", "          pose: phone\n          position: right\n"))
    assert "phone screen takes the right" in one_message(result)


def test_two_actors_at_the_same_place_are_refused(tmp_path):
    second = "        - character: xiaolang\n          position: left\n      bubbles:\n"
    result = load_changed(tmp_path, ("      bubbles:\n", second))
    assert "already stands at 'left'" in one_message(result)


# -- the scoring trap ------------------------------------------------------------------------

def hunt_after(step: str) -> tuple[str, str]:
    """An edit adding a hunt on the ad's panel that goes on to `step`."""
    return ("  - id: end_good\n", "  - id: spot\n    type: redflags\n    panel: ad\n    prompt: Anything odd?\n"
                                   f"    clues: [odd_url, id_field]\n    next: {step}\n  - id: end_good\n")


TEN_POINT_CLUES = (("    text: Not the game's own site.\n", "    text: Not the game's own site.\n    points: 10\n"),
                   ("    text: Why would a toy need an ID?\n", "    text: Why would a toy need an ID?\n    points: 10\n"))


def test_a_hunt_only_a_risky_choice_reaches_is_a_warning_not_an_error(tmp_path):
    result = load_changed(tmp_path, *TEN_POINT_CLUES, ("        next: end_bad\n", "        next: spot\n"),
                          hunt_after("end_bad"))
    assert [p.severity for p in result.problems] == ["warning"] and result.level is not None
    assert "can get at most 10 of 20 points" in result.problems[0].message


def test_a_hunt_on_the_safe_path_is_no_trap(tmp_path):
    result = load_changed(tmp_path, *TEN_POINT_CLUES, ("        next: end_good\n", "        next: spot\n"),
                          hunt_after("end_good"))
    assert result.problems == []


def test_a_risky_option_that_pays_more_later_warns_without_naming_a_hunt(tmp_path):
    later = ("  - id: end_good\n", "  - id: again\n    type: decision\n    panel: ad\n    prompt: Again?\n"
             "    options:\n      - id: yes_\n        label: Sure\n        verdict: safe\n        points: 50\n"
             "        feedback: {text: [Good.]}\n        next: end_bad\n"
             "      - id: no_\n        label: Stop\n        verdict: risky\n"
             "        feedback: {text: [Hm.]}\n        next: end_bad\n  - id: end_good\n")
    result = load_changed(tmp_path, ("        next: end_bad\n", "        next: again\n"), later)
    assert [p.where for p in result.problems] == ["steps"]
    assert "at most 10 of 50 points" in result.problems[0].message
