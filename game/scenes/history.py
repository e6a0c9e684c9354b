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
    adaptive = True

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
        self.geo: hud.ComicLayout | None = None
        self.buttons = ButtonGroup()
        self._place(app.viewport.size)

    def _place(self, size) -> None:
        """The comic's frame for this logical space; the buttons in its column (or band)."""
        if self.geo is not None and tuple(self.geo.size) == tuple(size):
            return
        first = self.geo is None
        self.geo = geo = hud.comic_layout(size)
        t = self.app.locale
        x, y, w, h = geo.column
        if geo.tall:
            close = geo.main_button()
            left = close[0] - 16 - 240
            rects = [(left, y, 240, 84), (left, y + h - 84, 240, 84), close]
        else:
            rects = [(x + 4, y + h - 250, w - 8, 64), (x + 4, y + h - 170, w - 8, 64), (x + 4, y + h - 76, w - 8, 72)]
        buttons = [Button("prev", rects[0], t("history.prev"), "secondary", 24, icon="◀"),
                   Button("next", rects[1], t("history.next"), "secondary", 24, icon="▶"),
                   Button("close", rects[2], t("history.close"), "primary", 26)]
        if first:
            self.buttons.set(buttons, main="close")
        else:
            self.buttons.set(buttons, keep_focus=True)

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "prev":
            self.index = max(0, self.index - 1)
        elif chosen == "next":
            self.index = min(len(self.steps) - 1, self.index + 1)
        elif chosen == "close" or intent.kind == it.BACK:
            self.app.stack.pop("history_closed")
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        geo = self.geo
        t = self.app.locale
        hud.draw_background(canvas)
        hud.draw_title(canvas, t("history.heading") + " · " + self.level.title,
                       f"{self.index + 1} / {len(self.steps)}", geo.title_at)
        # (as it stood once this panel was answered: a recap of the first panel shows nothing out yet)
        leaked = self.session.leaked_by(self.steps[self.index]) if self.steps else self.session.leaked
        if geo.tall:
            hud.draw_leak_meter(canvas, leaked, t, geo.meter, "bar", self.level.leak_kinds)
        else:
            hud.draw_leak_meter(canvas, leaked, t, geo.meter, shown=self.level.leak_kinds)
        if not self.steps:
            self.buttons.draw(canvas)
            return
        step = self.level.step(self.steps[self.index])
        hud.draw_framed_panel(canvas.with_art(self.comic.art_roots), step.panel, self.level.persona,
                              self.comic.characters, frame=geo.frame)
        x, y, w, h = geo.column
        card = (x, y, self.buttons.buttons[0].rect[0] - 16 - x, h) if geo.tall else (x, y, w, 300)
        hud.draw_card(canvas, card, pal.BLUE_LIGHT)
        with canvas.group("history", card):
            x, y, w, h = card
            canvas.text(t("history.hint"), (x + 18, y + 16), 21, pal.BLUE, bold=True)
            cy = y + 50
            text = step.prompt or step.title
            if text:
                block = canvas.layout(text, w - 36, 24, bold=True, max_lines=3)
                canvas.text_block(block, (x + 18, cy), pal.INK, bold=True)
                cy += block.height + 12
            for decision in self.session.decisions:
                if decision.step == step.id:
                    label = step.option(decision.option).label
                    colour = pal.VERDICT_COLOURS[decision.verdict]
                    block = canvas.layout(f"{VERDICT_ICONS[decision.verdict]} {label}", w - 36, 22, bold=True,
                                          max_lines=3)
                    canvas.text_block(block, (x + 18, cy), colour, bold=True)
                    cy += block.height + 10
        self.buttons.draw(canvas)
