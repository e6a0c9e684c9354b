"""The ending card: how the story ended and, after a risky path, what the leak allows."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.dry import DryCanvas
from game.engine.scenes import Scene
from game.scenes.coming_in import ComingIn
from game.scenes.pause import PauseScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup
from game.ui.ending_card import MAX_H  # noqa: F401 - by its old name here too
from game.ui.ending_card import CARD_W, CARD_X, EndingWords, ending_words


ENDING_VEIL = (0x1E, 0x1E, 0x2A, 140)


class EndingScene(ComingIn, Scene):
    transparent = True
    adaptive = True
    name = "ending"
    fades = False  # (most of the screen: it comes whole, a frame after the veil)

    def __init__(self, app, comic) -> None:
        super().__init__()
        self.app = app
        self.comic = comic
        self.step = comic.shown
        # The card is as tall as its text: measured once, at the logical size.
        probe = DryCanvas(app.assets)
        self.height = self._words(probe, (CARD_X, 0, CARD_W, 0)).height
        self.card = (CARD_X, (720 - self.height) / 2, CARD_W, self.height)
        self.buttons = ButtonGroup([Button("results", (0, 0, 300, 64), app.locale("comic.results"), "primary", 26,
                                           icon="▶")])
        self._place(app.viewport.size)
        self.begin_coming_in(app)  # (the card comes in over the veil: game.scenes.coming_in)

    def card_for(self, size) -> Rect:
        """Where the card goes in a logical space of `size`: in the middle, whatever its height."""
        return (CARD_X, (size[1] - self.height) / 2, CARD_W, self.height)

    def _place(self, size) -> None:
        """The card in the middle of the screen, whatever its height; its button in its corner."""
        self.card = x, y, w, h = self.card_for(size)
        old = self.buttons.buttons[0]
        if old.rect[:2] != (x + w - 330, y + h - 88):
            self.buttons.set([Button(old.id, (x + w - 330, y + h - 88, 300, 64), old.label, old.style, old.size,
                                     icon=old.icon)], keep_focus=True)

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        self.coming_on(dt)

    def coming_area(self) -> Rect:
        """Where the card comes in: the card and its shadow."""
        x, y, w, h = self.card
        return (x - 4, y - 4, w + 16, h + 16)

    def coming_key(self, canvas: Canvas) -> tuple:
        return (self.card, canvas.scale, tuple(canvas.origin))

    def draw_change(self, canvas: Canvas) -> bool:
        self._place(canvas.size)
        return super().draw_change(canvas)

    def prepare(self) -> bool:
        """While the player reads the card: the results screen its button opens, drawn where
        nobody sees it (its words and buttons are then made)."""
        if getattr(self, "_ahead", None) is None:
            from game.scenes.lookahead import results_after

            self._ahead = results_after(self.app, self.comic)
        return next(self._ahead, False)

    def on_enter(self) -> None:
        self.app.sounds.play("complete" if self.step.outcome == "safe" else "uh_oh")

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        if intent.kind == it.BACK:  # the menu, as on the panel beneath
            self.app.stack.push(PauseScene(self.app, self.comic.level))
        elif self.buttons.handle(intent) == "results":
            self.app.routes.go("results", session=self.comic.session, notebook_added=self.comic.notebook_added)
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        # Not under the card once it is there whole, nor over the panel when the comic drew it
        # veiled already.
        canvas.veil(ENDING_VEIL, under=self.card if self.card_whole(canvas) else None, under_radius=hud.CARD_RADIUS,
                    skip=getattr(self.comic, "veiled", None))
        self.draw_coming(canvas)

    def draw_card(self, canvas: Canvas) -> None:
        """The card, 锡小朗 on it, its words and its button."""
        x, y, w, h = self.card
        hud.draw_card(canvas, self.card, pal.PAPER)
        expression = "happy" if self.step.outcome == "safe" else "worried"
        guide_h = min(400, h - 20)
        canvas.art(f"characters/xiaolang/standing_{expression}.svg", (x + 10 + (400 - guide_h) / 4,
                                                                     y + h - guide_h - 10, guide_h / 2, guide_h))
        with canvas.group("ending", self.card):
            self._content(canvas, self.card, dry=False)
            self.buttons.draw(canvas)

    def _words(self, canvas: Canvas, card, draw: bool = False) -> EndingWords:
        """The card's words laid out (and with `draw`, drawn): see game.ui.ending_card."""
        return ending_words(canvas, self.app.locale, self.step, self.comic.level, self.comic.session.leaked_in_order,
                            card, draw=draw)

    def _content(self, canvas: Canvas, card, dry: bool) -> float:
        """Lay out (and unless dry, draw) the card's text; returns its bottom relative to the card."""
        return self._words(canvas, card, draw=not dry).bottom
