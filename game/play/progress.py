"""This computer's progress: the best result and the number of plays per level.

Progress belongs to the computer, not to a person: the file holds level ids
and numbers only, never anything about who played.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from game.play.storage import Blocked, keep_copy, load_document, skipped_warning, write_json

FILE_NAME = "progress.json"
FORMAT_VERSION = 1
PAYLOAD = "levels"


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
        # Set by load(), as in Notebook: why save() must not write, and the old
        # file's bytes to copy before a save drops records it skipped.
        self._blocked: str | None = None
        self._keep_before_save: bytes | None = None

    @classmethod
    def load(cls, path: Path | str) -> Progress:
        """Read progress at `path`; a missing or broken file gives empty progress.

        Problems are never fatal: they leave a one-line `warning` for the log. A
        file that could not be read is left alone and save() then refuses to
        write over it (raising Blocked, an OSError).
        """
        path = Path(path)
        try:
            document = load_document(path, FORMAT_VERSION, PAYLOAD, {})
        except Blocked as exc:
            progress = cls(path)
            progress.warning = progress._blocked = str(exc)
            return progress
        progress, skipped = cls.from_document(path, document.payload)
        progress.warning = document.warning or skipped_warning(path, skipped, "level record",
                                                               "level records")
        progress._keep_before_save = document.raw if skipped else None
        return progress

    @classmethod
    def from_document(cls, path: Path | str, raw_levels: dict) -> tuple[Progress, int]:
        """Progress from a stored `levels` mapping, and how many records had a bad shape."""
        levels = {}
        for level_id, raw in raw_levels.items():
            best = _parse(raw)
            if level_id and best is not None:
                levels[level_id] = best
        return cls(path, levels), len(raw_levels) - len(levels)

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

    def document(self) -> dict[str, Any]:
        """Progress as the versioned JSON document it is stored as."""
        levels = {level_id: asdict(best) for level_id, best in self._levels.items()}
        return {"version": FORMAT_VERSION, PAYLOAD: levels}

    def save(self) -> None:
        """Write progress to its path. Raises OSError (Blocked) rather than lose data.

        The Player saves differently (locked, merged with the file); this is for
        one copy of the game working alone.
        """
        if self._blocked:
            raise Blocked(self._blocked)
        if self._keep_before_save is not None:
            keep_copy(self.path, self._keep_before_save)
            self._keep_before_save = None
        write_json(self.path, self.document())


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

