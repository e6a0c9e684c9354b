"""Level 1 played through the real scenes, headless, by tapping things by their id.

Every tap goes in as a mouse event at the centre of the target and through the
intent layer, exactly as a player's click would.
"""
from __future__ import annotations

import pygame
import pytest
from conftest import LEVEL_1, load_shipped, part_for

from game.pilot import Pilot
from game.scenes.comic import TOAST_TIME, ComicScene
from game.scenes.history import HistoryScene
from game.screenshot import session_at

LOOK_CLUES = ("odd_url", "id_field", "address_field", "phone_field")  # the page behind the link


class Run:
    """A ComicScene on level 1 and a record of the overlays shown on top of it."""

    def __init__(self, app, level, start: str | None = None) -> None:
        self.app = app
        self.level = level
        self.pilot = Pilot(app)
        self.comic = ComicScene(app, level, session_at(level, start) if start else None)
        self.feedback: list = []  # every FeedbackScene closed, in order
        app.start(self.comic)
        self.pilot.settle()

    @property
    def top(self):
        return self.app.stack.top

    def tap(self, target: str) -> None:
        self.pilot.click(target)
        self.pilot.settle()

    def close_feedback(self) -> None:
        assert self.top.name == "feedback", f"expected feedback, on {self.top.name}"
        self.feedback.append(self.top)
        self.tap("close")

    def choose(self, option_id: str) -> None:
        self.tap(f"option:{option_id}")
        self.close_feedback()

    def hunt(self, clue_ids) -> None:
        """Tap these clues, then say done if the hunt has not ended by itself."""
        step = self.comic.shown
        for clue_id in clue_ids:
            self.tap(part_for(self.level, clue_id))
        if self.top is self.comic and self.comic.shown is step:
            self.tap("done")
        self.close_feedback()

    def to_ending_card(self) -> None:
        self.tap("results")
        assert self.top.name == "ending"

    def play_safe(self) -> None:
        self.tap("continue")  # ad (the fan-group chat)
        self.choose("check")
        self.tap("continue")  # official: mum's game app
        self.choose("sign_in")
        self.hunt(())  # nothing to find on the genuine page: 我看完了, having tapped nothing
        self.tap("continue")  # look: the page behind the link
        self.hunt(LOOK_CLUES)

    def play_risky(self) -> None:
        self.tap("continue")  # ad
        self.choose("open")
        self.tap("continue")  # form
        self.choose("fill")
        self.tap("continue")  # filled
        self.tap("continue")  # official
        self.choose("refuse")
        self.hunt(())
        self.tap("continue")  # look
        self.hunt(())  # finds nothing; then the branch


def innocent_part(pilot: Pilot, comic: ComicScene) -> str:
    """A tappable part of the hunt's panel that no clue of this hunt sits on."""
    assert "part:title" in innocent_parts(pilot, comic)
    return "part:title"


def innocent_parts(pilot: Pilot, comic: ComicScene) -> list[str]:
    """Every tappable part of the hunt's panel that no clue of this hunt sits on."""
    clue_parts = {part_for(comic.level, c) for c in comic.shown.clues}
    return [t for t in pilot.targets() if t.startswith("part:") and t not in clue_parts]


# -- the two paths ------------------------------------------------------------------------


def test_the_safe_path_ends_at_the_safe_ending(app, level1):
    run = Run(app, level1)
    run.play_safe()
    assert run.comic.shown.id == "end_safe"


def test_the_safe_path_scores_max_score(app, level1):
    run = Run(app, level1)
    run.play_safe()
    assert run.comic.session.score == run.comic.session.max_score == 65


def test_the_safe_path_leaks_nothing(app, level1):
    run = Run(app, level1)
    run.play_safe()
    assert run.comic.session.leaked == []


def test_the_safe_path_reaches_the_results_screen_with_full_stars(app, level1):
    run = Run(app, level1)
    run.play_safe()
    run.to_ending_card()
    run.tap("results")
    assert (run.top.name, run.top.session.stars) == ("results", 3)


