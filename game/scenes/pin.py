"""The PIN pad: an on-screen keypad (a booth has no keyboard).

For the booth's operator (no `pin` given) the right PIN opens the operator
screen; three wrong ones go back to the attract loop. Asked with a `pin` (the
teacher screen), it pops with True for the right PIN and False when cancelled
or after three wrong ones, for the screen that pushed it. Digits are shown as
dots.

A keyboard works too: the digit keys type, Backspace rubs out and Enter confirms
(typing moves the focus to 确定). Esc cancels, as 取消 does.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok")
TRIES = 3


class PinScene(CentredButtons, Scene):
    name = "pin"
    adaptive = True

    def __init__(self, app, pin: str | None = None, heading: str | None = None) -> None:
        super().__init__()
        self.app = app
        self.pin = pin
        self.heading = heading
        self.entered = ""
        self.wrong = 0
        t = app.locale
        labels = {"delete": t("kiosk.pin_delete"), "ok": t("kiosk.pin_ok")}
        buttons = []
        for i, key in enumerate(KEYS):
            col, row = i % 3, i // 3
            buttons.append(Button(f"key:{key}", (460 + col * 126, 200 + row * 104, 110, 90), labels.get(key, key),
                                  "primary" if key == "ok" else "secondary", 34 if key.isdigit() else 24))
        buttons.append(Button("cancel", (40, 30, 160, 64), t("kiosk.pin_cancel"), "quiet", 24))
        self.buttons = ButtonGroup(buttons, main="key:1")
        self._place(app.viewport.size)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if intent.kind == it.TYPE or (intent.kind == it.BACK and intent.erases):
            # Typed, not pressed on the pad: Enter should now confirm, wherever the focus was.
            self._press(intent.char or "delete")
            self.buttons.focus_on("key:ok")
        elif chosen == "cancel" or intent.kind == it.BACK:
            self._leave(False)
        elif chosen and chosen.startswith("key:"):
            self._press(chosen[4:])
        self.dirty = True

    def _press(self, key: str) -> None:
        if key == "delete":
            self.entered = self.entered[:-1]
        elif key == "ok":
            if self.entered == (self.pin if self.pin is not None else self.app.kiosk.config.pin):
                self._leave(True)
                return
            self.wrong += 1
            self.entered = ""
            if self.wrong >= TRIES:
                self._leave(False)
        elif len(self.entered) < 8:
            self.entered += key

    def _leave(self, right: bool) -> None:
        if self.pin is not None:
            self.app.stack.pop(right)
        elif right:
            self.app.routes.go("operator")
        else:
            self.app.routes.home()

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        hud.draw_page(canvas, self.heading or t("kiosk.pin_heading"), 70 + self.dy, 36)
        page = hud.centred(canvas)
        page.box((460, 120, 362, 64), fill=pal.WHITE, border=pal.INK, width=3, radius=14)
        page.text("●" * len(self.entered), (641, 152), 32, pal.INK, bold=True, anchor="center")
        if self.wrong:
            page.text(t("kiosk.pin_wrong"), (640, 640), 26, pal.RED, bold=True, anchor="center")
        self.buttons.draw(canvas)
