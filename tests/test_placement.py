"""Where 锡小朗's card, his callouts and the rings around clues go (game/ui/placement.py, no pygame)."""
from __future__ import annotations

from game.ui.placement import Keep, common, grow, place_callouts, place_guide, rings

SCREEN = (0.0, 0.0, 1280.0, 720.0)


def test_a_lone_clue_gets_its_own_ring_a_margin_out():
    assert rings([(100, 100, 200, 40)]) == [grow((100, 100, 200, 40), 6)]


def test_stacked_form_fields_share_one_ring_so_none_crosses_the_labels_between_them():
    fields = [(100, 100, 300, 60), (100, 180, 300, 60), (100, 260, 300, 60)]  # labels sit in the 20 px gaps
    assert rings(fields) == [grow((100, 100, 300, 220), 6)]


def test_clues_far_apart_keep_rings_of_their_own_that_do_not_touch():
    ringed = rings([(100, 100, 200, 40), (100, 400, 200, 40), (700, 100, 200, 40)])
    assert len(ringed) == 3
    assert all(common(a, b) == 0 for i, a in enumerate(ringed) for b in ringed[i + 1:])


def test_the_card_and_the_guide_never_cover_what_must_stay_visible():
    clue = (500, 200, 200, 80)
    meter = (1000, 80, 260, 200)
    plan = place_guide(SCREEN, [(440, 300)], [360], [Keep(clue, "clue"), Keep(meter, "leak meter")], (0.5, 0.2),
                       (600, 240))
    for kept in (clue, meter):
        assert common(plan.card, kept) == 0 and common(plan.figure, kept) == 0


def test_each_callout_finds_free_space_and_its_leader_starts_at_its_clue():
    clues = [((600, 100, 120, 40), 300, 70), ((600, 300, 120, 40), 300, 70)]
    card = (40, 360, 440, 320)
    placed = place_callouts(SCREEN, clues, [card])
    assert placed is not None and len(placed) == 2
    assert common(placed[0].rect, placed[1].rect) == 0
    assert all(common(c.rect, card) == 0 for c in placed)
