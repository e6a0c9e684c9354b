"""The word list the line breaker reads, assets/words/dict_zh.bin: its format, read into arrays.

tools/build_words.py writes the file from jieba's dictionary and word-position model;
game/engine/wordsplit.py cuts text with what `read_word_list` returns, and
game/engine/words.py (the segmenter the game calls) loads it. The format is below;
the file is read straight into arrays, with no Python object per word.
"""
from __future__ import annotations

import math
import os
import sys
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

WORDS_DIR = Path(__file__).resolve().parents[2] / "assets" / "words"
WORDS_FILE = WORDS_DIR / "dict_zh.bin"

# The word list's format (tools/build_words.py writes it). An ASCII header: the line
# FORMAT, then `name value...` lines and # notes, up to an empty line. Then, all
# numbers big-endian: `words` keys of 8 bytes (a word's UTF-16 code units, zero-padded
# to WORD_WIDTH, ascending), `words` classes of 2 bytes (round(ln(frequency) * step)),
# INDEX positions of 4 bytes (the words starting with code unit c are index[c] to
# index[c + 1]), `hmm` 字 of 2 bytes (ascending) and four rows of `hmm` costs of 2
# bytes: of each 字 beginning a word, inside it, ending it and alone, round(-ln(
# probability) * step), NEVER where it never stands. `hmm-start` and `hmm-trans` are
# the costs of the first state and of each state after each other (B M E S order).
FORMAT = b"xiaolang-words 1"
WORD_WIDTH = 4  # 字 a word at most: four UTF-16 code units fill one 64-bit key
INDEX = 0x10001  # an entry per UTF-16 code unit, and the end
NEVER = 0xFFFF
IMPOSSIBLE = 1 << 30  # a cost no path pays
B, M, E, S = range(4)  # where a 字 stands in a word: begins, middle, ends, alone
HANZI = r"\u3400-\u9fff\uf900-\ufaff"  # CJK ideographs (ext. A, unified, compatibility), for re


def is_hanzi(ch: str) -> bool:
    return 0x3400 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF  # as HANZI


_HAN_A, _HAN_Z, _HAN_COMPAT_A, _HAN_COMPAT_Z = map(chr, (0x3400, 0x9FFF, 0xF900, 0xFAFF))  # is_hanzi's bounds


@dataclass(frozen=True)
class WordList:
    step: int  # classes and costs are in units of 1/step of a natural log
    keys: array  # 'Q', ascending: a word's UTF-16 code units, zero-padded to WORD_WIDTH
    classes: array  # 'H': the frequency class of keys[i]
    index: array  # 'I': the words starting with code unit c are keys[index[c]:index[c + 1]]
    penalty: int  # the class of the corpus's size: what each word of a split costs
    hmm_chars: array  # 'H', ascending: the 字 the model knows
    hmm_emit: tuple[array, ...]  # 'H' per state B M E S: the cost of hmm_chars[i] standing there
    hmm_start: tuple[int, ...]  # per state, the cost of a run beginning in it
    hmm_trans: tuple[tuple[int, ...], ...]  # [state before][state], the cost of the step


def _read_array(file: BinaryIO, typecode: str, count: int) -> array:
    """`count` big-endian numbers, read straight into an array (no copy of the file's bytes)."""
    out = array(typecode, [0]) * count
    if file.readinto(out) != count * out.itemsize:
        raise ValueError("the file ends early")
    if sys.byteorder == "little":
        out.byteswap()
    return out


def read_word_list(path: Path = WORDS_FILE) -> WordList:
    """The list tools/build_words.py wrote; OSError or ValueError when it is missing or broken."""
    with path.open("rb") as file:
        if file.readline().rstrip(b"\n") != FORMAT:
            raise ValueError(f"{path}: not a word list of format {FORMAT.decode()}")
        head: dict[str, list[int]] = {}
        for line in iter(file.readline, b"\n"):
            if not line:
                raise ValueError(f"{path}: the header has no end")
            name, *values = line.decode("ascii").split()
            if not name.startswith("#"):
                head[name] = [int(value) for value in values]
        try:
            (step,), (total,), (count,), (chars,) = head["step"], head["total"], head["words"], head["hmm"]
            start, trans = head["hmm-start"], head["hmm-trans"]
        except (KeyError, ValueError):
            raise ValueError(f"{path}: the header lacks step, total, words, hmm, hmm-start or hmm-trans")
        if len(start) != 4 or len(trans) != 16 or step < 1 or total < 1 or count < 1:
            raise ValueError(f"{path}: a header value is out of range")
        if os.fstat(file.fileno()).st_size - file.tell() != 10 * count + 4 * INDEX + 10 * chars:
            raise ValueError(f"{path}: its size is not what its header says")  # before allocating
        keys = _read_array(file, "Q", count)
        classes = _read_array(file, "H", count)
        index = _read_array(file, "I", INDEX)
        hmm_chars = _read_array(file, "H", chars)
        emit = tuple(_read_array(file, "H", chars) for _ in range(4))
    start, trans = [[IMPOSSIBLE if value == NEVER else value for value in row] for row in (start, trans)]
    if index[-1] != count or max(index) != count:  # a broken index must not reach past the words
        raise ValueError(f"{path}: the index does not fit the words")
    return WordList(step, keys, classes, index, round(math.log(total) * step), hmm_chars, emit,
                    tuple(start), tuple(tuple(trans[4 * before:4 * before + 4]) for before in range(4)))
