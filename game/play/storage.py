"""Where the game keeps its files, and how it reads and writes them safely.

Kiosks lose power without warning and classroom PCs get switched off at the
wall, so every write goes to a temporary file that is synced and then renamed
over the target: after a crash the target holds either the old or the new
content, never half of each. A file that cannot be read is moved aside (never
deleted) so the game can start anyway and a person can look at it later.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

APP_DIR_NAME = "XiaolangGame"  # Windows and macOS spell app folders this way
XDG_DIR_NAME = "xiaolang-game"  # other Unix-likes use lower-case with dashes
HOME_OVERRIDE = "XIAOLANG_HOME"

# Windows virus scanners and indexers briefly hold files open, which makes
# os.replace fail with PermissionError; a short retry rides that out.
_REPLACE_ATTEMPTS = 5
_REPLACE_PAUSE_S = 0.05
_ON_WINDOWS = os.name == "nt"


def data_dir(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> Path:
    """The folder for this computer's game files. Pure: it creates nothing."""
    override = env.get(HOME_OVERRIDE)
    if override:
        return Path(override)
    home = _home(env, platform)
    if platform.startswith("win"):
        appdata = env.get("APPDATA")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return base / APP_DIR_NAME
    if platform == "darwin":
        return home / "Library" / "Application Support" / APP_DIR_NAME
    xdg = env.get("XDG_DATA_HOME")
    # The XDG spec says relative values are invalid and must be ignored.
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / XDG_DIR_NAME
    return home / ".local" / "share" / XDG_DIR_NAME


def _home(env: Mapping[str, str], platform: str) -> Path:
    names = ("USERPROFILE", "HOME") if platform.startswith("win") else ("HOME",)
    for name in names:
        if env.get(name):
            return Path(env[name])
    return Path.home()


def read_json(path: Path | str, default: Any) -> tuple[Any, str | None]:
    """The JSON value stored at `path`, and a warning if it had to be set aside.

    A missing file gives `default` with no warning. A file that cannot be read,
    is not JSON, or whose top-level value is not the same type as `default`
    (when `default` is not None) is renamed to `<name>.broken-<n>` and
    `default` is returned with a one-line warning. File content problems never
    raise.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return default, None
    except OSError as exc:
        return default, set_aside(path, f"could not be read ({exc.strerror or exc})")
    try:
        value = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return default, set_aside(path, f"is not valid JSON ({_short(exc)})")
    if default is not None and not _same_kind(value, default):
        found = type(value).__name__
        wanted = type(default).__name__
        return default, set_aside(path, f"holds a {found} where a {wanted} was expected")
    return value, None


def read_document(path: Path | str, version: int, key: str, empty: list | dict) -> tuple[Any, str | None]:
    """The `key` payload of a versioned JSON document: `{"version": N, key: ...}`.

    A missing file gives `empty`. A file of another version (likely a newer
    game's) or without the payload is moved aside rather than overwritten later,
    and `empty` comes back with a warning. Never raises for file content.
    """
    path = Path(path)
    data, warning = read_json(path, {"version": version, key: empty})
    if data.get("version") != version:
        return type(empty)(), set_aside(path, f"has unknown format version {data.get('version')!r}")
    payload = data.get(key)
    if not isinstance(payload, type(empty)):
        kind = "list" if isinstance(empty, list) else "mapping"
        return type(empty)(), set_aside(path, f"has no {kind} of '{key}'")
    return payload, warning


def move_aside(path: Path | str) -> Path:
    """Rename `path` to the first free `<name>.broken-<n>` beside it; returns the new path.

    Raises OSError if the rename fails.
    """
    path = Path(path)
    n = 1
    while True:
        target = path.with_name(f"{path.name}.broken-{n}")
        if not target.exists():
            break
        n += 1
    os.rename(path, target)
    return target


def write_json(path: Path | str, value: Any) -> None:
    """Write `value` as JSON to `path` atomically and durably.

    The text is built first, so a value that cannot be serialised raises
    before the disk is touched. Creates the folder if needed.
    """
    path = Path(path)
    data = (json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode(
        "utf-8"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_dir(path.parent)


def _replace(src: Path, dst: Path) -> None:
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if not _ON_WINDOWS or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE_S)


def _sync_dir(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open a folder for this."""
    if _ON_WINDOWS:
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (e.g. network shares) refuse; the data is synced
    finally:
        os.close(fd)


def _same_kind(value: Any, default: Any) -> bool:
    # bool is a subclass of int, but a stored true is not a count.
    if isinstance(value, bool) != isinstance(default, bool):
        return False
    return isinstance(value, type(default))


def set_aside(path: Path, problem: str) -> str:
    """Move a file the game cannot use out of the way; returns a one-line warning.

    `problem` completes the sentence "<path> ...", e.g. "is not valid JSON".
    """
    try:
        moved = move_aside(path)
    except OSError as exc:
        return (
            f"{path} {problem}; it could not be moved aside ({exc.strerror or exc}), "
            "so the game started with empty data and will replace it on the next save"
        )
    return f"{path} {problem}; moved it to {moved} and started with empty data"


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__
