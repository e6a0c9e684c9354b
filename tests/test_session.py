"""The rules of one play, with no display: moving on, leaks, branches, hunts, scores and final answers.

Level 1 is the real seed story; the small levels are built here from the model
records so each rule can be seen on its own.
"""
from __future__ import annotations

import dataclasses

import pytest

from game.levels.model import (BranchCase, Clue, Feedback, Level, Option, Panel, Persona, Screen, Step)
from game.play.scoring import STAR_THRESHOLDS, stars
from game.play.session import RuleError, Session

FB = Feedback(text=("说明。",))
PANEL = Panel(background="bedroom_night")


def option(id: str, next: str, verdict: str = "safe", points: int = 0, leaks: tuple[str, ...] = ()) -> Option:
    return Option(id=id, label=id, verdict=verdict, feedback=FB, next=next, points=points, leaks=leaks)


def decision(id: str, *options: Option) -> Step:
    return Step(id=id, type="decision", panel=PANEL, prompt="怎么办？", options=options)


def panel(id: str, next: str) -> Step:
    return Step(id=id, type="panel", panel=PANEL, next=next)


def ending(id: str, outcome: str = "safe") -> Step:
    return Step(id=id, type="ending", panel=PANEL, outcome=outcome, title=id)


def branch(id: str, cases: list[tuple[tuple[str, ...], str]], otherwise: str) -> Step:
    return Step(id=id, type="branch", cases=tuple(BranchCase(k, n) for k, n in cases), otherwise=otherwise)


def level(*steps: Step, clues: dict[str, Clue] | None = None) -> Level:
    return Level(id="test", title="测试", fraud_type="测试", source=("测试",), difficulty=1, summary="测试",
                 rule="测试", persona=Persona(name="吴小清"), clues=clues or {}, steps=steps, start=steps[0].id)


# A hunt on a web page with three clues (5 points each); the title is innocent.
HUNT_CLUES = {
    "odd_url": Clue("odd_url", "url", "网址不对。"),
    "banner": Clue("banner", "banner", "免费是诱饵。"),
    "qr": Clue("qr", "rect", "个人收款码。", points=5, rect=(10, 10, 100, 100)),
}
WEB = Panel(background="bedroom_night",
            screen=Screen(kind="web", url="a.top", title="福利站", banner="免费！", button="领取"))


def hunt_level(max_wrong: int = 3, wrong_tap_cost: int = 1) -> Level:
    hunt = Step(id="hunt", type="redflags", panel=WEB, prompt="找一找", clues=("odd_url", "banner", "qr"),
                next="end", max_wrong=max_wrong, wrong_tap_cost=wrong_tap_cost)
    return level(hunt, ending("end"), clues=HUNT_CLUES)


# Filling a form leaks the phone; a branch then sends a leaked phone to the bad ending.
# "fill" is worth more on its own, but the best path is "stop" and then the bonus decision.
BRANCHY = level(
    decision("form", option("fill", "after", "risky", points=10, leaks=("phone",)),
             option("stop", "after", points=5)),
    branch("after", [(("phone",), "end_leak")], otherwise="bonus"),
    decision("bonus", option("tell_mom", "end_safe", points=20), option("keep_quiet", "end_safe", "risky")),
    ending("end_leak", "consequence"),
    ending("end_safe"),
)


def play_level1_safely(s: Session) -> None:
    """ad → check → official → sign_in → nothing to find → look → hunt (all found)."""
    s.advance()
    s.choose("check")
    s.advance()
    s.choose("sign_in")
    s.finish_hunt()  # 我看完了, having found nothing
    s.advance()
    for part in ("url", "field:id_number", "field:address", "field:phone"):
        s.tap(part)
    s.finish_hunt()


# -- moving on -----------------------------------------------------------------------


def test_a_new_session_stands_on_the_levels_start_step(level1):
    assert Session(level1).step_id == "ad"


def test_choosing_an_option_moves_to_that_options_next_step(level1):
    s = Session(level1, start="decide_link")
    s.choose("open")
    assert s.step_id == "form"


def test_choosing_returns_the_option_whose_feedback_is_shown_next(level1):
    s = Session(level1, start="decide_link")
    assert s.choose("check").id == "check"


