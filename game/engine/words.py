"""Where Chinese text may break: the game's own word segmenter, over a word list from jieba.

`cut(text)` returns the text as pieces that must each stay on one line: words, with
a lone 字 joined to its neighbour (a particle to the word before it, a verb or a
negation to the word after it), so no line starts with a particle and no compound
the list lacks is torn apart. The game's own words and the particles are data, in
assets/words/zh_CN.yaml. `cut` returns None while there is no word list (not yet
loaded, or its file missing or broken): then the line breaker falls back to breaking
between any two 字, and callers must not keep that result as final (see `state`).

The words are assets/words/dict_zh.bin, made by tools/build_words.py from jieba's
dictionary and word-position model (MIT). Text is cut as jieba cuts it, by the
game's own code: a run of 汉字 becomes its likeliest words, the split with the
highest sum of ln(frequency) less ln(corpus size) per word, so that fewer and
commoner words win (ties go to the longer word); then single 字 the list left side
by side (我/刚, 扫/码) are read by a hidden Markov model of where in a word each 字
tends to stand (begin, middle, end, alone), which finds words the list lacks (我刚,
扫码). Letters and digits with the marks inside numbers and addresses (19.9, 50%,
a-b.cn) stay one piece; any other character (a mark, a space) is a piece of its own.

The list holds about 300,000 words of 1-4 字 in one sorted array of 64-bit keys, a
word's four UTF-16 code units padded with zeros, and an array of 16-bit frequency
classes: 10 bytes a word, where a str in a Python set costs about 100. The file is
read straight into those arrays, with no Python object per word. An index gives
where the words of each first 字 lie, and a binary search among them finds the
longer ones, starting where the shorter one was found and stopping as soon as no
word starts with what was read.

Measured on the 2-core test machine (Python 3.11), against rjieba's 33 MB and 0.1 s:

- loaded: +3.0 MB of peak RSS (target 5 MB): `python -c "import resource;from
  game.engine import words;words.cut('我们今天去学校');print(resource.getrusage(
  resource.RUSAGE_SELF).ru_maxrss/1024)"` gives 19.0 MB, 16.0 without the cut;
- loading: 6-8 ms (target 30 ms), of which reading the list 4-5 ms;
- `cut` of a sentence of 100 字: 0.3-0.5 ms (target 1 ms); over all the levels' text
  (21,000 字 in 1,545 paragraphs, most short) 0.75 ms per 100 字.

It cuts the game's 1,545 Chinese paragraphs as rjieba did in all but 10 (the tool's
docstring says which), and the English ones the same.

The game calls `warm_up(delay=...)` as it starts, which loads the list in a
background thread a moment after the first frame, so start-up pays nothing; layouts
made before that break between any 字 and are made again (see `state`). Anything
that lays text out without `warm_up` (tests, screenshots, `validate`) loads it on the
spot, so its breaks never depend on timing. The list lives once per process, in
this module; it is read-only after loading.
"""
from __future__ import annotations

import functools
import math
import os
import re
import sys
import threading
import time
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

from game import yamlcache


WORDS_DIR = Path(__file__).resolve().parents[2] / "assets" / "words"
RULES_FILE = WORDS_DIR / "zh_CN.yaml"
WORDS_FILE = WORDS_DIR / "dict_zh.bin"
# Joined pieces stay short enough to leave the balancer room (要身份证号, 收不回来了).
MAX_JOINED = 5
MAX_SPLITS = 20_000  # blocks whose words are remembered (a few MB at most)

IDLE, LOADING, READY, MISSING = "idle", "loading", "ready", "missing"

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
_FIRST_SHIFT = 16 * (WORD_WIDTH - 1)  # a word's first code unit in its key
_SHIFTS = tuple((length, 16 * (WORD_WIDTH - length)) for length in range(2, WORD_WIDTH + 1))  # and the next ones
HANZI = r"\u3400-\u9fff\uf900-\ufaff"  # CJK ideographs (ext. A, unified, compatibility), for re
# A block of 汉字, letters, digits and the marks inside numbers and addresses (19.9, 50%,
# a-b.cn), or any other single character. (Other tests of 汉字 are made without a pattern:
# a class of them is slow to compile, some milliseconds where a whole level takes ten.)
_BLOCKS = (r"[\w+#&.%-]+|.", re.S)


