"""The settings a player changes in the game, kept between runs (no pygame).

Sound and its volume, text size, high contrast, reduced motion, text speed,
fullscreen and language. They live in `settings.json`: one in the data folder for
the PC, and one in a profile's folder for the few that belong to a child rather
than to the computer room:

- **per PC** (`PER_PC`): sound, volume, fullscreen, language. The teacher sets them
  once for the room; a child switching seats must not mute the next one's lesson.
- **per profile** (`PER_PROFILE`): text size, high contrast, reduced motion, text
  speed. These are what one child needs to read; they follow the seat or nickname
  the child picks. With no profile chosen (and for a new profile) the PC's values
  apply, so a teacher can set a default for the room.

A file that is missing gives the defaults; a wrong value is reported and its
default used (as kiosk.yaml does), so a hand-edited file never stops a lesson. A
file whose content is broken is moved aside (`storage.load_document`). Writes are
atomic (`storage.write_json`).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from game.play.storage import Blocked, load_document, write_json

FILE_NAME = "settings.json"
FORMAT_VERSION = 1
PAYLOAD = "settings"

# The three text sizes: a scale on every text size (the layout keeps text in its box; see
# game/engine/canvas.py). Steps are small because the boxes are sized for the standard text.
TEXT_SIZES: dict[str, float] = {"normal": 1.0, "large": 1.1, "larger": 1.2}
# Text speed: how fast story text appears, as a factor on the game's reading pace; "instant"
# shows it at once.
TEXT_SPEEDS: dict[str, float] = {"slow": 0.6, "normal": 1.0, "fast": 1.8, "instant": 0.0}
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
VOLUME_STEP = 20  # the settings screen changes volume in steps of this many percent

PER_PC: tuple[str, ...] = ("sound", "volume", "fullscreen", "language")
PER_PROFILE: tuple[str, ...] = ("text_size", "high_contrast", "reduced_motion", "text_speed")


@dataclass(frozen=True)
class Preferences:
    """What the settings screen shows and changes. (`game.app.Settings` is the run's set-up:
    window size, folders, mode; it takes these in.)"""

    sound: bool = True
    volume: int = 80  # percent, 0-100
    text_size: str = "normal"
    high_contrast: bool = False
    reduced_motion: bool = False
    text_speed: str = "normal"
    fullscreen: bool = False
    language: str = "zh_CN"

    @property
    def text_scale(self) -> float:
        return TEXT_SIZES[self.text_size]

    @property
    def reading_pace(self) -> float:
        """The factor on the reading speed; 0 means text shows at once."""
        return TEXT_SPEEDS[self.text_speed]

    @property
    def loudness(self) -> float:
        """The volume the mixer gets, 0.0-1.0 (0 when sound is off)."""
        return self.volume / 100 if self.sound else 0.0

    def changed(self, key: str, value: Any) -> "Preferences":
        """A copy with one setting changed; a value the setting cannot take raises ValueError."""
        fixed, problem = _checked(key, value, getattr(Preferences(), key))
        if problem:
            raise ValueError(f"{key}: {problem}")
        return replace(self, **{key: fixed})


CHOICES: dict[str, tuple[Any, ...]] = {
    "sound": (False, True),
    "volume": tuple(range(0, 101, VOLUME_STEP)),
    "text_size": tuple(TEXT_SIZES),
    "high_contrast": (False, True),
    "reduced_motion": (False, True),
    "text_speed": tuple(TEXT_SPEEDS),
    "fullscreen": (False, True),
    "language": LANGUAGES,
}


def load(pc_folder: Path, profile_folder: Path | None = None) -> tuple[Preferences, list[str]]:
    """The settings in effect: the PC's file, with a profile's own values over the per-profile
    ones. Never raises for what is on disk; each problem is one line in the list."""
    problems: list[str] = []
    pc = _read(Path(pc_folder) / FILE_NAME, problems)
    prefs = _apply(Preferences(), pc, Preferences.__dataclass_fields__, problems, Path(pc_folder) / FILE_NAME)
    if profile_folder is not None:
        path = Path(profile_folder) / FILE_NAME
        own = _read(path, problems)
        prefs = _apply(prefs, own, PER_PROFILE, problems, path)
    return prefs, problems


def save(prefs: Preferences, pc_folder: Path, profile_folder: Path | None = None) -> None:
    """Write the settings: the per-PC ones to the PC's file, the per-profile ones to the
    profile's file (or, with no profile, to the PC's file as the room's default).
    Raises OSError when the disk refuses; the caller shows it and keeps the settings."""
    values = asdict(prefs)
    pc_path = Path(pc_folder) / FILE_NAME
    try:
        stored = load_document(pc_path, FORMAT_VERSION, PAYLOAD, {}).payload
    except Blocked:
        stored = {}
    pc_keys = PER_PC if profile_folder is not None else tuple(values)
    merged = {k: v for k, v in stored.items() if k in Preferences.__dataclass_fields__}
    merged.update({k: values[k] for k in pc_keys})
    write_json(pc_path, {"version": FORMAT_VERSION, PAYLOAD: merged})
    if profile_folder is not None:
        own = {k: values[k] for k in PER_PROFILE}
        write_json(Path(profile_folder) / FILE_NAME, {"version": FORMAT_VERSION, PAYLOAD: own})


def _read(path: Path, problems: list[str]) -> dict:
    try:
        document = load_document(path, FORMAT_VERSION, PAYLOAD, {})
    except Blocked as exc:
        problems.append(str(exc))
        return {}
    if document.warning:
        problems.append(document.warning)
    return document.payload


def _apply(prefs: Preferences, stored: dict, keys, problems: list[str], path: Path) -> Preferences:
    known = {f.name for f in fields(Preferences)}
    for key, value in stored.items():
        if key not in known:
            problems.append(f"{path}: unknown setting '{key}' (known: {', '.join(sorted(known))}); ignored")
            continue
        if key not in keys:
            continue  # a per-PC value in a profile's file: the PC's own counts
        fixed, problem = _checked(key, value, getattr(Preferences(), key))
        if problem:
            problems.append(f"{path}: {key}: {problem}; using {getattr(prefs, key)!r}")
        else:
            prefs = replace(prefs, **{key: fixed})
    return prefs


def _checked(key: str, value: Any, default: Any) -> tuple[Any, str]:
    """The value a setting takes from `value`, or the default and what was wrong."""
    if isinstance(default, bool):
        return (value, "") if isinstance(value, bool) else (default, "should be true or false")
    if key == "volume":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
            return default, "should be a number from 0 to 100"
        return int(round(value)), ""
    allowed = CHOICES[key]
    if value not in allowed or not isinstance(value, str):
        return default, f"should be one of {', '.join(map(str, allowed))}, not {value!r}"
    return value, ""