def test_advancing_from_a_plain_panel_moves_to_its_next_step(level1):
    s = Session(level1)
    s.advance()
    assert s.step_id == "decide_link"


def test_choosing_on_a_panel_step_is_a_rule_error(level1):
    s = Session(level1)
    with pytest.raises(RuleError):
        s.choose("open")


def test_advancing_on_a_decision_is_a_rule_error(level1):
    s = Session(level1, start="decide_link")
    with pytest.raises(RuleError):
        s.advance()


def test_tapping_outside_a_hunt_is_a_rule_error(level1):
    s = Session(level1, start="decide_link")
    with pytest.raises(RuleError):
        s.tap("url")


def test_choosing_an_option_the_decision_does_not_have_is_refused(level1):
    s = Session(level1, start="decide_link")
    with pytest.raises(KeyError):
        s.choose("nxet")


def test_a_session_on_an_ending_is_finished(level1):
    assert Session(level1, start="end_safe").finished


# -- leaks ---------------------------------------------------------------------------------


def test_filling_the_form_leaks_id_address_and_phone_in_that_order(level1):
    s = Session(level1, start="decide_fill")
    s.choose("fill")
    assert s.leaked == ["id_number", "address", "phone"]


def test_a_safe_choice_leaks_nothing(level1):
    s = Session(level1, start="decide_fill")
    s.choose("stop")
    assert s.leaked == []


def phone_then_all() -> Session:
    """A play that gives the phone, then everything (the phone again among it)."""
    s = Session(level(
        decision("a", option("give_phone", "b", "risky", leaks=("phone",))),
        decision("b", option("give_all", "end", "risky", leaks=("id_number", "phone", "payment"))),
        ending("end", "consequence"),
    ))
    s.choose("give_phone")
    s.choose("give_all")
    return s


def test_a_kind_that_leaks_twice_is_listed_once_where_it_first_got_out():
    assert phone_then_all().leaked == ["phone", "id_number", "payment"]


def test_what_had_got_out_by_a_step_counts_its_own_answer_and_none_after_it():
    """The recap of an earlier panel shows the leak meter as it stood then, not at the end."""
    s = phone_then_all()
    assert (s.leaked_by("a"), s.leaked_by("b"), s.leaked_by("end")) == (
        ["phone"], ["phone", "id_number", "payment"], ["phone", "id_number", "payment"])


def test_leaked_in_order_follows_the_games_standard_order():
    backwards = level(decision("a", option("pay", "end", "risky", leaks=("payment", "phone", "id_number"))),
                      ending("end", "consequence"))
    s = Session(backwards)
    s.choose("pay")
    assert s.leaked_in_order == ["id_number", "phone", "payment"]


# -- branches ---------------------------------------------------------------------------------


def test_a_branch_sends_a_leaked_phone_to_its_case_at_once():
    s = Session(BRANCHY)
    s.choose("fill")
    assert s.step_id == "end_leak"


def test_a_branch_takes_otherwise_when_nothing_it_names_leaked():
    s = Session(BRANCHY)
    s.choose("stop")
    assert s.step_id == "bonus"


def test_a_branch_is_never_a_step_the_player_stands_on():
    s = Session(BRANCHY)
    s.choose("stop")
    assert "after" not in s.history


def test_level1_filled_form_ends_in_the_consequence_ending(level1):
    s = Session(level1, start="decide_fill")
    s.choose("fill")
    s.advance()  # filled
    s.advance()  # official
    s.choose("sign_in")
    s.finish_hunt()
    s.advance()  # look
    s.finish_hunt()
    assert s.step_id == "end_leak"


def test_level1_giving_only_the_phone_also_ends_in_the_consequence_ending(level1):
    s = Session(level1, start="decide_fill")
    s.choose("phone_only")
    s.advance()  # phone_sent
    s.advance()  # official
    s.choose("sign_in")
    s.finish_hunt()
    s.advance()  # look
    s.finish_hunt()
    assert (s.step_id, s.leaked) == ("end_leak", ["phone"])


