"""The level library: the one way levels are loaded, by the game and by `validate` alike.

`Library.open` reads every level pack, runs every check on every file (the format,
the texts, the story, and the `extra_check` the caller adds: the real-font text
fit) and keeps the levels with no error, so what a player can see has passed
exactly what `validate` reports. Each file is loaded on its own: whatever goes
wrong in one (even a bug in a check) becomes a problem on that file and never
takes the others down. Verdicts are remembered in `cache_dir` (see
`game.levels.verdicts`), so an unchanged level is not checked again at start-up.
No pygame here.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable

import yaml

from . import rules, textcheck, translate
from .catalog import Catalog
from .loader import LoadResult, check_unique_ids, load_bytes
from .model import Level
from .packs import LevelPack, inside, level_files, pack_catalog, refusal
from .problems import WARNING, LevelError, Problem, errors, sorted_problems
from .verdicts import VerdictCache, checker_version, content_hash, key
from .yamlsource import MAX_BYTES, QuickSafeLoader

ExtraCheck = Callable[[LoadResult], list[Problem]]

__all__ = ["Library", "LevelPack", "ExtraCheck"]


class Library:
    """The levels of some packs, checked. Build it with `Library.open`."""

    def __init__(self, packs: list[LevelPack], assets_dir: Path, lang: str = "") -> None:
        self.packs = packs
        self.assets_dir = Path(assets_dir)
        self.lang = lang  # levels with a translation into this language beside them are read in it
        self.results: list[LoadResult] = []
        self.levels: list[Level] = []
        self.setup_problems: list[Problem] = []  # the art lists and packs, not one level file
        self._pack_of: dict[str, LevelPack] = {}
        self._characters: dict[str, dict] = {}  # pack name -> the art data of its characters
        # What was read from assets_dir for the checks, once read: its art list (None when one was
        # given to `open` in its place) and the characters the font has (None: no list of them).
        self.assets_read: tuple[Catalog | None, frozenset[str] | None] | None = None

    @classmethod
    def open(cls, packs: list[LevelPack], assets_dir: Path, extra_check: ExtraCheck | None = None,
             cache_dir: Path | None = None, *, catalog: Catalog | None = None, lang: str = "") -> Library:
        """Load and check every level of `packs` (in order; files in name order).

        `assets_dir` holds the game's art and fonts; `extra_check` runs on each level
        that passed every other check; `cache_dir` keeps verdicts between runs;
        `catalog` replaces the art list read from `assets_dir` (tests); `lang`, a language to read
        levels in where they have a translation (see `game.levels.translate`)."""
        library = cls(list(packs), assets_dir, lang)
        library._load(extra_check, cache_dir, catalog)
        return library

    # -- what the game asks --------------------------------------------------------

    @property
    def broken(self) -> int:
        """How many level files were left out for errors."""
        return sum(1 for r in self.results if r.level is None)

    def level(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels if lv.id == level_id), None)

    def after(self, level_id: str) -> Level | None:
        """The level after this one in the list, or None after the last."""
        ids = [lv.id for lv in self.levels]
        if level_id in ids and ids.index(level_id) + 1 < len(ids):
            return self.levels[ids.index(level_id) + 1]
        return None

    def art_dirs(self, level_id: str) -> list[Path]:
        """Where a level's art is looked up, first to last: its pack's art, then the game's."""
        pack = self._pack_of.get(level_id)
        own = [pack.art_dir] if pack is not None and pack.art_dir.is_dir() and inside(pack.art_dir, pack.root) \
            else []
        return own + [self.assets_dir / "art"]

    def art_file(self, level_id: str, relative: str) -> Path | None:
        """The file a level's art name (`backgrounds/street.svg`) stands for, never outside
        its pack or the game's art folder; None when there is none."""
        pack = self._pack_of.get(level_id)
        for folder in self.art_dirs(level_id):
            root = pack.root if pack is not None and folder == pack.art_dir else folder
            path = folder / relative
            if path.exists() and not refusal(path, root):
                return path
        return None

    def characters(self, level_id: str) -> dict:
        """The art data of the characters a level may use (mouth and magnifier points),
        its pack's own over the game's."""
        pack = self._pack_of.get(level_id)
        return self._characters.get(pack.name if pack else "", self._characters.get("", {}))

    def problems(self) -> list[Problem]:
        """Every problem: the set-up's first, then each file's, in load order."""
        return self.setup_problems + [p for r in self.results for p in r.problems]

    # -- loading ---------------------------------------------------------------------

    def _load(self, extra_check: ExtraCheck | None, cache_dir: Path | None, catalog: Catalog | None) -> None:
        try:  # (the art list and the characters' art data from one reading of characters.yaml)
            base, base_characters = (catalog, None) if catalog is not None else Catalog.with_art_data(self.assets_dir)
        except LevelError as error:
            self.setup_problems += error.problems
            return
        if base_characters is None:
            base_characters = _art_data(self.assets_dir / "art" / "characters.yaml")
        covered = textcheck.read_coverage(self.assets_dir)
        self.assets_read = (base if catalog is None else None, covered)
        if covered is None and (self.assets_dir / "fonts").is_dir():
            self.setup_problems.append(Problem(
                str(self.assets_dir / textcheck.COVERED_FILE), 0, 0, "", "the list of the characters the font "
                "has is missing, so characters it lacks were not looked for; run python tools/build_fonts.py",
                WARNING))
        cache = VerdictCache(cache_dir)
        extra_key = _extra_key(extra_check)
        named: dict[str, LevelPack] = {}
        for pack in self._unique(self.packs):
            if not pack.root.is_dir():
                self.setup_problems.append(Problem(str(pack.root), 0, 0, "", "there is no level folder here; "
                                                   "check the path given to --levels"))
                continue
            if pack.name in named:
                self.setup_problems.append(Problem(str(pack.root), 0, 0, "", f"two level packs are both named "
                                                   f"'{pack.name}' ({named[pack.name].root} and {pack.root}); "
                                                   "rename one of the folders"))
                continue
            named[pack.name] = pack
            pack_cat, problems = pack_catalog(pack, base, self.assets_dir / "art")
            self.setup_problems += problems
            characters = dict(base_characters)
            listed = pack.art_dir / "characters.yaml"
            if listed.is_file() and not refusal(listed, pack.root) and not any(p.file == str(listed)
                                                                               for p in problems):
                characters.update(_art_data(listed))
            self._characters.setdefault(pack.name, characters)
            if cache_dir is not None:
                fixed = key(checker_version(), pack_cat.fingerprint(), textcheck.coverage_fingerprint(covered),
                            extra_key, pack.name)
            else:  # verdicts last only this run, where the code, art and fonts are the same: the pack
                fixed = key(extra_key, pack.name)  # tells them apart (no need to hash all that)
            files, refused = level_files(pack)
            self.results += [LoadResult(p.file, None, [p]) for p in refused]
            for path in files:
                if translate.is_translation(path):
                    continue  # read with its level
                self.results.append(_load_file(path, pack, pack_cat, characters, covered, fixed, cache,
                                               extra_check, translate.beside(path, self.lang, pack.root)))
        cache.save()
        check_unique_ids(self.results)
        for result in self.results:
            if result.level is not None:
                self.levels.append(result.level)
                self._pack_of[result.level.id] = named[result.pack]

    @staticmethod
    def _unique(packs: list[LevelPack]) -> list[LevelPack]:
        """The packs, each folder once (the same folder given twice is one pack)."""
        seen: dict[tuple[Path, tuple[str, ...]], LevelPack] = {}
        for pack in packs:
            seen.setdefault((pack.root.resolve(), pack.only), pack)
        return list(seen.values())


