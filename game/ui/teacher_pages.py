"""The teacher screen's pages drawn (game.scenes.teacher holds the numbers, the buttons and the input).

The first page is the whole class: the 真还是假 check before and after the lesson and
the clues missed most often; then a page per level. On a 4:3 or 5:4 monitor (a taller
logical space, see game.engine.viewport) the page fills the screen: the band of cards
grows (`Sheet`), so a level's rows keep their full height and the lists show more.
"""
from __future__ import annotations

from typing import NamedTuple

from game.classroom import export
from game.classroom.report import PLAY, REVIEW, Report, reading
from game.engine import palette as pal
from game.engine.canvas import Canvas
from game.engine.viewport import LOGICAL_H, is_tall
from game.ui import hud

TOP = 84  # the cards' band starts here and ends FOOT above the page's foot (at 616 on 1280x720)
FOOT = 96
LIFT = 8  # the page's foot is this far above its bottom: the note under the buttons (a 16 px line
# whose underscores reach 2 px below it) stays clear of the screen's edge
BAR_BG = (0xE4, 0xE6, 0xEE)
PHASE_COLOURS = (pal.INK_SOFT, pal.BLUE, pal.TEAL)
MISSED_SHOWN = 4  # clues on the first page
NAME_MAX = 190  # the widest a metric's name may be before it wraps (识破率, False-alarm rate)
REFUSED_SHOWN = 3
MISSED_ROW = 64  # a clue on the first page: each this much more height shows one more
SIDE_ROW = 86  # a clue on a level's page, at most (two lines and its bar)


