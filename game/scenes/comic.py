"""Playing a level: panels, decisions and red-flag hunts, one step at a time.

The scene turns intents into calls on the pure `Session` and draws what it
says. Feedback, pause, history and endings are scenes pushed on top.

Its layout follows the logical space (`hud.comic_layout`: side by side on 16:9,
stacked on 4:3 and 5:4) and is made again when the window changes shape. While
锡小朗's feedback explains an answer, the screen makes room for him: the chosen
answer and the leak meter move out of his way and the panel's own 锡小朗 steps out.

Its parts live beside it as mixins: where the panel's parts are on screen
(comic_parts), the column (comic_column), the room made for 锡小朗's explanation
(comic_explain), and what is drawn veiled already under an overlay's card (comic_veil).
"""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine import words
from game.engine.canvas import Canvas, Rect
from game.engine.dry import DryCanvas
from game.engine.scenes import Scene
from game.levels.model import Level, Panel, Step
from game.play.playthrough import Outcome, Playthrough
from game.play.session import Session
from game.scenes import lookahead
from game.scenes.comic_column import ComicColumn
from game.scenes.comic_explain import ComicExplaining
from game.scenes.comic_parts import ComicParts
from game.scenes.comic_veil import ComicVeil, inside_border
from game.scenes.ending import EndingScene
from game.scenes.history import HistoryScene
from game.scenes.pause import PauseScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, draw_button
from game.ui.panel import PanelLayout, bubble_text_length
from game.ui.screens import typing_length
from game.ui.reveal import Reveal

TYPE_SPEED = 16.0  # characters a second when a form is typed in
READ_SPEED = 24.0  # characters a second as bubbles appear: quick, but a reader can follow
FADE_TIME = 0.22
TOAST_TIME = 1.4


