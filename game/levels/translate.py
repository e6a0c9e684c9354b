"""Translations of levels and quick-round sets: a file beside the level, not a copy of it.

`levels/01_prize_toy.en.yaml` holds, for each text of `levels/01_prize_toy.yaml`
a player sees, the text's path in the level and its English:

    title: A free toy?
    steps[1].options[2].label: They all got one? I'll check in the game
    steps[13].text: [She gave her details away., ...]   # a list of lines, translated whole

With `--lang en` the level library reads the level, puts each translated text in
place of the Chinese in the YAML tree (before the level is built) and then checks
the result as any level is checked: the format, the content rules and the
real-font check that the English fits where the game shows it. A text the
translation leaves out stays Chinese. The story (steps, ids, art, points) comes
only from the level file, so a translation can never change what happens.

Problems in a translation point at its own lines, e.g.
`levels/01_prize_toy.en.yaml:12:1: steps[30].prompt: there is no text here in
01_prize_toy.yaml`. The character counts the loader puts on Chinese texts do not
apply to a translation: its texts are measured with the real font instead.
No pygame here.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from .nodes import NodeReader, did_you_mean, pos
from .problems import WARNING, Problem, errors, sorted_problems
from .yamlsource import MAX_BYTES, parse_yaml

_STD = "tag:yaml.org,2002:"
# `<level>.<language>.yaml`: a language is a locale name, as in assets/locale/ (en, zh_TW, ...).
SOURCE_KEY = "translated_from"  # the one key of a translation that is not a text's path
_NAME = re.compile(r"(?P<stem>[^.]+)\.(?P<lang>[a-z]{2,3}(?:_[A-Za-z]{2,4})?)\.ya?ml")
_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)")
# Texts the loader reads that are names, not words a player reads: never translated.
_SOURCE = re.compile(r"(^|\.)source(\[\d+\])?$")  # official sources: named as published, in Chinese
_NOT_WORDS = re.compile(r"(^|\.)(target|leaks\[\d+\]|if_leaked\[\d+\])$|^persona\.(id_number|phone)$")


@dataclass
class Translation:
    """One translation file, read: its texts by path, and where each one is written."""

    path: str
    lang: str
    data: bytes = b""
    texts: dict[str, yaml.Node] = field(default_factory=dict)
    positions: dict[str, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    placed: set[int] = field(default_factory=set)  # ids of the level's nodes that now hold its texts
    source: str = ""  # `translated_from:`, the fingerprint of the Chinese it was made from
    source_at: tuple[int, int] = (1, 1)


class _Reader(NodeReader):
    """The loader's reader, without the Chinese character counts on translated texts: those
    are measured with the real font instead (the library's fit check)."""

    def __init__(self, name: str, translated: set[int]) -> None:
        super().__init__(name)
        self.translated = translated

    def _counted(self, node) -> bool:
        return id(node) not in self.translated


def is_translation(path: str | Path) -> bool:
    """True for a translation file (`01_prize_toy.en.yaml`), which is never a level of its own."""
    return _NAME.fullmatch(Path(path).name) is not None


def path_for(level: str | Path, lang: str) -> Path:
    level = Path(level)
    return level.with_name(f"{level.stem}.{lang}{level.suffix}")


def beside(level: str | Path, lang: str, root: Path | None = None) -> Translation | None:
    """The `lang` translation of the level file at `level`, or None if it has none (or the
    language is the levels' own, zh_CN). With `root`, a file that leads outside it is refused."""
    if not lang or lang == "zh_CN":
        return None
    path = path_for(level, lang)
    if not path.is_file():
        return None
    name = str(path)
    if root is not None:
        from .packs import refusal

        reason = refusal(path, root)
        if reason:
            return Translation(name, lang, problems=[Problem(name, 0, 0, "", reason)])
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as e:
        return Translation(name, lang, problems=[Problem(name, 0, 0, "", f"can't read the file: {e.strerror or e}")])
    return read(data, name, lang)


def read(data: bytes, name: str, lang: str) -> Translation:
    """A translation from its bytes: a mapping of text paths to texts (or lists of lines)."""
    translation = Translation(name, lang, data)
    root, problems = parse_yaml(data, name)
    translation.problems += problems
    if root is None:
        return translation
    reader = NodeReader(name)
    if not isinstance(root, yaml.MappingNode):
        reader.report(root, "", "a translation is a list of `path: text` lines, e.g. title: A free toy?")
    for key, key_node, value in reader.entries(root, "") if isinstance(root, yaml.MappingNode) else []:
        if key == SOURCE_KEY:
            translation.source, translation.source_at = reader.text(value, key), pos(value)
            continue
        if _STEP.fullmatch(key.split(".", 1)[0]) is None or not all(_STEP.fullmatch(s) for s in key.split(".")):
            reader.report(key_node, "", f"'{key}' is not the path of a text; write it as the level's path, "
                                        "e.g. steps[3].options[1].label")
            continue
        if isinstance(value, yaml.SequenceNode):
            for i, item in enumerate(value.value):
                reader.text(item, f"{key}[{i}]")
        else:
            reader.text(value, key)
        translation.texts[key] = value
        translation.positions[key] = pos(value)
    translation.problems += reader.problems
    return translation


def apply(root: yaml.Node, translation: Translation, level_name: str,
          texts: list[tuple[str, tuple[int, int], str]]) -> list[Problem]:
    """Put the translation's texts into the level's node tree; problems with paths that lead
    nowhere or to anything but a text a player reads (`texts`, the level's own), at the
    translation's lines. The nodes keep the translation's positions."""
    problems: list[Problem] = []
    shown = Path(level_name).name
    words = {where for where, _, _ in texts if not _NOT_WORDS.search(where)}
    lists = {re.sub(r"\[\d+\]$", "", where) for where in words}
    for key, value in translation.texts.items():
        target = _find(root, key)
        line, col = translation.positions[key]
        if target is None or not (key in words or key in lists and isinstance(target, yaml.SequenceNode)):
            known = sorted(words | lists)
            why = "is not a text a player reads (an id or a part's name); leave it out" if target is not None \
                else f"there is no text here in {shown}{did_you_mean(key, known)}"
            problems.append(Problem(translation.path, line, col, key, why))
            continue
        if isinstance(target, yaml.ScalarNode) and isinstance(value, yaml.SequenceNode):
            problems.append(Problem(translation.path, line, col, key, f"is one text in {shown}, not a list; "
                                                                      "translate it as one text"))
            continue
        if isinstance(target, yaml.SequenceNode):
            items = value.value if isinstance(value, yaml.SequenceNode) else [value]
            target.value = [_copy(item) for item in items]
            target.start_mark = value.start_mark
            translation.placed |= {id(item) for item in target.value}
        else:
            _take(target, value)
            translation.placed.add(id(target))
    return problems


def finish(problems: list[Problem], translation: Translation) -> list[Problem]:
    """The problems of a translated level, with those about a translated text moved to the
    translation file (at the text's line there)."""
    out = []
    for problem in problems:
        key = _translated_key(problem.where, translation)
        if key is None or problem.file == translation.path:
            out.append(problem)
        else:
            line, col = problem_position(problem, key, translation)
            out.append(replace(problem, file=translation.path, line=line, col=col))
    return sorted_problems(out)


def problem_position(problem: Problem, key: str, translation: Translation) -> tuple[int, int]:
    if problem.where == key or problem.where.startswith(key + "["):
        return problem.line, problem.col  # the node carries the translation's own position
    return translation.positions[key]


def load_level(data: bytes, translation: Translation, catalog, name: str,
               covered: frozenset[str] | None = None, lint_it: bool = True):
    """`game.levels.loader.load_bytes` for a translated level: a LoadResult whose level speaks
    the translation's language and whose problems include the translation's."""
    from . import loader

    root, problems = parse_yaml(data, name)
    if root is not None:
        texts = _texts(root, name, quick=False)
        problems = problems + translation.problems + _stale(texts, translation, name) \
            + apply(root, translation, name, texts)
    result = loader._checked(root, problems, name, catalog, covered, lint_it, _Reader(name, translation.placed))
    return _finished(result, problems, translation, "level")


def load_set(path: str | Path, lang: str, covered: frozenset[str] | None = None, root: Path | None = None,
             fit=None):
    """`game.levels.quick.load_set` and its real-font `fit` check, in `lang` when the set has a
    translation beside it (problems on translated texts at the translation's lines)."""
    from . import quick

    translation = beside(path, lang, root)
    if translation is None:
        result = quick.load_set(path, covered)
    else:
        name = str(path)
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
        tree, problems = parse_yaml(data, name)
        if tree is not None:
            texts = _texts(tree, name, quick=True)
            problems = problems + translation.problems + _stale(texts, translation, name) \
                + apply(tree, translation, name, texts)
        result = _finished(quick._checked(tree, problems, name, covered, _Reader(name, translation.placed)),
                           problems, translation, "item_set")
    if result.item_set is not None and fit is not None:
        result.problems = sorted_problems(result.problems + quick._fitted(fit, result))
        if translation is not None:
            result.problems = finish(result.problems, translation)
        if errors(result.problems):
            result.item_set = None
    return result


def _finished(result, problems: list[Problem], translation: Translation, attribute: str):
    """The result with the translation's own problems (kept even when the level's build stops
    early) and every problem on a translated text at the translation's line."""
    own = [p for p in problems if p.file == translation.path and p not in result.problems]
    result.problems = finish(result.problems + own, translation)
    if errors(result.problems):
        setattr(result, attribute, None)
    return result


def texts_of(path: str | Path) -> list[tuple[str, tuple[int, int], str]]:
    """Every text a level or quick-round set file shows, as the loader reads it: (path, position, text)."""
    from . import quick
    from .yamlsource import read_yaml

    root, _ = read_yaml(path)
    return _texts(root, str(path), quick.is_quick_path(path)) if root is not None else []


def _texts(root: yaml.Node, name: str, quick: bool) -> list[tuple[str, tuple[int, int], str]]:
    """The texts of a node tree as its builder reads them (the tree is left as it is)."""
    reader = NodeReader(name)
    if quick:
        from .quick import _SetBuilder

        _SetBuilder(reader).item_set(root, name)
    else:
        from .loader import _Builder

        _Builder(reader).level(root, name)
    return reader.read_texts


def fingerprint(texts: list[tuple[str, tuple[int, int], str]]) -> str:
    """A short hash of the words a translation translates (their paths and Chinese): it changes
    when a text is reworded, added, removed or moves to another path."""
    digest = hashlib.sha256()
    for where, text in untranslated(texts, None):
        digest.update(f"{where}\x1f{text}\x1e".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:12]


def _stale(texts, translation: Translation, name: str) -> list[Problem]:
    """A warning when the level's Chinese changed after the translation was made (or it does not
    say what it was made from): its texts may now be at other paths, or say something else."""
    now = fingerprint(texts)
    if translation.source == now:
        return []
    shown = Path(name)
    fix = (f"check it with python -m game translate {shown} --lang {translation.lang} --all, then write "
           f"{SOURCE_KEY}: {now}")
    message = (f"{shown.name} changed after this translation was made ({SOURCE_KEY}: {translation.source}); {fix}"
               if translation.source else f"the translation does not say which version of {shown.name} it "
                                          f"translates; {fix}")
    return [Problem(translation.path, *translation.source_at, SOURCE_KEY, message, WARNING)]


def report_missing(path: str | Path, lang: str, every: bool = False, out=None) -> int:
    """`python -m game translate FILE --lang LANG [--all]`: print, as lines for the translation
    file, each text it does not translate yet (the Chinese, to replace), or with `every` each
    text with its translation and the Chinese beside it (to check a translation after the level
    changed); then the `translated_from:` line for the level as it is now, and the translation's
    own problems. Exit code 1 when the file cannot be read or the translation has errors."""
    import sys

    out = out if out is not None else sys.stdout
    path = Path(path)
    if is_translation(path) or not path.is_file():
        print(f"error: give the level or item-set file itself, not {path}", file=sys.stderr)
        return 1
    translation = beside(path, lang)
    texts = texts_of(path)
    if not texts:
        print(f"error: {path} could not be read; run python -m game validate {path}", file=sys.stderr)
        return 1
    missing = untranslated(texts, translation)
    words = untranslated(texts, None)
    target = path_for(path, lang)
    print(f"# {path.name} -> {target.name}: {len(missing)} of {len(words)} texts not translated yet", file=out)
    if every:
        done = translation.texts if translation is not None else {}
        for where, text in words:
            node = done.get(where) or done.get(re.sub(r"\[\d+\]$", "", where))
            shown = node.value if isinstance(node, yaml.ScalarNode) else None
            if isinstance(node, yaml.SequenceNode):
                index = int(re.search(r"\[(\d+)\]$", where).group(1))
                shown = node.value[index].value if index < len(node.value) else "(no such line)"
            print(f"{where}: {_quoted(shown) if shown is not None else _quoted(text) + '  # TODO'}  # {text}",
                  file=out)
    else:
        for where, text in missing:
            print(f"{where}: {_quoted(text)}", file=out)
    print(f"{SOURCE_KEY}: {fingerprint(texts)}  # the Chinese as it is now", file=out)
    problems = translation.problems if translation is not None else []
    if translation is not None:
        tree, _ = parse_yaml(path.read_bytes(), str(path))
        problems = problems + (apply(tree, translation, str(path), texts) if tree is not None else [])
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if errors(problems) else 0


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def untranslated(level_texts: list[tuple[str, tuple[int, int], str]], translation: Translation | None) -> list[
        tuple[str, str]]:
    """The (path, text) of each text a player reads that the translation leaves out (for
    `python -m game translate`)."""
    done = set(translation.texts) if translation is not None else set()
    out = []
    for where, _, text in level_texts:
        list_key = re.sub(r"\[\d+\]$", "", where)
        if where in done or list_key in done or _NOT_WORDS.search(where) or _SOURCE.search(where) \
                or where.endswith(".url"):  # a web address reads the same in every language
            continue
        out.append((where, text))
    return out


# -- the node tree ---------------------------------------------------------------------------

def _find(root: yaml.Node, key: str) -> yaml.Node | None:
    node = root
    for step in key.split("."):
        match = _STEP.fullmatch(step)
        name, indexes = match.group(1), [int(i) for i in re.findall(r"\d+", match.group(2))]
        if not isinstance(node, yaml.MappingNode):
            return None
        node = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == name), None)
        for i in indexes:
            if not isinstance(node, yaml.SequenceNode) or i >= len(node.value):
                return None
            node = node.value[i]
        if node is None:
            return None
    return node


def _take(target: yaml.Node, value: yaml.Node) -> None:
    target.value, target.tag, target.style = value.value, value.tag, value.style
    target.start_mark, target.end_mark = value.start_mark, value.end_mark


def _copy(node: yaml.Node) -> yaml.Node:
    return yaml.ScalarNode(node.tag, node.value, node.start_mark, node.end_mark, style=getattr(node, "style", None)) \
        if isinstance(node, yaml.ScalarNode) else node


def _translated_key(where: str, translation: Translation) -> str | None:
    """The translated path a problem at `where` is about: the same text, a line of a translated
    list, or the card or step a translated text is part of (the real-font check reports those)."""
    if not where:
        return None
    if where in translation.texts:
        return where
    for key in translation.texts:
        if where.startswith(key + "[") or key.startswith(where + ".") or key.startswith(where + "["):
            return key
    return None
