"""The quick way a usual level file is composed: libyaml builds the whole tree in C.

`yamlsource.parse_yaml` hands a file to libyaml's own composer when `_plain` shows it can hold
no anchor, alias or tag and nests too little to strain C's stack, and keeps the tree when
`_within_limits` finds it within the limits of a file; else the file is read event by event
there. `QuickSafeLoader` is PyYAML's safe loader with a quicker way to tag values.
"""
from __future__ import annotations

import operator
import re

import yaml

# libyaml's parser is ten to twenty times faster; PyYAML's own is the same grammar.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_SCALAR, _MAPPING, _SEQUENCE = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
_MAX_TAGS = 4096  # plain values whose tag is remembered (keys and small words: a level repeats them)


class QuickSafeLoader(_SafeLoader):
    """The safe loader, which tags most of a level's scalars (text) without trying a pattern,
    and the rest (keys such as `text` and `type`, numbers, true) once for each value: the same
    tags, so `yaml.load(f, Loader=QuickSafeLoader)` is `yaml.safe_load(f)`, with less work."""

    _tags: dict[str, str] = {}  # plain value -> its tag, as Resolver.resolve gives it

    def __init__(self, stream) -> None:
        super().__init__(stream)
        if self.yaml_path_resolvers or None in self.yaml_implicit_resolvers:
            return  # (never so for the safe loader: then the resolver's own ways are taken)
        # The composer calls these at every node; the quick ways are set on the loader itself,
        # and where there is nothing to do (no path resolvers: descending and ascending the
        # tree tracks nothing) C functions that do nothing stand in for Python ones.
        self.descend_resolver = operator.is_  # (parent, index): ignored
        self.ascend_resolver = tuple  # (): ignored
        self.resolve = self._quick_resolve()

    def _quick_resolve(self):
        """As Resolver.resolve: a quoted scalar, or a plain one whose first character starts
        no implicit type (null, bool, int, float, ...), is a string; the rest ask it. A plain
        scalar's tag depends on its value alone (no path resolvers, no wildcard resolver)."""
        slow, tags, scalar = super().resolve, self._tags, _SCALAR
        starts, text = self.yaml_implicit_resolvers, self.DEFAULT_SCALAR_TAG
        mapping, sequence = self.DEFAULT_MAPPING_TAG, self.DEFAULT_SEQUENCE_TAG

        def resolve(kind, value, implicit):
            if kind is not scalar:  # (a collection's tag is its kind's: there are no path resolvers)
                return mapping if kind is _MAPPING else sequence if kind is _SEQUENCE else slow(kind, value, implicit)
            if not implicit[0] or value and value[0] not in starts:
                return text
            tag = tags.get(value)
            if tag is None:
                if len(tags) >= _MAX_TAGS:
                    tags.clear()
                tag = tags[value] = slow(kind, value, implicit)
            return tag

        return resolve


MAX_DEPTH = 32
MAX_NODES = 50_000

# libyaml composes nested collections by recursion in C: only files whose nesting cannot
# come near what any thread's stack holds are handed to it.
_SAFE_NESTING = 200
_BEFORE_A_VALUE = frozenset(" \t\n\r,:[]{}")
# Each line's spaces and indicators (as lstrip(" -?:")): the first line's, and each after a line break
# (found by the break, so the search does not try every character as a line's start).
_FIRST_LINE_START = re.compile(r"[ ?:-]*")
_LINE_START = re.compile(r"\n[ ?:-]*")
_USUAL_INDENT = 16
_DEEP_LINE_START = re.compile(r"\n[ ?:-]{%d}" % _USUAL_INDENT)  # a line that starts that deep


def _plain(text: str) -> bool:
    """Whether the file can hold no anchor, alias or tag and nests at most _SAFE_NESTING deep.

    An anchor (&), alias (*) or tag (!) starts a value: at a line's start or after a space
    or one of , : [ ] { } (a * inside words, as in 李*强, is text). Each flow collection opens
    with a bracket, and a block collection inside another starts further right, or in the
    same column once in two (a list under a key), so its depth is at most twice the longest
    run of spaces and '- ', '? ', ': ' indicators at a line's start, plus one."""
    for mark in "&*!":
        at = text.find(mark)
        while at != -1:
            if at == 0 or text[at - 1] in _BEFORE_A_VALUE:
                return False
            at = text.find(mark, at + 1)
    brackets = text.count("[") + text.count("{")
    if brackets > _SAFE_NESTING:
        return False
    if brackets <= _SAFE_NESTING - 2 * _USUAL_INDENT and _DEEP_LINE_START.search(text) is None \
            and len(_FIRST_LINE_START.match(text).group()) < _USUAL_INDENT:
        return True  # (the usual file: no line starts deeper than _USUAL_INDENT - 1, a quick search)
    return 2 * (_deepest_line_start(text) + 1) + brackets <= _SAFE_NESTING


def _deepest_line_start(text: str) -> int:
    """The longest run of spaces and indicators at a line's start (as line.lstrip(" -?:") strips)."""
    return max(_FIRST_LINE_START.match(text).end(), max(map(len, _LINE_START.findall(text)), default=1) - 1)


def _compose_plain(text: str | bytes) -> yaml.Node | None:
    """The tree libyaml composes, when it is within every limit; None to read it event by event."""
    loader = QuickSafeLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    if root is None or not _within_limits(root):
        return None
    return root


def _within_limits(root: yaml.Node) -> bool:
    """Whether a tree has at most MAX_NODES nodes and no collection deeper than MAX_DEPTH levels:
    its collections a level of nesting at a time (each collection's size counts its nodes)."""
    nodes, depth, level = 1, 0, [] if isinstance(root, _SCALAR) else [root]
    while level:
        if depth + 1 > MAX_DEPTH:
            return False
        deeper: list[yaml.Node] = []
        for node in level:  # (loops, not comprehensions: a step for each node, not a call)
            value = node.value
            if node.__class__ is _SEQUENCE:
                nodes += len(value)
                for child in value:
                    if child.__class__ is not _SCALAR:
                        deeper.append(child)
            else:
                nodes += 2 * len(value)
                for key, child in value:
                    if child.__class__ is not _SCALAR:
                        deeper.append(child)
                    if key.__class__ is not _SCALAR:
                        deeper.append(key)
        if nodes > MAX_NODES:
            return False
        level = deeper
        depth += 1
    return True