class ComicScene(ComicParts, ComicColumn, ComicExplaining, ComicVeil, Scene):
    name = "comic"
    adaptive = True

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
        self.geo: hud.ComicLayout = hud.comic_layout(app.viewport.size)
        self.typing = Reveal(0, TYPE_SPEED)
        self.reading = Reveal(0, READ_SPEED)
        self.fade = 0.0
        self._paper_first = False
        self.toast = ""
        self.toast_time = 0.0
        self.toast_part: str | None = None
        self._built_for: str | None = None
        self._layouts: dict = {}  # panel layouts by panel and text setting (see layout_of)
        self._ahead_key: tuple | None = None  # what the look-ahead below was planned for
        self._ahead = iter(())
        # What the last draw drew veiled already for the overlay above (real rects), if it did.
        self.veiled = None
        self._build()

    # -- what the level shows now ----------------------------------------------

    @property
    def session(self) -> Session:
        return self.play.session

    @property
    def shown(self) -> Step:
        return self.play.shown

    @property
    def run_place(self) -> str:
        """A booth's name of the step on screen (where a visitor who leaves now left)."""
        return f"{self.level.id}:{self.shown.id}"

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
        panel = self.panel_of(step)
        # The panel's parts in its own 1280x720 space: the same at every window size.
        self.layout = self.layout_of(panel)
        self._place(self.geo.size, fresh=True)
        instant = self.app.settings.reduced_motion
        typed = typing_length(panel.screen, self.level.persona) if panel and panel.screen else 0
        self.typing = Reveal(typed, TYPE_SPEED, instant)
        # A panel shown again (a hunt or decision on it) does not re-type its bubbles.
        fresh = panel is not None and not step.panel_from
        pace = self.app.settings.text_speed  # the player's text speed (settings); 0: at once
        self.reading = Reveal(bubble_text_length(panel) if panel else 0, READ_SPEED * (pace or 1.0),
                              instant or not fresh or not pace)
        self.fade = 0.0 if instant else FADE_TIME
        self._paper_first = not instant
        self.toast = ""
        self.dirty = True

    def layout_of(self, panel: Panel | None, prepare: bool = False):
        """Where a panel's parts go (panel space), laid out once per panel and text setting.
        With `prepare`: True if it had to be laid out now (look-ahead), else False."""
        assets = self.app.assets
        key = (id(panel), assets.text_scale, assets.lang, words.state())
        kept = self._layouts.get(key)
        made = kept is None or kept[0] is not panel
        if made:
            kept = self._layouts[key] = (panel, hud.layout_framed_panel(DryCanvas(assets), panel, self.level.persona,
                                                                        self.characters))
        return made if prepare else kept[1]

    def prepare(self) -> bool:
        """One piece of look-ahead (the loop calls it while nothing moves): True if it did one."""
        key = (self.shown.id, self.play.found_on_shown, self.explaining() is None, tuple(self.geo.size),
               self.app.window.get_size(), id(self.app.window))
        if key != self._ahead_key:
            self._ahead_key = key
            self.forget_cards()
            self._ahead = lookahead.pieces(self)
        return next(self._ahead, False)

    def _place(self, size, fresh: bool = False) -> None:
        """The buttons for the shown step in a logical space of `size` (again when it changes)."""
        if not fresh and tuple(size) == tuple(self.geo.size):
            return
        self.geo = geo = hud.comic_layout(size)
        step = self.shown
        t = self.t
        wide = geo.main_button()
        buttons: list[Button] = []
        if step.type == "decision":
            options = self.session.options_in_order(step)
            for option, rect in zip(options, geo.option_rects(len(options))):
                buttons.append(Button(f"option:{option.id}", rect, option.label, "option", geo.option_size,
                                      lines=geo.option_lines))
        elif step.type == "redflags":
            buttons += self._part_buttons()
            # The same words whether or not there is anything to find (with nothing, being done
            # having found nothing is the answer): the button must not tell which it is.
            buttons.append(Button("done", wide, t("comic.hunt_done"), "primary", 26))
        elif step.type == "ending":
            buttons.append(Button("results", wide, t("comic.continue"), "primary", 26, icon="▶"))
        else:
            buttons.append(Button("continue", wide, t("comic.continue"), "primary", 26, icon="▶"))
        # The step's own buttons come first in the focus order; the first is focused.
        buttons += [Button("menu", (16, 8, 108, 40), t("comic.menu"), "quiet", 22),
                    Button("history", (132, 8, 108, 40), t("comic.history"), "quiet", 22)]
        if fresh:
            self.buttons.set(buttons, main=buttons[0].id)
            if step.type == "redflags":
                # Nothing is focused in a hunt: Enter alone taps nothing (the first part in reading
                # order answered for a child pressing Enter through the level: an innocent one on a
                # screen with nothing to find, a clue elsewhere). Tab or an arrow picks a part.
                self.buttons.focus = None
        else:
            picked = self.buttons.focused_id is not None
            self.buttons.set(buttons, keep_focus=True)
            if not picked:
                self.buttons.focus = None  # (a new window size picks nothing either)
        self.dirty = True

    # -- input ---------------------------------------------------------------------

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        if intent.kind == it.BACK:
            self._open_pause()
            return
        on_panel = intent.pos is not None and _inside(intent.pos, self.geo.frame)
        if intent.kind == it.TAP and on_panel and self.shown.type != "redflags" and self._skip_animation():
            self.dirty = True
            return
        if intent.kind == it.ACTIVATE and self.buttons.focused_id is None and self.shown.type == "redflags":
            self._say(self.t("comic.hunt_keys"), seconds=3.0)  # how to pick a part with the keys
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

    def _say(self, note: str, part: str | None = None, seconds: float = TOAST_TIME) -> None:
        """A short note under a hunt's question for a moment (beside `part`'s ring, if given)."""
        self.toast, self.toast_time, self.toast_part = note, seconds, part
        self.dirty = True

    def _open_pause(self) -> None:
        self.app.stack.push(PauseScene(self.app, self.level))

    def _tap_part(self, part: str) -> None:
        result = self.play.tap(part)
        if result.kind == "found":
            self.app.sounds.play("clue")
            self.toast = ""
        elif result.kind == "innocent":
            self._say(self.t("comic.hunt_innocent"), part)
        if self.play.outcome is not None:  # that tap ended the hunt
            self.toast = ""  # (锡小朗's callouts say what is next; the notice lay under one of them)
            self._show_outcome(self.play.outcome)

    def _show_outcome(self, outcome: Outcome) -> None:
        if outcome.kind == "decision":
            self.app.sounds.play("clue" if outcome.right else "uh_oh")
        self.app.stack.push(self.card_for(outcome))

    def on_result(self, result) -> None:
        """Back from feedback (or history, pause): show where the play is now."""
        if result == "feedback_closed":
            self.play.acknowledge()
            if self.review:
                self.app.stack.pop(("reviewed", self.play.last_right, self.play.left_notebook))
            else:
                self._show_current()
        self.dirty = True

    def _show_current(self) -> None:
        if self.shown.id != self._built_for:
            self._build()

    # -- time ---------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        # Words appearing and the fade change only the panel: the loop redraws just its frame.
        if self.typing.advance(dt) | self.reading.advance(dt):
            self.changed(self.geo.frame)
        if self.fade > 0:
            if self._paper_first:
                self._paper_first = False  # (its first frame is paper alone: see draw)
            else:
                self.fade = max(0.0, self.fade - dt)
            self.changed(self.geo.frame)
        if self.toast_time > 0:
            self.toast_time = max(0.0, self.toast_time - dt)
            if self.toast_time == 0:
                self.toast = ""  # the note goes: the column is laid out again
                self.dirty = True

    # -- drawing ---------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.t
        geo = self.geo
        outcome = self.explaining()
        explaining = geo.explaining(self._chosen_rect(outcome)) if outcome and outcome.kind == "decision" else None
        veil = self._veil_under(canvas, explaining)  # (see game.scenes.comic_veil)
        painted, meter, column = None, None, None
        if veil is not None:
            colour, holes, _, covered = veil
            # (explaining None: a hunt's card or the ending's)
            painted = hud.Veiled(colour, self._empty_page(canvas, explaining, holes, covered),
                                 self._empty_bar(canvas, holes), covered)
            meter = self.meter_veiled(canvas, explaining, holes)
            column = self.column_veiled(canvas, holes) if explaining is None else None
        # The panel's picture covers its frame: the page is not filled under it (nor under a card).
        hud.draw_background(canvas, covered=geo.frame, veiled=painted)
        self.draw_title(canvas)
        # A fade from the paper begins with the paper alone: the frame that changes the whole
        # screen does not draw the panel too (it would be 93% covered).
        paper = self.fade >= FADE_TIME
        self.draw_panel(canvas, self.shown, hidden=("xiaolang",) if self.guide_above() else (), veil=veil,
                        blank=pal.PAPER if paper else None)
        self.veiled = [inside_border(canvas, geo.frame)] + painted.page + painted.bar + [
            r for r in (meter, column) if r is not None] if veil else None
        if geo.tall:
            hud.draw_leak_meter(canvas, self.session.leaked, t, geo.meter, "bar", self.level.leak_kinds)
        if explaining is not None:
            self._draw_answered(canvas, explaining, outcome, meter_veiled=meter is not None)
        else:
            self._draw_column(canvas, (pal.GUTTER, veil[0]) if column is not None else None)
            if not geo.tall:
                self.draw_meter(canvas, veil[0] if meter is not None else None)
            if veil is not None and veil[2] is not None:  # (a focused part's ring is in the veiled panel)
                self.buttons.draw(canvas, skip_style="part")
            else:
                self.buttons.draw(canvas)
        if self.fade > 0 and not paper:
            alpha = int(255 * self.fade / FADE_TIME)
            canvas.box(geo.frame, fill=(*pal.PAPER, alpha))

    def draw_change(self, canvas: Canvas) -> bool:
        """Words appearing and the fade change only the panel (see update): with nothing over
        this screen, the panel alone is drawn again, and what else reaches into its frame (a
        focused part's ring); the page, the bar, the column and the buttons stay as shown."""
        if self.app.stack.top is not self or self.area != self.geo.frame:
            return False
        self._place(canvas.size)
        paper = self.fade >= FADE_TIME
        self.draw_panel(canvas, self.shown, blank=pal.PAPER if paper else None)
        frame = canvas.real_rect(self.geo.frame)
        for i, button in enumerate(self.buttons.buttons):
            x, y, w, h = button.rect
            if canvas.real_rect((x - 12, y - 12, w + 24, h + 24)).colliderect(frame):
                draw_button(canvas, button, i == self.buttons.focus)
        if self.fade > 0 and not paper:
            canvas.box(self.geo.frame, fill=(*pal.PAPER, int(255 * self.fade / FADE_TIME)))
        return True

    def draw_meter(self, canvas: Canvas, veiled=None) -> None:
        """The leak meter in its own place (not while 锡小朗 explains a decision); `veiled`:
        the colour of the overlay's veil it is drawn under, veiled already (see comic_veil)."""
        hud.draw_leak_meter(canvas, self.session.leaked, self.t, self.geo.meter, shown=self.level.leak_kinds,
                            over=(pal.GUTTER, veiled) if veiled is not None else None)

    def draw_panel(self, canvas: Canvas, step: Step, hidden: tuple[str, ...] = (), veil: tuple | None = None,
                   blank=None) -> None:
        panel = self.panel_of(step)
        hud.draw_framed_panel(canvas.with_art(self.art_roots), panel, self.level.persona, self.characters,
                              self.typing.value(), self.reading.value(), self.geo.frame, hidden, veil, blank)
        if step.type == "redflags" and (veil is None or veil[2] is None):  # (else in the veiled picture)
            self._draw_hunt_marks(canvas)


def _inside(pos: tuple[float, float], rect: Rect) -> bool:
    return rect[0] <= pos[0] <= rect[0] + rect[2] and rect[1] <= pos[1] <= rect[1] + rect[3]

