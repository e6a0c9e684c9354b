"""复习错题: replays the moments in the wrong-answer notebook, one after another.

Each moment is the real step (the panel, the decision or hunt, the feedback)
played in a ComicScene in review mode, which reports back whether it was right.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.play.session import Session
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons

CARD = (290, 150, 700, 420)


class ReviewScene(CentredButtons, Scene):
    name = "review"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        # One moment per step: a hunt with three missed clues is replayed once, not three times.
        self.queue = app.notebook_moments()
        self.index = -1
        self.message = ""
        self.right = False
        self.right_count = 0
        t = app.locale
        x, y, w, h = CARD
        self.buttons = ButtonGroup([Button("next", (x + w / 2 - 150, y + h - 96, 300, 68),
                                           t("comic.continue"), "primary", 26, icon="▶")])
        self._place(app.viewport.size)

    def on_enter(self) -> None:
        self._next_moment()

    def _next_moment(self) -> None:
        self.index += 1
        if self.index >= len(self.queue):
            self.message = self.app.locale("notebook.done") if self.queue else self.app.locale("notebook.empty")
            self.buttons.buttons[0].label = self.app.locale("notebook.finish")
            self.dirty = True
            return
        entry = self.queue[self.index]
        level = self.app.level_by_id(entry.level_id)
        moment = self.app.routes.scene("play", level=level, session=Session(level, start=entry.step_id),
                                       review=True)
        self.app.stack.push(moment)

    def on_result(self, result) -> None:
        if isinstance(result, tuple) and result and result[0] == "reviewed":
            _, right, left = result
            t = self.app.locale
            self.right = right
            self.right_count += int(right)
            if left:
                self.message = t("notebook.removed")
            elif right:
                self.message = t("notebook.right_again")
            else:
                self.message = ""
            if not self.message:
                self._next_moment()
        self.dirty = True

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if intent.kind == it.BACK or (chosen == "next" and self.index >= len(self.queue)):
            self.app.routes.home()
        elif chosen == "next":
            self.message = ""
            self._next_moment()
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        hud.draw_page(canvas, "")
        page = hud.centred(canvas)
        hud.draw_page(page, t("notebook.heading"), 60, 40)
        x, y, w, h = CARD
        hud.draw_card(page, CARD, pal.PAPER)
        expression = "happy" if self.right or self.index >= len(self.queue) else "thinking"
        page.art(f"characters/xiaolang/standing_{expression}.svg", (x + 20, y + 40, 160, 320))
        with page.group("card", CARD, "review"):
            if self.queue and self.index < len(self.queue):
                page.text(t("notebook.progress", index=self.index + 1, total=len(self.queue)),
                          (x + 210, y + 40), 26, pal.INK_SOFT, bold=True)
            block = page.layout(self.message, w - 250, 30, bold=True, max_lines=4)
            page.text_block(block, (x + 210, y + 100), pal.GREEN if self.right else pal.INK, bold=True)
            self.buttons.draw(canvas)
