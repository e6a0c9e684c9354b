"""真还是假: one simulated screen at a time, answered 真 or 假, then 锡小朗 shows the clue.

The phone is drawn big in the middle with the context (`caption`) above it and
the two answer buttons at either side, in the same place for every item so
position gives nothing away. An item opens with no answer focused: Enter alone
answers nothing (a child pressing Enter through the round would say 真 to every
item, and that is the class's check). An arrow or Tab picks one, with its focus
ring, and Enter then answers; Enter before that shows which key picks which
answer. Taps answer at once, as ever. After an answer the phone moves right to make
room for 锡小朗's card (the levels' FeedbackScene, pointing at the clue's part
as laid out before the first frame), and after the last item a results card
lists every item, naming gently each genuine one the player refused. The screen
is made for 1280x720; on a taller one (4:3, 5:4) it is centred, below the top
bar, which stays at the top with 菜单.

The rules are `game.play.quickround`; the item sets `game.levels.quick`.
`QuickFit` is the real-font check that every item fits this screen, run by the
game and by `validate` alike.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

import pygame

from game.engine import intents as it
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.dry import DryCanvas
from game.engine.scenes import Scene
from game.levels.model import Persona, Screen
from game.levels.problems import Problem
from game.levels.quick import QuickItem, QuickResult, QuickSet, load_folder
from game.play.quickround import ANSWERS, QuickOutcome, QuickRound, verdict_of
from game.scenes.feedback import FeedbackScene
from game.scenes.feedback_plan import Stage
from game.scenes.pause import PauseScene
from game.ui import hud
from game.ui.button import Button, ButtonGroup, draw_button
from game.ui.phone import PHONE_RECT, draw_phone
from game.ui.placement import Keep
from game.ui.quick_results import TITLE_TEXT, TITLE_W, draw_results

PHONE_TOP, PHONE_H = 160.0, 548.0
SCALE = PHONE_H / PHONE_RECT[3]  # the phone's panel space (1280x720) to the screen
PHONE_W = PHONE_RECT[2] * SCALE
ASKING_X = 640 - PHONE_W / 2  # centred while the player decides
EXPLAINING_RIGHT = 950.0  # moved right for 锡小朗's card, leaving room for the clue's label
CAPTION_W, CAPTION_TEXT, CAPTION_TOP = 900.0, 24, 70.0
ANSWER_W, ANSWER_H, ANSWER_Y = 280.0, 200.0, 300.0
ANSWER_RECTS: dict[str, Rect] = {
    "real": ((ASKING_X - ANSWER_W) / 2, ANSWER_Y, ANSWER_W, ANSWER_H),
    "fake": (1280 - (ASKING_X - ANSWER_W) / 2 - ANSWER_W, ANSWER_Y, ANSWER_W, ANSWER_H),
}
SLIDE_TIME = 0.25
KEY_TEXT = 22  # the keys that pick an answer, under it
NO_PERSONA = Persona("")
BADGES = {("safe", True): "quick.badge_right_real", ("safe", False): "quick.badge_right_fake",
          ("risky", False): "quick.badge_risky", ("too_suspicious", True): "quick.badge_too_suspicious"}
LISTS = {"message": "messages", "thread": "threads"}  # a part's name -> its list in the file


def phone_x(explaining: float) -> float:
    """The phone's left edge: centred while asking (0), moved right while explaining (1)."""
    return ASKING_X + (EXPLAINING_RIGHT - PHONE_W - ASKING_X) * explaining


def phone_frame(x: float) -> Rect:
    """The rect (screen space) the phone's 1280x720 panel space fills, phone's left edge at x."""
    return (x - PHONE_RECT[0] * SCALE, PHONE_TOP - PHONE_RECT[1] * SCALE, 1280 * SCALE, 720 * SCALE)


def lowered(rect: Rect, dy: float) -> Rect:
    """The rect, dy further down."""
    x, y, w, h = rect
    return (x, y + dy, w, h)


def to_screen(rect: Rect, x: float, dy: float = 0.0) -> Rect:
    """A rect of the phone's panel space on the screen, the phone's left edge at x, the design
    moved down by dy (a taller screen: see hud.centred)."""
    fx, fy, _, _ = phone_frame(x)
    return lowered((fx + rect[0] * SCALE, fy + rect[1] * SCALE, rect[2] * SCALE, rect[3] * SCALE), dy)


