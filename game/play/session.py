"""One play of one level: where the player is, what they chose, found and let out.

Pure rules, no pygame: scenes call these methods and draw what they report, and a
test can play a whole level with them alone. Answers are final: there is no way to
undo a choice, which is what keeps the history view read-only.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from game.levels.model import LEAK_KINDS, Clue, Level, Option, Step
from game.play.scoring import branch_target, hunt_score, max_score, stars


class RuleError(RuntimeError):
    """A caller asked for something the current step does not allow."""


@dataclass(frozen=True)
class Decision:
    step: str
    option: str
    verdict: str
    points: int

    @property
    def safe(self) -> bool:
        return self.verdict == "safe"


@dataclass(frozen=True)
class Hunt:
    """The outcome of one red-flag hunt."""

    step: str
    found: tuple[str, ...]
    missed: tuple[str, ...]
    wrong_taps: int
    points: int


@dataclass(frozen=True)
class Tap:
    """What one tap in a red-flag hunt did.

    `kind` is "found" (a new clue), "again" (a clue already found), "innocent"
    (a part that is not suspicious) or "over" (the hunt already ended).
    """

    kind: str
    clue: Clue | None = None
    wrong_taps: int = 0
    hunt_over: bool = False


class Session:
    def __init__(self, level: Level, start: str | None = None, seed: int = 0) -> None:
        self.level = level
        self.seed = seed  # decides the order options are shown in
        self.step_id = start or level.start
        self.history: list[str] = []  # steps shown, in order
        self.decisions: list[Decision] = []
        self.hunts: list[Hunt] = []
        self.leaked: list[str] = []  # in the order they got out
        self._found: list[str] = []
        self._wrong_taps = 0
        self._innocent: set[str] = set()  # the innocent parts tapped in this hunt
        self._max_score: int | None = None
        self._enter(self.step_id)

    # -- where we are -------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.level.step(self.step_id)

    @property
    def finished(self) -> bool:
        return self.step.type == "ending"

    # -- moving on ------------------------------------------------------------

    def advance(self) -> None:
        """Go on from a plain panel."""
        self._require("panel")
        self._enter(self.step.next)

    def choose(self, option_id: str) -> Option:
        """Answer the current decision; returns the option (its feedback is shown next)."""
        step = self._require("decision")
        option = step.option(option_id)
        self.decisions.append(Decision(step.id, option.id, option.verdict, option.points))
        for kind in option.leaks:
            if kind not in self.leaked:
                self.leaked.append(kind)
        self._enter(option.next)
        return option

    def options_in_order(self, step: Step | None = None) -> tuple[Option, ...]:
        """A decision's options in the order shown: shuffled per play, the same all through it.

        Position must give nothing away: a child who learns "the safe answer is the
        second one" has learnt nothing about fraud.
        """
        step = step or self.step
        options = list(step.options)
        random.Random(f"{self.seed}:{step.id}").shuffle(options)
        return tuple(options)

    # -- red-flag hunts ---------------------------------------------------------

    @property
    def hunt_found(self) -> tuple[str, ...]:
        return tuple(self._found)

    @property
    def hunt_wrong_taps(self) -> int:
        return self._wrong_taps

    @property
    def hunt_over(self) -> bool:
        """A hunt ends when the player says so, or after `max_wrong` innocent taps. Finding the
        last clue does not end it: that would tell a player who taps everything when to stop."""
        step = self.step
        return step.type == "redflags" and self._wrong_taps >= step.max_wrong

    def clue_at(self, part: str) -> Clue | None:
        """The clue of the current hunt that sits on a screen part, if any.

        A part is a screen part name ("url", "field:phone") or "clue:<id>" for
        clues drawn as free rectangles.
        """
        for clue_id in self.step.clues:
            clue = self.level.clues[clue_id]
            if part == f"clue:{clue_id}" or (clue.target != "rect" and clue.target == part):
                return clue
        return None

    def tap(self, part: str) -> Tap:
        """Tap a part of the panel during a hunt."""
        self._require("redflags")
        if self.hunt_over:
            return Tap("over", wrong_taps=self._wrong_taps, hunt_over=True)
        clue = self.clue_at(part)
        if clue is None:
            # Each innocent part counts once: a double tap, or a second look at the same
            # thing, is not another suspicion (three taps on one banner ended a hunt as 太多疑).
            if part not in self._innocent:
                self._innocent.add(part)
                self._wrong_taps += 1
            return Tap("innocent", None, self._wrong_taps, self.hunt_over)
        if clue.id in self._found:
            return Tap("again", clue, self._wrong_taps, self.hunt_over)
        self._found.append(clue.id)
        return Tap("found", clue, self._wrong_taps, self.hunt_over)

    def finish_hunt(self) -> Hunt:
        """End the current hunt (the player is done, or it is over) and go on."""
        step = self._require("redflags")
        missed = tuple(c for c in step.clues if c not in self._found)
        points = hunt_score(self.level, step, set(self._found), self._wrong_taps)
        hunt = Hunt(step.id, tuple(self._found), missed, self._wrong_taps, points)
        self.hunts.append(hunt)
        self._enter(step.next)
        return hunt

    # -- results ------------------------------------------------------------------

    @property
    def score(self) -> int:
        return sum(d.points for d in self.decisions) + sum(h.points for h in self.hunts)

    @property
    def max_score(self) -> int:
        if self._max_score is None:  # (a walk of every path: once per play, not per frame)
            self._max_score = max_score(self.level)
        return self._max_score

    @property
    def stars(self) -> int:
        return stars(self.score, self.max_score)

    @property
    def clues_found(self) -> list[str]:
        """Clue ids found in any hunt, each once, in the order found."""
        return list(dict.fromkeys(c for h in self.hunts for c in h.found))

    @property
    def clues_missed(self) -> list[str]:
        """Clue ids missed in a hunt and not found in any other, each once."""
        found = set(self.clues_found)
        return list(dict.fromkeys(c for h in self.hunts for c in h.missed if c not in found))

    def leaked_by(self, step_id: str) -> list[str]:
        """What had got out once this step was shown and answered (the recap of an earlier panel
        shows that, not what got out later), in the order it got out."""
        chosen = {d.step: d.option for d in self.decisions}
        out: list[str] = []
        for shown in self.history:
            option_id = chosen.get(shown)
            if option_id is not None:
                out += [kind for kind in self.level.step(shown).option(option_id).leaks if kind not in out]
            if shown == step_id:
                break
        return out

    @property
    def leaked_in_order(self) -> list[str]:
        """Leaked kinds in the game's standard order (for meters and endings)."""
        return [k for k in LEAK_KINDS if k in self.leaked]

    # -- internals ------------------------------------------------------------------

    def _require(self, step_type: str) -> Step:
        step = self.step
        if step.type != step_type:
            raise RuleError(f"step {step.id!r} is a {step.type}, not a {step_type}")
        return step

    def _enter(self, step_id: str) -> None:
        step = self.level.step(step_id)
        # Branches are decided at once: the player never sees them.
        while step.type == "branch":
            step = self.level.step(branch_target(step, set(self.leaked)))
        self.step_id = step.id
        self.history.append(step.id)
        self._found = []
        self._wrong_taps = 0
        self._innocent = set()
