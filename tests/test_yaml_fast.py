"""A level file that cannot hold an anchor, alias, tag or deep nesting is composed by libyaml in
one call; it gives the tree reading event by event gives, and anything else still gets the
event-by-event reading and its problem at its place."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.levels import yamlsource
from game.levels.yamlsource import MAX_DEPTH, _compose, _compose_plain, _compose_streamed, _plain, parse_yaml

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(set((ROOT / "levels").rglob("*.yaml")) | set((ROOT / "assets").rglob("*.yaml")))


def shape(node: yaml.Node | None):
    """Everything a check reads from a node: kind, tag, value, style and where it starts and ends."""
    if node is None:
        return None
    marks = tuple((m.line, m.column, m.index) for m in (node.start_mark, node.end_mark))
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.tag, node.flow_style, marks, [shape(n) for n in node.value])
    return ("map", node.tag, node.flow_style, marks, [(shape(k), shape(v)) for k, v in node.value])


@pytest.mark.parametrize("path", SHIPPED, ids=[str(p.relative_to(ROOT)) for p in SHIPPED])
def test_a_shipped_file_composes_to_the_same_tree_both_ways(path):
    text = path.read_text(encoding="utf-8-sig")
    fast, problems = _compose(text, str(path))
    slow, slow_problems = _compose_streamed(text, str(path))
    assert problems == slow_problems == []
    assert shape(fast) == shape(slow)


def test_most_shipped_level_files_take_the_fast_way():
    levels = [p for p in SHIPPED if p.parent.name in ("levels", "quick")]
    fast = [p for p in levels if _plain(p.read_text(encoding="utf-8-sig"))]
    assert len(fast) >= len(levels) - 2


def test_an_asterisk_or_exclamation_inside_text_is_text():
    text = 'title: 李*强\nlines:\n  - "Good idea! Go."\n  - 9*9\n'
    assert _plain(text)
    assert shape(_compose_plain(text)) == shape(_compose_streamed(text, "x")[0])


HOSTILE = {
    "alias": "a: &x [1, 2]\nb: *x\n",
    "alias in a flow list": "a: [1, *x]\n",
    "tag": "a: !!python/object:os.system ls\n",
    "local tag": "- !thing 1\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "flow nested too deeply": "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n",
    "flow nested past libyaml's safe depth": "a: " + "[" * 5000 + "]" * 5000 + "\n",
    "block nested too deeply": "".join(" " * (2 * i) + f"k{i}:\n" for i in range(MAX_DEPTH + 3)) + " " * 80 + "x: 1\n",
    "lists nested too deeply": "- " * (MAX_DEPTH + 3) + "x\n",
    "too many values": "a: [" + ", ".join("1" for _ in range(50_001)) + "]\n",
    "bad syntax": "a: [1, 2\nb: 3\n",
    "a tab for indent": "a:\n\tb: 1\n",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_file_the_fast_way_cannot_take_gets_the_problem_reading_it_event_by_event_gives(text, monkeypatch):
    def problems() -> list:
        root, found = parse_yaml(text.encode(), "x.yaml")
        return [(p.line, p.col, p.message) for p in found]

    either_way = problems()
    monkeypatch.setattr(yamlsource, "_plain", lambda text: False)
    assert either_way == problems()
    assert either_way  # each of these is refused
