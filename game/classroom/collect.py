"""Finding what a report counts: the play logs in a data folder, or everything a teacher gathered (no pygame).

A data folder may hold several play logs (one per profile, in subfolders), so a
folder is searched, not just read. For `report --merge`, each folder given (a
shared folder, a USB stick) is searched for play logs (`playlog.jsonl` with its
`playlog.old.jsonl`) and for report CSVs this game wrote (recognised by their
header line); both kinds add up. The same file copied twice (two identical
play logs, the same CSV under two names) is counted once.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from game.classroom import export
from game.classroom.profiles import FOLDER as PROFILES_FOLDER
from game.classroom.tally import Tally, tally
from game.play import playlog

HOME_DEPTH = 4  # a data folder: the PC's log and its profiles' logs below it
MERGE_DEPTH = 8  # a stick or shared folder: PC folders, data folders, profiles
MAX_FILES = 20_000  # files looked at in one folder tree, so a whole drive cannot hang the report
SKIP_DIRS = {"cache", "System Volume Information", "__pycache__", "node_modules"}


@dataclass
class Gathered:
    """What was read: the tally of it all, and what a person should know about it."""

    tally: Tally = field(default_factory=Tally)
    logs: int = 0  # play-log folders read
    csvs: int = 0  # report CSVs read
    warnings: list[str] = field(default_factory=list)


def from_home(home: Path | str, first: str = "", last: str = "") -> Gathered:
    """Every play log of this PC's data folder (and its profiles), dated from `first` to `last`."""
    out = Gathered()
    home = Path(home)
    if not home.is_dir():
        return out
    folders, _ = _search(home, HOME_DEPTH, out.warnings, want_csv=False)
    _read_logs(folders, out, first, last)
    return out


def from_folders(folders: list[Path], first: str = "", last: str = "") -> Gathered:
    """Every play log and report CSV found in `folders` (a teacher's collection), added up."""
    out = Gathered()
    logs, csvs = [], []
    for folder in folders:
        found_logs, found_csvs = _search(Path(folder), MERGE_DEPTH, out.warnings, want_csv=True)
        logs += found_logs
        csvs += found_csvs
    _read_logs(logs, out, first, last)
    seen: set[str] = set()
    for path in dict.fromkeys(csvs):
        try:
            raw = path.read_bytes()
        except OSError as error:
            out.warnings.append(f"{path}: could not be read ({error.strerror or error})")
            continue
        digest = hashlib.sha256(raw).hexdigest()
        if digest in seen:
            out.warnings.append(f"{path}: the same as a report already counted; counted once")
            continue
        seen.add(digest)
        counts, problems = export.read_csv(raw, str(path))
        out.warnings += problems
        if not _in_range(counts, first, last):
            out.warnings.append(f"{path}: its plays ({counts.first_date} to {counts.last_date}) are outside the "
                                "dates asked for; not counted")
            continue
        if (first and counts.first_date < first) or (last and counts.last_date > last):
            out.warnings.append(f"{path}: holds plays from {counts.first_date} to {counts.last_date}, partly outside "
                                "the dates asked for; a report CSV cannot be split by date, so all of it is "
                                "counted (merge the play logs instead to count exactly)")
        out.tally.add(counts)
        out.csvs += 1
    return out


def _in_range(counts: Tally, first: str, last: str) -> bool:
    if not counts.first_date:
        return True
    return not ((first and counts.last_date < first) or (last and counts.first_date > last))


def _read_logs(folders: list[Path], out: Gathered, first: str, last: str) -> None:
    seen: set[str] = set()
    for folder in dict.fromkeys(folders):
        digest = _fingerprint(folder)
        if digest is not None and digest in seen:
            out.warnings.append(f"{folder}: the same play log as one already counted; counted once")
            continue
        if digest is not None:
            seen.add(digest)
        records, warnings = playlog.read(folder)
        out.warnings += [f"{folder}: {w}" for w in warnings]
        out.tally.add(tally(playlog.with_rounds(records), first, last))  # (one player's log: rounds are theirs)
        out.logs += 1


def _fingerprint(folder: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        for name in (playlog.OLD_FILE_NAME, playlog.FILE_NAME):
            path = folder / name
            if path.is_file():
                digest.update(name.encode() + b"\0" + path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _search(root: Path, depth: int, warnings: list[str], want_csv: bool) -> tuple[list[Path], list[Path]]:
    """Folders holding a play log, and report CSVs, under `root` (no deeper than `depth`)."""
    logs: list[Path] = []
    csvs: list[Path] = []
    if root.is_file():
        if want_csv and export.is_report_csv(root):
            csvs.append(root)
        elif root.name in (playlog.FILE_NAME, playlog.OLD_FILE_NAME):
            logs.append(root.parent)
        else:
            warnings.append(f"{root}: neither a play log nor a report CSV of this game; not counted")
        return logs, csvs
    looked = 0

    def failed(error: OSError) -> None:
        warnings.append(f"{error.filename}: could not be searched ({error.strerror or error})")

    for folder, dirs, files in os.walk(root, onerror=failed):
        here = Path(folder)
        level = len(here.relative_to(root).parts)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith((".", "$"))
                         and level < depth)
        looked += len(files)
        if playlog.FILE_NAME in files or playlog.OLD_FILE_NAME in files:
            logs.append(here)
        if want_csv:
            csvs += [here / f for f in sorted(files) if f.lower().endswith(".csv") and export.is_report_csv(here / f)]
        if looked > MAX_FILES:
            warnings.append(f"{root}: more than {MAX_FILES} files; stopped searching there. Give the folder that "
                            "holds the collected files, not a whole drive")
            break
    return logs, _not_beside_their_logs(csvs, logs, warnings)


def _not_beside_their_logs(csvs: list[Path], logs: list[Path], warnings: list[str]) -> list[Path]:
    """The report CSVs less those in a data folder that holds play logs (in it, or in its profiles'
    folders): the teacher screen's 导出报告 writes there, so such a CSV counts those very logs again."""
    data_folders = {log for log in logs} | {log.parent.parent for log in logs if log.parent.name == PROFILES_FOLDER}
    kept = []
    for path in csvs:
        if path.parent in data_folders:
            warnings.append(f"{path}: a report exported in a data folder whose play logs are counted; "
                            "not counted again")
        else:
            kept.append(path)
    return kept
