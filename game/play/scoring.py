"""Scores and stars: the best a level allows, and how a result turns into stars."""
from __future__ import annotations

from math import ceil

from game.levels.model import Level, Step
from game.levels.bestpath import best_score, hunt_points
from game.levels.parts import hunt_parts

STAR_THRESHOLDS: tuple[float, float, float] = (0.3, 0.6, 0.9)
GUESS_SHARE = 0.5  # tapping every part of a hunt earns at most this share of its points


def wrong_tap_cost(level: Level, step: Step) -> int:
    """What one tap on an innocent part costs in a hunt.

    At least the author's `wrong_tap_cost`, and enough that a player who taps every
    part (or taps innocent parts until the hunt stops them) earns at most half the
    hunt's points: guessing must not pay.
    """
    rect_clues = [c for c in step.clues if level.clues[c].target == "rect"]
    taps = hunt_parts(step, rect_clues)
    innocent = len(taps) - len(step.clues)
    reach = min(innocent, step.max_wrong)
    if reach <= 0:
        return step.wrong_tap_cost
    return max(step.wrong_tap_cost, ceil(hunt_points(level, step) * (1 - GUESS_SHARE) / reach))


def hunt_score(level: Level, step: Step, found_ids: set[str], wrong_taps: int) -> int:
    earned = sum(level.clues[c].points for c in step.clues if c in found_ids) if step.clues else step.points
    return max(0, earned - wrong_taps * wrong_tap_cost(level, step))


def branch_target(step: Step, leaked: frozenset[str] | set[str]) -> str:
    for case in step.cases:
        if leaked.intersection(case.if_leaked):
            return case.next
    return step.otherwise


def max_score(level: Level) -> int:
    """The highest score any path through the level can reach (an iterative walk, so a
    long chain of steps never hits Python's recursion limit)."""
    return best_score(level)


def stars(score: int, maximum: int) -> int:
    """0 to 3 stars for a score out of a maximum."""
    if maximum <= 0:
        return 3
    ratio = score / maximum
    return sum(1 for t in STAR_THRESHOLDS if ratio >= t - 1e-9)
