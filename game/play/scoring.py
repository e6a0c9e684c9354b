"""Scores and stars: the best a level allows, and how a result turns into stars."""
from __future__ import annotations

from functools import lru_cache

from game.levels.model import Level, Step

STAR_THRESHOLDS: tuple[float, float, float] = (0.3, 0.6, 0.9)


def hunt_score(level: Level, step: Step, found_ids: set[str], wrong_taps: int) -> int:
    earned = sum(level.clues[c].points for c in step.clues if c in found_ids)
    return max(0, earned - wrong_taps * step.wrong_tap_cost)


def branch_target(step: Step, leaked: frozenset[str] | set[str]) -> str:
    for case in step.cases:
        if leaked.intersection(case.if_leaked):
            return case.next
    return step.otherwise


def max_score(level: Level) -> int:
    """The highest score any path through the level can reach.

    Branches depend on what has leaked, so the search carries the leaked set.
    Levels are acyclic (the linter rejects loops), which keeps this finite.
    """
    steps = {s.id: s for s in level.steps}

    @lru_cache(maxsize=None)
    def best(step_id: str, leaked: frozenset[str]) -> int:
        step = steps.get(step_id)
        if step is None or step.type == "ending":
            return 0
        if step.type == "decision":
            return max(
                o.points + best(o.next, leaked | frozenset(o.leaks)) for o in step.options
            )
        if step.type == "branch":
            return best(branch_target(step, leaked), leaked)
        if step.type == "redflags":
            return hunt_score(level, step, set(step.clues), 0) + best(step.next, leaked)
        return best(step.next, leaked)

    return best(level.start, frozenset())


def stars(score: int, maximum: int) -> int:
    """0 to 3 stars for a score out of a maximum."""
    if maximum <= 0:
        return 3
    ratio = score / maximum
    return sum(1 for t in STAR_THRESHOLDS if ratio >= t - 1e-9)
