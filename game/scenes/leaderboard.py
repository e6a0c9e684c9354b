"""The kiosk's boards: today's (or all time), three ways to shine, by nickname only.

It goes back to the attract loop by itself after a while, or with 完成.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.kiosk.board import CATEGORIES
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons, shift_buttons

SHOW_FOR = 30.0  # seconds before the booth turns back to the attract loop on its own
ROWS_TOP, ROWS_BOTTOM = 210, 574  # where a card's rows go (its inner bottom, above its edge)
ROW_STEP, ROW_H = 72, 44  # a row every 72, the rank's circle 44 tall: five rows, as by default
MIN_TEXT = 20  # a shrunk row's text stays this big (the layout check's least, read from a step away)


def row_spacing(count: int) -> tuple[float, float]:
    """How far apart `count` rows go, and how much their circle and text shrink (1: not at all),
    so that a longer board (the operator's board_size, up to 10) still fits its card."""
    if count <= 1:
        return ROW_STEP, 1.0
    step = min(ROW_STEP, (ROWS_BOTTOM - ROWS_TOP - ROW_H) / (count - 1))
    return step, min(1.0, step / (ROW_H + 8))


def board_rows(board, category: str, day, size: int, signed) -> list[tuple[int, object, bool]]:
    """A card's rows as (rank, entry, the visitor's own): the board's top `size`, and the run the
    visitor has just put on it (`signed`) marked; below them, with its own rank, when it did not
    make the top."""
    rows = [(rank, entry, entry is signed) for rank, entry in board.top(category, day, size)]
    if signed is not None and not any(theirs for _, _, theirs in rows):
        rank = board.rank(signed, category, day)
        if rank is not None:
            rows.append((rank, signed, True))
    return rows


class LeaderboardScene(CentredButtons, Scene):
    name = "board"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.all_time = False
        self.shown = 0.0
        self.buttons = ButtonGroup(main="done")
        self._build()
        self._place(app.viewport.size)

    def _build(self) -> None:
        t = self.app.locale
        other = t("kiosk.board_today") if self.all_time else t("kiosk.board_all")
        self.buttons.set([Button("done", (900, 620, 330, 80), t("kiosk.done"), "primary", 30, icon="▶"),
                          Button("switch", (50, 620, 300, 80), other, "secondary", 28)], main="done")
        shift_buttons(self.buttons, 0, self.dy)  # made where the design puts them: follow the page

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "switch":
            self.all_time = not self.all_time
            self._build()
        elif chosen == "done":
            self.app.kiosk.end_run()
        self.dirty = True

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        self.shown += dt
        if self.shown >= SHOW_FOR:
            self.app.kiosk.end_run()

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        kiosk = self.app.kiosk.mode
        heading = t("kiosk.board_all") if self.all_time else t("kiosk.board_today")
        hud.draw_page(canvas, heading, 56 + self.dy, 44)
        page = hud.centred(canvas)
        day = self._day()
        for i, category in enumerate(CATEGORIES):
            x = 50 + i * 400
            hud.draw_card(page, (x, 110, 380, 480), pal.WHITE)
            with page.group("card", (x, 110, 380, 480), category):
                self._draw_rows(page, x, category, board_rows(kiosk.board, category, day, kiosk.config.board_size,
                                                              kiosk.signed))
        self.buttons.draw(canvas)

    def _day(self):
        """The day the board shows (None: all time)."""
        return None if self.all_time else self.app.today()

    def _draw_rows(self, page: Canvas, x: float, category: str, rows: list[tuple[int, object, bool]]) -> None:
        t = self.app.locale
        page.text(t(f"kiosk.category_{category}"), (x + 190, 150), 30, pal.BLUE, bold=True, anchor="center")
        if not rows:  # (nobody yet, or nobody with any of this)
            empty = "kiosk.none" if self.app.kiosk.mode.board.entries_of(self._day()) else "kiosk.board_empty"
            page.text(t(empty), (x + 190, 300), 24, pal.INK_SOFT, anchor="center")
        step, k = row_spacing(len(rows))
        size, radius = max(MIN_TEXT, 24 * k), 22 * k
        # A rank of two digits (a long board) gets a pill, not a circle that would cut it; the
        # nicknames all start clear of the widest.
        wides = {rank: page.measure(str(rank), size, True) + 10 for rank, _, _ in rows}
        lead = max([36 * k] + [w / 2 + 8 for w in wides.values()])
        for row, (rank, entry, theirs) in enumerate(rows):
            cy = ROWS_TOP + row * step + 20 * k  # the row's middle
            if theirs:  # the visitor's own run: marked as their nickname was on its card
                half = min(step, ROW_H + 8) / 2
                page.box((x + 12, cy - half, 356, 2 * half), fill=pal.CAPTION, border=pal.INK, width=2, radius=12)
            fill, wide = pal.AMBER if rank == 1 else pal.BLUE_LIGHT, wides[rank]
            if wide <= 2 * radius:
                page.circle((x + 42, cy), radius, fill=fill, border=pal.INK, width=2)
            else:
                page.box((x + 42 - wide / 2, cy - radius, wide, 2 * radius), fill=fill, border=pal.INK, width=2,
                         radius=radius)
            page.text(str(rank), (x + 42, cy), size, pal.INK, bold=True, anchor="center")
            page.text(entry.nickname, (x + 42 + lead, cy), max(MIN_TEXT, 26 * k), pal.INK, bold=True,
                      anchor="midleft")
            page.text(str(getattr(entry, category)), (x + 350, cy), max(MIN_TEXT, 28 * k), pal.INK, bold=True,
                      anchor="midright")
