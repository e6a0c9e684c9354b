"""The operator's numbers for a booth: how the day went, with no personal data.

Counts only: runs per hour of the day, runs finished and where unfinished runs
were dropped, right and wrong answers per decision and per quick-round item,
genuine items refused, taps on the honeypot lure. No nickname is stored here, so
nothing links a name on the board to its answers. Exported as CSV that opens in
Excel and WPS (UTF-8 with a byte order mark).
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Callable
from pathlib import Path
from typing import Any

from game.play.storage import load_document, write_json

FILE_NAME = "kiosk-stats.json"
FORMAT_VERSION = 1
CSV_COLUMNS = ("date", "measure", "item", "count", "name")  # name: the item as a person reads it
QUESTION_MEASURES = ("dropped_at", "right", "wrong", "genuine_refused")  # (rows whose item is a question)


@dataclass
class Day:
    runs_by_hour: Counter = field(default_factory=Counter)
    finished: int = 0
    dropped_at: Counter = field(default_factory=Counter)  # where idle runs were dropped
    right: Counter = field(default_factory=Counter)  # answer key -> right answers
    wrong: Counter = field(default_factory=Counter)
    genuine_refused: Counter = field(default_factory=Counter)
    honeypot: int = 0

    @property
    def runs(self) -> int:
        return sum(self.runs_by_hour.values())


class OperatorStats:
    def __init__(self, path: Path, days: dict[str, Day] | None = None, writable: bool = True) -> None:
        self.path = Path(path)
        self.days: dict[str, Day] = dict(days or {})
        self.writable = writable

    @classmethod
    def load(cls, path: Path | str) -> "OperatorStats":
        path = Path(path)
        try:
            doc = load_document(path, FORMAT_VERSION, "days", {})
        except OSError:
            return cls(path, writable=False)
        return cls(path, {d: _parse_day(raw) for d, raw in doc.payload.items() if isinstance(raw, dict)})

    def day(self, iso: str) -> Day:
        return self.days.setdefault(iso, Day())

    # -- what happens at the booth ---------------------------------------------------

    def run_started(self, iso: str, hour: int) -> None:
        self.day(iso).runs_by_hour[str(hour)] += 1

    def run_finished(self, iso: str) -> None:
        self.day(iso).finished += 1

    def run_dropped(self, iso: str, where: str) -> None:
        self.day(iso).dropped_at[where or "start"] += 1

    def answered(self, iso: str, key: str, right: bool, refused_genuine: bool = False) -> None:
        day = self.day(iso)
        (day.right if right else day.wrong)[key] += 1
        if refused_genuine:
            day.genuine_refused[key] += 1

    def honeypot_tapped(self, iso: str) -> None:
        self.day(iso).honeypot += 1

    # -- keeping and showing ---------------------------------------------------------------

    def save(self) -> str | None:
        if not self.writable:
            return f"{self.path} could not be read, so it is not written either"
        try:
            write_json(self.path, {"version": FORMAT_VERSION, "days": {d: _dump_day(v) for d, v in self.days.items()}})
        except OSError as error:
            return f"could not save {self.path}: {error.strerror or error}"
        return None

    def rows(self) -> list[tuple[str, str, str, int]]:
        """Every number as (date, measure, item, count), oldest day first."""
        out: list[tuple[str, str, str, int]] = []
        for iso in sorted(self.days):
            day = self.days[iso]
            out += [(iso, "runs_in_hour", f"{int(h):02d}:00", n) for h, n in sorted(day.runs_by_hour.items(),
                                                                                     key=lambda kv: int(kv[0]))]
            out.append((iso, "runs", "", day.runs))
            out.append((iso, "finished", "", day.finished))
            out += [(iso, "dropped_at", k, n) for k, n in sorted(day.dropped_at.items())]
            for key in sorted(set(day.right) | set(day.wrong)):
                out.append((iso, "right", key, day.right[key]))
                out.append((iso, "wrong", key, day.wrong[key]))
            out += [(iso, "genuine_refused", k, n) for k, n in sorted(day.genuine_refused.items())]
            out.append((iso, "honeypot_taps", "", day.honeypot))
        return out

    def csv_bytes(self, name_of: Callable[[str], str] | None = None) -> bytes:
        """The numbers as CSV for Excel and WPS: UTF-8 with a byte order mark, CRLF lines. `name_of`
        names a question's key (quick:set-a:parcel-claim) as the operator's screen does (快递理赔短信),
        in the last column; the key stays in `item` for sorting and sums."""
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for iso, measure, item, count in self.rows():
            named = name_of(item) if name_of is not None and measure in QUESTION_MEASURES else ""
            writer.writerow((iso, measure, item, count, named if named != item else ""))
        return text.getvalue().encode("utf-8-sig")


def _dump_day(day: Day) -> dict[str, Any]:
    return {"runs_by_hour": dict(day.runs_by_hour), "finished": day.finished, "dropped_at": dict(day.dropped_at),
            "right": dict(day.right), "wrong": dict(day.wrong), "genuine_refused": dict(day.genuine_refused),
            "honeypot": day.honeypot}


def _counter(raw: Any) -> Counter:
    if not isinstance(raw, dict):
        return Counter()
    return Counter({str(k): v for k, v in raw.items() if isinstance(v, int) and not isinstance(v, bool) and v >= 0})


def _count(raw: Any) -> int:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 0 else 0


def _parse_day(raw: dict) -> Day:
    return Day(_counter(raw.get("runs_by_hour")), _count(raw.get("finished")), _counter(raw.get("dropped_at")),
               _counter(raw.get("right")), _counter(raw.get("wrong")), _counter(raw.get("genuine_refused")),
               _count(raw.get("honeypot")))
