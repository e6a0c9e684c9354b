"""Where the game keeps its files, and how it reads and writes them safely.

Kiosks lose power without warning and classroom PCs get switched off at the
wall, so every rewrite goes to a temporary file that is synced and then renamed
over the target: after a crash the target holds either the old or the new
content, never half of each.

Two kinds of bad file are told apart, because mixing them up loses data:

- a file that cannot be *read* (permissions, or a Windows virus scanner holding
  it) is fine on disk. It is left exactly as it is and `Blocked` is raised, so
  the caller keeps its changes and tries again later instead of writing over
  data it never saw;
- a file whose *content* is broken (not JSON, wrong shape, a format version
  this game does not know) is moved aside to `<name>.broken-<n>`, never
  deleted, so a person can look at it. If even the move fails the file is left
  alone and `Blocked` is raised.

Saves by two copies of the game are serialised with `folder_lock`, a short
operating-system lock on a `.lock` file in the data folder.
"""
from __future__ import annotations

import errno
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

APP_DIR_NAME = "XiaolangGame"  # Windows and macOS spell app folders this way
XDG_DIR_NAME = "xiaolang-game"  # other Unix-likes use lower-case with dashes
HOME_OVERRIDE = "XIAOLANG_HOME"
LOCK_NAME = ".lock"

# Windows virus scanners and indexers briefly hold files open, which makes
# os.replace fail with PermissionError; a short retry rides that out.
_REPLACE_ATTEMPTS = 5
_REPLACE_PAUSE_S = 0.05
_ON_WINDOWS = os.name == "nt"

# Another copy of the game holds the lock only while it writes a few small
# files; waiting longer than this means something is wrong, so give up and let
# the caller retry later rather than freeze the screen.
LOCK_TIMEOUT_S = 1.0
_LOCK_POLL_S = 0.01
# Errors that mean "someone else holds the lock" rather than "no locking here".
_LOCK_BUSY = {errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, getattr(errno, "EDEADLK", -1),
              getattr(errno, "EDEADLOCK", -1)}

# A temporary file younger than this may belong to another copy of the game
# that is writing right now.
STRAY_TEMP_AGE_S = 300.0


class Blocked(OSError):
    """A file the game must not write over yet; the message says why, in one line."""


@dataclass(frozen=True)
class Document:
    """The payload of a versioned JSON document as read from disk.

    `raw` is the file's bytes when it was read whole (None when there was no
    file or it was just moved aside), so a copy can be kept before anything in
    it is dropped. `warning` is a one-line note for a person, or None.
    """

    payload: Any
    raw: bytes | None = None
    warning: str | None = None


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


# --- reading -------------------------------------------------------------------


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes, or None if there is no file. Raises Blocked if it cannot be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise Blocked(
            f"{path.name} could not be read ({_reason(exc)}); it was left as it is "
            "and the game will try again"
        ) from exc


def load_document(path: Path | str, version: int, key: str, empty: list | dict,
                  move_broken: bool = True) -> Document:
    """The `key` payload of a versioned JSON document: `{"version": N, key: ...}`.

    A missing file gives `empty`. A file that is not such a document (broken
    JSON, another version, likely a newer game's, or no payload) is broken
    content: it is moved aside rather than overwritten later, and `empty` comes
    back with a warning; with `move_broken=False` it is left in place and only
    reported. Raises Blocked when the file cannot be read, or its broken
    content could not be moved aside; the file is then left as it is.
    """
    path = Path(path)
    raw = read_bytes(path)
    if raw is None:
        return Document(type(empty)())
    data, problem = _decode(raw)
    # `is not int`: a stored true would otherwise pass for version 1.
    if problem is None and (type(data.get("version")) is not int or data["version"] != version):
        problem = f"has unknown format version {data.get('version')!r}"
    if problem is None and not isinstance(data.get(key), type(empty)):
        problem = f"has no {'list' if isinstance(empty, list) else 'mapping'} of '{key}'"
    if problem is not None:
        return Document(type(empty)(), None, _broken(path, problem, move_broken))
    return Document(data[key], raw)


def _decode(raw: bytes) -> tuple[Any, str | None]:
    """The JSON mapping in `raw` and None, or None and what is wrong with it."""
    try:
        value = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        return None, f"is not valid JSON ({_short(exc)})"
    if not isinstance(value, dict):
        return None, f"holds a {type(value).__name__} where a mapping was expected"
    return value, None


def _broken(path: Path, problem: str, move: bool) -> str:
    if not move:
        return f"{path.name} {problem}; it will be moved aside when the game next saves"
    return set_aside(path, problem)


