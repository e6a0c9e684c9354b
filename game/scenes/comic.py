"""Playing a level: panels, decisions and red-flag hunts, one step at a time.

The scene turns intents into calls on the pure `Session` and draws what it
says. Feedback, pause, history and endings are scenes pushed on top.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.scenes import Scene
from game.levels.model import Level, Step
from game.play.session import Session
from game.scenes.feedback import FeedbackScene
from game.scenes.history import HistoryScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup
from game.ui.panel import PanelLayout, bubble_text_length
from game.ui.phone import typing_length
from game.ui.reveal import Reveal

TYPE_SPEED = 16.0  # characters a second when a form is typed in
READ_SPEED = 24.0  # characters a second as bubbles appear: quick, but a reader can follow
FADE_TIME = 0.22
TOAST_TIME = 1.4
HUNT_PARTS = ("url", "title", "banner", "countdown", "button", "field:", "body:", "message:", "bubble:")


class ComicScene(Scene):
    name = "comic"

    def __init__(self, app, level: Level, session: Session | None = None, review: bool = False) -> None:
        super().__init__()
        self.app = app
        self.t = app.locale
        self.level = level
        self.session = session or Session(level)
        self.shown: Step = self.session.step  # may lag behind the session while feedback shows
        self.buttons = ButtonGroup()
        self.layout: PanelLayout | None = None  # view cache: where the panel's parts are
        self.typing = Reveal(0, TYPE_SPEED)
        self.reading = Reveal(0, READ_SPEED)
        self.fade = 0.0
        self.toast = ""
        self.toast_time = 0.0
        self.toast_rect: Rect | None = None
        self.notebook_added = 0
        # Review mode (错题本): play one moment, then report back whether it was right.
        self.review = review
        self.last_right = False
        self.left_notebook = False
        self._build()

    # -- what the level shows now ----------------------------------------------

    def panel_of(self, step: Step):
        """The panel a step shows: its own, or (an ending without one) the last one seen."""
        if step.panel is not None:
            return step.panel
        for step_id in reversed(self.session.history):
            panel = self.level.step(step_id).panel
            if panel is not None:
                return panel
        return None

    def _build(self) -> None:
        """Buttons and animations for the shown step."""
        step = self.shown
        t = self.t
        col_x, col_y, col_w, col_h = hud.COLUMN
        buttons = [Button("menu", (16, 8, 108, 40), t("comic.menu"), "quiet", 22),
                   Button("history", (132, 8, 108, 40), t("comic.history"), "quiet", 22)]
        if step.type == "decision":
            n = len(step.options)
            h = 92
            top = col_y + col_h - n * (h + 14) + 14
            for i, option in enumerate(step.options):
                buttons.append(Button(f"option:{option.id}", (col_x + 4, top + i * (h + 14), col_w - 8, h),
                                      option.label, "option", 25))
        elif step.type == "redflags":
            buttons.append(Button("done", (col_x + 4, col_y + col_h - 76, col_w - 8, 72),
                                  t("comic.hunt_done"), "primary", 26))
        elif step.type == "ending":
            buttons.append(Button("results", (col_x + 4, col_y + col_h - 76, col_w - 8, 72),
                                  t("comic.continue"), "primary", 26, icon="▶"))
        else:
            buttons.append(Button("continue", (col_x + 4, col_y + col_h - 76, col_w - 8, 72),
                                  t("comic.continue"), "primary", 26, icon="▶"))
        self.buttons.set(buttons)
        panel = self.panel_of(step)
        instant = self.app.settings.reduced_motion
        typed = typing_length(panel.screen, self.level.persona) if panel and panel.screen else 0
        self.typing = Reveal(typed, TYPE_SPEED, instant)
        # A panel shown again (a hunt or decision on it) does not re-type its bubbles.
        fresh = panel is not None and not step.panel_from
        self.reading = Reveal(bubble_text_length(panel) if panel else 0, READ_SPEED, instant or not fresh)
        self.fade = 0.0 if self.app.settings.reduced_motion else FADE_TIME
        self.dirty = True

    def _part_buttons(self) -> list[Button]:
        if self.layout is None:
            return []
        buttons = []
        parts = self.screen_parts()
        for name, rect in parts.items():
            if name.startswith(HUNT_PARTS):
                buttons.append(Button(f"part:{name}", rect, "", "part"))
        for clue_id in self.shown.clues:
            clue = self.level.clues[clue_id]
            if clue.target == "rect" and clue.rect:
                buttons.append(Button(f"part:clue:{clue_id}", self.to_screen(clue.rect), "", "part"))
        # Reading order for the keyboard; taps pick the smallest part under the finger.
        buttons.sort(key=lambda b: (round(b.rect[1]), b.rect[0]))
        return buttons

    def _ensure_part_buttons(self) -> None:
        """A hunt's tappable parts are known once the panel has been laid out (drawn)."""
        if self.shown.type == "redflags" and not any(b.style == "part" for b in self.buttons.buttons):
            done = self.buttons.buttons.pop()  # keep 我找完了 last in the focus order
            self.buttons.set(self.buttons.buttons + self._part_buttons() + [done], keep_focus=True)

    def screen_parts(self) -> dict[str, Rect]:
        if self.layout is None:
            return {}
        return {name: self.to_screen(rect) for name, rect in self.layout.parts.items()}

    def to_screen(self, rect: Rect) -> Rect:
        """Panel space (1280x720) to the screen's logical space."""
        return hud.panel_to_screen(rect)

    def clue_rect(self, clue_id: str) -> Rect | None:
        clue = self.level.clues.get(clue_id)
        if clue is None:
            return None
        if clue.target == "rect" and clue.rect:
            return self.to_screen(clue.rect)
        rect = (self.layout.parts if self.layout else {}).get(clue.target)
        return self.to_screen(rect) if rect else None

    # -- input ---------------------------------------------------------------------

    def handle(self, intent: it.Intent) -> None:
        if intent.kind == it.BACK:
            self._open_pause()
            return
        self._ensure_part_buttons()
        on_panel = intent.pos is not None and _inside(intent.pos, hud.PANEL_FRAME)
        if intent.kind == it.TAP and on_panel and self.shown.type != "redflags" and self._skip_animation():
            self.dirty = True
            return
        chosen = self.buttons.handle(intent)
        self.dirty = True
        if chosen is None:
            return
        self.app.sounds.play("tap")
        if chosen == "menu":
            self._open_pause()
        elif chosen == "history":
            self.app.stack.push(HistoryScene(self.app, self))
        elif chosen == "continue":
            self.session.advance()
            self._show_current()
        elif chosen.startswith("option:"):
            self._choose(chosen.split(":", 1)[1])
        elif chosen.startswith("part:"):
            self._tap_part(chosen.split(":", 1)[1])
        elif chosen == "done":
            self._finish_hunt()
        elif chosen == "results":
            self._open_ending()

    def _skip_animation(self) -> bool:
        """A tap on the panel while text appears shows it all at once (and does nothing else)."""
        return self.typing.finish() | self.reading.finish()

    def _open_pause(self) -> None:
        from game.scenes.pause import PauseScene

        self.app.stack.push(PauseScene(self.app, self.level))

    def _choose(self, option_id: str) -> None:
        step = self.shown
        option = self.session.choose(option_id)
        self.app.sounds.play("clue" if option.safe else "uh_oh")
        self.last_right = option.safe
        self._note(step.id, "decision", option.id, right=option.safe)
        self._save_notebook()
        highlights = [(r, self.level.clues[c].text) for c in option.feedback.clues
                      if (r := self.clue_rect(c)) is not None]
        self.app.stack.push(FeedbackScene(self.app, option.verdict, list(option.feedback.text),
                                          option.feedback.expression, highlights,
                                          chosen=option.label))

    def _tap_part(self, part: str) -> None:
        result = self.session.tap(part)
        if result.kind == "found":
            self.app.sounds.play("clue")
            self.toast = ""
        elif result.kind == "innocent":
            self.toast = self.t("comic.hunt_innocent")
            self.toast_time = TOAST_TIME
            self.toast_rect = next((b.rect for b in self.buttons.buttons if b.id == f"part:{part}"), None)
        if result.hunt_over:
            self._finish_hunt()

    def _finish_hunt(self) -> None:
        step = self.shown
        hunt = self.session.finish_hunt()
        for clue_id in hunt.missed:
            self._note(step.id, "clue", clue_id, right=False)
        for clue_id in hunt.found:
            self._note(step.id, "clue", clue_id, right=True)
        self.last_right = not hunt.missed
        self._save_notebook()
        t = self.t
        clues = self.level.clues
        if hunt.missed:
            lines = [t("feedback.hunt_some_missed")]
            highlights = [(r, clues[c].text) for c in hunt.missed if (r := self.clue_rect(c))]
            expression = "thinking"
        else:
            lines = [t("feedback.hunt_all_found")]
            highlights = [(r, clues[c].text) for c in hunt.found if (r := self.clue_rect(c))]
            expression = "happy"
        verdict = "safe" if not hunt.missed else "missed"
        badge = t("feedback.hunt_found_count", found=len(hunt.found), total=len(step.clues))
        self.app.stack.push(FeedbackScene(self.app, verdict, lines, expression, highlights, badge=badge))

    def _open_ending(self) -> None:
        from game.scenes.ending import EndingScene

        self.app.stack.push(EndingScene(self.app, self))

    def _note(self, step_id: str, kind: str, item: str, right: bool) -> None:
        """Write a moment into the notebook (a mistake) or credit it (a right answer)."""
        notebook, today = self.app.notebook, self.app.settings.today
        if right:
            self.left_notebook |= notebook.record_right(self.level.id, step_id, kind, item, today)
        elif notebook.add(self.level.id, step_id, kind, item, today):
            self.notebook_added += 1

    def _save_notebook(self) -> None:
        try:
            self.app.notebook.save()
        except OSError as error:  # a read-only or full disk must not end the lesson
            self.app.warnings.append(f"could not save the notebook: {error}")

    def on_result(self, result) -> None:
        """Back from feedback (or history, pause): show where the session is now."""
        if result == "feedback_closed":
            if self.review:
                self.app.stack.pop(("reviewed", self.last_right, self.left_notebook))
            else:
                self._show_current()

    def _show_current(self) -> None:
        if self.session.step_id != self.shown.id:
            self.shown = self.session.step
            self.layout = None
            self._build()

    # -- time ---------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        if self.typing.advance(dt) | self.reading.advance(dt):
            self.dirty = True
        if self.fade > 0:
            self.fade = max(0.0, self.fade - dt)
            self.dirty = True
        if self.toast_time > 0:
            self.toast_time = max(0.0, self.toast_time - dt)
            if self.toast_time == 0:
                self.toast = ""
            self.dirty = True

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        t = self.t
        hud.draw_background(canvas)
        title = f"{t('notebook.heading')} · {self.level.title}" if self.review else self.level.title
        hud.draw_title(canvas, title, t("comic.score", score=self.session.score))
        self.draw_panel(canvas, self.shown)
        self._draw_column(canvas)
        hud.draw_leak_meter(canvas, self.session.leaked, t)
        self.buttons.draw(canvas)
        if self.fade > 0:
            alpha = int(255 * self.fade / FADE_TIME)
            canvas.box(hud.PANEL_FRAME, fill=(*pal.PAPER, alpha))

    def draw_panel(self, canvas: Canvas, step: Step) -> None:
        panel = self.panel_of(step)
        self.layout = hud.draw_framed_panel(canvas, panel, self.level.persona, self.app.characters,
                                            self.typing.value(), self.reading.value())
        if step.type == "redflags":
            self._draw_hunt_marks(canvas)

    def shown_found(self) -> tuple[str, ...]:
        """Clues found on the shown hunt (it may have just ended under its feedback)."""
        if self.shown.id == self.session.step_id:
            return self.session.hunt_found
        hunts = [h for h in self.session.hunts if h.step == self.shown.id]
        return hunts[-1].found if hunts else ()

    def _draw_hunt_marks(self, canvas: Canvas) -> None:
        for clue_id in self.shown_found():
            rect = self.clue_rect(clue_id)
            if rect:
                hud.draw_ring(canvas, rect, pal.GREEN)
                canvas.circle((rect[0] + rect[2], rect[1]), 16, fill=pal.GREEN, border=pal.INK, width=3)
                canvas.text("✓", (rect[0] + rect[2], rect[1]), 20, pal.WHITE, bold=True, anchor="center")
        if self.toast and self.toast_rect:
            hud.draw_ring(canvas, self.toast_rect, pal.AMBER, 4)

    def _draw_column(self, canvas: Canvas) -> None:
        step = self.shown
        t = self.t
        x, y, w, _ = hud.COLUMN
        if step.type == "decision":
            hud.draw_card(canvas, (x, y, w, 190), pal.CAPTION)
            canvas.text(t("comic.choose_hint"), (x + 18, y + 14), 20, pal.INK_SOFT, bold=True)
            block = canvas.layout(step.prompt, w - 36, 28, bold=True, max_lines=4)
            canvas.text_block(block, (x + 18, y + 52), pal.INK, bold=True)
        elif step.type == "redflags":
            hud.draw_card(canvas, (x, y, w, 180), pal.CAPTION)
            block = canvas.layout(step.prompt, w - 36, 26, bold=True, max_lines=3)
            canvas.text_block(block, (x + 18, y + 16), pal.INK, bold=True)
            found = self.shown_found()
            count = t("comic.hunt_found", found=len(found), total=len(step.clues))
            canvas.text(count, (x + 18, y + 140), 22, pal.GREEN, bold=True)
            cy = y + 200
            for clue_id in found:
                line = canvas.layout("✓ " + self.level.clues[clue_id].text, w - 20, 21, max_lines=3)
                canvas.text_block(line, (x + 10, cy), pal.INK)
                cy += line.height + 12
            if self.toast:
                canvas.box((x, 440, w, 60), fill=pal.AMBER_LIGHT, border=pal.AMBER, width=3, radius=12)
                canvas.text(self.toast, (x + w / 2, 470), 21, pal.INK, bold=True, anchor="center")
        elif step.type == "ending":
            verdict = "safe" if step.outcome == "safe" else "risky"
            hud.draw_verdict_badge(canvas, verdict, t(f"ending.{step.outcome}"), (x, y))
            block = canvas.layout(step.title, w - 8, 30, bold=True, max_lines=3)
            canvas.text_block(block, (x + 4, y + 62), pal.INK, bold=True)

    def targets(self) -> dict[str, Rect]:
        self._ensure_part_buttons()
        return self.buttons.targets()


def _inside(pos: tuple[float, float], rect: Rect) -> bool:
    return rect[0] <= pos[0] <= rect[0] + rect[2] and rect[1] <= pos[1] <= rect[1] + rect[3]
