"""The 错题本 (wrong-answer notebook): missed moments the game brings back later.

Children forget fraud clues within weeks, so every missed moment is written
down and stays until the player gets it right on two different days.

An entry is one of two kinds:

- "decision": a risky or too-suspicious choice at a decision step; `item` is
  the option id the player chose. The lesson is the step, not the option, so a
  step has at most one decision entry: it is keyed by (level_id, step_id,
  kind). A later wrong choice at that step is a repeat mistake (the entry's
  `item` becomes the latest wrong option), and choosing any safe option there
  counts as a right answer, whatever `item` was.
- "clue": a red-flag clue the player did not find; `item` is the clue id. Each
  clue is its own lesson, keyed by (level_id, step_id, kind, item).

Because entries are keyed by content ids, the notebook can never grow beyond
the number of steps and clues in the shipped levels, even on a kiosk that runs
for weeks. The file holds only level, step, option and clue ids and dates:
never anything about the player (the game stores no personal data).

Dates are passed in as `datetime.date`; this module never reads the clock.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from game.play.storage import read_document, write_json

FORMAT_VERSION = 1
KINDS: tuple[str, ...] = ("decision", "clue")
DAYS_TO_LEAVE = 2  # right answers on this many different days retire an entry

Key = tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    level_id: str
    step_id: str
    kind: str  # "decision" or "clue"
    item: str  # the option chosen wrongly (decision) or the clue missed (clue)
    added: date
    right_days: tuple[date, ...] = ()

    @property
    def key(self) -> Key:
        return _key(self.level_id, self.step_id, self.kind, self.item)


class Notebook:
    """The missed moments on this computer, oldest first."""

    def __init__(self, path: Path | str, entries: tuple[Entry, ...] | list[Entry] = ()) -> None:
        self.path = Path(path)
        self.warning: str | None = None
        self._entries: dict[Key, Entry] = {}
        for entry in entries:
            self._entries.setdefault(entry.key, entry)

    @classmethod
    def load(cls, path: Path | str) -> Notebook:
        """Read the notebook at `path`; a missing or broken file gives an empty one.

        Problems are never fatal: they leave a one-line `warning` for the log.
        """
        path = Path(path)
        raw_entries, warning = read_document(path, FORMAT_VERSION, "entries", [])
        parsed = [_parse(raw) for raw in raw_entries]
        good = [e for e in parsed if e is not None]
        # An entry already right on two days should have left; drop it quietly.
        notebook = cls(path, [e for e in good if len(e.right_days) < DAYS_TO_LEAVE])
        skipped = len(parsed) - len(good) + _duplicates(good)
        if skipped and warning is None:
            noun = "entry" if skipped == 1 else "entries"
            warning = f"{path}: skipped {skipped} {noun} with a bad shape"
        notebook.warning = warning
        return notebook

    def add(self, level_id: str, step_id: str, kind: str, item: str, today: date) -> bool:
        """Write down a mistake; True if it is new.

        A repeat mistake keeps the entry's place and `added` date but wipes its
        right answers, so it has to be got right on two days all over again.
        """
        key = _key(level_id, step_id, kind, item)
        old = self._entries.get(key)
        if old is not None:
            self._entries[key] = replace(old, item=item, right_days=())
            return False
        self._entries[key] = Entry(level_id, step_id, kind, item, today)
        return True

    def record_right(self, level_id: str, step_id: str, kind: str, item: str, today: date) -> bool:
        """Note a right answer today; True if the entry has now left the notebook.

        For a decision `item` may be any option (the safe one just chosen); for a
        clue it must be the clue id. A second right answer on the same day adds
        nothing. Returns False too when there is no matching entry.
        """
        key = _key(level_id, step_id, kind, item)
        old = self._entries.get(key)
        if old is None:
            return False
        if today in old.right_days:
            return False
        days = old.right_days + (today,)
        if len(days) >= DAYS_TO_LEAVE:
            del self._entries[key]
            return True
        self._entries[key] = replace(old, right_days=days)
        return False

    def entries(self) -> list[Entry]:
        """All entries, oldest `added` first; ties keep the order they were added in."""
        return sorted(self._entries.values(), key=lambda e: e.added)

    def for_level(self, level_id: str) -> list[Entry]:
        return [e for e in self.entries() if e.level_id == level_id]

    def __len__(self) -> int:
        return len(self._entries)

    def save(self) -> None:
        entries = [_dump(e) for e in self.entries()]
        write_json(self.path, {"version": FORMAT_VERSION, "entries": entries})


def _key(level_id: str, step_id: str, kind: str, item: str) -> Key:
    if kind not in KINDS:
        raise ValueError(f"notebook entry kind must be one of {KINDS}, not {kind!r}")
    for name, value in (("level_id", level_id), ("step_id", step_id), ("item", item)):
        if not isinstance(value, str) or not value:
            raise ValueError(f"notebook {name} must be a non-empty string, not {value!r}")
    if kind == "decision":
        return (level_id, step_id, kind)
    return (level_id, step_id, kind, item)


def _dump(entry: Entry) -> dict[str, Any]:
    return {
        "level_id": entry.level_id,
        "step_id": entry.step_id,
        "kind": entry.kind,
        "item": entry.item,
        "added": entry.added.isoformat(),
        "right_days": [d.isoformat() for d in entry.right_days],
    }


def _parse(raw: Any) -> Entry | None:
    """An entry from its stored form, or None if its shape is wrong."""
    if not isinstance(raw, dict):
        return None
    ids = [raw.get(name) for name in ("level_id", "step_id", "item")]
    if not all(isinstance(v, str) and v for v in ids) or raw.get("kind") not in KINDS:
        return None
    added = _parse_date(raw.get("added"))
    right = raw.get("right_days", [])
    if added is None or not isinstance(right, list):
        return None
    days = [_parse_date(d) for d in right]
    if None in days:
        return None
    return Entry(ids[0], ids[1], raw["kind"], ids[2], added, tuple(dict.fromkeys(days)))


def _duplicates(entries: list[Entry]) -> int:
    return len(entries) - len({e.key for e in entries})


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None

