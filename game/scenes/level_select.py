"""The list of levels as cards (title, fraud type, summary, best stars), a page at a time."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, draw_button, shift_buttons

CARD_W, CARD_H = 340, 220
COLUMNS, ROWS = 3, 2
PER_PAGE = COLUMNS * ROWS
GUIDE_X = 1110  # 锡小朗 and his hint stand in the column right of the cards


def card_rect(index: int) -> tuple[float, float, float, float]:
    """Where the index-th card of a page goes."""
    col, row = index % COLUMNS, index // COLUMNS
    return (40 + col * (CARD_W + 20), 112 + row * (CARD_H + 22), CARD_W, CARD_H)


def page_count(levels: int) -> int:
    return max(1, -(-levels // PER_PAGE))


class LevelSelectScene(Scene):
    name = "level_select"
    adaptive = True

    def __init__(self, app, page: int = 0, level_id: str | None = None) -> None:
        super().__init__()
        self.app = app
        ids = [lv.id for lv in app.levels]
        if level_id in ids:  # open on the page that holds this level (back from its results)
            page = ids.index(level_id) // PER_PAGE
        self.pages = page_count(len(ids))
        self.page = max(0, min(self.pages - 1, page))
        self.buttons = ButtonGroup()
        self.dy = 0.0  # on a taller screen the page is centred (the back button stays in the corner)
        self._build(f"level:{level_id}" if level_id in ids else None)
        self._place(app.viewport.size)

    def _place(self, size) -> None:
        dy = hud.centre_offset(size)
        if dy != self.dy:
            self._move(dy - self.dy)
            self.dy = dy

    def _move(self, dy: float) -> None:
        back = next((b for b in self.buttons.buttons if b.id == "back"), None)
        shift_buttons(self.buttons, 0, dy)
        if back is not None:
            self.buttons.buttons[self.buttons.buttons.index(next(b for b in self.buttons.buttons
                                                                   if b.id == "back"))] = back

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)

    def shown_levels(self) -> list:
        return self.app.levels[self.page * PER_PAGE:(self.page + 1) * PER_PAGE]

    def _build(self, main: str | None = None) -> None:
        t = self.app.locale
        buttons = [Button(f"level:{level.id}", card_rect(i), level.title, "part")
                   for i, level in enumerate(self.shown_levels())]
        if self.pages > 1:
            buttons += [Button("prev_page", (40, 640, 180, 60), t("levels.prev_page"), "secondary", 24, icon="◀"),
                        Button("next_page", (740, 640, 180, 60), t("levels.next_page"), "secondary", 24, icon="▶")]
        buttons.append(Button("back", (24, 20, 130, 52), t("levels.back"), "quiet", 24))
        self.buttons.set(buttons, main=main or (buttons[0].id if buttons else None))
        if self.dy:
            self._move(self.dy)

    def _turn(self, step: int) -> None:
        self.page = (self.page + step) % self.pages
        self._build("next_page" if step > 0 else "prev_page")

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "back" or intent.kind == it.BACK:
            self.app.routes.home()
        elif chosen == "prev_page":
            self._turn(-1)
        elif chosen == "next_page":
            self._turn(1)
        elif chosen and chosen.startswith("level:"):
            level = self.app.level_by_id(chosen.split(":", 1)[1])
            if level is not None:
                self.app.sounds.play("tap")
                self.app.routes.go("play", level=level)
        self.dirty = True

    def on_result(self, result) -> None:
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        hud.draw_page(canvas, "")
        outer, canvas = canvas, hud.centred(canvas)
        hud.draw_page(canvas, t("levels.heading"))
        if not self.app.levels:
            canvas.text(t("errors.no_levels"), (560, 360), 28, pal.RED, bold=True, anchor="center")
        broken = sum(1 for r in self.app.level_results if r.level is None)
        if broken:  # for the teacher or operator: the details are in `python -m game validate`
            block = canvas.layout(t("errors.levels_broken", count=broken), 600, 20, bold=True, max_lines=2)
            canvas.text_block(block, (480, 640), pal.RED, bold=True)
        for i, level in enumerate(self.shown_levels()):
            focused = self.buttons.focused_id == f"level:{level.id}"
            self._draw_card(canvas, card_rect(i), self.page * PER_PAGE + i + 1, level, focused)
        if self.pages > 1:
            canvas.text(t("levels.page", page=self.page + 1, pages=self.pages), (480, 670), 24, pal.INK,
                        bold=True, anchor="center")
        self._draw_guide(canvas)
        for button in self.buttons.buttons:
            if button.style != "part":
                draw_button(outer, button, self.buttons.focused_id == button.id)

    def _draw_guide(self, canvas: Canvas) -> None:
        canvas.art("characters/xiaolang/pointing_happy.svg", (GUIDE_X - 10, 360, 170, 340))
        block = canvas.layout(self.app.locale("levels.hint"), 128, 22, bold=True, max_lines=5)
        card = (GUIDE_X, 140, 150, block.height + 32)
        hud.draw_card(canvas, card, pal.WHITE)
        tip_y = card[1] + card[3]  # the tail points down at 锡小朗
        canvas.polygon([(GUIDE_X + 60, tip_y - 2), (GUIDE_X + 90, tip_y - 2), (GUIDE_X + 70, tip_y + 26)],
                       fill=pal.WHITE, border=pal.INK, width=3)
        canvas.box((GUIDE_X + 62, tip_y - 6, 26, 6), fill=pal.WHITE)
        with canvas.group("hint", card):
            canvas.text_block(block, (GUIDE_X + 11, 156), pal.INK, bold=True)

    def _draw_card(self, canvas: Canvas, rect, number: int, level, focused: bool) -> None:
        with canvas.group("level", rect, level.id):
            self._draw_card_inside(canvas, rect, number, level, focused)

    def _draw_card_inside(self, canvas: Canvas, rect, number: int, level, focused: bool) -> None:
        t = self.app.locale
        x, y, w, h = rect
        hud.draw_card(canvas, rect)
        canvas.box((x, y, w, 58), fill=pal.BLUE, radius=16)
        canvas.box((x, y + 40, w, 18), fill=pal.BLUE)
        canvas.text(f"{number}", (x + 30, y + 29), 28, pal.WHITE, bold=True, anchor="center")
        size = 26 if canvas.measure(level.title, 26, True) <= w - 74 else 21
        canvas.text(level.title, (x + 56, y + 29), size, pal.WHITE, bold=True, anchor="midleft")
        canvas.box((x + 18, y + 70, canvas.measure(level.fraud_type, 20, True) + 24, 34),
                   fill=pal.CAPTION, border=pal.INK, width=2, radius=17)
        canvas.text(level.fraud_type, (x + 30, y + 87), 20, pal.INK, bold=True, anchor="midleft")
        block = canvas.layout(level.summary, w - 36, 22, max_lines=2)
        canvas.text_block(block, (x + 18, y + 116), pal.INK)
        best = self.app.progress.best(level.id)
        label = t("levels.stars", stars=best.stars) if best else t("levels.new")
        stars = best.stars if best else 0
        for s in range(3):
            canvas.text("★" if s < stars else "☆", (x + 30 + s * 34, y + h - 30), 30,
                        pal.AMBER if s < stars else pal.INK_SOFT, bold=True, anchor="center")
        canvas.text(label, (x + w - 18, y + h - 30), 20, pal.INK_SOFT, anchor="midright")
        if focused:
            hud.draw_ring(canvas, rect, pal.BLUE)
