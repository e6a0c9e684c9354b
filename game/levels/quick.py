"""真还是假 item sets: the quick round's data, read from YAML and checked for authors (no pygame).

An item set is one file in `levels/quick/` (a subfolder, so the level list never
reads it): an `id`, a `title`, its `source`s and a list of `items`. Each item is
one simulated screen (any screen kind the levels use, built by the levels' own
screen builder), whether it is `genuine`, the context a child would know
(`caption`), the `clue` 锡小朗 points at and his `feedback`. The format is in
`levels/quick/README.md`.

Problems are reported as the levels' are, `file:line:col: where: message`, with
the same character checks (`textcheck`). The real-font check that everything
fits is the view's (`game.scenes.quick_round.QuickFit`), passed in as `fit`.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import lint
from .catalog import Catalog
from .loader import LEVEL_ID, text_problems
from .model import FORMAT_VERSION, Screen
from .nodes import Node, NodeReader, Pos, did_you_mean, join
from .packs import refusal
from .panels import PanelBuilder
from .parts import screen_parts
from .problems import WARNING, LevelError, Problem, errors, sorted_problems
from . import translate
from .textcheck import read_coverage
from .yamlsource import parse_yaml, read_yaml

FOLDER = "quick"  # the item sets live in this subfolder of a level folder
MIN_ITEMS, MAX_ITEMS = 2, 30
GENUINE_LOW, GENUINE_HIGH = 0.4, 0.6  # a round where refusing everything cannot pass
TOP_KEYS = ("format", "id", "title", "source", "items")
ITEM_KEYS = ("id", "title", "fraud_type", "genuine", "caption", "screen", "clue", "feedback", "source")
ITEM_REQUIRED = ("id", "title", "fraud_type", "screen", "clue", "feedback", "source")

Fit = Callable[["QuickResult"], list[Problem]]


@dataclass(frozen=True)
class QuickClue:
    """What 锡小朗 points at: a fake's red flag, or what shows a genuine one is real.

    `target` names a part of the item's screen (the levels' part names); it is ""
    when the point is that nothing on the screen is wrong (the text is then said
    in the feedback card instead of beside a ring)."""

    target: str
    text: str


@dataclass(frozen=True)
class QuickItem:
    id: str
    title: str  # a short name for the results list and the teacher's report
    fraud_type: str  # the fraud this item teaches (a genuine item: the fraud it is the twin of)
    genuine: bool
    screen: Screen
    clue: QuickClue
    feedback: tuple[str, ...]
    source: tuple[str, ...]
    caption: str = ""


@dataclass(frozen=True)
class QuickSet:
    id: str
    title: str
    source: tuple[str, ...]
    items: tuple[QuickItem, ...]
    path: str = ""

    @property
    def genuine_count(self) -> int:
        return sum(1 for item in self.items if item.genuine)

    @property
    def genuine_share(self) -> float:
        return self.genuine_count / len(self.items) if self.items else 0.0

    def item(self, item_id: str) -> QuickItem:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(f"item set {self.id!r} has no item {item_id!r}")


@dataclass
class QuickResult:
    """What loading one item-set file gave: the set (None if there is any error) and the problems."""

    path: str
    item_set: QuickSet | None
    problems: list[Problem] = field(default_factory=list)
    positions: dict[str, Pos] = field(default_factory=dict)
    set_id: str = ""  # the id the file declares, even when it has problems

    @property
    def ok(self) -> bool:
        return not errors(self.problems)


# -- loading -------------------------------------------------------------------------------

def load_set(path: str | Path, covered: frozenset[str] | None = None, name: str | None = None) -> QuickResult:
    """Read, build and check one item-set file (`covered`: the characters the font has)."""
    name = name if name is not None else str(path)
    root, problems = read_yaml(path, name)
    return _checked(root, problems, name, covered)


def load_bytes(data: bytes, name: str, covered: frozenset[str] | None = None) -> QuickResult:
    root, problems = parse_yaml(data, name)
    return _checked(root, problems, name, covered)


def load_files(paths: Iterable[Path], covered: frozenset[str] | None = None, fit: Fit | None = None,
               root: Path | None = None, lang: str = "") -> list[QuickResult]:
    """Each file checked (and, if it passed, `fit`-checked), with set ids unique across them.
    A file that leads outside `root` (a link, '..') is refused, never read. With `lang`, a set
    with a translation beside it is read in that language (`game.levels.translate`)."""
    results = []
    for path in paths:
        reason = refusal(path, root) if root is not None else ""
        if reason:
            results.append(QuickResult(str(path), None, [Problem(str(path), 0, 0, "", reason)]))
            continue
        if lang:  # checked (and fit-checked) in that language
            results.append(translate.load_set(path, lang, covered, root, fit))
            continue
        result = load_set(path, covered)
        if result.item_set is not None and fit is not None:
            result.problems = sorted_problems(result.problems + _fitted(fit, result))
            if errors(result.problems):
                result.item_set = None
        results.append(result)
    _unique_ids(results)
    return results


def load_folder(folder: str | Path, assets_dir: str | Path | None = None, fit: Fit | None = None,
                lang: str = "") -> list[QuickResult]:
    """Every `*.yaml` of a quick-round folder in name order, checked as `validate` checks them
    (the game shows only the sets whose result has no error)."""
    folder = Path(folder)
    covered = read_coverage(assets_dir) if assets_dir is not None else None
    try:
        paths = sorted((p for p in folder.glob("*.yaml") if not translate.is_translation(p)), key=lambda p: p.name)
    except OSError:
        paths = []
    return _art_checked(load_files(paths, covered, fit, root=folder, lang=lang), assets_dir)


def is_quick_path(path: str | Path) -> bool:
    """True for a quick-round folder (named `quick`) or a file inside one."""
    path = Path(path)
    return path.name == FOLDER if path.is_dir() else path.parent.name == FOLDER


def files_for(targets: Iterable[str | Path]) -> list[Path]:
    """The item-set files `validate TARGET...` checks: a quick folder's files, a file in one,
    and the `quick/` subfolder of a level folder (so `validate levels` checks the sets too)."""
    files: list[Path] = []
    for target in map(Path, targets):
        if target.is_dir():
            folder = target if target.name == FOLDER else target / FOLDER
            if folder.is_dir():
                files += sorted((p for p in folder.glob("*.yaml") if not translate.is_translation(p)),
                                key=lambda p: p.name)
        elif is_quick_path(target):
            files.append(target)
    return list(dict.fromkeys(files))


_READ = object()  # (check_targets reads it itself)


def check_targets(targets: Iterable[str | Path], assets_dir: str | Path, fit: Fit | None = None,
                  lang: str = "", covered=_READ, catalog: Catalog | None = None) -> list[QuickResult]:
    """Load and check every item set `targets` name (see `files_for`), as the game would.
    `covered` and `catalog`, when given, are what read_coverage and Catalog.from_assets give
    for `assets_dir` (already read by the caller)."""
    files = files_for(targets)
    covered = read_coverage(assets_dir) if covered is _READ else covered
    return _art_checked(load_files(files, covered, fit, lang=lang), assets_dir, catalog)


# -- numbers -----------------------------------------------------------------------------------

def set_stats(item_set: QuickSet) -> dict:
    """The quick round's numbers for `validate --stats`: items, genuine share, fraud types."""
    types: dict[str, int] = {}
    for item in item_set.items:
        types[item.fraud_type] = types.get(item.fraud_type, 0) + 1
    kinds: dict[str, int] = {}
    for item in item_set.items:
        kinds[item.screen.kind] = kinds.get(item.screen.kind, 0) + 1
    return {"set": item_set.id, "file": item_set.path, "items": len(item_set.items),
            "genuine": item_set.genuine_count, "fraud": len(item_set.items) - item_set.genuine_count,
            "genuine_share": round(item_set.genuine_share, 3), "fraud_types": types, "screen_kinds": kinds}


