"""Level packs: a folder of level files, with optional art of its own, that stays inside itself.

A pack is what a teacher shares: `my_pack/*.yaml`, and if it needs them,
`my_pack/art/characters.yaml`, `my_pack/art/characters/<id>/<pose>_<expression>.svg`
and `my_pack/art/backgrounds/<name>.svg`. Its art is used before the game's own.
The game's `levels/` folder is the built-in pack (name ""); every other pack's
level ids get its name in front (`my-pack/parcel-sms`), so two packs never share
a notebook entry. Nothing is read from outside the pack's folder: a file (or a
link) that leads out of it is refused with a problem, never followed.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from .catalog import Catalog, read_characters
from .problems import LevelError, Problem

_OUTSIDE = "leads outside the pack folder {root} (a link or '..'); copy the file into the pack instead"


@dataclass(frozen=True)
class LevelPack:
    """A folder of `*.yaml` levels. `name` prefixes its level ids ("" for the game's own);
    `only`, when given, limits it to those file names (validate FILE ...)."""

    name: str
    root: Path
    only: tuple[str, ...] = ()

    @classmethod
    def folder(cls, root: str | Path, builtin: str | Path | None = None) -> LevelPack:
        """The pack for a folder, named after it; the folder `builtin` (the game's own
        `levels/`) is the pack with no name, so its level ids stay as they are."""
        root = Path(root)
        if builtin is not None and _same(root, Path(builtin)):
            return cls("", root)
        return cls(slug(root.resolve().name or str(root)), root)

    @property
    def art_dir(self) -> Path:
        return self.root / "art"

    def level_id(self, declared: str) -> str:
        """The id the game uses for a level that declares `declared`."""
        return f"{self.name}/{declared}" if self.name and declared else declared


def slug(name: str) -> str:
    """A pack name from a folder name: lower case, runs of anything but letters and digits as '-'.

    Chinese folder names stay Chinese (`防骗 第二课` -> `防骗-第二课`)."""
    text = unicodedata.normalize("NFKC", name).lower()
    text = re.sub(r"[^\w]+|_+", "-", text).strip("-")
    return text or "pack-" + hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def inside(path: Path, root: Path) -> bool:
    """True when `path`, with every link followed, is within `root` (also resolved)."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a link loop, or a path the system refuses
        return False


def level_files(pack: LevelPack) -> tuple[list[Path], list[Problem]]:
    """The pack's level files in name order, and a problem for each one that is refused."""
    problems: list[Problem] = []
    try:
        if pack.only:
            candidates = [pack.root / name for name in pack.only]
        else:
            candidates = sorted(pack.root.glob("*.yaml"), key=lambda p: p.name)
    except OSError as e:
        return [], [Problem(str(pack.root), 0, 0, "", f"can't list the folder: {e.strerror or e}")]
    files = []
    for path in candidates:
        reason = refusal(path, pack.root)
        if reason:
            problems.append(Problem(str(path), 0, 0, "", reason))
        else:
            files.append(path)
    return files, problems


def refusal(path: Path, root: Path) -> str:
    """Why the file at `path` may not be read as part of the pack at `root`, or ""."""
    if not inside(path, root):
        return "this file " + _OUTSIDE.format(root=root)
    try:
        if not path.resolve().is_file():
            return "this is not a regular file; a level is a .yaml text file"
    except OSError as e:
        return f"can't read the file: {e.strerror or e}"
    return ""


def pack_catalog(pack: LevelPack, base: Catalog, base_art: Path) -> tuple[Catalog, list[Problem]]:
    """The art a level of this pack may name: the pack's own first, then the game's.

    `base_art` is the game's art folder (for drawings of a character the pack redefines)."""
    art = pack.art_dir
    if not art.exists() and not art.is_symlink():
        return base, []
    if not inside(art, pack.root):
        return base, [Problem(str(art), 0, 0, "", "the art folder " + _OUTSIDE.format(root=pack.root))]
    problems: list[Problem] = []
    refused: dict[str, str] = {}
    characters = dict(base.characters)
    drawings = dict(base.drawings)
    listed = art / "characters.yaml"
    if listed.exists() or listed.is_symlink():
        reason = refusal(listed, pack.root)
        if reason:
            problems.append(Problem(str(listed), 0, 0, "", reason))
        else:
            try:
                own = read_characters(listed)
            except LevelError as e:
                problems += e.problems
                own = {}
            characters.update(own)
            for cid in own:
                found = _drawings(art / "characters" / cid, pack.root, f"characters/{cid}", refused)
                found |= _drawings(base_art / "characters" / cid, base_art, None, {})
                drawings[cid] = frozenset(found)
    backgrounds = set(base.backgrounds)
    backgrounds |= _drawings(art / "backgrounds", pack.root, "backgrounds", refused)
    return replace(base, characters=characters, backgrounds=frozenset(backgrounds), drawings=drawings,
                   refused=refused), problems


def _drawings(folder: Path, root: Path, shown: str | None, refused: dict[str, str]) -> set[str]:
    """The names (without .svg) of the SVG files in `folder` that stay inside `root`."""
    names = set()
    try:
        files = sorted(folder.glob("*.svg"))
    except OSError:
        return names
    for path in files:
        reason = refusal(path, root)
        if reason and shown is not None:
            refused[f"{shown}/{path.name}"] = f"art/{shown}/{path.name} " + reason.removeprefix("this file ")
        elif not reason:
            names.add(path.stem)
    return names


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False
