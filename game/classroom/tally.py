"""Counting play-log records into a `Tally`: counts only, so the tallies of many PCs add up (no pygame).

A tally is the first step of the teacher's report (`game.classroom.report` turns
it into tables). It keeps which option was chosen at each decision, which clues
each hunt found and missed, each 真还是假 answer and each finished level, keyed
by ids, never by player. A record of a kind or shape it does not know is
counted as ignored, never raised: a report shows what it can.

A 真还是假 answer counts in `quick` when it was in its player's first round of
the set that day (`round` 1, or no round: a record counted alone cannot tell),
and in `quick_again` when it was in a later one (再来一轮, right after the
answers were explained): the before/after check is of first rounds only. A play
log's older records get their round from `playlog.with_rounds` before they are
counted (game/classroom/collect.py).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from game.play import playlog

PLAY, REVIEW = "play", "review"
PLAYS = (PLAY, REVIEW)


@dataclass
class Tally:
    """Counts only; two tallies add up to the tally of both."""

    choices: Counter = field(default_factory=Counter)  # (play, level, step, option, verdict)
    hunts: Counter = field(default_factory=Counter)  # (play, level, step) -> hunts played
    hunts_clean: Counter = field(default_factory=Counter)  # (play, level, step) -> nothing missed
    found: Counter = field(default_factory=Counter)  # (play, level, step, clue)
    missed: Counter = field(default_factory=Counter)  # (play, level, step, clue)
    quick: Counter = field(default_factory=Counter)  # (set, item, genuine) -> answers in a first round
    quick_right: Counter = field(default_factory=Counter)  # (set, item, genuine) -> right answers in one
    quick_again: Counter = field(default_factory=Counter)  # (set, item, genuine) -> answers in later rounds
    quick_again_right: Counter = field(default_factory=Counter)  # (set, item, genuine) -> right answers in them
    finished: Counter = field(default_factory=Counter)  # level -> plays to the end
    score: Counter = field(default_factory=Counter)  # level -> points earned in those plays
    max_score: Counter = field(default_factory=Counter)  # level -> points there were to earn
    first_date: str = ""
    last_date: str = ""
    records: int = 0  # records counted
    ignored: int = 0  # records of a kind or shape this report does not know

    def add(self, other: "Tally") -> "Tally":
        """Add `other`'s counts to this tally (and return it)."""
        for name in ("choices", "hunts", "hunts_clean", "found", "missed", "quick", "quick_right", "quick_again",
                     "quick_again_right", "finished", "score", "max_score"):
            getattr(self, name).update(getattr(other, name))
        self.see_dates(other.first_date, other.last_date)
        self.records += other.records
        self.ignored += other.ignored
        return self

    def see_dates(self, first: str, last: str) -> None:
        if first and (not self.first_date or first < self.first_date):
            self.first_date = first
        if last and (not self.last_date or last > self.last_date):
            self.last_date = last

    def count(self, record: dict[str, Any]) -> None:
        """Count one play-log record (anything unknown is counted as ignored, never raised)."""
        if not _count(self, record):
            self.ignored += 1
            return
        self.records += 1
        day = record.get("date")
        if isinstance(day, str):
            self.see_dates(day, day)

    @property
    def empty(self) -> bool:
        return not (self.choices or self.hunts or self.quick or self.quick_again or self.finished)


def tally(records: Iterable[dict[str, Any]], first: str = "", last: str = "") -> Tally:
    """Count records, only those dated from `first` to `last` (ISO dates, inclusive) when given."""
    out = Tally()
    for record in records:
        day = record.get("date") if isinstance(record, dict) else None
        if (first or last) and not (isinstance(day, str) and (not first or day >= first)
                                    and (not last or day <= last)):
            continue
        out.count(record)
    return out


def _text(record: dict, *keys: str) -> tuple[str, ...] | None:
    values = tuple(record.get(k) for k in keys)
    return values if all(isinstance(v, str) and v for v in values) else None


def _count(t: Tally, r: dict[str, Any]) -> bool:
    if not isinstance(r, dict):
        return False
    kind = r.get("kind")
    play = REVIEW if r.get("review") is True else PLAY
    if kind == "decision":
        ids = _text(r, "level", "step", "option", "verdict")
        if ids is None:
            return False
        t.choices[(play, *ids)] += 1
    elif kind == "hunt":
        ids = _text(r, "level", "step")
        found, missed = r.get("found", []), r.get("missed", [])
        if ids is None or not isinstance(found, list) or not isinstance(missed, list):
            return False
        t.hunts[(play, *ids)] += 1
        # (a screen with nothing to find, doubted: not clean, though nothing was missed)
        t.hunts_clean[(play, *ids)] += 0 if missed or r.get("verdict") == "too_suspicious" else 1
        for clue in found:
            t.found[(play, *ids, str(clue))] += 1
        for clue in missed:
            t.missed[(play, *ids, str(clue))] += 1
    elif kind == "quick":
        ids = _text(r, "set", "item")
        answer = r.get("answer")
        right = r.get("right") if isinstance(r.get("right"), bool) else r.get("verdict") == "safe"
        if ids is None or answer not in ("real", "fake"):
            return False
        # Older records do not say whether the item was genuine; the answer and its verdict do.
        genuine = r.get("genuine") if isinstance(r.get("genuine"), bool) else (answer == "real") == right
        first = (playlog.round_of(r) or 1) == 1
        (t.quick if first else t.quick_again)[(*ids, genuine)] += 1
        (t.quick_right if first else t.quick_again_right)[(*ids, genuine)] += 1 if right else 0
    elif kind == "finish":
        level = r.get("level")
        score, top = r.get("score"), r.get("max_score")
        if not (isinstance(level, str) and level and _count_value(score) and _count_value(top)):
            return False
        t.finished[level] += 1
        t.score[level] += score
        t.max_score[level] += top
    else:
        return False
    return True


def _count_value(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
