"""Typed reading of YAML nodes for the level loader.

Each `NodeReader` method asks for one kind of value (text, whole number, one of a
few words, a list) and, when the node holds something else, records a `Problem`
at that node saying what to write instead, then hands back a harmless default so
the loader can carry on and find the next problem too. It also remembers where
every value sits (`steps[2].options[0].next` -> line, column) for later checks.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable

import yaml
from yaml.constructor import SafeConstructor

from .fields import IDENT as _IDENT
from .fields import IDENT_RE as _IDENT_RE
from .fields import INT_TAG as _INT
from .fields import STR_TAG as _STR
from .fields import Fields, known_id, remember_id
from .problems import Problem

Pos = tuple[int, int]
Node = yaml.Node
_STD = "tag:yaml.org,2002:"
_NULL = _STD + "null"
_Scalar, _Mapping, _Sequence = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
_PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_DIGITS = re.compile(r"[-+]?[0-9][0-9_]*")


def _why_not_plain(raw: str) -> str:
    digits = raw.lstrip("+-")
    if ":" in raw:
        return "a ':' makes YAML count in 60s, like a clock"
    if digits[:2].lower() == "0x":
        return "0x means a hexadecimal number"
    if digits[:2].lower() == "0b":
        return "0b means a binary number"
    if digits.startswith("0") and len(digits) > 1:
        return "a number starting with 0 is read in base 8"
    return "YAML drops the _ in numbers"


def _as_decimal(raw: str) -> str:
    """What an author most likely meant by `010` or `1_000`: the digits read as decimal."""
    digits = raw.replace("_", "")
    if re.fullmatch(r"[-+]?[0-9]+", digits):
        sign = "-" if digits.startswith("-") else ""
        return sign + (digits.lstrip("+-").lstrip("0") or "0")
    return ""


def pos(node: Node) -> Pos:
    return node.start_mark.line + 1, node.start_mark.column + 1


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def index(path: str, i: int) -> str:
    return f"{path}[{i}]"


_INDEXED = 256  # list entries whose `[i]` is made once, not formatted for every list read
_INDEXES = tuple(f"[{i}]" for i in range(_INDEXED))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'next'?)` when something close exists, else ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def one_of(choices: Iterable[str]) -> str:
    return ", ".join(choices)


_KINDS = {"str": "text", "bool": "true/false", "int": "a number", "float": "a number", "null": "empty",
          "timestamp": "a date"}
_CONSTRUCTOR = SafeConstructor()  # (only its stateless scalar readers are used)


def _kind(node: Node) -> str:
    """How YAML read a node, in an author's words."""
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if isinstance(node, _Mapping):
        return "a mapping"
    tag = node.tag[len(_STD):] if node.tag.startswith(_STD) else node.tag
    return _KINDS.get(tag, "a special value")


