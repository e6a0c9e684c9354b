"""The teacher screen, behind the teacher PIN: how the class did, as charts, page by page.

The first page is the whole class: the 真还是假 check before and after the lesson
(识破率, 误判率 and d′ per phase, and what the change means in words), the clues
missed most often and the genuine things refused. Then a page per level: a bar
per decision and hunt (right, fooled, too suspicious), the most common wrong
choice, and that level's most missed clues. Only counts of the whole class are
shown, never one child's answers. The numbers are those of `python -m game
report` (game/classroom), read from this PC's play logs: today's, or all of them.

On a 4:3 or 5:4 monitor (a taller logical space, see game.engine.viewport) the page
fills the screen: the band of cards grows, so a level's rows keep their full height
and the lists show more of the clues missed; on 16:9 it is the 1280x720 design. The
pages are drawn by game/ui/teacher_pages.py; this holds the numbers and the input.
"""
from __future__ import annotations

import sys
from pathlib import Path

from game.classroom import collect, export, page
from game.classroom.report import Labels, Report, build, lesson_phases
from game.classroom.teacher_config import FILE_NAME, load_config
from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.scenes import Scene
from game.scenes.pin import PinScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup
from game.ui.paths import shown_path
from game.ui.teacher_pages import TOP, draw_check, draw_level, draw_missed, fit, sheet_for


