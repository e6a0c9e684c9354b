"""The answer is never in the wording: no word in the options' labels tells a child which option is right.

A tester found that across the shipped levels a child could pass without judging. The option that
refuses something genuine (too_suspicious) nearly always voiced doubt (怕这也是假的, "could be fake
too"); safe options in fraud situations began with 不/先不 ("Not yet", "I won't") or asked Mum; risky
ones were eager (大家都…, 才9.9元, "Only 9.9 yuan"). A child who learns "the doubting one is wrong, the
'ask Mum' one is right" passes without looking at the screen.

This test reads every decision of every shipped level, in Chinese and in English, and for each cue
below counts how many options that contain it are safe, risky and too_suspicious. A cue fails when

  A. it is in at least 4 options and at least 80 % of them have the same verdict, or
  B. it is in at least 6 options and at least 90 % of them are wrong (risky or too_suspicious).

Why these numbers: across the 13 levels about 45 % of the options are risky, 39 % safe and 15 % too
suspicious. A word that has nothing to do with the verdict, found in 4 options, has them all share
one verdict about 1 time in 15 (0.45⁴ + 0.39⁴ + 0.15⁴); below 4 options a run of one verdict is
chance, from 4 on it starts to be a rule a child can learn. 80 % rather than 100 % because one
exception in five does not stop a child from using a rule that works the other four times. Rule B is
there because the child only has to find the right option, not tell risky from too suspicious: 也 /
"too" was on "I'll scan it too" (risky) and "this could be fake too" (too suspicious) and never on a
safe option, which says "not this one" as clearly as rule A would. Since 61 % of all options are
wrong, B needs more options (6 all wrong happens by chance about 1 time in 20: 0.61⁶) and a higher
share.

The cues come from reading every option: words of doubt, of refusing, of going ahead, of asking an
adult or checking, and of eagerness; and blanket rules (一律, 从来不, "never", "no more"): a refusal
of something genuine often over-generalises (再也不领奖了), while some rules are right in every case
(验证码一律不给人), so a rule's form must not tell which it is. When the test fails, don't delete the word from the options that
have it: change how some options of the *other* verdicts are said, the way a child really talks (a
safe answer in a fraud that voices doubt, a risky one that asks the scammer or "tells Mum later", a
too-suspicious refusal that sounds calm and sensible). See "The answer is never in the wording" in
levels/README.md. A new cue worth watching goes in the lists below.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from game.levels.library import LevelPack, Library

REPO = Path(__file__).resolve().parents[1]

MIN_OPTIONS = 4          # rule A: a cue in at least this many options ...
SAME_VERDICT = 0.80      # ... of which this share have one verdict, gives the answer away
MIN_OPTIONS_WRONG = 6    # rule B: a cue in at least this many options ...
ALL_WRONG = 0.90         # ... of which this share are wrong, says "not this one"

# name shown in the table -> regular expression searched in the label
CUES = {
    "zh_CN": {
        # doubt
        "假": "假", "骗": "骗", "可能": "可能", "怕": "怕", "万一": "万一", "信": "信", "也": "也",
        "any doubt": "假|骗|诈|可能|怕|万一|不敢|不能信|不对劲|危险|圈套|像|风险",
        # refusing
        "starts 不": "^不", "先不": "先不", "不…了": "^不.{0,2}了", "算了": "算了",
        "blanket rule": "一律|从来不|再也不|以后不|不碰|都不|绝不",
        # asking an adult, checking
        "妈妈": "妈妈", "爸爸": "爸爸", "老师": "老师|班主任",
        "any adult": "妈妈|爸爸|爸妈|老师|班主任|大人|家长",
        "问": "问", "告诉": "告诉", "查": "查", "看看": "看看",
        # eager
        "everyone did": "大家|别人都|同学都|群里都|都说|都领|都交|都扫|都发",
        "都": "都", "才": "才", "只": "只", "就": "就", "吧": "吧",
        # going ahead
        "starts 好/那": "^(好|那)", "？": "？",
    },
    "en": {
        # doubt
        "fake": r"\bfake\b", "scam": r"scam", "trick": r"trick", "could/might/may": r"\b(could|might|may)\b",
        "too": r"\btoo\b",
        "any doubt": r"fake|scam|trick|cheat|could be|might be|trust|wrong|unsafe|danger|risky",
        # refusing
        "starts Not yet": r"^Not yet", "starts I won't": r"^I won't", "starts No": r"^No\b",
        "giving up": r"never mind|better not|\bstop|no way",
        "blanket rule": r"\bnever\b(?! mind)|no more|staying away|I don't (enter|sign)|anyone who",
        # asking an adult, checking
        "Mum": r"\bMum\b", "Dad": r"\bDad\b", "teacher": r"Ms Wang|teacher",
        "any adult": r"\b(Mum|Dad|Ms Wang|teacher|parent|adult)",
        "ask": r"\bask\b", "tell": r"\btell\b", "check": r"\bcheck", "look": r"\blook",
        # eager
        "everyone did": r"\b(everyone|everybody|they all|all got|classmates did|she sent one)\b",
        "only": r"\bonly\b", "just": r"\bjust\b", "first": r"\bfirst\b",
        # going ahead
        "starts OK/Then": r"^(OK|Then)\b", "?": r"\?",
    },
}


def options(lang: str) -> list[tuple[str, str, str]]:
    """(level id, label, verdict) of every option of every decision in the shipped levels."""
    library = Library.open([LevelPack("", REPO / "levels")], REPO / "assets", lang=lang)
    assert library.levels and not library.broken, [str(p) for p in library.problems()]
    return [(level.id, option.label, option.verdict)
            for level in library.levels for step in level.steps if step.type == "decision"
            for option in step.options]


def tally(lang: str) -> dict[str, Counter]:
    flags = re.IGNORECASE if lang == "en" else 0
    found = options(lang)
    return {name: Counter(verdict for _, label, verdict in found if re.search(cue, label, flags))
            for name, cue in CUES[lang].items()}


def gives_away(counts: Counter) -> str:
    """Why this cue tells a child the verdict ('' when it does not)."""
    n = sum(counts.values())
    if n >= MIN_OPTIONS:
        verdict, most = counts.most_common(1)[0]
        if most / n >= SAME_VERDICT:
            return f"{most} of {n} are {verdict}"
    wrong = counts["risky"] + counts["too_suspicious"]
    if n >= MIN_OPTIONS_WRONG and wrong / n >= ALL_WRONG:
        return f"{wrong} of {n} are wrong"
    return ""


def table(counts: dict[str, Counter]) -> str:
    rows = [f"{'cue':<16}{'safe':>5}{'risky':>6}{'too_s':>6}  gives the answer away?"]
    for name, c in counts.items():
        rows.append(f"{name:<16}{c['safe']:>5}{c['risky']:>6}{c['too_suspicious']:>6}  {gives_away(c)}")
    return "\n".join(rows)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_no_word_in_the_options_gives_the_verdict_away(lang):
    counts = tally(lang)
    bad = {name: why for name, c in counts.items() if (why := gives_away(c))}
    assert not bad, (f"in {lang}, these words tell a child the answer without judging: {bad}; "
                     "say some options of the other verdicts with them (see this test's docstring)\n"
                     + table(counts))


def test_the_rules_catch_a_cue_and_let_a_mixed_one_pass():
    assert gives_away(Counter(too_suspicious=4)) == "4 of 4 are too_suspicious"
    assert gives_away(Counter(safe=8, risky=2)) == "8 of 10 are safe"
    assert gives_away(Counter(safe=3)) == ""                     # too few to be a rule
    assert gives_away(Counter(risky=4, too_suspicious=2)) == "6 of 6 are wrong"
    assert gives_away(Counter(risky=7, too_suspicious=6, safe=2)) == ""
    assert gives_away(Counter(safe=7, risky=3)) == ""
