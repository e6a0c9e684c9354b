"""Driving the real game headless: tap things by id, let frames pass.

Tests, `autoplay` and `screenshot` use this. A tap goes in as a real pygame
mouse event at the target's centre and through the one intent layer, so the
scenes are exercised exactly as a player's clicks would.
"""
from __future__ import annotations

import pygame

from game.app import App
from game.engine.intents import intent_for
from game.ui.button import ARM_TIME

FRAME_DT = 1 / 60


class PilotError(RuntimeError):
    pass


class Pilot:
    """`lookahead`: once a screen is still, let it prepare what may come next, as the real
    loop does while a player reads (`App.prepare`)."""

    def __init__(self, app: App, lookahead: bool = False) -> None:
        self.app = app
        self.lookahead = lookahead

    @property
    def top(self):
        return self.app.stack.top

    def frames(self, count: int = 1) -> None:
        for _ in range(count):
            self.app.frame(FRAME_DT, [])

    def settle(self, limit: int = 600) -> None:
        """Let frames pass until nothing animates (or `limit` frames)."""
        for _ in range(limit):
            self.app.frame(FRAME_DT, [])
            if not self.app.animating():
                break
        while self.lookahead and self.app.prepare():
            pass

    def targets(self) -> dict:
        self.app.draw(force=True)  # hit areas are known once the screen has been laid out
        return self.top.targets() if self.top else {}

    def until_armed(self) -> None:
        """Wait as a person would before pressing: until the screen's buttons take presses."""
        group = getattr(self.top, "buttons", None)
        if group is not None and not group.armed:
            self.app.frame(ARM_TIME - group.age + 1e-6, [])

    def buttons(self) -> list[tuple[str, str]]:
        """The top screen's buttons as (id, visible label), in focus order."""
        self.targets()
        group = getattr(self.top, "buttons", None)
        return [(b.id, b.label) for b in group.buttons] if group is not None else []

    def find(self, name: str) -> str:
        """The id of the button whose visible label (or else id) is `name`."""
        buttons = self.buttons()
        for button_id, label in buttons:
            if label == name:
                return button_id
        for button_id, _ in buttons:
            if button_id == name:
                return button_id
        shown = ", ".join(label or button_id for button_id, label in buttons)
        raise PilotError(f"no button '{name}' on {self.top.name if self.top else 'no screen'}; there is: {shown}")

    def point_of(self, target: str) -> tuple[int, int]:
        rect = self.targets().get(target)
        if rect is None:
            raise PilotError(f"no '{target}' on {self.top.name}; there is: {', '.join(self.targets())}")
        x, y = self.app.viewport.to_real(rect[0] + rect[2] / 2, rect[1] + rect[3] / 2)
        return int(x), int(y)

    def click(self, target: str) -> None:
        point = self.point_of(target)
        self.until_armed()
        self.tap_real(*point)

    def tap_real(self, x: int, y: int) -> None:
        event = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1, touch=False)
        intent = intent_for(event, self.app.viewport)
        self.app.frame(FRAME_DT, [intent] if intent else [])

    def key(self, key: int, mod: int = 0) -> None:
        self.until_armed()
        event = pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)
        intent = intent_for(event, self.app.viewport)
        self.app.frame(FRAME_DT, [intent] if intent else [])

    def save(self, path) -> None:
        self.app.draw(force=True)
        pygame.image.save(self.app.window, str(path))
