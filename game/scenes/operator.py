"""The booth operator's screen, behind the PIN: how the day went, a CSV, and the way out.

Only counts: runs, finished runs, where visitors left, the hardest questions,
genuine things refused, honeypot taps. Leaving the program is the one way out of
kiosk mode, and it asks first.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.scenes.confirm import ConfirmScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons

TOP = 3


class OperatorScene(CentredButtons, Scene):
    name = "operator"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.note = ""
        t = app.locale
        self.buttons = ButtonGroup([
            Button("back", (40, 630, 220, 68), t("kiosk.back"), "primary", 28),
            Button("export", (290, 630, 260, 68), t("kiosk.export"), "secondary", 26),
            Button("exit", (1000, 630, 240, 68), t("kiosk.exit_program"), "quiet", 26),
        ], main="back")
        self._place(app.viewport.size)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        t = self.app.locale
        if chosen == "back" or intent.kind == it.BACK:
            self.app.routes.home()
        elif chosen == "export":
            day = self.app.today().isoformat()
            path = self.app.player_home / f"kiosk-stats-{day}.csv"
            try:
                path.write_bytes(self.app.kiosk.mode.stats.csv_bytes())
                self.note = t("kiosk.exported", path=path)
            except OSError as error:
                self.note = t("kiosk.export_failed", error=error.strerror or error)
        elif chosen == "exit":
            self.app.stack.push(ConfirmScene(self.app, t("kiosk.exit_question"), t("confirm.quit_yes"),
                                             t("confirm.quit_no"), on_yes=self.app.quit))
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        iso = self.app.today().isoformat()
        day = self.app.kiosk.mode.stats.day(iso)
        hud.draw_page(canvas, t("kiosk.operator_heading", day=iso), 46 + self.dy, 34)
        self._draw_day(hud.centred(canvas), day)
        self.buttons.draw(canvas)

    def _draw_day(self, page: Canvas, day) -> None:
        """The day's two cards, on the 1280x720 design."""
        t = self.app.locale
        hud.draw_card(page, (40, 90, 580, 520), pal.WHITE)
        page.text(t("kiosk.runs", runs=day.runs, finished=day.finished), (64, 112), 28, pal.INK, bold=True)
        page.text(t("kiosk.honeypot", count=day.honeypot), (64, 160), 24, pal.INK)
        page.text(t("kiosk.per_hour"), (64, 214), 24, pal.BLUE, bold=True)
        hours = sorted(day.runs_by_hour.items(), key=lambda kv: int(kv[0]))
        most = max((n for _, n in hours), default=1)
        for i, (hour, n) in enumerate(hours[-8:]):
            y = 254 + i * 42
            page.text(f"{int(hour):02d}:00", (64, y + 4), 22, pal.INK)
            page.box((150, y, 400 * n / most, 30), fill=pal.TEAL, radius=6)
            page.text(str(n), (160 + 400 * n / most, y + 15), 22, pal.INK, bold=True, anchor="midleft")
        hud.draw_card(page, (650, 90, 590, 520), pal.WHITE)
        y = 112
        for heading, counts in ((t("kiosk.dropped"), day.dropped_at), (t("kiosk.hardest"), day.wrong),
                                (t("kiosk.refused"), day.genuine_refused)):
            page.text(heading, (674, y), 24, pal.BLUE, bold=True)
            y += 40
            rows = counts.most_common(TOP)
            for key, n in rows or [(t("kiosk.none"), 0)]:
                block = page.layout(f"{key}  ×{n}" if n else key, 540, 21, max_lines=1)
                page.text_block(block, (690, y), pal.INK)
                y += 34
            y += 18
        if self.note:  # inside the left card, clear of the buttons
            block = page.layout(self.note, 532, 20, max_lines=2)
            page.text_block(block, (64, 600 - block.height - 12), pal.INK_SOFT)
