"""The title screen: start (or a lesson's steps), review the wrong-answer notebook, change seat,
settings, the teacher's report (behind the teacher PIN), or (confirmed) quit.

In a lesson the main button (big, blue, focused: what Enter presses) is the step this player
has not done yet this sitting: the round before, then the stories, then the round after. The
round before is the class's pre-test; a child pressing Enter must not skip it."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.dry import DryCanvas
from game.engine.scenes import Scene
from game.ui import hud
from game.ui.button import Button, ButtonGroup


class TitleScene(Scene):
    name = "title"
    adaptive = True

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.note = ""
        self.counted: int | None = None  # the notebook count on the review button (None: not yet known)
        self.dy = hud.centre_offset(app.viewport.size)  # a taller screen: the card is centred
        self.buttons = ButtonGroup(self._buttons(), main=self._main(), wrap=False)

    def _place(self, size) -> None:
        dy = hud.centre_offset(size)
        if dy != self.dy:
            self.dy = dy
            self.buttons.set(self._buttons(), keep_focus=True)

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        if self.counted is None and self.app.levels_loaded:  # the levels came: now the count
            self.buttons.set(self._buttons(), keep_focus=True, main=self._main())
            self.dirty = True

    def _main(self) -> str:
        """The main button: "start", or in a lesson the step this player has not done yet this sitting."""
        lesson, player = self.app.lesson, self.app.player
        if lesson is None or not (lesson.before or lesson.after):
            return "start"
        if lesson.before and not player.rounds_begun(lesson.before):
            return "before"
        if lesson.after and all(player.finished_now(level) for level in lesson.levels) \
                and not player.rounds_begun(lesson.after):
            return "after"
        return "start"

    def _buttons(self) -> list[Button]:
        t = self.app.locale
        # Under the seat picker at start-up the levels may not be loaded yet; the count comes with them.
        self.counted = count = self.app.notebook_count(wait=False)
        review = t("title.review_count", count=count) if count else t("title.review")
        dy = self.dy
        # The seat, the settings and the teacher's report sit in the top corners, after the main buttons
        # in the tab order (Shift+Tab from the main button stays there, never reaching 教师 or 退出).
        corners = [Button("seat", (24, 20, 170, 52), t("title.change_seat"), "quiet", 22),
                   Button("settings", (1110, 20, 150, 52), t("title.settings"), "quiet", 22)]
        if "teacher" in self.app.routes.available():  # a booth has its own operator PIN instead
            corners.append(Button("teacher", (966, 20, 130, 52), t("teacher.button"), "quiet", 22))
        lesson = self.app.lesson
        if lesson is not None and (lesson.before or lesson.after):  # the lesson's steps, in order
            steps = [("before", t("title.lesson_before"))] if lesson.before else []
            steps.append(("start", t("title.lesson_levels")))
            if lesson.after:
                steps.append(("after", t("title.lesson_after")))
            main, y, now = [], 388 + dy + (0 if lesson.before else 66), self._main()
            for name, label in steps:  # the step to do now is the big blue one
                h = 70 if name == now else 56
                main.append(Button(name, (470, y, 340, h), label, "primary" if name == now else "secondary",
                                   self._step_size(label) if name == now else 24, icon="▶" if name == now else ""))
                y += h + 10
            main.append(Button("review", (470, y, 340, 52), review, "secondary", 22))
        else:
            main = [Button("start", (500, 396 + dy, 280, 76), t("title.start"), "primary", 32, icon="▶"),
                    Button("quick", (500, 492 + dy, 280, 64), t("quick.button"), "secondary", 26),
                    Button("review", (500, 576 + dy, 280, 64), review, "secondary", 26)]
        return main + corners + [
            Button("quit", (1140, 652 + 2 * dy, 120, 50), t("title.quit"), "quiet", 22),  # the corner
        ]

    def _step_size(self, label: str) -> int:
        """The main step's text size: as large as keeps it on one line (Before: Real or fake? is long)."""
        canvas = DryCanvas(self.app.assets)
        return next((size for size in (30, 28, 26) if canvas.layout(f"▶ {label}", 312, size, bold=True,
                                                                     max_lines=1).fits), 26)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "start":
            self.app.sounds.play("tap")
            self.app.routes.go("levels")
        elif chosen == "quick":
            self.app.sounds.play("tap")
            self.app.routes.go("quick")
        elif chosen in ("before", "after"):  # the lesson's 真还是假 rounds
            self.app.sounds.play("tap")
            lesson = self.app.lesson
            self.app.routes.go("quick", set_id=getattr(lesson, chosen), limit=lesson.quick_items)
        elif chosen == "seat":
            self.app.routes.go("profiles")
        elif chosen == "settings":
            self.app.routes.go("settings")
        elif chosen == "teacher":  # the teacher screen asks for the PIN first
            self.app.routes.go("teacher")
        elif chosen == "quit" or intent.kind == it.BACK:
            self.app.ask_to_quit()
        elif chosen == "review":
            if self.app.notebook_count():
                self.app.routes.go("review")
            else:  # praise only a player who has finished a level; tell a new one what the notebook is for
                self.note = self.app.locale("title.review_empty" if self.app.progress.played()
                                            else "title.review_not_yet")
        self.dirty = True

    def on_result(self, result) -> None:
        # Back from a card on top: the notebook count may have changed meanwhile.
        self.buttons.set(self._buttons(), keep_focus=True, main=self._main())
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        w, h = canvas.size
        # The street fills the screen (cut at the sides on a squarer one); people stand on it.
        canvas.art("backgrounds/street.svg", ((w - h * 16 / 9) / 2, 0, h * 16 / 9, h))
        canvas.veil((0xFF, 0xFD, 0xF7, 120))
        ground = 2 * self.dy
        canvas.art("characters/xiaoqing/phone_happy.svg", (120, 180 + ground, 270, 540))
        canvas.art("characters/xiaolang/pointing_happy.svg", (890, 170 + ground, 275, 550))
        page = hud.centred(canvas)
        hud.draw_card(page, (390, 70, 500, 300), pal.PAPER)
        title = t("game.title")
        size = next((s for s in range(60, 30, -2) if page.measure(title, s, True) <= 450), 30)
        page.text(title, (640, 170), size, pal.BLUE, bold=True, anchor="center")
        subtitle = self.app.lesson.title_in(self.app.lang) if self.app.lesson is not None else t("game.subtitle")
        sub = page.layout(subtitle, 440, 28, max_lines=1)
        page.text_block(sub, (420, 262 - sub.size / 2), pal.INK, align="center", width=440)
        page.box((470, 310, 340, 6), fill=pal.PINK, radius=3)
        self.buttons.draw(canvas)
        canvas.text(self.app.profile_name(), (210, 46), 22, pal.INK, bold=True, anchor="midleft")
        if self.note:
            page.text(self.note, (640, 672), 24, pal.GREEN, bold=True, anchor="center")
