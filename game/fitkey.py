"""The text-fit check as the game holds it until a level needs it: the key of its remembered
verdicts, cheap enough for every start-up (it stats files), and the checker built on first use.
Neither imports the check itself (`game.fitcheck` pulls in the scenes)."""
from __future__ import annotations

import hashlib
from pathlib import Path

GAME = Path(__file__).resolve().parent


def fingerprint(assets_dir: Path) -> str:
    """A hash of what decides whether text fits: the game's code, its fonts, its strings,
    where its lines may break (the word list and the game's words) and its character art data.
    The level library keys its remembered verdicts with it.

    It hashes each file's name, size and modification time rather than its bytes: it is
    computed at every start-up, and a changed file then only means one more check."""
    digest = hashlib.sha256()
    assets_dir = Path(assets_dir)
    files = sorted(GAME.rglob("*.py")) + sorted((assets_dir / "fonts").glob("*")) \
        + sorted((assets_dir / "locale").glob("*.yaml")) + sorted((assets_dir / "words").glob("*")) \
        + [assets_dir / "art" / "characters.yaml"]
    for path in files:
        try:
            stat = path.stat()
            digest.update(f"{path.relative_to(path.parents[1])}:{stat.st_size}:{stat.st_mtime_ns};".encode())
        except (OSError, ValueError):
            digest.update(b"-")
    return "fit:" + digest.hexdigest()[:16]


class LazyFitChecker:
    """The real-font check that level text fits (the one validate runs), built on first use.

    At start-up every unchanged level has a remembered verdict, so the checker (fonts,
    strings, layout) is only built when a level is new or changed. `lang` is the language
    the game's own words (buttons, badges) are measured in beside the level's."""

    def __init__(self, assets_dir: Path, lang: str = "zh_CN") -> None:
        self.assets_dir = assets_dir
        self.lang = lang
        self.cache_key = fingerprint(assets_dir) + ("" if lang == "zh_CN" else f":{lang}")
        self._checker = None
        self._faces = None

    def expect_use(self) -> None:
        """For a caller that will check every level (validate): the fonts, what the checker takes
        longest to open, start opening now, on a thread, while the first level is read."""
        if self._checker is None and self._faces is None:
            import pygame

            from game.engine.assets import FacesOpening

            pygame.font.init()
            self._faces = FacesOpening(self.assets_dir)

    def __call__(self, result):
        if self._checker is None:
            from game.fitcheck import FitChecker
            from game.locale import Locale

            # (the characters' art data comes with each level)
            self._checker = FitChecker(self.assets_dir, faces=self._faces)
            self._faces = None
            locale = self.assets_dir / "locale" / f"{self.lang}.yaml"
            if self.lang != "zh_CN" and locale.is_file():
                self._checker.app.locale = Locale.load(locale)
                self._checker.assets.lang = self.lang
        return self._checker(result)


def fit_checker(assets_dir: Path, lang: str = "zh_CN") -> LazyFitChecker:
    return LazyFitChecker(assets_dir, lang or "zh_CN")
