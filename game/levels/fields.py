"""Reading the keys of one mapping by key: `Fields`, what `NodeReader.fields` gives.

`f.text("title", 12)` is the reader's `text(f.get("title"), <its path>, 12)`; for a key the
mapping does not have, the default, with nothing read or reported. The usual value (text as it
should be, an id seen before, one of the allowed words, a plain number) is taken at once, with
the place its mapping's pass gave its path; anything else goes to the reader's own method.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from .nodes import Node, NodeReader

STR_TAG = "tag:yaml.org,2002:str"
INT_TAG = "tag:yaml.org,2002:int"
IDENT = r"[A-Za-z0-9_][A-Za-z0-9_-]*"  # an id: letters, digits, _ and -
_STR, _INT, _IDENT, _Scalar = STR_TAG, INT_TAG, IDENT, yaml.ScalarNode
IDENT_RE = re.compile(IDENT)  # (compiled once, for nodes.py too)

_IDS: set[str] = set()  # ids seen to be valid (_IDENT), so each is matched once
_MAX_IDS = 4096


def known_id(value: str) -> bool:
    return value in _IDS


def remember_id(value: str) -> None:
    if len(_IDS) >= _MAX_IDS:
        _IDS.clear()
    _IDS.add(value)


class Fields(dict):
    """The keys of one mapping that `NodeReader.fields` accepted, each to its value node, read by
    key: `f.text("title", 12)` is the reader's `text(f.get("title"), <its path>, 12)`, and for a
    key the mapping does not have, the default with nothing read or reported. (`f.list` is the
    reader's `items`; the dict's own methods are left as they are.)"""

    __slots__ = ("reader", "paths")
    reader: NodeReader
    paths: dict[str, str]  # each key's path (`steps[2].options`)

    # (text, ident and choice take the usual value, text that is what it should be, at once: the
    # position its path has is this node's, set as the mapping was read.)

    def text(self, key: str, limit: int | None = None, default: str = "") -> str:
        node = self.get(key)
        if node is None:
            return default
        if node.tag == _STR and node.__class__ is _Scalar and (limit is None or len(node.value) <= limit):
            path, reader = self.paths[key], self.reader
            reader.read_texts.append((path, reader.positions[path], node.value))
            return node.value
        return self.reader.text(node, self.paths[key], limit, default)

    def ident(self, key: str, pattern: str = _IDENT, rule: str = "letters, digits, _ and -") -> str:
        node = self.get(key)
        if node is None:
            return ""
        if pattern is _IDENT and node.tag == _STR and node.__class__ is _Scalar:
            value = node.value
            if value in _IDS:
                return value
            if IDENT_RE.fullmatch(value):  # (a valid id seen for the first time: what ident does)
                remember_id(value)
                return value
        return self.reader.ident(node, self.paths[key], pattern, rule)

    def choice(self, key: str, allowed: Iterable[str], default: str = "") -> str:
        node = self.get(key)
        if node is None:
            return default
        if allowed.__class__ is not tuple:
            allowed = tuple(allowed)
        if node.tag == _STR and node.__class__ is _Scalar and node.value and node.value in allowed:
            return node.value
        return self.reader.choice(node, self.paths[key], allowed, default)

    def integer(self, key: str, default: int, low: int | None = None, high: int | None = None) -> int:
        node = self.get(key)
        if node is None:
            return default
        raw = node.value
        if node.tag == _INT and node.__class__ is _Scalar and raw.isascii() and raw.isdigit() \
                and (raw[0] != "0" or raw == "0") and len(raw) <= 18:  # (a plain number: _PLAIN_INT, unsigned)
            value = int(raw)
            if (low is None or value >= low) and (high is None or value <= high):
                return value
        return self.reader.integer(node, self.paths[key], default, low, high)

    def flag(self, key: str, default: bool = False) -> bool:
        node = self.get(key)
        return default if node is None else self.reader.flag(node, self.paths[key], default)

    def list(self, key: str, low: int = 0, high: int | None = None, what: str = "entries") -> list[tuple[str, Node]]:
        """The reader's `items` (not dict.items, which stays as it is)."""
        node = self.get(key)
        return [] if node is None else self.reader.items(node, self.paths[key], low, high, what)

    def texts(self, key: str, low: int = 0, high: int | None = None, limit: int | None = None,
              what: str = "lines", single: bool = False) -> tuple[str, ...]:
        node = self.get(key)
        return () if node is None else self.reader.texts(node, self.paths[key], low, high, limit, what, single)
