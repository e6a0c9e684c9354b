"""What tests compare of a YAML node tree: each node's kind, tag, value, style and where it
starts and ends (with `index`, the marks' character counts too)."""
from __future__ import annotations

import yaml


def shape(node: yaml.Node | None, index: bool = False):
    if node is None:
        return None
    marks = tuple(field for mark in (node.start_mark, node.end_mark)
                  for field in ((mark.line, mark.column, mark.index) if index else (mark.line, mark.column)))
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style, marks)
    kind = "seq" if isinstance(node, yaml.SequenceNode) else "map"
    items = [shape(n, index) for n in node.value] if kind == "seq" else \
        [(shape(k, index), shape(v, index)) for k, v in node.value]
    return (kind, node.tag, node.flow_style, marks, items)
