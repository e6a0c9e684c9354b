"""`python -m game drive ACTION...`: the real game, headless, driven by a script of actions.

Authors check a flow with it and tests walk every route with it. It starts on the
title and runs each action as a person would (waiting until a new screen's
buttons take presses), then prints one JSON line:

    {"action", "ok", "screen", "stack": [bottom..top], "buttons": [labels], "focus", "running"}

Actions:
    tap:X          press the visible button whose label (or else id) is X
    double:X       press X, then the same spot again 0.1 s later (a quick double tap)
    key:NAME       a key: escape, return, space, tab, shift+tab, up, down, left, right, 1, keypad 1, f11, ...
    idle:SECONDS   let the game's clock run with no input (no real waiting)
    shot:FILE.png  save what the screen shows (making its folder if there is none)

It exits 1 with a message when an action cannot be done.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import pygame

from game.app import App
from game.pilot import Pilot, PilotError

IDLE_STEP = 0.1  # seconds of game time per frame while idling
DOUBLE_TAP_GAP = 0.1


class DriveError(RuntimeError):
    pass


def state(app: App, pilot: Pilot, action: str, ok: bool) -> dict[str, Any]:
    top = app.stack.top
    group = getattr(top, "buttons", None)
    buttons = pilot.buttons() if top is not None else []
    focus = None
    if group is not None and group.focused_id is not None:
        focus = group.label_of(group.focused_id) or group.focused_id
    return {
        "action": action, "ok": ok,
        "screen": top.name if top is not None else None,
        "stack": [scene.name for scene in app.stack.scenes],
        "buttons": [label or button_id for button_id, label in buttons],
        "focus": focus,
        "running": app.running,
    }


def key_event(name: str) -> tuple[int, int]:
    """A key name (as pygame spells it, with an optional shift+/ctrl+/alt+) to a key and modifiers."""
    mod = 0
    parts = name.lower().split("+")
    for part in parts[:-1]:
        mods = {"shift": pygame.KMOD_SHIFT, "ctrl": pygame.KMOD_CTRL, "alt": pygame.KMOD_ALT}
        if part not in mods:
            raise DriveError(f"unknown modifier '{part}' in key:{name}; use shift+, ctrl+ or alt+")
        mod |= mods[part]
    key = {"enter": "return", "esc": "escape"}.get(parts[-1], parts[-1])
    try:
        return pygame.key.key_code(key), mod
    except ValueError:
        raise DriveError(f"unknown key '{name}'; try escape, return, space, tab, shift+tab, up, down") from None


def perform(app: App, pilot: Pilot, action: str) -> None:
    verb, _, arg = action.partition(":")
    if not app.running:
        raise DriveError(f"the game has ended; cannot {action}")
    if verb == "tap":
        pilot.click(pilot.find(arg))
    elif verb == "double":
        x, y = pilot.point_of(pilot.find(arg))
        pilot.until_armed()
        pilot.tap_real(x, y)
        app.frame(DOUBLE_TAP_GAP, [])
        pilot.tap_real(x, y)
    elif verb == "key":
        pilot.key(*key_event(arg))
    elif verb == "idle":
        try:
            seconds = float(arg)
        except ValueError:
            raise DriveError(f"idle takes seconds, e.g. idle:45, not {arg!r}") from None
        while seconds > 1e-9:
            step = min(IDLE_STEP, seconds)
            app.frame(step, [])
            seconds -= step
        return
    elif verb == "shot":
        if not arg.lower().endswith(".png"):
            raise DriveError(f"shot needs a .png file name, not {arg!r}")
        folder = Path(arg).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)  # as `screenshot --out` makes its folder
            pilot.save(arg)
        except (OSError, pygame.error) as error:
            file = next((f for f in (folder, *folder.parents) if f.is_file()), None)
            reason = f"{file} is a file, not a folder" if file else getattr(error, "strerror", None) or str(error)
            raise DriveError(f"cannot save the picture to {arg}: {reason}") from None
        return
    else:
        raise DriveError(f"unknown action '{action}'; use tap:X, double:X, key:NAME, idle:SECONDS or shot:FILE.png")
    pilot.settle()


def run(app: App, actions: list[str], out: TextIO | None = None) -> int:
    """Drive the game from the title through `actions`; print a JSON line after each."""
    out = out if out is not None else sys.stdout
    pilot = Pilot(app)
    app.routes.home()
    app.stack.apply()
    pilot.settle()
    for action in actions:
        try:
            perform(app, pilot, action)
        except (DriveError, PilotError) as error:
            print(json.dumps(state(app, pilot, action, False), ensure_ascii=False), file=out)
            print(f"error: {action}: {error}", file=sys.stderr)
            return 1
        print(json.dumps(state(app, pilot, action, True), ensure_ascii=False), file=out)
    return 0
