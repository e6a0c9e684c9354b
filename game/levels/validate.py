"""The `validate` command for level authors: every problem as `file:line:col: where: message`.

Run as `python -m game validate [files or folders]` (default: the `levels/` folder).
A folder is checked as a level pack, exactly as the game would load it (through
`game.levels.library`). Prints one problem per line and a summary; warnings are
printed too but only errors make the exit code 1. With `--stats` it prints the
numbers of `game.levels.stats` as JSON instead, and the problems on stderr.
"""
from __future__ import annotations

import gc
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from . import quick
from . import stats as level_stats
from .bestpath import best_score
from .catalog import Catalog
from .library import ExtraCheck, LevelPack, Library
from .problems import Problem, errors, printable

REPO = Path(__file__).resolve().parents[2]


def run(paths: list[str] | None = None, out: TextIO | None = None, catalog: Catalog | None = None,
        extra_check: ExtraCheck | None = None, assets_dir: Path | None = None, stats: bool = False,
        err: TextIO | None = None, quick_check: quick.Fit | None = None, lang: str = "") -> int:
    """Validate level files and folders; print the problems and a summary; return the exit code.

    `out` defaults to the current sys.stdout; `assets_dir` to the game's assets/
    (`catalog` replaces its art list). `extra_check` runs on each level that passed
    every other check (the game passes its real-font check that text fits; this
    package stays free of pygame). `stats` prints the levels' numbers as JSON on
    `out` and the problems on `err` (default: the current sys.stderr). `lang` checks the levels
    and item sets as read in that language (their translations beside them).
    """
    with _collector_paused():
        return _run(paths, out, catalog, extra_check, assets_dir, stats, err, quick_check, lang)


@contextmanager
def _collector_paused():
    """Python's cycle collector held off while the files are checked: checking makes many small
    objects and few cycles, and each pass of the collector walks every object alive (the fonts'
    and the word list's owners, the modules) again. Whatever cycles were left are collected later."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _run(paths, out, catalog, extra_check, assets_dir, stats, err, quick_check, lang) -> int:
    out = out if out is not None else sys.stdout
    targets = list(paths) if paths else [_shown(REPO / "levels")]
    packs, problems = packs_for([t for t in targets if not quick.is_quick_path(t)])
    assets = assets_dir if assets_dir is not None else REPO / "assets"
    library = Library.open(packs, assets, extra_check, catalog=catalog, lang=lang)
    problems += [_relative(p) for p in library.setup_problems]
    problems += [p for r in library.results for p in r.problems]
    read = library.assets_read  # (the art list and the font's characters, not read twice)
    rounds = quick.check_targets(targets, assets, quick_check, lang,  # the 真还是假 item sets (levels/quick/)
                                 **({"catalog": read[0], "covered": read[1]} if read else {}))
    problems += [_relative(p) for r in rounds for p in r.problems]
    if stats:
        return _stats(library, problems, assets, targets, out, err if err is not None else sys.stderr)
    if not errors(problems):
        cwd = Path.cwd()  # (once, not for every line)
        for result in library.results:
            if result.level is not None:
                _print(f"{_shown(Path(result.path), cwd)}: {len(result.level.steps)} steps, "
                       f"max score {best_score(result.level)}", out)
        for result in rounds:
            _print(f"{_shown(Path(result.path), cwd)}: {quick.summary(result.item_set)}", out)
    return _finish(problems, len(library.results) + len(rounds), out)


def packs_for(targets: list[str]) -> tuple[list[LevelPack], list[Problem]]:
    """A pack for each folder, and one for the files named in each folder, in the order given."""
    builtin = REPO / "levels"
    packs: list[LevelPack] = []
    files: dict[Path, list[str]] = {}
    problems: list[Problem] = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            packs.append(LevelPack.folder(path, builtin))
        elif path.is_file() or path.is_symlink():
            if path.parent not in files:
                files[path.parent] = []
                packs.append(LevelPack.folder(path.parent, builtin))
            if path.name not in files[path.parent]:
                files[path.parent].append(path.name)
        else:
            problems.append(Problem(target, 0, 0, "", "no such file or folder"))
    packs = [LevelPack(p.name, p.root, tuple(files[p.root])) if p.root in files and not p.only else p
             for p in packs]
    return packs, problems


def _stats(library: Library, problems: list[Problem], assets: Path, targets: list[str], out: TextIO,
           err: TextIO) -> int:
    """The numbers as JSON on `out`, every problem on `err`; exit code 1 if any is an error."""
    for problem in problems:
        _print(str(problem), err)
    shown = [(r, _shown(Path(r.path))) for r in library.results if r.level is not None]
    numbers = level_stats.report(shown, assets, targets)
    for line in json.dumps(numbers, ensure_ascii=False, indent=1).splitlines():
        _print(line, out)  # a hidden character becomes \uXXXX, still valid JSON inside a string
    return 1 if errors(problems) else 0


def _finish(problems: list[Problem], checked: int, out: TextIO) -> int:
    for problem in problems:
        _print(str(problem), out)
    noun = "file" if checked == 1 else "files"
    wrong = errors(problems)
    warned = len(problems) - len(wrong)
    warnings = f", {_count(warned, 'warning')}" if warned else ""
    if not wrong:
        _print(f"levels OK: {checked} {noun}, 0 problems{warnings}", out)
        return 0
    bad = len({p.file for p in wrong})
    _print(f"{_count(len(wrong), 'problem')} in {_count(bad, 'file')}{warnings} ({checked} {noun} checked)", out)
    return 1


def _print(line: str, out: TextIO) -> None:
    """Print a line a console may not be able to show all of (an emoji on a GBK console)."""
    line = printable(line)
    try:
        print(line, file=out)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=out)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _shown(path: Path, cwd: Path | None = None) -> str:
    """A path relative to the working folder (`cwd`, when the caller has it) when it is inside it,
    as an author would type it."""
    try:
        return str(path.relative_to(cwd if cwd is not None else Path.cwd()))
    except ValueError:
        return str(path)


def _relative(problem: Problem) -> Problem:
    return Problem(_shown(Path(problem.file).resolve()), problem.line, problem.col, problem.where, problem.message,
                   problem.severity)
