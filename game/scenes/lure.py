"""The honeypot's lesson: a visitor tapped the attract screen's 领奖 lure, and 锡小朗 explains.

No prize, no scolding: what they just did is what fraudsters count on, and what
to do instead. Its button starts the challenge.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons

CARD = (300, 110, 900, 500)


class LureScene(CentredButtons, Scene):
    name = "lure"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        x, y, w, h = CARD
        self.buttons = ButtonGroup([Button("ok", (x + w - 420, y + h - 96, 380, 72), app.locale("kiosk.teach_ok"),
                                           "primary", 28, icon="▶")])
        self._place(app.viewport.size)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        if self.buttons.handle(intent) == "ok":
            self.app.kiosk.start_run()
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        canvas.box((0, 0, *canvas.size), fill=pal.BLUE_LIGHT)
        page = hud.centred(canvas)
        page.art("characters/xiaolang/pointing_thinking.svg", (40, 150, 260, 520))
        hud.draw_card(page, CARD, pal.WHITE)
        x, y, w, _ = CARD
        title = page.layout(t("kiosk.teach_title"), w - 80, 34, bold=True, max_lines=2)
        page.text_block(title, (x + 40, y + 40), pal.INK, bold=True)
        cy = y + 60 + title.height
        for key in ("kiosk.teach_1", "kiosk.teach_2"):
            block = page.layout(t(key), w - 80, 28, max_lines=3)
            page.text_block(block, (x + 40, cy), pal.INK)
            cy += block.height + 20
        page.text(t("feedback.rule"), (x + 40, cy + 10), 28, pal.BLUE, bold=True)
        self.buttons.draw(canvas)
