"""The level loader: YAML files in, frozen Level records or author-friendly problems out."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.levels.catalog import Catalog
from game.levels.loader import LoadResult, load_level, load_levels
from game.levels.problems import LevelError, Problem
from game.levels.yamlsource import MAX_BYTES

DATA = Path(__file__).parent / "data"
CATALOG = Catalog.from_assets(DATA / "assets")
MINIMAL = (DATA / "minimal_level.yaml").read_text(encoding="utf-8")


def load_text(tmp_path: Path, text: str, name: str = "level.yaml") -> LoadResult:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_level(path, CATALOG, name)


def changed(old: str, new: str) -> str:
    assert old in MINIMAL, old
    return MINIMAL.replace(old, new, 1)


def messages(result: LoadResult) -> list[str]:
    return [p.message for p in result.problems]


def only_problem(result: LoadResult) -> Problem:
    assert len(result.problems) == 1, [str(p) for p in result.problems]
    return result.problems[0]


@pytest.fixture(scope="module")
def every_feature() -> LoadResult:
    return load_level(DATA / "good_levels" / "01_every_feature.yaml", CATALOG)


# -- good levels ---------------------------------------------------------------------------

def test_the_minimal_level_loads_without_problems(tmp_path):
    result = load_text(tmp_path, MINIMAL)
    assert result.problems == [] and result.level is not None


def test_the_every_feature_level_loads_without_problems(every_feature):
    assert [str(p) for p in every_feature.problems] == []
    assert every_feature.level is not None


def test_a_level_with_a_byte_order_mark_and_crlf_line_endings_loads(tmp_path):
    result = load_level(DATA / "good_levels" / "02_bom_crlf.yaml", CATALOG)
    assert result.problems == []
    assert result.level.id == "bom-crlf"
    assert result.level.step("decide").option("walk").points == 10


def test_the_every_feature_level_has_every_step_type(every_feature):
    types = {s.type for s in every_feature.level.steps}
    assert types == {"panel", "decision", "redflags", "branch", "ending"}


def test_the_every_feature_level_has_every_screen_kind(every_feature):
    kinds = {s.panel.screen.kind for s in every_feature.level.steps if s.panel and s.panel.screen}
    assert kinds == {"web", "chat", "sms"}


def test_the_every_feature_level_has_clues_of_every_target_kind(every_feature):
    kinds = {c.target.split(":")[0] for c in every_feature.level.clues.values()}
    assert kinds == {"url", "title", "banner", "countdown", "button", "field", "body", "message", "rect"}


def test_level_header_values_are_read(every_feature):
    level = every_feature.level
    assert (level.id, level.difficulty, level.start) == ("every-feature", 2, "ad")
    assert len(level.source) == 2
    assert set(level.harms) == {"id_number", "phone"}
    assert level.path.endswith("01_every_feature.yaml")


def test_persona_details_are_read_as_text(every_feature):
    persona = every_feature.level.persona
    assert (persona.id_number, persona.phone, persona.code) == ("32020020130101123X", "123 4567 8901", "000000")


def test_a_reused_panel_is_the_same_panel_and_names_its_step(every_feature):
    level = every_feature.level
    assert level.step("decide_form").panel is level.step("ad").panel
    assert level.step("decide_form").panel_from == "ad"
    assert level.step("ad").panel_from == ""


def test_web_screen_values_are_read(every_feature):
    screen = every_feature.level.step("ad").panel.screen
    assert screen.url == "yzbyr-huodong.top/lingjiang"
    assert [(f.id, f.fill) for f in screen.fields] == [("id_number", "id_number"), ("address", "address"),
                                                       ("phone", "phone")]
    assert len(screen.body) == 2 and screen.filled is False


def test_chat_messages_keep_their_senders(every_feature):
    screen = every_feature.level.step("school_chat").panel.screen
    assert [m.sender for m in screen.messages] == ["them", "me"]


def test_clue_points_default_to_five_and_rects_become_tuples(every_feature):
    clues = every_feature.level.clues
    assert clues["odd_url"].points == 5 and clues["id_field"].points == 10
    assert clues["sms_corner"].rect == (900, 40, 300, 120)


def test_decision_options_keep_verdicts_points_and_leaks(every_feature):
    submit = every_feature.level.step("decide_form").option("submit")
    assert (submit.verdict, submit.points, submit.leaks) == ("risky", 0, ("id_number", "address", "phone"))
    assert submit.feedback.clues == ("odd_url", "id_field") and len(submit.feedback.text) == 2


def test_one_feedback_sentence_may_be_written_as_plain_text(every_feature):
    assert len(every_feature.level.step("decide_form").option("close").feedback.text) == 1


def test_feedback_expression_defaults_to_neutral(every_feature):
    assert every_feature.level.step("decide_notice").option("doubt").feedback.expression == "neutral"


def test_redflag_hunts_keep_their_settings(every_feature):
    hunt = every_feature.level.step("spot_ad")
    assert (hunt.wrong_tap_cost, hunt.max_wrong, hunt.next) == (2, 4, "decide_form")
    assert hunt.clues[0] == "odd_url" and len(hunt.clues) == 7


def test_branch_cases_are_read_in_order(every_feature):
    branch = every_feature.level.step("after_form")
    assert [c.if_leaked for c in branch.cases] == [("id_number", "address"), ("phone",)]
    assert branch.otherwise == "school_chat"


def test_actor_defaults_are_standing_neutral_left(every_feature):
    actor = every_feature.level.step("school_chat").panel.actors[1]
    assert (actor.character, actor.pose, actor.expression, actor.position) == ("mom", "standing", "neutral", "center")


def test_type_defaults_to_panel(tmp_path):
    assert load_text(tmp_path, MINIMAL).level.step("ad").type == "panel"


def test_start_defaults_to_the_first_step(tmp_path):
    assert load_text(tmp_path, MINIMAL).level.start == "ad"


def test_source_may_be_a_single_text(tmp_path):
    assert load_text(tmp_path, MINIMAL).level.source == ("Anti-fraud centre leaflet",)


# -- problems an author makes ----------------------------------------------------------------

def test_unquoted_yes_in_a_label_asks_the_author_to_quote_it(tmp_path):
    problem = only_problem(load_text(tmp_path, changed("label: Close the page", "label: yes")))
    assert problem.where == "steps[1].options[1].label"
    assert "YAML read this as true/false" in problem.message and "quotes" in problem.message


def test_unquoted_number_in_a_text_field_asks_the_author_to_quote_it(tmp_path):
    problem = only_problem(load_text(tmp_path, changed('phone: "123 4567 8901"', "phone: 010")))
    assert "YAML read this as a number; put it in quotes" in problem.message


def test_a_misspelt_key_gets_a_did_you_mean_at_the_key(tmp_path):
    result = load_text(tmp_path, changed("        next: end_good", "        nxet: end_good"))
    typo = next(p for p in result.problems if "nxet" in p.message)
    assert str(typo).endswith("steps[1].options[1]: unknown key 'nxet' (did you mean 'next'?)")
    assert (typo.line, typo.col) == (62, 9)


def test_a_missing_required_key_is_reported(tmp_path):
    problem = only_problem(load_text(tmp_path, changed("        label: Fill it in\n", "")))
    assert problem.message == "missing 'label'" and problem.where == "steps[1].options[0]"


def test_a_wrong_word_lists_the_allowed_ones(tmp_path):
    problem = only_problem(load_text(tmp_path, changed("verdict: safe", "verdict: sfae")))
    assert "'sfae' is not one of: safe, risky, too_suspicious (did you mean 'safe'?)" in problem.message


def test_a_duplicate_mapping_key_is_reported_where_it_repeats(tmp_path):
    result = load_text(tmp_path, changed("  id_field:", "  odd_url:"))
    problem = next(p for p in result.problems if "duplicate key" in p.message)
    assert problem.line == 18 and "first at line 15" in problem.message


def test_a_duplicate_step_id_is_reported(tmp_path):
    result = load_text(tmp_path, changed("  - id: end_bad", "  - id: end_good"))
    assert any("step id 'end_good' is used twice" in m for m in messages(result))


def test_text_length_counts_characters_not_bytes(tmp_path):
    fits = load_text(tmp_path, changed("text: A free toy?", "text: " + "\u00e9" * 40))
    too_long = load_text(tmp_path, changed("text: A free toy?", "text: " + "\u00e9" * 41))
    assert fits.problems == []
    assert "text is too long: 41 characters, at most 40" in only_problem(too_long).message


def test_a_decision_needs_two_to_four_options(tmp_path):
    five = MINIMAL.split("  - id: end_good")[0].split("    options:\n")[1] * 3
    result = load_text(tmp_path, changed("    options:\n", "    options:\n" + five))
    assert any("needs 2 to 4 options, not 8" in m for m in messages(result))


def test_a_key_of_another_step_type_says_where_it_belongs(tmp_path):
    problem = only_problem(load_text(tmp_path, changed("    prompt: Fill in the form?\n",
                                                        "    prompt: Fill in the form?\n    next: end_good\n")))
    assert "'next' is not used in a decision step (each option has its own next)" in problem.message


def test_a_web_only_key_on_a_chat_screen_is_reported(tmp_path):
    result = load_text(tmp_path, changed("kind: web", "kind: chat"))
    assert "'url' is only for web screens" in messages(result)


def test_panel_reuse_must_name_a_step_with_its_own_panel(tmp_path):
    result = load_text(tmp_path, changed("    title: Page closed\n", "    title: Page closed\n    panel: decide\n"))
    assert "step 'decide' has no panel of its own to show" in messages(result)


def test_a_rect_must_fit_inside_the_panel(tmp_path):
    result = load_text(tmp_path, changed("    target: url\n", "    target: rect\n    rect: [1000, 0, 400, 100]\n"))
    assert any("fit inside 1280x720" in m for m in messages(result))


def test_only_format_1_is_read(tmp_path):
    assert "format 2 is not supported" in only_problem(load_text(tmp_path, changed("format: 1", "format: 2"))).message


def test_every_problem_in_a_file_is_reported_in_line_order(tmp_path):
    text = changed("label: Close the page", "label: no").replace("title: Free toy?", "title: on")
    result = load_text(tmp_path, text)
    assert len(result.problems) == 2
    assert [p.line for p in result.problems] == sorted(p.line for p in result.problems)


def test_a_level_with_problems_is_not_handed_out(tmp_path):
    assert load_text(tmp_path, changed("label: Close the page", "label: no")).level is None


# -- hostile and broken files ----------------------------------------------------------------

def test_a_python_tag_is_refused_and_never_run(tmp_path):
    marker = tmp_path / "ran"
    text = changed("title: Free toy?", f"title: !!python/object/apply:os.system ['touch {marker}']")
    problem = only_problem(load_text(tmp_path, text))
    assert "is not supported" in problem.message and not marker.exists()


def test_anchors_and_aliases_are_refused(tmp_path):
    problem = only_problem(load_text(tmp_path, "a: &x [1, 2]\nb: *x\n"))
    assert problem.message == "anchors and aliases are not supported; write the value out"


def test_a_file_that_is_not_utf8_points_at_the_first_bad_byte(tmp_path):
    path = tmp_path / "gbk.yaml"
    path.write_bytes(b"format: 1\ntitle: ab\xc3\x28\n")
    problem = only_problem(load_level(path, CATALOG, "gbk.yaml"))
    assert (problem.line, problem.col) == (2, 10) and "save it as UTF-8" in problem.message


def test_a_file_over_the_size_limit_is_not_parsed(tmp_path):
    problem = only_problem(load_text(tmp_path, "# " + "x" * MAX_BYTES))
    assert "file is too large" in problem.message


def test_a_yaml_syntax_error_is_reported_at_its_mark(tmp_path):
    problem = only_problem(load_text(tmp_path, "format: 1\ntitle: [open\nid: x\n"))
    assert problem.message.startswith("not valid YAML") and problem.line == 3


def test_a_file_with_only_comments_counts_as_empty(tmp_path):
    assert "the file is empty" in only_problem(load_text(tmp_path, "# nothing yet\n")).message


def test_a_level_that_is_a_list_is_reported_not_crashed_on(tmp_path):
    assert "should be a mapping" in load_text(tmp_path, "- a\n- b\n").problems[0].message


# -- folders and the catalog ------------------------------------------------------------------

def test_load_levels_reads_every_yaml_file_in_name_order(tmp_path):
    (tmp_path / "02_b.yaml").write_text(changed("id: minimal", "id: second"), encoding="utf-8")
    (tmp_path / "01_a.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a level", encoding="utf-8")
    assert [r.level.id for r in load_levels(tmp_path, CATALOG)] == ["minimal", "second"]


def test_two_levels_with_the_same_id_are_reported_on_the_later_file(tmp_path):
    for name in ("01_a.yaml", "02_b.yaml"):
        (tmp_path / name).write_text(MINIMAL, encoding="utf-8")
    first, second = load_levels(tmp_path, CATALOG)
    assert first.ok and second.level is None
    assert "level id 'minimal' is already used by" in second.problems[0].message


def test_the_catalog_reads_poses_expressions_and_backgrounds():
    assert CATALOG.character("xiaolang").poses == ("standing", "pointing")
    assert "relieved" in CATALOG.character("xiaoqing").expressions
    assert CATALOG.backgrounds == {"bedroom_night", "classroom", "street"}


def test_a_missing_character_list_raises_a_level_error(tmp_path):
    with pytest.raises(LevelError, match="character list is missing"):
        Catalog.from_assets(tmp_path)


def test_a_problem_prints_as_file_line_col_where_message():
    assert str(Problem("a.yaml", 4, 7, "steps[1].next", "oops")) == "a.yaml:4:7: steps[1].next: oops"
    assert str(Problem("a.yaml", 4, 7, "", "oops")) == "a.yaml:4:7: oops"
