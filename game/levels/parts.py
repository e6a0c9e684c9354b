"""The names of a panel's parts, in one place: what a clue can sit on and what a hunt can tap.

The view draws a part and records where it landed under the same name; the
rules (scoring a hunt) and the checks for authors ask this module which parts
a panel has. No pygame here.
"""
from __future__ import annotations

from .model import Panel, Screen, Step

# The parts each kind of screen can have, in reading order. A name ending in ":" is a
# family with an index or id after it: body:0, message:2, thread:1, field:phone.
KIND_PARTS: dict[str, tuple[str, ...]] = {
    "web": ("url", "title", "banner", "body:", "countdown", "field:", "button"),
    "chat": ("title", "message:"),
    "sms": ("title", "message:"),
    "inbox": ("title", "thread:"),
    "call": ("title", "number", "caller", "prompt", "decline", "accept"),
    "pay": ("payee", "amount", "countdown", "body:", "qr", "button"),
    "store": ("title", "developer", "rating", "downloads", "button", "body:"),
    "trade": ("title", "price", "countdown", "item", "seller", "body:", "button"),
    "feed": ("ad", "title", "body:"),
    "mail": ("title", "from", "body:", "attachment", "button"),
}
# Every part name a clue may target (besides "rect"), across all kinds.
FIXED_PARTS: tuple[str, ...] = tuple(dict.fromkeys(n for names in KIND_PARTS.values()
                                                   for n in names if not n.endswith(":")))
INDEXED_PARTS: tuple[str, ...] = ("body", "message", "thread")  # followed by a number from 0
NAMED_PARTS: tuple[str, ...] = ("field",)  # followed by a field id

# Parts a player can tap in a red-flag hunt (a prefix ends with ":").
HUNT_PARTS: tuple[str, ...] = FIXED_PARTS + tuple(f"{n}:" for n in NAMED_PARTS + INDEXED_PARTS) + ("bubble:",)

# The screen field that makes a fixed part appear, where its name differs from the part's.
_SHOWN_BY = {"payee": "title", "from": "sender"}


def screen_parts(screen: Screen) -> list[str]:
    """The named parts a simulated screen shows, in reading order."""
    names: list[str] = []
    for name in KIND_PARTS.get(screen.kind, ()):
        if name == "body:":
            names += [f"body:{i}" for i in range(len(screen.body))]
        elif name == "message:":
            names += [f"message:{i}" for i in range(len(screen.messages))]
        elif name == "thread:":
            names += [f"thread:{i}" for i in range(len(screen.threads))]
        elif name == "field:":
            names += [f"field:{f.id}" for f in screen.fields]
        elif name == "caller":
            names += ["caller"] if screen.video and screen.caller else []
        elif getattr(screen, _SHOWN_BY.get(name, name)):
            names.append(name)
    return names


def kind_has(kind: str, part: str) -> bool:
    """Whether a kind of screen can show this family of parts at all ("field", "amount")."""
    return part in KIND_PARTS.get(kind, ()) or f"{part}:" in KIND_PARTS.get(kind, ())


def is_target(value: str) -> bool:
    """Whether a clue target is a part name at all (on some kind of screen), or "rect"."""
    part, colon, arg = value.partition(":")
    if not colon:
        return value in FIXED_PARTS or value == "rect"
    return (part in NAMED_PARTS and arg.strip() != "") or (part in INDEXED_PARTS and arg.isdigit())


def panel_parts(panel: Panel | None) -> list[str]:
    """Every named part of a panel: its screen's parts, then its bubbles."""
    if panel is None:
        return []
    names = screen_parts(panel.screen) if panel.screen is not None else []
    return names + [f"bubble:{i}" for i in range(len(panel.bubbles))]


def is_hunt_part(name: str) -> bool:
    return name in HUNT_PARTS or name.startswith(tuple(p for p in HUNT_PARTS if p.endswith(":")))


def hunt_parts(step: Step, rect_clues: list[str]) -> list[str]:
    """What a player can tap in a hunt step: the panel's parts and the clues drawn as free rectangles."""
    return [n for n in panel_parts(step.panel) if is_hunt_part(n)] + [f"clue:{c}" for c in rect_clues]
