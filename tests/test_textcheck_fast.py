"""The character checks pass the usual text (printable, in the font, no ASCII quote) without a
look at each character; what they find is still what looking at each character finds."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from game.levels.catalog import Catalog
from game.levels.loader import load_level
from game.levels.problems import ERROR, WARNING
from game.levels.textcheck import (_ASCII_QUOTED, _CJK, BIDI, _is_hidden, _list, _missing_message, check_text,
                                   is_blank, read_coverage)
from game.levels.translate import is_translation

ROOT = Path(__file__).resolve().parent.parent
COVERED = read_coverage(ROOT / "assets")
HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


def test_no_hidden_character_is_printable():
    printable = [ch for ch in map(chr, range(sys.maxunicode + 1))
                 if ch != "\n" and unicodedata.category(ch) in HIDDEN and ch.isprintable()]
    assert printable == [] and all(not ch.isprintable() for ch in BIDI)


def looked_at_one_by_one(value: str, covered) -> list:
    """The checks as they were: every character looked at (textcheck before the usual case was seen whole)."""
    if not value:
        return []
    if is_blank(value):
        return [("is blank (only spaces or invisible characters); write the text that should show here", ERROR)]
    findings = []
    hidden = [ch for ch in dict.fromkeys(value) if _is_hidden(ch)]
    bidi = [ch for ch in hidden if ch in BIDI]
    other = [ch for ch in hidden if ch not in BIDI]
    if bidi:
        findings.append((f"contains the direction mark {_list(bidi)}, which can make the text read "
                         "differently from how it shows; delete it (retype the text)", ERROR))
    if other:
        findings.append((f"contains the invisible character {_list(other)}; delete it (retype the text)", ERROR))
    if covered is not None:
        missing = [ch for ch in dict.fromkeys(value) if ch not in covered and not ch.isspace() and not _is_hidden(ch)]
        if missing:
            findings.append((_missing_message(missing), ERROR))
    if '"' in value and _CJK.search(value):
        quoted = _ASCII_QUOTED.search(value)
        offer = f"“{quoted.group(1)}”" if quoted else "“…”"
        findings.append((f'uses ASCII double quotes " in Chinese text; write Chinese quotes instead: {offer}',
                         WARNING))
    return findings


TEXTS = ["领奖要身份证号", "第一行\n第二行", "带\u200b零宽", "带\u202e方向", "全角\u3000空格", "不换行\u00a0空格",
         '他说"免费"', "表情😀", "生僻𠀀字", "\u0085", "tab\there", "Latin only", ""]


def level_texts() -> list[str]:
    found = []
    for path in sorted((ROOT / "levels").glob("*.yaml")):
        if not is_translation(path):
            found += [text for _, _, text in load_level(path, Catalog.from_assets(ROOT / "assets")).texts]
    return found


@pytest.mark.parametrize("covered", [COVERED, None], ids=["with the font's list", "without"])
def test_the_checks_find_what_looking_at_each_character_finds(covered):
    texts = TEXTS + level_texts()
    assert [check_text(text, covered) for text in texts] == [looked_at_one_by_one(text, covered) for text in texts]