@functools.cache
def _blocks() -> re.Pattern:
    """The pattern of blocks, compiled when first used (not while the game starts)."""
    return re.compile(*_BLOCKS)
B, M, E, S = range(4)  # where a 字 stands in a word: begins, middle, ends, alone


@dataclass(frozen=True)
class Rules:
    terms: dict[str, int | None]  # word -> frequency (None: just likelier than its own parts)
    joins_back: frozenset[str]  # lone 字 that belong to the word before them


def read_rules(path: Path = RULES_FILE) -> Rules:
    """The game's words and particles; a broken file means the plain word list, never a crash."""
    try:
        data = yamlcache.load_yaml(path) or {}
    except (OSError, ValueError):
        return Rules({}, frozenset())
    terms = {str(word): freq for word, freq in (data.get("terms") or {}).items()}
    return Rules(terms, frozenset(str(data.get("joins_back") or "")))


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


class Dictionary:
    """The word list and the game's own words: any text as its likeliest pieces."""

    def __init__(self, table: WordList, terms: dict[str, int | None]) -> None:
        self.table = table
        self.terms: dict[str, int] = {}  # word -> class, where it beats the table's
        self.term_starts: frozenset[str] = frozenset()
        self.term_lengths: list[int] = []
        self._split: dict[str, list[str]] = {}  # block -> its words: paragraphs share phrases
        self._emits: dict[str, tuple[int, int, int, int]] = {}  # 字 -> its costs in the model (see guess)
        grades = {}
        for word, frequency in terms.items():
            if len(word) < 2 or not all(map(is_hanzi, word)):
                continue  # only runs of 汉字 are looked up
            if not isinstance(frequency, int) or frequency < 1:  # as jieba suggests one: the
                # least whole frequency above that of the word's best split
                frequency = int(math.exp((self.route(word)[0] + table.penalty) / table.step)) + 1
            own = round(math.log(frequency) * table.step)
            listed = self.lookup(word)
            grades[word] = own if listed is None else max(own, listed)
        self.terms = grades
        self.term_starts = frozenset(word[0] for word in grades)
        self.term_lengths = sorted({len(word) for word in grades})

    def lookup(self, word: str) -> int | None:
        """The class of a word of the table, or None."""
        if not 0 < len(word) <= WORD_WIDTH or max(map(ord, word)) > 0xFFFF:
            return None
        keys, first = self.table.keys, ord(word[0])
        key = int.from_bytes(word.encode("utf-16-be").ljust(2 * WORD_WIDTH, b"\0"), "big")
        at = bisect_left(keys, key, self.table.index[first], self.table.index[first + 1])
        return self.table.classes[at] if at < len(keys) and keys[at] == key else None

    def route(self, run: str) -> tuple[int, list[int]]:
        """The score of the likeliest split of `run` and its words' lengths (other than 汉字: 1)."""
        keys, classes, index, penalty = self.table.keys, self.table.classes, self.table.index, self.table.penalty
        terms, term_starts, term_lengths = self.terms, self.term_starts, self.term_lengths
        n = len(run)
        codes = [min(ord(ch), 0xFFFF) for ch in run]  # beyond UTF-16's first plane: no word
        score = [0] * (n + 1)  # score[i]: the likeliest split of run[i:]
        size = [1] * (n + 1)  # size[i]: the length of its first word
        find = bisect_left
        for i in range(n - 1, -1, -1):
            best, best_size = score[i + 1] - penalty, 1  # a 字 the table lacks counts once
            code = codes[i]
            low, high = index[code], index[code + 1]
            if low < high:  # words start with this 字: itself first, if listed, then longer ones
                key = code << _FIRST_SHIFT
                if keys[low] == key:
                    best += classes[low]
                for length, shift in _SHIFTS[:n - i - 1]:
                    key |= codes[i + length - 1] << shift
                    at = find(keys, key, low, high)
                    if at == high or keys[at] >> shift != key >> shift:
                        break  # no word starts with run[i:i + length]
                    low = at
                    if keys[at] == key and classes[at] - penalty + score[i + length] >= best:
                        best, best_size = classes[at] - penalty + score[i + length], length
            if run[i] in term_starts:
                for length in term_lengths:
                    if i + length > n:
                        break
                    grade = terms.get(run[i:i + length])
                    if grade is not None and grade - penalty + score[i + length] >= best:
                        best, best_size = grade - penalty + score[i + length], length
            score[i], size[i] = best, best_size
        lengths, i = [], 0
        while i < n:
            lengths.append(size[i])
            i += size[i]
        return score[0], lengths

    def guess(self, run: str) -> list[str]:
        """Single 字 (two or more) as words, by the likeliest place of each 字 in a word (Viterbi)."""
        table = self.table
        start, trans = table.hmm_start, table.hmm_trans
        known = self._emits
        ends = [known.get(ch) or self._emit(ch) for ch in run]
        # cost_s: the cheapest reading of the 字 so far whose last is in state s; each step
        # remembers the state before each state (ties go to the first listed, as min does).
        here = ends[0]
        cb, cm, ce, cs = start[B] + here[B], start[M] + here[M], start[E] + here[E], start[S] + here[S]
        eb, sb, bm, mm, be, me, es, ss = (trans[E][B], trans[S][B], trans[B][M], trans[M][M], trans[B][E],
                                          trans[M][E], trans[E][S], trans[S][S])
        back = []
        for here in ends[1:]:
            to_b = (E, ce + eb) if ce + eb <= cs + sb else (S, cs + sb)
            to_m = (B, cb + bm) if cb + bm <= cm + mm else (M, cm + mm)
            to_e = (B, cb + be) if cb + be <= cm + me else (M, cm + me)
            to_s = (E, ce + es) if ce + es <= cs + ss else (S, cs + ss)
            back.append((to_b[0], to_m[0], to_e[0], to_s[0]))
            cb, cm, ce, cs = to_b[1] + here[B], to_m[1] + here[M], to_e[1] + here[E], to_s[1] + here[S]
        state = E if ce < cs else S
        states = [state]
        for before in reversed(back):
            state = before[state]
            states.append(state)
        states.reverse()
        pieces, word = [], ""
        for ch, s in zip(run, states):
            word += ch
            if s == E or s == S:
                pieces.append(word)
                word = ""
        return pieces + ([word] if word else [])

    def _emit(self, ch: str) -> tuple[int, int, int, int]:
        """The model's cost of a 字 beginning a word, inside it, ending it and alone (remembered)."""
        table = self.table
        chars, code = table.hmm_chars, ord(ch)
        at = bisect_left(chars, code)
        if at < len(chars) and chars[at] == code:
            found = tuple(IMPOSSIBLE if row[at] == NEVER else row[at] for row in table.hmm_emit)
        else:
            found = (IMPOSSIBLE,) * 4
        if len(self._emits) >= MAX_SPLITS:
            self._emits.clear()
        self._emits[ch] = found
        return found

    def split(self, block: str) -> list[str]:
        """A block as its likeliest words; the single 字 left between them read by the model."""
        def leftover(singles: str) -> list[str]:
            # Single 字 that make a listed word were split on purpose (这/条, not 这条), as in jieba.
            if len(singles) < 2 or self.lookup(singles) is not None or singles in self.terms:
                return list(singles)
            out = []
            for run in hanzi_runs(singles):  # letters and digits stay one piece
                out += self.guess(run) if len(run) > 1 and is_hanzi(run[0]) else [run]
            return out

        pieces, singles, at = [], "", 0
        for length in self.route(block)[1]:
            if length == 1:
                singles += block[at]
            else:
                pieces += leftover(singles)
                pieces.append(block[at:at + length])
                singles = ""
            at += length
        return pieces + leftover(singles)

    def tokens(self, text: str) -> list[str]:
        """Any text as words, runs of letters and digits, and single other characters."""
        out: list[str] = []
        known = self._split
        for block in _blocks().findall(text):
            if len(block) == 1:
                out.append(block)  # a mark, a space, a lone 字 or letter: split would return it
                continue
            pieces = known.get(block)
            if pieces is None:
                if len(known) >= MAX_SPLITS:
                    known.clear()
                pieces = known[block] = self.split(block)
            out += pieces
        return out


