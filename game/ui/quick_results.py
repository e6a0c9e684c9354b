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


def draw_results(canvas: Canvas, t, r: QuickRound, dy: float) -> None:
    """The round's results: the score and what it means, the rule, and every item answered
    (its 1280x720 design `dy` lower on a taller screen, its page filling all of it)."""
    hud.draw_page(canvas, f"{t('quick.heading')} · {t('quick.results')}", 44 + dy, 34)
    page = hud.centred(canvas)
    hud.draw_card(page, (40, 90, 400, 530))
    expression = "happy" if r.score == r.total else "thinking"
    page.art(f"characters/xiaolang/standing_{expression}.svg", (56, 100, 100, 200))
    page.text(t("quick.score", score=r.score, total=r.total), (290, 200), 40, pal.INK, bold=True,
              anchor="center")
    y = 320.0
    for text, colour in _messages(t, r):
        block = page.layout(text, 340, 23, bold=True, max_lines=4)
        page.text_block(block, (70, y), colour, bold=True)
        y += block.height + 18
    page.box((70, 548, 340, 50), fill=pal.BLUE_LIGHT, border=pal.BLUE, width=3, radius=25)
    page.text(t("feedback.rule"), (240, 573), 24, pal.BLUE, bold=True, anchor="center")
    _draw_rows(page, t, r, (464, 90, 776, 530))


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
    x, y, w, h = card
    hud.draw_card(canvas, card)
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
            canvas.text(t(NOTES[answer.verdict]), (x + 494, cy + 19), 20, pal.INK_SOFT, bold=True,
                        anchor="midleft")
        cy += ROW_H
    if hidden:  # (a long set: the rows that matter are shown, the rest counted)
        right = all(answer.verdict == "safe" for answer in hidden)
        more = t("quick.more_right" if right else "quick.more", count=len(hidden))
        canvas.text(more, (x + 70, cy + 19), 20, pal.INK_SOFT, bold=True, anchor="midleft")


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
