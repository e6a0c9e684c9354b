"""锡小朗's feedback: a transparent overlay that points at the clue on the panel.

The panel stays visible under a veil with holes at the clues; each clue gets a
ring and a callout with its explanation, and 锡小朗 explains in a card beside
him, ending with the rule 停一停 — 核实 — 求助. Closing pops with "feedback_closed".

Where everything goes is decided first, as geometry (game.scenes.feedback_plan),
then painted: the veil and the rings first, then 锡小朗 and his card, coming in.
"""
from __future__ import annotations

from typing import Callable

from game.engine import intents as it
from game.engine import palette as pal
from game.engine import words
from game.engine.canvas import Canvas, Rect, TextBlock
from game.engine.dry import DryCanvas
from game.engine.scenes import Scene
from game.engine.viewport import is_tall
from game.scenes.coming_in import ComingIn
from game.scenes.feedback_card import SIZES, CardText, card_fits, notes_of
from game.scenes.feedback_plan import Plan, Stage, plan_feedback
from game.ui import hud
from game.ui.button import Button, ButtonGroup
from game.ui.placement import Callout, GuidePlan, grow, rings

EXPRESSIONS = ("neutral", "happy", "thinking", "worried")
MOUTH = (150.0, 131.0)  # in 锡小朗's 300x600 art, when characters.yaml does not say


VEIL = (0x1E, 0x1E, 0x2A, 150)  # over the screen beneath 锡小朗's card
VEIL_RADIUS = 12  # the rounding of its holes


def veil_holes(plan: Plan) -> list[Rect]:
    """What the veil leaves clear: each clue, and what is lit (the chosen answer, the meter)."""
    return [grow(r, 6) for r in plan.holes] + [grow(k.rect, 4) for k in plan.keeps if k.lit]


