"""锡小朗's feedback: a transparent overlay that points at the clue on the panel.

The panel stays visible under a veil with holes at the clues; each clue gets a
ring and a one-line label, and 锡小朗 explains in a card, ending with the rule
停一停 — 核实 — 求助. Closing pops with "feedback_closed".
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

GUIDE_W, GUIDE_H = 210, 420
CARD_W = 440
MIN_CARD_W = 320
EXPRESSIONS = ("neutral", "happy", "thinking", "worried")
LABEL_W = 300


class FeedbackScene(Scene):
    transparent = True
    name = "feedback"

    def __init__(self, app, verdict: str, lines: list[str], expression: str,
                 highlights: list[tuple[Rect, str]], badge: str = "", chosen: str = "") -> None:
        super().__init__()
        self.app = app
        self.verdict = verdict
        self.lines = lines
        self.expression = expression if expression in EXPRESSIONS else "neutral"
        self.highlights = highlights
        self.badge = badge or app.locale(f"verdict.{verdict}")
        self.chosen = app.locale("feedback.you_chose", label=chosen) if chosen else ""
        self.on_left, self.card_w = self._place_card()
        self.label_x = self._place_labels()  # None: the explanations go into the card instead
        x = self._card_x()
        self.buttons = ButtonGroup([Button("close", (x + 24, 624, self.card_w - 48, 64),
                                           app.locale("feedback.continue"), "primary", 26)], main="close")

    # -- where things go (pure geometry, decided once) -------------------------------

    def _place_card(self) -> tuple[bool, float]:
        """The card's side and width: beside the clues, never over one."""
        if not self.highlights:
            return True, CARD_W
        room_left = min(r[0] for r, _ in self.highlights) - 16 - (GUIDE_W - 10)
        room_right = (1280 - GUIDE_W + 10) - (max(r[0] + r[2] for r, _ in self.highlights) + 16)
        if room_left >= CARD_W or (room_right < CARD_W and room_left >= room_right):
            return True, max(MIN_CARD_W, min(CARD_W, room_left))
        return False, max(MIN_CARD_W, min(CARD_W, room_right))

    def _card_x(self) -> float:
        return GUIDE_W - 10 if self.on_left else 1280 - GUIDE_W - self.card_w + 10

    def _card_span(self) -> tuple[float, float]:
        """The horizontal band the card and 锡小朗 take."""
        if self.on_left:
            return 0.0, self._card_x() + self.card_w
        return self._card_x(), 1280.0

    def _place_labels(self) -> float | None:
        """A column for the clue labels beside the clues and clear of the card, if there is one."""
        shown = [r for r, text in self.highlights if text]
        if not shown:
            return None
        span = self._card_span()
        right = max(r[0] + r[2] for r in shown) + 22
        left = min(r[0] for r in shown) - 22 - LABEL_W
        for x in (right, left):
            inside = 4 <= x and x + LABEL_W <= 1276
            clear = x + LABEL_W <= span[0] or x >= span[1]
            if inside and clear:
                return x
        return None

    def handle(self, intent: it.Intent) -> None:
        chosen = self.buttons.handle(intent)
        if chosen == "close" or intent.kind == it.BACK:
            self.app.sounds.play("tap")
            self.app.stack.pop("feedback_closed")
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        canvas.veil((0x1E, 0x1E, 0x2A, 150), [self._grow(r) for r, _ in self.highlights])
        ring = pal.AMBER if self.verdict != "safe" else pal.GREEN
        for rect, _ in self.highlights:
            hud.draw_ring(canvas, rect, ring, 6)
        self._draw_labels(canvas)
        self._draw_guide(canvas)
        self._draw_card(canvas)
        self.buttons.draw(canvas)

    @staticmethod
    def _grow(rect: Rect) -> Rect:
        return (rect[0] - 6, rect[1] - 6, rect[2] + 12, rect[3] + 12)

    def _labelled(self) -> list[tuple[int, Rect, str]]:
        """The clues with an explanation, numbered from the top of the screen."""
        shown = sorted(((r, text) for r, text in self.highlights if text), key=lambda h: h[0][1])
        return [(i, rect, text) for i, (rect, text) in enumerate(shown, start=1)]

    def _draw_labels(self, canvas: Canvas) -> None:
        """Numbered tags in one column beside the clues, each with its one-line explanation."""
        colour = pal.AMBER if self.verdict != "safe" else pal.GREEN
        if self.label_x is None:  # the texts are in the card: number the rings only
            for index, rect, _ in self._labelled():
                self._number(canvas, (rect[0] + rect[2], rect[1]), index)
            return
        x = self.label_x
        on_right = x > self._labelled()[0][1][0]
        y_free = 64.0
        for index, rect, text in self._labelled():
            block = canvas.layout(text, LABEL_W - 60, 21, bold=True, max_lines=3)
            h = block.height + 24
            y = max(y_free, min(rect[1] + rect[3] / 2 - h / 2, 712 - h))
            y_free = y + h + 10
            mid = rect[1] + rect[3] / 2
            start = (rect[0] + rect[2] + 6, mid) if on_right else (rect[0] - 6, mid)
            end = (x, y + h / 2) if on_right else (x + LABEL_W, y + h / 2)
            canvas.line(start, end, colour, 4)
            canvas.circle(start, 7, fill=colour, border=pal.INK, width=2)
            hud.draw_card(canvas, (x, y, LABEL_W, h), pal.CAPTION)
            self._number(canvas, (x + 26, y + h / 2), index)
            canvas.text_block(block, (x + 50, y + 12), pal.INK, bold=True)

    @staticmethod
    def _number(canvas: Canvas, centre, index: int) -> None:
        canvas.circle(centre, 15, fill=pal.INK, border=pal.WHITE, width=2)
        canvas.text(str(index), centre, 20, pal.WHITE, bold=True, anchor="center")

    def _draw_guide(self, canvas: Canvas) -> None:
        pose = "pointing" if self.highlights else "standing"
        art = f"characters/xiaolang/{pose}_{self.expression}.svg"
        if self.on_left:
            canvas.art(art, (0, 720 - GUIDE_H + 20, GUIDE_W, GUIDE_H))
        else:
            canvas.art(art, (1280 - GUIDE_W, 720 - GUIDE_H + 20, GUIDE_W, GUIDE_H), flip=True)

    def _card_text(self, canvas: Canvas):
        """The card's wrapped text and the height it needs."""
        blocks = [canvas.layout(line, self.card_w - 48, 26, max_lines=4) for line in self.lines]
        chosen = canvas.layout(self.chosen, self.card_w - 48, 21, max_lines=2) if self.chosen else None
        notes = [] if self.label_x is not None else [
            (i, canvas.layout(text, self.card_w - 84, 21, bold=True, max_lines=3)) for i, _, text in self._labelled()]
        height = (68 + (chosen.height + 16 if chosen else 0) + sum(b.height + 14 for b in blocks)
                  + sum(b.height + 12 for _, b in notes) + 70 + 84)
        return chosen, blocks, notes, height

    def fits(self, canvas: Canvas) -> bool:
        """Whether all of the card's text shows, uncut, on the screen."""
        chosen, blocks, notes, height = self._card_text(canvas)
        wrapped = blocks + [b for _, b in notes] + ([chosen] if chosen else [])
        return height <= 700 - 72 and all(b.fits for b in wrapped)

    def _draw_card(self, canvas: Canvas) -> None:
        t = self.app.locale
        x = self._card_x()
        chosen, blocks, notes, height = self._card_text(canvas)
        top = max(72, 700 - height)
        card = (x, top, self.card_w, 712 - top)
        hud.draw_card(canvas, card)
        # The tail of 锡小朗's speech points back at him.
        tail_x = x if self.on_left else x + self.card_w
        direction = -1 if self.on_left else 1
        canvas.polygon([(tail_x, 560), (tail_x + direction * 34, 590), (tail_x, 600)], fill=pal.WHITE,
                       border=pal.INK, width=3)
        canvas.box((tail_x - (4 if self.on_left else 0), 563, 4, 34), fill=pal.WHITE)
        y = top + 16
        hud.draw_verdict_badge(canvas, self.verdict, self.badge, (x + 24, y))
        y += 56
        if chosen:
            canvas.text_block(chosen, (x + 24, y), pal.INK_SOFT)
            y += chosen.height + 16
        for block in blocks:
            canvas.text_block(block, (x + 24, y), pal.INK)
            y += block.height + 14
        for index, block in notes:
            self._number(canvas, (x + 39, y + 11), index)
            canvas.text_block(block, (x + 64, y), pal.INK, bold=True)
            y += block.height + 12
        rule = t("feedback.rule")
        canvas.box((x + 24, y + 4, self.card_w - 48, 50), fill=pal.BLUE_LIGHT, border=pal.BLUE, width=3, radius=25)
        canvas.text(rule, (x + self.card_w / 2, y + 29), 24, pal.BLUE, bold=True, anchor="center")
