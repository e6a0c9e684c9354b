"""The words on an ending's card and where they go, without the scene: the ending screen
(game/scenes/ending.py) draws them, and the fit check (game/fitcheck.py) lays them out to
know that a level's ending, with the most that can have leaked on the way to it, fits.

The card: a verdict badge and the ending's title, its lines, after a risky path what each
kind of leaked data lets a fraudster do, and the level's rule ("Remember this") beside the
card's button. The card is as tall as its words, up to MAX_H.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect, TextBlock
from game.ui import hud

CARD_X, CARD_W = 150, 980
MIN_H, MAX_H = 420, 640
BOTTOM_PAD = 40  # under the rule's box: the card's height is its words' and this
TEXT_LEFT = 230  # the words start right of 锡小朗
TITLE_SIZE, TITLE_LINES = 34, 2
LINE_SIZE, LINE_LINES = 26, 3
HARM_SIZE, HARM_LINES = 22, 3
RULE_SIZE, RULE_LINES = 24, 3
BUTTON_ROOM = 350  # the rule's box keeps this far from the card's right edge: the button is there


class EndingWords:
    """The card's words as laid out: each named by what it is ("title", "text[0]", "harm:phone",
    "rule"), and the bottom of the last, from the card's top. (A plain class: validate imports this
    as it starts, and a NamedTuple or dataclass takes a millisecond to make.)"""

    __slots__ = ("blocks", "bottom")

    def __init__(self, blocks: list[tuple[str, TextBlock]], bottom: float) -> None:
        self.blocks = blocks
        self.bottom = bottom

    @property
    def height(self) -> float:
        """How tall the card is for these words."""
        return min(MAX_H, max(MIN_H, self.bottom + BOTTOM_PAD))

    @property
    def fits(self) -> bool:
        """Whether every text keeps to its lines and the card to its greatest height."""
        return all(block.fits for _, block in self.blocks) and self.bottom + BOTTOM_PAD <= MAX_H


def harm_of(level, t, kind: str) -> str:
    """What a leaked kind lets a fraudster do: the level's own words (`harms:`), else the game's."""
    return level.harms.get(kind) or t(f"harms.{kind}")


def ending_words(canvas: Canvas, t, step, level, leaked: list[str], card: Rect,
                 draw: bool = False, lay=None) -> EndingWords:
    """Lay out (and with `draw`, draw) the card's words for an ending `step` of `level` reached with
    `leaked` out (in the standard order), in `card`; `t` is the locale. `lay`: what lays a text
    out, in place of `canvas.layout` (the fit check counts lines with it, without evening them out)."""
    lay = lay or canvas.layout
    safe = step.outcome == "safe"
    x, y, w, _ = card
    tx, tw = x + TEXT_LEFT, w - TEXT_LEFT - 30
    blocks: list[tuple[str, TextBlock]] = []
    verdict, label = ("safe" if safe else "risky"), t(f"ending.{step.outcome}")
    badge_w = canvas.measure(label, 24, True) + 32
    if draw:
        hud.draw_verdict_badge(canvas, verdict, label, (tx, y + 28))
    title = lay(step.title, tw - badge_w - 20, TITLE_SIZE, bold=True, max_lines=TITLE_LINES)
    blocks.append(("title", title))
    if draw:
        canvas.text_block(title, (tx + badge_w + 20, y + 30), pal.INK, bold=True)
    cy = y + 40 + max(title.height, 42) + 24
    for i, line in enumerate(step.text):
        block = lay(line, tw, LINE_SIZE, max_lines=LINE_LINES)
        blocks.append((f"text[{i}]", block))
        if draw:
            canvas.text_block(block, (tx, cy), pal.INK)
        cy += block.height + 12
    if leaked and not safe:
        cy += 10
        if draw:
            canvas.text(t("ending.leaked_heading"), (tx, cy), 24, pal.RED, bold=True)
        cy += 44
        for kind in leaked:
            chip = t(f"leaks.{kind}")
            cw = canvas.measure(chip, 21, True) + 44
            block = lay(harm_of(level, t, kind), tw - cw - 16, HARM_SIZE, max_lines=HARM_LINES)
            blocks.append((f"harm:{kind}", block))
            if draw:
                canvas.box((tx, cy, cw, 36), fill=pal.RED_LIGHT, border=pal.RED, width=3, radius=18)
                canvas.text("! " + chip, (tx + 14, cy + 18), 21, pal.RED, bold=True, anchor="midleft")
                canvas.text_block(block, (tx + cw + 16, cy + 4), pal.INK)
            cy += max(36, block.height + 8) + 14
    cy += 16
    rule_w = (x + w - BUTTON_ROOM) - tx  # beside the button, never under it
    rule = lay(level.rule, rule_w - 28, RULE_SIZE, max_lines=RULE_LINES)
    blocks.append(("rule", rule))
    if draw:
        canvas.text(t("results.rule"), (tx, cy), 22, pal.BLUE, bold=True)
        canvas.box((tx, cy + 34, rule_w, rule.height + 28), fill=pal.BLUE_LIGHT, border=pal.BLUE, width=3,
                   radius=14)
        canvas.text_block(rule, (tx + 14, cy + 48), pal.INK)
    return EndingWords(blocks, cy + 34 + rule.height + 28 - y)
