"""Reading one YAML file safely into a tree of nodes that remember their positions.

Level files come from authors and may come from anyone, so this never builds
Python objects (it builds nodes from the safe parser's events, with libyaml's C
parser where installed, in one pass) and turns every way a file can be broken or
hostile into a `Problem` instead of a traceback, a hang or code running: too large,
not UTF-8, empty, control characters, bad syntax, anchors and aliases (the "billion
laughs" bomb), tags such as `!!python/object`, and absurd nesting.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from yaml.events import (AliasEvent, CollectionEndEvent, CollectionStartEvent, DocumentStartEvent, NodeEvent,
                         ScalarEvent, SequenceStartEvent)

from .problems import Problem, escaped
from .yamlquick import (MAX_DEPTH, MAX_NODES, QuickSafeLoader, _compose_plain, _deepest_line_start,  # noqa: F401
                        _plain, _within_limits)

MAX_BYTES = 512 * 1024

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


_BOM = b"\xef\xbb\xbf"


def utf8_sig(data: bytes) -> str:
    """`data.decode("utf-8-sig")` (one byte order mark at the start left out; a UnicodeDecodeError
    counts its place from after it), without looking up and calling that codec's Python module."""
    return data[3:].decode("utf-8") if data.startswith(_BOM) else data.decode("utf-8")


