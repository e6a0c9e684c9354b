"""The teacher's report: play-log records counted into tables a teacher can read (no pygame).

Two steps, so that reports of many PCs add up:

1. `Tally` (game/classroom/tally.py) counts records: which option was chosen at each decision, which
   clues each hunt found and missed, each 真还是假 answer, each finished level.
   Tallies only hold counts, so the tallies of forty PCs are simply added
   (`Tally.add`), whether they were read from play logs or from report CSVs.
2. `build` turns a tally into a `Report`: per level and per decision how many
   answered and how many were right, the most common wrong choice, the clues
   most often missed, how often a genuine situation was refused (too
   suspicious); the quick round per item; and the before/after check (hits,
   false alarms, d′ per phase, see `dprime`). The quick round's items and the
   check count each player's first round of a set in a sitting; later rounds
   (再来一轮) are counted apart (see tally.py). Labels (titles, prompts, option
   texts; game/classroom/labels.py) come from the levels and item sets installed
   here when they are known.

Reviews (replays of the 错题本, `review: true`) are counted apart from plays.
Nothing here knows a player: records hold no name, and counts are never kept
per profile.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from game.classroom.dprime import Detection, change
from game.classroom.labels import Labels
from game.classroom.tally import PLAY, PLAYS, REVIEW, Tally, tally

__all__ = ["PLAY", "PLAYS", "REVIEW", "Tally", "tally", "Phase", "DEFAULT_PHASES", "lesson_phases", "Labels",
           "Report", "build", "reading"]


@dataclass(frozen=True)
class Phase:
    """A moment of the lesson's check, and the item set it is played with."""

    name: str  # "before", "after", "later"
    set_id: str


# Without a lesson that says which set opens and which closes it: A before, B after, C a week later.
DEFAULT_PHASES: tuple[Phase, ...] = (Phase("before", "set-a"), Phase("after", "set-b"), Phase("later", "set-c"))


def lesson_phases(before: str = "", after: str = "", later: str = "") -> tuple[Phase, ...]:
    """The phases with a lesson's sets (its `before:` and `after:`) where it names them, else the defaults."""
    given = {"before": before, "after": after, "later": later}
    return tuple(Phase(p.name, given[p.name] or p.set_id) for p in DEFAULT_PHASES)


# -- step 2: the tables ------------------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    option: str
    label: str
    verdict: str
    count: int


@dataclass(frozen=True)
class DecisionLine:
    """One decision step: how it was answered."""

    play: str
    level: str
    step: str
    label: str  # the situation (see _step_label)
    genuine: bool  # going ahead is right here: refusing it is too suspicious
    choices: tuple[Choice, ...]  # most chosen first

    @property
    def answered(self) -> int:
        return sum(c.count for c in self.choices)

    @property
    def right(self) -> int:
        return sum(c.count for c in self.choices if c.verdict == "safe")

    @property
    def too_suspicious(self) -> int:
        return sum(c.count for c in self.choices if c.verdict == "too_suspicious")

    @property
    def risky(self) -> int:
        return self.answered - self.right - self.too_suspicious

    @property
    def share_right(self) -> float:
        return self.right / self.answered if self.answered else 0.0

    @property
    def top_wrong(self) -> Choice | None:
        """The wrong choice made most often (the first in the level's order on a tie)."""
        wrong = [c for c in self.choices if c.verdict != "safe"]
        return wrong[0] if wrong else None


@dataclass(frozen=True)
class HuntLine:
    play: str
    level: str
    step: str
    label: str
    answered: int
    right: int  # hunts with no clue missed (on a screen with nothing to find: no innocent part tapped)
    calm: bool = False  # nothing to find here: a wrong answer is a genuine screen doubted

    @property
    def share_right(self) -> float:
        return self.right / self.answered if self.answered else 0.0

    @property
    def too_suspicious(self) -> int:
        """A screen with nothing to find, where something innocent was called suspicious."""
        return self.answered - self.right if self.calm else 0


@dataclass(frozen=True)
class ClueLine:
    play: str
    level: str
    step: str
    clue: str
    label: str
    found: int
    missed: int

    @property
    def share_missed(self) -> float:
        total = self.found + self.missed
        return self.missed / total if total else 0.0


@dataclass(frozen=True)
class LevelLine:
    level: str
    title: str
    finished: int  # plays to the end
    score: int
    max_score: int

    @property
    def share_score(self) -> float:
        return self.score / self.max_score if self.max_score else 0.0


