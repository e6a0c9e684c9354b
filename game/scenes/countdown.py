"""还在吗？ — the kiosk's countdown over a run nobody has touched for a while.

A tap anywhere (or 继续) means someone is there: the run goes on. When the
countdown runs out the app drops the run and the attract loop returns.
"""
from __future__ import annotations

import math

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons

CARD = (340, 180, 600, 360)


class CountdownScene(CentredButtons, Scene):
    transparent = True
    adaptive = True  # over the comic or the quick round, which keep their tall layouts beneath it
    name = "countdown"

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        x, y, w, h = CARD
        self.buttons = ButtonGroup([Button("resume", (x + 100, y + h - 120, w - 200, 90),
                                           app.locale("kiosk.resume"), "primary", 36, icon="▶")])
        self.shown_seconds = math.ceil(app.kiosk.mode.timer.left)  # (drawn before its first update)
        self._place(app.viewport.size)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        # Any tap or key means someone is there (the app already reset the idle clock).
        if intent.kind in (it.TAP, it.ACTIVATE, it.BACK) or self.buttons.handle(intent) == "resume":
            self.app.stack.pop("resumed")
        self.dirty = True

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        seconds = math.ceil(self.app.kiosk.mode.timer.left)
        if seconds != self.shown_seconds:
            self.shown_seconds = seconds
            self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        canvas.veil((0x1E, 0x1E, 0x2A, 170))
        card = hud.centred(canvas)
        hud.draw_card(card, CARD, pal.PAPER)
        x, y, w, _ = CARD
        card.text(t("kiosk.still_there"), (x + w / 2, y + 70), 48, pal.INK, bold=True, anchor="center")
        card.text(t("kiosk.countdown", seconds=max(0, self.shown_seconds)), (x + w / 2, y + 150), 28,
                  pal.INK_SOFT, bold=True, anchor="center")
        self.buttons.draw(canvas)
