"""A lesson: which stories and 真还是假 rounds a class plays, in what order (no pygame).

A teacher writes a small YAML file and starts the game with `--lesson FILE` (or
`--lesson NAME` for `levels/lessons/NAME.yaml`):

    format: 1
    title: 防骗第一课：看清再点        # shown on the title screen
    minutes: 40                      # the lesson's length, for the teacher's plan
    before: set-a                    # a 真还是假 round before the stories (optional)
    levels: [prize-toy, skin-police, friend-borrow]   # the stories, in this order
    after: set-b                     # the parallel round after them (optional)
    quick_items: 10                  # items in each round (optional; default: the whole set)
    profiles: true                   # ask for the seat at start (default true)
    packs: [D:/packs/safety]         # level packs this lesson uses (a relative path is from this file)

The level list then shows only these stories, in this order, and the title offers
the steps. The title in another language sits beside the file, as a level's translation
does: `default.en.yaml` holds `title: "Lesson 1: Look before you tap"` (nothing else of a
lesson is words a player reads). Problems are reported like a level's, `file:line:col: where: message`:
first the file's own (`read_lesson`), then its references to levels and item sets
that are not there (`check_references`, once the levels are loaded).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from game.levels.loader import LEVEL_ID
from game.levels.translate import is_translation
from game.levels.nodes import NodeReader, Pos, did_you_mean
from game.levels.problems import WARNING, Problem, errors, sorted_problems
from game.levels.yamlsource import read_yaml

FOLDER = "lessons"  # inside a level folder: levels/lessons/NAME.yaml
FORMAT_VERSION = 1
KEYS = ("format", "title", "minutes", "before", "levels", "after", "quick_items", "profiles", "packs")
REQUIRED = ("format", "title")
LEVEL_REF = r"([^/\s]+/)?" + LEVEL_ID  # a pack's level is named pack/id


@dataclass(frozen=True)
class Lesson:
    title: str
    levels: tuple[str, ...] = ()
    before: str = ""
    after: str = ""
    minutes: int = 40
    quick_items: int | None = None
    profiles: bool = True
    packs: tuple[Path, ...] = ()
    path: str = ""
    positions: dict[str, Pos] = field(default_factory=dict, compare=False, repr=False)  # for problems
    titles: dict[str, str] = field(default_factory=dict, compare=False)  # the title in other languages

    def title_in(self, lang: str) -> str:
        """The title in this language where a translation beside the file gives it, else as written."""
        return self.titles.get(lang, self.title)

    def steps(self) -> list[tuple[str, str]]:
        """The lesson in order: ("quick", set id) and ("level", level id) pairs."""
        return ([("quick", self.before)] if self.before else []) + [("level", lv) for lv in self.levels] \
            + ([("quick", self.after)] if self.after else [])


@dataclass
class LessonResult:
    path: str
    lesson: Lesson | None
    problems: list[Problem] = field(default_factory=list)
    positions: dict[str, Pos] = field(default_factory=dict)


def find(name: str | Path, levels_dir: Path) -> Path:
    """The file `--lesson` names: a path, or a name in `levels_dir/lessons/` (`default`)."""
    path = Path(name)
    if path.suffix in (".yaml", ".yml") or path.exists():
        return path
    return Path(levels_dir) / FOLDER / f"{path.name}.yaml"


def read_lesson(path: str | Path, name: str | None = None) -> LessonResult:
    """Read and check one lesson file on its own (its references are checked later)."""
    name = name if name is not None else str(path)
    root, problems = read_yaml(path, name)
    if root is None:
        return LessonResult(name, None, sorted_problems(problems))
    r = NodeReader(name)
    if not isinstance(root, yaml.MappingNode):
        r.report(root, "", "a lesson is a list of `key: value` lines (format, title, levels, ...)")
        return LessonResult(name, None, r.problems)
    f = r.fields(root, "", KEYS, REQUIRED)
    if "format" in f and r.integer(f["format"], "format", FORMAT_VERSION) != FORMAT_VERSION:
        r.report(f["format"], "format", f"format {f['format'].value} is not supported; write format: "
                                        f"{FORMAT_VERSION}")
    levels = tuple(r.ident(node, where, LEVEL_REF, "a level id, or pack/level-id for a level pack's")
                   for where, node in r.items(f.get("levels"), "levels", 0, 30, "levels"))
    folder = Path(path).parent
    packs = tuple(folder / r.text(node, where) for where, node in r.items(f.get("packs"), "packs", 0, 10, "packs"))
    lesson = Lesson(
        title=r.text(f.get("title"), "title"),
        levels=levels,
        before=r.ident(f.get("before"), "before", LEVEL_ID, "lowercase letters, digits and -"),
        after=r.ident(f.get("after"), "after", LEVEL_ID, "lowercase letters, digits and -"),
        minutes=r.integer(f.get("minutes"), "minutes", 40, 5, 240),
        quick_items=r.integer(f.get("quick_items"), "quick_items", 0, 2, 30) or None,
        profiles=r.flag(f.get("profiles"), "profiles", True),
        packs=packs,
        path=name,
        positions=dict(r.positions),
        titles=_titles_beside(Path(path)),
    )
    problems = list(r.problems)
    for i, (level_id, where) in enumerate(zip(levels, (f"levels[{i}]" for i in range(len(levels))))):
        if level_id and level_id in levels[:i]:
            problems.append(_at(r.positions, name, where, f"'{level_id}' is already in the lesson "
                                                          f"(levels[{levels.index(level_id)}]); list it once"))
    for i, pack in enumerate(packs):
        if not pack.is_dir():
            problems.append(_at(r.positions, name, f"packs[{i}]", f"there is no folder {pack}; the path is "
                                                                  "relative to the lesson file"))
    if not levels and not lesson.before and not lesson.after and not errors(problems):
        problems.append(Problem(name, 1, 1, "", "the lesson has no levels and no quick round; "
                                                "list them under levels:, before: or after:"))
    if lesson.before and lesson.before == lesson.after:
        problems.append(_at(r.positions, name, "after", "the same item set before and after shows whether the "
                                                        "class remembers its items, not whether they judge "
                                                        "better; use the parallel set", WARNING))
    problems = sorted_problems(problems)
    return LessonResult(name, None if errors(problems) else lesson, problems, dict(r.positions))


def _titles_beside(path: Path) -> dict[str, str]:
    """The lesson's title in each language a file beside it translates it into (`NAME.en.yaml`
    with `title:`); a file without a usable title is left out (the title then shows as written)."""
    titles = {}
    for other in sorted(path.parent.glob(f"{path.stem}.*.yaml")):
        if not is_translation(other) or other.name.split(".")[0] != path.stem:
            continue
        try:
            data = yaml.safe_load(other.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        title = data.get("title") if isinstance(data, dict) else None
        if isinstance(title, str) and title.strip():
            titles[other.name.split(".")[1]] = title.strip()
    return titles


def check_references(lesson: Lesson, levels: dict[str, bool], sets: list[str]) -> list[Problem]:
    """Problems with what the lesson names: `levels` maps every level id found to whether it
    loaded without errors; `sets` are the quick-round set ids that loaded."""
    problems = []
    for i, level_id in enumerate(lesson.levels):
        where = f"levels[{i}]"
        if level_id not in levels:
            known = ", ".join(levels) or "none"
            problems.append(_at(lesson.positions, lesson.path, where, f"there is no level '{level_id}'"
                                f"{did_you_mean(level_id, levels)}; the levels are: {known}"))
        elif not levels[level_id]:
            problems.append(_at(lesson.positions, lesson.path, where, f"the level '{level_id}' has problems and "
                                "was left out; run python -m game validate to see them"))
    for key in ("before", "after"):
        set_id = getattr(lesson, key)
        if set_id and set_id not in sets:
            problems.append(_at(lesson.positions, lesson.path, key, f"there is no quick-round item set "
                                f"'{set_id}'{did_you_mean(set_id, sets)}; the sets are: {', '.join(sets) or 'none'}"))
    return problems


def without(lesson: Lesson, problems: list[Problem]) -> Lesson:
    """The lesson with the steps that `problems` are about left out, so the rest can be played."""
    bad = {p.where for p in problems if p.is_error}
    levels = tuple(lv for i, lv in enumerate(lesson.levels) if f"levels[{i}]" not in bad)
    return replace(lesson, levels=levels, before="" if "before" in bad else lesson.before,
                   after="" if "after" in bad else lesson.after)


def read_for(name: str | Path, levels_dir: Path) -> tuple[Lesson | None, list[str]]:
    """The lesson `--lesson` names (a file, or a name in levels/lessons/), and its problems as
    lines for the console. None when it cannot be used at all: the game then plays without one."""
    path = find(name, levels_dir)
    if not path.is_file():
        known = sorted(p.stem for p in (Path(levels_dir) / FOLDER).glob("*.yaml") if not is_translation(p))
        return None, [f"there is no lesson {name} (looked for {path}); the lessons in "
                      f"{Path(levels_dir) / FOLDER} are: {', '.join(known) or 'none'}; playing without a lesson"]
    result = read_lesson(path)
    lines = [str(p) for p in result.problems]
    if result.lesson is None:
        lines.append(f"the lesson {path} has errors; playing without a lesson")
    return result.lesson, lines


def playable(lesson: Lesson, library, sets: list[str]) -> tuple[Lesson | None, list, list[Problem]]:
    """The lesson as it can be played with what loaded: its levels from the `library`, in its
    order, with the steps that are missing left out (and reported). None when nothing is left."""
    found = {r.level_id: r.level is not None for r in library.results if r.level_id}
    problems = check_references(lesson, found, sets)
    lesson = without(lesson, problems)
    levels = [library.level(level_id) for level_id in lesson.levels]
    if not lesson.steps():
        return None, [], problems
    return lesson, levels, problems


def _at(positions: dict[str, Pos], name: str, where: str, message: str, severity: str = "error") -> Problem:
    line, col = positions.get(where, (1, 1))
    return Problem(name, line, col, where, message, severity)


def report(name: str | Path, levels_dir: Path, assets_dir: Path, packs: tuple[Path, ...] = (), out=None) -> int:
    """`python -m game lesson FILE`: check a lesson against the levels and item sets it would
    play with, and print its steps; exit code 1 if it has an error."""
    import sys

    from game.levels.library import LevelPack, Library
    from game.levels.quick import FOLDER as QUICK, load_folder

    out = out if out is not None else sys.stdout
    path = find(name, levels_dir)
    if not path.is_file():
        _, lines = read_for(name, levels_dir)
        print(f"error: {lines[0]}", file=out)
        return 1
    result = read_lesson(path)
    problems = list(result.problems)
    if result.lesson is not None:
        folders = list(packs) + list(result.lesson.packs)
        library = Library.open([LevelPack("", levels_dir)] + [LevelPack.folder(d, levels_dir) for d in folders],
                               assets_dir)
        sets = {r.item_set.id: r.item_set for r in load_folder(Path(levels_dir) / QUICK) if r.item_set is not None}
        found = {r.level_id: r.level is not None for r in library.results if r.level_id}
        problems += check_references(result.lesson, found, list(sets))
        lesson = result.lesson
        print(f"{path}: {lesson.title} ({lesson.minutes} minutes)", file=out)
        for n, (kind, ident) in enumerate(lesson.steps(), 1):
            thing = library.level(ident) if kind == "level" else sets.get(ident)
            what = thing.title if thing is not None else "(missing)"
            print(f"  {n}. {'quick round' if kind == 'quick' else 'level'} {ident}: {what}", file=out)
    for problem in sorted_problems(problems):
        print(problem, file=out)
    return 1 if errors(problems) else 0
