"""锡小朗's feedback card laid out for one width, and whether its text fits: what the text-fit
check (game.fitcheck) needs of the feedback, without the scene (game.scenes.feedback) or its
planning (game.scenes.feedback_plan, which places the card with these rows), so the check
imports neither. (Plain NamedTuples, not dataclasses: the check imports this as it starts.)
"""
from __future__ import annotations

from typing import NamedTuple

from game.engine.canvas import Canvas, TextBlock, Wrap, height_of
from game.engine.viewport import LOGICAL_H, LOGICAL_W, TALLEST_H

LABEL_W = {False: 300, True: 360}  # a callout's width (16:9, tall)
LABEL_TEXT = {False: 21, True: 27}  # its text: nearly as large on a 4:3 screen as on a 16:9 one
BODY_TEXT = {False: 26, True: 32}  # the card's words
CHOSEN_TEXT = {False: 21, True: 26}  # "you chose …", where the answer itself is not in view
# The tallest card that still leaves room beside it for the clues, faces, the chosen answer and
# the leak meter (16:9, tall); a level whose card would be taller is told to say less.
MAX_CARD_H = {False: 460, True: 620}
CARD_WIDTHS = (440, 400, 480, 360, 520, 320)  # tried in this order of preference
SIZES = ((LOGICAL_W, LOGICAL_H), (LOGICAL_W, 960), (LOGICAL_W, TALLEST_H))  # one of each layout family


class CardText(NamedTuple):
    """What the card says: its lines, "you chose …" (or ""), the rule and its button's label."""

    lines: list[str]
    chosen: str
    rule: str
    button: str

    @classmethod
    def of(cls, scene) -> "CardText":
        """The words of a FeedbackScene's card."""
        return cls(scene.lines, scene.chosen, scene.rule, scene.buttons.buttons[0].label)

    @classmethod
    def said(cls, locale, lines: list[str], chosen: str = "") -> "CardText":
        """The words of the card a FeedbackScene with these lines and chosen answer shows (as it
        words them: tests hold the two the same), without making the scene."""
        return cls(lines, locale("feedback.you_chose", label=chosen) if chosen else "", locale("feedback.rule"),
                   locale("feedback.continue"))


class CardRows(NamedTuple):
    """The card's content laid out for one width (offsets from the card's top-left)."""

    width: float
    height: float
    chosen: TextBlock | None
    blocks: list[TextBlock]
    notes: list[tuple[int, TextBlock]]
    footer_y: float
    side_by_side: bool  # the rule and the button share one row
    fits: bool
    factor: float = 1.0  # on the standard size of all its text (the player's larger text)


def notes_of(stage) -> list[tuple[int, str]]:
    """The clues' explanations, numbered, as the card tells them when they are not callouts
    (of a feedback_plan.Stage: what the screen beneath shows)."""
    return list(enumerate([text for _, text in stage.highlights if text], start=1))


def card_rows(card: CardText, canvas: Canvas, width: float, notes: list[tuple[int, str]],
              chosen_shown: bool, body: float, note_size: float = 21,
              chosen_size: float = CHOSEN_TEXT[False], most_h: float = float("inf")) -> CardRows:
    """Lay the card's content out for one width; the height follows. Its text at the largest
    size of `card_sizes` where the card is no taller than `most_h` (else the standard size)."""
    sizes = card_sizes(card, canvas, width, notes, chosen_shown, body, note_size, chosen_size)
    return next((rows for rows in sizes if rows.height <= most_h), sizes[-1])


