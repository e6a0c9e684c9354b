"""A level file that cannot hold an anchor, alias, tag or deep nesting is composed by libyaml in
one call; it gives the tree reading event by event gives, and anything else still gets the
event-by-event reading and its problem at its place."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.levels import yamlsource
from game.levels.yamlsource import MAX_DEPTH, _compose, _compose_plain, _compose_streamed, _plain, parse_yaml
from tests.yaml_shapes import shape as node_shape

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(set((ROOT / "levels").rglob("*.yaml")) | set((ROOT / "assets").rglob("*.yaml")))


def shape(node: yaml.Node | None):
    """Everything a check reads from a node: kind, tag, value, style and where it starts and ends."""
    return node_shape(node, index=True)


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


TAGGED = sorted(set(SHIPPED) | set((ROOT / "tests").rglob("*.yaml")))
TRICKY = ("a: [yes, no, on, off, y, n, true, False, ~, null, '', 0, 010, 0x1A, 0o7, 1_000, 1:30, -1, +2, .5, 1e3,\n"
          "  .inf, -.Inf, .nan, 2024-01-01, 2024-01-01 10:00:00, '1', \"true\", tomorrow, onward, nothing, 1a, -x]\n")


def tags(node: yaml.Node | None) -> list:
    if node is None:
        return []
    if isinstance(node, yaml.ScalarNode):
        return [(node.value, node.tag)]
    children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
    return [node.tag] + [tag for child in children for tag in tags(child)]


@pytest.mark.parametrize("path", TAGGED, ids=[str(p.relative_to(ROOT)) for p in TAGGED])
def test_every_value_gets_the_tag_the_plain_safe_loader_gives(path):
    root, problems = parse_yaml(path.read_bytes(), str(path))
    if root is None:
        return  # a broken or hostile file on purpose: the tests above say what it gets
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    expected = tags(yaml.compose(text, Loader=yaml.SafeLoader))
    for _ in range(2):  # the second time, with the tags remembered from the first
        assert tags(parse_yaml(path.read_bytes(), str(path))[0]) == expected
        assert tags(_compose_streamed(text, str(path))[0]) == expected


def test_words_that_yaml_reads_as_other_types_keep_their_tags_when_remembered():
    expected = tags(yaml.compose(TRICKY, Loader=yaml.SafeLoader))
    scalars = [entry for entry in expected if isinstance(entry, tuple)]
    assert [tag for value, tag in scalars if value in ("yes", "~", "010", "1:30", ".inf", "2024-01-01")] == \
        ["tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:int", "tag:yaml.org,2002:int",
         "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"]
    for _ in range(2):
        assert tags(_compose_plain(TRICKY)) == expected
        assert tags(_compose_streamed(TRICKY, "x")[0]) == expected


@pytest.mark.parametrize("text", ["a: 1", "", "\n\n", "- - - x\n  - y\n", "  ? : - a\n-\n:\n", "a:\r\n  - b\n",
                                  "x\u2028  - y\n  - - z", "\t- a\n    b: [1, 2]\n"])
def test_the_deepest_line_start_is_found_as_each_line_stripped_would_find_it(text):
    plain = max(len(line) - len(line.lstrip(" -?:")) for line in text.split("\n"))
    assert yamlsource._deepest_line_start(text) == plain


def test_every_shipped_file_has_its_deepest_line_start_found_as_each_line_stripped_would_find_it():
    for path in SHIPPED:
        text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
        plain = max(len(line) - len(line.lstrip(" -?:")) for line in text.split("\n"))
        assert yamlsource._deepest_line_start(text) == plain, path
