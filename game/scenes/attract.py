"""The kiosk's attract loop: the game shows itself until a visitor taps the screen.

Panels of the levels slide by under a big 点击屏幕开始挑战. The whole screen is
one button; a tempting 扫码领奖 lure sits in a corner (a visitor who taps it gets
a friendly lesson instead of a prize), and the top-left corner counts the
operator's five taps that open the PIN pad. On a taller screen (4:3, 5:4) the
slides, the card and the lure are centred, the start button still covers the
whole screen and the operator's corner stays at its top-left. Redraws are slow
and few: a booth idles here for hours.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup

SLIDE_TIME = 5.0  # seconds each panel shows
FADE = 0.4
PULSE = 0.5  # the call to action breathes at this step
CORNER = (0, 0, 90, 90)  # the screen's own top-left corner, whatever its shape
OPERATOR_TAPS, OPERATOR_WINDOW = 5, 4.0
LURE = (1010, 40, 240, 150)  # on the 1280x720 design


class AttractScene(Scene):
    name = "attract"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.panels = [s.panel for lv in app.levels for s in lv.steps if s.panel is not None and not s.panel_from]
        self.slide = 0
        self.clock = 0.0
        self.pulse = 0
        self.corner_taps: list[float] = []
        self.placed_for: tuple[float, float] | None = None  # the logical space the buttons are placed for
        self.buttons = ButtonGroup(main="start")
        self._place(app.viewport.size)

    def _place(self, size) -> None:
        """The buttons for a logical space: the design's lure moves with it, start and corner do not."""
        if size == self.placed_for:
            return
        self.placed_for = size
        t = self.app.locale
        x, y, w, h = LURE
        buttons = [Button("start", (0, 0, *size), t("kiosk.start"), "part"),
                   Button("corner", CORNER, "", "part")]
        if self.app.kiosk.config.honeypot:
            buttons.insert(1, Button("lure", (x, y + hud.centre_offset(size), w, h), t("kiosk.lure"), "part"))
        self.buttons.set(buttons, keep_focus=True, main="start")

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "corner":
            self.corner_taps = [c for c in self.corner_taps if self.clock - c < OPERATOR_WINDOW] + [self.clock]
            if len(self.corner_taps) >= OPERATOR_TAPS:
                self.corner_taps = []
                self.app.routes.go("pin")
        elif chosen == "lure":
            self.app.kiosk.mode.honeypot()
            self.app.routes.go("lure")
        elif chosen == "start":
            self.app.sounds.play("tap")
            self.app.kiosk.start_run()
        self.dirty = True

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        before = (self.slide, self.pulse, self._fading())
        self.clock += dt
        if self.panels:
            self.slide = int(self.clock // SLIDE_TIME) % len(self.panels)
        self.pulse = int(self.clock // PULSE) % 2
        if (self.slide, self.pulse, self._fading()) != before or self._fading():
            self.dirty = True

    def _fading(self) -> bool:
        return bool(self.panels) and self.clock % SLIDE_TIME < FADE

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        canvas.box((0, 0, *canvas.size), fill=pal.GUTTER)
        page = hud.centred(canvas)
        if self.panels:
            panel = self.panels[self.slide]
            frame = (90, 40, 1100, 619)
            hud.draw_framed_panel(page, panel, self.app.levels[0].persona, self.app.characters, frame=frame)
            if self._fading():
                alpha = int(255 * (1 - (self.clock % SLIDE_TIME) / FADE))
                page.box(frame, fill=(*pal.PAPER, alpha))
        canvas.veil((0x1E, 0x1E, 0x2A, 90))
        hud.draw_card(page, (240, 470, 800, 190), pal.PAPER)
        page.text(t("game.title"), (640, 520), 44, pal.BLUE, bold=True, anchor="center")
        size = 40 if self.pulse else 38
        page.text("▶ " + t("kiosk.start"), (640, 600), size, pal.INK, bold=True, anchor="center")
        page.art("characters/xiaolang/pointing_happy.svg", (1040, 330, 190, 380))
        if self.app.kiosk.config.honeypot:
            self._draw_lure(page)

    def _draw_lure(self, page: Canvas) -> None:
        t = self.app.locale
        x, y, w, h = LURE
        page.box(LURE, fill=(0xFF, 0x6A, 0x3D), border=pal.INK, width=4, radius=20)
        page.text("★", (x + 40, y + h / 2), 44, pal.CAPTION, bold=True, anchor="center")
        page.text(t("kiosk.lure"), (x + 78, y + 48), 34, pal.WHITE, bold=True, anchor="midleft")
        page.text(t("kiosk.lure_sub"), (x + 78, y + 102), 28, pal.CAPTION, bold=True, anchor="midleft")
