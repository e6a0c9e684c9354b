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

CARD_X, CARD_W = 150, 980
MIN_H, MAX_H = 420, 640


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
        self.height = min(MAX_H, max(MIN_H, self._content(probe, (CARD_X, 0, CARD_W, 0), dry=True) + 40))
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

    def _content(self, canvas: Canvas, card, dry: bool) -> float:
        """Lay out (and unless dry, draw) the card's text; returns its bottom relative to the card."""
        t = self.app.locale
        safe = self.step.outcome == "safe"
        x, y, w, _ = card
        tx, tw = x + 230, w - 260
        verdict, label = ("safe" if safe else "risky"), t(f"ending.{self.step.outcome}")
        badge_w = canvas.measure(label, 24, True) + 32
        if not dry:
            hud.draw_verdict_badge(canvas, verdict, label, (tx, y + 28))
        title = canvas.layout(self.step.title, tw - badge_w - 20, 34, bold=True, max_lines=2)
        if not dry:
            canvas.text_block(title, (tx + badge_w + 20, y + 30), pal.INK, bold=True)
        cy = y + 40 + max(title.height, 42) + 24
        for line in self.step.text:
            block = canvas.layout(line, tw, 26, max_lines=3)
            if not dry:
                canvas.text_block(block, (tx, cy), pal.INK)
            cy += block.height + 12
        leaked = self.comic.session.leaked_in_order
        if leaked and not safe:
            cy += 10
            if not dry:
                canvas.text(t("ending.leaked_heading"), (tx, cy), 24, pal.RED, bold=True)
            cy += 44
            for kind in leaked:
                harm = self.comic.level.harms.get(kind) or t(f"harms.{kind}")
                chip = t(f"leaks.{kind}")
                cw = canvas.measure(chip, 21, True) + 44
                block = canvas.layout(harm, tw - cw - 16, 22, max_lines=3)
                if not dry:
                    canvas.box((tx, cy, cw, 36), fill=pal.RED_LIGHT, border=pal.RED, width=3, radius=18)
                    canvas.text("! " + chip, (tx + 14, cy + 18), 21, pal.RED, bold=True, anchor="midleft")
                    canvas.text_block(block, (tx + cw + 16, cy + 4), pal.INK)
                cy += max(36, block.height + 8) + 14
        cy += 16
        rule_w = (x + w - 350) - tx  # beside the button, never under it
        rule = canvas.layout(self.comic.level.rule, rule_w - 28, 24, max_lines=3)
        if not dry:
            canvas.text(t("results.rule"), (tx, cy), 22, pal.BLUE, bold=True)
            canvas.box((tx, cy + 34, rule_w, rule.height + 28), fill=pal.BLUE_LIGHT, border=pal.BLUE, width=3,
                       radius=14)
            canvas.text_block(rule, (tx + 14, cy + 48), pal.INK)
        return cy + 34 + rule.height + 28 - y
