"""The teacher's settings for the teacher screen, read from a small YAML file in the data folder (no pygame).

    # teacher.yaml (in the game's data folder)
    pin: "1234"      # the teacher screen's PIN: 4 to 8 digits, in quotes — change it

A missing file gives the default PIN; a wrong value is reported and the default
used, as kiosk.yaml does, so a typo never locks the teacher out for good.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

FILE_NAME = "teacher.yaml"
DEFAULT_PIN = "1234"


@dataclass(frozen=True)
class TeacherConfig:
    pin: str = DEFAULT_PIN


def load_config(path: Path | str) -> tuple[TeacherConfig, list[str]]:
    """The config at `path` (the default where it is missing or wrong) and what was wrong with it."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return TeacherConfig(), []
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        return TeacherConfig(), [f"{path}: could not be read ({type(error).__name__}); the PIN is {DEFAULT_PIN}"]
    if data is None:
        return TeacherConfig(), []
    if not isinstance(data, dict):
        return TeacherConfig(), [f"{path}: should hold a line like pin: \"1234\"; the PIN is {DEFAULT_PIN}"]
    problems = [f"{path}: unknown setting '{key}' (known: pin)" for key in data if key != "pin"]
    value = data.get("pin", DEFAULT_PIN)
    text = str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not (text.isascii() and text.isdigit() and 4 <= len(text) <= 8):
        problems.append(f"{path}: pin: the PIN is 4 to 8 digits, in quotes; using {DEFAULT_PIN}")
        return TeacherConfig(), problems
    return TeacherConfig(text), problems
