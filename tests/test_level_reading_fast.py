"""The quicker ways of reading a level give what the plain ways give: a mapping's keys read in one
pass (`NodeReader.fields`), the usual value read at once (`Fields`), the best score in strides,
the texts' characters looked at together, forbidden characters looked for with byte searches,
libyaml given the bytes, and the art data made from the art list's own tree."""
from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
import yaml

from game.levels import bestpath, fields, loader, textcheck
from game.levels.catalog import Catalog, art_data
from game.levels.nodes import NodeReader, did_you_mean
from game.levels.problems import Problem
from game.levels.yamlsource import (_FORBIDDEN, QuickSafeLoader, _compose_plain, _may_hold_forbidden, _plain,
                                    parse_yaml, read_yaml)
from tests.yaml_shapes import shape

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
LEVELS = sorted(p for p in (ROOT / "levels").glob("*.yaml") if p.name.count(".") == 1)
ALL_YAML = sorted(p for p in set((ROOT / "levels").rglob("*.yaml")) | set(DATA.rglob("*.yaml"))
                  if "bomb" not in p.name and "deep" not in p.name)
COVERED = textcheck.read_coverage(ROOT / "assets")
CATALOG = Catalog.from_assets(ROOT / "assets")


def mutated(data: bytes, rng: random.Random) -> bytes:
    """A level with a few lines dropped, doubled, swapped, renamed or given another value."""
    lines = data.split(b"\n")
    words = [b"yes", b"010", b"~", b"[a, b]", b"{x: 1}", b"- x", b"text", b"safe", b"risky", b"'  '", b"3", b"-1",
             b"chat", b"web", b"next", b"options", b"type", b"clues", b"leaks", b"from", b"group", b"url"]
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        key, colon, _ = lines[i].partition(b":")
        op = rng.randrange(5)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(rng.randrange(len(lines)), lines[i])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3 and colon:
            lines[i] = key + b": " + rng.choice(words)
        elif colon:
            bare = key.lstrip(b" -")
            lines[i] = key[:len(key) - len(bare)] + rng.choice(words) + b":" + lines[i].partition(b":")[2]
    return b"\n".join(lines)


def corpus(count: int = 150) -> list[tuple[str, bytes]]:
    rng = random.Random(7)
    files = [(str(p), p.read_bytes()) for p in ALL_YAML]
    shipped = [p.read_bytes() for p in LEVELS]
    return files + [(f"mutated{k}.yaml", mutated(rng.choice(shipped), rng)) for k in range(count)]


# -- NodeReader.fields and Fields ------------------------------------------------------------------

def fields_as_it_was(reader: NodeReader, node, path, allowed, required=(), misplaced=None) -> dict:
    """NodeReader.fields before its one pass: the entries, then each key sorted out."""
    allowed = list(allowed)
    if callable(misplaced):
        misplaced = misplaced()
    out = {}
    for key, key_node, value in reader.entries(node, path):
        if key in allowed:
            out[key] = value
        elif misplaced and key in misplaced:
            reader.report(key_node, path, misplaced[key])
        else:
            reader.report(key_node, path, f"unknown key '{key}'{did_you_mean(key, allowed)}")
    if isinstance(node, yaml.MappingNode):
        for key in required:
            if key not in out:
                reader.report(node, path, f"missing '{key}'")
    return out


def mappings(node, path=""):
    """Every mapping of a tree with a path for it."""
    if isinstance(node, yaml.MappingNode):
        yield node, path
        for i, (key, value) in enumerate(node.value):
            yield from mappings(value, f"{path}.{i}")
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            yield from mappings(item, f"{path}[{i}]")


def test_fields_in_one_pass_reports_and_places_what_entries_then_sorting_did():
    allowed_sets = [("id", "type", "text", "next"), ("title",), (), ("label", "verdict", "points", "feedback")]
    for name, data in corpus(80):
        root, _ = parse_yaml(data, name)
        for node, path in mappings(root):
            for allowed in allowed_sets:
                fast, slow = NodeReader(name), NodeReader(name)
                got = fast.fields(node, path, allowed, allowed[:1], {"text": "text is misplaced here"})
                want = fields_as_it_was(slow, node, path, allowed, allowed[:1], {"text": "text is misplaced here"})
                assert dict(got) == want
                assert fast.problems == slow.problems and fast.positions == slow.positions
                assert all(got.paths[k] == (f"{path}.{k}" if path else k) for k in got)


def built(data: bytes, name: str, reader: NodeReader):
    root, problems = parse_yaml(data, name)
    return None if root is None else loader._Builder(reader).level(root, name)


