"""What art exists: the characters (with their poses and expressions) and the backgrounds.

The checks for authors use this to say "there is no expression 'angry' for
xiaoqing" before a level ever runs. It only reads the asset list files; it never
opens an image and never imports pygame.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from .problems import LevelError, Problem
from .yamlsource import read_yaml


@dataclass(frozen=True)
class CharacterArt:
    """The drawings a character has: one body per pose, one face per expression."""

    name: str
    poses: tuple[str, ...]
    expressions: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    """The art a level may name. A level pack's catalog also knows which drawings its own
    characters have (`drawings`: character -> {"pose_expression"}) and which of its
    files were refused (`refused`: "backgrounds/x.svg" -> why)."""

    characters: dict[str, CharacterArt] = field(default_factory=dict)
    backgrounds: frozenset[str] = frozenset()
    drawings: dict[str, frozenset[str]] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_assets(cls, assets_dir: str | Path) -> Catalog:
        """Read `art/characters.yaml` and list `art/backgrounds/*.svg` under `assets_dir`.

        Raises LevelError with the problems if the character list is missing or broken.
        """
        return cls.with_art_data(assets_dir)[0]

    @classmethod
    def with_art_data(cls, assets_dir: str | Path) -> tuple[Catalog, dict]:
        """`from_assets`, and `art/characters.yaml` as the plain data `yaml.safe_load` gives
        (see `art_data`), from the one reading of it."""
        art = Path(assets_dir) / "art"
        characters, root = _read_characters(art / "characters.yaml")
        backgrounds = frozenset(p.stem for p in (art / "backgrounds").glob("*.svg"))
        return cls(characters, backgrounds), art_data(root)

    def character(self, character_id: str) -> CharacterArt | None:
        return self.characters.get(character_id)

    def fingerprint(self) -> str:
        """A short hash of everything here: a cached verdict holds only for the same art."""
        data = {"characters": {k: [v.name, list(v.poses), list(v.expressions)]
                               for k, v in sorted(self.characters.items())},
                "backgrounds": sorted(self.backgrounds),
                "drawings": {k: sorted(v) for k, v in sorted(self.drawings.items())},
                "refused": dict(sorted(self.refused.items()))}
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def read_characters(path: Path) -> dict[str, CharacterArt]:
    """The characters listed in a `characters.yaml`; raises LevelError with the problems."""
    return _read_characters(path)[0]


def _read_characters(path: Path) -> tuple[dict[str, CharacterArt], yaml.Node]:
    name = str(path)
    if not path.is_file():
        raise LevelError([Problem(name, 0, 0, "", "the character list is missing")])
    root, problems = read_yaml(path)
    if root is None:
        raise LevelError(problems)
    if not isinstance(root, yaml.MappingNode):
        raise LevelError([_problem(name, root, "", "should map each character id to its art")])
    characters: dict[str, CharacterArt] = {}
    for key, value in root.value:
        where = str(key.value)
        entry = _plain(value)
        if not isinstance(entry, dict):
            problems.append(_problem(name, value, where, "should be a mapping with name, poses and expressions"))
            continue
        if not _NAME.fullmatch(where):
            problems.append(_problem(name, key, where, f"'{where}' is not a valid character id: use only "
                                                       "letters, digits, _ and -"))
            continue
        lists = {k: entry.get(k) for k in ("poses", "expressions")}
        bad = [k for k, v in lists.items() if not _is_word_list(v)]
        for k in bad:
            problems.append(_problem(name, value, where, f"'{k}' should be a non-empty list of names "
                                                         "(letters, digits, _ and -)"))
        if not bad:
            characters[where] = CharacterArt(str(entry.get("name", where)),
                                             tuple(lists["poses"]), tuple(lists["expressions"]))
    if problems:
        raise LevelError(problems)
    return characters, root


def art_data(root: yaml.Node) -> dict:
    """What `yaml.safe_load` makes of a list of characters read (`read_yaml`: no aliases, no tags
    but the plain ones), when that is a mapping; else, or where it would fail, {}. Text, numbers,
    lists and mappings are made here; anything else by PyYAML's safe constructor itself."""
    try:
        try:
            data = _data(root)
        except _Unusual:
            data = SafeConstructor().construct_document(root)
    except (ValueError, yaml.YAMLError):  # (as yaml.load's errors are met in library._art_data)
        return {}
    return data if isinstance(data, dict) else {}


class _Unusual(Exception):
    """A node `_data` leaves to the safe constructor."""


_STD = "tag:yaml.org,2002:"
_CONSTRUCTOR = SafeConstructor()  # (only its stateless scalar constructors are used)
_SCALARS = {_STD + "int": _CONSTRUCTOR.construct_yaml_int, _STD + "float": _CONSTRUCTOR.construct_yaml_float,
            _STD + "bool": _CONSTRUCTOR.construct_yaml_bool, _STD + "null": _CONSTRUCTOR.construct_yaml_null}


def _data(node: yaml.Node) -> object:
    """The safe constructor's data for a tree of plain nodes (as it makes them); _Unusual else."""
    tag = node.tag
    if node.__class__ is yaml.ScalarNode:
        if tag == _STD + "str":
            return node.value
        if tag in _SCALARS:
            return _SCALARS[tag](node)
    elif node.__class__ is yaml.SequenceNode and tag == _STD + "seq":
        return [_data(item) for item in node.value]
    elif node.__class__ is yaml.MappingNode and tag == _STD + "map":
        mapping = {}
        for key, value in node.value:
            if key.__class__ is not yaml.ScalarNode:
                raise _Unusual  # (a list or mapping as a key: the constructor's error)
            mapping[_data(key)] = _data(value)
        return mapping
    raise _Unusual


_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")


def _plain(node: yaml.Node) -> object:
    """Scalars as their text, lists and mappings as lists and dicts; never a Python object."""
    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(n) for n in node.value]
    return {str(k.value): _plain(v) for k, v in node.value}


def _is_word_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and _NAME.fullmatch(v)
                                                           for v in value)


def _problem(name: str, node: yaml.Node, where: str, message: str) -> Problem:
    return Problem(name, node.start_mark.line + 1, node.start_mark.column + 1, where, message)
