"""The kiosk's settings, read from a small YAML file a booth operator edits.

    # kiosk.yaml (in the data folder, or given with --kiosk-config FILE)
    kiosk: true          # start in kiosk mode (a booth PC can autostart `python main.py`)
    run: quick           # what a visitor plays: quick (the 真还是假 round) or a level id
    quick_items: 8       # how many quick-round items a run has
    idle_seconds: 45     # no input this long mid-run: ask 还在吗？
    countdown_seconds: 10
    pin: "2580"          # the operator's PIN (4–8 digits, quoted)
    honeypot: true       # show the tempting 点击领取 lure on the attract screen

A missing file gives the defaults; a broken value is reported and its default used,
so a typo never keeps a booth from starting. No pygame here.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

FILE_NAME = "kiosk.yaml"


@dataclass(frozen=True)
class KioskConfig:
    kiosk: bool = False
    run: str = "quick"
    quick_items: int = 8
    idle_seconds: float = 45.0
    countdown_seconds: float = 10.0
    pin: str = "2580"
    honeypot: bool = True
    board_size: int = 5  # rows per leaderboard
    # What was wrong in the file (each with the default used instead): for warnings.log and the
    # operator's screen. Not a setting of the file.
    problems: tuple[str, ...] = field(default=(), compare=False)


LIMITS = {"quick_items": (3, 20), "idle_seconds": (10, 600), "countdown_seconds": (3, 60), "board_size": (3, 10)}


def load_config(path: Path | str) -> tuple[KioskConfig, list[str]]:
    """The config at `path` (defaults where it is missing or wrong) and what was wrong with it."""
    path = Path(path)
    problems: list[str] = []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return KioskConfig(), []  # no booth here: PyYAML is not even loaded
    except (OSError, UnicodeDecodeError) as error:
        return KioskConfig(), [f"{path}: could not be read ({type(error).__name__}); using the defaults"]
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return KioskConfig(), [f"{path}: could not be read ({type(error).__name__}); using the defaults"]
    if data is None:
        return KioskConfig(), []
    if not isinstance(data, dict):
        return KioskConfig(), [f"{path}: should be a list of `key: value` lines; using the defaults"]
    config = KioskConfig()
    known = {f.name: f for f in fields(KioskConfig) if f.name != "problems"}
    for key, value in data.items():
        if key not in known:
            problems.append(f"{path}: unknown setting '{key}' (known: {', '.join(known)})")
            continue
        fixed, problem = _checked(key, value, getattr(config, key))
        if problem:
            problems.append(f"{path}: {key}: {problem}; using {getattr(config, key)!r}")
        else:
            config = replace(config, **{key: fixed})
    return config, problems


def _checked(key: str, value: Any, default: Any) -> tuple[Any, str]:
    if isinstance(default, bool):
        return (value, "") if isinstance(value, bool) else (default, "write true or false")
    if key == "pin":
        text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
        ok = text.isdigit() and 4 <= len(text) <= 8 and text.isascii()
        return (text, "") if ok else (default, "the PIN is 4 to 8 digits, in quotes")
    if key == "run":
        return (value, "") if isinstance(value, str) and value.strip() else (default, "write quick or a level id")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default, "write a number"
    low, high = LIMITS[key]
    if not low <= value <= high:
        return default, f"should be from {low} to {high}"
    return type(default)(value), ""
