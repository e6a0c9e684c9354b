"""The best score a level allows, and which steps a player can reach, without recursion.

A level is a graph of steps; branches go by what has leaked so far, so a place in
the story is (step id, leaked kinds). Both walks keep their own stack, so a chain
of any length never meets Python's recursion limit, and each place is visited
once, so the work grows with the size of the level. A loop (reported by the lint)
simply ends the walk there.
"""
from __future__ import annotations

from typing import Callable

from .model import Level, Option, Step

Place = tuple[str, frozenset[str]]
Choose = Callable[[Option], bool]


def any_option(option: Option) -> bool:
    return True


def safe_option(option: Option) -> bool:
    return option.safe


def best_score(level: Level, choose: Choose = any_option) -> int:
    """The highest score a path can reach taking only options `choose` accepts, finding
    every clue of every hunt with no wrong tap (as `game.play.scoring.max_score`)."""
    steps = {s.id: s for s in level.steps}
    best: dict[Place, int] = {}
    on_path: set[Place] = set()
    stack: list[Place] = [(level.start, frozenset())]
    while stack:
        place = stack[-1]
        if place in best:
            stack.pop()
            continue
        ways = _ways(level, steps.get(place[0]), place[1], choose)
        waiting = [to for _, to in ways if to not in best and to not in on_path]
        if waiting and place not in on_path:
            on_path.add(place)
            stack.extend(waiting)
            continue
        best[place] = max((gain + best.get(to, 0) for gain, to in ways), default=0)
        on_path.discard(place)
        stack.pop()
    return best[(level.start, frozenset())]


def reachable(level: Level, choose: Choose = any_option) -> set[str]:
    """The ids of the steps some path reaches, taking only options `choose` accepts."""
    steps = {s.id: s for s in level.steps}
    start: Place = (level.start, frozenset())
    seen = {start}
    stack = [start]
    while stack:
        sid, leaked = stack.pop()
        for _, to in _ways(level, steps.get(sid), leaked, choose):
            if to not in seen:
                seen.add(to)
                stack.append(to)
    return {sid for sid, _ in seen if sid in steps}


def _ways(level: Level, step: Step | None, leaked: frozenset[str], choose: Choose) -> list[tuple[int, Place]]:
    """(points gained, next place) for each way on from a step."""
    if step is None or step.type == "ending":
        return []
    if step.type == "decision":
        options = [o for o in step.options if choose(o)] or list(step.options)
        return [(o.points, (o.next, leaked | frozenset(o.leaks))) for o in options if o.next]
    if step.type == "branch":
        target = next((c.next for c in step.cases if leaked.intersection(c.if_leaked)), step.otherwise)
        return [(0, (target, leaked))] if target else []
    gain = hunt_points(level, step) if step.type == "redflags" else 0
    return [(gain, (step.next, leaked))] if step.next else []


def hunt_points(level: Level, step: Step) -> int:
    """What a perfect hunt earns: its clues' points (a hunt with nothing to find: the step's own)."""
    if step.clues:
        return sum(level.clues[c].points for c in step.clues if c in level.clues)
    return getattr(step, "points", 0)
