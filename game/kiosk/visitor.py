"""A kiosk visitor's player: the same questions as a Player, kept in memory for one run.

At a booth nothing of one visitor may reach the next: no 错题本, no stars, no
score. A VisitorPlayer answers what the screens ask of a Player but writes no
file; what the operator may know (counts, no names) goes to OperatorStats, and
the run's tallies go to the board only if the visitor finishes and takes a
nickname. Dropping the run drops this object.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from game.kiosk.stats import OperatorStats
from game.play import playlog
from game.play.player import NotebookChange
from game.play.progress import LevelBest, Progress


class VisitorPlayer:
    def __init__(self, stats: OperatorStats, today: Callable[[], date]) -> None:
        self.stats = stats
        self.today = today
        self.warnings: list[str] = []
        self.save_problem: str | None = None
        self._progress = Progress("")  # in memory only: nothing of it is ever saved
        self.clues_found = 0
        self.genuine_trusted = 0
        self.answers = 0
        self.right = 0
        self.where = ""  # the last step or item answered (where a dropped run left, if no screen says)

    # -- what a Player records -----------------------------------------------------------

    def record_decision(self, level_id: str, step_id: str, option_id: str, verdict: str,
                        review: bool = False) -> NotebookChange:
        self._answer(f"{level_id}:{step_id}", verdict == "safe", refused_genuine=verdict == "too_suspicious")
        return NotebookChange()

    def record_hunt(self, level_id: str, step_id: str, found: tuple[str, ...], missed: tuple[str, ...],
                    review: bool = False, wrong_taps: int = 0) -> NotebookChange:
        self.clues_found += len(found)
        verdict = playlog.hunt_verdict(found, missed, wrong_taps)  # (nothing to find, doubted: a refusal)
        self._answer(f"{level_id}:{step_id}", verdict == "safe", refused_genuine=verdict == "too_suspicious")
        return NotebookChange()

    def record_quick(self, set_id: str, item_id: str, answer: str, right: bool, round_no: int = 1) -> None:
        """A 真还是假 answer ("real" or "fake"), as the Player takes it (a visitor's run is one round)."""
        genuine = (answer == "real") == right
        if right and genuine:
            self.genuine_trusted += 1
        elif right:
            self.clues_found += 1  # a fake seen through
        self._answer(f"quick:{set_id}:{item_id}", right, refused_genuine=genuine and answer == "fake")

    def record_finish(self, level_id: str, score: int, max_score: int, stars: int) -> bool:
        return False

    # -- what screens ask of a Player ----------------------------------------------------------

    @property
    def progress(self) -> Progress:
        return self._progress

    def best(self, level_id: str) -> LevelBest | None:
        return None

    def rounds_begun(self, set_id: str) -> int:
        return 0  # each visitor's run is their first

    def finished_now(self, level_id: str) -> bool:
        return False

    def moments(self, playable=None) -> list:
        return []

    def notebook_count(self, playable=None) -> int:
        return 0

    def save(self) -> bool:
        return True

    def retry(self, dt: float) -> None:
        pass

    due = False  # (nothing is written per answer)

    def flush(self, still: bool = True, now: bool = False) -> bool:
        return True

    # -- internals --------------------------------------------------------------------------------

    def _answer(self, key: str, right: bool, refused_genuine: bool = False) -> None:
        self.answers += 1
        self.right += int(right)
        self.where = key
        self.stats.answered(self.today().isoformat(), key, right, refused_genuine)