def test_the_risky_path_ends_at_the_consequence_ending(app, level1):
    run = Run(app, level1)
    run.play_risky()
    assert (run.comic.shown.id, run.comic.shown.outcome) == ("end_leak", "consequence")


def test_under_the_ending_card_the_column_does_not_repeat_the_endings_words(app, level1):
    """The ending's title beside the panel says what the card says: under the card it peeked out,
    cut at the card's edge (陌生人, s next / got out); before the card it is there."""
    from game.screenshot import record_layout

    run = Run(app, level1)
    run.play_risky()
    title = run.comic.shown.title or run.comic.shown.prompt
    before = [e for e in record_layout(app).entries if e.kind == "text" and e.source == title]
    run.to_ending_card()
    assert run.top.name == "ending"
    under = [e for e in record_layout(app).entries if e.kind == "text" and e.source == title and e.layer == 0]
    assert (len(before), under) == (1, [])


def test_the_risky_path_leaks_id_address_and_phone(app, level1):
    run = Run(app, level1)
    run.play_risky()
    assert run.comic.session.leaked_in_order == ["id_number", "address", "phone"]


def test_the_consequence_ending_card_lists_the_id_address_and_phone(app, level1, drawn_text):
    run = Run(app, level1)
    run.play_risky()
    run.to_ending_card()
    drawn_text.clear()
    app.draw(force=True)
    chips = [s for s in drawn_text if s.startswith("! ")]
    assert chips == [f"! {app.locale(f'leaks.{k}')}" for k in ("id_number", "address", "phone")]


def test_the_risky_path_shows_at_least_two_feedback_overlays(app, level1):
    run = Run(app, level1)
    run.play_risky()
    risky = [f for f in run.feedback if f.verdict == "risky"]
    assert len(risky) >= 2


def test_the_risky_path_scores_less_than_the_safe_one(app, level1):
    run = Run(app, level1)
    run.play_risky()
    assert run.comic.session.score < run.comic.session.max_score


# -- a genuine decision ---------------------------------------------------------------------


def test_refusing_the_official_app_shows_too_suspicious_feedback(app, level1):
    run = Run(app, level1, start="decide_official")
    run.tap("option:refuse")
    assert (run.top.name, run.top.verdict) == ("feedback", "too_suspicious")


def test_refusing_the_official_app_scores_less_than_looking(make_app, level1):
    refused = Run(make_app(), level1, start="decide_official")
    refused.choose("refuse")
    looked = Run(make_app(), level1, start="decide_official")
    looked.choose("sign_in")
    assert refused.comic.session.score < looked.comic.session.score


def test_refusing_the_official_app_still_ends_safely(app, level1):
    run = Run(app, level1, start="decide_official")
    run.choose("refuse")
    run.hunt(())
    run.tap("continue")  # look
    run.hunt(LOOK_CLUES)
    assert run.comic.shown.id == "end_safe"


def test_the_genuine_page_has_nothing_to_find_and_saying_so_is_right(app, level1):
    run = Run(app, level1, start="spot_official")
    before = run.comic.session.score
    run.tap("done")
    assert (run.top.name, run.top.verdict, run.comic.session.score - before) == \
        ("feedback", "safe", level1.step("spot_official").points)


def test_the_decisions_before_their_explanation_show_no_hunt(level1):
    # decide first, explain after: no hunt (and no "0/4") comes before a decision
    hunts_seen = []
    for step in level1.steps:
        if step.type == "redflags":
            hunts_seen.append(step.id)
        elif step.type == "decision":
            assert hunts_seen == [], (step.id, hunts_seen)


def decision_options(level) -> list:
    return [pytest.param(step.id, o.id, id=f"{step.id}:{o.id}")
            for step in level.steps if step.type == "decision" for o in step.options]


