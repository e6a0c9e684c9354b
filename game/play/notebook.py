"""The 错题本 (wrong-answer notebook): missed moments the game brings back later.

Children forget fraud clues within weeks, so every missed moment is written
down and stays until the player gets it right on two different days.

An entry is one of three kinds:

- "decision": a risky or too-suspicious choice at a decision step; `item` is
  the option id the player chose. The lesson is the step, not the option, so a
  step has at most one decision entry: it is keyed by (level_id, step_id,
  kind). A later wrong choice at that step is a repeat mistake (the entry's
  `item` becomes the latest wrong option), and choosing any safe option there
  counts as a right answer, whatever `item` was.
- "clue": a red-flag clue the player did not find; `item` is the clue id. Each
  clue is its own lesson, keyed by (level_id, step_id, kind, item).
- "calm": a screen with nothing suspicious on it where the player called an
  innocent part suspicious (`item` is "doubted"). Like a decision, it is keyed
  by (level_id, step_id, kind), and seeing the screen as fine counts as right.

Because entries are keyed by content ids, the notebook can never grow beyond
the number of steps and clues in the shipped levels, even on a kiosk that runs
for weeks. The file holds only level, step, option and clue ids and dates:
never anything about the player (the game stores no personal data).

A *moment* is one (level_id, step_id): what the review replays and what the
title's count counts. A hunt with three missed clues is three entries but one
moment, so the count a child sees means one thing everywhere.

Dates are passed in as `datetime.date`; this module never reads the clock.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from game.play.storage import Blocked, keep_copy, load_document, skipped_warning, write_json

FILE_NAME = "notebook.json"
FORMAT_VERSION = 1
PAYLOAD = "entries"
KINDS: tuple[str, ...] = ("decision", "clue", "calm")
DOUBTED = "doubted"  # the item of a "calm" entry
DAYS_TO_LEAVE = 2  # right answers on this many different days retire an entry

Key = tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    level_id: str
    step_id: str
    kind: str  # "decision", "clue" or "calm"
    item: str  # the option chosen wrongly (decision), the clue missed (clue), or DOUBTED (calm)
    added: date
    right_days: tuple[date, ...] = ()

    @property
    def key(self) -> Key:
        return _key(self.level_id, self.step_id, self.kind, self.item)

    @property
    def moment(self) -> tuple[str, str]:
        return (self.level_id, self.step_id)


# playable(level_id, step_id, kind): can this moment still be replayed here?
Playable = Callable[[str, str, str], bool]


class Notebook:
    """The missed moments on this computer, oldest first."""

    def __init__(self, path: Path | str, entries: tuple[Entry, ...] | list[Entry] = ()) -> None:
        self.path = Path(path)
        self.warning: str | None = None
        self._entries: dict[Key, Entry] = {}
        for entry in entries:
            self._entries.setdefault(entry.key, entry)
        # Set by load(): why save() must not write (the file was not read), and
        # the old file's bytes to copy before a save drops entries it skipped.
        self._blocked: str | None = None
        self._keep_before_save: bytes | None = None

    @classmethod
    def load(cls, path: Path | str) -> Notebook:
        """Read the notebook at `path`; a missing or broken file gives an empty one.

        Problems are never fatal: they leave a one-line `warning` for the log. A
        file that could not be read is left alone and save() then refuses to
        write over it (raising Blocked, an OSError).
        """
        path = Path(path)
        try:
            document = load_document(path, FORMAT_VERSION, PAYLOAD, [])
        except Blocked as exc:
            notebook = cls(path)
            notebook.warning = notebook._blocked = str(exc)
            return notebook
        notebook, skipped = cls.from_document(path, document.payload)
        notebook.warning = document.warning or skipped_warning(path, skipped, "entry", "entries")
        notebook._keep_before_save = document.raw if skipped else None
        return notebook

    @classmethod
    def from_document(cls, path: Path | str, raw_entries: list) -> tuple[Notebook, int]:
        """A notebook from a stored `entries` list, and how many entries had a bad shape."""
        parsed = [_parse(raw) for raw in raw_entries]
        good = [e for e in parsed if e is not None]
        # An entry already right on two days should have left; drop it quietly.
        notebook = cls(path, [e for e in good if len(e.right_days) < DAYS_TO_LEAVE])
        return notebook, len(parsed) - len(good) + _duplicates(good)

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

    def has_moment(self, level_id: str, step_id: str) -> bool:
        return any(e.moment == (level_id, step_id) for e in self._entries.values())

    def moments(self, playable: Playable | None = None) -> list[Entry]:
        """One entry per moment, oldest first: the moments a review replays.

        With `playable`, only entries it accepts count, so a level that is no
        longer installed, or a step that was removed or changed type, is not
        offered (its entries stay in the file in case the level comes back).
        """
        first: dict[tuple[str, str], Entry] = {}
        for entry in self.entries():
            if playable is None or playable(entry.level_id, entry.step_id, entry.kind):
                first.setdefault(entry.moment, entry)
        return list(first.values())

    def __len__(self) -> int:
        """The number of entries (not moments; see moments() for what a player sees)."""
        return len(self._entries)

    def document(self) -> dict[str, Any]:
        """The notebook as the versioned JSON document it is stored as."""
        return {"version": FORMAT_VERSION, PAYLOAD: [_dump(e) for e in self.entries()]}

    def save(self) -> None:
        """Write the notebook to its path. Raises OSError (Blocked) rather than lose data.

        The Player saves differently (locked, merged with the file); this is for
        one copy of the game working alone.
        """
        if self._blocked:
            raise Blocked(self._blocked)
        if self._keep_before_save is not None:
            keep_copy(self.path, self._keep_before_save)
            self._keep_before_save = None
        write_json(self.path, self.document())


def _key(level_id: str, step_id: str, kind: str, item: str) -> Key:
    if kind not in KINDS:
        raise ValueError(f"notebook entry kind must be one of {KINDS}, not {kind!r}")
    for name, value in (("level_id", level_id), ("step_id", step_id), ("item", item)):
        if not isinstance(value, str) or not value:
            raise ValueError(f"notebook {name} must be a non-empty string, not {value!r}")
    if kind in ("decision", "calm"):
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

