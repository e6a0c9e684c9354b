"""Playing a level: panels, decisions and red-flag hunts, one step at a time.

The scene turns intents into calls on the pure `Session` and draws what it
says. Feedback, pause, history and endings are scenes pushed on top.
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.dry import DryCanvas
from game.engine.scenes import Scene
from game.levels.model import Level, Step
from game.levels.parts import is_hunt_part
from game.play.playthrough import Outcome, Playthrough
from game.play.session import Session
from game.scenes.ending import EndingScene
from game.scenes.feedback import FeedbackScene
from game.scenes.history import HistoryScene
from game.scenes.pause import PauseScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup
from game.ui.panel import PanelLayout, bubble_text_length
from game.ui.screens import typing_length
from game.ui.reveal import Reveal

TYPE_SPEED = 16.0  # characters a second when a form is typed in
READ_SPEED = 24.0  # characters a second as bubbles appear: quick, but a reader can follow
FADE_TIME = 0.22
TOAST_TIME = 1.4


class ComicScene(Scene):
    name = "comic"

    def __init__(self, app, level: Level, session: Session | None = None, review: bool = False) -> None:
        super().__init__()
        self.app = app
        self.t = app.locale
        self.level = level
        # The rules and the one cursor live in the pure core; this screen draws them.
        self.play = Playthrough(level, app.player, session, review, seed=app.rng.getrandbits(32))
        self.review = review
        # A level pack's own art and characters come before the game's.
        self.art_roots = tuple(app.library.art_dirs(level.id)[:-1])
        self.characters = app.library.characters(level.id) or app.characters
        self.buttons = ButtonGroup()
        self.layout: PanelLayout | None = None  # where the panel's parts are (panel space)
        self.typing = Reveal(0, TYPE_SPEED)
        self.reading = Reveal(0, READ_SPEED)
        self.fade = 0.0
        self.toast = ""
        self.toast_time = 0.0
        self.toast_rect: Rect | None = None
        self._built_for: str | None = None
        self._build()

    # -- what the level shows now ----------------------------------------------

    @property
    def session(self) -> Session:
        return self.play.session

    @property
    def shown(self) -> Step:
        return self.play.shown

    @property
    def notebook_added(self) -> int:
        return self.play.notebook_added

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
        """Layout, buttons and animations for the shown step, before its first frame."""
        step = self.shown
        self._built_for = step.id
        t = self.t
        panel = self.panel_of(step)
        self.layout = hud.layout_framed_panel(DryCanvas(self.app.assets), panel, self.level.persona,
                                              self.characters)
        col_x, col_y, col_w, col_h = hud.COLUMN
        wide = (col_x + 4, col_y + col_h - 76, col_w - 8, 72)
        buttons: list[Button] = []
        if step.type == "decision":
            options = self.session.options_in_order(step)
            h = 92
            top = col_y + col_h - len(options) * (h + 14) + 14
            for i, option in enumerate(options):
                buttons.append(Button(f"option:{option.id}", (col_x + 4, top + i * (h + 14), col_w - 8, h),
                                      option.label, "option", 25))
        elif step.type == "redflags":
            buttons += self._part_buttons()
            # With nothing to find, saying so is the answer.
            done = t("comic.hunt_done") if step.clues else t("comic.hunt_nothing")
            buttons.append(Button("done", wide, done, "primary", 26))
        elif step.type == "ending":
            buttons.append(Button("results", wide, t("comic.continue"), "primary", 26, icon="▶"))
        else:
            buttons.append(Button("continue", wide, t("comic.continue"), "primary", 26, icon="▶"))
        # The step's own buttons come first in the focus order; the first is focused.
        buttons += [Button("menu", (16, 8, 108, 40), t("comic.menu"), "quiet", 22),
                    Button("history", (132, 8, 108, 40), t("comic.history"), "quiet", 22)]
        self.buttons.set(buttons, main=buttons[0].id)
        instant = self.app.settings.reduced_motion
        typed = typing_length(panel.screen, self.level.persona) if panel and panel.screen else 0
        self.typing = Reveal(typed, TYPE_SPEED, instant)
        # A panel shown again (a hunt or decision on it) does not re-type its bubbles.
        fresh = panel is not None and not step.panel_from
        pace = self.app.settings.text_speed  # the player's text speed (settings); 0: at once
        self.reading = Reveal(bubble_text_length(panel) if panel else 0, READ_SPEED * (pace or 1.0),
                              instant or not fresh or not pace)
        self.fade = 0.0 if instant else FADE_TIME
        self.toast = ""
        self.dirty = True

    def _part_buttons(self) -> list[Button]:
        buttons = []
        for name, rect in self.screen_parts().items():
            if is_hunt_part(name):
                buttons.append(Button(f"part:{name}", rect, "", "part"))
        for clue_id in self.shown.clues:
            clue = self.level.clues[clue_id]
            if clue.target == "rect" and clue.rect:
                buttons.append(Button(f"part:clue:{clue_id}", self.to_screen(clue.rect), "", "part"))
        # Reading order for the keyboard; taps pick the smallest part under the finger.
        buttons.sort(key=lambda b: (round(b.rect[1]), b.rect[0]))
        return buttons

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
            self.play.advance()
            self._show_current()
        elif chosen.startswith("option:"):
            self._show_outcome(self.play.choose(chosen.split(":", 1)[1]))
        elif chosen.startswith("part:"):
            self._tap_part(chosen.split(":", 1)[1])
        elif chosen == "done":
            self._show_outcome(self.play.finish_hunt())
        elif chosen == "results":
            self.app.stack.push(EndingScene(self.app, self))

    def _skip_animation(self) -> bool:
        """A tap on the panel while text appears shows it all at once (and does nothing else)."""
        return self.typing.finish() | self.reading.finish()

    def _open_pause(self) -> None:
        self.app.stack.push(PauseScene(self.app, self.level))

    def _tap_part(self, part: str) -> None:
        result = self.play.tap(part)
        if result.kind == "found":
            self.app.sounds.play("clue")
            self.toast = ""
        elif result.kind == "innocent":
            self.toast = self.t("comic.hunt_innocent")
            self.toast_time = TOAST_TIME
            self.toast_rect = next((b.rect for b in self.buttons.buttons if b.id == f"part:{part}"), None)
        if self.play.outcome is not None:  # that tap ended the hunt
            self._show_outcome(self.play.outcome)

    def _show_outcome(self, outcome: Outcome) -> None:
        if outcome.kind == "decision":
            self.app.sounds.play("clue" if outcome.right else "uh_oh")
        self.app.stack.push(self.feedback_for(outcome))

    def feedback_for(self, outcome: Outcome) -> FeedbackScene:
        """锡小朗's feedback on an answer, pointing at its clues on the panel."""
        t = self.t
        highlights = [(r, self.level.clues[c].text) for c in outcome.clues if (r := self.clue_rect(c))]
        lines = list(outcome.lines) or [t(outcome.message)]
        if outcome.lines and outcome.message:  # a calm hunt: the verdict first, then the level's why
            lines = [t(outcome.message)] + lines
        badge = t("feedback.hunt_found_count", found=outcome.found, total=outcome.total) \
            if outcome.kind == "hunt" and outcome.total else ""
        return FeedbackScene(self.app, outcome.verdict, lines, outcome.expression, highlights,
                             badge=badge, chosen=outcome.chosen)

    def on_result(self, result) -> None:
        """Back from feedback (or history, pause): show where the play is now."""
        if result == "feedback_closed":
            self.play.acknowledge()
            if self.review:
                self.app.stack.pop(("reviewed", self.play.last_right, self.play.left_notebook))
            else:
                self._show_current()

    def _show_current(self) -> None:
        if self.shown.id != self._built_for:
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
        hud.draw_leak_meter(canvas, self.session.leaked, t, shown=self.level.leak_kinds)
        self.buttons.draw(canvas)
        if self.fade > 0:
            alpha = int(255 * self.fade / FADE_TIME)
            canvas.box(hud.PANEL_FRAME, fill=(*pal.PAPER, alpha))

    def draw_panel(self, canvas: Canvas, step: Step) -> None:
        panel = self.panel_of(step)
        hud.draw_framed_panel(canvas.with_art(self.art_roots), panel, self.level.persona, self.characters,
                              self.typing.value(), self.reading.value())
        if step.type == "redflags":
            self._draw_hunt_marks(canvas)

    def shown_found(self) -> tuple[str, ...]:
        return self.play.found_on_shown

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
            if step.clues:  # a screen with nothing to find shows no count: 0/0 would be a hint
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


def _inside(pos: tuple[float, float], rect: Rect) -> bool:
    return rect[0] <= pos[0] <= rect[0] + rect[2] and rect[1] <= pos[1] <= rect[1] + rect[3]
