"""The play log: one record per decision, hunt and finished level on this computer.

The teacher's report and the kiosk's statistics are built from it, so each
record is a flat JSON object that is easy to count and group, e.g.

    {"date": "2026-11-26", "kind": "decision", "level": "prize-toy",
     "step": "ad_decide", "option": "ask", "verdict": "safe", "review": false}

A 真还是假 answer says which round of its set it was in: `"round": 1` for the
player's first round of that set in a sitting (from when the seat was picked, or
the game started), 2 for the next (再来一轮), and so on. The teacher's
before/after check counts only round 1: a set played again right after its
answers were explained measures memory, not judgement. A sitting, not the log's
whole life, because a seat's folder serves the next class too. Records from
before the field have their round worked out as well as it can be (`with_rounds`).

A record holds ids, verdicts, counts and the date only: never a name, a time
of day, or anything a player typed (the game stores no personal data).

The file is `playlog.jsonl`, JSON lines: a header line
`{"format": "xiaolang-playlog", "version": 1}` and then one record per line.
Lines rather than one big document because a log is only ever added to: a save
appends a few lines instead of rewriting megabytes, and a report can stream it.
Appends happen under the data folder's lock (see storage.folder_lock), so two
copies of the game both keep every record. A power cut in the middle of an
append can cut the last line short; readers skip such a line and say so, and
the next append starts on a fresh line, so no whole record is ever lost to it.

The log is bounded: when `playlog.jsonl` would hold more than KEEP records it
is renamed to `playlog.old.jsonl` (replacing the previous one) and a new file
is started. So at least the newest KEEP records and at most twice that many are
kept; records older than the previous generation are deleted at the rotation.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from game.play.storage import Blocked, append_bytes, read_bytes, replace, set_aside, write_bytes

FILE_NAME = "playlog.jsonl"
OLD_FILE_NAME = "playlog.old.jsonl"
FORMAT = "xiaolang-playlog"
FORMAT_VERSION = 1
KEEP = 20_000

Record = dict[str, Any]


def decision_record(day: date, level_id: str, step_id: str, option_id: str, verdict: str,
                    review: bool = False) -> Record:
    """What the player chose at a decision step and whether it was safe."""
    return {"date": day.isoformat(), "kind": "decision", "level": level_id, "step": step_id,
            "option": option_id, "verdict": verdict, "review": review}


def hunt_verdict(found, missed, wrong_taps: int) -> str:
    """A finished hunt's verdict: "missed" when a clue was missed, "too_suspicious" on a screen with
    nothing to find (no clue found or missed) where an innocent part was tapped, as 锡小朗 told the
    player, else "safe"."""
    if missed:
        return "missed"
    return "too_suspicious" if not found and wrong_taps else "safe"


def hunt_record(day: date, level_id: str, step_id: str, found: Iterable[str], missed: Iterable[str],
                review: bool = False, wrong_taps: int = 0) -> Record:
    """Which clues of a red-flag hunt were found and missed, how many innocent parts were tapped,
    and its verdict (`hunt_verdict`)."""
    found, missed = list(found), list(missed)
    verdict = hunt_verdict(found, missed, wrong_taps)
    return {"date": day.isoformat(), "kind": "hunt", "level": level_id, "step": step_id,
            "verdict": verdict, "found": found, "missed": missed, "wrong_taps": wrong_taps,
            "review": review}


def quick_record(day: date, set_id: str, item_id: str, answer: str, verdict: str, round_no: int = 1) -> Record:
    """A 真还是假 answer ("real" or "fake") and its verdict, in the player's `round_no`-th round of the set."""
    return {"date": day.isoformat(), "kind": "quick", "set": set_id, "item": item_id, "answer": answer,
            "verdict": verdict, "round": round_no}


def round_of(record: Record) -> int | None:
    """A quick record's round as written (a whole number from 1), or None where it has none."""
    value = record.get("round")
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None