@dataclass
class ItemLayout:
    parts: dict[str, Rect]  # the screen's parts, in the phone's panel space
    overflows: list[str]  # parts whose text did not fit ("screen.message:1", ...)
    caption: object  # the caption's TextBlock, or None


def layout_item(canvas: Canvas, item: QuickItem) -> ItemLayout:
    """Where an item's parts go and what would be cut, from a dry canvas: the draw uses the same."""
    cut: list[str] = []
    parts = draw_phone(canvas.sub(phone_frame(ASKING_X), 1280), item.screen, NO_PERSONA, None, cut)
    caption = canvas.layout(item.caption, CAPTION_W - 40, CAPTION_TEXT, bold=True, max_lines=2) \
        if item.caption else None
    return ItemLayout(parts, cut, caption)


def answer_label(t, answer: str) -> str:
    return t("quick.real") if answer == "real" else t("quick.fake")


def caption_rect(caption) -> Rect:
    """Where an item's caption card is drawn (on the 1280x720 design), from its laid-out block."""
    w = caption.width + 40
    return (640 - w / 2, CAPTION_TOP, w, caption.height + 24)


def feedback_scene(app, item: QuickItem, answer: str, verdict: str, parts: dict[str, Rect],
                   caption: Rect | None = None) -> FeedbackScene:
    """The levels' feedback card for one answer, ringing the clue where the phone stands while explaining
    (lower on a taller screen, where the design is centred: the card plans each size with its own)."""
    t = app.locale
    # With no part named, the point is that nothing on the screen is wrong: the whole phone is ringed.
    rect = parts.get(item.clue.target) if item.clue.target else PHONE_RECT

    def highlights(dy: float) -> list[tuple[Rect, str]]:
        return [(to_screen(rect, phone_x(1.0), dy), item.clue.text)] if rect else []

    def stage(size) -> Stage:
        dy = hud.centre_offset(size)
        # 锡小朗 and his card keep off the top bar (the count) and, where they can, the caption (what
        # the screen is about); a taller screen has room beside the phone too, so they keep off that
        # where they can, leaving the other messages in view. (On 16:9 there is not always that room.)
        keeps = [Keep((0, 0, 1280, hud.TOP_BAR_H), "top bar")]
        if dy:
            keeps.append(Keep(to_screen(PHONE_RECT, phone_x(1.0), dy), "phone", must=False))
        if caption is not None:
            keeps.append(Keep(lowered(caption, dy), "caption", must=False, weight=4))
        # The callouts go over the background, not over the caption or the top bar's words, where
        # they can (a ring round the whole phone has its callout above it, where these are).
        text = [(0, 0, 1280, hud.TOP_BAR_H)] + ([lowered(caption, dy)] if caption is not None else [])
        return Stage(highlights(dy), keeps, text=text)

    return FeedbackScene(app, verdict, list(item.feedback), "happy" if verdict == "safe" else "thinking",
                         highlights(0.0), badge=t(BADGES[(verdict, item.genuine)]), chosen=answer_label(t, answer),
                         stage=stage)


