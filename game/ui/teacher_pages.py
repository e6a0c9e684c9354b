"""The teacher screen's pages drawn (game.scenes.teacher holds the numbers, the buttons and the input).

The first page is the whole class: the 真还是假 check before and after the lesson and
the clues missed most often; then a page per level. On a 4:3 or 5:4 monitor (a taller
logical space, see game.engine.viewport) the page fills the screen: the band of cards
grows (`Sheet`), so a level's rows keep their full height and the lists show more.

Nothing a teacher needs is cut: a level's rows take two lines where they need them and a
smaller size (never below LEAST) where the card is short; a label still too long is
shortened inside its sentence, so the count after it (×8, 漏 9/9) is always drawn.
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
LEAST = 16  # the least text size on the pages (the layout check's least for text that is not the story)
ROW_SIZES = (19, 18, 17, LEAST)  # a level's rows: the situation's size, tried largest first
NOTE_SIZE = 16  # the note under a row (the wrong choice, the clue missed)
NOTE_GAP = 5
ROW_GAP, ROW_GAP_LEAST = 24, 8  # between a level's rows: where there is room, and at least
BAR_W = 180  # a row's bar on a level's page


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
    # What the rounds are: each student's first of a set (再来一轮 replays only what was just explained).
    first = fit(canvas, t("teacher.first_rounds"), w - 48, 16, max_lines=2)
    canvas.text_block(first, (x + 24, max(cy, y + h - 30 - hint.height - first.height)), pal.INK_SOFT)


def draw_missed(canvas: Canvas, t, report: Report, rect, sheet: Sheet) -> None:
    """The clues the class missed most often, and the genuine things refused."""
    x, y, w, h = rect
    hud.draw_card(canvas, rect, pal.WHITE)
    canvas.text(t("teacher.missed_heading"), (x + 24, y + 20), 24, pal.BLUE, bold=True)
    titles = {lv.level: lv.title for lv in report.levels}
    cy = y + 64
    missed = report.most_missed(sheet.missed_shown)
    size = common_size(canvas, [clue.label for clue in missed], w - 48, (19, 18, 17, LEAST), bold=True)
    for clue in missed:
        block = fit(canvas, clue.label, w - 48, size, bold=True, max_lines=1)
        canvas.text_block(block, (x + 24, cy + (19 - size) / 2), pal.INK, bold=True)
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
                     + [(h.too_suspicious, h.label) for h in report.hunts if h.play == PLAY and h.too_suspicious]
                     + [(q.too_suspicious, q.label) for q in report.quick if q.too_suspicious],
                     key=lambda r: -r[0])[:sheet.refused_shown]
    size = common_size(canvas, [f"{label}  ×{count}" for count, label in refused], w - 48, (19, 18, 17, LEAST))
    for count, label in refused:  # (a long situation is cut, never its count)
        block = fit_keeping(canvas, lambda part, n=count: f"{part}  ×{n}", label, w - 48, size)
        canvas.text_block(block, (x + 24, cy + (19 - size) / 2), pal.INK)
        cy += 34
    if not refused:
        canvas.text(t("teacher.none"), (x + 24, cy), 20, pal.INK_SOFT)


def draw_level(canvas: Canvas, t, report: Report, level_id: str, sheet: Sheet) -> None:
    """A level's page: a bar per decision and hunt, and beside it the level's most missed clues.

    Each row names its situation (up to two lines beside the bar) and, under it across the card, the
    most common wrong choice or the clue missed most, with its count. Where the rows need more room
    than the card has, their text gets smaller (not below LEAST); where it is still too long, the
    quoted choice or the clue is cut, never the count after it."""
    line = next(lv for lv in report.levels if lv.level == level_id)
    decisions, hunts, clues = report.for_level(level_id, PLAY)
    x, y, w, h = (24, TOP, 800, sheet.bottom - TOP)
    hud.draw_card(canvas, (x, y, w, h), pal.WHITE)
    done = t("teacher.level_line", finished=line.finished, score=round(line.share_score * 100)) \
        if line.finished else ""
    done_w = canvas.measure(done, 18) if done else 0
    title = fit_sizes(canvas, line.title, w - 48 - (done_w + 24 if done else 0), (26, 24, 22), bold=True)
    canvas.text_block(title, (x + 24, y + 18), pal.BLUE, bold=True)
    if done:
        canvas.text(done, (x + w - 24, y + 32), 18, pal.INK_SOFT, anchor="midright")
    rows = [Row(d.label, d.answered, [(d.right, pal.GREEN), (d.risky, pal.RED), (d.too_suspicious, pal.AMBER)],
                *_decision_note(t, d)) for d in decisions]
    rows += [Row(t("teacher.hunt", prompt=hd.label), hd.answered,
                 [(hd.right, pal.GREEN), (hd.answered - hd.right, pal.AMBER if hd.calm else pal.RED)],
                 *_hunt_note(t, hd, clues))
             for hd in hunts]
    counts = [t("teacher.decision_line", right=r.parts[0][0], answered=r.answered) for r in rows]
    count_w = max([80.0] + [canvas.measure(c, 18, True) for c in counts])
    count_x = x + w - 24 - count_w
    bar_x = count_x - 12 - BAR_W
    label_w, note_w = bar_x - 16 - (x + 24), w - 48
    top, room = y + 70, h - 124  # (the legend below, 20 px clear of the last row)
    blocks = _row_blocks(canvas, rows, label_w, note_w, room)
    heights = [label.height + (NOTE_GAP + note.height if note else 0) for label, note in blocks]
    gap = max(ROW_GAP_LEAST, min(ROW_GAP, (room - sum(heights)) / max(1, len(rows) - 1)))
    ry = top
    for row, (label, note), height, count in zip(rows, blocks, heights, counts):
        canvas.text_block(label, (x + 24, ry), pal.INK, bold=True)
        if note:
            canvas.text_block(note, (x + 24, ry + label.height + NOTE_GAP), pal.INK_SOFT)
        mid = ry + label.size / 2
        _stacked_bar(canvas, (bar_x, mid - 12, BAR_W, 24), row.parts, row.answered)
        canvas.text(count, (count_x, mid), 18, pal.INK, bold=True, anchor="midleft")
        ry += height + gap
    lx = x + 24
    for key, colour in (("teacher.legend_right", pal.GREEN), ("teacher.legend_risky", pal.RED),
                        ("teacher.legend_suspicious", pal.AMBER)):
        canvas.box((lx, y + h - 34, 16, 16), fill=colour, radius=3)
        lx += 24 + canvas.text(t(key), (lx + 24, y + h - 26), 16, pal.INK_SOFT, anchor="midleft")[2] + 18
    _draw_level_side(canvas, t, report, level_id, clues, sheet)


class Row(NamedTuple):
    """A decision or hunt on a level's page: what it is, its answers, and its note as `note(part)`
    (the wrong choice or the clue given as `part`, so that it can be cut and the count kept)."""

    label: str
    answered: int
    parts: list
    note: object = None  # Callable[[str], str] | None
    part: str = ""


def _row_blocks(canvas: Canvas, rows: list[Row], label_w: float, note_w: float, room: float) -> list:
    """Each row's label and note laid out: the largest size at which every one is whole and all of
    them fit `room`, two lines each at most; at the least size, what is still too long is cut (the
    note's part only), one line each where two lines are too many."""
    def laid(size: int, lines: int, cut: bool) -> tuple[list, float, bool]:
        out, total, whole = [], 0.0, True
        for row in rows:
            label = fit(canvas, row.label, label_w, size, bold=True, max_lines=lines) if cut \
                else canvas.layout(row.label, label_w, size, bold=True, max_lines=lines)
            note = None
            if row.note is not None:
                note = fit_keeping(canvas, row.note, row.part, note_w, min(size, NOTE_SIZE), max_lines=lines) \
                    if cut else canvas.layout(row.note(row.part), note_w, min(size, NOTE_SIZE), max_lines=lines)
                whole = whole and note.fits
            whole = whole and label.fits
            out.append((label, note))
            total += label.height + (NOTE_GAP + note.height if note else 0)
        return out, total + ROW_GAP_LEAST * max(0, len(rows) - 1), whole

    for size in ROW_SIZES:
        blocks, total, whole = laid(size, 2, cut=False)
        if whole and total <= room:
            return blocks
    for lines in (2, 1):
        blocks, total, _ = laid(LEAST, lines, cut=True)
        if total <= room:
            return blocks
    return [(label, None) for label, _ in blocks]  # (more rows than a page holds: their names only)


def _draw_level_side(canvas: Canvas, t, report: Report, level_id: str, clues, sheet: Sheet) -> None:
    x, y, w, h = (844, TOP, 412, sheet.bottom - TOP)
    hud.draw_card(canvas, (x, y, w, h), pal.WHITE)
    canvas.text(t("teacher.missed_heading"), (x + 24, y + 20), 22, pal.BLUE, bold=True)
    cy = y + 62
    shown = [c for c in clues if c.missed][:sheet.side_clues]
    for clue in shown:
        block = fit_sizes(canvas, clue.label, w - 48, (17, LEAST), max_lines=2)
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


def _decision_note(t, d) -> tuple:
    """The note under a decision: its most common wrong choice and how often, and how often a genuine
    situation was refused; as (a function of the choice's text, the choice's text)."""
    top = d.top_wrong
    refused = t("teacher.refused_genuine", count=d.too_suspicious) \
        if d.genuine and d.too_suspicious and (top is None or top.verdict != "too_suspicious") else ""
    if top is None:
        return ((lambda _part: refused), "") if refused else (None, "")
    join = t("teacher.note_join")
    return (lambda part: join.join([t("teacher.top_wrong", label=part, count=top.count)]
                                   + ([refused] if refused else []))), top.label


def _hunt_note(t, hunt, clues) -> tuple:
    """The note under a hunt: the clue missed most and how often (a function of the clue's text, the
    text); on a screen with nothing to find, how often it was doubted."""
    if hunt.too_suspicious:
        return (lambda _part: t("teacher.refused_genuine", count=hunt.too_suspicious)), ""
    missed = [c for c in clues if c.step == hunt.step and c.missed]
    if not missed:
        return None, ""
    worst = missed[0]
    return (lambda part: t("teacher.clue_missed", clue=part, missed=worst.missed,
                           total=worst.found + worst.missed)), worst.label


def fit(canvas: Canvas, text: str, width: float, size: float, bold: bool = False, max_lines: int = 0):
    """Text wrapped in even lines where it fits; cut to `max_lines`, it keeps as much as the width holds
    (evened-out lines would cut it at about half)."""
    block = canvas.layout(text, width, size, bold=bold, max_lines=max_lines)
    if block.fits:
        return block
    return canvas.layout(text, width, size, bold=bold, max_lines=max_lines, balance=False)


def common_size(canvas: Canvas, texts, width: float, sizes, bold: bool = False) -> int:
    """The first of `sizes` at which every one of `texts` is whole on one line (else the last)."""
    for size in sizes:
        if all(canvas.layout(text, width, size, bold=bold, max_lines=1).fits for text in texts):
            return size
    return sizes[-1]


def fit_sizes(canvas: Canvas, text: str, width: float, sizes, bold: bool = False, max_lines: int = 1):
    """Text at the first of `sizes` at which it is whole in `max_lines`; else cut at the last size."""
    for size in sizes:
        block = canvas.layout(text, width, size, bold=bold, max_lines=max_lines)
        if block.fits:
            return block
    return fit(canvas, text, width, sizes[-1], bold=bold, max_lines=max_lines)


def fit_keeping(canvas: Canvas, make, part: str, width: float, size: float, bold: bool = False,
                max_lines: int = 1):
    """`make(part)` laid out; where it needs more than `max_lines`, `part` is cut (ending in …) and
    the rest of the text kept whole: a quoted choice or a clue is shortened, its count never is."""
    block = fit(canvas, make(part), width, size, bold=bold, max_lines=max_lines)
    if block.fits or not part:
        return block
    best, lo, hi = None, 0, len(part) - 1
    while lo <= hi:  # the longest start of `part` that fits
        mid = (lo + hi) // 2
        trial = fit(canvas, make(part[:mid].rstrip() + "…"), width, size, bold=bold, max_lines=max_lines)
        if trial.fits:
            best, lo = trial, mid + 1
        else:
            hi = mid - 1
    return best or block


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
