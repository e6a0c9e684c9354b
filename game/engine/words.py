"""Where Chinese text may break: words from jieba's dictionary (rjieba), loaded once.

`cut(text)` returns the text as pieces that must each stay on one line: the
dictionary's words, with a lone 字 joined to its neighbour (a particle to the
word before it, a verb or a negation to the word after it), so no line starts
with a particle and no compound the dictionary lacks is torn apart. The game's
own words and the particles are data, in assets/words/zh_CN.yaml. `cut` returns
None while the dictionary is not there: then the line breaker falls back to
breaking between any two 字, and callers must not keep that result as final
(see `state`).

Building jieba's dictionary takes about 0.1 s and 33 MB, and holds Python's GIL
while it runs, so a thread alone would not hide it: the first frame would wait
all the same. So the game calls `warm_up(delay=...)` as it starts: the first
screens are laid out at once (between any 字; the title's labels are one line
anyway), and the dictionary loads in a background thread a moment later, while
the title waits for a tap. Anything that lays text out without `warm_up` having
been called (tests, screenshots, `validate`) loads it on the spot instead, so
their breaks never depend on timing.

The dictionary lives once per process in this module (it is read-only after
loading): 33 MB is not something to build per App.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

RULES_FILE = Path(__file__).resolve().parents[2] / "assets" / "words" / "zh_CN.yaml"
# Joined pieces stay short enough to leave the balancer room (要身份证号, 收不回来了).
MAX_JOINED = 5

IDLE, LOADING, READY, MISSING = "idle", "loading", "ready", "missing"


@dataclass(frozen=True)
class Rules:
    terms: dict[str, int | None]  # word -> frequency (None: let jieba suggest one)
    joins_back: frozenset[str]  # lone 字 that belong to the word before them


def read_rules(path: Path = RULES_FILE) -> Rules:
    """The game's words and particles; a broken file means plain jieba, never a crash."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return Rules({}, frozenset())
    terms = {str(word): freq for word, freq in (data.get("terms") or {}).items()}
    return Rules(terms, frozenset(str(data.get("joins_back") or "")))


def is_hanzi(ch: str) -> bool:
    return 0x3400 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF  # CJK ideographs


def _is_wordlike(piece: str) -> bool:
    """A piece a lone 字 may join: words and numbers, not punctuation or spaces."""
    return bool(piece) and all(is_hanzi(ch) or ch.isalnum() for ch in piece)


def join_lone_characters(tokens: list[str], joins_back: frozenset[str]) -> list[str]:
    """Join each one-字 token to the word it belongs with, within MAX_JOINED characters."""
    def joins(piece: str, word: list[str], back: bool) -> bool:
        return (len(piece) == 1 and is_hanzi(piece) and bool(word) and _is_wordlike(word[-1])
                and len(word[-1]) + 1 <= MAX_JOINED
                and (not back or piece in joins_back or word[-1].isdigit()))

    pieces: list[str] = []
    for token in tokens:  # particles, suffixes, units after a number, left to right
        if joins(token, pieces, back=True):
            pieces[-1] += token
        else:
            pieces.append(token)
    ahead: list[str] = []
    for piece in reversed(pieces):  # any other lone 字 leads what follows it, right to left
        if joins(piece, ahead, back=False):
            ahead[-1] = piece + ahead[-1]
        else:
            ahead.append(piece)
    joined: list[str] = []
    for piece in reversed(ahead):  # and one with no word after it ends the word before it
        if joins(piece, joined, back=False):
            joined[-1] += piece
        else:
            joined.append(piece)
    return joined


class Segmenter:
    """jieba's dictionary with the game's words, loaded now, in the background, or never."""

    def __init__(self, rules_file: Path = RULES_FILE) -> None:
        self.rules_file = rules_file
        self.rules = Rules({}, frozenset())
        self.state = IDLE
        self._jieba = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def load(self) -> None:
        """Load the dictionary in this thread (a no-op once loaded or found missing)."""
        with self._lock:
            if self.state in (READY, MISSING):
                return
            try:
                import rjieba
            except ImportError:
                self.state = MISSING
                return
            self.rules = read_rules(self.rules_file)
            for term, frequency in self.rules.terms.items():
                rjieba.add_word(term, frequency, None)
            self._jieba = rjieba
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
        """The pieces of `text` that must stay whole, or None while there is no dictionary."""
        if self.state == IDLE:
            self.load()
        if self.state != READY:
            return None
        return join_lone_characters(self._jieba.cut(text), self.rules.joins_back)


_SEGMENTER = Segmenter()


def warm_up(delay: float = 0.0) -> None:
    """Call once as the game starts: loads the dictionary in the background after `delay` s."""
    _SEGMENTER.warm_up(delay)


def wait(timeout: float | None = None) -> bool:
    """Wait for the dictionary (loading it now if nobody started it); True when it is there."""
    return _SEGMENTER.wait(timeout)


def state() -> str:
    """idle, loading, ready or missing: layouts made before `ready` are not final."""
    return _SEGMENTER.state


def cut(text: str) -> list[str] | None:
    """The pieces of `text` that must each stay on one line, or None (break between any 字)."""
    return _SEGMENTER.cut(text)