def share_problem(item_set: QuickSet, where: Pos, name: str) -> Problem | None:
    """A warning when too few or too many items are genuine: refusing everything must not pass."""
    share = item_set.genuine_share
    if GENUINE_LOW <= share <= GENUINE_HIGH:
        return None
    return Problem(name, where[0], where[1], "items",
                   f"{item_set.genuine_count} of {len(item_set.items)} items are genuine ({share:.0%}); make "
                   f"{GENUINE_LOW:.0%}-{GENUINE_HIGH:.0%} of them genuine, so that calling everything fake "
                   "does not pass and careful is not the same as suspicious", WARNING)


# -- building ----------------------------------------------------------------------------------

def _checked(root: Node | None, problems: list[Problem], name: str, covered: frozenset[str] | None,
             reader: NodeReader | None = None) -> QuickResult:
    if root is None:
        return QuickResult(name, None, sorted_problems(problems))
    reader = reader or NodeReader(name)  # a translation's reader measures its texts by font, not count
    item_set = _SetBuilder(reader).item_set(root, name)
    problems = list(reader.problems) + text_problems(name, reader.read_texts, covered)
    if not errors(problems) and item_set.items:
        share = share_problem(item_set, reader.positions.get("items", (1, 1)), name)
        problems += [share] if share else []
    problems = sorted_problems(problems)
    return QuickResult(name, None if errors(problems) else item_set, problems, reader.positions, item_set.id)


