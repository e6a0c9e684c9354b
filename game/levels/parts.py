"""The names of a panel's parts, in one place: what a clue can sit on and what a hunt can tap.

The view draws a part and records where it landed under the same name; the
rules (scoring a hunt) and the checks for authors ask this module which parts
a panel has. No pygame here.
"""
from __future__ import annotations

from .model import Panel, Screen, Step

# Parts a player can tap in a red-flag hunt (a prefix ends with ":").
HUNT_PARTS: tuple[str, ...] = ("url", "title", "banner", "countdown", "button", "field:", "body:",
                               "message:", "bubble:")


def screen_parts(screen: Screen) -> list[str]:
    """The named parts a simulated screen shows, in reading order."""
    if screen.kind == "web":
        names = ["url"] if screen.url else []
        names += ["title"] if screen.title else []
        names += ["banner"] if screen.banner else []
        names += [f"body:{i}" for i in range(len(screen.body))]
        names += ["countdown"] if screen.countdown else []
        names += [f"field:{f.id}" for f in screen.fields]
        names += ["button"] if screen.button else []
        return names
    return (["title"] if screen.title else []) + [f"message:{i}" for i in range(len(screen.messages))]


def panel_parts(panel: Panel | None) -> list[str]:
    """Every named part of a panel: its screen's parts, then its bubbles."""
    if panel is None:
        return []
    names = screen_parts(panel.screen) if panel.screen is not None else []
    return names + [f"bubble:{i}" for i in range(len(panel.bubbles))]


def is_hunt_part(name: str) -> bool:
    return name.startswith(HUNT_PARTS)


def hunt_parts(step: Step, rect_clues: list[str]) -> list[str]:
    """What a player can tap in a hunt step: the panel's parts and the clues drawn as free rectangles."""
    return [n for n in panel_parts(step.panel) if is_hunt_part(n)] + [f"clue:{c}" for c in rect_clues]
