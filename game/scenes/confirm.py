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
from game.ui.button import Button, ButtonGroup, CentredButtons

CARD = (390, 230, 500, 250)


class ConfirmScene(CentredButtons, Scene):
    transparent = True
    adaptive = True
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
        self._place(app.viewport.size)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "yes":
            self.app.stack.pop()
            self.on_yes()
        elif chosen == "no" or intent.kind == it.BACK:
            self.app.stack.pop(None)
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        canvas.veil((0x1E, 0x1E, 0x2A, 150))
        card = hud.centred(canvas)
        hud.draw_card(card, CARD, pal.PAPER)
        x, y, w, _ = CARD
        with card.group("card", CARD, "confirm"):
            block = card.layout(self.question, w - 60, 32, bold=True, max_lines=2)
            card.text_block(block, (x + 30, y + 44), pal.INK, bold=True, align="center", width=w - 60)
            self.buttons.draw(canvas)
