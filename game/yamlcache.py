"""YAML the game reads as it starts, remembered as JSON.

The locale and the characters' art data are YAML, for the people who write them.
Reading them means importing PyYAML (about 15 ms) and parsing (5-10 ms) before the
first frame, where a bare pygame-ce window needs about 120 ms in all. So what was
read is kept as JSON in the cache folder, under the file's name, size and time of
change: a later start reads the JSON (json is loaded anyway), and PyYAML is loaded
after the first frame, with the levels. A changed file is simply read again; a
cache that cannot be written or read is no problem, the YAML is read instead.
Pure Python, no pygame.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

VERSION = 1


def read(path: Path, cache_dir: Path | None = None) -> Any:
    """The data of a YAML file; OSError when it cannot be read, BrokenYaml when it is not YAML."""
    path = Path(path)
    stat = path.stat()
    stamp = {"version": VERSION, "source": str(path.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
    kept = _kept_file(path, cache_dir)
    if kept is not None:
        try:
            with open(kept, encoding="utf-8") as handle:
                saved = json.load(handle)
            if isinstance(saved, dict) and saved.get("stamp") == stamp:
                return saved.get("data")
        except (OSError, ValueError):
            pass
    data = load_yaml(path)
    if kept is not None and _same_in_json(data):
        _write(kept, {"stamp": stamp, "data": data})
    return data


class BrokenYaml(ValueError):
    """The file is not YAML that can be read (the YAML library's own error is its cause)."""


def load_yaml(path: Path) -> Any:
    import yaml  # only when the YAML itself must be read

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: 10x faster
    with open(path, "rb") as handle:
        data = handle.read()  # (read whole: libyaml reading a text file piece by piece takes twice as long)
    try:
        return yaml.load(data, Loader=loader)  # (UTF-8, a byte order mark or not: YAML's own reading)
    except yaml.YAMLError as error:
        raise BrokenYaml(f"{path}: {error}") from error


def _kept_file(path: Path, cache_dir: Path | None) -> Path | None:
    if cache_dir is None:
        return None
    name = hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(cache_dir) / f"yaml-{Path(path).stem}-{name}.json"


def _same_in_json(data: Any) -> bool:
    """Whether JSON keeps this data as it is (YAML can hold keys and values JSON cannot)."""
    try:
        return json.loads(json.dumps(data, ensure_ascii=False)) == data
    except (TypeError, ValueError):
        return False


def _write(target: Path, content: dict) -> None:
    """Write whole or not at all (a half-written cache would only be read again as YAML)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(content, handle, ensure_ascii=False)
        os.replace(temp, target)
    except OSError:
        try:
            temp.unlink()
        except (OSError, UnboundLocalError):
            pass
