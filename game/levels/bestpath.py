"""The best score a level allows, and which steps a player can reach, without recursion.

A level is a graph of steps; branches go by what has leaked so far, so a place in
the story is (step id, leaked kinds). Both walks keep their own stack, so a chain
of any length never meets Python's recursion limit, and each place is visited
once, so the work grows with the size of the level. A loop (reported by the lint)
simply ends the walk there.
"""
from __future__ import annotations

import weakref
from functools import partial
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
    every clue of every hunt with no wrong tap (as `game.play.scoring.max_score`).

    With any or only safe options, remembered for each level while it lives (the checks ask,
    then `validate` and each play ask again): a level is frozen, its best score never changes."""
    if choose is not any_option and choose is not safe_option:
        return _best_score(level, choose)
    known = _KNOWN.get(id(level))
    if known is not None and known[0]() is level:
        score = known[1].get(choose)
        if score is not None:
            return score
    score = _best_score(level, choose)
    if known is None or known[0]() is not level:
        try:
            known = _KNOWN[id(level)] = (weakref.ref(level, partial(_forget, id(level))), {})
        except TypeError:  # (a level that can't be referred to weakly is not remembered)
            return score
    known[1][choose] = score
    return score


# id(level) -> (a weak reference to it, {choose: its best score}); an entry leaves with its level.
_KNOWN: dict[int, tuple[weakref.ref, dict[Choose, int]]] = {}


def _forget(key: int, ref: weakref.ref) -> None:
    entry = _KNOWN.get(key)
    if entry is not None and entry[0] is ref:
        del _KNOWN[key]


def _best_score(level: Level, choose: Choose) -> int:
    score = _best_without_loops(level, choose)
    return score if score is not None else _best_with_loops(_Graph(level, choose))


def _best_without_loops(level: Level, choose: Choose) -> int | None:
    """The best score by a walk that works out each place once, after every place it leads to;
    None when the story loops (see `_best_with_loops`). A run of steps with one way on each
    (panels, hunts) is taken in one stride, its points added up: places are only the steps
    where the ways part (decisions, branches) or end."""
    steps = {s.id: s for s in level.steps}
    strides: dict[str, tuple[int, str]] = {}  # step id -> (points on the way, the step the stride stops at)
    bits: dict[str, int] = {}  # leak kind -> its bit

    def stride(sid: str) -> tuple[int, str] | None:
        known = strides.get(sid)
        if known is not None:
            return known
        gain, passed, at = 0, set(), sid
        while True:
            known = strides.get(at)
            if known is not None:
                gain, at = gain + known[0], known[1]
                break
            step = steps.get(at)
            if step is None or step.type in _PARTING or not step.next:
                break
            if at in passed:
                return None  # a loop of single ways
            passed.add(at)
            gain += hunt_points(level, step) if step.type == "redflags" else 0
            at = step.next
        strides[sid] = (gain, at)
        return gain, at

    plans: dict[str, tuple] = {}  # step id -> what its ways are, read once (see `plan`)

    def plan(sid: str) -> tuple:
        """(0, ()) for no way on; (1, [(points, stride end, leaks)]) for a decision, or (1, None)
        when a stride from it loops; (2, ([(kinds, next)], otherwise)) for a branch."""
        step = steps.get(sid)
        if step is None or step.type not in _PARTING or step.type == "ending":
            return 0, ()  # (a stride stops at a step with no way on)
        if step.type == "decision":
            options = [o for o in step.options if choose(o)] or step.options
            found = []
            for option in options:
                if option.next:
                    ahead = stride(option.next)
                    if ahead is None:
                        return 1, None
                    found.append((option.points + ahead[0], ahead[1], _leak_mask(option.leaks, bits)))
            return 1, found
        return 2, ([(_leak_mask(case.if_leaked, bits), case.next) for case in step.cases], step.otherwise)

    def ways(place: tuple[str, int]) -> list[tuple[int, tuple[str, int]]] | None:
        sid, leaked = place
        known = plans.get(sid)
        if known is None:
            known = plans[sid] = plan(sid)
        kind, data = known
        found: list[tuple[int, tuple[str, int]]] = []
        if kind == 1:
            if data is None:
                return None
            for gain, end, leaks in data:
                found.append((gain, (end, leaked | leaks)))
        elif kind == 2:
            cases, target = data
            for kinds, to in cases:
                if leaked & kinds:
                    target = to
                    break
            if target:
                ahead = stride(target)
                if ahead is None:
                    return None
                found.append((ahead[0], (ahead[1], leaked)))
        return found

    first = stride(level.start)
    if first is None:
        return None
    best: dict[tuple[str, int], int] = {}
    start = (first[1], 0)
    found = ways(start)
    if found is None:
        return None
    on_path = {start}
    stack = [(start, found, iter(found))]
    while stack:
        place, found, rest = stack[-1]
        for _, to in rest:
            if to not in best:
                if to in on_path:
                    return None
                ahead = ways(to)
                if ahead is None:
                    return None
                on_path.add(to)
                stack.append((to, ahead, iter(ahead)))
                break
        else:
            value = 0
            for i, (gain, to) in enumerate(found):
                gain += best[to]
                if not i or gain > value:
                    value = gain
            best[place] = value
            on_path.discard(place)
            stack.pop()
    return first[0] + best[start]


def _leak_mask(kinds: tuple[str, ...], bits: dict[str, int]) -> int:
    """The bits of these leak kinds, each kind given the next bit in `bits` when first met."""
    found = 0
    for kind in kinds:
        bit = bits.get(kind)
        if bit is None:
            bit = bits[kind] = 1 << len(bits)
        found |= bit
    return found


_PARTING = ("decision", "branch", "ending")  # steps where a stride stops: ways part or end


def _best_with_loops(graph: _Graph) -> int:
    """The best score of a story that may loop (which the lint reports): a place on the path
    being walked counts nothing where it is met again."""
    ways = graph.ways
    found_at: dict[int, list[tuple[int, int]]] = {}
    best: dict[int, int] = {}
    on_path: set[int] = set()
    stack = [graph.start]
    while stack:  # (loops, not comprehensions: each place costs a few steps, not a few calls)
        place = stack[-1]
        if place in best:
            stack.pop()
            continue
        found = found_at.get(place)
        if found is None:
            found = found_at[place] = ways(place)
        if place not in on_path:
            waiting = []
            for _, to in found:
                if to not in best and to not in on_path:
                    waiting.append(to)
            if waiting:
                on_path.add(place)
                stack += waiting
                continue
        value = 0
        for i, (gain, to) in enumerate(found):
            gain += best.get(to, 0)
            if not i or gain > value:
                value = gain
        best[place] = value
        on_path.discard(place)
        stack.pop()
    return best[graph.start]


def _places(graph: "_Graph") -> set[int]:
    """Every place (a step and what has leaked) some path from the start reaches."""
    ways = graph.ways
    seen = {graph.start}
    stack = [graph.start]
    while stack:
        for _, to in ways(stack.pop()):
            if to not in seen:
                seen.add(to)
                stack.append(to)
    return seen


def reachable(level: Level, choose: Choose = any_option) -> set[str]:
    """The ids of the steps some path reaches, taking only options `choose` accepts."""
    graph = _Graph(level, choose)
    seen = _places(graph)
    ids, steps, mask = graph.ids, graph.steps, graph.index_mask
    return {sid for sid in {ids[place & mask] for place in seen} if sid in steps}


def leaked_at_endings(level: Level) -> dict[str, list[frozenset[str]]]:
    """For each ending some path reaches, what may have leaked on arriving there: the largest
    sets of kinds (none inside another), over every path and every answer. An ending's card
    lists the harm of each kind out, so it must have room for the longest of these."""
    graph = _Graph(level, any_option)
    shift, mask = graph.shift, graph.index_mask
    seen = _places(graph)
    kinds = {bit: kind for kind, bit in graph.bits.items()}
    found: dict[str, set[int]] = {}
    for place in seen:
        step = graph.steps.get(graph.ids[place & mask])
        if step is not None and step.type == "ending":
            found.setdefault(step.id, set()).add(place >> shift)
    largest = {}
    for step_id, masks in found.items():
        top = [m for m in masks if not any(o != m and o & m == m for o in masks)]
        largest[step_id] = [frozenset(kind for bit, kind in kinds.items() if m & bit) for m in sorted(top)]
    return largest


class _Graph:
    """The level's steps as a graph whose places are numbers: a place is a step (its number in
    `ids`) and what has leaked so far (one bit for each leak kind the level names), so that
    the walks above hash and compare numbers, not (step id, set of kinds) pairs. The ways on
    from each step are read from the level once: a decision's options `choose` accepts (all of
    them when it accepts none) that have a next, each with its points and what it leaks; a
    branch's cases, the first whose kinds have leaked taken, else `otherwise`; any other
    step's one way on (a hunt gains its points); none from an ending or a missing step."""

    def __init__(self, level: Level, choose: Choose) -> None:
        self.steps = {s.id: s for s in level.steps}
        self.ids: list[str] = []
        self.number: dict[str, int] = {}
        self.bits: dict[str, int] = {}  # leak kind -> its bit, given as kinds are met
        start = self._number(level.start)
        plans: list[tuple] = []
        i = 0
        while i < len(self.ids):  # (each step named by a way on gets its number as it is found)
            plans.append(self._plan(level, self.steps.get(self.ids[i]), choose))
            i += 1
        self.plans = plans
        self.shift = len(self.ids).bit_length()
        self.index_mask = (1 << self.shift) - 1
        self.start = start

    def _number(self, sid: str) -> int:
        found = self.number.get(sid)
        if found is None:
            found = self.number[sid] = len(self.ids)
            self.ids.append(sid)
        return found

    def _plan(self, level: Level, step: Step | None, choose: Choose) -> tuple:
        if step is None or step.type == "ending":
            return 0, ()
        if step.type == "decision":
            options = [o for o in step.options if choose(o)] or step.options
            bits = self.bits
            return 1, tuple([(o.points, self._number(o.next), _leak_mask(o.leaks, bits)) for o in options if o.next])
        if step.type == "branch":
            bits = self.bits
            cases = tuple([(_leak_mask(c.if_leaked, bits), self._number(c.next) if c.next else -1) for c in step.cases])
            return 2, (cases, self._number(step.otherwise) if step.otherwise else -1)
        gain = hunt_points(level, step) if step.type == "redflags" else 0
        return 0, ((gain, self._number(step.next)),) if step.next else ()

    def ways(self, place: int) -> list[tuple[int, int]]:
        """(points gained, next place) for each way on from a place."""
        shift = self.shift
        leaked = place >> shift
        kind, ways = self.plans[place & self.index_mask]
        found = []
        if kind == 0:
            for gain, to in ways:
                found.append((gain, leaked << shift | to))
        elif kind == 1:
            for points, to, leaks in ways:
                found.append((points, (leaked | leaks) << shift | to))
        else:
            cases, target = ways
            for kinds, to in cases:
                if leaked & kinds:
                    target = to
                    break
            if target >= 0:
                found.append((0, leaked << shift | target))
        return found


def hunt_points(level: Level, step: Step) -> int:
    """What a perfect hunt earns: its clues' points (a hunt with nothing to find: the step's own)."""
    if step.clues:
        return sum(level.clues[c].points for c in step.clues if c in level.clues)
    return getattr(step, "points", 0)
