"""The rules of one 真还是假 run: items in a shuffled order, one answer each, the score.

A `QuickRound` holds the one cursor: the item on screen, the answer whose
feedback is showing (`outcome`), the answers so far. `answer("real"|"fake")`
returns a `QuickOutcome` and records it through the player (like any decision,
into the play log, with which round of the set it is in this sitting);
`acknowledge()` (the feedback was closed) moves on. The screen only draws what
it says.

Verdicts are the levels' words: a right answer is "safe", calling a scam real is
"risky", calling a genuine item fake is "too_suspicious" (refusing what is real
has its own gentle feedback, not a free pass).

Pure Python, no pygame.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from game.levels.quick import QuickItem, QuickSet

ANSWERS: tuple[str, ...] = ("real", "fake")


def verdict_of(item: QuickItem, answer: str) -> str:
    """safe for the right answer; risky for calling a scam real; too_suspicious for refusing what is real."""
    if answer not in ANSWERS:
        raise ValueError(f"answer must be one of {ANSWERS}, not {answer!r}")
    if (answer == "real") == item.genuine:
        return "safe"
    return "risky" if answer == "real" else "too_suspicious"


def right_answer(item: QuickItem) -> str:
    return "real" if item.genuine else "fake"


@dataclass(frozen=True)
class QuickOutcome:
    """What one answer led to: the item, what was said, and the verdict."""

    item: QuickItem
    answer: str  # "real" or "fake"
    verdict: str  # safe | risky | too_suspicious

    @property
    def right(self) -> bool:
        return self.verdict == "safe"


def run_order(item_set: QuickSet, seed: int, limit: int | None = None) -> tuple[QuickItem, ...]:
    """The items of one run in a shuffled order. With `limit` (a short run at a booth), a
    sample that keeps the set's share of genuine items, so refusing everything still fails."""
    rng = random.Random(seed)
    items = list(item_set.items)
    if limit is not None and 0 < limit < len(items):
        genuine = [i for i in items if i.genuine]
        fake = [i for i in items if not i.genuine]
        want = round(limit * len(genuine) / len(items))
        if limit >= 2 and genuine and fake:
            want = min(max(want, 1), limit - 1)  # a short run still has both kinds
        want = min(max(want, limit - len(fake)), len(genuine))
        items = rng.sample(genuine, want) + rng.sample(fake, limit - want)
    rng.shuffle(items)
    return tuple(items)


class QuickRound:
    def __init__(self, item_set: QuickSet, player=None, seed: int = 0, limit: int | None = None) -> None:
        self.item_set = item_set
        self.player = player  # a Player (or None in tests): each answer is recorded through it
        # Which round of this set the player plays this sitting (the teacher's check counts the first only).
        self.round_no = player.rounds_begun(item_set.id) + 1 if player is not None else 1
        self.order = run_order(item_set, seed, limit)
        self.index = 0
        self.answers: list[QuickOutcome] = []
        self.outcome: QuickOutcome | None = None  # the answer whose feedback is on screen

    # -- answering ---------------------------------------------------------------

    @property
    def current(self) -> QuickItem | None:
        """The item on screen (the one just answered while its feedback shows); None when done."""
        return self.order[self.index] if self.index < len(self.order) else None

    def answer(self, answer: str) -> QuickOutcome:
        item = self.current
        if item is None:
            raise RuntimeError("the round is over; there is no item to answer")
        if self.outcome is not None:
            raise RuntimeError("the last answer's feedback is still showing; acknowledge() it first")
        outcome = QuickOutcome(item, answer, verdict_of(item, answer))
        self.answers.append(outcome)
        self.outcome = outcome
        if self.player is not None:
            self.player.record_quick(self.item_set.id, item.id, answer, outcome.right, self.round_no)
        return outcome

    def acknowledge(self) -> None:
        """The feedback was closed: go on to the next item (or the results)."""
        if self.outcome is not None:
            self.outcome = None
            self.index += 1

    # -- what the results show -----------------------------------------------------

    @property
    def finished(self) -> bool:
        return self.index >= len(self.order)

    @property
    def total(self) -> int:
        return len(self.order)

    @property
    def score(self) -> int:
        return sum(1 for a in self.answers if a.right)

    @property
    def wrong(self) -> tuple[QuickOutcome, ...]:
        return tuple(a for a in self.answers if not a.right)

    @property
    def refused_genuine(self) -> tuple[str, ...]:
        """Genuine items answered 假 (too suspicious), by id, in the order shown."""
        return tuple(a.item.id for a in self.answers if a.verdict == "too_suspicious")

    @property
    def fooled(self) -> tuple[str, ...]:
        """Scams answered 真, by id, in the order shown."""
        return tuple(a.item.id for a in self.answers if a.verdict == "risky")
