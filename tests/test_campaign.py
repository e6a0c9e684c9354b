"""The campaign holds together: every shipped level can be won, lost and guessed at fairly.

Played on the pure core (no window), so every level is checked quickly:
a careful player reaches the best score with nothing leaked; a reckless one scores
less and meets a consequence; random tapping is right at most half the time and
always ends; tapping every part of a hunt earns at most half its points. And the
set: enough levels and fraud types for a lesson and a day at a booth, 30–50 %
genuine decisions, every level readable in 4–5 minutes.
"""
from __future__ import annotations

import random
from fractions import Fraction
from pathlib import Path

import pytest

from conftest import LEVELS_DIR, REPO, load_shipped
from game.levels.translate import is_translation  # a level's translation is read with it
from game.levels.parts import hunt_parts
from game.play.scoring import branch_target, hunt_points
from game.play.session import Session

LEVEL_FILES = sorted(p for p in LEVELS_DIR.glob("*.yaml") if not is_translation(p))
MAX_HANZI = 700


def _hunt_all(session: Session) -> None:
    level, step = session.level, session.step
    for clue_id in step.clues:
        clue = level.clues[clue_id]
        session.tap(f"clue:{clue_id}" if clue.target == "rect" else clue.target)
    session.finish_hunt()


def play(level, choose, hunt=_hunt_all) -> Session:
    """Play a level on the core: `choose(step)` picks an option, `hunt(session)` does a hunt."""
    session = Session(level)
    for _ in range(500):
        step = session.step
        if step.type == "ending":
            return session
        if step.type == "decision":
            session.choose(choose(step).id)
        elif step.type == "redflags":
            hunt(session)
        else:
            session.advance()
    raise AssertionError(f"{level.id} did not end")


def safest(step):
    return max((o for o in step.options if o.safe), key=lambda o: o.points)


def riskiest(step):
    for verdict in ("risky", "too_suspicious"):
        picks = [o for o in step.options if o.verdict == verdict]
        if picks:
            return min(picks, key=lambda o: o.points)
    return min(step.options, key=lambda o: o.points)


@pytest.fixture(scope="module", params=LEVEL_FILES, ids=[p.stem for p in LEVEL_FILES])
def level(request):
    return load_shipped(request.param)


def test_a_careful_player_reaches_the_best_score_with_nothing_leaked(level):
    session = play(level, safest)
    assert (session.score, session.leaked) == (session.max_score, [])


def test_a_careless_player_scores_less_and_meets_a_consequence(level):
    session = play(level, riskiest, hunt=lambda s: s.finish_hunt())
    assert session.score < session.max_score and session.step.outcome == "consequence"


@pytest.mark.parametrize("seed", range(1, 21))
def test_random_choices_always_reach_an_ending(level, seed):
    rng = random.Random(seed)
    session = play(level, lambda step: rng.choice(step.options), hunt=lambda s: s.finish_hunt())
    assert session.finished


def test_choosing_at_random_is_safe_at_most_half_the_time(level):
    """Exactly, over every path, weighted by how likely random tapping is to take it."""
    def walk(step_id: str, leaked: frozenset, p: Fraction) -> tuple[Fraction, Fraction]:
        step = level.step(step_id)
        while step.type != "decision":
            if step.type == "ending":
                return Fraction(0), Fraction(0)
            step = level.step(branch_target(step, leaked) if step.type == "branch" else step.next)
        safe, count = Fraction(0), p
        for option in step.options:
            q = p / len(step.options)
            s, c = walk(option.next, leaked | frozenset(option.leaks), q)
            safe, count = safe + s + (q if option.safe else 0), count + c
        return safe, count

    safe, decisions = walk(level.start, frozenset(), Fraction(1))
    assert decisions > 0 and safe / decisions <= Fraction(1, 2)


def test_tapping_every_part_of_every_hunt_earns_at_most_half_its_points(level):
    earned = total = 0

    def tap_all(session: Session) -> None:
        nonlocal earned, total
        step = session.step
        rect_clues = [c for c in step.clues if level.clues[c].target == "rect"]
        for part in hunt_parts(step, rect_clues):
            if not session.hunt_over:
                session.tap(part)
        hunt = session.finish_hunt()
        earned += hunt.points
        total += hunt_points(level, step)

    play(level, safest, hunt=tap_all)
    assert earned <= total / 2


def test_every_level_has_a_genuine_decision_a_hunt_and_both_endings(level):
    from game.levels.stats import is_genuine

    decisions = [s for s in level.steps if s.type == "decision"]
    outcomes = {s.outcome for s in level.steps if s.type == "ending"}
    assert 3 <= len(decisions) <= 6 or level.id == "prize-toy"
    assert any(is_genuine(s) for s in decisions)
    assert any(s.type == "redflags" for s in level.steps)
    assert outcomes == {"safe", "consequence"}


# -- the set ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def campaign_stats() -> dict:
    from game.levels.catalog import Catalog
    from game.levels.loader import load_level
    from game.levels.stats import report

    results = [(load_level(p, Catalog.from_assets(REPO / "assets")), str(p)) for p in LEVEL_FILES]
    return report(results, REPO / "assets")


def test_the_campaign_has_twelve_levels_of_eleven_fraud_types(campaign_stats):
    levels = campaign_stats["levels"]
    assert len(levels) >= 12 and len({lv["fraud_type"] for lv in levels}) >= 11


def test_thirty_to_fifty_percent_of_the_campaigns_decisions_are_genuine(campaign_stats):
    assert 0.30 <= campaign_stats["set"]["genuine_share"] <= 0.50


def test_every_level_reads_in_at_most_700_hanzi_on_its_longest_path(campaign_stats):
    too_long = {lv["id"]: lv["chars_longest"]["hanzi"] for lv in campaign_stats["levels"]
                if lv["chars_longest"]["hanzi"] > MAX_HANZI}
    assert too_long == {}
