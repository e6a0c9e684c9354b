"""The title screen: start, review the wrong-answer notebook, or (confirmed) quit."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup


class TitleScene(Scene):
    name = "title"

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.note = ""
        self.buttons = ButtonGroup(self._buttons(), main="start", wrap=False)

    def _buttons(self) -> list[Button]:
        t = self.app.locale
        count = self.app.notebook_count()
        review = t("title.review_count", count=count) if count else t("title.review")
        return [
            Button("start", (500, 396, 280, 76), t("title.start"), "primary", 32, icon="▶"),
            Button("quick", (500, 492, 280, 64), t("quick.button"), "secondary", 26),
            Button("review", (500, 576, 280, 64), review, "secondary", 26),
            Button("quit", (1140, 652, 120, 50), t("title.quit"), "quiet", 22),
        ]

    def handle(self, intent: it.Intent) -> None:
        chosen = self.buttons.handle(intent)
        if chosen == "start":
            self.app.sounds.play("tap")
            self.app.routes.go("levels")
        elif chosen == "quick":
            self.app.sounds.play("tap")
            self.app.routes.go("quick")
        elif chosen == "quit" or intent.kind == it.BACK:
            self.app.ask_to_quit()
        elif chosen == "review":
            if self.app.notebook_count():
                self.app.routes.go("review")
            else:
                self.note = self.app.locale("title.review_empty")
        self.dirty = True

    def on_result(self, result) -> None:
        # Back from a card on top: the notebook count may have changed meanwhile.
        self.buttons.set(self._buttons(), keep_focus=True)
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        t = self.app.locale
        canvas.art("backgrounds/street.svg", (0, 0, 1280, 720))
        canvas.veil((0xFF, 0xFD, 0xF7, 120))
        canvas.art("characters/xiaoqing/phone_happy.svg", (120, 180, 270, 540))
        canvas.art("characters/xiaolang/pointing_happy.svg", (890, 170, 275, 550))
        hud.draw_card(canvas, (390, 70, 500, 300), pal.PAPER)
        canvas.text(t("game.title"), (640, 170), 60, pal.BLUE, bold=True, anchor="center")
        canvas.text(t("game.subtitle"), (640, 262), 28, pal.INK, anchor="center")
        canvas.box((470, 310, 340, 6), fill=pal.PINK, radius=3)
        self.buttons.draw(canvas)
        if self.note:
            canvas.text(self.note, (640, 672), 24, pal.GREEN, bold=True, anchor="center")
