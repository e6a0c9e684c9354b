"""The pause card (菜单 or Esc): resume, back to where the screen came from (a story: the level
list; the 真还是假 round, which starts from the title: home), or home."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons

CARD = (440, 130, 400, 460)  # the card with all four buttons; with fewer it is shorter, and as centred


def card_rect(buttons: int) -> tuple[float, float, float, float]:
    """The card for this many buttons, in the middle of the screen (a booth's two sat high over the
    round's caption)."""
    x, _, w, _ = CARD
    h = 100 + 90 * buttons
    return (x, (720 - h) / 2, w, h)


class PauseScene(CentredButtons, Scene):
    transparent = True
    adaptive = True
    name = "pause"

    def __init__(self, app, level=None, level_list: bool = True) -> None:
        """`level_list=False` over a screen that was not reached through the level list (the
        真还是假 round): the way back is home, and 回到关卡选择 would drop the child on a shelf
        they never came through."""
        super().__init__()
        self.app = app
        self.level = level
        t = app.locale
        labels = {"resume": t("pause.resume"), "levels": t("pause.levels"), "home": t("pause.home"),
                  "settings": t("pause.settings")}
        if app.kiosk is not None:  # a booth has no level list or settings; home ends the visitor's run
            labels = {name: labels[name] for name in ("resume", "home")}
        elif not level_list:
            del labels["levels"]
        x, y, w, _ = self.card = card_rect(len(labels))
        self.buttons = ButtonGroup([  # one under the other, in the card whatever its height
            Button(name, (x + 40, y + 90 + 90 * i, w - 80, 64), label, "primary" if name == "resume" else "secondary",
                   26)
            for i, (name, label) in enumerate(labels.items())], main="resume")
        self._place(app.viewport.size)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "resume" or intent.kind == it.BACK:
            self.app.stack.pop()
        elif chosen == "settings":  # over this card; its Back comes back here
            self.app.stack.push(self.app.routes.scene("settings", overlay=True))
        elif chosen == "levels":
            self.app.routes.go("levels", level_id=self.level.id if self.level else None)
        elif chosen == "home":
            self.app.routes.home()  # at a booth this ends the visitor's run
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        canvas.veil((0x1E, 0x1E, 0x2A, 150))
        card = hud.centred(canvas)
        rect = x, y, w, _ = self.card
        hud.draw_card(card, rect, pal.PAPER)
        with card.group("card", rect, "pause"):
            card.text(self.app.locale("pause.heading"), (x + w / 2, y + 46), 32, pal.INK, bold=True,
                      anchor="center")
            self.buttons.draw(canvas)
