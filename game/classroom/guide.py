"""The teacher's guide (docs/teacher-guide.html), made from its prose, its questions and the levels (no pygame).

    python -m game.classroom.guide [--out docs/teacher-guide.html]

The prose (lesson plan, reading the report, installing, collecting) is
`docs/guide/guide.template.html`; the discussion questions per level are
`docs/guide/questions.yaml`. What each level is about (its story, rule, the
decisions a student makes, the clues to find and its official sources) is read
from the level files, so the guide says what the levels say. Run this after a
level is added or changed; a level without written questions gets questions
made from its story until someone writes better ones.
"""
from __future__ import annotations

import argparse
import sys
from html import escape
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
GUIDE_DIR = ROOT / "docs" / "guide"
MARKER = "<!-- levels -->"


def read_questions(path: Path) -> dict[str, list[str]]:
    """Level id -> its discussion questions (a missing file gives none)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except FileNotFoundError:
        return {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: should map level ids to lists of questions")
    return {str(k): [str(q) for q in v] for k, v in data.items() if isinstance(v, list)}


def made_up_questions(level) -> list[str]:
    """Questions from the level's own story, for a level nobody wrote questions for yet."""
    out = []
    first = next((s for s in level.steps if s.type == "decision"), None)
    if first is not None and first.panel is not None and first.panel.caption:
        out.append(f"“{first.panel.caption}”这时你会怎么做？为什么？")
    out.append("这一关里，哪一处让你第一次觉得不对劲？锡小朗是怎么说的？")
    out.append(f"遇到这种情况，停一停、核实、求助分别怎么做？（{level.rule}）")
    return out


def level_section(number: int, level, questions: list[str]) -> str:
    decisions = [s for s in level.steps if s.type == "decision"]
    genuine = sum(1 for s in decisions if any(o.verdict == "too_suspicious" for o in s.options))
    clues = list(dict.fromkeys(level.clues[c].text for s in level.steps if s.type == "redflags" for c in s.clues
                               if c in level.clues))
    situations = _listed(s.panel.caption for s in decisions if s.panel is not None and s.panel.caption)
    parts = [
        f'<section class="level"><h3>{number}. {escape(level.title)} <span>{escape(level.fraud_type)} · '
        f"难度 {level.difficulty}</span></h3>",
        f"<p><b>故事：</b>{escape(level.summary)}</p>",
        f"<p><b>要记住的规则：</b>{escape(level.rule)}</p>",
        f"<p><b>学生要做的决定：</b>{len(decisions)} 个，其中 {genuine} 个是真的情况（往下做才对）。"
        + (f"<span class=\"note\">{situations}</span>" if situations else "") + "</p>",
    ]
    if clues:
        parts.append(f"<p><b>要找的破绽：</b>{_listed(clues)}</p>")
    parts.append("<p><b>讨论：</b></p><ol>" + "".join(f"<li>{escape(q)}</li>" for q in questions) + "</ol>")
    parts.append(f'<p class="src"><b>依据：</b>{_listed(level.source)}</p></section>')
    return "\n".join(parts)


def _listed(texts) -> str:
    """Sentences run together with ；, each without its own full stop, the last with one."""
    items = [escape(t.rstrip("。；")) for t in texts if t.strip()]
    return "；".join(items) + ("。" if items else "")


def make_guide(levels, template: str, questions: dict[str, list[str]]) -> str:
    """The whole guide: the template with a section per level where the marker is."""
    if MARKER not in template:
        raise ValueError(f"the guide's template has no {MARKER} line for the levels")
    sections = [level_section(i, lv, questions.get(lv.id) or made_up_questions(lv))
                for i, lv in enumerate(levels, 1)]
    return template.replace(MARKER, "\n".join(sections))


def shipped_levels(levels_dir: Path = ROOT / "levels", assets_dir: Path = ROOT / "assets") -> list:
    from game.levels.library import LevelPack, Library

    return Library.open([LevelPack("", levels_dir)], assets_dir).levels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m game.classroom.guide", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "teacher-guide.html")
    args = parser.parse_args(argv)
    template = (GUIDE_DIR / "guide.template.html").read_text(encoding="utf-8")
    levels = shipped_levels()
    html = make_guide(levels, template, read_questions(GUIDE_DIR / "questions.yaml"))
    args.out.write_text(html, encoding="utf-8", newline="\n")
    unwritten = [lv.id for lv in levels if lv.id not in read_questions(GUIDE_DIR / "questions.yaml")]
    print(f"wrote {args.out}: {len(levels)} levels" + (f"; no written questions yet for {', '.join(unwritten)}"
                                                       if unwritten else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
