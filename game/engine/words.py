"""Where Chinese text may break: the game's own word segmenter, over a word list from jieba.

`cut(text)` returns the text as pieces that must each stay on one line: words, with
a lone 字 joined to its neighbour (a particle to the word before it, a verb or a
negation to the word after it), so no line starts with a particle and no compound
the list lacks is torn apart. The game's own words and the particles are data, in
assets/words/zh_CN.yaml. `cut` returns None while there is no word list (not yet
loaded, or its file missing or broken): then the line breaker falls back to breaking
between any two 字, and callers must not keep that result as final (see `state`).

The words are assets/words/dict_zh.bin, made by tools/build_words.py from jieba's
dictionary and word-position model (MIT), read by game/engine/wordlist.py. Text is cut
as jieba cuts it, by the game's own code (game/engine/wordsplit.py): a run of 汉字
becomes its likeliest words (the split with the highest sum of ln(frequency) less
ln(corpus size) per word, so that fewer and commoner words win); then single 字 the list
left side by side (我/刚, 扫/码) are read by a hidden Markov model of where in a word each
字 tends to stand, which finds words the list lacks (我刚, 扫码). Letters and digits with
the marks inside numbers and addresses (19.9, 50%, a-b.cn) stay one piece; any other
character (a mark, a space) is a piece of its own.

The list holds about 300,000 words of 1-4 字 in one sorted array of 64-bit keys, a
word's four UTF-16 code units padded with zeros, and an array of 16-bit frequency
classes: 10 bytes a word, where a str in a Python set costs about 100. An index gives
where the words of each first 字 lie. For each 字 a text has shown, the segmenter keeps
the second and (the low byte of) the third 字 of the words it starts, 3 bytes a word,
which answer most questions with one str.find; and each block of text it has cut.

Measured on the 2-core test machine (Python 3.11), against rjieba's 33 MB and 0.1 s:

- loaded: +3.0 MB of peak RSS (target 5 MB): `python -c "import resource;from
  game.engine import words;words.cut('我们今天去学校');print(resource.getrusage(
  resource.RUSAGE_SELF).ru_maxrss/1024)"` gives 19.0 MB, 16.0 without the cut; having
  cut every level's text, it keeps 1.6 MB for the blocks and 字 it has seen (0.4 MB of
  that for the 字), and a process that plays every level peaks no higher than without;
- loading: 6-8 ms (target 30 ms), of which reading the list 4-5 ms;
- cutting, cold, the 800 texts `validate` lays out (9,300 字, 1,270 blocks new to it):
  25 ms of CPU (the least of 40 fresh processes), 117 million instructions (callgrind);
  before the str.find and each block joined on its own, 37 ms and 214 million.

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

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from game import yamlcache
from game.engine.wordlist import _HAN_A, _HAN_COMPAT_A, _HAN_COMPAT_Z, _HAN_Z, WORDS_DIR, WORDS_FILE, is_hanzi, \
    read_word_list
from game.engine.wordlist import FORMAT, INDEX, NEVER, WORD_WIDTH  # noqa: F401 - for tools/build_words.py
from game.engine.wordsplit import MAX_SPLITS, Dictionary, all_hanzi, blocks
from game.engine.wordsplit import hanzi_runs  # noqa: F401 - one of the quick ways tests/test_words_fast.py checks

RULES_FILE = WORDS_DIR / "zh_CN.yaml"
# Joined pieces stay short enough to leave the balancer room (要身份证号, 收不回来了).
MAX_JOINED = 5

IDLE, LOADING, READY, MISSING = "idle", "loading", "ready", "missing"


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


def _is_wordlike(piece: str) -> bool:
    """A piece a lone 字 may join: words and numbers, not punctuation or spaces (汉字, and
    letters and digits as str.isalnum has them)."""
    return piece.isalnum() or bool(piece) and all(ch.isalnum() or is_hanzi(ch) for ch in piece)


def _takes(word: str) -> bool:
    """Whether a lone 字 may join `word`: a word or a number, short enough."""
    return len(word) < MAX_JOINED and (word.isalnum() or _is_wordlike(word))


def join_lone_characters(tokens: list[str], joins_back: frozenset[str]) -> list[str]:
    """Join each one-字 token to the word it belongs with, within MAX_JOINED characters.

    First, left to right, a lone 字 that joins back (a particle, or a unit after a number)
    ends the piece before it. Then each other lone 字 leads what follows it (right to left:
    不/点/链接 -> 不点链接), and one that has nothing to lead ends the piece before it. For a
    run of k lone 字 before a piece: the piece takes as many as make it MAX_JOINED long, if
    it takes any (_takes); the rest join each other in fives from the right (each five no
    longer takes more), and a single one left over at the front ends the piece before the run.
    """
    pieces: list[str] = []
    lone: list[bool] = []
    for token in tokens:  # particles, suffixes, units after a number, left to right
        single = len(token) == 1 and (_HAN_A <= token <= _HAN_Z or _HAN_COMPAT_A <= token <= _HAN_COMPAT_Z)
        if single and pieces and (token in joins_back or pieces[-1].isdigit()) and _takes(pieces[-1]):
            pieces[-1] += token
            lone[-1] = False
        else:
            pieces.append(token)
            lone.append(single)
    if True not in lone:
        return pieces
    joined: list[str] = []
    at, count = 0, len(pieces)
    while at < count:
        end = at
        while end < count and lone[end]:
            end += 1
        if end == at:  # not a lone 字
            joined.append(pieces[at])
            at += 1
            continue
        led = 0  # how many of the run pieces[at:end] the piece after it takes
        if end < count and _takes(pieces[end]):
            led = min(end - at, MAX_JOINED - len(pieces[end]))
            pieces[end] = "".join(pieces[end - led:end + 1])
        rest = end - led - at  # the run's other 字, in fives from the right
        first = rest % MAX_JOINED or MAX_JOINED
        if first == 1 and joined and _takes(joined[-1]):
            joined[-1] += pieces[at]
        elif rest:
            joined.append("".join(pieces[at:at + first]))
        if rest > first:
            joined += ["".join(pieces[five:five + MAX_JOINED]) for five in range(at + first, end - led, MAX_JOINED)]
        at = end
    return joined


def _join_hanzi(pieces: list[str], joins_back: frozenset[str]) -> list[str]:
    """join_lone_characters for the words of a block of 汉字 alone (see wordsplit.all_hanzi),
    where a lone 字 is a piece one long, any piece shorter than MAX_JOINED takes one, and none
    is a number (pieces of 汉字 joined stay 汉字). The runs of lone 字 are found by list.index.
    (It changes `pieces`.)"""
    if not joins_back.isdisjoint(pieces):  # particles and suffixes end the piece before them
        out: list[str] = []
        for piece in pieces:
            if len(piece) == 1 and out and piece in joins_back and len(out[-1]) < MAX_JOINED:
                out[-1] += piece
            else:
                out.append(piece)
        pieces = out
    lengths = list(map(len, pieces))
    count = len(pieces)
    lengths.append(1)  # where index(1) stops
    start = lengths.index(1)
    if start == count:
        return pieces
    joined = pieces[:start]
    while start < count:  # a run of lone 字, pieces[start:end]
        end = start + 1
        while end < count and lengths[end] == 1:
            end += 1
        led = 0  # how many the piece after it takes
        if end < count and lengths[end] < MAX_JOINED:
            led = min(end - start, MAX_JOINED - lengths[end])
            pieces[end] = "".join(pieces[end - led:end + 1])
        rest = end - led - start  # the others, in fives from the right
        first = rest % MAX_JOINED or MAX_JOINED
        if first == 1 and joined and len(joined[-1]) < MAX_JOINED:
            joined[-1] += pieces[start]
        elif rest:
            joined.append("".join(pieces[start:start + first]))
        if rest > first:
            joined += ["".join(pieces[five:five + MAX_JOINED]) for five in range(start + first, end - led, MAX_JOINED)]
        start = lengths.index(1, end)
        joined += pieces[end:start]
    return joined


class Segmenter:
    """The word list with the game's words, loaded now, in the background, or never."""

    def __init__(self, rules_file: Path = RULES_FILE, words_file: Path = WORDS_FILE) -> None:
        self.rules_file = rules_file
        self.words_file = words_file
        self.rules = Rules({}, frozenset())
        self.state = IDLE
        self.dictionary: Dictionary | None = None
        self._joined: dict[str, tuple[str, ...]] = {}  # block -> its pieces, lone 字 joined (see cut)
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
        """The pieces of `text` that must stay whole, or None while there is no word list.

        A lone 字 joins only a word or a number next to it, never a mark or a space, so each
        block (see wordsplit.blocks) is joined on its own and remembered, and a text is its blocks'
        pieces, laid end to end. Blocks touch only through a character outside them, which
        is a mark or a space (a piece of its own that nothing joins) unless it is one of
        the few in the 汉字 ranges that are no letter (str.isalnum): a text with one of those
        is joined whole.
        """
        if self.state == IDLE:
            self.load()
        if self.state != READY:
            return None
        known = self._joined
        if len(known) >= MAX_SPLITS:
            known.clear()
        out: list[str] = []
        for block in blocks().findall(text):
            pieces = known.get(block)
            if pieces is None:
                if len(block) > 1:
                    hanzi = all_hanzi(block)
                    pieces = self.dictionary.split(block, hanzi)
                    if len(pieces) > 1:
                        pieces = (_join_hanzi if hanzi else join_lone_characters)(pieces, self.rules.joins_back)
                    pieces = tuple(pieces)
                elif is_hanzi(block) and not block.isalnum():  # joins what is on either side
                    return join_lone_characters(self.dictionary.tokens(text), self.rules.joins_back)
                else:
                    pieces = (block,)
                known[block] = pieces
            out += pieces
        return out


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