def _load_file(path: Path, pack: LevelPack, catalog: Catalog, characters: dict, covered: frozenset[str] | None,
               fixed: str, cache: VerdictCache, extra_check: ExtraCheck | None,
               translation: translate.Translation | None = None) -> LoadResult:
    """One file, all its checks, its verdict remembered; anything unexpected is a problem on it.
    With a `translation`, the level is read in its language and its problems include the translation's."""
    name = str(path)
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as e:
        return LoadResult(name, None, [Problem(name, 0, 0, "", f"can't read the file: {e.strerror or e}")],
                          pack=pack.name)
    try:
        if cache.path is not None:
            verdict_key = key(content_hash(data), fixed, content_hash(translation.data) if translation else "")
        else:  # (verdicts kept for this run only: the bytes themselves tell files apart, no digest needed)
            verdict_key = (data, fixed, translation.data if translation else b"")
        known = cache.get(verdict_key)
        if known is not None and errors(known[1]):
            problems = [replace(p, file=name) for p in known[1]]
            return _result(LoadResult(name, None, translate.finish(problems, translation) if translation
                                      else problems, level_id=known[0]), pack)
        result = translate.load_level(data, translation, catalog, name, covered, lint_it=known is None) \
            if translation else load_bytes(data, catalog, name, covered, lint_it=known is None)
        if known is None and result.level is not None:  # the content rules, beside the lint
            result.problems = sorted_problems(result.problems + rules.check_level(
                result.level, result.positions, result.texts, name))
        declared = result.level_id
        _result(result, pack)
        result.characters = characters
        if known is not None:
            result.problems = sorted_problems(result.problems + [replace(p, file=name) for p in known[1]])
        elif result.level is not None and extra_check is not None:
            result.problems = sorted_problems(result.problems + _extra(extra_check, result))
        if translation:
            result.problems = translate.finish(result.problems, translation)
        if errors(result.problems):
            result.level = None
        # (A translation with problems is checked afresh each time: a verdict keeps no file names.)
        if known is None and not any(p.message.startswith(_CRASHED) or translation and p.file == translation.path
                                     for p in result.problems):
            cache.put(verdict_key, declared, [replace(p, file="") for p in result.problems])
        return result
    except Exception as e:  # noqa: BLE001 - one file must never take the others down
        return LoadResult(name, None, [_crash(name, "the checker", e)], pack=pack.name)


def _result(result: LoadResult, pack: LevelPack) -> LoadResult:
    """The result with its pack's name in the level id."""
    result.pack = pack.name
    result.level_id = pack.level_id(result.level_id)
    if result.level is not None and result.level.id != result.level_id:
        result.level = replace(result.level, id=result.level_id)
    return result


def _extra(extra_check: ExtraCheck, result: LoadResult) -> list[Problem]:
    try:
        return list(extra_check(result))
    except Exception as e:  # noqa: BLE001 - a failing check is a problem on this file, not a crash
        return [_crash(result.path, "the text-fit check", e)]


_CRASHED = "this file made "


def _crash(name: str, what: str, e: Exception) -> Problem:
    return Problem(name, 0, 0, "", f"{_CRASHED}{what} fail ({type(e).__name__}: {e}); the level is left out. "
                                   "Please report this with the file")


def _extra_key(extra_check: ExtraCheck | None) -> str:
    if extra_check is None:
        return "no extra check"
    own = getattr(extra_check, "cache_key", None)
    if own is not None:
        return str(own)
    kind = extra_check if callable(extra_check) and hasattr(extra_check, "__qualname__") else type(extra_check)
    return f"{kind.__module__}.{kind.__qualname__}"


def _art_data(path: Path) -> dict:
    """A characters.yaml as plain data for the view (it passed the catalog's safe reading)."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            data = yaml.load(f, Loader=QuickSafeLoader)
    except (OSError, ValueError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}
