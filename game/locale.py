"""Player-facing strings, looked up by key from a locale file in assets/locale/."""
from __future__ import annotations

from pathlib import Path

from game import yamlcache


class Locale:
    def __init__(self, strings: dict[str, str], lists: dict[str, tuple[str, ...]] | None = None) -> None:
        self._strings = strings
        self._lists = lists or {}

    @classmethod
    def load(cls, path: Path, cache_dir: Path | None = None) -> "Locale":
        """The strings of a locale file (with `cache_dir`, as remembered there: game.yamlcache)."""
        data = yamlcache.read(path, cache_dir) or {}
        flat = dict(_flatten(data))
        lists = {k: tuple(str(v) for v in value) for k, value in flat.items() if isinstance(value, list)}
        return cls({k: str(v) for k, v in flat.items() if k not in lists}, lists)

    def words(self, key: str) -> tuple[str, ...]:
        """A list of words (nickname parts), or () when the key is missing."""
        return self._lists.get(key, ())

    def __call__(self, key: str, **values: object) -> str:
        text = self._strings.get(key)
        if text is None:
            return key  # visible in the game and caught by the locale test
        return text.format(**values) if values else text

    def has(self, key: str) -> bool:
        return key in self._strings

    def keys(self) -> list[str]:
        return list(self._strings)


def _flatten(data: dict, prefix: str = ""):
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _flatten(value, full + ".")
        else:
            yield full, value
