"""The report as one self-contained HTML page that prints on one or two A4 sheets (no pygame).

Everything is in the file: CSS inline, bar charts as inline SVG, no script, no
font or picture from elsewhere, no link out, so it opens on an offline PC and
prints the same anywhere. Text comes from the locale (`teacher.*`) and from the
levels; every piece of it is escaped.
"""
from __future__ import annotations

from html import escape

from game.classroom.dprime import Detection
from game.classroom.export import Translate, phase_name
from game.classroom.report import PLAY, REVIEW, DecisionLine, HuntLine, Report, reading

GREEN, RED, AMBER, BLUE, GREY = "#2e9e6a", "#d94c4c", "#e8a33d", "#3a6fd8", "#d8dae2"

CSS = """
@page { size: A4; margin: 9mm 10mm; }
* { box-sizing: border-box; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei",
       sans-serif; font-size: 8.5pt; line-height: 1.22; color: #2b2b3a; margin: 0 auto; max-width: 190mm; }
h1 { font-size: 13pt; margin: 0 0 0.5mm; }
h2 { font-size: 10.5pt; margin: 2.5mm 0 0.8mm; border-bottom: 0.4mm solid #2b2b3a; }
h3 { font-size: 9pt; margin: 1.2mm 0 0.2mm; }
p { margin: 0.4mm 0; }
.small { font-size: 7.5pt; }
table { border-collapse: collapse; width: 100%; }
table.rows { table-layout: fixed; }
th { font-weight: bold; text-align: left; border-bottom: 0.3mm solid #2b2b3a; padding: 0.2mm 1mm; }
td { border-bottom: 0.15mm solid #d8dae2; padding: 0.2mm 1mm; vertical-align: middle; }
table.rows td { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.n, th.n { text-align: right; white-space: nowrap; }
td.bar { width: 32mm; }
td.half { width: 50%; vertical-align: top; padding: 0 1.5mm 0 0; border: none; }
svg { display: inline-block; vertical-align: -0.3mm; }
td.bar { white-space: nowrap; }
.note { color: #5a5d6e; }
.level, .keep { break-inside: avoid; page-break-inside: avoid; }
.key span { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 3mm; vertical-align: -0.4mm; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""


def _bar(parts: list[tuple[float, str]], width: float = 120, height: float = 11, label: str = "") -> str:
    """A horizontal bar of coloured parts (shares that add up to at most 1), drawn in inline SVG."""
    x = 0.0
    rects = [f'<rect x="0" y="0" width="{width}" height="{height}" fill="{GREY}"/>']
    for share, colour in parts:
        w = max(0.0, min(1.0, share)) * width
        if w > 0:
            rects.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" fill="{colour}"/>')
        x += w
    return (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{escape(label)}">{"".join(rects)}</svg>')


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _points(delta: float | None) -> str:
    """A change of a rate, in percentage points."""
    return "–" if delta is None else f"{delta * 100:+.0f}%"


def html_page(report: Report, t: Translate, logs: int = 0, csvs: int = 0) -> str:
    """The whole page."""
    body = [f"<h1>{escape(t('teacher.report_title'))}</h1>", _about(report, t, logs, csvs)]
    if report.empty:
        body.append(f"<p>{escape(t('teacher.empty'))}</p>")
    else:
        body += [_check(report, t), _levels(report, t), _quick(report, t), _reviews(report, t)]
    body.append(f'<h2>{escape(t("teacher.how_to_read"))}</h2>'
                f'<p class="note small">{escape(t("teacher.read_rates"))}</p>'
                f'<p class="note small">{escape(t("teacher.read_dprime"))}</p>')
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{escape(t("teacher.report_title"))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n'
            + "\n".join(body) + "\n</body>\n</html>\n")


def _about(report: Report, t: Translate, logs: int, csvs: int) -> str:
    dates = t("teacher.dates", first=report.first_date, last=report.last_date) if report.first_date else ""
    parts = [dates, t("teacher.records", records=report.tally.records), t("teacher.sources", logs=logs, csvs=csvs)]
    key = (f'<span style="background:{GREEN}"></span>{escape(t("teacher.legend_right"))}'
           f'<span style="background:{RED}"></span>{escape(t("teacher.legend_risky"))}'
           f'<span style="background:{AMBER}"></span>{escape(t("teacher.legend_suspicious"))}')
    return (f'<p>{escape(" · ".join(p for p in parts if p))}</p>'
            f'<p class="note">{escape(t("teacher.privacy"))}</p><p class="note key">{key}</p>')


def _check(report: Report, t: Translate) -> str:
    out = [f'<div class="keep"><h2>{escape(t("teacher.check_heading"))}</h2>']
    if not report.phases:
        out.append(f'<p>{escape(t("teacher.no_check"))}</p></div>')
        return "\n".join(out)
    top = max([3.0] + [p.detection.d_prime or 0 for p in report.phases])
    out.append(f'<table><tr><th></th><th>{escape(t("teacher.col_set"))}</th>'
               f'<th class="n">{escape(t("teacher.col_hits"))}</th><th>{escape(t("teacher.hit_rate"))}</th>'
               f'<th class="n">{escape(t("teacher.col_false_alarms"))}</th>'
               f'<th>{escape(t("teacher.false_alarm_rate"))}</th><th>{escape(t("teacher.d_prime"))}</th></tr>')
    for p in report.phases:
        d: Detection = p.detection
        dp = d.d_prime
        out.append(
            f"<tr><td><b>{escape(phase_name(t, p.phase))}</b></td><td>{escape(report.set_title(p.set))}</td>"
            f'<td class="n">{d.hits}/{d.fakes}</td>'
            f'<td class="bar">{_bar([(d.hit_rate or 0, GREEN)], label=_pct(d.hit_rate))} {_pct(d.hit_rate)}</td>'
            f'<td class="n">{d.false_alarms}/{d.genuines}</td>'
            f'<td class="bar">{_bar([(d.false_alarm_rate or 0, AMBER)], label=_pct(d.false_alarm_rate))} '
            f'{_pct(d.false_alarm_rate)}</td>'
            f'<td class="bar">{_bar([((dp or 0) / top, BLUE)], label=_num(dp))} {_num(dp)}</td></tr>')
    for c in report.changes:
        label = t("teacher.change_label", phase=phase_name(t, c.phase), base=phase_name(t, c.base))
        out.append(f'<tr><td colspan="2"><b>{escape(label)}</b></td><td></td><td>{_points(c.hit_rate)}</td>'
                   f'<td></td><td>{_points(c.false_alarm_rate)}</td><td><b>{_num(c.d_prime, True)}</b></td></tr>')
    out.append("</table>")
    for c in report.changes:
        label = t("teacher.change_label", phase=phase_name(t, c.phase), base=phase_name(t, c.base))
        out.append(f"<p><b>{escape(label)}：</b>{escape(t(reading(c)))}</p>")
    out.append(f'<p class="note small">{escape(t("teacher.first_rounds"))}</p></div>')
    return "\n".join(out)


def _decision_row(d: DecisionLine, t: Translate) -> str:
    n = d.answered or 1
    bar = _bar([(d.right / n, GREEN), (d.risky / n, RED), (d.too_suspicious / n, AMBER)], height=9,
               label=_pct(d.share_right))
    top = d.top_wrong
    notes = [t("teacher.top_wrong", label=top.label, count=top.count)] if top else []
    if d.genuine and d.too_suspicious and (top is None or top.verdict != "too_suspicious"):
        notes.append(t("teacher.refused_genuine", count=d.too_suspicious))
    return _row(d.label, d.right, d.answered, bar, t("teacher.note_join").join(notes))


def _hunt_row(h: HuntLine, clues, t: Translate) -> str:
    n = h.answered or 1
    bar = _bar([(h.right / n, GREEN), ((h.answered - h.right) / n, AMBER if h.calm else RED)], height=9,
               label=_pct(h.share_right))
    missed = t("game.list_separator").join(t("teacher.clue_missed", clue=c.label, missed=c.missed, total=c.found + c.missed)
                      for c in clues if c.step == h.step and c.missed)
    if h.too_suspicious:  # a screen with nothing to find, doubted
        missed = t("teacher.refused_genuine", count=h.too_suspicious)
    return _row(t("teacher.hunt", prompt=h.label), h.right, h.answered, bar, missed)


def _row(label: str, right: int, answered: int, bar: str, note: str) -> str:
    return (f'<tr><td title="{escape(label)}">{escape(label)}</td><td class="n">{right}/{answered}</td>'
            f'<td class="bar">{bar}</td><td title="{escape(note)}">{escape(note)}</td></tr>')


def _levels(report: Report, t: Translate) -> str:
    out = [f'<h2>{escape(t("teacher.levels_heading"))}</h2>']
    for lv in report.levels:
        decisions, hunts, clues = report.for_level(lv.level, PLAY)
        if not (decisions or hunts or lv.finished):
            continue
        line = t("teacher.level_line", finished=lv.finished, score=round(lv.share_score * 100)) \
            if lv.finished else ""
        out.append(f'<div class="level"><h3>{escape(lv.title)} <span class="note">{escape(line)}</span></h3>'
                   '<table class="rows"><col style="width:38%"><col style="width:9%"><col style="width:19%">'
                   '<col style="width:34%">')
        out += [_decision_row(d, t) for d in decisions]
        out += [_hunt_row(h, clues, t) for h in hunts]
        out.append("</table></div>")
    return "\n".join(out)


def _quick(report: Report, t: Translate) -> str:
    """One table per item set, two side by side."""
    if not report.quick:
        return ""
    sets = list(dict.fromkeys(q.set for q in report.quick if q.answered))
    tables = []
    for set_id in sets:
        title = report.set_title(set_id)  # (第一组, not set-a)
        rows = [f'<table class="rows"><col style="width:46%"><col style="width:14%"><col style="width:14%">'
                f'<col style="width:26%"><tr><th>{escape(title)}</th><th>{escape(t("teacher.col_kind"))}</th>'
                f'<th class="n">{escape(t("teacher.col_right"))}</th><th></th></tr>']
        for q in (q for q in report.quick if q.set == set_id and q.answered):
            n = q.answered or 1
            kind = t("teacher.kind_genuine") if q.genuine else t("teacher.kind_fake")
            bar = _bar([(q.right / n, GREEN), (q.wrong / n, AMBER if q.genuine else RED)], width=80, height=9,
                       label=_pct(q.share_right))
            rows.append(f'<tr><td title="{escape(q.label)}">{escape(q.label)}</td><td>{escape(kind)}</td>'
                        f'<td class="n">{q.right}/{q.answered}</td><td class="bar">{bar}</td></tr>')
        tables.append("".join(rows) + "</table>")
    cells = [f'<td class="half">{tables[i]}</td><td class="half">{tables[i + 1] if i + 1 < len(tables) else ""}</td>'
             for i in range(0, len(tables), 2)]
    again, again_right = report.quick_again
    note = f'<p class="note">{escape(t("teacher.quick_again", answered=again, right=again_right))}</p>' if again else ""
    return (f'<div class="keep"><h2>{escape(t("teacher.quick_heading"))}</h2><table>'
            + "".join(f"<tr>{c}</tr>" for c in cells) + f"</table>{note}</div>")


def _reviews(report: Report, t: Translate) -> str:
    """Replays from the 错题本, counted apart: one line per level, run together."""
    parts = []
    for lv in report.levels:
        decisions, hunts, _ = report.for_level(lv.level, REVIEW)
        answered = sum(d.answered for d in decisions) + sum(h.answered for h in hunts)
        if answered:
            right = sum(d.right for d in decisions) + sum(h.right for h in hunts)
            parts.append(f"{escape(lv.title)} <b>{right}/{answered}</b>")
    if not parts:
        return ""
    return (f'<div class="keep"><h2>{escape(t("teacher.reviews_heading"))}</h2>'
            f'<p class="note">{escape(t("teacher.reviews_note"))}</p><p>{" · ".join(parts)}</p></div>')