def with_rounds(records: Iterable[Record]) -> Iterator[Record]:
    """The records of one log, each quick answer with its round: as written, or for a record from
    before the field, worked out: in an unbroken run of answers to one set on one day, the k-th
    answer to an item was in round k (再来一轮 follows a round at once, and a round shows each item
    once). Anything else logged between (a story, another set) ends the run: the next child at the
    seat, or the lesson going on. Give it one log: mixing players' logs would mix their rounds."""
    seen: Counter = Counter()
    run = None
    for record in records:
        if isinstance(record, dict) and record.get("kind") == "quick":
            if (record.get("date"), record.get("set")) != run:
                run = (record.get("date"), record.get("set"))
                seen.clear()
            if round_of(record) is None:
                seen[record.get("item")] += 1
                record = {**record, "round": seen[record.get("item")]}
        else:
            run = None
        yield record


def finish_record(day: date, level_id: str, score: int, max_score: int, stars: int) -> Record:
    """A level played to its end."""
    return {"date": day.isoformat(), "kind": "finish", "level": level_id, "score": score,
            "max_score": max_score, "stars": stars}


def append(folder: Path | str, records: list[Record], keep: int = KEEP) -> str | None:
    """Add `records` to the log in `folder`; returns a warning if a broken log was set aside.

    The caller holds the folder lock. Raises OSError (Blocked when the log
    cannot be read, or is broken and cannot be moved aside) and then nothing
    was added, except, after a power cut, possibly part of the last line.
    """
    if not records:
        return None
    path = Path(folder) / FILE_NAME
    lines = b"".join(_line(r) for r in records)
    raw = read_bytes(path)
    warning = None
    if raw:
        problem = _header_problem(raw)
        if problem is not None:
            warning = set_aside(path, problem)
            raw = None
    if not raw:
        write_bytes(path, _line(_header()) + lines)
        return warning
    count = raw.count(b"\n") - 1
    if count > 0 and count + len(records) > keep:
        replace(path, path.with_name(OLD_FILE_NAME))
        write_bytes(path, _line(_header()) + lines)
        return warning
    # A line cut short by a power cut must not swallow the first new record.
    append_bytes(path, (b"" if raw.endswith(b"\n") else b"\n") + lines)
    return warning


def read(folder: Path | str) -> tuple[list[Record], list[str]]:
    """Every record kept in `folder`, oldest first, and warnings about what was skipped.

    Never raises for what is on disk and never changes it: a report shows what
    it can and says what it could not read.
    """
    records: list[Record] = []
    warnings: list[str] = []
    for name in (OLD_FILE_NAME, FILE_NAME):
        path = Path(folder) / name
        try:
            raw = read_bytes(path)
        except Blocked as exc:
            warnings.append(str(exc))
            continue
        if not raw:
            continue
        problem = _header_problem(raw)
        if problem is not None:
            warnings.append(f"{name} {problem}; its records were not read")
            continue
        skipped = 0
        for line in raw.split(b"\n")[1:]:
            if not line.strip():
                continue
            record = _parse(line)
            if record is None:
                skipped += 1
            else:
                records.append(record)
        if skipped:
            noun = "line" if skipped == 1 else "lines"
            warnings.append(f"{name}: skipped {skipped} {noun} that are not whole records "
                            "(a power cut can cut the last line short)")
    return records, warnings


def _header() -> Record:
    return {"format": FORMAT, "version": FORMAT_VERSION}


def _line(record: Record) -> bytes:
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text + "\n").encode("utf-8")


def _parse(line: bytes) -> Record | None:
    try:
        value = json.loads(line.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _header_problem(raw: bytes) -> str | None:
    """What is wrong with the log's first line, or None if it is this game's header."""
    header = _parse(raw.split(b"\n", 1)[0])
    if header is None or header.get("format") != FORMAT:
        return "does not start with the play log's header line"
    if header.get("version") != FORMAT_VERSION:
        return f"has unknown format version {header.get('version')!r}"
    return None
