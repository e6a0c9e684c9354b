"""Numbers that show whether levels teach judgement: `python -m game validate --stats` (no pygame).

Per level: its decisions split into fraud and genuine, the verdicts of each
decision's options, its clues and hunts, and how much a child reads on the
shortest and the longest way through it. For the set of levels: the share of
genuine decisions and how many fraud types it covers.

Definitions (the numbers mean exactly this):

- A decision is **genuine** when going ahead is its safe answer, which the file
  says by giving it a `too_suspicious` option: refusing is the mistake there.
  Every other decision is a **fraud** decision (refusing is right).
- A **path** runs from `start` to an ending, taking any option of each decision
  (what it leaks is added), the one way on of a panel or hunt, and the case a
  branch takes for what has leaked by then. Levels are acyclic (the lint says
  so), so the walk below finds the fewest and the most characters over every
  path at once, one visit per (step, leaked kinds, panel on screen); no path is
  listed one by one.
- What is **read** on a path: the texts the level file gives to show (every text
  the loader reads as one a player sees) of each panel when it comes on screen
  (caption, bubbles, every text of its simulated screen, and the character's
  details typed into a filled form; a step that shows the panel already on
  screen adds nothing); each decision's prompt and every option label; the
  chosen option's feedback lines and the texts of the clues it points at; each
  hunt's prompt and the texts of all its clues (found ones light up with their
  text, 锡小朗 shows the rest) or, with nothing to find, its `calm` lines; the
  ending's title and text, the level's `rule` it repeats, and on a consequence
  ending the harm sentence of each leaked kind (the level's `harms`, else the
  game's standard one). The game's own buttons and headings, and the
  停一停—核实—求助 line under each feedback, are not counted.
- `hanzi` counts CJK ideographs (U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF,
  U+20000–3134F); `visible` counts every character that is not a space or an
  invisible one (汉字, punctuation, digits, Latin letters). The shortest and
  the longest path are the ones with the fewest and the most 汉字 (ties: fewer
  or more visible characters), and `minutes_longest` is the longest path's
  汉字 at 150 字 a minute, to 0.1.
"""
from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

from .loader import LoadResult
from .model import Level, Step
from .nodes import index, join

READING_SPEED = 150  # 字 a minute: a 10-year-old reading for meaning
_HANZI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"})

Count = tuple[int, int]  # (hanzi, visible)
Place = tuple[str, frozenset[str], str]  # step id, leaked kinds, the step whose panel is on screen


def count(text: str) -> Count:
    """(汉字, visible characters) in a text."""
    visible = sum(1 for ch in text if not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE)
    return len(_HANZI.findall(text)), visible


def _add(*counts: Count) -> Count:
    return sum(c[0] for c in counts), sum(c[1] for c in counts)


def is_genuine(step: Step) -> bool:
    """A decision where going ahead is right: refusing it is `too_suspicious`."""
    return any(o.verdict == "too_suspicious" for o in step.options)


def level_stats(result: LoadResult, file: str, standard_harms: dict[str, str] | None = None) -> dict:
    """The numbers of one loaded level (`result.level` must be set); `file` is how it is named."""
    level = result.level
    if level is None:
        raise ValueError(f"{file} did not load; stats are taken of loaded levels only")
    decisions = [s for s in level.steps if s.type == "decision"]
    genuine = sum(1 for s in decisions if is_genuine(s))
    shortest, longest = _Reading(level, result.texts, standard_harms or {}).extremes()
    return {
        "id": level.id,
        "file": file,
        "fraud_type": level.fraud_type,
        "steps": len(level.steps),
        "decisions": {"fraud": len(decisions) - genuine, "genuine": genuine},
        "options": [{"step": s.id, **{v: sum(1 for o in s.options if o.verdict == v)
                                      for v in ("safe", "risky", "too_suspicious")}} for s in decisions],
        "clues": len(level.clues),
        "hunts": sum(1 for s in level.steps if s.type == "redflags"),
        "chars_shortest": shortest,
        "chars_longest": longest,
        "minutes_longest": round(longest["hanzi"] / READING_SPEED, 1),
    }


