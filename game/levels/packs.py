"""Level packs: a folder of level files, with optional art of its own, that stays inside itself.

A pack is what a teacher shares: `my_pack/*.yaml`, and if it needs them,
`my_pack/art/characters.yaml`, `my_pack/art/characters/<id>/<pose>_<expression>.svg`
and `my_pack/art/backgrounds/<name>.svg`. Its art is used before the game's own.
The game's `levels/` folder is the built-in pack (name ""); every other pack's
level ids get its name in front (`my-pack/parcel-sms`), so two packs never share
a notebook entry. Nothing is read from outside the pack's folder: a file (or a
link) that leads out of it is refused with a problem, never followed. A pack's
drawings are checked before any level may use them (`svg_problem`): at most
`ART_MAX_BYTES`, well-formed XML with an `<svg>` root, no entity declarations, no
dashed strokes; a level that names a refused drawing is left out.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
import xml.parsers.expat
from dataclasses import dataclass, replace
from pathlib import Path

from .catalog import Catalog, read_characters
from .problems import LevelError, Problem

_OUTSIDE = "leads outside the pack folder {root} (a link or '..'); copy the file into the pack instead"

# The largest drawing read (the game's own are under 25 KB): a 50 MB file is never read whole.
ART_MAX_BYTES = 1024 * 1024
_RESAVE = "save the drawing again from your drawing program as a plain SVG file"
# What a file that is not an SVG usually is, by its first bytes.
_SIGNATURES = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
               (b"PK\x03\x04", "a ZIP archive"), (b"MZ", "a Windows program"), (b"%PDF", "a PDF document"),
               (b"\x7fELF", "a program"), (b"RIFF", "a RIFF file (WebP, WAV or AVI)"))
_START = (b"<?xml", b"<svg", b"<!--", b"<!doctype")
# A dash pattern multiplies a line into as many pieces as it likes: 144 bytes took 16 s and 1 GB to draw.
_DASHES = re.compile(rb"stroke-dasharray\s*(?:=\s*[\"']|:)\s*(?!none\b)[^\s\"';]", re.IGNORECASE)


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
    try:
        resolved_root: Path | None = pack.root.resolve()
    except (OSError, RuntimeError):  # (as `inside` finds: then nothing is inside it)
        resolved_root = None
    files = []
    for path in candidates:
        reason = _refusal(path, pack.root, resolved_root)
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


def _refusal(path: Path, root: Path, resolved_root: Path | None) -> str:
    """`refusal(path, root)`, with `root` resolved once for all its files (None: it can't be) and
    `path` resolved once, not three times. A file right in the folder that is no link resolves to
    the resolved folder and its own name: then one lstat says all, not one for each folder above."""
    if resolved_root is not None and path.parent == root and path.name not in ("", ".", ".."):
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            mode = None  # (as below: resolve and is_file say why)
        if mode is not None and not stat.S_ISLNK(mode):
            return "" if stat.S_ISREG(mode) else "this is not a regular file; a level is a .yaml text file"
    try:
        resolved = path.resolve()
        within = resolved_root is not None and resolved.is_relative_to(resolved_root)
    except (OSError, RuntimeError):  # a link loop, or a path the system refuses
        within = False
    if not within:
        return "this file " + _OUTSIDE.format(root=root)
    try:
        if not resolved.is_file():
            return "this is not a regular file; a level is a .yaml text file"
    except OSError as e:
        return f"can't read the file: {e.strerror or e}"
    return ""


def read_art(path: Path) -> tuple[bytes | None, str]:
    """An SVG file's bytes, or None and why it may not be drawn (see `svg_problem`).

    Never reads more than `ART_MAX_BYTES` + 1 bytes."""
    try:
        with open(path, "rb") as f:
            data = f.read(ART_MAX_BYTES + 1)
    except OSError as e:
        return None, f"can't be read: {e.strerror or e}"
    problem = svg_problem(data)
    return (None, problem) if problem else (data, "")


def svg_problem(data: bytes) -> str:
    """Why `data` is not a drawing the game will draw, or "": too large, empty, not an SVG at all,
    not well-formed, declaring entities, or with dashed strokes. Cheap: a look at the first bytes,
    then one pass of the C XML parser, which never expands or fetches anything."""
    if len(data) > ART_MAX_BYTES:
        return (f"is larger than {ART_MAX_BYTES // 1024 // 1024} MB, the most a drawing may be; simplify it "
                "(fewer points and shapes) and " + _RESAVE)
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head:
        return "is empty; " + _RESAVE
    if not head[:9].lower().startswith(_START):
        kind = next((name for magic, name in _SIGNATURES if data.startswith(magic)), "")
        what = f"is {kind}, not an SVG drawing" if kind else "is not an SVG drawing (it does not start with <svg)"
        return f"{what}; " + _RESAVE
    if b"<!ENTITY" in data.upper():
        return "declares XML entities (<!ENTITY ...>), which the game never reads; " + _RESAVE
    root: list[str] = []
    parser = xml.parsers.expat.ParserCreate()

    def first(name: str, attrs: dict) -> None:
        root.append(name)
        parser.StartElementHandler = None  # the rest is only checked to be well-formed, in C

    parser.StartElementHandler = first
    try:
        parser.Parse(data, True)
    except xml.parsers.expat.ExpatError as e:
        return (f"is not a well-formed SVG file ({xml.parsers.expat.errors.messages[e.code]} at line {e.lineno}); "
                "it may be cut short or damaged: " + _RESAVE)
    if not root or root[0].rpartition(":")[2] != "svg":
        return f"is XML but not an SVG drawing (its first element is <{root[0] if root else ''}>); " + _RESAVE
    if _DASHES.search(data):
        return ("draws dashed lines (stroke-dasharray), which can take the game minutes to draw; draw the "
                "dashes as separate short lines, or use a solid line")
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
    own: dict = {}
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
    for cid in sorted(characters):
        # A pack's drawing is drawn before the game's of the same name (for the game's own
        # characters too), so a refused one is missing, whatever the game has.
        if cid not in own and not (art / "characters" / cid).is_dir():
            continue
        bad: dict[str, str] = {}
        found = _drawings(art / "characters" / cid, pack.root, f"characters/{cid}", bad, problems)
        found |= _drawings(base_art / "characters" / cid, base_art, None, {})
        drawings[cid] = frozenset(found - {Path(name).stem for name in bad})
        refused.update(bad)
    bad = {}
    backgrounds = set(base.backgrounds) | _drawings(art / "backgrounds", pack.root, "backgrounds", bad, problems)
    backgrounds -= {Path(name).stem for name in bad}
    refused.update(bad)
    return replace(base, characters=characters, backgrounds=frozenset(backgrounds), drawings=drawings,
                   refused=refused), problems


def _drawings(folder: Path, root: Path, shown: str | None, refused: dict[str, str],
              problems: list[Problem] | None = None) -> set[str]:
    """The names (without .svg) of the SVG files in `folder` that stay inside `root`.

    With `shown` (a pack's own art, shown to authors as `art/<shown>/<file>`), each file is
    also checked to be a drawing the game will draw; what is refused goes into `refused`,
    and a file that can't be drawn is a problem of its own in `problems`."""
    names = set()
    try:
        files = sorted(folder.glob("*.svg"))
    except OSError:
        return names
    for path in files:
        reason = refusal(path, root).removeprefix("this file ")
        if not reason and shown is not None:
            reason = read_art(path)[1]
            if reason and problems is not None:
                problems.append(Problem(str(path), 0, 0, "", f"this drawing {reason}; a level that uses "
                                                              "it is left out"))
        if reason and shown is not None:
            refused[f"{shown}/{path.name}"] = f"art/{shown}/{path.name} " + reason
        elif not reason:
            names.add(path.stem)
    return names


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False