@dataclass(frozen=True)
class QuickLine:
    """One 真还是假 item: its answers in first rounds (what the check counts), and in later ones apart."""

    set: str
    item: str
    label: str
    genuine: bool
    answered: int
    right: int
    again: int = 0  # answers in later rounds (再来一轮): not in the numbers above, nor in the check
    again_right: int = 0

    @property
    def wrong(self) -> int:
        return self.answered - self.right

    @property
    def too_suspicious(self) -> int:
        """A genuine item called 假."""
        return self.wrong if self.genuine else 0

    @property
    def share_right(self) -> float:
        return self.right / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class PhaseLine:
    phase: str
    set: str
    detection: Detection


@dataclass(frozen=True)
class ChangeLine:
    """How a later phase compares with the first: each number's difference (None where one is missing)."""

    phase: str
    base: str
    hit_rate: float | None
    false_alarm_rate: float | None
    d_prime: float | None
    criterion: float | None


@dataclass(frozen=True)
class Report:
    levels: tuple[LevelLine, ...]  # every level with any record, in the game's order
    decisions: tuple[DecisionLine, ...]
    hunts: tuple[HuntLine, ...]
    clues: tuple[ClueLine, ...]
    quick: tuple[QuickLine, ...]
    phases: tuple[PhaseLine, ...]
    changes: tuple[ChangeLine, ...]
    first_date: str
    last_date: str
    tally: Tally
    sets: dict[str, str] = field(default_factory=dict)  # item set -> its title, where known here

    @property
    def empty(self) -> bool:
        return self.tally.empty

    def set_title(self, set_id: str) -> str:
        """What an item set is called for people (第一组), or its id where its file is not here."""
        return self.sets.get(set_id) or set_id

    def for_level(self, level: str, play: str = PLAY) -> tuple[tuple[DecisionLine, ...], tuple[HuntLine, ...],
                                                                 tuple[ClueLine, ...]]:
        """One level's decisions, hunts and clues (most missed first), of plays or of reviews."""
        return (tuple(d for d in self.decisions if d.level == level and d.play == play),
                tuple(h for h in self.hunts if h.level == level and h.play == play),
                tuple(sorted((c for c in self.clues if c.level == level and c.play == play),
                             key=lambda c: (-c.missed, -c.share_missed))))

    def most_missed(self, count: int = 5, play: str = PLAY) -> tuple[ClueLine, ...]:
        """The clues missed most often across levels (by times missed, then by share)."""
        missed = [c for c in self.clues if c.play == play and c.missed]
        return tuple(sorted(missed, key=lambda c: (-c.missed, -c.share_missed))[:count])

    def phase(self, name: str) -> PhaseLine | None:
        return next((p for p in self.phases if p.phase == name), None)

    @property
    def quick_again(self) -> tuple[int, int]:
        """Answers given in later rounds of a set (再来一轮), counted apart, and how many were right."""
        return sum(q.again for q in self.quick), sum(q.again_right for q in self.quick)


def build(counts: Tally, labels: Labels | None = None, phases: tuple[Phase, ...] = DEFAULT_PHASES) -> Report:
    """The report's tables from a tally."""
    labels = labels or Labels()
    level_ids = _level_order(counts, labels)
    decisions = _decisions(counts, labels, level_ids)
    hunts, clues = _hunts(counts, labels, level_ids)
    levels = tuple(LevelLine(lv, labels.levels.get(lv, lv), counts.finished[lv], counts.score[lv],
                             counts.max_score[lv]) for lv in level_ids)
    quick = _quick(counts, labels)
    phase_lines = tuple(PhaseLine(p.name, p.set_id, _detection(quick, p.set_id)) for p in phases
                        if any(q.set == p.set_id and q.answered for q in quick))
    changes = ()
    if phase_lines and phases and phase_lines[0].phase == phases[0].name:
        base = phase_lines[0]
        changes = tuple(_change(base, p) for p in phase_lines[1:])
    return Report(levels, decisions, hunts, clues, quick, phase_lines, changes, counts.first_date,
                  counts.last_date, counts, dict(labels.sets))


def _level_order(counts: Tally, labels: Labels) -> list[str]:
    seen = ({k[1] for k in counts.choices} | {k[1] for k in counts.hunts} | set(counts.finished))
    known = [lv for lv in labels.order if lv in seen]
    return known + sorted(seen - set(known))


def _step_key(labels: Labels, level: str):
    order = labels.step_order.get(level, ())
    return lambda step: (order.index(step), "") if step in order else (len(order), step)