class FeedbackScene(ComingIn, Scene):
    transparent = True
    adaptive = True
    name = "feedback"

    def __init__(self, app, verdict: str, lines: list[str], expression: str,
                 highlights: list[tuple[Rect, str]], badge: str = "", chosen: str = "",
                 stage: Callable[[tuple[float, float]], Stage] | None = None, owner=None) -> None:
        super().__init__()
        self.app = app
        self.verdict = verdict
        self.lines = lines
        self.expression = expression if expression in EXPRESSIONS else "neutral"
        self.highlights = highlights
        self.badge = badge or app.locale(f"verdict.{verdict}")
        self.chosen = app.locale("feedback.you_chose", label=chosen) if chosen else ""
        self.rule = app.locale("feedback.rule")
        self.stage = stage  # the screen beneath, for a logical size (None: only the highlights)
        self.owner = owner  # the scene beneath that lays itself out for this feedback (the comic)
        self.outcome = None  # what the owner asked to explain (the owner reads it back)
        characters = getattr(app, "characters", {}) or {}
        self.mouth = tuple(characters.get("xiaolang", {}).get("mouth", MOUTH))
        self.plan: Plan | None = None
        self.begin_coming_in(app)  # (he and his card come in over the veil: game.scenes.coming_in)
        self.buttons = ButtonGroup([Button("close", (0, 0, 1, 1), app.locale("feedback.continue"), "primary", 26)],
                                   main="close")
        viewport = getattr(app, "viewport", None)
        if viewport is not None:
            self._fit(viewport.size)

    # -- where things go (pure geometry, decided per logical size) -------------------------

    def stage_for(self, size: tuple[float, float]) -> Stage:
        if self.stage is not None:
            return self.stage(size)
        return Stage(list(self.highlights))

    def _fit(self, size: tuple[float, float]) -> None:
        if self.plan is not None and self.plan.size == tuple(size):
            return
        self.plan = self.plan_for(tuple(size))
        old = self.buttons.buttons[0]
        self.buttons.set([Button("close", self.plan.button, old.label, "primary", 26)], keep_focus=True)

    def plan_for(self, size: tuple[float, float]) -> Plan:
        """Where everything goes at a logical size: planned once for the same card on the same
        screen (the comic plans each answer's card ahead while the player reads the question)."""
        stage = self.stage_for(size)
        assets = self.app.assets
        key = repr(("feedback", size, stage, self.lines, self.badge, self.chosen, self.rule, self.mouth,
                    self.buttons.buttons[0].label, assets.text_scale, assets.lang, words.state()))
        return assets.plans.get_or(key, lambda: plan_feedback(self, DryCanvas(assets), size, stage))

    def update(self, dt: float) -> None:
        self._fit(self.app.viewport.size)
        self.coming_on(dt)

    def coming_area(self) -> Rect:
        """Where 锡小朗 and his card come in: his art, the card and its shadow."""
        boxes = [self.plan.guide.guide, grow(self.plan.guide.card, 12)]
        x0 = min(b[0] for b in boxes)
        y0 = min(b[1] for b in boxes)
        x1 = max(b[0] + b[2] for b in boxes)
        y1 = max(b[1] + b[3] for b in boxes)
        return (x0, y0, x1 - x0, y1 - y0)

    def coming_key(self, canvas: Canvas) -> tuple:
        return (self.plan, canvas.scale, tuple(canvas.origin))

    def draw_change(self, canvas: Canvas) -> bool:
        self._fit(canvas.size)
        return super().draw_change(canvas)

    def draw_card(self, canvas: Canvas) -> None:
        """锡小朗 and his card."""
        self._draw_guide(canvas, self.plan.guide)
        self._draw_card(canvas, self.plan)

    def fits(self, canvas: Canvas, sizes=SIZES) -> bool:
        """Whether all of the card's text shows, uncut, at one of its widths in every layout
        family, and the card leaves room beside it (even with the clues' explanations in it)."""
        card = CardText.of(self)
        judged = set()  # the card depends only on these: 1280x960 and 1280x1024 judge the same card
        for size in sizes:
            tall = is_tall(size)
            stage = self.stage_for(size)
            notes = notes_of(stage)
            family = (tall, tuple(notes), stage.chosen_shown)
            if family in judged:
                continue
            judged.add(family)
            if not card_fits(card, canvas, tall, notes, stage.chosen_shown):
                return False
        return True

    def handle(self, intent: it.Intent) -> None:
        self._fit(self.app.viewport.size)
        chosen = self.buttons.handle(intent)
        if chosen == "close" or intent.kind == it.BACK:
            self.app.sounds.play("tap")
            self.app.stack.pop("feedback_closed")
        self.dirty = True

    def prepare(self) -> bool:
        """While the player reads the explanation, the screen below makes ready what comes next."""
        prepare = getattr(self.owner, "prepare", None)
        return bool(prepare()) if prepare is not None else False

    # -- painting -------------------------------------------------------------------------------

    def draw(self, canvas: Canvas) -> None:
        self._fit(canvas.size)
        plan = self.plan
        # Not veiled under 锡小朗's card once it is there whole, nor over the panel beneath
        # when the comic drew it veiled already (ComicScene.veiled).
        canvas.veil(VEIL, veil_holes(plan), VEIL_RADIUS, under=plan.guide.card if self.card_whole(canvas) else None,
                    under_radius=hud.CARD_RADIUS, skip=getattr(self.owner, "veiled", None))
        for keep in plan.keeps:
            if keep.must:
                canvas.keep(keep.rect, keep.name)
        ring = pal.AMBER if self.verdict != "safe" else pal.GREEN
        for rect in rings(plan.holes):  # around each clue; stacked ones give way to each other
            canvas.box(rect, border=ring, width=6, radius=14)
        for number, callout, block in plan.callouts:
            self._draw_callout(canvas, number, callout, block, ring)
        for number, centre in plan.numbers:
            _number(canvas, centre, number)
        self.draw_coming(canvas)

    def _draw_callout(self, canvas: Canvas, number: int, callout: Callout, block: TextBlock, colour) -> None:
        x, y, w, h = callout.rect
        canvas.line(callout.start, callout.end, colour, 4, role="leader")
        canvas.circle(callout.start, 7, fill=colour, border=pal.INK, width=2)
        with canvas.group("callout", callout.rect, str(number)):
            hud.draw_card(canvas, callout.rect, pal.CAPTION)
            _number(canvas, (x + 26, y + h / 2), number)
            canvas.text_block(block, (x + 50, y + 12), pal.INK, bold=True)

    def _draw_guide(self, canvas: Canvas, guide: GuidePlan) -> None:
        pose = "pointing" if self.highlights or (self.plan and self.plan.holes) else "standing"
        canvas.art(f"characters/xiaolang/{pose}_{self.expression}.svg", guide.guide, flip=guide.flip)
        canvas.mark("guide", guide.figure, "xiaolang")
        mx, my = guide.mouth
        canvas.mark("mouth", (mx - 2, my - 2, 4, 4), "xiaolang")

    def _draw_card(self, canvas: Canvas, plan: Plan) -> None:
        rows = plan.rows
        x, y, w, h = plan.guide.card
        with canvas.group("card", plan.guide.card, "feedback"):
            hud.draw_card(canvas, plan.guide.card)
            # The tail of 锡小朗's speech reaches from the card to his mouth.
            a, b, tip = plan.guide.tail
            canvas.polygon([a, tip, b], fill=pal.WHITE, border=pal.INK, width=3)
            inner = 1 if not plan.guide.flip else -1
            canvas.box((a[0] - (0 if inner > 0 else 4), a[1] + 3, 4, b[1] - a[1] - 6), fill=pal.WHITE)
            canvas.trace("tail", ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), tip)
            cy = y + 16
            hud.draw_verdict_badge(canvas, self.verdict, self.badge, (x + 24, cy))
            cy += 56
            if rows.chosen:
                canvas.text_block(rows.chosen, (x + 24, cy), pal.INK_SOFT)
                cy += rows.chosen.height + 14
            for block in rows.blocks:
                canvas.text_block(block, (x + 24, cy), pal.INK)
                cy += block.height + 12
            for index, block in rows.notes:
                _number(canvas, (x + 39, cy + 11), index)
                canvas.text_block(block, (x + 64, cy), pal.INK, bold=True)
                cy += block.height + 12
            fy = y + rows.footer_y
            pill_w = canvas.measure(self.rule, 24, True) + 40 if rows.side_by_side else w - 48
            pill = (x + 24, fy + (5 if rows.side_by_side else 0), pill_w, 50)
            with canvas.group("rule", pill):
                canvas.box(pill, fill=pal.BLUE_LIGHT, border=pal.BLUE, width=3, radius=25)
                canvas.text(self.rule, (pill[0] + pill_w / 2, pill[1] + 25), 24, pal.BLUE, bold=True,
                            anchor="center")
            self.buttons.draw(canvas)


def _number(canvas: Canvas, centre, index: int) -> None:
    x, y = centre
    with canvas.group("number", (x - 15, y - 15, 30, 30)):
        canvas.circle(centre, 15, fill=pal.INK, border=pal.WHITE, width=2)
        canvas.text(str(index), centre, 20, pal.WHITE, bold=True, anchor="center")