def parse_yaml(data: bytes, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    """Like `read_yaml`, for bytes already in memory; `name` is used in problems."""
    if len(data) > MAX_BYTES:
        return None, [_at(name, 1, 1, f"file is too large (over {MAX_BYTES // 1024} KiB); "
                                      "split it or remove what is not needed")]
    try:
        text = utf8_sig(data)
    except UnicodeDecodeError as e:
        line, col = _byte_position(data, e.start)
        return None, [_at(name, line, col, "this file is not UTF-8 text; save it as UTF-8")]
    text = text.replace("\r\n", "\n")
    if not text or text.isspace():  # (as `not text.strip()`, without a copy)
        return None, [_at(name, 1, 1, "the file is empty; a level needs at least format, id and steps")]
    problems = _forbidden_characters(text, name) if _may_hold_forbidden(data, text) else []
    if problems:
        return None, problems
    try:
        root, problems = _compose(text, name, data)
    except yaml.MarkedYAMLError as e:
        return None, [_marked(name, e, text)]
    except yaml.YAMLError as e:
        return None, [_at(name, 1, 1, f"not valid YAML: {e}")]
    if problems:
        return None, problems
    if root is None:
        return None, [_at(name, 1, 1, "the file is empty; a level needs at least format, id and steps")]
    return root, []


# Characters YAML refuses or reads as a line break; found before parsing so the author
# gets their exact place and name instead of a parser's puzzle.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
_MAX_LISTED = 5


# A quick look for them: the control characters below U+00A0 in the file's (valid UTF-8) bytes, where
# each is one byte below U+0080 and C2 80 to C2 9F above (found only at a character's start); the
# rest in the text. (A surrogate never gets past the strict UTF-8 decoding.)
_CONTROL_BYTES = tuple(bytes((b,)) for b in (*range(0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f))
_C1_BYTES = re.compile(b"\xc2[\x80-\x9f]")


def _may_hold_forbidden(data: bytes, text: str) -> bool:
    """False when the file's bytes and its text hold none of _FORBIDDEN (byte and character searches)."""
    return (any(byte in data for byte in _CONTROL_BYTES)  # (each a memchr: quicker than one translate)
            or b"\xc2" in data and _C1_BYTES.search(data) is not None
            or "\u2028" in text or "\u2029" in text or "\ufffe" in text or "\uffff" in text)


def _forbidden_characters(text: str, name: str) -> list[Problem]:
    problems = []
    for match in _FORBIDDEN.finditer(text):
        line, col = _text_position(text, match.start())
        ch = match.group()
        what = unicodedata.name(ch, "") or "a control character"
        problems.append(_at(name, line, col, f"the file contains the invisible character {escaped(ch)} ({what}), "
                                             "which YAML does not allow; delete it (retype the text around it)"))
        if len(problems) == _MAX_LISTED:
            break
    return problems


def _compose(text: str, name: str, data: bytes | None = None) -> tuple[yaml.Node | None, list[Problem]]:
    """Build the node tree from the parser's events in one pass (libyaml's C parser when
    present), refusing anchors, aliases, strange tags, deep nesting and huge trees as
    they stream by, so a hostile file is stopped before anything large is built.

    Iterative, so no nesting depth can exhaust Python's stack. A file that cannot hold any
    of those (see `_plain`) is composed by libyaml itself, twice as fast; whatever it finds
    wrong is read again this way, for the same problem at the same place.

    `data`, the text's UTF-8 bytes as read (a byte order mark and Windows line breaks are the
    same to libyaml: the same tree), spares libyaml encoding the text again.
    """
    if _plain(text):
        root = _compose_plain(data if data is not None else text)
        if root is not None:
            return root, []
    return _compose_streamed(text, name)


def _compose_streamed(text: str, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    loader = QuickSafeLoader(text)
    try:
        return _compose_events(loader, name)
    finally:
        loader.dispose()


def _compose_events(loader, name: str) -> tuple[yaml.Node | None, list[Problem]]:
    root: yaml.Node | None = None
    open_nodes: list[yaml.Node] = []
    nodes = 0
    documents = 0
    while loader.check_event():
        event = loader.get_event()
        if isinstance(event, DocumentStartEvent):
            documents += 1
            if documents > 1:
                return None, [_mark(name, event.start_mark, "a second YAML document starts here ('---'); "
                                                            "a level is one document")]
            continue
        if isinstance(event, AliasEvent):
            return None, [_mark(name, event.start_mark, _NO_ALIASES)]
        if isinstance(event, CollectionEndEvent):
            done = open_nodes.pop()
            done.end_mark = event.end_mark
            continue
        if not isinstance(event, NodeEvent):
            continue
        nodes += 1
        problem = _refused(event, nodes, len(open_nodes))
        if problem:
            return None, [_mark(name, event.start_mark, problem)]
        node = _node(loader, event)
        if open_nodes:
            parent = open_nodes[-1]
            if isinstance(parent, yaml.MappingNode):
                if parent.value and len(parent.value[-1]) == 1:
                    parent.value[-1] = (parent.value[-1][0], node)
                else:
                    parent.value.append((node,))
            else:
                parent.value.append(node)
        else:
            root = node
        if isinstance(node, yaml.CollectionNode):
            open_nodes.append(node)
    return root, []


def _refused(event: NodeEvent, nodes: int, depth: int) -> str:
    if event.anchor is not None:
        return _NO_ALIASES
    tag = getattr(event, "tag", None)
    if tag not in (None, "!") and tag not in _ALLOWED_TAGS:
        shown = "!!" + tag[len(_STD):] if tag.startswith(_STD) else tag
        return f"the tag '{shown}' is not supported; remove it"
    if nodes > MAX_NODES:
        return f"the file has too many values (over {MAX_NODES}); split it"
    if isinstance(event, CollectionStartEvent) and depth + 1 > MAX_DEPTH:
        return f"nested too deeply (more than {MAX_DEPTH} levels)"
    return ""


def _node(loader, event: NodeEvent) -> yaml.Node:
    tag = event.tag
    if isinstance(event, ScalarEvent):
        if tag is None or tag == "!":
            tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        return yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
    kind = yaml.SequenceNode if isinstance(event, SequenceStartEvent) else yaml.MappingNode
    if tag is None or tag == "!":
        tag = loader.resolve(kind, None, event.implicit)
    return kind(tag, [], event.start_mark, None, flow_style=event.flow_style)


def _marked(name: str, e: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = e.problem_mark or e.context_mark
    what = e.problem or e.context or "not valid YAML"
    if "invalid Unicode character escape" in what and mark is not None:
        return _mark(name, mark, "this \\u escape is not a character (half of a pair, like \\ud800); "
                                 "write the character itself instead of the escape")
    detail = f"not valid YAML: {what}"
    if e.context and e.problem and e.context_mark is not None:
        detail += f" ({e.context} at line {e.context_mark.line + 1})"
    if "'\\t'" in what or (mark is not None and _char_at(text, mark) == "\t"):
        detail += "; indent with spaces, not tabs"
    if mark is None:
        return _at(name, 1, 1, detail)
    return _mark(name, mark, detail)


def _char_at(text: str, mark: yaml.Mark) -> str:
    lines = text.split("\n")
    if 0 <= mark.line < len(lines) and 0 <= mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return ""


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