class NodeReader:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.positions: dict[str, Pos] = {}
        self.read_texts: list[tuple[str, Pos, str]] = []  # (path, position, text) of every text read

    def report(self, at: Node | Pos, where: str, message: str) -> None:
        line, col = pos(at) if isinstance(at, Node) else at
        self.problems.append(Problem(self.file, line, col, where, message))

    def entries(self, node: Node, path: str, what: str = "a mapping") -> list[tuple[str, Node, Node]]:
        """The (key, key node, value node) pairs of a mapping; duplicate keys are reported."""
        positions = self.positions
        if path not in positions:
            positions[path] = pos(node)
        if not isinstance(node, _Mapping):
            self.report(node, path, f"should be {what} (key: value lines), not {_kind(node)}")
            return []
        seen: dict[str, Node] = {}
        out = []
        prefix = path + "." if path else ""
        for key_node, value in node.value:
            if not isinstance(key_node, _Scalar):
                self.report(key_node, path, f"a key should be a plain word, not {_kind(key_node)}")
                continue
            key = key_node.value
            if key.__class__ is not str:
                key = str(key)
            if key in seen:
                self.report(key_node, path, f"duplicate key '{key}' (first at line {pos(seen[key])[0]}); "
                                            "remove or rename one")
                continue
            seen[key] = key_node
            mark = value.start_mark  # (as join and pos)
            positions[prefix + key] = (mark.line + 1, mark.column + 1)
            out.append((key, key_node, value))
        return out

    def fields(self, node: Node, path: str, allowed: Iterable[str], required: Iterable[str] = (),
               misplaced: dict[str, str] | Callable[[], dict[str, str]] | None = None) -> Fields:
        """A mapping with a fixed set of keys; unknown and missing keys are reported, a key in
        `misplaced` (a dict, or a function that makes it when a key is not allowed) with its words.

        The keys found, with their value nodes, as a `Fields` (a dict) that reads each by key.
        (One pass doing what `entries` does and then sorting the keys, problems in the same order.)"""
        if allowed.__class__ is not tuple:
            allowed = tuple(allowed)
        out = Fields()
        out.reader, out.paths = self, {}
        positions = self.positions
        if path not in positions:
            positions[path] = pos(node)
        if node.__class__ is not _Mapping and not isinstance(node, _Mapping):
            self.report(node, path, f"should be a mapping (key: value lines), not {_kind(node)}")
            return out
        paths = out.paths
        prefix = path + "." if path else ""
        pairs = node.value
        try:  # the usual mapping, in a few steps a key: its keys plain words, each once, each allowed
            for key_node, value in pairs:
                key = key_node.value
                mark = value.start_mark  # (as join and pos)
                where = prefix + key  # (TypeError: not text, so not a plain word)
                positions[where] = (mark.line + 1, mark.column + 1)
                if key not in allowed:
                    break
                out[key] = value
                paths[key] = where
            else:
                if len(out) == len(pairs):
                    for key in required:  # (as _required)
                        if key not in out:
                            self.report(node, path, f"missing '{key}'")
                    return out
        except TypeError:
            pass
        out.clear()  # and again, minding each case (the positions of the keys are set again)
        paths.clear()
        strays: list[tuple[str, Node]] = []  # (key, key node) not allowed: reported after the others
        for key, key_node, value in self.entries(node, path):
            if key in allowed:
                out[key] = value
                paths[key] = prefix + key
            else:
                strays.append((key, key_node))
        if strays and callable(misplaced):
            misplaced = misplaced()
        for key, key_node in strays:
            if misplaced and key in misplaced:
                self.report(key_node, path, misplaced[key])
            else:
                self.report(key_node, path, f"unknown key '{key}'{did_you_mean(key, allowed)}")
        return self._required(out, node, path, required)

    def _required(self, out: Fields, node: Node, path: str, required: Iterable[str]) -> Fields:
        for key in required:
            if key not in out:
                self.report(node, path, f"missing '{key}'")
        return out

    def text(self, node: Node | None, path: str, limit: int | None = None, default: str = "") -> str:
        """Text a player will see; YAML's true/false, numbers and dates are reported with a
        hint to quote them. Each text read is kept in `read_texts` for the character checks."""
        if node is None:
            return default
        if node.tag != _STR or node.__class__ is not _Scalar and not isinstance(node, _Scalar):
            return self._scalar(node, path, limit, default)  # (not text: never kept in read_texts)
        positions = self.positions  # text, as nearly every value is: what _scalar does, and keep it
        if path not in positions:
            positions[path] = pos(node)
        value = node.value
        if limit is not None and len(value) > limit and self._counted(node):
            self.report(node, path, f"text is too long: {len(value)} characters, at most {limit}; "
                                    "shorten it or split it")
        mark = node.start_mark  # (as pos)
        self.read_texts.append((path, (mark.line + 1, mark.column + 1), value))
        return value

    def _counted(self, node: Node) -> bool:
        """Whether a text's length limit (in characters) applies to this node's text."""
        return True

    def _scalar(self, node: Node | None, path: str, limit: int | None = None, default: str = "") -> str:
        if node is None:
            return default
        positions = self.positions
        if path not in positions:
            positions[path] = pos(node)
        if node.tag == _STR and (node.__class__ is _Scalar or isinstance(node, _Scalar)):  # text, as most are
            if limit is not None and len(node.value) > limit and self._counted(node):
                self.report(node, path, f"text is too long: {len(node.value)} characters, at most {limit}; "
                                        "shorten it or split it")
            return node.value
        if isinstance(node, yaml.ScalarNode) and node.tag == _NULL:
            self.report(node, path, "is empty; write the text (or leave the key out)")
            return default
        kind = _kind(node)
        if kind == "true/false":
            self.report(node, path, f'YAML read this as true/false, not text; put the text in quotes: "{node.value}"')
            return str(node.value)
        if kind in ("a number", "a date"):
            self.report(node, path, f'YAML read this as {kind}; put it in quotes: "{node.value}"')
            return str(node.value)
        if kind != "text":
            self.report(node, path, f"should be text, not {kind}")
            return default
        value = str(node.value)
        if limit is not None and len(value) > limit and self._counted(node):
            self.report(node, path, f"text is too long: {len(value)} characters, at most {limit}; "
                                    "shorten it or split it")
        return value

    def ident(self, node: Node | None, path: str, pattern: str = _IDENT,
              rule: str = "letters, digits, _ and -") -> str:
        value = self._scalar(node, path)
        if node is None or isinstance(node, _Scalar) and node.tag == _NULL:
            return value
        if pattern is _IDENT and known_id(value):
            return value
        if not value.strip() and _kind(node) == "text":
            self.report(node, path, f"the id is empty; write an id made of {rule}")
        elif value and not (_IDENT_RE.fullmatch(value) if pattern is _IDENT else re.fullmatch(pattern, value)):
            self.report(node, path, f"'{value}' is not a valid id: use only {rule}")
        elif pattern is _IDENT and value:
            remember_id(value)
        return value

    def choice(self, node: Node | None, path: str, allowed: Iterable[str], default: str = "") -> str:
        """One of a few fixed words; a wrong one is reported with the allowed ones listed."""
        if node is None:
            return default
        if allowed.__class__ is not tuple:
            allowed = tuple(allowed)
        value = self._scalar(node, path)
        if value and value not in allowed:
            self.report(node, path, f"'{value}' is not one of: {one_of(allowed)}{did_you_mean(value, allowed)}")
            return default
        return value or default

    def integer(self, node: Node | None, path: str, default: int,
                low: int | None = None, high: int | None = None) -> int:
        if node is None:
            return default
        if path not in self.positions:
            self.positions[path] = pos(node)
        kind = _kind(node)
        raw = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        if kind == "text" and _DIGITS.fullmatch(raw.strip()):
            plain = _as_decimal(raw.strip())
            quoted = node.style in ("'", '"')
            why = "is in quotes, so YAML reads it as text" if quoted else "starts with 0, so YAML reads it as text"
            self.report(node, path, f"should be a whole number, but {raw} {why}; write {plain}"
                                    f"{' without quotes' if quoted else ''}")
            return default
        if kind != "a number" or node.tag != _INT:
            self.report(node, path, f"should be a whole number, not {kind if kind != 'a number' else raw}")
            return default
        if not _PLAIN_INT.fullmatch(raw):
            read = _CONSTRUCTOR.construct_yaml_int(node) if len(raw) < 40 else None
            plain = _as_decimal(raw) or str(read)
            said = f"YAML reads {raw} as {read}" if str(read) != plain else f"{raw} is not a plain number"
            self.report(node, path, f"{said} ({_why_not_plain(raw)}); write {plain}, "
                                    "or put it in quotes if it is text")
            return default
        if len(raw) > 18:
            self.report(node, path, "this number is too large")
            return default
        value = int(raw)
        if (low is not None and value < low) or (high is not None and value > high):
            span = (f"from {low} to {high}" if high is not None else f"at least {low}") if low is not None \
                else f"at most {high}"
            self.report(node, path, f"should be {span}, not {value}")
            return default
        return value

    def flag(self, node: Node | None, path: str, default: bool = False) -> bool:
        if node is None:
            return default
        if path not in self.positions:
            self.positions[path] = pos(node)
        if _kind(node) != "true/false":
            self.report(node, path, f"should be true or false, not {_kind(node)}")
            return default
        return bool(_CONSTRUCTOR.construct_yaml_bool(node))

    def items(self, node: Node | None, path: str, low: int = 0, high: int | None = None,
              what: str = "entries") -> list[tuple[str, Node]]:
        """The (path, node) of each list entry; too few or too many entries are reported."""
        if node is None:
            return []
        if path not in self.positions:
            self.positions[path] = pos(node)
        if node.__class__ is _Sequence:  # (a list, as it nearly always is)
            nodes: list[Node] = node.value
        elif isinstance(node, _Scalar) and node.tag == _NULL:
            nodes = []
        elif not isinstance(node, _Sequence):
            self.report(node, path, f"should be a list (lines starting with '- '), not {_kind(node)}")
            return []
        else:
            nodes = node.value
        if len(nodes) < low or (high is not None and len(nodes) > high):
            span = f"{low} to {high}" if high is not None else f"at least {low}"
            if high == low:
                span = str(low)
            noun = what[:-1] if (high or low) == 1 and what.endswith("s") else what
            self.report(node, path, f"needs {span} {noun}, not {len(nodes)}")
        out = []
        positions = self.positions
        for i, item in enumerate(nodes):
            where = path + _INDEXES[i] if i < _INDEXED else f"{path}[{i}]"  # (as index and pos)
            mark = item.start_mark
            positions[where] = (mark.line + 1, mark.column + 1)
            out.append((where, item))
        return out

    def texts(self, node: Node | None, path: str, low: int = 0, high: int | None = None,
              limit: int | None = None, what: str = "lines", single: bool = False) -> tuple[str, ...]:
        """A list of texts; with `single`, one plain text also counts as a list of one."""
        if single and isinstance(node, _Scalar) and _kind(node) != "empty":
            return (self.text(node, path, limit),)
        read = []
        read_texts, positions = self.read_texts, self.positions
        for p, item in self.items(node, path, low, high, what):
            if item.tag == _STR and item.__class__ is _Scalar and (limit is None or len(item.value) <= limit):
                read_texts.append((p, positions[p], item.value))  # (text: as text(), at the place items set)
                read.append(item.value)
            else:
                read.append(self.text(item, p, limit))
        return tuple(read)

