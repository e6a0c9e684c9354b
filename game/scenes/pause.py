"""The pause card (菜单 or Esc): resume, back to the level list, or home."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

CARD = (440, 170, 400, 380)


class PauseScene(Scene):
    transparent = True
    name = "pause"

    def __init__(self, app, level=None) -> None:
        super().__init__()
        self.app = app
        self.level = level
        t = app.locale
        x, y, w, _ = CARD
        self.buttons = ButtonGroup([
            Button("resume", (x + 40, y + 90, w - 80, 64), t("pause.resume"), "primary", 26),
            Button("levels", (x + 40, y + 180, w - 80, 64), t("pause.levels"), "secondary", 26),
            Button("home", (x + 40, y + 270, w - 80, 64), t("pause.home"), "secondary", 26),
        ], main="resume")
        if app.kiosk is not None:  # a booth has no level list; home ends the visitor's run
            self.buttons.set([b for b in self.buttons.buttons if b.id != "levels"], main="resume")

    def handle(self, intent: it.Intent) -> None:
        chosen = self.buttons.handle(intent)
        if chosen == "resume" or intent.kind == it.BACK:
            self.app.stack.pop()
        elif chosen == "levels":
            self.app.routes.go("levels", level_id=self.level.id if self.level else None)
        elif chosen == "home":
            if self.app.kiosk is not None:
                self.app.kiosk.drop_run()
            else:
                self.app.routes.home()
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        canvas.veil((0x1E, 0x1E, 0x2A, 150))
        hud.draw_card(canvas, CARD, pal.PAPER)
        x, y, w, _ = CARD
        canvas.text(self.app.locale("pause.heading"), (x + w / 2, y + 46), 32, pal.INK, bold=True, anchor="center")
        self.buttons.draw(canvas)
