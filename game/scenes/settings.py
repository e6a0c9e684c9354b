"""The settings screen (设置): one row per setting, its choices side by side.

Reached from the title (a route) and from the pause menu (pushed over it, as an
overlay that pops back). A tap takes effect at once and is saved
(`game.classroom.settings`); the rows marked ● follow the student's seat, the
others belong to the PC. The language row is left out over a level in progress:
a story cannot change language half way through.
"""
from __future__ import annotations

from game.classroom.settings import CHOICES, PER_PROFILE
from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

ROWS = ("sound", "volume", "text_size", "high_contrast", "reduced_motion", "text_speed", "fullscreen", "language")
TOP, ROW_H, ROW_GAP = 104, 56, 8
LABEL_X, CHOICES_X, CHOICES_W, CHOICE_GAP = 160, 500, 640, 10
MARK = "●"


def centre_offset(size) -> float:
    """How far this 1280x720 design moves down to sit in the middle of a taller space (5:4, 4:3)."""
    return max(0.0, (size[1] - 720) / 2)


def choice_label(t, key: str, value) -> str:
    """How a choice is shown: 开/关, 40%, 标准, 中文 …"""
    if key == "volume":
        return t("settings.percent", percent=value)
    if isinstance(value, bool):
        return t("settings.on") if value else t("settings.off")
    prefix = {"text_size": "size_", "text_speed": "speed_", "language": "lang_"}[key]
    return t(f"settings.{prefix}{value}")


class SettingsScene(Scene):
    name = "settings"
    adaptive = True

    def __init__(self, app, overlay: bool = False) -> None:
        super().__init__()
        self.app = app
        self.overlay = overlay  # pushed over the pause menu: Back pops back to it
        self.rows = tuple(r for r in ROWS if not (overlay and r == "language"))
        self.buttons = ButtonGroup()
        self.dy = centre_offset(app.viewport.size)
        self._build()

    def _place(self, size) -> None:
        if centre_offset(size) != self.dy:
            self.dy = centre_offset(size)
            self._build(self.buttons.focused_id)

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        if self.shown() != self._built:  # changed from elsewhere: F11 while this screen is up
            self._build(self.buttons.focused_id)

    def row_top(self, index: int) -> float:
        return TOP + self.dy + index * (ROW_H + ROW_GAP) + (ROW_H + ROW_GAP) / 2 * (len(ROWS) - len(self.rows))

    def current(self, key: str):
        """What is in effect now (the window as F11 or --fullscreen left it, --reduced-motion)."""
        return self.app.in_effect(key)

    def shown(self) -> tuple:
        return tuple(self.current(key) for key in self.rows)

    def _build(self, main: str | None = None) -> None:
        t = self.app.locale
        buttons = []
        self._built = self.shown()
        for i, key in enumerate(self.rows):
            values = CHOICES[key]
            w = (CHOICES_W - (len(values) - 1) * CHOICE_GAP) / len(values)
            for k, value in enumerate(values):
                style = "primary" if value == self.current(key) else "secondary"
                buttons.append(Button(f"{key}:{value}", (CHOICES_X + k * (w + CHOICE_GAP), self.row_top(i), w, ROW_H),
                                      choice_label(t, key, value), style, 22, lines=1))
        buttons.append(Button("back", (24, 20, 130, 52), t("settings.back"), "quiet", 24))
        chosen = [f"{self.rows[0]}:{self.current(self.rows[0])}"]
        self.buttons.set(buttons, keep_focus=main is not None, main=main or chosen[0])
        if main is not None:  # a tap moves the focus ring to the choice just made (a mouse leaves it elsewhere)
            self.buttons.focus_on(main)
        self.dirty = True

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        self.dirty = True
        if chosen == "back" or intent.kind == it.BACK:
            if self.overlay:
                self.app.stack.pop()
            else:
                self.app.routes.home()
            return
        if not chosen or ":" not in chosen:
            return
        key, raw = chosen.split(":", 1)
        value = next(v for v in CHOICES[key] if str(v) == raw)
        if value == self.current(key):
            return
        self.app.sounds.play("tap")
        self.app.choose_setting(key, value)
        self._build(chosen)

    def draw(self, canvas: Canvas) -> None:
        t = self.app.locale
        dy = self.dy
        hud.draw_page(canvas, t("settings.heading"), y=46 + dy)
        for i, key in enumerate(self.rows):
            y = self.row_top(i) + ROW_H / 2
            if key in PER_PROFILE:
                canvas.text(MARK, (LABEL_X - 14, y), 20, pal.BLUE, anchor="midright")
            canvas.text(t(f"settings.{key}"), (LABEL_X, y), 26, pal.INK, bold=True, anchor="midleft")
        self.buttons.draw(canvas)
        if self.app.settings_problem:
            block = canvas.layout(t("settings.save_failed"), 1000, 20, bold=True, max_lines=2)
            canvas.text_block(block, (140, 640 + dy), pal.RED, bold=True, align="center", width=1000)
        else:  # what the marked rows mean: "● follows your seat; the others belong to this PC"
            note = t("settings.personal" if self.app.profile is not None else "settings.personal_none")
            block = canvas.layout(note, 960, 20, max_lines=1)
            left = 640 - (block.width + 28) / 2
            canvas.text(MARK, (left, 660 + dy), 20, pal.BLUE, anchor="midleft")
            canvas.text_block(block, (left + 28, 660 + dy - block.size / 2), pal.INK_SOFT)
        if self.app.profile is not None:
            canvas.text(self.app.profile_name(), (1256, 46 + dy), 22, pal.INK_SOFT, bold=True, anchor="midright")
