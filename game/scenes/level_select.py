"""The list of levels as a shelf of comic covers, a page at a time; any level can be replayed.

Each card is a level's cover (its opening panel drawn small, see game.ui.cover)
with its number, title, fraud type, the stars the player earned and a 新 mark
while the player has never finished it. Where everything goes is computed for
the logical space first (`shelf_layout`): on 16:9 six covers beside 锡小朗; on
4:3 and 5:4 six larger covers across the width, with 锡小朗 and the page buttons
in a band under them. The layout is made again when the window changes shape.
"""
from __future__ import annotations

from dataclasses import dataclass

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.scenes import Scene
from game.engine.viewport import LOGICAL_H, is_tall
from game.scenes import lookahead
from game.ui import cover, hud
from game.ui.button import Button, ButtonGroup, draw_button

COLUMNS, ROWS = 3, 2
PER_PAGE = COLUMNS * ROWS
BACK: Rect = (24, 20, 130, 52)  # always in the top-left corner


@dataclass(frozen=True)
class Shelf:
    """Where the level list's parts go in one logical space (all in logical units)."""

    size: tuple[float, float]
    heading_y: float
    cards: tuple[Rect, ...]  # the PER_PAGE places of a page, left to right, top to bottom
    boards: tuple[Rect, ...]  # the shelf boards the rows of covers stand on
    prev: Rect
    next: Rect
    page_at: tuple[float, float]  # the centre of 第 1/3 页
    guide: Rect  # 锡小朗
    hint: Rect  # his speech card (its height grows with the text, up to this)
    tail: str  # where the hint's tail points: "down" (16:9) or "right" (tall)
    notice: Rect  # levels left out for problems (for the teacher)


def _rows(top: float, card_w: float, card_h: float, gap_x: float, gap_y: float):
    cards = tuple((40 + c * (card_w + gap_x), top + r * (card_h + gap_y), card_w, card_h)
                  for r in range(ROWS) for c in range(COLUMNS))
    right = 40 + COLUMNS * card_w + (COLUMNS - 1) * gap_x
    boards = tuple((24, top + r * (card_h + gap_y) + card_h + 4, right - 8, 14) for r in range(ROWS))
    return cards, boards, right