def test_a_branch_case_matches_when_any_one_of_its_kinds_leaked():
    any_of = level(
        decision("a", option("give_address", "br", "risky", leaks=("address",))),
        branch("br", [(("id_number", "address", "phone"), "end_leak")], otherwise="end_safe"),
        ending("end_leak", "consequence"),
        ending("end_safe"),
    )
    s = Session(any_of)
    s.choose("give_address")
    assert s.step_id == "end_leak"


# -- red-flag hunts ---------------------------------------------------------------------------


def test_tapping_a_clues_part_finds_it():
    s = Session(hunt_level())
    assert s.tap("url").kind == "found"


def test_a_found_clue_is_listed_in_hunt_found():
    s = Session(hunt_level())
    s.tap("url")
    assert s.hunt_found == ("odd_url",)


def test_a_clue_drawn_as_a_free_rectangle_is_found_by_its_clue_part():
    s = Session(hunt_level())
    assert s.tap("clue:qr").clue.id == "qr"


def test_tapping_a_found_clue_again_is_again_and_costs_nothing():
    s = Session(hunt_level())
    s.tap("url")
    tap = s.tap("url")
    assert (tap.kind, s.hunt_wrong_taps, s.hunt_found) == ("again", 0, ("odd_url",))


def test_tapping_an_innocent_part_counts_one_wrong_tap():
    s = Session(hunt_level())
    tap = s.tap("title")
    assert (tap.kind, tap.clue, s.hunt_wrong_taps) == ("innocent", None, 1)


def test_a_clue_of_another_step_is_innocent_here(level1):
    s = Session(level1, start="spot_official")  # the app's title is a telling detail in feedback, not a red flag
    assert s.tap("title").kind == "innocent"


def test_a_hunt_is_over_after_max_wrong_innocent_parts():
    s = Session(hunt_level(max_wrong=2))
    s.tap("title")
    tap = s.tap("button")
    assert tap.hunt_over and s.hunt_over


def test_a_hunt_is_not_over_one_innocent_part_before_max_wrong():
    s = Session(hunt_level(max_wrong=3))
    s.tap("title")
    s.tap("button")
    assert not s.hunt_over


def test_an_innocent_part_tapped_again_counts_once():
    """Three taps on one harmless banner ended a hunt as 太多疑了 (a double tap counted twice)."""
    s = Session(hunt_level(max_wrong=2))
    taps = [s.tap("title") for _ in range(3)]
    assert [t.kind for t in taps] == ["innocent"] * 3
    assert (s.hunt_wrong_taps, s.hunt_over) == (1, False)


def test_taps_after_the_hunt_is_over_count_for_nothing():
    s = Session(hunt_level(max_wrong=1))
    s.tap("title")
    tap = s.tap("url")
    assert (tap.kind, s.hunt_found, s.hunt_wrong_taps) == ("over", (), 1)


def test_finding_every_clue_does_not_end_the_hunt_by_itself():
    # Ending it would tell a player who taps everything when to stop tapping.
    s = Session(hunt_level())
    for part in ("url", "banner", "clue:qr"):
        s.tap(part)
    assert not s.hunt_over


def test_finishing_a_hunt_lists_the_missed_clues_in_the_levels_order():
    s = Session(hunt_level())
    s.tap("banner")
    assert s.finish_hunt().missed == ("odd_url", "qr")


def test_finishing_a_hunt_moves_to_its_next_step():
    s = Session(hunt_level())
    s.finish_hunt()
    assert s.step_id == "end"


def test_each_clue_found_scores_its_points():
    s = Session(hunt_level())
    s.tap("url")
    s.tap("banner")
    assert s.finish_hunt().points == 10


def test_a_wrong_tap_costs_the_hunts_wrong_tap_cost_when_that_is_more_than_guessing_needs():
    s = Session(hunt_level(wrong_tap_cost=6))
    s.tap("url")
    s.tap("banner")
    s.tap("title")
    assert s.finish_hunt().points == 4


def test_a_wrong_tap_costs_enough_that_guessing_does_not_pay():
    # 15 points, 2 innocent parts (title, button): each costs ceil(7.5 / 2) = 4.
    s = Session(hunt_level(wrong_tap_cost=1))
    s.tap("url")
    s.tap("title")
    assert s.finish_hunt().points == 1