def test_fields_read_the_usual_value_as_the_reader_reads_it(monkeypatch):
    """Each Fields method with its quick way, and with only the reader's: the same level, places,
    texts and problems."""
    samples = corpus(120)
    quick = []
    for name, data in samples:
        reader = NodeReader(name)
        quick.append((built(data, name, reader), reader.positions, reader.read_texts, sorted(set(reader.problems),
                                                                                          key=lambda p: p.sort_key)))

    def text(self, key, limit=None, default=""):
        node = self.get(key)
        return default if node is None else self.reader.text(node, self.paths[key], limit, default)

    def ident(self, key, pattern=fields.IDENT, rule="letters, digits, _ and -"):
        node = self.get(key)
        return "" if node is None else self.reader.ident(node, self.paths[key], pattern, rule)

    def choice(self, key, allowed, default=""):
        node = self.get(key)
        return default if node is None else self.reader.choice(node, self.paths[key], allowed, default)

    def integer(self, key, default, low=None, high=None):
        node = self.get(key)
        return default if node is None else self.reader.integer(node, self.paths[key], default, low, high)

    for method in (text, ident, choice, integer):
        monkeypatch.setattr(fields.Fields, method.__name__, method)
    monkeypatch.setattr(fields, "_IDS", set())
    for (name, data), (level, positions, texts, problems) in zip(samples, quick):
        reader = NodeReader(name)
        assert built(data, name, reader) == level
        assert reader.positions == positions and reader.read_texts == texts
        assert sorted(set(reader.problems), key=lambda p: p.sort_key) == problems


# -- the best score --------------------------------------------------------------------------------

def random_level(rng: random.Random):
    """A shipped level whose steps lead to random others (loops and all)."""
    name = str(rng.choice(LEVELS))
    level = built(Path(name).read_bytes(), name, NodeReader(name))
    ids = [s.id for s in level.steps] + ["missing", ""]
    steps = []
    for step in level.steps:
        if rng.random() < 0.4:
            options = tuple(o.__class__(**{**vars(o), "next": rng.choice(ids)}) for o in step.options)
            cases = tuple(c.__class__(c.if_leaked, rng.choice(ids)) for c in step.cases)
            step = step.__class__(**{**vars(step), "next": rng.choice(ids), "options": options, "cases": cases})
        steps.append(step)
    return level.__class__(**{**vars(level), "steps": tuple(steps)})


def test_the_best_score_in_strides_is_the_best_score_of_the_walk_place_by_place():
    rng = random.Random(3)
    levels = [built(p.read_bytes(), str(p), NodeReader(str(p))) for p in LEVELS]
    looped = 0
    for level in levels + [random_level(rng) for _ in range(300)]:
        for choose in (bestpath.any_option, bestpath.safe_option):
            graph = bestpath._Graph(level, choose)
            fast = bestpath._best_without_loops(level, choose)
            if fast is None:
                looped += 1
            else:
                assert fast == bestpath._best_with_loops(graph)
            assert bestpath.best_score(level, choose) == bestpath._best_with_loops(graph)
    assert looped  # (the loops are walked as before)


def test_a_best_score_is_remembered_only_while_its_level_lives():
    level = built(LEVELS[0].read_bytes(), str(LEVELS[0]), NodeReader(str(LEVELS[0])))
    assert bestpath.best_score(level) == bestpath.best_score(level) == bestpath._best_with_loops(
        bestpath._Graph(level, bestpath.any_option))
    assert id(level) in bestpath._KNOWN
    key = id(level)
    del level
    assert key not in bestpath._KNOWN


# -- texts, characters, bytes ------------------------------------------------------------------------

def test_the_texts_of_a_level_looked_at_together_find_what_each_looked_at_alone_finds():
    rng = random.Random(5)
    alphabet = [" ", "\n", "\t", "a", '"', "中", "文", "\u200b", "\u3000", "\xa0", "\u202e", "\x07", "\U0001F600",
                "“", "字"]
    covered = frozenset("a中文\"“")
    for _ in range(8000):
        texts = [(f"w{j}", (j, 1), "".join(rng.choice(alphabet if rng.random() < 0.3 else alphabet[:3] + alphabet[4:7])
                                           for _ in range(rng.randint(0, 5)))) for j in range(rng.randint(0, 5))]
        for cover in (None, covered, COVERED):
            each = [Problem("f", line, col, where, message, severity) for where, (line, col), value in texts
                    for message, severity in textcheck.check_text(value, cover)]
            assert loader.text_problems("f", texts, cover) == each


