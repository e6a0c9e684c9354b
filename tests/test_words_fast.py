"""The segmenter's quick ways against the plain ones they stand for: the same pieces for every
character and for the text of every shipped level (game/engine/words.py)."""
from __future__ import annotations

import random
import re

import pytest
from conftest import REPO

from game.engine import words

HANZI = r"\u3400-\u9fff\uf900-\ufaff"
RUNS = re.compile(f"[{HANZI}]+|[^{HANZI}]+")  # what hanzi_runs stands for
WORDLIKE = re.compile(f"(?:[{HANZI}]|[^\\W_])+")  # what _is_wordlike stands for
BMP = [chr(c) for c in range(1, 0x10000) if not 0xD800 <= c <= 0xDFFF]


def mixed_strings(count: int, seed: int = 7) -> list[str]:
    """Strings of 汉字, letters, digits, marks, spaces and rarer characters, side by side."""
    pool = list("我们今天去学校的了吗在是abcXYZ019_-.%#&+，。！？“”（）《》 \u3400\u9fff\uf900\ufaff\u00b2\u0660\u2160ǅ")
    rng = random.Random(seed)
    return [
        "".join(rng.choice(pool if rng.random() < 0.9 else BMP) for _ in range(rng.randint(0, 12)))
        for _ in range(count)
    ]


def shipped_texts() -> list[str]:
    texts = []
    for path in sorted((REPO / "levels").glob("*.yaml")):
        texts += [line.split(":", 1)[1].strip().strip("'\"") for line in path.read_text(encoding="utf-8").splitlines()
                  if ":" in line]
    return [t for t in texts if t]


def test_each_character_is_wordlike_exactly_when_the_pattern_says_so():
    assert [c for c in BMP if words._is_wordlike(c)] == [c for c in BMP if WORDLIKE.fullmatch(c)]


def test_mixed_strings_are_wordlike_exactly_when_the_pattern_says_so():
    for text in mixed_strings(5000) + [""]:
        assert words._is_wordlike(text) == (WORDLIKE.fullmatch(text) is not None), repr(text)


def test_runs_of_hanzi_are_the_patterns_runs():
    for text in mixed_strings(5000) + ["", "".join(BMP[::37]), "".join(BMP[0x3300:0x3500])]:
        assert words.hanzi_runs(text) == RUNS.findall(text), repr(text)


def joined_plainly(tokens: list[str], joins_back: frozenset[str]) -> list[str]:
    """join_lone_characters as first written: three passes, each asking of every piece whether it
    is a lone 字 and whether a 字 may join it."""
    def takes(word: str) -> bool:
        return len(word) < words.MAX_JOINED and words._is_wordlike(word)

    def lone(piece: str) -> bool:
        return len(piece) == 1 and words.is_hanzi(piece)

    pieces: list[str] = []
    for token in tokens:
        if pieces and lone(token) and takes(pieces[-1]) and (token in joins_back or pieces[-1].isdigit()):
            pieces[-1] += token
        else:
            pieces.append(token)
    ahead: list[str] = []
    for piece in reversed(pieces):
        if ahead and lone(piece) and takes(ahead[-1]):
            ahead[-1] = piece + ahead[-1]
        else:
            ahead.append(piece)
    joined: list[str] = []
    for piece in reversed(ahead):
        if joined and lone(piece) and takes(joined[-1]):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


@pytest.fixture(scope="module")
def segmenter() -> words.Segmenter:
    loaded = words.Segmenter()
    loaded.load()
    return loaded


def test_lone_characters_join_as_they_did_in_every_shipped_text(segmenter):
    back = segmenter.rules.joins_back
    for text in shipped_texts():
        tokens = segmenter.dictionary.tokens(text)
        assert words.join_lone_characters(tokens, back) == joined_plainly(tokens, back), text


def test_lone_characters_join_as_they_did_in_random_token_lists(segmenter):
    back = segmenter.rules.joins_back
    pool = ["的", "了", "我", "去", "吗", "们", "学校", "今天", "一个", "123", "abc", "，", " ", "。", "身份证号", "宇宙变异人",
            "5", "元", "\u3400", "\uf900", "ab_c"]
    rng = random.Random(3)
    for _ in range(5000):
        tokens = [rng.choice(pool) for _ in range(rng.randint(0, 10))]
        assert words.join_lone_characters(tokens, back) == joined_plainly(tokens, back), tokens
