"""The kiosk's leaderboards: today's and all time, by generated nickname only.

An entry holds a nickname (generated, never typed), three numbers and the date.
No answers, no times of day: the board shows what it stores and nothing links a
nickname to what its visitor chose. Categories let a newcomer shine: the best
score, the most clues found, the best at spotting what is genuine.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from game.play.storage import load_document, write_json

FILE_NAME = "kiosk-board.json"
FORMAT_VERSION = 1
KEEP = 2000  # newest entries kept; the all-time board reads these
CATEGORIES = ("score", "clues", "genuine")


@dataclass(frozen=True)
class BoardEntry:
    nickname: str
    score: int
    clues: int  # red flags found
    genuine: int  # genuine things rightly trusted
    day: str  # ISO date


class Board:
    def __init__(self, path: Path, entries: list[BoardEntry] | None = None, writable: bool = True) -> None:
        self.path = Path(path)
        self.entries: list[BoardEntry] = list(entries or [])
        self.writable = writable  # False when the file could not be read: never write over it

    @classmethod
    def load(cls, path: Path | str) -> "Board":
        path = Path(path)
        try:
            doc = load_document(path, FORMAT_VERSION, "entries", [])
        except OSError:  # locked or unreadable: play on with an empty board, keep the file
            return cls(path, [], writable=False)
        entries = [e for e in (_parse(raw) for raw in doc.payload) if e is not None]
        return cls(path, entries)

    def add(self, entry: BoardEntry) -> str | None:
        """Put a run on the board (this very entry: see `rank`) and save it; returns what went
        wrong with the save, if anything."""
        self.entries = (self.entries + [entry])[-KEEP:]
        if not self.writable:
            return f"{self.path} could not be read, so it is not written either"
        try:
            write_json(self.path, {"version": FORMAT_VERSION, "entries": [asdict(e) for e in self.entries]})
        except OSError as error:
            return f"could not save {self.path}: {error.strerror or error}"
        return None

    def top(self, category: str, today: date | None = None, size: int = 5) -> list[tuple[int, BoardEntry]]:
        """The best entries in a category, each with its rank: of `today` when given, else of all
        time. Equal numbers share a rank (1, 2, 2, 4), the earlier entry above; nobody is listed
        as best at something with 0 of it."""
        ranked = self._ranked(category, today)[:size]
        values = [getattr(e, category) for e in ranked]
        return [(values.index(value) + 1, entry) for value, entry in zip(values, ranked)]

    def rank(self, entry: BoardEntry, category: str, today: date | None = None) -> int | None:
        """The rank in a category of this very entry (the one a visitor just put on the board, not an
        equal one), as `top` gives ranks; None when it is not on that board."""
        value = getattr(entry, category)
        pool = self._ranked(category, today)
        if not any(other is entry for other in pool):
            return None
        return 1 + sum(getattr(other, category) > value for other in pool)

    def entries_of(self, today: date | None = None) -> int:
        """How many runs are on the board (of `today` when given)."""
        return len(self.entries) if today is None else sum(e.day == today.isoformat() for e in self.entries)

    def _ranked(self, category: str, today: date | None) -> list[BoardEntry]:
        if category not in CATEGORIES:
            raise ValueError(f"unknown board category {category!r}; use one of {CATEGORIES}")
        pool = [e for e in self.entries if (today is None or e.day == today.isoformat()) and getattr(e, category) > 0]
        # Ties keep the earlier entry first: who got there first stays above.
        return sorted(pool, key=lambda e: -getattr(e, category))


def _parse(raw) -> BoardEntry | None:
    if not isinstance(raw, dict):
        return None
    try:
        entry = BoardEntry(str(raw["nickname"]), int(raw["score"]), int(raw["clues"]), int(raw["genuine"]),
                           str(raw["day"]))
    except (KeyError, TypeError, ValueError):
        return None
    return entry if entry.nickname and date.fromisoformat(entry.day) else None
