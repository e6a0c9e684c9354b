"""Remembered verdicts on level files, so an unchanged level is not checked again at start-up.

A verdict (the file's problems, or none) is kept under a key made of everything it
depends on: the file's bytes, the checker's own code, the art the level may name,
the font's characters and the extra check (the real-font text fit). Change any of
them and the key changes, so a stale verdict is never used. The store is one JSON
file, written atomically; a missing, damaged or unwritable store only means the
checks run again. It holds no Python objects, so a tampered file can't run code.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Hashable
from functools import lru_cache
from pathlib import Path

from .problems import ERROR, WARNING, Problem

STORE = "level-verdicts.json"
FORMAT = 1
KEEP = 500  # verdicts kept: this run's, then the most recent others


def key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@lru_cache(maxsize=1)
def checker_version() -> str:
    """A hash of this package's source: new checks, new verdicts. (The fit check keys its
    own verdicts with the rest of the game's code, fonts and strings: `game.fitcheck.fingerprint`.)"""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class VerdictCache:
    """Verdicts by key, read from and written to `directory` (None: remember nothing)."""

    def __init__(self, directory: Path | None) -> None:
        self.path = Path(directory) / STORE if directory is not None else None
        self.old: dict[str, dict] = self._read() if self.path else {}
        self.used: dict[Hashable, dict] = {}
        self.changed = False

    def get(self, key: Hashable) -> tuple[str, list[Problem]] | None:
        """(declared level id, problems with file "") for a known key, else None. (A store that is
        not saved, `directory` None, takes any key; one that is, the strings of `key`.)"""
        entry = self.used.get(key) or self.old.get(key)
        if entry is None:
            return None
        try:
            problems = [Problem("", int(line), int(col), str(where), str(message),
                                WARNING if severity == WARNING else ERROR)
                        for line, col, where, message, severity in entry["problems"]]
            level_id = str(entry["id"])
        except (KeyError, TypeError, ValueError):
            return None
        self.used[key] = entry
        return level_id, problems

    def put(self, key: Hashable, level_id: str, problems: list[Problem]) -> None:
        self.used[key] = {"id": level_id,
                          "problems": [[p.line, p.col, p.where, p.message, p.severity] for p in problems]}
        self.changed = True

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        entries = dict(self.used)
        for k, v in self.old.items():
            if len(entries) >= KEEP:
                break
            entries.setdefault(k, v)
        text = json.dumps({"format": FORMAT, "verdicts": entries}, ensure_ascii=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".verdicts-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="ascii") as f:
                    f.write(text)
                os.replace(tmp, self.path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError:
            pass  # a read-only data folder: the checks simply run again next time
        self.changed = False

    def _read(self) -> dict[str, dict]:
        try:
            data = json.loads(self.path.read_text(encoding="ascii"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("verdicts"), dict):
            return {}
        return {k: v for k, v in data["verdicts"].items() if isinstance(v, dict)}
