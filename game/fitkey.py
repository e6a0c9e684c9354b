"""The key of the text-fit check's remembered verdicts, cheap enough for every start-up
(it stats files, never imports the check itself: `game.fitcheck` pulls in the scenes)."""
from __future__ import annotations

import hashlib
from pathlib import Path

GAME = Path(__file__).resolve().parent


def fingerprint(assets_dir: Path) -> str:
    """A hash of what decides whether text fits: the game's code, its fonts, its strings,
    where its lines may break (the word list and the game's words) and its character art data. The level library keys its remembered verdicts with it.

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
