"""The results of one play: score and stars, each decision, clues, leaks, the rule."""
from __future__ import annotations

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Wrap
from game.engine.scenes import Scene
from game.play.session import Session
from game.scenes import lookahead
from game.ui import hud
from game.ui.button import Button, ButtonGroup, shift_buttons
from game.ui.results_layout import HEADING_SIZE, RULE_LINES, RULE_SIZE, RULE_W, TALL_TYPE

VERDICT_ICONS = {"safe": "✓", "risky": "!", "too_suspicious": "?"}
CLUE_CARD = (848, 90, 392)  # x, y, width of the card of clues found and missed
CLUE_WIDTH = CLUE_CARD[2] - 70  # a clue's explanation, right of its ✓ or !
CLUE_TEXT = 21
# Three lines hold every explanation `validate` passes: it holds them to 锡小朗's callout, narrower
# (LABEL_W - 64) and in bold, in three lines (game/fitcheck.py).
CLUE_LINES = 3


class ResultsScene(Scene):
    name = "results"
    adaptive = True

    def __init__(self, app, session: Session, notebook_added: int = 0) -> None:
        super().__init__()
        self.app = app
        self.session = session
        self.level = session.level
        self.run_score = session.score  # (a booth's run is finished once its results show)
        self.notebook_added = notebook_added
        t = app.locale
        # Tab order follows the screen left to right: back, again, next.
        buttons = [Button("back", (90, 640, 200, 64), t("results.back"), "quiet", 26),
                   Button("again", (330, 640, 200, 64), t("results.again"), "secondary", 26)]
        if app.kiosk is not None:  # a booth run goes on to the nickname and the board
            buttons = [Button("finish", (990, 640, 200, 64), t("kiosk.next"), "primary", 26, icon="▶")]
        elif app.level_after(self.level.id) is not None:
            buttons.append(Button("next", (990, 640, 200, 64), t("results.next"), "primary", 26, icon="▶"))
        elif app.lesson is not None and app.lesson.after and self.level.id in app.lesson.levels:
            # the lesson's last story: on to its 真还是假 after round, not back to look for it on the title
            buttons.append(Button("after", (890, 640, 300, 64), t("title.lesson_after"), "primary", 24, icon="▶"))
        # "next" when there is one, else "again"; the play itself was recorded as it ended.
        self.buttons = ButtonGroup(buttons, main=buttons[-1].id)
        self.extra = 0.0  # on a taller screen the cards grow by this much and the buttons move down
        self._place(app.viewport.size)

    @property
    def k(self) -> float:
        """The text size factor: larger when the screen is tall enough to have room for it."""
        return TALL_TYPE if self.extra >= 160 else 1.0

    def _place(self, size) -> None:
        extra = max(0.0, size[1] - 720)
        if extra != self.extra:
            shift_buttons(self.buttons, 0, extra - self.extra)
            self.extra = extra

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)

    def prepare(self) -> bool:
        """While the player reads: the first panel of the level 下一关 starts, then of this one."""
        key = (self.app.viewport.size, self.app.window.get_size(), id(self.app.window))
        if key != getattr(self, "_ahead_key", None):
            if getattr(self, "_ahead_key", None) is None:
                # The finished play's panels are not shown again: they go before the next
                # first panels are made (再玩一次 has its first one made again, ahead).
                self.app.assets.pictures.clear()
            self._ahead_key = key
            levels = [self.app.level_after(self.level.id), self.level] if self.app.kiosk is None else []
            self._ahead = (done for level in levels if level is not None for done in lookahead.level_start(self.app, level))
        return next(self._ahead, False)

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if self.app.kiosk is not None:
            if chosen == "finish":
                self.app.kiosk.finish_run(self.session.score)
        elif chosen == "again":
            self.app.routes.go("play", level=self.level)
        elif chosen == "next":
            following = self.app.level_after(self.level.id)
            if following is not None:
                self.app.routes.go("play", level=following)
        elif chosen == "after":
            lesson = self.app.lesson
            self.app.routes.go("quick", set_id=lesson.after, limit=lesson.quick_items)
        elif chosen == "back" or intent.kind == it.BACK:
            self.app.routes.go("levels", level_id=self.level.id)
        self.dirty = True

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.app.locale
        s = self.session
        hud.draw_page(canvas, t("results.heading") + " · " + self.level.title, 44, HEADING_SIZE)
        self._draw_score(canvas, s)
        self._draw_decisions(canvas, s)
        self._draw_clues(canvas, s)
        self.buttons.draw(canvas)

    def _draw_score(self, canvas: Canvas, s: Session) -> None:
        card = (40, 90, 380, 530 + self.extra)
        hud.draw_card(canvas, card)
        with canvas.group("score", card):
            self._draw_score_inside(canvas, s)

    def _draw_score_inside(self, canvas: Canvas, s: Session) -> None:
        t = self.app.locale
        for i in range(3):
            cx = 130 + i * 100
            filled = i < s.stars
            canvas.circle((cx, 170), 40, fill=pal.AMBER if filled else pal.WHITE, border=pal.INK, width=4)
            canvas.text("★" if filled else "☆", (cx, 170), 44, pal.WHITE if filled else pal.INK_SOFT,
                        bold=True, anchor="center")
        k = self.k
        canvas.text(t("results.score", score=s.score, max=s.max_score), (230, 250), 30 * k, pal.INK, bold=True,
                    anchor="center")
        y = 300 + 10 * (k - 1) * 5
        leaked = s.leaked_in_order
        if leaked:
            items = t("game.list_separator").join(t(f"leaks.{kind}") for kind in leaked)
            status, colour = Wrap(t("results.leaked", items=items), 330, 24 * k, True, 3), pal.RED
        else:
            status, colour = Wrap(t("results.leaked_none"), 330, 24 * k, True), pal.GREEN
        wraps = [status, Wrap(self.level.rule, RULE_W, RULE_SIZE * k, max_lines=RULE_LINES)]
        if self.notebook_added:
            wraps.append(Wrap(t("results.notebook_added", count=self.notebook_added), 330, 21 * k))
        block, rule, *added = canvas.layout_together(wraps)  # one card, one text size
        canvas.text_block(block, (64, y), colour, bold=True)
        y += block.height + 24 * k
        canvas.text(t("results.rule"), (64, y), 22 * k, pal.BLUE, bold=True)
        canvas.box((56, y + 34 * k, 348, rule.height + 28), fill=pal.BLUE_LIGHT, border=pal.BLUE, width=3,
                   radius=14)
        canvas.text_block(rule, (70, y + 34 * k + 14), pal.INK)
        y += 34 * k + rule.height + 44
        if added:
            canvas.text_block(added[0], (64, y), pal.INK_SOFT)

    def _draw_decisions(self, canvas: Canvas, s: Session) -> None:
        x, y, w = 444, 90, 380
        hud.draw_card(canvas, (x, y, w, 530 + self.extra))
        with canvas.group("decisions", (x, y, w, 530 + self.extra)):
            self._draw_decisions_inside(canvas, s, x, y, w)

    def _draw_decisions_inside(self, canvas: Canvas, s: Session, x: float, y: float, w: float) -> None:
        t = self.app.locale
        k = self.k
        canvas.text(t("results.decisions"), (x + 20, y + 16), 24 * k, pal.INK, bold=True)
        top, bottom = y + 60 * k, y + 510 + self.extra
        entries, shown, factor = self._decision_list(canvas, s, w, top, bottom)
        cy = top
        for decision, prompt, label, height in entries[:shown]:
            colour = pal.VERDICT_COLOURS[decision.verdict]
            canvas.circle((x + 36, cy + 16), 16, fill=colour, border=pal.INK, width=3)
            canvas.text(VERDICT_ICONS[decision.verdict], (x + 36, cy + 16), 20, pal.WHITE, bold=True,
                        anchor="center")
            label_y = cy
            if prompt is not None:
                canvas.text_block(prompt, (x + 64, cy), pal.INK_SOFT)
                label_y += prompt.height + 6
            canvas.text_block(label, (x + 64, label_y), colour, bold=True)
            cy += height
        if shown < len(entries):
            canvas.text_block(canvas.layout(*self._more_choices(w, len(entries) - shown), factor=factor),
                              (x + 20, cy), pal.INK_SOFT)

    def _more_choices(self, w: float, count: int) -> Wrap:
        return Wrap(self.app.locale("results.more_choices", count=count), w - 40, 20 * self.k, max_lines=2)

    def _decision_list(self, canvas: Canvas, s: Session, w: float, top: float, bottom: float) -> tuple:
        """The answers as listed, how many of them show and the one factor of the player's text size
        they are laid out at: the largest at which each text keeps to its standard space and the
        list shows as much as at the standard size (each with its moment or none, as many answers)."""
        def listed(factor: float) -> tuple[list, int]:
            entries = self._decision_entries(canvas, s, w, True, factor)
            if sum(height for *_, height in entries) - 18 > bottom - top:  # each answer without its moment
                entries = self._decision_entries(canvas, s, w, False, factor)
            # (an answer's last 18 are its gap to the next: the last one's may pass the bottom)
            return entries, shown_of([height - 18 for *_, height in entries], top, bottom, 40 * self.k, 18)

        entries, shown = listed(1.0)
        if not entries:
            return entries, 0, 1.0
        wraps = [wrap for e in entries[:shown] for wrap in self._entry_wraps(e[0], w, e[1] is not None)]
        if shown < len(entries):
            wraps.append(self._more_choices(w, len(entries) - shown))
        shared = canvas.shared_factor(wraps)
        for factor in [f for f in canvas.text_factors() if f <= shared][:-1]:
            bigger, more = listed(factor)
            if more == shown and (bigger[0][1] is None) == (entries[0][1] is None):
                return bigger, more, factor
        return entries, shown, 1.0

    def _entry_wraps(self, decision, w: float, with_moment: bool) -> list[Wrap]:
        """An answer's texts in the list: its label, then its moment (with `with_moment`)."""
        step = self.level.step(decision.step)
        label = Wrap(step.option(decision.option).label, w - 80, 22 * self.k, True, 2)
        return [label, Wrap(moment_of(step), w - 80, 20 * self.k, max_lines=3)] if with_moment else [label]

    def _decision_entries(self, canvas: Canvas, s: Session, w: float, with_moment: bool,
                          factor: float = 1.0) -> list:
        """(decision, its moment's block or None, its answer's block, the height it takes) of each answer."""
        entries = []
        for decision in s.decisions:
            label, *moment = [canvas.layout(*wrap, factor=factor)
                              for wrap in self._entry_wraps(decision, w, with_moment)]
            prompt = moment[0] if moment else None
            height = (prompt.height + 6 if prompt is not None else 0) + max(label.height, 32) + 18
            entries.append((decision, prompt, label, height))
        return entries

    def _draw_clues(self, canvas: Canvas, s: Session) -> None:
        x, y, w = CLUE_CARD
        hud.draw_card(canvas, (x, y, w, 530 + self.extra))
        with canvas.group("clues", (x, y, w, 530 + self.extra)):
            self._draw_clues_inside(canvas, s, x, y, w)

    def _draw_clues_inside(self, canvas: Canvas, s: Session, x: float, y: float, w: float) -> None:
        t = self.app.locale
        k = self.k
        total = len(s.clues_found) + len(s.clues_missed)
        if not total:  # this play's way met no hunt: say so, not 0/0 over an empty card
            canvas.text(t("results.found_heading"), (x + 20, y + 16), 24 * k, pal.INK, bold=True)
            block = canvas.layout(t("results.found_none"), w - 40, 21 * k, max_lines=4)
            canvas.text_block(block, (x + 20, y + 60 * k), pal.INK_SOFT)
            return
        canvas.text(t("results.found", found=len(s.clues_found), total=total), (x + 20, y + 16), 24 * k,
                    pal.INK, bold=True)
        cy = y + 60 * k
        # Missed clues first: they are the ones to remember.
        listed = [(c, False) for c in s.clues_missed] + [(c, True) for c in s.clues_found]
        blocks, shown, factor = self._clue_list(canvas, [c for c, _ in listed], w, cy, y + 510 + self.extra)
        for (clue_id, found), block in zip(listed[:shown], blocks):
            icon, colour = ("✓", pal.GREEN) if found else ("!", pal.AMBER)
            canvas.text(icon, (x + 30, cy + 12), 22, colour, bold=True, anchor="center")
            canvas.text_block(block, (x + 52, cy), pal.INK)
            cy += block.height + 12
        if shown < len(listed):
            block = canvas.layout(*self._more_clues(w, len(listed) - shown), factor=factor)
            canvas.text_block(block, (x + 20, cy), pal.INK_SOFT)

    def _more_clues(self, w: float, count: int) -> Wrap:
        return Wrap(self.app.locale("results.more_clues", count=count), w - 40, 20 * self.k, max_lines=2)

    def _clue_list(self, canvas: Canvas, clue_ids: list[str], w: float, top: float, bottom: float) -> tuple:
        """The blocks of the clues that show, how many show and the one factor of the player's text
        size they are laid out at: the largest at which each keeps to its standard space and as
        many clues show as at the standard size."""
        # Lines as long as the card allows: a list reads down the left edge, not balanced halves.
        wraps = [Wrap(self.level.clues[c].text, CLUE_WIDTH, CLUE_TEXT * self.k, False, CLUE_LINES, balance=False)
                 for c in clue_ids]

        def listed(factor: float) -> tuple[list, int]:
            blocks = [canvas.layout(*wrap, factor=factor) for wrap in wraps]
            # (each takes its height and a gap; the rest's count takes a line)
            return blocks, shown_of([b.height for b in blocks], top, bottom, 40 * self.k, 12)

        blocks, shown = listed(1.0)
        together = wraps[:shown] + ([self._more_clues(w, len(wraps) - shown)] if shown < len(wraps) else [])
        shared = canvas.shared_factor(together)
        for factor in [f for f in canvas.text_factors() if f <= shared][:-1]:
            bigger, more = listed(factor)
            if more == shown:
                return bigger[:shown], shown, factor
        return blocks[:shown], shown, 1.0


def shown_of(heights: list[float], top: float, bottom: float, count_h: float, gap: float) -> int:
    """How many items of a list (each this tall, then `gap`) show between top and bottom, leaving
    `count_h` at the bottom for a line that counts the rest when some are left out."""
    y = top
    for n, height in enumerate(heights):
        if y + height > bottom - (count_h if n < len(heights) - 1 else 0):
            return n
        y += height + gap
    return len(heights)


def moment_of(step) -> str:
    """The words that say which moment a decision was: its panel's caption (a level's
    decisions often ask the same question, 吴小清会怎么做？), else its question."""
    caption = step.panel.caption if step.panel is not None else ""
    return caption or step.prompt
