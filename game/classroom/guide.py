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
import re
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


SECTION = re.compile(r"<!-- level-section\n(.*?)\nlevel-section -->\n?", re.S)
MADE_UP = "_made_up"  # the questions file's key for questions of levels nobody wrote questions for


def made_up_questions(level, questions: dict[str, list[str]]) -> list[str]:
    """Questions from the level's own story (`_made_up` in the questions file, with its first
    situation and its rule filled in), for a level nobody wrote questions for yet."""
    first = next((s for s in level.steps if s.type == "decision" and s.panel is not None and s.panel.caption), None)
    caption = first.panel.caption.rstrip("。") if first is not None else level.summary
    return [q.replace("{caption}", caption).replace("{rule}", level.rule) for q in questions.get(MADE_UP, [])]


def level_section(section: str, number: int, level, questions: list[str]) -> str:
    """One level's section: the template's level-section with the level's facts filled in."""
    decisions = [s for s in level.steps if s.type == "decision"]
    genuine = sum(1 for s in decisions if any(o.verdict == "too_suspicious" for o in s.options))
    clues = list(dict.fromkeys(level.clues[c].text for s in level.steps if s.type == "redflags" for c in s.clues
                               if c in level.clues))
    values = {
        "number": str(number), "title": escape(level.title), "fraud_type": escape(level.fraud_type),
        "difficulty": str(level.difficulty), "summary": escape(level.summary), "rule": escape(level.rule),
        "decisions": str(len(decisions)), "genuine": str(genuine),
        "situations": _listed(s.panel.caption for s in decisions if s.panel is not None and s.panel.caption),
        "clues": _listed(clues) or "–", "questions": "".join(f"<li>{escape(q)}</li>" for q in questions),
        "sources": _listed(level.source),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), section)


def _listed(texts) -> str:
    """Sentences run together with a semicolon, each without its own full stop, the last with one."""
    items = [escape(t.rstrip("\u3002\uff1b")) for t in texts if t.strip()]
    return "\uff1b".join(items) + ("\u3002" if items else "")


def make_guide(levels, template: str, questions: dict[str, list[str]]) -> str:
    """The whole guide: the template with a section per level where the marker is."""
    found = SECTION.search(template)
    if MARKER not in template or found is None:
        raise ValueError(f"the guide's template needs a {MARKER} line and a level-section block")
    template = SECTION.sub("", template)
    sections = [level_section(found.group(1), i, lv, questions.get(lv.id) or made_up_questions(lv, questions))
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
