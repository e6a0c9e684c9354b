"""The report as CSV for Excel and WPS, and read back so that the reports of many PCs add up (no pygame).

One table, one row per thing counted, in UTF-8 with a byte order mark and CRLF
lines (as the booth's CSV: Excel and WPS then show the Chinese correctly).
`section` says what a row is; columns that do not apply to a section are empty.

Sections and what they hold (all counts are of answers, never of people):

    about     the dates counted (item first_date / last_date, in label) and the records (answered)
    level     a level played to its end: answered = plays finished, score / max_score = points
    decision  a decision step: answered, right, wrong, too_suspicious (a genuine situation refused),
              share_right, genuine (1: going ahead is right here), the most common wrong choice
              (top_wrong, top_wrong_label, top_wrong_count)
    option    one option of a decision: answered = times chosen, counted under right, or under wrong
              (and too_suspicious too when it refuses a genuine situation)
    hunt      a red-flag hunt: answered = hunts, right = hunts with no clue missed
    clue      one clue of a hunt: answered = hunts, right = found, wrong = missed
    quick     a 真还是假 item in first rounds (a player's first round of its set in a sitting): genuine
              1/0, answered, right, wrong, too_suspicious (genuine called 假)
    quick_again  the same item in later rounds (再来一轮): counted apart, not in the quick row or the check
    phase     the quick round's set played before / after / later: hits (fakes called 假), misses,
              false_alarms (genuine called 假), correct_rejections, hit_rate, false_alarm_rate,
              d_prime, criterion (see game/classroom/dprime.py)
    change    a later phase minus the first: hit_rate, false_alarm_rate, d_prime, criterion

`play` is "play", or "review" for replays from the 错题本, which are counted
apart. Rows of about, level, option, hunt, clue, quick and quick_again are counts
that add up across PCs; decision, phase and change rows are worked out from them
and are worked out again after a merge (so a merged report's shares and d′ are
those of the whole class, not averages of PCs). A CSV from before quick_again
rows counted every round in its quick rows; it is read as it says.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from game.classroom.report import Report
from game.classroom.tally import PLAY, PLAYS, Tally

COLUMNS: tuple[str, ...] = (
    "section", "play", "level", "step", "item", "set", "label",
    "answered", "right", "wrong", "too_suspicious", "share_right", "genuine",
    "top_wrong", "top_wrong_label", "top_wrong_count", "score", "max_score",
    "hits", "misses", "false_alarms", "correct_rejections", "hit_rate", "false_alarm_rate", "d_prime", "criterion",
)
COUNT_COLUMNS = ("answered", "right", "wrong", "too_suspicious", "score", "max_score")
Translate = Callable[..., str]


def _rate(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def rows(report: Report, t: Translate) -> list[dict[str, object]]:
    """Every row of the CSV, as column -> value."""
    out: list[dict[str, object]] = []

    def row(section: str, **values: object) -> None:
        out.append({"section": section, **values})

    counts = report.tally
    row("about", item="first_date", label=report.first_date)
    row("about", item="last_date", label=report.last_date)
    row("about", item="records", answered=counts.records)
    for lv in report.levels:
        if lv.finished:
            row("level", play=PLAY, level=lv.level, label=lv.title, answered=lv.finished, score=lv.score,
                max_score=lv.max_score, share_right=_rate(lv.share_score))
    for play in PLAYS:
        for d in (d for d in report.decisions if d.play == play):
            top = d.top_wrong
            row("decision", play=play, level=d.level, step=d.step, label=d.label, answered=d.answered,
                right=d.right, wrong=d.answered - d.right, too_suspicious=d.too_suspicious,
                share_right=_rate(d.share_right), genuine=int(d.genuine), top_wrong=top.option if top else "",
                top_wrong_label=top.label if top else "", top_wrong_count=top.count if top else "")
            for c in d.choices:
                safe = c.verdict == "safe"
                row("option", play=play, level=d.level, step=d.step, item=c.option, label=c.label, answered=c.count,
                    right=c.count if safe else 0, wrong=0 if safe else c.count,
                    too_suspicious=c.count if c.verdict == "too_suspicious" else 0)
        for h in (h for h in report.hunts if h.play == play):
            row("hunt", play=play, level=h.level, step=h.step, label=h.label, answered=h.answered, right=h.right,
                wrong=h.answered - h.right, share_right=_rate(h.share_right))
            for c in (c for c in report.clues if (c.play, c.level, c.step) == (play, h.level, h.step)):
                row("clue", play=play, level=c.level, step=c.step, item=c.clue, label=c.label,
                    answered=c.found + c.missed, right=c.found, wrong=c.missed, share_right=_rate(1 - c.share_missed))
    for q in report.quick:
        if q.answered:
            row("quick", play=PLAY, set=q.set, item=q.item, label=q.label, genuine=int(q.genuine),
                answered=q.answered, right=q.right, wrong=q.wrong, too_suspicious=q.too_suspicious,
                share_right=_rate(q.share_right))
    for q in report.quick:
        if q.again:
            wrong = q.again - q.again_right
            row("quick_again", play=PLAY, set=q.set, item=q.item, label=q.label, genuine=int(q.genuine),
                answered=q.again, right=q.again_right, wrong=wrong, too_suspicious=wrong if q.genuine else 0,
                share_right=_rate(q.again_right / q.again))
    for p in report.phases:
        d = p.detection
        row("phase", play=PLAY, item=p.phase, set=p.set, label=phase_name(t, p.phase),
            answered=d.answered, right=d.right, wrong=d.answered - d.right, too_suspicious=d.false_alarms,
            share_right=_rate(d.right / d.answered if d.answered else None), hits=d.hits, misses=d.misses,
            false_alarms=d.false_alarms, correct_rejections=d.correct_rejections, hit_rate=_rate(d.hit_rate),
            false_alarm_rate=_rate(d.false_alarm_rate), d_prime=_number(d.d_prime), criterion=_number(d.criterion))
    for c in report.changes:
        row("change", play=PLAY, item=c.phase, label=t("teacher.change_label", phase=phase_name(t, c.phase),
                                                          base=phase_name(t, c.base)),
            hit_rate=_rate(c.hit_rate), false_alarm_rate=_rate(c.false_alarm_rate), d_prime=_number(c.d_prime),
            criterion=_number(c.criterion))
    return out


def phase_name(t: Translate, phase: str) -> str:
    """A phase's name for people: before, after and later have one in the locale; others keep their own."""
    key = "teacher.phase_" + phase
    text = t(key)
    return phase if text == key else text


