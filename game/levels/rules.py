"""Content rules: checks that a level teaches judgement, not reading (no pygame here).

A level can be valid and still be passed without judging anything: the one
option ending in "！" is the naive one, two of three options are safe so a random
tap is usually right, the right option is the long careful sentence among
short ones, or a hunt's question (哪里可疑？) says there is something to find where
a screen with nothing on it asks whether there is. These checks find what can be found in the file; the loader runs
them beside the lint on every level, so the game and `validate` agree. What
needs a reader (tone, accuracy, clues that agree) is left to people and tests.
"""
from __future__ import annotations

import re
from operator import itemgetter

from .model import Level, Step
from .nodes import Pos, index, join
from .problems import WARNING, Problem

SAFE_MAJORITY = "safe_majority"  # the decision step's key that says why most of its options may be safe
EXCLAIMS = "！!"
# What may stand after the last mark of a label and still leave it the ending: closing quotes and brackets.
_CLOSERS = " \t\u3000”’」』）)》"
LENGTH_FACTOR = 2  # a label more than this many times as long as the shortest gives the answer away
# A hunt's question that asks where (哪里可疑？) or says "find" tells the child there is something to
# find: a screen with nothing suspicious asks whether (有没有可疑的地方？), so every hunt must.
_ASKS_WHERE = re.compile(r"哪[^？?]{0,8}可疑|找出|"
                         r"(?i:\b(?:what|which|where)\b[^?]{0,24}\b(?:suspicious|wrong|odd)"
                         r"|\bfind\b|\btap what\b)")


def check_level(level: Level, positions: dict[str, Pos], texts: list[tuple[str, Pos, str]],
                file: str | None = None) -> list[Problem]:
    """Every content-rule problem of a built level. `positions` and `texts` are the loader's:
    where each value sits, and every text read (the decisions' `safe_majority` is one)."""
    return _Rules(level, positions, dict(zip(map(_WHERE, texts), map(_VALUE, texts))),  # (where -> text)
                  file if file is not None else level.path).run()


_WHERE, _VALUE = itemgetter(0), itemgetter(2)


class _Rules:
    def __init__(self, level: Level, positions: dict[str, Pos], texts: dict[str, str], file: str) -> None:
        self.level, self.positions, self.texts, self.file = level, positions, texts, file
        self.problems: list[Problem] = []

    def report(self, where: str, message: str, severity: str = "error") -> None:
        line, col = self.locate(where)
        self.problems.append(Problem(self.file, line, col, where, message, severity))

    def locate(self, where: str) -> Pos:
        """The position of `where`, or of the nearest enclosing value that has one."""
        while where:
            if where in self.positions:
                return self.positions[where]
            where = re.sub(r"(\.[^.\[\]]+|\[\d+\])$", "", where) if re.search(r"[.\[]", where) else ""
        return (1, 1) if self.positions else (0, 0)

    def run(self) -> list[Problem]:
        self.header()
        for i, step in enumerate(self.level.steps):
            if step.type == "decision" and len(step.options) >= 2:
                path = index("steps", i)
                self.punctuation(step, path)
                self.safe_share(step, path)
                self.lengths(step, path)
            elif step.type == "redflags":
                self.hunt_question(step, index("steps", i))
        return self.problems

    def header(self) -> None:
        """`rule` and `source` are required keys; an empty text would pass as written."""
        if "rule" in self.positions and not self.level.rule.strip():
            self.report("rule", "the rule is empty; write the one rule a child should remember from this "
                                "level (at most 40 characters)")
        if "source" in self.positions and not any(s.strip() for s in self.level.source):
            self.report("source", "the source is empty; name the official source the level's facts come "
                                  "from (the Ministry of Public Security, the National Anti-Fraud Center, the "
                                  "Cyberspace Administration, a procuratorate, official media)")

    def punctuation(self, step: Step, path: str) -> None:
        ends = [_last_mark(o.label) for o in step.options]
        marked = [j for j, mark in enumerate(ends) if mark and mark in EXCLAIMS]
        if len(marked) == 1:
            self.report(join(index(join(path, "options"), marked[0]), "label"),
                        f"only this option ends in {ends[marked[0]]}; a child can pick the answer by its "
                        "punctuation — end every option the same way")

    def safe_share(self, step: Step, path: str) -> None:
        total = len(step.options)
        safe = sum(1 for o in step.options if o.safe)
        reason = self.texts.get(join(path, SAFE_MAJORITY), "").strip()
        if 2 * safe > total and not reason:
            times = "every time" if safe == total else f"{safe} times in {total}"
            self.report(join(path, "options"),
                        f"{safe} of {total} options are safe: a random tap is right {times}; add a risky "
                        f"option or give {SAFE_MAJORITY}: <why>")
        elif 2 * safe <= total and reason:
            self.report(join(path, SAFE_MAJORITY),
                        f"{SAFE_MAJORITY} is given, but only {safe} of {total} options "
                        f"{'is' if safe == 1 else 'are'} safe, so there is nothing to explain; remove it", WARNING)

    def hunt_question(self, step: Step, path: str) -> None:
        if _ASKS_WHERE.search(step.prompt):
            self.report(join(path, "prompt"),
                        "this question tells the child there is something to find (it asks where, or says find); "
                        "ask whether there is anything suspicious, as a screen with nothing suspicious must")

    def lengths(self, step: Step, path: str) -> None:
        sizes = [_visible_length(o.label) for o in step.options]
        shortest = min(sizes)
        if shortest == 0:
            return  # an empty label is reported where it is written
        for j, size in enumerate(sizes):
            if size > LENGTH_FACTOR * shortest:
                self.report(join(index(join(path, "options"), j), "label"),
                            f"this option has {size} characters, more than twice the shortest in its decision "
                            f"({shortest}): the length can give the answer away; make the options about as "
                            "long as each other", WARNING)


def _last_mark(label: str) -> str:
    """The label's last character that is not a space, closing quote or bracket ("" if none)."""
    stripped = label.rstrip(_CLOSERS)
    return stripped[-1] if stripped else ""


def _visible_length(label: str) -> int:
    """The characters of a label that are not spaces (what str.split() splits at)."""
    return len("".join(label.split()))