def shelf_layout(size: tuple[float, float]) -> Shelf:
    """The level list's layout for a logical space (see game.engine.viewport)."""
    w, h = size
    if not is_tall(size):
        # Six covers, the panel's top 2:1, beside 锡小朗; a 16:10 space gets the same page, centred.
        dy = hud.centre_offset(size)
        cards, boards, right = _rows(94 + dy, 330, cover.card_height(330), 25, 28)
        return Shelf(size, 46 + dy, cards, boards, (40, 640 + dy, 180, 60), (right - 180, 640 + dy, 180, 60),
                     ((40 + right) / 2, 670 + dy), (1100, 360 + dy, 170, 340), (1110, 140 + dy, 150, 190), "down",
                     (760, 18 + dy, 500, 50))
    # 4:3 and 5:4: six larger covers across the width showing the whole panel, and under them a
    # band with the page buttons, 锡小朗 and his hint; 5:4 is the 4:3 page, centred.
    dy = (h - 960) / 2
    top = 92 + dy
    card_h = cover.card_height(384, 16 / 9)
    cards, boards, right = _rows(top, 384, card_h, 24, 28)
    band = top + ROWS * (card_h + 28)
    mid = band + 100
    return Shelf(size, 46, cards, boards, (40, mid - 32, 200, 64), (560, mid - 32, 200, 64), (400, mid),
                 (1130, band, 110, 220), (850, band + 30, 250, 140), "right", (760, 18, 500, 50))


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
        self.shelf = shelf_layout(app.viewport.size)
        self.covers = cover.covers_for(app.assets)
        self._build(f"level:{level_id}" if level_id in ids else None)

    def _place(self, size) -> None:
        """Lay the page out again for a window of another shape; focus stays where it was."""
        if tuple(size) != tuple(self.shelf.size):
            self.shelf = shelf_layout(size)
            self._build(keep_focus=True)

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)

    def prepare(self) -> bool:
        """While the player looks: the first panel of the level the focus is on (the one Enter
        starts), so that starting it only copies the picture."""
        focused = self.buttons.focused_id or ""
        level = self.app.level_by_id(focused.split(":", 1)[1]) if focused.startswith("level:") else None
        key = (focused, self.app.viewport.size, self.app.window.get_size(), id(self.app.window))
        if key != getattr(self, "_ahead_key", None):
            self._ahead_key = key
            self._ahead = lookahead.level_start(self.app, level) if level is not None else iter(())
        return next(self._ahead, False)

    def shown_levels(self) -> list:
        return self.app.levels[self.page * PER_PAGE:(self.page + 1) * PER_PAGE]

    def _build(self, main: str | None = None, keep_focus: bool = False) -> None:
        t, shelf = self.app.locale, self.shelf
        # A card's label is the level's title: what a person (and `drive tap:TITLE`) taps.
        buttons = [Button(f"level:{level.id}", shelf.cards[i], level.title, "part")
                   for i, level in enumerate(self.shown_levels())]
        if self.pages > 1:
            buttons += [Button("prev_page", shelf.prev, t("levels.prev_page"), "secondary", 24, icon="◀"),
                        Button("next_page", shelf.next, t("levels.next_page"), "secondary", 24, icon="▶")]
        buttons.append(Button("back", BACK, t("levels.back"), "quiet", 24))
        if keep_focus:
            self.buttons.set(buttons, keep_focus=True)
        else:
            self.buttons.set(buttons, main=main or (buttons[0].id if buttons else None))

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

    # -- drawing (reads state only; the covers' pictures are cached) -----------------------

    def is_new(self, level) -> bool:
        """新: the player has never finished this level (a play given up halfway counts for nothing)."""
        return self.app.progress.best(level.id) is None

    def face(self, level, number: int) -> cover.CardFace:
        t = self.app.locale
        best = self.app.progress.best(level.id)
        if best is None:
            return cover.CardFace(number, 0, "", t("levels.new_mark"))
        return cover.CardFace(number, best.stars, t("levels.stars", stars=best.stars))

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t, shelf = self.app.locale, self.shelf
        hud.draw_page(canvas, t("levels.heading"), y=shelf.heading_y)
        if not self.app.levels:
            canvas.text(t("errors.no_levels"), (560, shelf.heading_y - 46 + LOGICAL_H / 2), 28, pal.RED,
                        bold=True, anchor="center")
        broken = sum(1 for r in self.app.level_results if r.level is None)
        if broken:  # for the teacher or operator: the details are in `python -m game validate`
            x, y, w, h = shelf.notice
            block = canvas.layout(t("errors.levels_broken", count=broken), w, 20, bold=True, max_lines=2)
            canvas.text_block(block, (x + w - block.width, y + (h - block.height) / 2), pal.RED, bold=True)
        for board in shelf.boards:
            _draw_board(canvas, board)
        for i, level in enumerate(self.shown_levels()):
            self._draw_card(canvas, shelf.cards[i], self.page * PER_PAGE + i + 1, level)
        if self.pages > 1:
            canvas.text(t("levels.page", page=self.page + 1, pages=self.pages), shelf.page_at, 24, pal.INK,
                        bold=True, anchor="center")
        self._draw_guide(canvas)
        for button in self.buttons.buttons:
            if button.style != "part":
                draw_button(canvas, button, self.buttons.focused_id == button.id)

    def _draw_card(self, canvas: Canvas, rect: Rect, number: int, level) -> None:
        picture_size = canvas.real_rect(cover.picture_rect(rect)).size
        picture = self.covers.picture(self.app.assets, level, cover.level_art(self.app, level), picture_size)
        focused = self.buttons.focused_id == f"level:{level.id}"
        cover.draw_card(canvas, rect, level, self.face(level, number), picture, focused)

    def _draw_guide(self, canvas: Canvas) -> None:
        shelf = self.shelf
        canvas.art("characters/xiaolang/pointing_happy.svg", shelf.guide)
        hx, hy, hw, hh = shelf.hint
        lines = 5 if shelf.tail == "down" else 3
        block = canvas.layout(self.app.locale("levels.hint"), hw - 22, 22, bold=True, max_lines=lines)
        card = (hx, hy, hw, block.height + 32)
        hud.draw_card(canvas, card, pal.WHITE)
        if shelf.tail == "down":  # the tail points down at 锡小朗
            tip_y = card[1] + card[3]
            canvas.polygon([(hx + 60, tip_y - 2), (hx + 90, tip_y - 2), (hx + 70, tip_y + 26)],
                           fill=pal.WHITE, border=pal.INK, width=3)
            canvas.box((hx + 62, tip_y - 6, 26, 6), fill=pal.WHITE)
        else:  # beside him: the tail points right, at his face
            tip_x, mid = hx + hw, card[1] + min(card[3] / 2, 40)
            canvas.polygon([(tip_x - 2, mid - 14), (tip_x + 24, mid - 4), (tip_x - 2, mid + 14)],
                           fill=pal.WHITE, border=pal.INK, width=3)
            canvas.box((tip_x - 6, mid - 12, 6, 24), fill=pal.WHITE)
        with canvas.group("hint", card):
            canvas.text_block(block, (hx + 11, hy + 16), pal.INK, bold=True)


def _draw_board(canvas: Canvas, rect: Rect) -> None:
    """A shelf board under a row of covers (drawn first: the covers stand on it)."""
    x, y, w, h = rect
    canvas.shadow(rect, (4, 5), (0x2B, 0x2B, 0x3A, 40), radius=6)
    canvas.box(rect, fill=pal.TEAL, border=pal.INK, width=3, radius=6)
