"""The end of a kiosk run: a generated nickname for the board, never a typed name.

The visitor may ask for another nickname a few times, put the run on the board,
or leave it off; then the board shows.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.kiosk.nicknames import Nicknames
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons, shift_buttons

CARD = (240, 90, 800, 540)


class NicknameScene(CentredButtons, Scene):
    name = "nickname"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        t = app.locale
        self.names = Nicknames(t.words("kiosk.nick_adjectives"), t.words("kiosk.nick_animals"), app.rng)
        self.buttons = ButtonGroup(main="sign", repeats=False)  # (a double tap on 换一个 uses one re-roll)
        self._build()
        self._place(app.viewport.size)

    def _build(self) -> None:
        t = self.app.locale
        x, y, w, h = CARD
        left = self.names.rerolls_left
        reroll = t("kiosk.reroll", left=left) if left else t("kiosk.reroll_none")
        self.buttons.set([
            Button("sign", (x + 60, y + h - 110, 330, 80), t("kiosk.sign"), "primary", 32, icon="★"),
            Button("skip", (x + w - 390, y + h - 110, 330, 80), t("kiosk.skip"), "secondary", 28),
            Button("reroll", (x + 160, y + 290, w - 320, 70), reroll, "secondary", 26),
        ], keep_focus=True, main="sign")
        shift_buttons(self.buttons, 0, self.dy)  # made where the design puts them: follow the card

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "reroll" and self.names.rerolls_left:
            self.names.reroll()
            self._build()
        elif chosen == "sign":
            self.app.kiosk.mode.sign(self.names.current)
            self.app.routes.go("board")
        elif chosen == "skip":
            self.app.routes.go("board")
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        canvas.box((0, 0, *canvas.size), fill=pal.GUTTER)
        card = hud.centred(canvas)
        hud.draw_card(card, CARD, pal.PAPER)
        x, y, w, _ = CARD
        result = self.app.kiosk.mode.result
        card.text(t("kiosk.nickname_heading"), (x + w / 2, y + 56), 36, pal.INK, bold=True, anchor="center")
        if result is not None:
            card.text(t("kiosk.your_score", score=result.score), (x + w / 2, y + 112), 28, pal.BLUE, bold=True,
                      anchor="center")
        card.box((x + 160, y + 160, w - 320, 100), fill=pal.CAPTION, border=pal.INK, width=3, radius=20)
        card.text(self.names.current, (x + w / 2, y + 210), 48, pal.INK, bold=True, anchor="center")
        card.text(t("kiosk.nickname_hint"), (x + w / 2, y + 392), 22, pal.INK_SOFT, anchor="center")
        self.buttons.draw(canvas)