@pytest.mark.parametrize(("step_id", "option_id"), decision_options(load_shipped(LEVEL_1)))
def test_each_feedback_of_level1_points_at_every_clue_it_names(app, level1, step_id, option_id):
    run = Run(app, level1, start=step_id)
    run.tap(f"option:{option_id}")
    named = level1.step(step_id).option(option_id).feedback.clues
    assert [r for r, _ in run.top.highlights] == [run.comic.clue_rect(c) for c in named] and \
        None not in [run.comic.clue_rect(c) for c in named]


# -- a red-flag hunt by clue id -------------------------------------------------------------


def test_tapping_a_clue_on_the_page_lists_it_as_found(app, level1):
    run = Run(app, level1, start="spot_look")
    run.tap(part_for(level1, "odd_url"))
    assert run.comic.session.hunt_found == ("odd_url",)


def test_a_found_clue_is_explained_in_the_column(app, level1, drawn_text):
    run = Run(app, level1, start="spot_look")
    run.tap(part_for(level1, "id_field"))
    drawn_text.clear()
    app.draw(force=True)
    assert "✓ " + level1.clues["id_field"].text in "".join(drawn_text)


def test_tapping_an_innocent_part_counts_a_wrong_tap(app, level1):
    run = Run(app, level1, start="spot_look")
    run.tap(innocent_part(run.pilot, run.comic))
    assert run.comic.session.hunt_wrong_taps == 1


def test_tapping_an_innocent_part_shows_the_innocent_toast(app, level1, drawn_text):
    run = Run(app, level1, start="spot_look")
    run.pilot.click(innocent_part(run.pilot, run.comic))
    drawn_text.clear()
    app.draw(force=True)
    assert app.locale("comic.hunt_innocent") in drawn_text


def test_the_innocent_toast_goes_away_after_a_while(app, level1):
    run = Run(app, level1, start="spot_look")
    run.tap(innocent_part(run.pilot, run.comic))
    run.pilot.frames(round(TOAST_TIME * 60) + 2)  # time is passed in: exactly the toast's time, and a bit
    assert run.comic.toast == ""


def test_the_hunt_ends_by_itself_after_max_wrong_innocent_parts(app, level1):
    run = Run(app, level1, start="spot_look")
    for part in innocent_parts(run.pilot, run.comic)[:level1.step("spot_look").max_wrong]:
        run.tap(part)
    assert (run.top.name, run.comic.session.step_id) == ("feedback", "end_safe")


def test_the_innocent_tap_notice_goes_when_that_tap_ends_the_hunt(app, level1):
    """这里没问题 stayed on screen under 锡小朗's callout for a missed clue."""
    run = Run(app, level1, start="spot_look")
    for part in innocent_parts(run.pilot, run.comic)[:level1.step("spot_look").max_wrong]:
        run.tap(part)
    assert run.top.name == "feedback" and run.comic.toast == ""


def test_tapping_one_innocent_part_again_and_again_does_not_end_the_hunt(app, level1):
    run = Run(app, level1, start="spot_look")
    for _ in range(level1.step("spot_look").max_wrong + 2):
        run.tap(innocent_part(run.pilot, run.comic))
    assert (run.top.name, run.comic.session.step_id, run.comic.session.hunt_wrong_taps) == ("comic", "spot_look", 1)


def test_after_too_many_wrong_taps_the_feedback_points_at_each_missed_clue(app, level1):
    run = Run(app, level1, start="spot_look")
    run.tap(part_for(level1, "odd_url"))
    for part in innocent_parts(run.pilot, run.comic)[:level1.step("spot_look").max_wrong]:
        run.tap(part)
    missed = ("id_field", "address_field", "phone_field")
    assert [r for r, _ in run.top.highlights] == [run.comic.clue_rect(c) for c in missed]


