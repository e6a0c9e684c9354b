"""A yes-or-no card over the current screen, for a step that cannot be undone (quitting).

The safe answer is focused. On yes the card pops and calls `on_yes` (the one
who asked gave it, as with Textual's push_screen callback); on no or Esc it
just pops, and the screen below goes on as it was.
"""
from __future__ import annotations

from typing import Callable

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

CARD = (390, 230, 500, 250)


class ConfirmScene(Scene):
    transparent = True
    name = "confirm"

    def __init__(self, app, question: str, yes: str, no: str, on_yes: Callable[[], None]) -> None:
        super().__init__()
        self.app = app
        self.on_yes = on_yes
        self.question = question
        x, y, w, h = CARD
        # "No" first and focused: Enter, Space or a second tap never confirms by accident.
        self.buttons = ButtonGroup([
            Button("no", (x + 30, y + h - 100, 210, 68), no, "primary", 26),
            Button("yes", (x + w - 240, y + h - 100, 210, 68), yes, "secondary", 26),
        ], main="no", wrap=False)

    def handle(self, intent: it.Intent) -> None:
        chosen = self.buttons.handle(intent)
        if chosen == "yes":
            self.app.stack.pop()
            self.on_yes()
        elif chosen == "no" or intent.kind == it.BACK:
            self.app.stack.pop(None)
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        canvas.veil((0x1E, 0x1E, 0x2A, 150))
        hud.draw_card(canvas, CARD, pal.PAPER)
        x, y, w, _ = CARD
        block = canvas.layout(self.question, w - 60, 32, bold=True, max_lines=2)
        canvas.text_block(block, (x + 30, y + 44), pal.INK, bold=True, align="center", width=w - 60)
        self.buttons.draw(canvas)