def hanzi_runs(text: str) -> list[str]:
    """The text as its runs of 汉字 and runs of anything else, in order."""
    return ["".join(run) for _, run in groupby(text, is_hanzi)]


def _is_wordlike(piece: str) -> bool:
    """A piece a lone 字 may join: words and numbers, not punctuation or spaces (汉字, and
    letters and digits as str.isalnum has them)."""
    return piece.isalnum() or bool(piece) and all(ch.isalnum() or is_hanzi(ch) for ch in piece)


def join_lone_characters(tokens: list[str], joins_back: frozenset[str]) -> list[str]:
    """Join each one-字 token to the word it belongs with, within MAX_JOINED characters."""
    wordlike: dict[str, bool] = {}

    def takes(word: str) -> bool:  # a word a lone 字 may join, by length and kind
        if len(word) >= MAX_JOINED:
            return False
        found = wordlike.get(word)
        if found is None:
            found = wordlike[word] = _is_wordlike(word)
        return found

    # Whether each piece is a lone 字 (as is_hanzi, compared as one-character strings), worked
    # out once for the tokens: a piece that takes one in is never lone again.
    pieces: list[str] = []
    lone: list[bool] = []
    for token in tokens:  # particles, suffixes, units after a number, left to right
        single = len(token) == 1 and (_HAN_A <= token <= _HAN_Z or _HAN_COMPAT_A <= token <= _HAN_COMPAT_Z)
        if single and pieces and takes(pieces[-1]) and (token in joins_back or pieces[-1].isdigit()):
            pieces[-1] += token
            lone[-1] = False
        else:
            pieces.append(token)
            lone.append(single)
    ahead: list[str] = []
    ahead_lone: list[bool] = []
    for piece, single in zip(reversed(pieces), reversed(lone)):  # any other lone 字 leads what follows it,
        if single and ahead and takes(ahead[-1]):  # right to left
            ahead[-1] = piece + ahead[-1]
            ahead_lone[-1] = False
        else:
            ahead.append(piece)
            ahead_lone.append(single)
    joined: list[str] = []
    for piece, single in zip(reversed(ahead), reversed(ahead_lone)):  # and one with no word after it
        if single and joined and takes(joined[-1]):  # ends the word before it
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