def test_the_missed_clues_feedback_labels_each_with_its_explanation(app, level1):
    run = Run(app, level1, start="spot_look")
    run.tap("done")
    assert [text for _, text in run.top.highlights] == [level1.clues[c].text for c in LOOK_CLUES]


def test_finding_every_clue_keeps_the_hunt_open_until_the_player_is_done(app, level1):
    run = Run(app, level1, start="spot_look")
    for clue_id in LOOK_CLUES:
        run.tap(part_for(level1, clue_id))
    assert run.top is run.comic and run.comic.shown.id == "spot_look"


def test_saying_done_after_finding_every_clue_gives_safe_feedback(app, level1):
    run = Run(app, level1, start="spot_look")
    for clue_id in LOOK_CLUES:
        run.tap(part_for(level1, clue_id))
    run.tap("done")
    assert (run.top.name, run.top.verdict) == ("feedback", "safe")


def test_every_clue_of_level1_has_a_tappable_part_on_its_hunt(app, level1):
    missing = []
    for step in level1.steps:
        if step.type != "redflags":
            continue
        run = Run(app, level1, start=step.id)
        targets = run.pilot.targets()
        missing += [(step.id, c) for c in step.clues if part_for(level1, c) not in targets]
    assert missing == []


# -- history: re-read, don't rewrite --------------------------------------------------------


def history_at_preview(app, level1) -> Run:
    run = Run(app, level1)
    run.tap("continue")
    run.choose("open")
    run.tap("continue")  # form
    run.choose("stop")  # now on "closed"
    run.tap("history")
    return run


def test_the_history_opened_mid_level_lists_the_panels_seen_so_far(app, level1):
    run = history_at_preview(app, level1)
    assert run.top.steps == ["decide_link", "decide_fill", "closed"]


def test_the_history_opens_on_the_current_panel(app, level1):
    run = history_at_preview(app, level1)
    assert run.top.index == len(run.top.steps) - 1


def test_the_history_prev_button_shows_an_earlier_panel(app, level1, drawn_text):
    run = history_at_preview(app, level1)
    run.tap("prev")
    run.tap("prev")
    drawn_text.clear()
    app.draw(force=True)
    assert (run.top.index, level1.step("ad").panel.caption in drawn_text) == (0, True)


def test_the_history_shows_the_answer_given_on_an_earlier_panel(app, level1, drawn_text):
    run = history_at_preview(app, level1)
    run.tap("prev")
    drawn_text.clear()
    app.draw(force=True)
    assert "✓ " + level1.step("decide_fill").option("stop").label in "".join(drawn_text)


def test_the_history_shows_the_leak_meter_as_it_stood_on_that_panel(app, level1, monkeypatch):
    """Filled in on the second panel: the recap of the first shows nothing out yet."""
    from game.ui import hud

    run = Run(app, level1)
    run.tap("continue")
    run.choose("open")
    run.tap("continue")  # form
    run.choose("fill")
    run.tap("history")
    assert run.top.steps[:2] == ["decide_link", "decide_fill"]
    meters = []
    monkeypatch.setattr(hud, "draw_leak_meter", lambda canvas, leaked, *a, **k: meters.append(list(leaked)))
    for index in (1, 0):
        run.top.index = index
        app.draw(force=True)
    assert meters == [["id_number", "address", "phone"], []]


def test_the_history_prev_button_stops_at_the_first_panel(app, level1):
    run = history_at_preview(app, level1)
    for _ in range(5):
        run.tap("prev")
    assert run.top.index == 0


def test_the_history_next_button_moves_forward_again(app, level1):
    run = history_at_preview(app, level1)
    run.tap("prev")
    run.tap("prev")
    run.tap("next")
    assert run.top.index == 1


def test_closing_the_history_returns_to_the_same_step(app, level1):
    run = history_at_preview(app, level1)
    run.tap("prev")
    run.tap("close")
    assert (run.top is run.comic, run.comic.shown.id, run.comic.session.step_id) == (True, "closed", "closed")


