"""Reading one YAML file safely into a tree of nodes that remember their positions.

Level files come from authors and may come from anyone, so this never builds
Python objects (only `yaml.compose` with the safe loader) and turns every way a
file can be broken or hostile into a `Problem` instead of a traceback, a hang or
code running: too large, not UTF-8, empty, bad syntax, anchors and aliases (the
"billion laughs" bomb), tags such as `!!python/object`, and absurd nesting.
"""
from __future__ import annotations

from pathlib import Path

import yaml
from yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent, NodeEvent

from .problems import Problem

MAX_BYTES = 512 * 1024
MAX_DEPTH = 32
MAX_NODES = 50_000

_STD = "tag:yaml.org,2002:"
# Explicit tags an author may write; anything else (!!python/..., !!binary, !custom) is refused.
_ALLOWED_TAGS = frozenset(_STD + t for t in ("str", "int", "float", "bool", "null", "seq", "map"))
_NO_ALIASES = "anchors and aliases are not supported; write the value out"


def read_yaml(path: str | Path, name: str | None = None) -> tuple[yaml.Node | None, list[Problem]]:
    """The file's root node (or None) and the problems that stopped it from being read."""
    name = name if name is not None else str(path)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as e:
        return None, [Problem(name, 0, 0, "", f"can't read the file: {e.strerror or e}")]
    return parse_yaml(data, name)


def parse_yaml(data: bytes, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Like `read_yaml`, for bytes already in memory; `name` is used in problems."""
    if len(data) > MAX_BYTES:
        return None, [_at(name, 1, 1, f"file is too large (over {MAX_BYTES // 1024} KiB); "
                                      "split it or remove what is not needed")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line, col = _byte_position(data, e.start)
        return None, [_at(name, line, col, "this file is not UTF-8 text; save it as UTF-8")]
    text = text.replace("\r\n", "\n")
    if not text.strip():
        return None, [_at(name, 1, 1, "the file is empty; a level needs at least format, id and steps")]
    try:
        problems = _check_events(text, name)
        if problems:
            return None, problems
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        return None, [_marked(name, e)]
    except yaml.reader.ReaderError as e:
        line, col = _text_position(text, e.position)
        return None, [_at(name, line, col, f"character {e.character:#x} is not allowed in YAML; remove it")]
    except yaml.YAMLError as e:
        return None, [_at(name, 1, 1, f"not valid YAML: {e}")]
    except RecursionError:
        return None, [_at(name, 1, 1, "the file is nested too deeply to read")]
    if root is None:
        return None, [_at(name, 1, 1, "the file is empty; a level needs at least format, id and steps")]
    return root, []


def _check_events(text: str, name: str) -> list[Problem]:
    """Refuse anchors, aliases, strange tags, deep nesting and huge trees before composing.

    Events stream without building anything, so a hostile file is stopped early.
    """
    problems: list[Problem] = []
    depth = nodes = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, AliasEvent):
            problems.append(_mark(name, event.start_mark, _NO_ALIASES))
            break
        if isinstance(event, NodeEvent):
            nodes += 1
            if event.anchor is not None:
                problems.append(_mark(name, event.start_mark, _NO_ALIASES))
                break
            tag = getattr(event, "tag", None)
            if tag not in (None, "!") and tag not in _ALLOWED_TAGS:
                shown = "!!" + tag[len(_STD):] if tag.startswith(_STD) else tag
                problems.append(_mark(name, event.start_mark,
                                      f"the tag '{shown}' is not supported; remove it"))
                break
            if nodes > MAX_NODES:
                problems.append(_mark(name, event.start_mark,
                                      f"the file has too many values (over {MAX_NODES}); split it"))
                break
        if isinstance(event, CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                problems.append(_mark(name, event.start_mark,
                                      f"nested too deeply (more than {MAX_DEPTH} levels)"))
                break
        elif isinstance(event, CollectionEndEvent):
            depth -= 1
    return problems


def _marked(name: str, e: yaml.MarkedYAMLError) -> Problem:
    mark = e.problem_mark or e.context_mark
    what = e.problem or e.context or "not valid YAML"
    if what == "but found another document" and mark is not None:
        return _mark(name, mark, "a second YAML document starts here ('---'); a level is one document")
    detail = f"not valid YAML: {what}"
    if e.context and e.problem and e.context_mark is not None:
        detail += f" ({e.context} at line {e.context_mark.line + 1})"
    if "'\\t'" in what:
        detail += "; indent with spaces, not tabs"
    if mark is None:
        return _at(name, 1, 1, detail)
    return _mark(name, mark, detail)


def _mark(name: str, mark: yaml.Mark, message: str) -> Problem:
    return _at(name, mark.line + 1, mark.column + 1, message)


def _at(name: str, line: int, col: int, message: str) -> Problem:
    return Problem(name, line, col, "", message)


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of the byte at `offset`."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    before = data[line_start:offset]
    if line == 1 and before.startswith(b"\xef\xbb\xbf"):
        before = before[3:]
    return line, len(before.decode("utf-8", errors="replace")) + 1


def _text_position(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1
