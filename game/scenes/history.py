"""Re-reading the panels already seen. Read-only: answers given stay given."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

VERDICT_ICONS = {"safe": "✓", "risky": "!", "too_suspicious": "?"}


class HistoryScene(Scene):
    name = "history"

    def __init__(self, app, comic) -> None:
        super().__init__()
        self.app = app
        self.level = comic.level
        self.session = comic.session
        self.comic = comic
        # Every panel seen so far; steps that show the same panel in a row (a hunt,
        # then a decision on it) count once, as the later step, which holds the answer.
        self.steps: list[str] = []
        for step_id in self.session.history:
            panel = self.level.step(step_id).panel
            if panel is None:
                continue
            if self.steps and self.level.step(self.steps[-1]).panel == panel:
                self.steps[-1] = step_id
            else:
                self.steps.append(step_id)
        self.index = max(0, len(self.steps) - 1)
        t = app.locale
        x, y, w, h = hud.COLUMN
        self.buttons = ButtonGroup([
            Button("prev", (x + 4, y + h - 250, w - 8, 64), t("history.prev"), "secondary", 24, icon="◀"),
            Button("next", (x + 4, y + h - 170, w - 8, 64), t("history.next"), "secondary", 24, icon="▶"),
            Button("close", (x + 4, y + h - 76, w - 8, 72), t("history.close"), "primary", 26),
        ], main="close")

    def handle(self, intent: it.Intent) -> None:
        chosen = self.buttons.handle(intent)
        if chosen == "prev":
            self.index = max(0, self.index - 1)
        elif chosen == "next":
            self.index = min(len(self.steps) - 1, self.index + 1)
        elif chosen == "close" or intent.kind == it.BACK:
            self.app.stack.pop("history_closed")
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        t = self.app.locale
        hud.draw_background(canvas)
        hud.draw_title(canvas, t("history.heading") + " · " + self.level.title,
                       f"{self.index + 1} / {len(self.steps)}")
        if not self.steps:
            self.buttons.draw(canvas)
            return
        step = self.level.step(self.steps[self.index])
        hud.draw_framed_panel(canvas.with_art(self.comic.art_roots), step.panel, self.level.persona,
                              self.comic.characters)
        x, y, w, _ = hud.COLUMN
        hud.draw_card(canvas, (x, y, w, 300), pal.BLUE_LIGHT)
        canvas.text(t("history.hint"), (x + 18, y + 16), 21, pal.BLUE, bold=True)
        cy = y + 56
        text = step.prompt or step.title
        if text:
            block = canvas.layout(text, w - 36, 24, bold=True, max_lines=3)
            canvas.text_block(block, (x + 18, cy), pal.INK, bold=True)
            cy += block.height + 16
        for decision in self.session.decisions:
            if decision.step == step.id:
                label = step.option(decision.option).label
                colour = pal.VERDICT_COLOURS[decision.verdict]
                block = canvas.layout(f"{VERDICT_ICONS[decision.verdict]} {label}", w - 36, 22, bold=True,
                                      max_lines=3)
                canvas.text_block(block, (x + 18, cy), colour, bold=True)
                cy += block.height + 10
        hud.draw_leak_meter(canvas, self.session.leaked, t, shown=self.level.leak_kinds)
        self.buttons.draw(canvas)