def csv_bytes(report: Report, t: Translate) -> bytes:
    """The report as CSV: UTF-8 with a byte order mark, CRLF lines, the columns of COLUMNS."""
    text = io.StringIO()
    writer = csv.DictWriter(text, COLUMNS, lineterminator="\r\n", extrasaction="raise")
    writer.writeheader()
    writer.writerows(rows(report, t))
    return text.getvalue().encode("utf-8-sig")


# -- reading a report CSV back (report --merge) -------------------------------------------------

def is_report_csv(path: Path) -> bool:
    """True for a CSV this report wrote (its first line is the header)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(",".join(COLUMNS)) + 8)
    except OSError:
        return False
    return head.decode("utf-8-sig", errors="replace").startswith(",".join(COLUMNS[:6]))


def read_csv(raw: bytes, name: str) -> tuple[Tally, list[str]]:
    """The counts of a report CSV (its worked-out rows are left: they are worked out again)."""
    counts = Tally()
    problems: list[str] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Saved again by a spreadsheet in the PC's own code page: the counts are still readable.
        text = raw.decode("gb18030", errors="replace")
        problems.append(f"{name}: not UTF-8 (saved again by a spreadsheet?); read as GB18030")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        return counts, [f"{name}: not a report CSV of this game (missing columns: {', '.join(missing)})"]
    bad = 0
    for line in reader:
        if not _read_row(counts, line):
            bad += 1
    if bad:
        problems.append(f"{name}: {bad} row(s) with numbers that are not counts were skipped")
    return counts, problems


def _read_row(counts: Tally, line: dict[str, str]) -> bool:
    section = line.get("section", "")
    n = {c: _int(line.get(c)) for c in COUNT_COLUMNS}
    if any(v is None for v in n.values()):
        return False
    play = "review" if line.get("play") == "review" else PLAY
    level, step, item = line.get("level", ""), line.get("step", ""), line.get("item", "")
    if section == "about":
        if item == "first_date":
            counts.see_dates(line.get("label", ""), "")
        elif item == "last_date":
            counts.see_dates("", line.get("label", ""))
        elif item == "records":
            counts.records += n["answered"]
    elif section == "level" and level:
        counts.finished[level] += n["answered"]
        counts.score[level] += n["score"]
        counts.max_score[level] += n["max_score"]
    elif section == "option" and level and step and item:
        verdict = "safe" if n["right"] else ("too_suspicious" if n["too_suspicious"] else "risky")
        counts.choices[(play, level, step, item, verdict)] += n["answered"]
    elif section == "hunt" and level and step:
        counts.hunts[(play, level, step)] += n["answered"]
        counts.hunts_clean[(play, level, step)] += n["right"]
    elif section == "clue" and level and step and item:
        counts.found[(play, level, step, item)] += n["right"]
        counts.missed[(play, level, step, item)] += n["wrong"]
    elif section in ("quick", "quick_again") and line.get("set") and item and line.get("genuine") in ("0", "1"):
        key = (line["set"], item, line["genuine"] == "1")
        first = section == "quick"
        (counts.quick if first else counts.quick_again)[key] += n["answered"]
        (counts.quick_right if first else counts.quick_again_right)[key] += n["right"]
    return True


def _int(text: str | None) -> int | None:
    if text is None or text.strip() == "":
        return 0
    try:
        value = int(text)
    except ValueError:
        return None
    return value if value >= 0 else None
