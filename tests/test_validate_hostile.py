"""`validate` on hostile and careless level files: each gets a located sentence an author can
act on, never a traceback, and nothing raw from the file reaches the terminal."""
from __future__ import annotations

import io
import shutil
import time
import unicodedata
from pathlib import Path

import yaml

from game.levels import validate
from game.levels.bestpath import best_score

DATA = Path(__file__).parent / "data"
HOSTILE = DATA / "hostile_levels"
ASSETS = DATA / "assets"
REPO = Path(__file__).resolve().parent.parent
MINIMAL = (DATA / "minimal_level.yaml").read_text(encoding="utf-8")


def run(*paths: Path | str, assets: Path = ASSETS) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = validate.run([str(p) for p in paths], out=out, assets_dir=assets)
    return code, out.getvalue().splitlines()


def reported(name: str, line: int, col: int, *words: str, assets: Path = ASSETS) -> list[str]:
    """Validate one hostile file; assert exit 1 and a problem at line:col with all `words`."""
    path = HOSTILE / name
    code, lines = run(path, assets=assets)
    at = [text for text in lines if text.startswith(f"{path}:{line}:{col}: ")]
    assert code == 1, lines
    assert any(all(w in text for w in words) for text in at), lines
    assert not any("Traceback" in text for text in lines)
    return lines


def no_raw_control_characters(lines: list[str]) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for text in lines for ch in text)


def chain(steps: int) -> str:
    """The minimal level's header with a story of `steps` panels in a row, then an ending."""
    head = MINIMAL.split("steps:")[0]
    body = "".join(f"  - id: s{i}\n    panel:\n      background: bedroom_night\n    next: s{i + 1}\n"
                   for i in range(steps - 1))
    return head + "steps:\n" + body + f"  - id: s{steps - 1}\n    type: ending\n    outcome: safe\n    title: done\n"


# -- blank texts ---------------------------------------------------------------------------------

def test_a_title_of_zero_width_spaces_is_blank():
    reported("blank_title.yaml", 4, 8, "title:", "is blank", "write the text")


def test_an_option_label_of_spaces_is_blank():
    reported("blank_label.yaml", 57, 16, "steps[1].options[1].label:", "is blank")


def test_a_bubble_of_a_full_width_space_is_blank():
    reported("blank_bubble.yaml", 30, 17, "steps[0].panel.bubbles[0].text:", "is blank")


# -- invisible characters ------------------------------------------------------------------------

def test_a_zero_width_space_inside_a_text_is_named_and_located():
    reported("zero_width_in_text.yaml", 7, 10, "summary:", "\\u200B (ZERO WIDTH SPACE)", "delete it")


def test_a_right_to_left_override_is_a_direction_mark():
    reported("bidi_in_text.yaml", 17, 11, "clues.odd_url.text:", "direction mark", "\\u202E")


def test_a_byte_order_mark_inside_a_text_is_reported():
    reported("bom_inside_text.yaml", 8, 7, "rule:", "\\uFEFF")


def test_an_escape_sequence_is_reported_and_never_sent_to_the_terminal():
    lines = reported("terminal_escape.yaml", 4, 8, "title:", "\\u001B", "control character")
    assert no_raw_control_characters(lines)


def test_a_raw_nul_byte_is_reported_at_its_place_without_a_traceback():
    lines = reported("nul_in_file.yaml", 4, 12, "\\u0000", "delete it")
    assert no_raw_control_characters(lines)


def test_an_escaped_nul_inside_a_quoted_text_is_reported():
    lines = reported("nul_escape.yaml", 4, 8, "title:", "\\u0000")
    assert no_raw_control_characters(lines)


def test_an_escaped_lone_surrogate_is_reported_on_its_line():
    # libyaml stops at the escape itself; PyYAML's own parser reads it and the text check
    # names it at the text's start. Either way: its line, the word "pair", no traceback.
    path = HOSTILE / "lone_surrogate_escape.yaml"
    code, lines = run(path)
    assert code == 1 and any(t.startswith(f"{path}:4:") and "pair" in t for t in lines), lines
    assert no_raw_control_characters(lines)


def test_the_bytes_of_a_lone_surrogate_are_not_utf8():
    reported("lone_surrogate_bytes.yaml", 4, 13, "not UTF-8", "save it as UTF-8")


def test_a_nul_in_one_file_does_not_hide_the_problems_of_the_others(tmp_path):
    shutil.copy(HOSTILE / "nul_in_file.yaml", tmp_path / "01_nul.yaml")
    shutil.copy(HOSTILE / "blank_title.yaml", tmp_path / "02_blank.yaml")
    (tmp_path / "03_good.yaml").write_text(MINIMAL, encoding="utf-8")
    code, lines = run(tmp_path)
    assert code == 1
    assert any(t.startswith(f"{tmp_path / '01_nul.yaml'}:4:12: ") for t in lines)
    assert any(t.startswith(f"{tmp_path / '02_blank.yaml'}:4:8: ") for t in lines)
    assert lines[-1] == "2 problems in 2 files (3 files checked)"


