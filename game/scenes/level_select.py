"""The list of levels as cards: title, fraud type, summary, best stars."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

CARD_W, CARD_H = 360, 230
COLUMNS = 3


def card_rect(index: int) -> tuple[float, float, float, float]:
    col, row = index % COLUMNS, index // COLUMNS
    return (70 + col * (CARD_W + 35), 120 + row * (CARD_H + 30), CARD_W, CARD_H)


class LevelSelectScene(Scene):
    name = "level_select"

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        t = app.locale
        buttons = [Button("back", (24, 20, 130, 52), t("levels.back"), "quiet", 24)]
        for i, level in enumerate(app.levels[:6]):
            buttons.append(Button(f"level:{level.id}", card_rect(i), "", "part"))
        self.buttons = ButtonGroup(buttons)
        self.buttons.focus = 1 if len(buttons) > 1 else 0

    def handle(self, intent: it.Intent) -> None:
        chosen = self.buttons.handle(intent)
        if chosen == "back" or intent.kind == it.BACK:
            self.app.stack.pop()
        elif chosen and chosen.startswith("level:"):
            from game.scenes.comic import ComicScene

            level = self.app.level_by_id(chosen.split(":", 1)[1])
            if level is not None:
                self.app.sounds.play("tap")
                self.app.stack.push(ComicScene(self.app, level))
        self.dirty = True

    def on_result(self, result) -> None:
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        t = self.app.locale
        hud.draw_page(canvas, t("levels.heading"))
        if not self.app.levels:
            canvas.text(t("errors.no_levels"), (640, 360), 28, pal.RED, bold=True, anchor="center")
        broken = sum(1 for r in self.app.level_results if r.level is None)
        if broken:  # for the teacher or operator: the details are in `python -m game validate`
            canvas.text(t("errors.levels_broken", count=broken), (640, 690), 22, pal.RED, bold=True,
                        anchor="center")
        for i, level in enumerate(self.app.levels[:6]):
            rect = card_rect(i)
            focused = self.buttons.focused_id == f"level:{level.id}"
            self._draw_card(canvas, rect, i + 1, level, focused)
        canvas.art("characters/xiaolang/pointing_happy.svg", (1040, 330, 190, 380))
        block = canvas.layout(t("levels.hint"), 300, 24, bold=True, max_lines=3)
        bx = 1050 - block.width - 40  # a speech card right beside 锡小朗, tail toward him
        hud.draw_card(canvas, (bx, 400, block.width + 40, block.height + 32), pal.WHITE)
        canvas.polygon([(bx + block.width + 38, 420), (bx + block.width + 62, 412), (bx + block.width + 38, 440)],
                       fill=pal.WHITE, border=pal.INK, width=3)
        canvas.box((bx + block.width + 35, 423, 5, 15), fill=pal.WHITE)
        canvas.text_block(block, (bx + 20, 416), pal.INK, bold=True)
        back = self.buttons.buttons[0]
        from game.ui.button import draw_button

        draw_button(canvas, back, self.buttons.focused_id == "back")

    def _draw_card(self, canvas: Canvas, rect, number: int, level, focused: bool) -> None:
        t = self.app.locale
        x, y, w, h = rect
        hud.draw_card(canvas, rect)
        canvas.box((x, y, w, 58), fill=pal.BLUE, radius=16)
        canvas.box((x, y + 40, w, 18), fill=pal.BLUE)
        canvas.text(f"{number}", (x + 34, y + 29), 30, pal.WHITE, bold=True, anchor="center")
        canvas.text(level.title, (x + 62, y + 29), 28, pal.WHITE, bold=True, anchor="midleft")
        canvas.box((x + 18, y + 72, canvas.measure(level.fraud_type, 20, True) + 24, 34),
                   fill=pal.CAPTION, border=pal.INK, width=2, radius=17)
        canvas.text(level.fraud_type, (x + 30, y + 89), 20, pal.INK, bold=True, anchor="midleft")
        block = canvas.layout(level.summary, w - 36, 22, max_lines=2)
        canvas.text_block(block, (x + 18, y + 120), pal.INK)
        best = self.app.progress.best(level.id)
        label = t("levels.stars", stars=best.stars) if best else t("levels.new")
        stars = best.stars if best else 0
        for s in range(3):
            canvas.text("★" if s < stars else "☆", (x + 30 + s * 34, y + h - 32), 30,
                        pal.AMBER if s < stars else pal.INK_SOFT, bold=True, anchor="center")
        canvas.text(label, (x + w - 18, y + h - 32), 20, pal.INK_SOFT, anchor="midright")
        if focused:
            hud.draw_ring(canvas, rect, pal.BLUE)