def test_tapping_every_part_of_a_hunt_earns_at_most_half_its_points():
    s = Session(hunt_level())
    for part in ("url", "title", "banner", "button", "clue:qr"):
        if not s.hunt_over:
            s.tap(part)
    assert s.finish_hunt().points <= 15 / 2


def test_a_hunt_with_nothing_to_find_earns_its_points_for_saying_so():
    calm = Step(id="hunt", type="redflags", panel=WEB, prompt="找一找", clues=(), next="end", points=10)
    s = Session(level(calm, ending("end"), clues=HUNT_CLUES))
    assert (s.finish_hunt().points, s.max_score) == (10, 10)


def test_a_tap_on_a_screen_with_nothing_to_find_costs_points():
    calm = Step(id="hunt", type="redflags", panel=WEB, prompt="找一找", clues=(), next="end", points=10)
    s = Session(level(calm, ending("end"), clues=HUNT_CLUES))
    s.tap("url")
    assert s.finish_hunt().points < 10


def test_a_hunt_never_scores_below_zero():
    s = Session(hunt_level(wrong_tap_cost=4))
    s.tap("url")
    s.tap("title")
    s.tap("button")
    assert s.finish_hunt().points == 0


# Two hunts on the same page, one after the other.
TWO_HUNTS = level(
    Step(id="first", type="redflags", panel=WEB, prompt="找一找", clues=("odd_url", "banner"), next="second"),
    Step(id="second", type="redflags", panel=WEB, prompt="再找找", clues=("odd_url",), next="end"),
    ending("end"),
    clues=HUNT_CLUES,
)


def test_found_and_wrong_taps_start_afresh_on_the_next_hunt():
    s = Session(TWO_HUNTS)
    s.tap("url")
    s.tap("title")
    s.finish_hunt()
    assert (s.step_id, s.hunt_found, s.hunt_wrong_taps) == ("second", (), 0)


def test_found_and_wrong_taps_start_afresh_after_level1s_genuine_page(level1):
    s = Session(level1, start="spot_official")
    s.tap("title")
    s.finish_hunt()
    s.advance()  # look -> spot_look
    assert (s.step_id, s.hunt_found, s.hunt_wrong_taps) == ("spot_look", (), 0)


def test_a_clue_missed_in_one_hunt_but_found_in_a_later_one_is_not_missed():
    s = Session(TWO_HUNTS)
    s.finish_hunt()  # odd_url missed here ...
    s.tap("url")  # ... and found in the next hunt
    s.finish_hunt()
    assert "odd_url" in s.clues_found and "odd_url" not in s.clues_missed


# -- score, max_score and stars --------------------------------------------------------------


def test_choosing_at_random_in_level1_is_safe_at_most_half_the_time(level1):
    # Over every path, weighted by how likely a player who taps at random is to take it.
    from fractions import Fraction

    def walk(step_id: str, leaked: frozenset, p: Fraction) -> tuple[Fraction, Fraction]:
        from game.play.scoring import branch_target

        step = level1.step(step_id)
        if step.type == "ending":
            return Fraction(0), Fraction(0)
        if step.type == "branch":
            return walk(branch_target(step, leaked), leaked, p)
        if step.type != "decision":
            return walk(step.next, leaked, p)
        safe, count = Fraction(0), p
        for o in step.options:
            q = p / len(step.options)
            s, c = walk(o.next, leaked | frozenset(o.leaks), q)
            safe, count = safe + s + (q if o.safe else 0), count + c
        return safe, count

    safe, decisions = walk(level1.start, frozenset(), Fraction(1))
    assert safe / decisions <= Fraction(1, 2)


def test_no_decision_of_level1_has_more_safe_options_than_risky_ones(level1):
    for step in (s for s in level1.steps if s.type == "decision"):
        safe = sum(o.safe for o in step.options)
        assert 1 <= safe <= len(step.options) - safe, step.id


def test_level1_max_score_is_the_best_path(level1):
    # check 20 + sign_in 15 + nothing to find on the genuine page 10 + hunt on the page 4x5
    assert Session(level1).max_score == 65


