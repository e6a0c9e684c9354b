"""Where 锡小朗's feedback card goes (game.scenes.feedback): planned as geometry first.

The card and 锡小朗 where they cover no clue, face, chosen answer or changed leak meter
(the screen below says which, through a `Stage`), then the callouts in the space left.
What does not fit as callouts is numbered and told in the card. A plan is made once per
card and screen size (FeedbackScene.plan_for keeps them), often ahead, during look-ahead.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.canvas import Canvas, Rect, TextBlock, Wrap
from game.engine.viewport import is_tall
# (The card's rows, and what the text-fit check needs, live apart: game.scenes.feedback_card.)
from game.scenes.feedback_card import (BODY_TEXT, CARD_WIDTHS, CHOSEN_TEXT, LABEL_TEXT, LABEL_W, MAX_CARD_H, SIZES,
                                       CardRows, CardText, card_rows, card_sizes, notes_of)
from game.ui.placement import Callout, GuidePlan, Keep, grow, place_badge, place_callouts, place_guide

__all__ = ["BODY_TEXT", "CARD_WIDTHS", "GUIDE_HEIGHTS", "LABEL_TEXT", "LABEL_W", "MAX_CARD_H", "SIZES", "CardRows",
           "Plan", "Stage", "card_options", "card_rows", "plan_feedback"]

GUIDE_HEIGHTS = {False: (400, 360, 320, 290, 260), True: (440, 400, 360, 320, 290)}


@dataclass(frozen=True)
class Stage:
    """What the screen beneath shows that the feedback must work around (logical units)."""

    highlights: list[tuple[Rect, str]]  # the clues pointed at, with their explanations
    keeps: list[Keep] = field(default_factory=list)  # the chosen answer, a changed meter, faces …
    chosen_shown: bool = False  # the chosen answer stays on screen: the card need not repeat it
    text: list[Rect] = field(default_factory=list)  # text beneath, for numbers to stay off


@dataclass
class Plan:
    size: tuple[float, float]
    guide: GuidePlan
    rows: CardRows
    callouts: list[tuple[int, Callout, TextBlock]]  # (number, where, text)
    numbers: list[tuple[int, tuple[float, float]]]  # numbered rings (texts in the card)
    holes: list[Rect]
    button: Rect
    keeps: list[Keep]


def card_options(scene, canvas: Canvas, size: tuple[float, float], stage: Stage,
                 with_notes: bool) -> list[CardRows]:
    """The card at each width it may take where all its text shows and it fits the screen: at
    every width at its largest text size first, then at each smaller one (with larger text, a
    card that finds no place at one size may at a smaller one: see card_sizes)."""
    tall = is_tall(size)
    notes = notes_of(stage) if with_notes else []
    card = CardText.of(scene)
    options = [rows for cw in CARD_WIDTHS
               for rows in card_sizes(card, canvas, cw, notes, stage.chosen_shown, BODY_TEXT[tall], LABEL_TEXT[tall],
                                      CHOSEN_TEXT[tall])
               if rows.fits and rows.height <= size[1] - 16]
    largest = {}
    for rows in options:
        largest.setdefault(rows.width, rows.factor)
    # Each width's largest size that fits, in the order of widths; then the smaller sizes, largest first.
    return sorted(options, key=lambda rows: (rows.factor != largest[rows.width],
                                             0.0 if rows.factor == largest[rows.width] else -rows.factor))


def plan_feedback(scene, canvas: Canvas, size: tuple[float, float], stage: Stage) -> Plan:
    """Where the card, 锡小朗, the callouts and the rings go for a screen of `size`."""
    w, h = size
    tall = is_tall(size)
    screen = (0.0, 0.0, w, h)
    body = BODY_TEXT[tall]
    holes = [r for r, _ in stage.highlights]
    labelled = sorted(((r, text) for r, text in stage.highlights if text), key=lambda c: (c[0][1], c[0][0]))
    keeps = [Keep(grow(r, 8), "clue") for r in holes] + list(stage.keeps)
    near = None
    if holes:
        near = (sum(r[0] + r[2] / 2 for r in holes) / len(holes), sum(r[1] + r[3] / 2 for r in holes) / len(holes))

    def attempt(with_notes: bool):
        options = card_options(scene, canvas, size, stage, with_notes) \
            or [card_rows(CardText.of(scene), canvas, CARD_WIDTHS[0], [], stage.chosen_shown, body,
                          chosen_size=CHOSEN_TEXT[tall])]  # cut, but shown
        guide = place_guide(screen, [(o.width, o.height) for o in options], GUIDE_HEIGHTS[tall], keeps,
                            scene.mouth, near)
        rows = next(o for o in options if o.width == guide.card[2] and o.height == guide.card[3])
        return guide, rows

    guide, rows = attempt(False)
    callouts: list[tuple[int, Callout, TextBlock]] = []
    numbers: list[tuple[int, tuple[float, float]]] = []
    if labelled:
        # The callouts are read together: their text takes one size (as the card's does).
        blocks = canvas.layout_together(Wrap(text, LABEL_W[tall] - 64, LABEL_TEXT[tall], True, 3)
                                        for _, text in labelled)
        wanted = [(rect, LABEL_W[tall], block.height + 24) for (rect, _), block in zip(labelled, blocks)]
        blocked = [grow(guide.card, 4), grow(guide.figure, 2)] + [k.rect for k in stage.keeps if k.must]
        # Over nothing but the background if they can; else over little of the text beneath
        # (the leak meter counts as text: a child reads it even when it has not changed).
        text = list(stage.text) + [k.rect for k in stage.keeps if not k.must and k.name == "leak meter"]
        placed = place_callouts(screen, wanted, blocked, soft=text) \
            or place_callouts(screen, wanted, blocked, soft=text, soft_share=0.12)
        if placed is not None:
            callouts = [(i, c, b) for i, (c, b) in enumerate(zip(placed, blocks), start=1)]
        else:  # no free space for them all: number the rings and tell the texts in the card
            guide, rows = attempt(True)
            avoid = [guide.card, guide.figure] + holes + list(stage.text)
            for i, (rect, _) in enumerate(labelled, start=1):
                centre = place_badge(rect, 15, avoid, screen)
                avoid.append((centre[0] - 15, centre[1] - 15, 30, 30))
                numbers.append((i, centre))
    x, y, cw, ch = guide.card
    if rows.side_by_side:
        button_w = canvas.measure(scene.buttons.buttons[0].label, 26, True) + 56
        button = (x + cw - 24 - button_w, y + rows.footer_y, button_w, 60)
    else:
        button = (x + 24, y + rows.footer_y + 62, cw - 48, 60)
    return Plan(size, guide, rows, callouts, numbers, holes, button, keeps)
