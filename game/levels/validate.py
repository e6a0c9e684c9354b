"""The `validate` command for level authors: every problem as `file:line:col: where: message`.

Run as `python -m game validate [files or folders]` (default: the `levels/` folder).
Prints one problem per line and a summary, and returns 0 when there are none, else 1.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, TextIO

from .catalog import Catalog
from .loader import LoadResult, check_unique_ids, load_level
from .problems import LevelError, Problem
from game.play.scoring import max_score

REPO = Path(__file__).resolve().parents[2]


def run(paths: list[str] | None = None, out: TextIO | None = None, catalog: Catalog | None = None,
        extra_check: Callable[[LoadResult], list[Problem]] | None = None) -> int:
    """Validate level files and folders; print the problems and a summary; return the exit code.

    `out` defaults to the current sys.stdout; `catalog` to the art under assets/.
    `extra_check` runs on each level that loaded cleanly (the game passes its
    real-font check that text fits; this package stays free of pygame).
    """
    out = out if out is not None else sys.stdout
    targets = list(paths) if paths else [_shown(REPO / "levels")]
    problems: list[Problem] = []
    if catalog is None:
        try:
            catalog = Catalog.from_assets(REPO / "assets")
        except LevelError as e:
            return _finish([_relative(p) for p in e.problems], 0, out)
    files: list[str] = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            files += [str(p) for p in sorted(path.glob("*.yaml"))]
        elif path.is_file():
            files.append(target)
        else:
            problems.append(Problem(target, 0, 0, "", "no such file or folder"))
    results = [_load(f, catalog) for f in files]
    check_unique_ids(results)
    for result in results:
        problems += result.problems
        if extra_check is not None and result.level is not None:
            problems += extra_check(result)
    if not problems:
        for result in results:
            if result.level is not None:
                print(f"{_shown(Path(result.path))}: {len(result.level.steps)} steps, "
                      f"max score {max_score(result.level)}", file=out)
    return _finish(problems, len(files), out)


def _load(file: str, catalog: Catalog) -> LoadResult:
    try:
        return load_level(file, catalog)
    except Exception as e:  # noqa: BLE001 - an author must get a line, not a traceback
        return LoadResult(file, None, [Problem(file, 0, 0, "", f"the validator failed on this file "
                                                            f"(please report it): {type(e).__name__}: {e}")])


def _finish(problems: list[Problem], checked: int, out: TextIO) -> int:
    for problem in problems:
        print(problem, file=out)
    noun = "file" if checked == 1 else "files"
    if not problems:
        print(f"levels OK: {checked} {noun}, 0 problems", file=out)
        return 0
    bad = len({p.file for p in problems})
    print(f"{_count(len(problems), 'problem')} in {_count(bad, 'file')} ({checked} {noun} checked)", file=out)
    return 1


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _shown(path: Path) -> str:
    """A path relative to the working folder when it is inside it, as an author would type it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _relative(problem: Problem) -> Problem:
    return Problem(_shown(Path(problem.file).resolve()), problem.line, problem.col, problem.where, problem.message)