class Sheet(NamedTuple):
    """Where the page lies in the logical space: the 1280x720 design, centred in a space that is
    not tall (16:10); all of a tall space (4:3, 5:4), its extra height given to the cards."""

    top: float  # where the page starts in the space
    height: float  # 720, or the tall space's height

    @property
    def extra(self) -> float:
        return self.height - LOGICAL_H

    @property
    def foot(self) -> float:
        """The page's bottom as its last line uses it."""
        return self.height - LIFT

    @property
    def bottom(self) -> float:
        """Where the cards' band ends, on the page."""
        return self.foot - FOOT

    @property
    def buttons_y(self) -> float:
        """The row of buttons, in the space (buttons are drawn on the whole canvas)."""
        return self.top + self.foot - 80

    @property
    def missed_shown(self) -> int:
        return MISSED_SHOWN + int(self.extra // MISSED_ROW)

    @property
    def refused_shown(self) -> int:
        return REFUSED_SHOWN + (2 if self.extra else 0)

    @property
    def side_clues(self) -> int:
        return 5 + int(self.extra // SIDE_ROW)


def sheet_for(size) -> Sheet:
    """The teacher screen's page in a logical space of `size`."""
    if is_tall(size):
        return Sheet(0.0, size[1])
    return Sheet(hud.centre_offset(size), LOGICAL_H)


def draw_check(canvas: Canvas, t, report: Report, rect) -> None:
    """The 真还是假 check before and after the lesson: 识破率, 误判率 and d′ per phase, and the change
    in words."""
    x, y, w, h = rect
    hud.draw_card(canvas, rect, pal.WHITE)
    canvas.text(t("teacher.check_heading"), (x + 24, y + 20), 24, pal.BLUE, bold=True)
    if not report.phases:
        block = fit(canvas, t("teacher.no_check"), w - 48, 22, max_lines=4)
        canvas.text_block(block, (x + 24, y + 80), pal.INK)
        return
    top_d = max([3.0] + [p.detection.d_prime or 0 for p in report.phases])
    metrics = ((t("teacher.hit_rate"), lambda d: d.hit_rate, 1.0, True, lambda d: f"{d.hits}/{d.fakes}"),
               (t("teacher.false_alarm_rate"), lambda d: d.false_alarm_rate, 1.0, True,
                lambda d: f"{d.false_alarms}/{d.genuines}"),
               (t("teacher.d_prime"), lambda d: d.d_prime, top_d, False, lambda d: ""))
    cy = y + 66
    # The columns make room for the longest metric and phase name (English ones are longer).
    name_w = min(NAME_MAX, max(canvas.measure(m[0], 21, True) for m in metrics))
    phase_x = max(x + 160, x + 24 + name_w + 16)
    phase_w = max(canvas.measure(export.phase_name(t, p.phase), 18, True) for p in report.phases)
    bar_x = max(x + 250, phase_x + phase_w + 14)
    bar_w = x + w - 150 - bar_x
    for name, value_of, scale, percent, count_of in metrics:
        label = fit(canvas, name, name_w, 21, bold=True, max_lines=2)
        canvas.text_block(label, (x + 24, cy + 2), pal.INK, bold=True)
        for i, phase in enumerate(report.phases):
            value = value_of(phase.detection)
            colour = PHASE_COLOURS[i % len(PHASE_COLOURS)]
            canvas.text(export.phase_name(t, phase.phase), (phase_x, cy + 14), 18, colour, bold=True,
                        anchor="midleft")
            canvas.box((bar_x, cy + 3, bar_w, 22), fill=BAR_BG, radius=5)
            if value is not None and value > 0:
                canvas.box((bar_x, cy + 3, bar_w * min(1.0, value / scale), 22), fill=colour, radius=5)
            text = "–" if value is None else (f"{round(value * 100)}%" if percent else f"{value:.2f}")
            canvas.text(text, (bar_x + bar_w + 12, cy + 14), 19, pal.INK, bold=True, anchor="midleft")
            canvas.text(count_of(phase.detection), (x + w - 20, cy + 14), 16, pal.INK_SOFT, anchor="midright")
            cy += 30
        cy += 14
    for change in report.changes[:2]:
        label = t("teacher.change_label", phase=export.phase_name(t, change.phase),
                  base=export.phase_name(t, change.base))
        words = t(reading(change))
        if change.d_prime is None:
            text = t("teacher.change_line_unknown", label=label, reading=words)
        else:
            text = t("teacher.change_line", label=label, change=f"{change.d_prime:+.2f}", reading=words)
        block = fit(canvas, text, w - 48, 20, bold=True, max_lines=2)
        canvas.text_block(block, (x + 24, cy), pal.INK, bold=True)
        cy += block.height + 12
    hint = fit(canvas, t("teacher.check_hint"), w - 48, 16, max_lines=2)
    canvas.text_block(hint, (x + 24, y + h - 20 - hint.height), pal.INK_SOFT)


def draw_missed(canvas: Canvas, t, report: Report, rect, sheet: Sheet) -> None:
    """The clues the class missed most often, and the genuine things refused."""
    x, y, w, h = rect
    hud.draw_card(canvas, rect, pal.WHITE)
    canvas.text(t("teacher.missed_heading"), (x + 24, y + 20), 24, pal.BLUE, bold=True)
    titles = {lv.level: lv.title for lv in report.levels}
    cy = y + 64
    missed = report.most_missed(sheet.missed_shown)
    for clue in missed:
        block = fit(canvas, clue.label, w - 48, 19, bold=True, max_lines=1)
        canvas.text_block(block, (x + 24, cy), pal.INK, bold=True)
        _share_bar(canvas, (x + 24, cy + 30, 160, 16), clue.share_missed, pal.RED)
        canvas.text(f"{clue.missed}/{clue.found + clue.missed}", (x + 194, cy + 38), 17, pal.INK, bold=True,
                    anchor="midleft")
        where = fit(canvas, titles.get(clue.level, clue.level), w - 300, 16, max_lines=1)
        canvas.text_block(where, (x + 260, cy + 30), pal.INK_SOFT)
        cy += 64
    if not missed:
        canvas.text(t("teacher.none"), (x + 24, cy), 20, pal.INK_SOFT)
        cy += 40
    cy = max(cy + 8, y + 330 + MISSED_ROW * (sheet.missed_shown - MISSED_SHOWN))
    canvas.text(t("teacher.refused_heading"), (x + 24, cy), 24, pal.BLUE, bold=True)
    cy += 44
    refused = sorted([(d.too_suspicious, d.label) for d in report.decisions if d.play == PLAY and d.too_suspicious]
                     + [(q.too_suspicious, q.label) for q in report.quick if q.too_suspicious],
                     key=lambda r: -r[0])[:sheet.refused_shown]
    for count, label in refused:
        block = fit(canvas, f"{label}  ×{count}", w - 48, 19, max_lines=1)
        canvas.text_block(block, (x + 24, cy), pal.INK)
        cy += 34
    if not refused:
        canvas.text(t("teacher.none"), (x + 24, cy), 20, pal.INK_SOFT)


def draw_level(canvas: Canvas, t, report: Report, level_id: str, sheet: Sheet) -> None:
    """A level's page: a bar per decision and hunt, and beside it the level's most missed clues."""
    line = next(lv for lv in report.levels if lv.level == level_id)
    decisions, hunts, clues = report.for_level(level_id, PLAY)
    x, y, w, h = (24, TOP, 800, sheet.bottom - TOP)
    hud.draw_card(canvas, (x, y, w, h), pal.WHITE)
    title = fit(canvas, line.title, 420, 26, bold=True, max_lines=1)
    canvas.text_block(title, (x + 24, y + 18), pal.BLUE, bold=True)
    if line.finished:
        canvas.text(t("teacher.level_line", finished=line.finished, score=round(line.share_score * 100)),
                    (x + w - 24, y + 32), 18, pal.INK_SOFT, anchor="midright")
    rows = [(d.label, d.answered, [(d.right, pal.GREEN), (d.risky, pal.RED), (d.too_suspicious, pal.AMBER)],
             _decision_note(t, d)) for d in decisions]
    rows += [(t("teacher.hunt", prompt=hd.label), hd.answered,
              [(hd.right, pal.GREEN), (hd.answered - hd.right, pal.RED)], _hunt_note(t, hd.step, clues))
             for hd in hunts]
    top, room = y + 70, h - 116
    row_h = min(66.0, room / max(1, len(rows)))
    for i, (label, answered, parts, note) in enumerate(rows):
        ry = top + i * row_h
        block = fit(canvas, label, 380, 19, bold=True, max_lines=1)
        canvas.text_block(block, (x + 24, ry), pal.INK, bold=True)
        if note and row_h >= 50:
            small = fit(canvas, note, 380, 16, max_lines=1)
            canvas.text_block(small, (x + 24, ry + 27), pal.INK_SOFT)
        _stacked_bar(canvas, (x + 420, ry + 4, 230, 26), parts, answered)
        right = parts[0][0]
        canvas.text(t("teacher.decision_line", right=right, answered=answered), (x + 664, ry + 17), 18,
                    pal.INK, bold=True, anchor="midleft")
    lx = x + 24
    for key, colour in (("teacher.legend_right", pal.GREEN), ("teacher.legend_risky", pal.RED),
                        ("teacher.legend_suspicious", pal.AMBER)):
        canvas.box((lx, y + h - 34, 16, 16), fill=colour, radius=3)
        lx += 24 + canvas.text(t(key), (lx + 24, y + h - 26), 16, pal.INK_SOFT, anchor="midleft")[2] + 18
    _draw_level_side(canvas, t, report, level_id, clues, sheet)


def _draw_level_side(canvas: Canvas, t, report: Report, level_id: str, clues, sheet: Sheet) -> None:
    x, y, w, h = (844, TOP, 412, sheet.bottom - TOP)
    hud.draw_card(canvas, (x, y, w, h), pal.WHITE)
    canvas.text(t("teacher.missed_heading"), (x + 24, y + 20), 22, pal.BLUE, bold=True)
    cy = y + 62
    shown = [c for c in clues if c.missed][:sheet.side_clues]
    for clue in shown:
        block = fit(canvas, clue.label, w - 48, 17, max_lines=2)
        canvas.text_block(block, (x + 24, cy), pal.INK)
        cy += block.height + 8
        _share_bar(canvas, (x + 24, cy, 200, 14), clue.share_missed, pal.RED)
        canvas.text(f"{clue.missed}/{clue.found + clue.missed}", (x + 234, cy + 7), 16, pal.INK, bold=True,
                    anchor="midleft")
        cy += 30
    if not shown:
        canvas.text(t("teacher.none"), (x + 24, cy), 19, pal.INK_SOFT)
    decisions, hunts, _ = report.for_level(level_id, REVIEW)
    answered = sum(d.answered for d in decisions) + sum(hd.answered for hd in hunts)
    if answered:
        right = sum(d.right for d in decisions) + sum(hd.right for hd in hunts)
        canvas.text(t("teacher.reviews_line", right=right, answered=answered), (x + 24, y + h - 40), 18,
                    pal.INK_SOFT, bold=True)


def _decision_note(t, d) -> str:
    top = d.top_wrong
    notes = [t("teacher.top_wrong", label=top.label, count=top.count)] if top else []
    if d.genuine and d.too_suspicious and (top is None or top.verdict != "too_suspicious"):
        notes.append(t("teacher.refused_genuine", count=d.too_suspicious))
    return t("teacher.note_join").join(notes)


def _hunt_note(t, step: str, clues) -> str:
    missed = [c for c in clues if c.step == step and c.missed]
    if not missed:
        return ""
    worst = missed[0]
    return t("teacher.clue_missed", clue=worst.label, missed=worst.missed, total=worst.found + worst.missed)


def fit(canvas: Canvas, text: str, width: float, size: float, bold: bool = False, max_lines: int = 0):
    """Text wrapped in even lines where it fits; cut to `max_lines`, it keeps as much as the width holds
    (evened-out lines would cut it at about half)."""
    block = canvas.layout(text, width, size, bold=bold, max_lines=max_lines)
    if block.fits:
        return block
    return canvas.layout(text, width, size, bold=bold, max_lines=max_lines, balance=False)


def _share_bar(canvas: Canvas, rect, share: float, colour) -> None:
    x, y, w, h = rect
    canvas.box(rect, fill=BAR_BG, radius=h / 3)
    if share > 0:
        canvas.box((x, y, w * min(1.0, share), h), fill=colour, radius=h / 3)


def _stacked_bar(canvas: Canvas, rect, parts, total: int) -> None:
    """Right, fooled and too suspicious side by side, as shares of the answers."""
    x, y, w, h = rect
    canvas.box(rect, fill=BAR_BG, radius=6)
    cx = x
    for count, colour in parts:
        if count and total:
            part = w * count / total
            canvas.box((cx, y, part, h), fill=colour, radius=0)
            cx += part
    canvas.box(rect, border=pal.INK, width=2, radius=6)