class QuickRoundScene(Scene):
    name = "quick"
    adaptive = True

    def __init__(self, app, set_id: str | None = None, limit: int | None = None,
                 item_set: QuickSet | None = None, seed: int | None = None) -> None:
        super().__init__()
        self.app = app
        self.t = app.locale
        self.item_set = item_set or pick_set(load_sets(app), set_id)
        seed = app.rng.getrandbits(32) if seed is None else seed  # a new order every run, as comic.py
        self.round = QuickRound(self.item_set, app.player, seed, limit) if self.item_set is not None else None
        self.buttons = ButtonGroup()
        self.layout: ItemLayout | None = None
        self.explaining = 0.0  # 0: asking, 1: the phone has moved for the card
        self.sliding = False
        self.feedback_shown = 0
        self.keys_shown = False  # Enter came before an answer was picked: show the keys that pick one
        self.dy = hud.centre_offset(app.viewport.size)  # how far down the design is drawn (a taller screen)
        self._build()

    # -- what is on screen ------------------------------------------------------------

    @property
    def phase(self) -> str:
        if self.round is None:
            return "empty"
        return "results" if self.round.finished else "item"

    @property
    def item(self) -> QuickItem | None:
        return self.round.current if self.round is not None else None

    @property
    def run_place(self) -> str | None:
        """A booth's name of the item on screen (where a visitor who leaves now left)."""
        item = self.item if self.phase == "item" else None
        return f"quick:{self.item_set.id}:{item.id}" if item is not None else None

    @property
    def run_score(self) -> int | None:
        """The round's score once its results show (a booth's run is then finished), else None."""
        return self.round.score if self.phase == "results" else None

    def _build(self) -> None:
        """Layout and buttons for what is shown now, before its first frame."""
        self.explaining = 0.0
        self.sliding = False
        self.layout = layout_item(DryCanvas(self.app.assets), self.item) if self.phase == "item" else None
        self.keys_shown = False
        buttons = self._buttons()
        self.buttons.set(buttons, main=buttons[-1].id)
        if self.phase == "item":
            self.buttons.focus = None  # no answer is focused until the keyboard picks one
        self.dirty = True

    def _place(self, size) -> None:
        """On a taller screen the design is centred (see hud.centred): its buttons go with it."""
        dy = hud.centre_offset(size)
        if dy != self.dy:
            self.dy = dy
            picked = self.buttons.focused_id is not None
            self.buttons.set(self._buttons(), keep_focus=True)
            if not picked:
                self.buttons.focus = None  # (still none: moving the buttons picks none)

    def _buttons(self) -> list[Button]:
        """What can be pressed now, where it is drawn: on the design moved down by `dy`, but 菜单
        stays in the top bar, at the top of the screen."""
        t = self.t
        dy = self.dy
        if self.phase == "item":
            return [Button(a, lowered(ANSWER_RECTS[a], dy), answer_label(t, a), "option", 64) for a in ANSWER_RECTS] \
                + [Button("menu", (16, 8, 108, 40), t("comic.menu"), "quiet", 22)]
        if self.app.kiosk is not None and self.phase == "results":  # a booth run goes on to the board
            return [Button("finish", (690, 640 + dy, 260, 64), t("kiosk.next"), "primary", 26, icon="▶")]
        again = [Button("again", (330, 640 + dy, 260, 64), t("quick.again"), "secondary", 26)] \
            if self.phase == "results" else []
        return again + [Button("home", (690, 640 + dy, 260, 64), t("quick.home"), "primary", 26)]

    # -- input ----------------------------------------------------------------------------

    def handle(self, intent: it.Intent) -> None:
        self._place(self.app.viewport.size)
        self.dirty = True
        if self.phase != "item":
            chosen = self.buttons.handle(intent)
            if chosen == "finish" and self.app.kiosk is not None:
                self.app.kiosk.finish_run(self.round.score)
            elif chosen == "again":
                self.app.routes.go("quick", item_set=self.item_set, limit=self._limit())
            elif chosen == "home" or intent.kind == it.BACK:
                self.app.routes.home()
            return
        if intent.kind == it.BACK:
            self.app.stack.push(PauseScene(self.app, level_list=False))
            return
        if self.round.outcome is not None:
            return  # answered: the phone is on its way to 锡小朗's card
        if self.buttons.focused_id in (None, "real", "fake") and self._pick(intent):
            return
        chosen = self.buttons.handle(intent)
        if chosen == "menu":
            self.app.stack.push(PauseScene(self.app, level_list=False))
        elif chosen in ("real", "fake"):
            self._answer(chosen)

    def _pick(self, intent: it.Intent) -> bool:
        """Left or Right picks the answer on that side (from the other answer too: it went round to
        菜单 from 真); with no answer picked, Enter (or Space) shows the keys that pick one instead of
        answering. True when the intent was used up here."""
        if intent.kind == it.ACTIVATE and self.buttons.focused_id is None:
            self.keys_shown = True
            return True
        side = {it.LEFT: "real", it.RIGHT: "fake"}.get(intent.direction)
        if intent.kind in (it.FOCUS_NEXT, it.FOCUS_PREV) and side is not None:
            self.buttons.focus_on(side)
            return True
        return False  # Tab, Shift+Tab, Up and Down go through the buttons in their order

    def _limit(self) -> int | None:
        return self.round.total if self.round.total < len(self.item_set.items) else None

    def _answer(self, answer: str) -> None:
        outcome = self.round.answer(answer)
        self.app.sounds.play("clue" if outcome.right else "uh_oh")
        if self.app.settings.reduced_motion:
            self.explaining = 1.0
            self._explain(outcome)
        else:
            self.sliding = True

    def _explain(self, outcome: QuickOutcome) -> None:
        self.feedback_shown += 1
        caption = caption_rect(self.layout.caption) if self.layout.caption is not None else None
        self.app.stack.push(feedback_scene(self.app, outcome.item, outcome.answer, outcome.verdict,
                                           self.layout.parts, caption))

    def on_result(self, result) -> None:
        if result == "feedback_closed" and self.round is not None and self.round.outcome is not None:
            self.round.acknowledge()
            self._build()

    # -- time ----------------------------------------------------------------------------------

    def update(self, dt: float) -> None:
        self._place(self.app.viewport.size)
        if self.sliding:
            self.explaining = min(1.0, self.explaining + dt / SLIDE_TIME)
            self.dirty = True
            if self.explaining >= 1.0:
                self.sliding = False
                self._explain(self.round.outcome)

    # -- drawing ----------------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        self._place(canvas.size)
        t = self.t
        if self.phase == "results":
            draw_results(canvas, t, self.round, self.dy)
        elif self.phase == "empty":
            hud.draw_page(canvas, t("quick.heading"), 60 + self.dy, 40)
            page = hud.centred(canvas)
            block = page.layout(t("quick.none"), 800, 28, bold=True, max_lines=3)
            page.text_block(block, (240, 300), pal.INK, bold=True, align="center", width=800)
        else:
            self._draw_item(canvas)
        if self.phase != "item":
            self.buttons.draw(canvas)

    def _draw_item(self, canvas: Canvas) -> None:
        t = self.t
        item = self.item
        hud.draw_background(canvas)
        # The title stays in the top bar on a tall screen too (where a comic has its leak meter instead).
        hud.draw_title(canvas, f"{t('quick.heading')} · {self.item_set.title}",
                       t("quick.progress", index=self.round.index + 1, total=self.round.total),
                       title_at=(640, hud.TOP_BAR_H / 2))
        page = hud.centred(canvas)  # the top bar stays at the top; the rest is centred below it
        if self.layout.caption is not None:
            block = self.layout.caption
            hud.draw_card(page, caption_rect(block), pal.CAPTION)
            page.text_block(block, (640 - block.width / 2, CAPTION_TOP + 12), pal.INK, bold=True)
        phone = page.sub(phone_frame(phone_x(self.explaining)), 1280)
        with phone.group("screen", PHONE_RECT):  # (drawn small on purpose, like a real phone: as in a panel)
            draw_phone(phone, item.screen, NO_PERSONA)
        if self.round.outcome is None:
            for button in self.buttons.buttons:
                focused = button.id == self.buttons.focused_id
                if button.id in ANSWER_RECTS:
                    self._draw_answer(canvas, button, focused)
                    if self.keys_shown and self.buttons.focused_id is None:
                        self._draw_key(canvas, button)
                else:
                    draw_button(canvas, button, focused)

    def _draw_answer(self, canvas: Canvas, button: Button, focused: bool) -> None:
        """A big 真 or 假 with its mark and a short line under it: colour is never the only sign."""
        t = self.t
        x, y, w, h = button.rect
        real = button.id == "real"
        colour = pal.GREEN if real else pal.RED
        canvas.shadow(button.rect, (4, 6), (0x2B, 0x2B, 0x3A, 60), radius=24)
        canvas.box(button.rect, fill=pal.WHITE, border=pal.INK, width=4, radius=24)
        if focused:
            canvas.box((x - 8, y - 8, w + 16, h + 16), border=pal.BLUE, width=5, radius=30)
        canvas.circle((x + 62, y + 74), 34, fill=colour, border=pal.INK, width=3)
        canvas.text("✓" if real else "!", (x + 62, y + 74), 40, pal.WHITE, bold=True, anchor="center")
        canvas.text(button.label, (x + 180, y + 74), 76, colour, bold=True, anchor="center")
        hint = t("quick.real_hint") if real else t("quick.fake_hint")
        canvas.text(hint, (x + w / 2, y + 160), 26, pal.INK, bold=True, anchor="center")

    def _draw_key(self, canvas: Canvas, button: Button) -> None:
        """Under an answer, the key that picks it (shown once Enter came with no answer picked)."""
        x, y, w, h = button.rect
        text = self.t("quick.pick_key", arrow="←" if button.id == "real" else "→")
        block = canvas.layout(text, w, KEY_TEXT, bold=True, max_lines=2)
        canvas.text_block(block, (x, y + h + 26), pal.BLUE, bold=True, align="center", width=w)


