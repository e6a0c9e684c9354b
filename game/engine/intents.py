"""The one place where raw pygame events become player intents.

Mouse, touch and keyboard all end up as the same few intents. SDL already turns
a touch into a left mouse click, so finger events are ignored here: a tap counts
once, not twice.

The arrow keys are FOCUS_NEXT and FOCUS_PREV, as Tab and Shift+Tab are, with the way
they point on screen in `direction`: a button group may follow the layout (down goes
to the button below), and everything else reads them as the tab order. The digit
keys (main row and keypad) are TYPE with the digit in `char`, for a screen with a
field (the PIN pad); Backspace is BACK with `erases`, so a field rubs out a digit
where every other screen goes back.
"""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.engine.viewport import Viewport

TAP = "tap"
FOCUS_NEXT = "focus_next"
FOCUS_PREV = "focus_prev"
ACTIVATE = "activate"
BACK = "back"
FULLSCREEN = "fullscreen"
QUIT = "quit"
RESIZED = "resized"
TYPE = "type"

UP, DOWN, LEFT, RIGHT = "up", "down", "left", "right"


@dataclass(frozen=True)
class Intent:
    kind: str
    pos: tuple[float, float] | None = None  # logical coordinates, for taps
    direction: str | None = None  # an arrow key's FOCUS_NEXT/PREV: UP, DOWN, LEFT or RIGHT
    char: str = ""  # TYPE: the digit typed
    erases: bool = False  # BACK from Backspace: a field rubs out its last character instead


_KEYS = {
    pygame.K_TAB: FOCUS_NEXT,
    pygame.K_RIGHT: FOCUS_NEXT,
    pygame.K_DOWN: FOCUS_NEXT,
    pygame.K_LEFT: FOCUS_PREV,
    pygame.K_UP: FOCUS_PREV,
    pygame.K_RETURN: ACTIVATE,
    pygame.K_KP_ENTER: ACTIVATE,
    pygame.K_SPACE: ACTIVATE,
    pygame.K_ESCAPE: BACK,
    pygame.K_BACKSPACE: BACK,
    pygame.K_F11: FULLSCREEN,
}


_ARROWS = {pygame.K_UP: UP, pygame.K_DOWN: DOWN, pygame.K_LEFT: LEFT, pygame.K_RIGHT: RIGHT}
_DIGITS = {**{getattr(pygame, f"K_{d}"): str(d) for d in range(10)},
           **{getattr(pygame, f"K_KP_{d}"): str(d) for d in range(10)}}


def intent_for(event: pygame.event.Event, viewport: Viewport) -> Intent | None:
    """The intent an event stands for, or None if it means nothing to the game."""
    if event.type == pygame.QUIT:
        return Intent(QUIT)
    if event.type in (pygame.WINDOWRESIZED, pygame.WINDOWSIZECHANGED, pygame.WINDOWEXPOSED):
        return Intent(RESIZED)
    if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
        return Intent(TAP, viewport.to_logical(*event.pos))
    if event.type == pygame.KEYDOWN:
        kind = _KEYS.get(event.key)
        if kind == FOCUS_NEXT and event.key == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT:
            return Intent(FOCUS_PREV)
        if kind is not None:
            return Intent(kind, direction=_ARROWS.get(event.key), erases=event.key == pygame.K_BACKSPACE)
        if event.key in _DIGITS and not event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
            return Intent(TYPE, char=_DIGITS[event.key])
    return None
