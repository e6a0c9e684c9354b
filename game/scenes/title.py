"""The title screen: start, or review the wrong-answer notebook."""
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
        t = app.locale
        count = len(app.notebook)
        review = t("title.review_count", count=count) if count else t("title.review")
        self.buttons = ButtonGroup([
            Button("start", (500, 440, 280, 76), t("title.start"), "primary", 32, icon="▶"),
            Button("review", (500, 540, 280, 64), review, "secondary", 26),
            Button("quit", (1140, 652, 120, 50), t("title.quit"), "quiet", 22),
        ])
        self.buttons.focus = 0
        self.note = ""

    def handle(self, intent: it.Intent) -> None:
        chosen = self.buttons.handle(intent)
        if chosen == "start":
            from game.scenes.level_select import LevelSelectScene

            self.app.sounds.play("tap")
            self.app.stack.push(LevelSelectScene(self.app))
        elif chosen == "quit":
            self.app.running = False
        elif chosen == "review":
            if len(self.app.notebook):
                from game.scenes.review import ReviewScene

                self.app.stack.push(ReviewScene(self.app))
            else:
                self.note = self.app.locale("title.review_empty")
        self.dirty = True

    def on_result(self, result) -> None:
        self.__init__(self.app)  # the notebook count may have changed

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
            canvas.text(self.note, (640, 640), 24, pal.GREEN, bold=True, anchor="center")