class _SetBuilder:
    """Builds a QuickSet from nodes; screens are built by the levels' own builder."""

    def __init__(self, reader: NodeReader) -> None:
        self.r = reader
        self.screens = PanelBuilder(reader)

    def item_set(self, root: Node, name: str) -> QuickSet:
        r = self.r
        if isinstance(root, yaml.MappingNode) and not any(getattr(k, "value", None) in TOP_KEYS
                                                          for k, _ in root.value):
            r.report(root, "", "this is not a quick-round item set: it has none of its keys "
                               "(format, id, title, source, items)")
            return QuickSet("", "", (), (), name)
        f = r.fields(root, "", TOP_KEYS, TOP_KEYS)
        if "format" in f:
            fmt = r.integer(f["format"], "format", FORMAT_VERSION)
            if fmt != FORMAT_VERSION:
                r.report(f["format"], "format", f"format {fmt} is not supported; write format: {FORMAT_VERSION}")
        items = tuple(self.item(n, p) for p, n in f.list("items", MIN_ITEMS, MAX_ITEMS, "items"))
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            where = f"items[{i}].id"
            if item.id in seen:
                r.report(r.positions.get(where, (1, 1)), where,
                         f"item id '{item.id}' is used twice (first at line {seen[item.id]})")
            elif item.id:
                seen[item.id] = r.positions.get(where, (0, 0))[0]
        return QuickSet(
            id=r.ident(f.get("id"), "id", LEVEL_ID, "lowercase letters, digits and -"),
            title=r.text(f.get("title"), "title", 12),
            source=r.texts(f.get("source"), "source", 1, None, None, "sources", single=True),
            items=items, path=name)

    def item(self, node: Node, path: str) -> QuickItem:
        r = self.r
        f = r.fields(node, path, ITEM_KEYS, ITEM_REQUIRED)
        if isinstance(node, yaml.MappingNode) and "genuine" not in f:
            r.report(node, path, "missing 'genuine': write genuine: true for a real message or page, "
                                 "genuine: false for a scam")
        screen = self.screens.screen(f["screen"], f.paths["screen"]) if "screen" in f else Screen("")
        if screen.filled:
            filled = join(path, "screen.filled")
            r.report(r.positions.get(filled, (1, 1)), filled,
                     "a quick-round screen has no character whose details could be typed in; leave 'filled' out")
        genuine = f.flag("genuine")
        return QuickItem(
            id=f.ident("id", LEVEL_ID, "lowercase letters, digits and -"),
            title=f.text("title", 12),
            fraud_type=f.text("fraud_type", 12),
            genuine=genuine, screen=screen,
            clue=self.clue(f["clue"], f.paths["clue"], screen, genuine or "genuine" not in f) if "clue" in f
            else QuickClue("", ""),
            feedback=f.texts("feedback", 1, 2, 40, "lines", single=True),
            source=f.texts("source", 1, None, None, "sources", single=True),
            caption=f.text("caption", 40),
        )

    def clue(self, node: Node | None, path: str, screen: Screen, genuine: bool) -> QuickClue:
        if node is None:
            return QuickClue("", "")
        r = self.r
        f = r.fields(node, path, ("target", "text"), ("text",))
        target = f.text("target")
        text = f.text("text", 30)
        parts = screen_parts(screen) if screen.kind else []
        if target and screen.kind and target not in parts:
            r.report(f["target"], join(path, "target"),
                     f"'{target}' is not a part of this {screen.kind} screen{did_you_mean(target, parts)}; "
                     f"its parts are: {', '.join(parts) or 'none'}")
        elif isinstance(node, yaml.MappingNode) and not target and not genuine:
            r.report(node, path, "a scam's clue needs a target: the part of the screen that gives it away "
                                 f"(here: {', '.join(parts) or 'a part of the screen'})")
        return QuickClue(target, text)


def _art_checked(results: list[QuickResult], assets_dir: str | Path | None,
                 catalog: Catalog | None = None) -> list[QuickResult]:
    """The levels' checks of a screen's faces (a video caller, a chat avatar) on every set that
    loaded: a face is a character with a `call` pose, or one of the plain avatar colours.
    `catalog`: the art list of `assets_dir`, when already read."""
    if assets_dir is None:
        return results
    try:
        catalog = catalog if catalog is not None else Catalog.from_assets(assets_dir)
    except LevelError:
        return results  # the art list itself is broken: the levels report that
    for result in results:
        if result.item_set is None:
            continue
        # Only the linter's screen checks are used, so it needs no level.
        linter = lint._Linter(None, catalog, result.positions, result.path)
        for i, item in enumerate(result.item_set.items):
            linter.screen_art(item.screen, f"items[{i}].screen")
        if linter.problems:
            result.problems = sorted_problems(result.problems + linter.problems)
            if errors(result.problems):
                result.item_set = None
    return results


def _fitted(fit: Fit, result: QuickResult) -> list[Problem]:
    try:
        return list(fit(result))
    except Exception as e:  # noqa: BLE001 - a failing check is a problem on this file, not a crash
        return [Problem(result.path, 0, 0, "", f"this file made the text-fit check fail ({type(e).__name__}: "
                                               f"{e}); the item set is left out. Please report this with the file")]


def _unique_ids(results: list[QuickResult]) -> None:
    first: dict[str, str] = {}
    for result in results:
        if not result.set_id:
            continue
        if result.set_id in first:
            line, col = result.positions.get("id", (1, 1))
            result.problems.append(Problem(result.path, line, col, "id", f"item set id '{result.set_id}' is "
                                           f"already used by {first[result.set_id]}; give one of them another id"))
            result.problems[:] = sorted_problems(result.problems)
            result.item_set = None
        else:
            first[result.set_id] = result.path


def summary(item_set: QuickSet) -> str:
    """One line for validate: `quick round set-a: 10 items, 5 genuine (50 %)`."""
    return (f"quick round {item_set.id}: {len(item_set.items)} items, {item_set.genuine_count} genuine "
            f"({item_set.genuine_share:.0%})")