def _decisions(counts: Tally, labels: Labels, level_ids: list[str]) -> tuple[DecisionLine, ...]:
    grouped: dict[tuple[str, str, str], Counter] = {}
    for (play, level, step, option, verdict), n in counts.choices.items():
        grouped.setdefault((play, level, step), Counter())[(option, verdict)] += n
    lines = []
    for play in PLAYS:
        for level in level_ids:
            steps = sorted((s for p, lv, s in grouped if p == play and lv == level), key=_step_key(labels, level))
            for step in steps:
                tallied = grouped[(play, level, step)]
                options = [k[2] for k in labels.options if k[:2] == (level, step)]
                rank = {o: i for i, o in enumerate(options)}
                choices = sorted((Choice(o, labels.options.get((level, step, o), (o, v))[0], v, n)
                                  for (o, v), n in tallied.items() if n),
                                 key=lambda c: (-c.count, rank.get(c.option, len(rank)), c.option))
                known = [labels.options[(level, step, o)][1] for o in options]
                genuine = "too_suspicious" in known or any(c.verdict == "too_suspicious" for c in choices)
                lines.append(DecisionLine(play, level, step, labels.steps.get((level, step), ("", step))[1] or step,
                                          genuine, tuple(choices)))
    return tuple(lines)


def _hunts(counts: Tally, labels: Labels, level_ids: list[str]) -> tuple[tuple[HuntLine, ...], tuple[ClueLine, ...]]:
    hunts, clues = [], []
    clue_keys = set(counts.found) | set(counts.missed)
    for play in PLAYS:
        for level in level_ids:
            steps = sorted((k[2] for k in counts.hunts if k[:2] == (play, level)), key=_step_key(labels, level))
            for step in steps:
                key = (play, level, step)
                its_clues = sorted(k[3] for k in clue_keys if k[:3] == key)  # (none: nothing to find here)
                hunts.append(HuntLine(play, level, step, labels.steps.get((level, step), ("", step))[1] or step,
                                      counts.hunts[key], counts.hunts_clean[key], calm=not its_clues))
                for clue in its_clues:
                    ck = (*key, clue)
                    clues.append(ClueLine(play, level, step, clue, labels.clues.get((level, clue), clue),
                                          counts.found[ck], counts.missed[ck]))
    return tuple(hunts), tuple(clues)


def _quick(counts: Tally, labels: Labels) -> tuple[QuickLine, ...]:
    set_order = list(labels.sets)
    lines = []
    for key in dict.fromkeys([*counts.quick, *counts.quick_again]):
        set_id, item, genuine = key
        title = labels.items.get((set_id, item), (item, genuine))[0]
        lines.append(QuickLine(set_id, item, title, genuine, counts.quick[key], counts.quick_right[key],
                               counts.quick_again[key], counts.quick_again_right[key]))

    def key(q: QuickLine):
        order = labels.item_order.get(q.set, ())
        return (set_order.index(q.set) if q.set in set_order else len(set_order), q.set,
                order.index(q.item) if q.item in order else len(order), q.item)

    return tuple(sorted(lines, key=key))


def _detection(quick: tuple[QuickLine, ...], set_id: str) -> Detection:
    total = Detection()
    for q in quick:
        if q.set != set_id:
            continue
        if q.genuine:
            total += Detection(false_alarms=q.wrong, correct_rejections=q.right)
        else:
            total += Detection(hits=q.right, misses=q.wrong)
    return total


def _change(base: PhaseLine, later: PhaseLine) -> ChangeLine:
    a, b = base.detection, later.detection
    return ChangeLine(later.phase, base.phase, change(a.hit_rate, b.hit_rate),
                      change(a.false_alarm_rate, b.false_alarm_rate), change(a.d_prime, b.d_prime),
                      change(a.criterion, b.criterion))


# How big a change in d′ counts as one: about two standard errors for a class of 40 answering
# ten items each (a smaller class's numbers jump more: the guide says so).
CLEAR_CHANGE = 0.3


def reading(change: ChangeLine) -> str:
    """The change in plain words, as a locale key: did the class judge better, or only refuse more?

    better: d′ rose clearly; worse: it fell clearly; refusing: d′ stayed but 假 was said
    more readily (hits and false alarms both up); same: no clear change; unknown: no d′.
    """
    if change.d_prime is None:
        return "teacher.reading_unknown"
    if change.d_prime >= CLEAR_CHANGE:
        return "teacher.reading_better"
    if change.d_prime <= -CLEAR_CHANGE:
        return "teacher.reading_worse"
    if (change.false_alarm_rate or 0) >= 0.1 and (change.hit_rate or 0) >= 0:
        return "teacher.reading_refusing"
    return "teacher.reading_same"