# -- the item sets the game shows -----------------------------------------------------------------

def load_sets(app) -> list[QuickSet]:
    """The item sets of the game's quick-round folder that passed every check `validate` runs
    (problems of the others go to stderr, as the levels' do)."""
    folder = Path(app.settings.levels_dir) / "quick"
    results = load_folder(folder, app.settings.assets_dir, fit=QuickFit(app.assets, app.locale),
                          lang=getattr(app, "lang", ""))  # a set's translation beside it, in the game's language
    for result in results:
        for problem in result.problems:
            print(f"quick-round problem: {problem}", file=sys.stderr)
    return [r.item_set for r in results if r.item_set is not None]


def pick_set(sets: list[QuickSet], set_id: str | None) -> QuickSet | None:
    """The set with this id, or the first one (None when there is none)."""
    if set_id is not None:
        return next((s for s in sets if s.id == set_id), None)
    return sets[0] if sets else None


# -- the real-font check ----------------------------------------------------------------------------

class QuickFit:
    """Lays every item out as this screen does and reports what would be cut, at its line."""

    def __init__(self, assets, locale) -> None:
        pygame.font.init()  # validate may build this before anything else has
        self.canvas = DryCanvas(assets)
        self.app = SimpleNamespace(locale=locale)

    def __call__(self, result: QuickResult) -> list[Problem]:
        problems: list[Problem] = []

        def report(where: str, message: str) -> None:
            line, col = result.positions.get(where, result.positions.get(where.rsplit(".", 1)[0], (0, 0)))
            problems.append(Problem(result.path, line, col, where, message))

        for i, item in enumerate(result.item_set.items):
            path = f"items[{i}]"
            layout = layout_item(self.canvas, item)
            for what in dict.fromkeys(layout.overflows):
                report(_screen_path(f"{path}.screen", item.screen, what), "this text does not fit on the phone; "
                                                                         "shorten it")
            if layout.caption is not None and not layout.caption.fits:
                report(f"{path}.caption", "the caption does not fit in 2 lines above the phone; shorten it")
            if not self.canvas.layout(item.title, TITLE_W, TITLE_TEXT, bold=True, max_lines=1).fits:
                report(f"{path}.title", "the title does not fit on one line of the results list; shorten it")
            if item.clue.target and not self.canvas.layout(item.clue.text, 240, 21, bold=True, max_lines=3).fits:
                report(f"{path}.clue.text", "this explanation is too long for its label; shorten it")
            for answer in ANSWERS:
                card = feedback_scene(self.app, item, answer, verdict_of(item, answer), layout.parts)
                if not card.fits(self.canvas):
                    report(f"{path}.feedback", "the feedback card cannot show all of this text; shorten it")
                    break
        return problems


def _screen_path(base: str, screen: Screen, what: str) -> str:
    """The file path of a part the phone named as cut ("screen.message:1" -> "…screen.messages[1]")."""
    name = what[len("screen."):] if what.startswith("screen.") else ""
    part, _, arg = name.partition(":")
    if part in ("body", "message", "thread"):
        return f"{base}.{LISTS.get(part, part)}[{arg}]"
    if part == "field":
        ids = [f.id for f in screen.fields]
        return f"{base}.fields[{ids.index(arg)}]" if arg in ids else f"{base}.fields"
    return f"{base}.{part}" if part else base