def set_stats(levels: list[dict]) -> dict:
    """The set's numbers from the levels' numbers."""
    decisions = sum(lv["decisions"]["fraud"] + lv["decisions"]["genuine"] for lv in levels)
    genuine = sum(lv["decisions"]["genuine"] for lv in levels)
    return {
        "levels": len(levels),
        "decisions": decisions,
        "genuine": genuine,
        "genuine_share": round(genuine / decisions, 3) if decisions else None,
        "fraud_types": len({lv["fraud_type"] for lv in levels}),
    }


def report(results: list[tuple[LoadResult, str]], assets_dir: Path, targets: list[str] | None = None) -> dict:
    """The whole `validate --stats` object for (loaded level, shown file name) pairs; `assets_dir`
    holds the game's standard harm sentences, `targets` are the paths validate was given."""
    harms = standard_harms(assets_dir)
    levels = [level_stats(result, file, harms) for result, file in results if result.level is not None]
    out: dict = {"levels": levels, "set": set_stats(levels)}
    quick = quick_round_stats(targets or [], assets_dir)
    if quick is not None:
        out["quick"] = quick
    return out


def quick_round_stats(targets: list[str], assets_dir: Path) -> list[dict] | None:
    """THE QUICK-ROUND HOOK: the numbers of each 真还是假 item set `targets` name, or None while
    the game has no quick round.

    It asks `game.levels.quick` for `check_targets(targets, assets_dir)` (the item sets, checked
    as validate checks them) and `set_stats(item_set)` (one set's numbers: items, genuine share,
    ...); a set with errors is left out, as a broken level is.
    """
    name = f"{__package__}.quick"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name != name:
            raise  # the quick round is there but needs something missing: say so
        return None
    load, numbers = getattr(module, "check_targets", None), getattr(module, "set_stats", None)
    if load is None or numbers is None:
        return None
    return [numbers(r.item_set) for r in load(list(targets), assets_dir) if r.item_set is not None]


def standard_harms(assets_dir: Path) -> dict[str, str]:
    """The game's standard harm sentences (`harms:` in assets/locale/zh_CN.yaml); {} if unreadable."""
    try:
        data = yaml.safe_load((Path(assets_dir) / "locale" / "zh_CN.yaml").read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, yaml.YAMLError):
        return {}
    harms = data.get("harms") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in harms.items()} if isinstance(harms, dict) else {}


@dataclass
class _Best:
    fewest: tuple[Count, Place | None]
    most: tuple[Count, Place | None]