class TeacherScene(Scene):
    name = "teacher"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        config, problems = load_config(Path(app.player_home) / FILE_NAME)
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
        app.log_warnings(problems)
        self.pin = config.pin
        self.unlocked = False
        self.scope = "today"
        self.report: Report | None = None
        self.pages: list[str] = ["overview"]  # "overview", then level ids
        self.index = 0
        self.note = app.locale("teacher.config_problems", count=len(problems)) if problems else ""
        self.exported: Path | None = None  # the report an export wrote (named in the note)
        self.sources = (0, 0)
        self._labels: Labels | None = None
        self.buttons = ButtonGroup([])
        self.sheet = sheet_for(app.viewport.size)

    def _place(self, size) -> None:
        """Lay the page out again for a space of another shape; the focus stays where it was."""
        sheet = sheet_for(size)
        if sheet != self.sheet:
            self.sheet = sheet
            if self.buttons.buttons:
                self._set_buttons(keep_focus=True)

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)

    # -- the PIN first ----------------------------------------------------------------------

    def on_enter(self) -> None:
        if not self.unlocked:
            t = self.app.locale
            self.app.stack.push(PinScene(self.app, pin=self.pin, heading=t("teacher.pin_heading")))

    def on_result(self, result) -> None:
        if self.unlocked:
            return
        if result is True:
            self.unlocked = True
            self._load(first=True)
        else:
            self.app.routes.home()

    # -- the numbers ------------------------------------------------------------------------

    def labels(self) -> Labels:
        if self._labels is None:
            self._labels = Labels.installed(self.app.levels, self.app.settings.levels_dir)
        return self._labels

    def _load(self, first: bool = False) -> None:
        self.app.player.save()  # anything still waiting to be written counts too
        day = self.app.today().isoformat()
        gathered = collect.from_home(self.app.player_home, *((day, day) if self.scope == "today" else ("", "")))
        if first and gathered.tally.empty:
            self.scope = "all"
            gathered = collect.from_home(self.app.player_home)
        self.sources = (gathered.logs, gathered.csvs)
        lesson = getattr(self.app, "lesson", None)  # its before: and after: sets are the check's
        phases = lesson_phases(lesson.before, lesson.after) if lesson is not None else lesson_phases()
        self.report = build(gathered.tally, self.labels(), phases)
        self.pages = ["overview"] + [lv.level for lv in self.report.levels]
        self.index = min(self.index, len(self.pages) - 1)
        self._set_buttons()

    def _set_buttons(self, keep_focus: bool = False) -> None:
        t = self.app.locale
        y = self.sheet.buttons_y
        buttons = [Button("back", (40, y, 170, 60), t("teacher.back"), "primary", 26)]
        scope = t("teacher.scope_all") if self.scope == "today" else t("teacher.scope_today")
        buttons.append(Button("scope", (230, y, 210, 60), scope, "secondary", 22))
        if len(self.pages) > 1:
            buttons += [Button("prev", (480, y, 150, 60), t("teacher.prev"), "secondary", 24),
                        Button("next", (790, y, 150, 60), t("teacher.next"), "secondary", 24)]
        buttons.append(Button("export", (1040, y, 210, 60), t("teacher.export"), "secondary", 24))
        self.buttons.set(buttons, keep_focus=keep_focus, main="next" if len(self.pages) > 1 else "back")

    # -- input ----------------------------------------------------------------------------------

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "back" or intent.kind == it.BACK:
            self.app.routes.home()
        elif chosen in ("prev", "next"):
            self.index = (self.index + (1 if chosen == "next" else -1)) % len(self.pages)
        elif chosen == "scope":
            self.scope = "all" if self.scope == "today" else "today"
            self.index = 0
            self.note, self.exported = "", None
            self._load()
            self.buttons.focus_on("scope")
        elif chosen == "export":
            self._export()
        self.dirty = True

    def _export(self) -> None:
        """The report as CSV and as a printable page, into the data folder."""
        from game.play.storage import write_bytes

        t = self.app.locale
        home = Path(self.app.player_home)
        stem = f"report-{self.app.today().isoformat()}" + ("" if self.scope == "today" else "-all")
        try:
            home.mkdir(parents=True, exist_ok=True)
            write_bytes(home / f"{stem}.csv", export.csv_bytes(self.report, t))
            write_bytes(home / f"{stem}.html", page.html_page(self.report, t, *self.sources).encode("utf-8"))
            self.note, self.exported = "", home / f"{stem}.csv"
        except OSError as error:
            self.note, self.exported = t("teacher.export_failed", error=error.strerror or error), None

    # -- drawing --------------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        sheet = self.sheet
        # The page colour fills the whole space. The page is drawn on its own canvas (on 16:9 and on a
        # tall space, the canvas itself); the buttons, placed in the space, on the whole one.
        page = canvas if sheet.extra else hud.centred(canvas)
        if not self.unlocked or self.report is None:
            hud.draw_page(canvas, t("teacher.heading"), sheet.top + 46, 32)
            return
        report = self.report
        scope = t("teacher.showing_today", day=self.app.today().isoformat()) if self.scope == "today" \
            else t("teacher.showing_all")
        hud.draw_page(canvas, f"{t('teacher.heading')} · {scope}", sheet.top + 44, 30)
        band = sheet.bottom - TOP
        if report.empty:
            mid = sheet.extra / 2  # the card in the middle of a taller page
            hud.draw_card(page, (240, 200 + mid, 800, 200), pal.WHITE)
            block = fit(page, t("teacher.empty"), 720, 26, bold=True, max_lines=3)
            page.text_block(block, (280, 300 + mid - block.height / 2), pal.INK, bold=True, align="center",
                            width=720)
        elif self.pages[self.index] == "overview":
            draw_check(page, t, report, (24, TOP, 700, band))
            draw_missed(page, t, report, (744, TOP, 512, band), sheet)
        else:
            draw_level(page, t, report, self.pages[self.index], sheet)
        if len(self.pages) > 1:
            page.text(t("teacher.page", index=self.index + 1, total=len(self.pages)), (710, sheet.foot - 50), 22,
                      pal.INK, bold=True, anchor="center")
        note = self.note
        if self.exported is not None:  # (named whole: a deep folder loses its first folders, not the name)
            note = t("teacher.exported", path=shown_path(
                self.exported, lambda p: page.layout(t("teacher.exported", path=p), 1200, 16, max_lines=1).fits))
        if note:
            block = fit(page, note, 1200, 16, max_lines=1)
            page.text_block(block, (40, sheet.foot - 16), pal.INK_SOFT)
        self.buttons.draw(canvas)