def test_browsing_the_history_leaves_the_answers_unchanged(app, level1):
    run = history_at_preview(app, level1)
    before = (list(run.comic.session.decisions), run.comic.session.score, list(run.comic.session.leaked))
    for target in ("prev", "prev", "next", "prev", "close"):
        run.tap(target)
    after = (list(run.comic.session.decisions), run.comic.session.score, list(run.comic.session.leaked))
    assert after == before


def test_the_history_has_no_option_buttons_to_answer_again(app, level1):
    run = history_at_preview(app, level1)
    run.tap("prev")
    assert not [t for t in run.pilot.targets() if t.startswith(("option:", "part:"))]


def test_the_history_is_a_history_scene_over_the_comic(app, level1):
    run = history_at_preview(app, level1)
    assert isinstance(run.top, HistoryScene) and app.stack.scenes[-2] is run.comic


# -- keyboard only ----------------------------------------------------------------------------


def press(pilot: Pilot, key: int, mod: int = 0) -> None:
    pilot.key(key, mod)
    pilot.settle()


def tab_to(pilot: Pilot, target: str, limit: int = 30) -> None:
    for _ in range(limit):
        if pilot.top.buttons.focused_id == target:
            return
        press(pilot, pygame.K_TAB)
    pytest.fail(f"Tab never reached {target!r} on {pilot.top.name}")


def test_tab_and_enter_alone_play_the_first_decision(app, level1):
    run = Run(app, level1)
    tab_to(run.pilot, "continue")
    press(run.pilot, pygame.K_RETURN)  # ad -> the decision
    tab_to(run.pilot, "option:check")
    press(run.pilot, pygame.K_RETURN)  # the option -> its feedback
    press(run.pilot, pygame.K_RETURN)  # feedback closes at once
    assert ([(d.step, d.option) for d in run.comic.session.decisions], run.comic.shown.id) == \
        ([("decide_link", "check")], "official")


def test_shift_tab_moves_the_focus_back(app, level1):
    run = Run(app, level1, start="decide_link")
    shown = [f"option:{o.id}" for o in run.comic.session.options_in_order()]  # shuffled per play
    tab_to(run.pilot, shown[1])
    press(run.pilot, pygame.K_TAB, pygame.KMOD_SHIFT)
    assert run.top.buttons.focused_id == shown[0]


def test_space_activates_the_focused_option(app, level1):
    run = Run(app, level1, start="decide_link")
    tab_to(run.pilot, "option:peek")
    press(run.pilot, pygame.K_SPACE)
    assert (run.top.name, run.comic.session.decisions[-1].option) == ("feedback", "peek")


def test_escape_opens_the_pause_overlay(app, level1):
    run = Run(app, level1, start="decide_link")
    press(run.pilot, pygame.K_ESCAPE)
    assert run.top.name == "pause"


def test_escape_again_resumes_on_the_same_step(app, level1):
    run = Run(app, level1, start="decide_link")
    press(run.pilot, pygame.K_ESCAPE)
    press(run.pilot, pygame.K_ESCAPE)
    assert (run.top is run.comic, run.comic.shown.id, run.comic.session.decisions) == (True, "decide_link", [])


def test_the_pause_overlay_leaves_the_comic_visible_beneath(app, level1):
    run = Run(app, level1, start="decide_link")
    press(run.pilot, pygame.K_ESCAPE)
    assert [s.name for s in app.stack.visible()] == ["comic", "pause"]


def test_the_quit_button_on_the_title_asks_first(app):
    from game.pilot import Pilot

    app.routes.home()
    app.stack.apply()
    Pilot(app).click("quit")
    assert (app.running, app.stack.top.name) == (True, "confirm")


def test_saying_yes_to_quit_ends_the_game(app):
    from game.pilot import Pilot

    app.routes.home()
    app.stack.apply()
    pilot = Pilot(app)
    pilot.click("quit")
    pilot.click("yes")
    assert app.running is False