def set_aside(path: Path, problem: str) -> str:
    """Move a file whose content is broken out of the way; returns a one-line warning.

    `problem` completes the sentence "<name> ...", e.g. "is not valid JSON".
    Raises Blocked, leaving the file where it is, if it cannot be moved.
    """
    try:
        moved = move_aside(path)
    except OSError as exc:
        raise Blocked(
            f"{path.name} {problem} and could not be moved aside ({_reason(exc)}); "
            "it was left as it is and the game will try again"
        ) from exc
    return f"{path.name} {problem}; moved it to {moved.name} and started it afresh"


def move_aside(path: Path | str) -> Path:
    """Rename `path` to the first free `<name>.broken-<n>` beside it; returns the new path.

    Raises OSError if the rename fails.
    """
    path = Path(path)
    target = _free_broken_name(path)
    os.rename(path, target)
    return target


def keep_copy(path: Path | str, raw: bytes) -> Path:
    """Write `raw` (a file's old content) to the first free `<name>.broken-<n>`; returns it.

    Used before a save that drops entries it could not understand, so nothing
    that was stored disappears without a copy. Raises OSError on failure, and
    then no partial copy is left behind.
    """
    path = Path(path)
    target = _free_broken_name(path)
    # Exclusive create: never write over an earlier copy, even in a race.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    _sync_dir(path.parent)
    return target


def _free_broken_name(path: Path) -> Path:
    n = 1
    while path.with_name(f"{path.name}.broken-{n}").exists():
        n += 1
    return path.with_name(f"{path.name}.broken-{n}")


# --- writing -------------------------------------------------------------------


def write_json(path: Path | str, value: Any) -> None:
    """Write `value` as JSON to `path` atomically and durably.

    The text is built first, so a value that cannot be serialised raises
    before the disk is touched. Creates the folder if needed.
    """
    data = (json.dumps(value, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")
    write_bytes(path, data)


def write_bytes(path: Path | str, data: bytes) -> None:
    """Replace `path` with `data` atomically: temp file, fsync, rename, folder sync."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _sync_dir(path.parent)


def append_bytes(path: Path | str, data: bytes) -> None:
    """Add `data` to the end of an existing file and sync it.

    Not atomic: a power cut can leave the end of `data` missing, which readers
    of append-only files must tolerate (the earlier content is untouched).
    """
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def replace(src: Path | str, dst: Path | str) -> None:
    """os.replace, retried briefly on Windows where scanners hold files for a moment."""
    for attempt in range(_REPLACE_ATTEMPTS):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if not _ON_WINDOWS or attempt == _REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(_REPLACE_PAUSE_S)


def _sync_dir(folder: Path) -> None:
    """Make a rename itself durable; Windows cannot open a folder for this."""
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


# --- sharing the folder ----------------------------------------------------------


@contextmanager
def folder_lock(folder: Path | str, timeout: float | None = None) -> Iterator[None]:
    """Hold the data folder's lock: one copy of the game at a time reads-and-writes.

    Creates the folder if needed. Raises TimeoutError if another copy holds
    the lock for longer than `timeout` seconds (default LOCK_TIMEOUT_S; it
    never hangs), or OSError if the lock file cannot be opened (e.g. a
    read-only folder). On a file system without locking it goes ahead
    unlocked: saving matters more.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + (LOCK_TIMEOUT_S if timeout is None else timeout)
        locked = _try_lock(fd)
        while locked is False:
            if time.monotonic() >= deadline:
                raise TimeoutError(errno.ETIMEDOUT, "another copy of the game kept the data folder busy")
            time.sleep(_LOCK_POLL_S)
            locked = _try_lock(fd)
        try:
            yield
        finally:
            if locked:
                _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool | None:
    """True if locked now, False if someone else holds it, None if locking is unsupported."""
    try:
        if _ON_WINDOWS:
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        return False if exc.errno in _LOCK_BUSY else None
    return True


def _unlock(fd: int) -> None:
    if _ON_WINDOWS:
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def remove_stray_temp_files(folder: Path | str, names: tuple[str, ...], now: float,
                            older_than: float = STRAY_TEMP_AGE_S) -> list[Path]:
    """Delete `.<name>.*.tmp` files left by interrupted writes; returns those removed.

    Only files older than `older_than` seconds (by `now`, a time.time() value)
    go: a fresh one may be another copy of the game in the middle of a write.
    A file that cannot be checked or deleted is simply left.
    """
    removed = []
    for name in names:
        for tmp in Path(folder).glob(f".{name}.*.tmp"):
            try:
                if now - tmp.stat().st_mtime > older_than:
                    tmp.unlink()
                    removed.append(tmp)
            except OSError:
                continue
    return removed


def skipped_warning(path: Path | str, skipped: int, noun: str, plural: str) -> str | None:
    """The one-line warning for `skipped` records with a bad shape, or None if there were none."""
    if not skipped:
        return None
    return (f"{Path(path).name}: skipped {skipped} {noun if skipped == 1 else plural} with a bad "
            "shape; a copy of the file is kept as .broken-N before they are dropped")


def _reason(exc: OSError) -> str:
    return exc.strerror or _short(exc)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__