class _Reading:
    """What each step shows, and the walk for the paths with the fewest and the most 汉字."""

    def __init__(self, level: Level, texts: list[tuple[str, tuple[int, int], str]],
                 standard_harms: dict[str, str]) -> None:
        self.level = level
        self.texts = [(where, value) for where, _, value in texts]
        self.steps = {s.id: s for s in level.steps}
        self.at = {s.id: i for i, s in enumerate(level.steps)}
        self.harms = {k: count(level.harms.get(k) or standard_harms.get(k, "")) for k in
                      set(level.harms) | set(standard_harms)}
        self.rule = count(level.rule)

    def under(self, prefix: str, skip: frozenset[str] = frozenset()) -> Count:
        """Every text read at `prefix` or inside it."""
        return _add(*(count(value) for where, value in self.texts if where not in skip and
                      (where == prefix or where.startswith((prefix + ".", prefix + "[")))))

    def panel(self, owner: str) -> Count:
        """The texts of the panel step `owner` draws, as it shows (a filled field shows the detail,
        not its placeholder)."""
        i = self.at[owner]
        path = join(index("steps", i), "panel")
        screen = self.steps[owner].panel.screen
        typed: list[Count] = []
        hidden: set[str] = set()
        if screen is not None and screen.filled:
            for j, ff in enumerate(screen.fields):
                if ff.fill:
                    typed.append(count(self.level.persona.value_of(ff.fill)))
                    hidden.add(join(index(join(path, "screen.fields"), j), "placeholder"))
        return _add(self.under(path, frozenset(hidden)), *typed)

    def own(self, place: Place) -> Count:
        """What a step shows by itself at this place (its option feedback is on the way out)."""
        sid, leaked, screen = place
        step = self.steps[sid]
        path = index("steps", self.at[sid])
        owner = _owner(step)
        shown = [self.panel(owner)] if owner and owner != screen else []
        if step.type == "decision":
            shown += [self.under(join(path, "prompt"))]
            shown += [self.under(join(index(join(path, "options"), j), "label")) for j in range(len(step.options))]
        elif step.type == "redflags":
            shown += [self.under(join(path, "prompt")), self.under(join(path, "calm"))]
            shown += [self.clue(c) for c in step.clues]
        elif step.type == "ending":
            shown += [self.under(join(path, "title")), self.under(join(path, "text")), self.rule]
            if step.outcome == "consequence":
                shown += [self.harms.get(k, (0, 0)) for k in leaked]
        return _add(*shown)

    def clue(self, clue_id: str) -> Count:
        return self.under(join(join("clues", clue_id), "text"))

    def ways(self, place: Place) -> list[tuple[Count, Place]]:
        """(what is read on the way, next place) for each way on."""
        sid, leaked, screen = place
        step = self.steps.get(sid)
        if step is None or step.type == "ending":
            return []
        screen = _owner(step) or screen
        if step.type == "decision":
            path = index("steps", self.at[sid])
            out = []
            for j, o in enumerate(step.options):
                if o.next in self.steps:
                    said = join(index(join(path, "options"), j), "feedback")
                    read = _add(self.under(join(said, "text")), *(self.clue(c) for c in o.feedback.clues))
                    out.append((read, (o.next, leaked | frozenset(o.leaks), screen)))
            return out
        if step.type == "branch":
            target = next((c.next for c in step.cases if leaked.intersection(c.if_leaked)), step.otherwise)
        else:
            target = step.next
        return [((0, 0), (target, leaked, screen))] if target in self.steps else []

    def extremes(self) -> tuple[dict, dict]:
        """The paths with the fewest and the most 汉字, as {"hanzi", "visible", "path"}."""
        start: Place = (self.level.start, frozenset(), "")
        if start[0] not in self.steps:
            empty = {"hanzi": 0, "visible": 0, "path": []}
            return empty, dict(empty)
        best: dict[Place, _Best] = {}
        on_path: set[Place] = set()
        stack = [start]
        while stack:  # each place once, children before parents; a loop just ends the walk there
            place = stack[-1]
            if place in best:
                stack.pop()
                continue
            ways = self.ways(place)
            waiting = [to for _, to in ways if to not in best and to not in on_path]
            if waiting and place not in on_path:
                on_path.add(place)
                stack.extend(waiting)
                continue
            own = self.own(place)
            done = [(_add(own, read, best[to].fewest[0]), _add(own, read, best[to].most[0]), to)
                    for read, to in ways if to in best]
            if done:
                fewest = min(done, key=lambda d: d[0])
                most = max(done, key=lambda d: d[1])
                best[place] = _Best((fewest[0], fewest[2]), (most[1], most[2]))
            else:
                best[place] = _Best((own, None), (own, None))
            on_path.discard(place)
            stack.pop()
        return self._path(best, start, "fewest"), self._path(best, start, "most")

    @staticmethod
    def _path(best: dict[Place, _Best], start: Place, which: str) -> dict:
        total = getattr(best[start], which)[0]
        ids: list[str] = []
        place: Place | None = start
        while place is not None and len(ids) <= len(best):
            ids.append(place[0])
            place = getattr(best[place], which)[1]
        return {"hanzi": total[0], "visible": total[1], "path": ids}


def _owner(step: Step) -> str:
    """The id of the step whose panel this step shows ("" when it shows none of its own)."""
    if step.panel is None:
        return ""
    return step.panel_from or step.id