def card_sizes(card: CardText, canvas: Canvas, width: float, notes: list[tuple[int, str]],
               chosen_shown: bool, body: float, note_size: float = 21,
               chosen_size: float = CHOSEN_TEXT[False]) -> list[CardRows]:
    """The card's content laid out for one width at each size its text may take, largest first.

    All of its text takes one factor of the player's text size (the chosen answer, every line
    and note alike): at most the largest at which each keeps to its standard space
    (Canvas.shared_factor), and smaller ones down to the standard size, for a card that is too
    tall or finds no place at that one. (At the standard text size: one, at the standard size.)"""
    text_w = width - 48
    wraps = [Wrap(line, text_w, body, max_lines=4) for line in card.lines]
    wraps += [Wrap(text, width - 88, note_size, True, 3) for _, text in notes]
    if card.chosen and not chosen_shown:
        wraps.append(Wrap(card.chosen, text_w, chosen_size, max_lines=2))
    ends = len(card.lines), len(card.lines) + len(notes)
    shared = canvas.shared_factor(wraps)
    sizes = []
    for factor in [f for f in canvas.text_factors() if f <= shared]:  # (1.0 is last)
        laid = [canvas.layout(*w, factor=factor) for w in wraps]
        blocks, noted, chosen = laid[:ends[0]], laid[ends[0]:ends[1]], (laid[ends[1]:] or [None])[0]
        y = _content_bottom(chosen.height if chosen else None, [b.height for b in blocks], [b.height for b in noted])
        footer_y, side, height = _footer(card, canvas, text_w, y)
        sizes.append(CardRows(width, height, chosen, blocks, [(i, b) for (i, _), b in zip(notes, noted)], footer_y,
                              side, all(b.fits for b in laid), factor))
    return sizes


def _content_bottom(chosen: float | None, lines: list[float], notes: list[float]) -> float:
    """Where the card's content ends: below its title, the chosen answer (if shown, this tall),
    its lines and its notes (blocks of these heights)."""
    y = 16 + 56
    if chosen is not None:
        y += chosen + 14
    return y + (sum(h + 12 for h in lines) + sum(h + 12 for h in notes))


def _footer(card: CardText, canvas: Canvas, text_w: float, y: float) -> tuple[float, bool, float]:
    """The footer's top, whether the rule and the button share its row, and the card's height,
    for content that ends at `y`."""
    button_w = canvas.measure(card.button, 26, True) + 56
    side = canvas.measure(card.rule, 24, True) + 40 + 12 + button_w <= text_w
    footer_y = y + 4
    return footer_y, side, footer_y + (60 if side else 50 + 12 + 60) + 18


def surely_fits(card: CardText, canvas: Canvas, tall: bool, notes: list[tuple[int, str]], chosen_shown: bool) -> bool:
    """True only where `card_fits` is True, found sooner (False: ask card_fits): the card at its
    first width, each text counted at the most lines it takes (Canvas.lines_at_most), nothing
    evened out. A block of more lines is no shorter (height_of) and the card no shorter, so a
    card that fits so fits laid out, at the width card_fits tries first."""
    width = CARD_WIDTHS[0]
    text_w = width - 48
    chosen = [(card.chosen, text_w, CHOSEN_TEXT[tall], False, 2)] if card.chosen and not chosen_shown else []
    lines = [(line, text_w, BODY_TEXT[tall], False, 4) for line in card.lines]
    noted = [(text, width - 88, LABEL_TEXT[tall], True, 3) for _, text in notes]
    heights = []
    for part in (chosen, lines, noted):
        heights.append([])
        for text, w, size, bold, most_lines in part:
            most = canvas.lines_at_most(text, w, size, bold)
            if most is None or most > most_lines:
                return False
            heights[-1].append(height_of(most, size))
    y = _content_bottom(heights[0][0] if chosen else None, heights[1], heights[2])
    return _footer(card, canvas, text_w, y)[2] <= MAX_CARD_H[tall]


def card_fits(card: CardText, canvas: Canvas, tall: bool, notes: list[tuple[int, str]], chosen_shown: bool) -> bool:
    """Whether all of the card's text shows, uncut, at one of its widths in a layout family (16:9
    or tall), and the card leaves room beside it (with these explanations of clues in it)."""
    for cw in CARD_WIDTHS:  # (in order, to the first that fits)
        rows = card_rows(card, canvas, cw, notes, chosen_shown, BODY_TEXT[tall], LABEL_TEXT[tall], CHOSEN_TEXT[tall],
                         MAX_CARD_H[tall])
        if rows.fits and rows.height <= MAX_CARD_H[tall]:
            return True
    return False
