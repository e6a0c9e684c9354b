"""The 真还是假 round's results card: the score, what it means, and every item answered (as
right, fooled or too suspicious). game.scenes.quick_round shows it after the last item.
"""
from __future__ import annotations

from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.play.quickround import QuickRound
from game.ui import hud

ROW_H, TITLE_TEXT, TITLE_W = 46.0, 22, 300.0  # an item's row, and its title's size and room
NOTES = {"risky": "quick.note_risky", "too_suspicious": "quick.note_too_suspicious"}
ICONS = {"safe": "✓", "risky": "!", "too_suspicious": "?"}
SCORE_CARD, ROWS_CARD = (40, 90, 400, 530), (464, 90, 776, 530)  # the two cards, in the 1280x720 design
MESSAGES_TOP, MESSAGE_GAP, RULE_TOP = 320.0, 18.0, 548.0  # the score's meaning and the rule under it
NOTE_X, NOTE_TEXT = 494.0, 20  # a wrong answer's note (你选了“假”…): where it starts in the card, its size


def draw_results(canvas: Canvas, t, r: QuickRound, dy: float) -> None:
    """The round's results: the score and what it means, the rule, and every item answered
    (its 1280x720 design `dy` lower on a taller screen, its page filling all of it)."""
    hud.draw_page(canvas, f"{t('quick.heading')} · {t('quick.results')}", 44 + dy, 34)
    page = hud.centred(canvas)
    hud.draw_card(page, SCORE_CARD)
    expression = "happy" if r.score == r.total else "thinking"
    page.art(f"characters/xiaolang/standing_{expression}.svg", (56, 100, 100, 200))
    with page.group("results", SCORE_CARD):  # (its texts are checked to stay in the card: README)
        page.text(t("quick.score", score=r.score, total=r.total), (290, 200), 40, pal.INK, bold=True,
                  anchor="center")
        y = MESSAGES_TOP
        messages = _messages(t, r)
        for (_, colour), block in zip(messages, _message_blocks(page, [text for text, _ in messages])):
            page.text_block(block, (70, y), colour, bold=True)
            y += block.height + MESSAGE_GAP
        with page.group("rule", (70, RULE_TOP, 340, 50)):
            page.box((70, RULE_TOP, 340, 50), fill=pal.BLUE_LIGHT, border=pal.BLUE, width=3, radius=25)
            page.text(t("feedback.rule"), (240, RULE_TOP + 25), 24, pal.BLUE, bold=True, anchor="center")
    _draw_rows(page, t, r, ROWS_CARD)


def _message_blocks(canvas: Canvas, texts: list[str]) -> list:
    """What the score means, laid out between 锡小朗 and the rule: at 23, or smaller (to 20) where
    two long messages (an English round with mistakes of both kinds) would reach the rule."""
    room = RULE_TOP - 16 - MESSAGES_TOP
    for size in (23, 22, 21, 20):
        blocks = [canvas.layout(text, 340, size, bold=True, max_lines=4) for text in texts]
        if sum(b.height for b in blocks) + MESSAGE_GAP * (len(blocks) - 1) <= room:
            break
    return blocks


def _messages(t, r: QuickRound) -> list[tuple[str, tuple]]:
    if r.score == r.total:
        return [(t("quick.all_right"), pal.GREEN)]
    out = []
    if r.fooled:
        out.append((t("quick.fooled", count=len(r.fooled)), pal.RED))
    if r.refused_genuine:
        out.append((t("quick.refused", count=len(r.refused_genuine)), pal.INK))
    return out


def _draw_rows(canvas: Canvas, t, r: QuickRound, card: Rect) -> None:
    hud.draw_card(canvas, card)
    with canvas.group("results", card):
        _rows(canvas, t, r, card)


def _rows(canvas: Canvas, t, r: QuickRound, card: Rect) -> None:
    x, y, w, h = card
    canvas.text(t("quick.each"), (x + 24, y + 18), 24, pal.INK, bold=True)
    cy = y + 64
    shown, hidden = rows_shown(r.answers, int((h - 64) // ROW_H))
    for answer in shown:
        colour = pal.VERDICT_COLOURS[answer.verdict]
        canvas.circle((x + 40, cy + ROW_H / 2 - 4), 16, fill=colour, border=pal.INK, width=3)
        canvas.text(ICONS[answer.verdict], (x + 40, cy + ROW_H / 2 - 4), 20, pal.WHITE, bold=True,
                    anchor="center")
        title = canvas.layout(answer.item.title, TITLE_W, TITLE_TEXT, bold=True, max_lines=1)
        canvas.text_block(title, (x + 70, cy + 4), pal.INK, bold=True)
        tag = t("quick.tag_real") if answer.item.genuine else t("quick.tag_fake")
        tag_colour = pal.GREEN if answer.item.genuine else pal.RED
        canvas.box((x + 390, cy + 2, 84, 34), fill=pal.GREEN_LIGHT if answer.item.genuine else pal.RED_LIGHT,
                   border=tag_colour, width=2, radius=17)
        canvas.text(tag, (x + 432, cy + 19), 20, tag_colour, bold=True, anchor="center")
        if answer.verdict in NOTES:
            _draw_note(canvas, t(NOTES[answer.verdict]), (x + NOTE_X, cy + 19), note_room(w))
        cy += ROW_H
    if hidden:  # (a long set: the rows that matter are shown, the rest counted)
        right = all(answer.verdict == "safe" for answer in hidden)
        more = t("quick.more_right" if right else "quick.more", count=len(hidden))
        canvas.text(more, (x + 70, cy + 19), 20, pal.INK_SOFT, bold=True, anchor="midleft")


def _draw_note(canvas: Canvas, note: str, at: tuple[float, float], room: float) -> None:
    """A wrong answer's note beside its tag, `at` the middle of its left end: one line, all notes at
    one size; a note wider than its `room` (a translation) in two lines, so it stays in the card."""
    if canvas.layout_width(note, NOTE_TEXT, bold=True) <= room:
        canvas.text(note, at, NOTE_TEXT, pal.INK_SOFT, bold=True, anchor="midleft")
        return
    block = canvas.layout(note, room, NOTE_TEXT, bold=True, max_lines=2, line_gap=0.1)
    canvas.text_block(block, (at[0], at[1] - block.height / 2), pal.INK_SOFT, bold=True)


def note_room(card_w: float) -> float:
    """How wide a wrong answer's note may be: from its place to the card's inner margin."""
    return card_w - NOTE_X - 16


def rows_shown(answers: list, room: int) -> tuple[list, list]:
    """The answers the results card lists (in the order played) and those it only counts: all of
    them when they fit its `room` rows; else, in a row fewer, the wrong ones first, then right ones."""
    if len(answers) <= room:
        return list(answers), []
    keep = room - 1  # (the last row says how many more)
    wrong = [i for i, answer in enumerate(answers) if answer.verdict != "safe"]
    right = [i for i, answer in enumerate(answers) if answer.verdict == "safe"]
    chosen = set((wrong + right)[:keep])
    return [a for i, a in enumerate(answers) if i in chosen], [a for i, a in enumerate(answers) if i not in chosen]
