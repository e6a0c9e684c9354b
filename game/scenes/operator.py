"""The booth operator's screen, behind the PIN: how the day went, a CSV, and the way out.

Only counts: runs, finished runs, where visitors left, the hardest questions,
genuine things refused, honeypot taps. Leaving the program is the one way out of
kiosk mode, and it asks first.
"""
from __future__ import annotations

from pathlib import Path

from game.classroom.report import Labels
from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.play.storage import write_bytes
from game.scenes.confirm import ConfirmScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, CentredButtons
from game.ui.paths import shown_path

TOP = 3
HOURS_TOP, HOUR_STEP, LEAST_STEP = 254, 42, 28  # the hours' bars: where they start, their spacing at most and least


def hour_rows(count: int, room: float) -> tuple[int, float]:
    """How many rows of hours fit in `room` (all `count` of them, closed up, when they can), and
    their spacing."""
    rows = max(1, min(count, int(room // LEAST_STEP)))
    return rows, min(HOUR_STEP, room / rows)


NOTE = (532, 20, False, 2)  # the note's width, text size, weight and lines at most
LIST_TOP, LIST_BOTTOM, LIST_RIGHT, ROW_GAP = 112, 596, 1216, 10  # the right card's lists (its inner edges)


def _list_bottom(laid) -> float:
    """Where the right card's lists end, laid out so: (heading, [(block, count)]) each."""
    return LIST_TOP + sum(40 + sum(block.height + ROW_GAP for block, _ in rows) + 18 for _, rows in laid) - 18


def note_top(note) -> float:
    """Where the export's note goes: at the foot of the left card (a laid-out block)."""
    return 600 - note.height - 12


class OperatorScene(CentredButtons, Scene):
    name = "operator"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        problems = app.kiosk.config.problems
        self.note = app.locale("kiosk.config_problems", count=len(problems)) if problems else ""
        self.exported: Path | None = None  # the file an export wrote (named in the note, see _note)
        self.labels = Labels.installed(app.levels, app.settings.levels_dir)  # (questions by their names)
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
            try:  # (atomically, its folder made if need be: a power cut leaves the old file or the new)
                write_bytes(path, self.app.kiosk.mode.stats.csv_bytes(self._name_of))
                self.note, self.exported = "", path
            except OSError as error:
                self.note, self.exported = t("kiosk.export_failed", error=error.strerror or error), None
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
        note = self._note(page)
        with page.group("card", (40, 90, 580, 520), "day"):
            page.text(t("kiosk.runs", runs=day.runs, finished=day.finished), (64, 112), 28, pal.INK, bold=True)
            page.text(t("kiosk.honeypot", count=day.honeypot), (64, 160), 24, pal.INK)
            page.text(t("kiosk.per_hour"), (64, 214), 24, pal.BLUE, bold=True)
            self._draw_hours(page, day, (note_top(note) if note else 600) - 8)
            if note is not None:  # inside the left card, clear of the buttons
                page.text_block(note, (64, note_top(note)), pal.INK_SOFT)
        hud.draw_card(page, (650, 90, 590, 520), pal.WHITE)
        lists = [(heading, [(self._name_of(key), n)
                            for key, n in counts.most_common(TOP)] or [(t("kiosk.none"), 0)])
                 for heading, counts in ((t("kiosk.dropped"), day.dropped_at), (t("kiosk.hardest"), day.wrong),
                                         (t("kiosk.refused"), day.genuine_refused))]
        # A question's name takes two lines where the card has room for all of them, else one (cut);
        # its count stands apart at the right, never cut off with it.
        for most_lines in (2, 1):
            laid = [(heading, [(page.layout(name, LIST_RIGHT - 690 - (page.measure(f"×{n}", 21) + 24 if n else 0),
                                            21, max_lines=most_lines), n) for name, n in rows])
                    for heading, rows in lists]
            if most_lines == 1 or _list_bottom(laid) <= LIST_BOTTOM:
                break
        y = LIST_TOP
        for heading, rows in laid:
            page.text(heading, (674, y), 24, pal.BLUE, bold=True)
            y += 40
            for block, n in rows:
                page.text_block(block, (690, y), pal.INK)
                if n:
                    page.text(f"×{n}", (LIST_RIGHT, y), 21, pal.INK, bold=True, anchor="topright")
                y += block.height + ROW_GAP
            y += 18

    def _name_of(self, key: str) -> str:
        """A question's key as the operator reads it (还没答第一题 for a visitor who answered none)."""
        return self.app.locale("kiosk.dropped_start") if key == "start" else self.labels.answer_place(key)

    def _note(self, page: Canvas):
        """The note at the foot of the left card (laid out), if any: an export names its file, and
        its folder on a line of its own, its first folders left out where the line is too short."""
        t = self.app.locale
        if self.exported is not None:
            name, folder = self.exported.name, self.exported.parent

            def note(shown: str):
                return page.layout(t("kiosk.exported", name=name, folder=shown), *NOTE)

            return note(shown_path(folder, lambda shown: note(shown).fits))
        return page.layout(self.note, *NOTE) if self.note else None

    def _draw_hours(self, page: Canvas, day, bottom: float) -> None:
        """A bar for each hour with visitors, from the first: rows close up to fit above `bottom`;
        on a day longer than the card holds, the earliest hours are summed in one line."""
        t = self.app.locale
        hours = sorted(day.runs_by_hour.items(), key=lambda kv: int(kv[0]))
        if not hours:
            page.text(t("kiosk.none"), (78, 254), 21, pal.INK)
            return
        rows, step = hour_rows(len(hours), bottom - HOURS_TOP)
        shown = hours if rows == len(hours) else hours[len(hours) - (rows - 1):]  # (a row for the sum)
        y = HOURS_TOP
        if len(shown) < len(hours):
            earlier = sum(n for _, n in hours[:len(hours) - len(shown)])
            page.text(t("kiosk.earlier_hours", count=earlier), (64, y + 4), 20, pal.INK_SOFT, bold=True)
            y += step
        most = max((n for _, n in shown), default=1)
        bar = min(30, step - 8)
        for hour, n in shown:
            page.text(f"{int(hour):02d}:00", (64, y + bar / 2 - 11), 22 if step >= 34 else 20, pal.INK)
            page.box((150, y, 400 * n / most, bar), fill=pal.TEAL, radius=6)
            page.text(str(n), (160 + 400 * n / most, y + bar / 2), 22 if step >= 34 else 20, pal.INK, bold=True,
                      anchor="midleft")
            y += step