# -- the font ------------------------------------------------------------------------------------

def test_a_character_the_font_lacks_is_named_with_the_fix(tmp_path):
    assets = tmp_path / "assets"
    shutil.copytree(ASSETS, assets)
    (assets / "fonts").mkdir()
    covered = "".join(chr(c) for c in range(0x21, 0x7F)) + "吴小"
    (assets / "fonts" / "covered.txt").write_text("# test font list\n" + covered + "\n", encoding="utf-8")
    reported("font_lacks.yaml", 11, 9, "persona.name:", "'玥' (U+73A5) is not in the game's font",
             "python tools/build_fonts.py", assets=assets)


def test_an_emoji_is_not_in_the_shipped_font():
    reported("emoji_in_bubble.yaml", 30, 17, "'😀' (U+1F600)", "write it in words", assets=REPO / "assets")


# -- numbers and rectangles ----------------------------------------------------------------------

def test_a_clue_rectangle_starting_at_x_minus_one_is_an_error():
    reported("rect_left_of_panel.yaml", 17, 11, "clues.odd_url.rect:", "[-1, 300, 200, 120]",
             "must fit inside 1280x720")


def test_a_number_with_a_leading_zero_says_how_yaml_reads_it_and_what_to_write():
    reported("leading_zero.yaml", 59, 17, "YAML reads 010 as 8", "write 10", "quotes")


def test_a_thousand_points_for_one_option_is_refused():
    reported("absurd_points.yaml", 59, 17, "points:", "from 0 to 100", "not 1000")


def test_negative_points_for_an_option_are_refused():
    reported("negative_points.yaml", 50, 17, "points:", "from 0 to 100", "not -5")


def test_an_empty_level_id_is_an_error():
    reported("empty_level_id.yaml", 3, 5, "id:", "the id is empty")


# -- long stories --------------------------------------------------------------------------------

def test_a_level_over_the_step_limit_names_the_limit(tmp_path):
    (tmp_path / "long.yaml").write_text(chain(201), encoding="utf-8")
    code, lines = run(tmp_path / "long.yaml")
    assert code == 1 and f"{tmp_path / 'long.yaml'}:22:3: steps: a level has at most 200 steps; " \
                         "this one has 201" in lines[0]


def test_a_level_at_the_step_limit_is_valid_and_scored_without_recursion(tmp_path):
    (tmp_path / "long.yaml").write_text(chain(200), encoding="utf-8")
    code, lines = run(tmp_path / "long.yaml")
    assert (code, lines[-1]) == (0, "levels OK: 1 file, 0 problems")


def test_a_500_step_chain_is_reported_not_a_recursion_error(tmp_path):
    (tmp_path / "long.yaml").write_text(chain(500), encoding="utf-8")
    code, lines = run(tmp_path / "long.yaml")
    assert code == 1 and "at most 200 steps" in lines[0]
    assert not any("Recursion" in t or "Traceback" in t for t in lines)


def test_5000_steps_are_checked_in_a_few_seconds(tmp_path):
    (tmp_path / "long.yaml").write_text(chain(5000), encoding="utf-8")
    started = time.perf_counter()
    code, lines = run(tmp_path / "long.yaml")
    assert code == 1 and "this one has 5000" in lines[0]
    assert time.perf_counter() - started < 10


def test_the_best_score_of_a_5000_step_chain_needs_no_recursion(tmp_path):
    (tmp_path / "long.yaml").write_text(chain(5000), encoding="utf-8")
    assert best_score(built(tmp_path / "long.yaml")) == 0


def built(path: Path):
    """The level a file describes, even when it has problems (for the scoring walk)."""
    from game.levels.loader import _Builder
    from game.levels.nodes import NodeReader

    root = yaml.compose(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return _Builder(NodeReader(str(path))).level(root, str(path))


# -- warnings ------------------------------------------------------------------------------------

def test_ascii_quotes_in_chinese_text_are_a_warning_that_offers_chinese_quotes():
    path = HOSTILE / "ascii_quotes.yaml"
    code, lines = run(path)
    assert code == 0
    assert any(t.startswith(f"{path}:7:10: summary: warning: ") and "“免费领奖”" in t for t in lines), lines
    assert lines[-1] == "levels OK: 1 file, 0 problems, 1 warning"


def test_a_hunt_only_a_risky_choice_reaches_warns_of_the_scoring_trap():
    path = HOSTILE / "scoring_trap.yaml"
    code, lines = run(path)
    assert code == 0
    trap = [t for t in lines if t.startswith(f"{path}:65:5: steps[2]: warning: ")]
    assert trap and "the hunt 'spot'" in trap[0] and "at most 10 of 20 points" in trap[0], lines
