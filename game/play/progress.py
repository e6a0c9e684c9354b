"""This computer's progress: the best result and the number of plays per level.

Progress belongs to the computer, not to a person: the file holds level ids
and numbers only, never anything about who played.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from game.play.storage import read_document, write_json

FORMAT_VERSION = 1


@dataclass(frozen=True)
class LevelBest:
    """The best a level has gone on this computer.

    `stars` is the most stars ever earned; `score` and `max_score` come from
    the run with the best share of its maximum (levels may be edited between
    runs, so raw scores out of different maxima are not compared).
    """

    stars: int
    score: int
    max_score: int
    plays: int


class Progress:
    def __init__(self, path: Path | str, levels: dict[str, LevelBest] | None = None) -> None:
        self.path = Path(path)
        self.warning: str | None = None
        self._levels: dict[str, LevelBest] = dict(levels or {})

    @classmethod
    def load(cls, path: Path | str) -> Progress:
        """Read progress at `path`; a missing or broken file gives empty progress.

        Problems are never fatal: they leave a one-line `warning` for the log.
        """
        path = Path(path)
        raw_levels, warning = read_document(path, FORMAT_VERSION, "levels", {})
        levels = {}
        for level_id, raw in raw_levels.items():
            best = _parse(raw)
            if level_id and best is not None:
                levels[level_id] = best
        progress = cls(path, levels)
        skipped = len(raw_levels) - len(levels)
        if skipped and warning is None:
            noun = "level record" if skipped == 1 else "level records"
            warning = f"{path}: skipped {skipped} {noun} with a bad shape"
        progress.warning = warning
        return progress

    def record(self, level_id: str, score: int, max_score: int, stars: int) -> bool:
        """Count a finished play; True if it beat the level's best stars or score."""
        _check(level_id, score, max_score, stars)
        old = self._levels.get(level_id)
        if old is None:
            self._levels[level_id] = LevelBest(stars, score, max_score, 1)
            return True
        better_score = _share(score, max_score) > _share(old.score, old.max_score)
        new = LevelBest(
            stars=max(stars, old.stars),
            score=score if better_score else old.score,
            max_score=max_score if better_score else old.max_score,
            plays=old.plays + 1,
        )
        self._levels[level_id] = new
        return better_score or stars > old.stars

    def best(self, level_id: str) -> LevelBest | None:
        """The level's best so far, or None if it was never finished here."""
        return self._levels.get(level_id)

    def played(self) -> list[str]:
        """Ids of the levels finished at least once, in the order first finished."""
        return list(self._levels)

    def save(self) -> None:
        levels = {level_id: asdict(best) for level_id, best in self._levels.items()}
        write_json(self.path, {"version": FORMAT_VERSION, "levels": levels})


def _share(score: int, max_score: int) -> float:
    return score / max_score if max_score > 0 else 1.0


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check(level_id: str, score: int, max_score: int, stars: int) -> None:
    if not isinstance(level_id, str) or not level_id:
        raise ValueError(f"level_id must be a non-empty string, not {level_id!r}")
    for name, value in (("score", score), ("max_score", max_score), ("stars", stars)):
        if not _is_count(value):
            raise ValueError(f"{name} must be a whole number of at least 0, not {value!r}")
    if score > max_score:
        raise ValueError(f"score {score} is above max_score {max_score} for level {level_id!r}")


def _parse(raw: Any) -> LevelBest | None:
    if not isinstance(raw, dict):
        return None
    values = [raw.get(name) for name in ("stars", "score", "max_score", "plays")]
    if not all(_is_count(v) for v in values):
        return None
    stars, score, max_score, plays = values
    if score > max_score or plays < 1:
        return None
    return LevelBest(stars, score, max_score, plays)