class Segmenter:
    """The word list with the game's words, loaded now, in the background, or never."""

    def __init__(self, rules_file: Path = RULES_FILE, words_file: Path = WORDS_FILE) -> None:
        self.rules_file = rules_file
        self.words_file = words_file
        self.rules = Rules({}, frozenset())
        self.state = IDLE
        self.dictionary: Dictionary | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def load(self) -> None:
        """Load the word list in this thread (a no-op once loaded or found missing)."""
        with self._lock:
            if self.state in (READY, MISSING):
                return
            try:
                table = read_word_list(self.words_file)
            except (OSError, ValueError):
                self.state = MISSING
                return
            self.rules = read_rules(self.rules_file)
            self.dictionary = Dictionary(table, self.rules.terms)
            self.state = READY

    def warm_up(self, delay: float = 0.0) -> None:
        """Load in a daemon thread after `delay` seconds; until then layouts break between any 字."""
        def load_later() -> None:
            time.sleep(delay)  # sleeping holds no GIL: the first frames are drawn meanwhile
            self.load()

        if self.state == IDLE and self._thread is None:
            self.state = LOADING
            self._thread = threading.Thread(target=load_later, name="words-warm-up", daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until a background load ends (or load now if none started); True when ready."""
        if self._thread is not None:
            self._thread.join(timeout)
        elif self.state == IDLE:
            self.load()
        return self.state == READY

    def cut(self, text: str) -> list[str] | None:
        """The pieces of `text` that must stay whole, or None while there is no word list."""
        if self.state == IDLE:
            self.load()
        if self.state != READY:
            return None
        return join_lone_characters(self.dictionary.tokens(text), self.rules.joins_back)


_SEGMENTER = Segmenter()


def warm_up(delay: float = 0.0) -> None:
    """Call once as the game starts: loads the word list in the background after `delay` s."""
    _SEGMENTER.warm_up(delay)


def wait(timeout: float | None = None) -> bool:
    """Wait for the word list (loading it now if nobody started it); True when it is there."""
    return _SEGMENTER.wait(timeout)


def state() -> str:
    """idle, loading, ready or missing: layouts made before `ready` are not final."""
    return _SEGMENTER.state


def cut(text: str) -> list[str] | None:
    """The pieces of `text` that must each stay on one line, or None (break between any 字)."""
    return _SEGMENTER.cut(text)