def test_forbidden_characters_are_looked_for_in_the_bytes_as_the_pattern_finds_them():
    rng = random.Random(1)
    chars = [chr(c) for c in [*range(0x30), *range(0x70, 0xc0)]] + list("\u2028\u2029\ufffe\uffff\ufeff中\u200b·")
    for i in range(50000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 5)))
        data = ("\ufeff" + text if i % 3 == 0 else text).encode("utf-8")
        read = data.decode("utf-8-sig").replace("\r\n", "\n")
        assert _may_hold_forbidden(data, read) == bool(_FORBIDDEN.search(read))


@pytest.mark.parametrize("path", ALL_YAML, ids=[str(p.relative_to(ROOT)) for p in ALL_YAML])
def test_libyaml_composes_the_bytes_as_read_to_the_tree_of_the_text(path):
    raw = path.read_bytes()
    lf = raw.replace(b"\r\n", b"\n")
    for data in (raw, lf, lf.replace(b"\n", b"\r\n"), b"\xef\xbb\xbf" + lf, lf.replace(b"\n", b"\r", 2)):
        try:
            text = data.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError:
            continue
        if _plain(text):
            assert shape(_compose_plain(data)) == shape(_compose_plain(text))


def test_the_quick_safe_loader_loads_what_the_safe_loader_loads():
    for path in ALL_YAML:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        if not _plain(text):
            continue
        assert loaded(text, QuickSafeLoader) == loaded(text, getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def loaded(text: str, loader) -> str:
    try:
        return repr(yaml.load(io.StringIO(text), Loader=loader))
    except yaml.YAMLError as e:
        return f"{type(e).__name__}: {e}"


def test_the_art_data_is_what_safe_load_makes_of_the_list(tmp_path):
    base = (ROOT / "assets" / "art" / "characters.yaml").read_text(encoding="utf-8")
    values = ["1", "0x1f", "1_000", "-3", "1.5", ".inf", "~", "null", "yes", "No", "2024-01-01", "'q'", "[1, 2]",
              "{a: 1}", "<<", "=", "!!str 5", "!!int abc", "!!float x", "!!null ''", "[a, [b, {c: d}]]", "1:30", "中文"]
    rng = random.Random(9)
    documents = [base, "a: 1\n<<: {b: 2}\n", "=: 1\n", "? [1]\n: 2\n", "- 1\n- 2\n", "x\n", "1: a\ntrue: b\n"]
    for _ in range(400):
        lines = base.split("\n")
        for _ in range(rng.randint(1, 3)):
            j = rng.randrange(len(lines))
            key, colon, _ = lines[j].partition(":")
            lines[j] = (key + ": " if colon else rng.choice(values) + ": ") + rng.choice(values)
        documents.append("\n".join(lines))
    path = tmp_path / "characters.yaml"
    for document in documents:
        path.write_text(document, encoding="utf-8")
        root, _ = read_yaml(path)
        if root is None:
            continue
        try:
            with open(path, encoding="utf-8-sig") as f:
                want = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            want = want if isinstance(want, dict) else {}
        except (ValueError, yaml.YAMLError):
            want = {}
        assert repr(art_data(root)) == repr(want)


def test_a_text_read_at_once_keeps_the_place_of_its_node():
    for path in LEVELS:
        reader = NodeReader(str(path))
        assert built(path.read_bytes(), str(path), reader) is not None
        assert reader.read_texts and all(reader.positions[where] == place for where, place, _ in reader.read_texts)


# -- the records' own __init__ -------------------------------------------------------------------

def test_each_record_with_its_own_init_takes_its_fields_in_order_as_the_dataclass_init_would():
    import dataclasses
    import inspect

    from game.levels import model

    own = [cls for cls in vars(model).values() if isinstance(cls, type) and dataclasses.is_dataclass(cls)
           and not cls.__dataclass_params__.init]
    assert {cls.__name__ for cls in own} >= {"Step", "Screen", "Message", "Option", "Actor", "Bubble", "Panel"}
    for cls in own:
        fields = dataclasses.fields(cls)
        assert all(f.init and f.default_factory is dataclasses.MISSING for f in fields)
        parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
        assert [(p.name, p.kind, p.default) for p in parameters] == [
            (f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD,
             inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default) for f in fields]
        values = [object() for _ in fields]
        record = cls(*values)
        assert list(vars(record).items()) == [(f.name, v) for f, v in zip(fields, values)]
        assert record == cls(**{f.name: v for f, v in zip(fields, values)}) and hash(record) == hash(cls(*values))
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, fields[0].name, None)
        assert dataclasses.replace(record, **{fields[-1].name: 1}) == cls(*values[:-1], 1)
