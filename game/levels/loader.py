"""Turning level YAML files into `Level` records, with every problem reported for the author.

`load_level` reads one file (parsing it once), builds the model and runs the
checks on its texts (`game.levels.textcheck`) and across it (`game.levels.lint`);
`load_levels` does that for a folder and also makes sure no two levels share an id.
The game and `validate` go through `game.levels.library`, which adds packs, the
real-font check and a cache. The format is described in `levels/README.md`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import yaml

from . import lint, textcheck
from .catalog import Catalog
from .model import (ENDING_OUTCOMES, FILL_SOURCES, FORMAT_VERSION, STEP_TYPES, VERDICTS, BranchCase, Clue,
                    Feedback, Level, Option, Panel, Persona, Step)
from .nodes import Fields, Node, NodeReader, Pos, did_you_mean, join
from .panels import PanelBuilder, _value_of, unique
from .parts import FIXED_PARTS, INDEXED_PARTS, NAMED_PARTS, is_target
from .problems import Problem, errors, sorted_problems
from .yamlsource import parse_yaml, read_yaml

PANEL_W, PANEL_H = 1280, 720
MAX_STEPS = 200  # a level is a 5-15 minute story; a longer one is two levels
MAX_POINTS = 100  # for one option, one clue or one wrong tap; the shipped levels use 0 to 20
MAX_WRONG = 20
LEVEL_ID = r"[a-z0-9][a-z0-9-]*"

TOP_KEYS = ("format", "id", "title", "fraud_type", "difficulty", "summary", "rule", "source",
            "persona", "harms", "clues", "start", "steps")
TOP_REQUIRED = ("format", "id", "title", "fraud_type", "difficulty", "summary", "rule", "source",
                "persona", "steps")
STEP_KEYS = {
    "panel": (("id", "type", "panel", "next"), ("id", "panel", "next")),
    "decision": (("id", "type", "panel", "prompt", "options", "safe_majority"), ("id", "panel", "prompt", "options")),
    "redflags": (("id", "type", "panel", "prompt", "clues", "wrong_tap_cost", "max_wrong", "points", "calm", "next"),
                 ("id", "panel", "prompt", "clues", "next")),
    "branch": (("id", "type", "cases", "otherwise"), ("id", "cases", "otherwise")),
    "ending": (("id", "type", "panel", "outcome", "title", "text"), ("id", "outcome", "title")),
}
ALL_STEP_KEYS = tuple(dict.fromkeys(k for keys, _ in STEP_KEYS.values() for k in keys))
STEP_HINTS = {("decision", "next"): " (each option has its own next)",
              ("branch", "panel"): " (a branch is never shown)"}


@dataclass
class LoadResult:
    """What loading one file gave: the level (None if there is any error) and the problems
    (errors and warnings)."""

    path: str
    level: Level | None
    problems: list[Problem] = field(default_factory=list)
    positions: dict[str, Pos] = field(default_factory=dict)
    level_id: str = ""  # the id the file declares (with its pack's prefix), even when it has problems
    pack: str = ""  # the name of the level pack the file belongs to ("" for the game's own levels)
    characters: dict = field(default_factory=dict)  # the art data of the characters it may use
    texts: list[tuple[str, Pos, str]] = field(default_factory=list)  # (path, position, text) it shows

    @property
    def ok(self) -> bool:
        return not errors(self.problems)


def load_level(path: str | Path, catalog: Catalog, name: str | None = None,
               covered: frozenset[str] | None = None) -> LoadResult:
    """Read, build and check one level file. `name` is how the file is named in problems;
    `covered`, the characters the font has (None: not checked here)."""
    name = name if name is not None else str(path)
    root, problems = read_yaml(path, name)
    return _checked(root, problems, name, catalog, covered)


def load_bytes(data: bytes, catalog: Catalog, name: str, covered: frozenset[str] | None = None,
               lint_it: bool = True) -> LoadResult:
    """Like `load_level` for a file already read. Without `lint_it` the level is only built
    (a cached verdict stands in for the checks)."""
    root, problems = parse_yaml(data, name)
    return _checked(root, problems, name, catalog, covered, lint_it)


def _checked(root: Node | None, problems: list[Problem], name: str, catalog: Catalog,
             covered: frozenset[str] | None, lint_it: bool = True, reader: NodeReader | None = None) -> LoadResult:
    if root is None:
        return LoadResult(name, None, sorted_problems(problems))
    reader = reader or NodeReader(name)  # a translation's reader measures its texts by font, not count
    level = _Builder(reader).level(root, name)
    problems = list(reader.problems)
    if lint_it:
        problems += text_problems(name, reader.read_texts, covered)
        problems += lint.lint_level(level, catalog, reader.positions, name, graph=not errors(reader.problems))
    problems = sorted_problems(problems)
    return LoadResult(name, None if errors(problems) else level, problems, reader.positions, level.id,
                      texts=reader.read_texts)


def text_problems(name: str, texts: list[tuple[str, Pos, str]],
                  covered: frozenset[str] | None) -> list[Problem]:
    """The character checks of `game.levels.textcheck` on every text of a level, at its line."""
    if textcheck.only_blank_possible([value for _, _, value in texts], covered):  # (the usual level)
        return [Problem(name, line, col, where, *textcheck.BLANK) for where, (line, col), value in texts
                if value.isspace()]
    return [Problem(name, line, col, where, message, severity)
            for where, (line, col), value in texts
            for message, severity in textcheck.check_text(value, covered)]


def load_levels(directory: str | Path, catalog: Catalog) -> list[LoadResult]:
    """Every `*.yaml` in the folder, in name order, with level ids checked across files."""
    results = [load_level(p, catalog) for p in sorted(Path(directory).glob("*.yaml"))]
    check_unique_ids(results)
    return results


def check_unique_ids(results: list[LoadResult]) -> None:
    """Report a level id used by an earlier file, on the later file."""
    first: dict[str, str] = {}
    for result in results:
        level_id = result.level_id
        if not level_id:
            continue
        if level_id in first:
            line, col = result.positions.get("id", (1, 1))
            declared = level_id.rsplit("/", 1)[-1]  # without its pack's name: as the file writes it
            result.problems.append(Problem(result.path, line, col, "id",
                                           f"level id '{declared}' is already used by {first[level_id]}; "
                                           "give one of them another id"))
            result.problems[:] = sorted_problems(result.problems)
            result.level = None
        else:
            first[level_id] = result.path


_MISPLACED: dict[str, dict[str, str]] = {}  # step type -> what to say of a key that type does not use


def _misplaced(kind: str, allowed: tuple[str, ...]) -> dict[str, str]:
    found = _MISPLACED.get(kind)
    if found is None:  # (kind is one of STEP_TYPES or "": a handful of entries)
        found = _MISPLACED[kind] = {k: f"'{k}' is not used in a {kind} step{STEP_HINTS.get((kind, k), '')}"
                                    for k in ALL_STEP_KEYS if k not in allowed}
    return found


class _Builder:
    """Builds model records from nodes, reporting through a NodeReader as it goes."""

    def __init__(self, reader: NodeReader):
        self.r = reader
        self.panels = PanelBuilder(reader)
        self.panel_refs: list[tuple[int, str, Node]] = []  # (step index, named step, node)

    def level(self, root: Node, name: str) -> Level:
        r = self.r
        if isinstance(root, yaml.MappingNode) and not any(getattr(k, "value", None) in TOP_KEYS
                                                          for k, _ in root.value):
            r.report(root, "", "this is not a level: it has none of a level's keys (format, id, title, steps, ...)")
            return Level("", "", "", (), 1, "", "", Persona(""), {}, (), "", path=name)
        f = r.fields(root, "", TOP_KEYS, TOP_REQUIRED)
        if "format" in f:
            fmt = r.integer(f["format"], "format", FORMAT_VERSION)
            if fmt != FORMAT_VERSION:
                r.report(f["format"], "format", f"format {fmt} is not supported; write format: {FORMAT_VERSION}")
        steps = self.steps(f.get("steps"))
        start = r.ident(f.get("start"), "start") if "start" in f else (steps[0].id if steps else "")
        return Level(
            id=r.ident(f.get("id"), "id", LEVEL_ID, "lowercase letters, digits and -"),
            title=r.text(f.get("title"), "title", 12),
            fraud_type=r.text(f.get("fraud_type"), "fraud_type", 12),
            source=r.texts(f.get("source"), "source", 1, None, None, "sources", single=True),
            difficulty=r.integer(f.get("difficulty"), "difficulty", 1, 1, 3),
            summary=r.text(f.get("summary"), "summary", 30),
            rule=r.text(f.get("rule"), "rule", 40),
            persona=self.persona(f.get("persona")),
            clues=self.clues(f.get("clues")),
            steps=steps, start=start,
            harms={k: r.text(v, join("harms", k), 40) for k, _, v in self.mapping(f.get("harms"), "harms")},
            path=name,
        )

    def mapping(self, node: Node | None, path: str) -> list[tuple[str, Node, Node]]:
        return [] if node is None else self.r.entries(node, path)

    def persona(self, node: Node | None) -> Persona:
        if node is None:
            return Persona("")
        f = self.r.fields(node, "persona", ("name",) + FILL_SOURCES[1:], ("name",))
        return Persona(**{k: f.text(k) for k in ("name",) + FILL_SOURCES[1:]})

    def clues(self, node: Node | None) -> dict[str, Clue]:
        out = {}
        for clue_id, key_node, value in self.mapping(node, "clues"):
            path = join("clues", clue_id)
            self.r.ident(key_node, path)
            f = self.r.fields(value, path, ("target", "text", "points", "rect"), ("target", "text"))
            target = self.target(f.get("target"), f.paths.get("target", ""))
            rect = self.rect(f["rect"], f.paths["rect"]) if "rect" in f else None
            if target == "rect" and "rect" not in f:
                self.r.report(value, path, "target: rect needs a rect: [x, y, width, height]")
            elif "rect" in f and target and target != "rect":
                self.r.report(f["rect"], join(path, "rect"), "a rect is only used with target: rect")
            out[clue_id] = Clue(clue_id, target, f.text("text", 30), f.integer("points", 5, 0, MAX_POINTS), rect)
        return out

    def target(self, node: Node | None, path: str) -> str:
        value = self.r.text(node, path)
        if not value or node is None:
            return value
        if not is_target(value):
            choices = FIXED_PARTS + tuple(f"{t}:" for t in NAMED_PARTS + INDEXED_PARTS) + ("rect",)
            named = ", ".join(FIXED_PARTS + ("field:ID",) + tuple(f"{t}:N" for t in INDEXED_PARTS) + ("rect",))
            self.r.report(node, path, f"unknown target '{value}'{did_you_mean(value, choices)}; use one of {named}")
        return value

    def rect(self, node: Node, path: str) -> tuple[int, int, int, int] | None:
        parts = self.r.items(node, path, 4, 4, "numbers (x, y, width, height)")
        before = len(self.r.problems)
        values = [self.r.integer(n, p, 0) for p, n in parts]
        if len(values) != 4 or len(self.r.problems) > before:
            return None
        x, y, w, h = values
        if w <= 0 or h <= 0:
            self.r.report(node, path, f"the rectangle [{x}, {y}, {w}, {h}] needs a width and a height above 0 "
                                      f"and must fit inside {PANEL_W}x{PANEL_H}")
            return None
        if x < 0 or y < 0 or x + w > PANEL_W or y + h > PANEL_H:
            self.r.report(node, path, f"the rectangle [{x}, {y}, {w}, {h}] must fit inside {PANEL_W}x{PANEL_H}: "
                                      f"x and y from 0, x + width at most {PANEL_W}, y + height at most "
                                      f"{PANEL_H}; a part outside the panel can never be tapped, so move or "
                                      "shrink it")
            return None
        return x, y, w, h

    def steps(self, node: Node | None) -> tuple[Step, ...]:
        items = self.r.items(node, "steps", 1, None, "steps")
        if len(items) > MAX_STEPS:
            self.r.report(node, "steps", f"a level has at most {MAX_STEPS} steps; this one has {len(items)}: "
                                         "split the story into two or more levels")
        built = [(p, n, self.step(n, p, i)) for i, (p, n) in enumerate(items)]
        first: dict[str, int] = {}
        for path, _, step in built:
            line = self.r.positions.get(join(path, "id"), (0, 0))[0]
            if step.id in first:
                self.r.report(self.r.positions.get(join(path, "id"), (1, 1)), join(path, "id"),
                              f"step id '{step.id}' is used twice (first at line {first[step.id]})")
            elif step.id:
                first[step.id] = line
        steps = [s for _, _, s in built]
        reusing = {i for i, _, _ in self.panel_refs}
        for i, ref, ref_node in self.panel_refs:
            where = join(built[i][0], "panel")
            owner = next((k for k, s in enumerate(steps) if s.id == ref), None)
            if owner is None:
                self.r.report(ref_node, where, f"'panel: {ref}' names no step"
                                               f"{did_you_mean(ref, [s.id for s in steps])}")
            elif owner in reusing or steps[owner].panel is None:
                self.r.report(ref_node, where, f"step '{ref}' has no panel of its own to show")
            else:
                # (as dataclasses.replace, which looks at every field's definition each time)
                steps[i] = Step(**{**vars(steps[i]), "panel": steps[owner].panel, "panel_from": ref})
        return tuple(steps)

    def step(self, node: Node, path: str, i: int) -> Step:
        r = self.r
        type_node = _value_of(node, "type")
        kind = r.choice(type_node, join(path, "type"), STEP_TYPES, "") if type_node is not None else "panel"
        allowed, required = STEP_KEYS.get(kind, (ALL_STEP_KEYS, ("id",)))
        f = r.fields(node, path, allowed, required, partial(_misplaced, kind, allowed))
        options: tuple[Option, ...] = ()
        if "options" in f:
            where = f.paths["options"]
            options = tuple(self.option(n, q) for q, n in r.items(f["options"], where, 2, 4, "options"))
            unique(r, [o.id for o in options], where, "option id", "in this step")
        f.text("safe_majority")  # why most options may be safe: game.levels.rules reads it
        # (a key of another kind of step, which this one lacks, is its default without a call)
        return Step(
            id=f.ident("id"), type=kind or "panel",
            panel=self.step_panel(f["panel"], f.paths["panel"], i) if "panel" in f else None,
            next=f.ident("next"), prompt=f.text("prompt", 30) if "prompt" in f else "",
            options=options,
            # no clues: nothing to find, `points` for seeing so
            clues=self.id_list(f, "clues", 0, "clue") if "clues" in f else (),
            points=f.integer("points", 0, 0, MAX_POINTS) if "points" in f else 0,
            calm=f.texts("calm", 0, 3, 40, "lines", single=True) if "calm" in f else (),
            wrong_tap_cost=f.integer("wrong_tap_cost", 1, 0, MAX_POINTS) if "wrong_tap_cost" in f else 1,
            max_wrong=f.integer("max_wrong", 3, 1, MAX_WRONG) if "max_wrong" in f else 3,
            cases=tuple(self.case(n, q) for q, n in f.list("cases", 1, None, "cases")) if "cases" in f else (),
            otherwise=f.ident("otherwise") if "otherwise" in f else "",
            outcome=f.choice("outcome", ENDING_OUTCOMES) if "outcome" in f else "",
            title=f.text("title", 16) if "title" in f else "",
            text=f.texts("text", 0, 4, 40, "lines", single=True) if "text" in f else (),
        )

    def id_list(self, f: Fields, key: str, low: int, what: str) -> tuple[str, ...]:
        ids = []
        for p, n in f.list(key, low, None, f"{what}s"):
            value = self.r.ident(n, p)
            if value in ids:
                self.r.report(n, p, f"{what} '{value}' is listed twice")
            ids.append(value)
        return tuple(ids)

    def option(self, node: Node, path: str) -> Option:
        f = self.r.fields(node, path, ("id", "label", "verdict", "points", "leaks", "feedback", "next"),
                          ("id", "label", "verdict", "feedback", "next"))
        return Option(
            id=f.ident("id"), label=f.text("label", 20),
            verdict=f.choice("verdict", VERDICTS),
            feedback=self.feedback(f["feedback"], f.paths["feedback"]) if "feedback" in f else Feedback(()),
            next=f.ident("next"),
            points=f.integer("points", 0, 0, MAX_POINTS),
            leaks=f.texts("leaks", what="leaks"),
        )

    def feedback(self, node: Node | None, path: str) -> Feedback:
        if node is None:
            return Feedback(())
        f = self.r.fields(node, path, ("text", "expression", "clues"), ("text",))
        return Feedback(f.texts("text", 1, 3, 40, "sentences", single=True),
                        f.ident("expression") or "neutral",
                        self.id_list(f, "clues", 0, "clue"))

    def case(self, node: Node, path: str) -> BranchCase:
        f = self.r.fields(node, path, ("if_leaked", "next"), ("if_leaked", "next"))
        return BranchCase(f.texts("if_leaked", 1, None, None, "leak kinds"), f.ident("next"))

    def step_panel(self, node: Node | None, path: str, i: int) -> Panel | None:
        if node is None:
            return None
        if isinstance(node, yaml.ScalarNode):
            ref = self.r.ident(node, path)
            if ref:
                self.panel_refs.append((i, ref, node))
            return None
        return self.panels.panel(node, path)
