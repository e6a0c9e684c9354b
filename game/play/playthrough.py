"""One play of a level as the screens see it: every answer comes back as an outcome.

`Session` holds the rules of a level (where the player is, what they chose, the
score); a `Playthrough` adds what an answer means for the player: the feedback
to show, the clues to point at, and what changed in the 错题本 and progress
(through the `Player` it is given). The comic screen only draws what it says.

While an answer's feedback is on screen, `shown` stays on the step that was
answered; `acknowledge()` (the feedback was closed) moves it on. So there is one
cursor, here, and none in the view.

Pure Python, no pygame.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from game.levels.model import Level, Option, Step
from game.play.session import Session, Tap

HUNT_ALL_FOUND = "feedback.hunt_all_found"
HUNT_SOME_MISSED = "feedback.hunt_some_missed"
HUNT_NOTHING_RIGHT = "feedback.hunt_nothing_right"
HUNT_NOTHING_WRONG = "feedback.hunt_nothing_wrong"


@dataclass(frozen=True)
class Outcome:
    """What one answer (a decision, or the end of a red-flag hunt) led to."""

    kind: str  # "decision" or "hunt"
    step: str
    verdict: str  # safe | risky | too_suspicious for decisions; safe | missed for hunts
    lines: tuple[str, ...]  # 锡小朗's words from the level (decisions)
    message: str  # a locale key for 锡小朗's words (hunts), else ""
    expression: str
    clues: tuple[str, ...]  # the clues 锡小朗 points at, in the level's order
    chosen: str = ""  # the option's label (decisions)
    found: int = 0  # hunts: clues found, out of `total`
    total: int = 0
    notebook: Any = None  # the Player's NotebookChange for this answer
    leaked_now: tuple[str, ...] = ()  # kinds that got out with this answer

    @property
    def right(self) -> bool:
        return self.verdict == "safe"


def decision_outcome(step: Step, option: Option, change: Any = None, leaked_now: tuple[str, ...] = ()) -> Outcome:
    """What choosing `option` at `step` leads to (also used to preview each option's feedback)."""
    return Outcome(kind="decision", step=step.id, verdict=option.verdict, lines=tuple(option.feedback.text),
                   message="", expression=option.feedback.expression, clues=tuple(option.feedback.clues),
                   chosen=option.label, notebook=change, leaked_now=leaked_now)


def hunt_outcome(step: Step, found: tuple[str, ...], wrong_taps: int, change: Any = None) -> Outcome:
    """What ending the hunt at `step` with these clues found leads to (also used to preview
    the feedback of finishing now)."""
    if not step.clues:  # nothing to find: right if nothing innocent was called suspicious
        calm = wrong_taps == 0
        return Outcome(kind="hunt", step=step.id, verdict="safe" if calm else "too_suspicious", lines=step.calm,
                       message=HUNT_NOTHING_RIGHT if calm else HUNT_NOTHING_WRONG,
                       expression="happy" if calm else "thinking", clues=(), notebook=change)
    missed = tuple(c for c in step.clues if c not in found)
    return Outcome(kind="hunt", step=step.id, verdict="missed" if missed else "safe", lines=(),
                   message=HUNT_SOME_MISSED if missed else HUNT_ALL_FOUND,
                   expression="thinking" if missed else "happy", clues=missed or tuple(found),
                   found=len(found), total=len(step.clues), notebook=change)


class Playthrough:
    def __init__(self, level: Level, player, session: Session | None = None, review: bool = False,
                 seed: int = 0) -> None:
        self.level = level
        self.player = player
        self.session = session or Session(level, seed=seed)
        self.review = review  # a single moment replayed from the 错题本: no progress is recorded
        self.shown: Step = self.session.step
        self.outcome: Outcome | None = None  # the answer whose feedback is on screen
        self.last: Outcome | None = None  # the latest answer, shown or not
        self.notebook_added = 0  # 错题本 moments this play added
        self.left_notebook = False  # an entry left the 错题本 during this play
        self.recorded = False
        self._record_if_finished()

    # -- answering ------------------------------------------------------------

    def advance(self) -> None:
        """Go on from a plain panel."""
        self.session.advance()
        self._catch_up()

    def choose(self, option_id: str) -> Outcome:
        step = self.session.step
        before = set(self.session.leaked)
        option = self.session.choose(option_id)
        change = self.player.record_decision(self.level.id, step.id, option.id, option.verdict, review=self.review)
        leaked_now = tuple(k for k in self.session.leaked if k not in before)
        return self._answered(decision_outcome(step, option, change, leaked_now))

    def tap(self, part: str) -> Tap:
        """Tap a part of the panel in a hunt; a hunt that is over by this tap is finished."""
        result = self.session.tap(part)
        if result.hunt_over and result.kind != "over":
            self.finish_hunt()
        return result

    def finish_hunt(self) -> Outcome:
        step = self.session.step
        hunt = self.session.finish_hunt()
        change = self.player.record_hunt(self.level.id, step.id, hunt.found, hunt.missed, review=self.review,
                                         wrong_taps=hunt.wrong_taps)
        return self._answered(hunt_outcome(step, hunt.found, hunt.wrong_taps, change))

    def acknowledge(self) -> None:
        """The answer's feedback was closed: show where the session is now."""
        self.outcome = None
        self._catch_up()

    # -- what the screen shows ----------------------------------------------------

    @property
    def found_on_shown(self) -> tuple[str, ...]:
        """Clues found on the shown hunt (it may have just ended under its feedback)."""
        if self.shown.id == self.session.step_id:
            return self.session.hunt_found
        hunts = [h for h in self.session.hunts if h.step == self.shown.id]
        return hunts[-1].found if hunts else ()

    @property
    def last_right(self) -> bool:
        return self.last is not None and self.last.right

    # -- internals ---------------------------------------------------------------------

    def _answered(self, outcome: Outcome) -> Outcome:
        self.outcome = self.last = outcome
        if outcome.notebook is not None:  # the 错题本 counts moments (a step), not clues
            self.notebook_added += int(getattr(outcome.notebook, "moment_added", False))
            self.left_notebook |= bool(getattr(outcome.notebook, "left", False))
        return outcome

    def _catch_up(self) -> None:
        if self.outcome is None:
            self.shown = self.session.step
        self._record_if_finished()

    def _record_if_finished(self) -> None:
        """A finished play counts once in progress (not a 错题本 moment replayed)."""
        if self.session.finished and not self.recorded and not self.review:
            self.recorded = True
            s = self.session
            self.player.record_finish(self.level.id, s.score, s.max_score, s.stars)