def test_playing_level1_safely_scores_max_score(level1):
    s = Session(level1)
    play_level1_safely(s)
    assert (s.step_id, s.score) == ("end_safe", s.max_score)


def test_the_score_adds_decision_points_and_hunt_points(level1):
    from game.play.scoring import wrong_tap_cost

    s = Session(level1, start="decide_official")
    s.choose("sign_in")  # 15
    s.finish_hunt()  # nothing to find, and she said so: 10
    s.advance()  # look
    s.tap("url")  # 5
    s.tap("title")  # a wrong tap
    s.finish_hunt()
    assert s.score == 15 + 10 + 5 - wrong_tap_cost(level1, level1.step("spot_look"))


def test_max_score_follows_leaks_through_branches():
    # fill (10) leaks the phone and ends; stop (5) keeps the bonus (20) open.
    assert Session(BRANCHY).max_score == 25


def test_the_best_path_of_a_branchy_level_reaches_max_score():
    s = Session(BRANCHY)
    s.choose("stop")
    s.choose("tell_mom")
    assert s.score == s.max_score


def test_stars_are_three_at_max_score():
    assert stars(80, 80) == 3


def test_stars_are_zero_below_the_first_threshold():
    assert stars(0, 80) == 0


@pytest.mark.parametrize("count", [1, 2, 3])
def test_reaching_a_threshold_exactly_earns_that_many_stars(count):
    maximum = 100
    assert stars(round(STAR_THRESHOLDS[count - 1] * maximum), maximum) == count


@pytest.mark.parametrize("count", [0, 1, 2])
def test_one_point_below_a_threshold_earns_one_star_fewer(count):
    maximum = 100
    assert stars(round(STAR_THRESHOLDS[count] * maximum) - 1, maximum) == count


def test_a_level_with_nothing_to_score_gives_three_stars():
    assert stars(0, 0) == 3


def test_session_stars_come_from_score_and_max_score(level1):
    s = Session(level1, start="decide_official")
    s.choose("refuse")  # 5 of 65
    assert s.stars == stars(5, 65) == 0


# -- answers are final -----------------------------------------------------------------------


def test_a_session_offers_no_way_to_undo_an_answer():
    public = {name for name in dir(Session) if not name.startswith("_")}
    undo_like = {"undo", "unchoose", "back", "go_back", "rewind", "revert", "retry", "change_answer", "reset",
                 "previous", "prev", "restart", "set_step", "jump", "goto"}
    assert public & undo_like == set()


def test_a_recorded_decision_cannot_be_edited(level1):
    s = Session(level1, start="decide_link")
    s.choose("open")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.decisions[0].option = "check"


def test_history_lists_the_steps_shown_in_order(level1):
    s = Session(level1)
    play_level1_safely(s)
    assert s.history == ["ad", "decide_link", "official", "decide_official", "spot_official", "look", "spot_look",
                         "end_safe"]


def test_history_only_grows_as_the_player_goes_on(level1):
    s = Session(level1)
    snapshots = [list(s.history)]
    for act in (s.advance, lambda: s.choose("open"), s.advance, lambda: s.choose("fill"), s.advance, s.advance,
                lambda: s.choose("refuse"), s.finish_hunt, s.advance, s.finish_hunt):
        act()
        snapshots.append(list(s.history))
    assert all(later[:len(earlier)] == earlier and len(later) == len(earlier) + 1
               for earlier, later in zip(snapshots, snapshots[1:]))


def test_going_on_after_a_decision_leaves_it_unchanged(level1):
    s = Session(level1, start="decide_link")
    s.choose("check")
    first = list(s.decisions)
    s.advance()  # official
    s.choose("refuse")
    assert s.decisions[:1] == first and len(s.decisions) == 2


def test_a_decision_records_step_option_verdict_and_points(level1):
    s = Session(level1, start="decide_official")
    s.choose("refuse")
    d = s.decisions[0]
    assert (d.step, d.option, d.verdict, d.points, d.safe) == ("decide_official", "refuse", "too_suspicious", 5,
                                                                False)
