"""`python -m game report`: the teacher's report of how a class did, as CSV and as a printable page.

    python -m game report                        # this PC's play logs: a summary on screen
    python -m game report --out r.csv --html r.html
    python -m game report --merge E:\\collected   # every play log and report CSV in a folder, added up
    python -m game report --from 2026-11-26 --to 2026-11-26 --before set-a --after set-b

Counts come from `game.classroom.collect` (finding files), `report` (the
tables), `export` (CSV) and `page` (HTML); this module only wires them up and
says what it did. No pygame.
"""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from game.classroom import collect, export, page
from game.classroom.report import DEFAULT_PHASES, Labels, Report, build, lesson_phases, reading
from game.locale import Locale

ROOT = Path(__file__).resolve().parent.parent


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `report` command's options (game/cli.py registers the command)."""
    parser.add_argument("--home", type=Path, default=None,
                        help="this PC's data folder (default: the game's, or XIAOLANG_HOME)")
    parser.add_argument("--merge", type=Path, nargs="+", default=None, metavar="DIR",
                        help="instead of this PC's logs: every play log and report CSV found in these folders "
                             "(a shared folder, a USB stick), added up")
    parser.add_argument("--out", type=Path, default=None, metavar="FILE.csv",
                        help="write the report as CSV (UTF-8 with BOM: opens in Excel and WPS)")
    parser.add_argument("--html", type=Path, default=None, metavar="FILE.html",
                        help="write the report as one printable page (no scripts, nothing from the network)")
    parser.add_argument("--from", dest="first", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="count plays from this day on")
    parser.add_argument("--to", dest="last", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="count plays up to this day")
    parser.add_argument("--day", type=_day, default=None, metavar="YYYY-MM-DD",
                        help="count only this day's plays (a lesson): the same as --from DAY --to DAY")
    parser.add_argument("--lesson", default=None, metavar="FILE",
                        help="the lesson file (or a name in levels/lessons/) whose before: and after: item sets "
                             "are the check's")
    for phase in DEFAULT_PHASES:
        parser.add_argument(f"--{phase.name}", default=None, metavar="SET",
                            help=f"the quick-round item set played {_WHEN[phase.name]} (default: the lesson's, "
                                 f"else {phase.set_id})")
    parser.add_argument("--levels", type=Path, action="append", default=[], metavar="DIR",
                        help="a level pack whose titles and questions the report should show "
                             "(may be given several times)")


_WHEN = {"before": "at the start of the lesson", "after": "at its end", "later": "a week later"}


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date looks like 2026-11-26, not {text!r}") from None


def labels_for(levels_dir: Path, packs: list[Path], assets_dir: Path) -> Labels:
    """Titles, prompts and option texts of the levels and item sets installed here."""
    from game.levels.library import LevelPack, Library
    from game.levels.quick import load_folder

    level_packs = [LevelPack("", levels_dir)] + [LevelPack.folder(d, levels_dir) for d in packs]
    library = Library.open(level_packs, assets_dir)
    quick_sets = [r.item_set for r in load_folder(levels_dir / "quick") if r.item_set is not None]
    return Labels.of(library.levels, quick_sets)


def run(args: argparse.Namespace, out=None, err=None) -> int:
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    first = args.day or args.first or ""
    last = args.day or args.last or ""
    if first and last and first > last:  # (ISO dates compare as text)
        print(f"error: --from {first} is after --to {last}: no day is in that range; give the earlier day "
              "to --from", file=err)
        return 1
    if args.home is not None and not args.home.is_dir():
        print(f"error: no folder {args.home}; give --home the game's data folder (the one that holds "
              "playlog.jsonl), or leave it out for this PC's", file=err)
        return 1
    if args.merge:
        missing = [str(d) for d in args.merge if not d.exists()]
        if missing:
            print(f"error: no folder {', '.join(missing)}; give the folders that hold the collected play logs "
                  "or report CSVs", file=err)
            return 1
        gathered = collect.from_folders(list(args.merge), first, last)
    else:
        from game.play.storage import data_dir

        gathered = collect.from_home(args.home or data_dir(), first, last)
    for warning in gathered.warnings:
        print(f"warning: {warning}", file=err)
    phases = _phases(args, err)
    if phases is None:
        return 1
    t = Locale.load(ROOT / "assets" / "locale" / "zh_CN.yaml")
    report = build(gathered.tally, labels_for(ROOT / "levels", args.levels, ROOT / "assets"), phases)
    try:
        if args.out is not None:
            _write(args.out, export.csv_bytes(report, t))
            print(f"wrote {args.out}", file=out)
        if args.html is not None:
            _write(args.html, page.html_page(report, t, gathered.logs, gathered.csvs).encode("utf-8"))
            print(f"wrote {args.html}", file=out)
    except OSError as error:
        print(f"error: could not write {error.filename}: {error.strerror or error}", file=err)
        return 1
    print(summary(report, gathered), file=out)
    return 0


def _phases(args: argparse.Namespace, err):
    """before/after/later item sets: given ones, else the lesson's, else the defaults (None: no such lesson)."""
    before = after = ""
    if args.lesson:
        from game.classroom.lesson import read_for

        lesson, problems = read_for(args.lesson, ROOT / "levels")
        if lesson is None:
            for problem in problems[:-1] if len(problems) > 1 else problems:
                print(f"  {problem.split('; playing without a lesson')[0]}", file=err)
            print(f"error: the lesson {args.lesson} cannot be used for the report", file=err)
            return None
        before, after = lesson.before, lesson.after
    return lesson_phases(args.before or before, args.after or after, args.later or "")


def _write(path: Path, data: bytes) -> None:
    from game.play.storage import write_bytes

    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, data)


def summary(report: Report, gathered: collect.Gathered) -> str:
    """A few lines for the console: what was read, and the before/after check."""
    source = f"{gathered.logs} play log folder(s)" + (f" and {gathered.csvs} report CSV(s)" if gathered.csvs else "")
    if report.empty:
        return f"no plays found in {source}"
    again = report.quick_again[0]
    lines = [f"{report.tally.records} records from {report.first_date} to {report.last_date}, read from {source}; "
             f"{len(report.levels)} level(s), {sum(q.answered for q in report.quick)} quick-round answers"
             + (f" in first rounds (and {again} in later rounds, counted apart)" if again else "")]
    for p in report.phases:
        d = p.detection
        rate = lambda v: "-" if v is None else f"{v:.0%}"  # noqa: E731
        lines.append(f"  {p.phase} ({p.set}): hits {d.hits}/{d.fakes} ({rate(d.hit_rate)}), false alarms "
                     f"{d.false_alarms}/{d.genuines} ({rate(d.false_alarm_rate)}), d' "
                     f"{'-' if d.d_prime is None else f'{d.d_prime:.2f}'}")
    for c in report.changes:
        lines.append(f"  {c.phase} - {c.base}: d' {'-' if c.d_prime is None else f'{c.d_prime:+.2f}'} "
                     f"({reading(c).rsplit('_', 1)[1]})")
    return "\n".join(lines)
