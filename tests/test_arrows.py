"""Arrow keys move the focus the way the buttons are laid out; Tab keeps the buttons' order.

A grid of six (two rows of three) with a wide button under it and one in the top
corner stands for the level shelf; a column with corner buttons for the title.
"""
from __future__ import annotations

import pytest

from game.engine import intents as it
from game.ui.arrows import in_line
from game.ui.button import Button, ButtonGroup

GRID = [(40 + c * 360, 100 + r * 260, 330, 230) for r in range(2) for c in range(3)]
UNDER = (40, 640, 180, 60)  # under the first column only
CORNER = (24, 20, 130, 52)  # above the first column


def arrow(way: str) -> it.Intent:
    kind = it.FOCUS_NEXT if way in (it.DOWN, it.RIGHT) else it.FOCUS_PREV
    return it.Intent(kind, direction=way)


def shelf(focus: int, wrap: bool = True) -> ButtonGroup:
    rects = GRID + [UNDER, CORNER]
    group = ButtonGroup([Button(f"b{i}", r, str(i)) for i, r in enumerate(rects)], wrap=wrap)
    group.focus = focus
    return group


def moved(focus: int, *ways: str) -> str:
    group = shelf(focus)
    for way in ways:
        group.handle(arrow(way))
    return group.focused_id


# -- the geometry ------------------------------------------------------------------------------

@pytest.mark.parametrize(("start", "way", "end"), [
    (0, it.DOWN, 3), (1, it.DOWN, 4), (2, it.DOWN, 5),
    (3, it.UP, 0), (4, it.UP, 1),
    (0, it.RIGHT, 1), (1, it.RIGHT, 2), (4, it.LEFT, 3),
])
def test_the_nearest_rect_that_way_in_line_is_the_next(start, way, end):
    assert in_line(GRID, start, way) == end


def test_nothing_in_line_that_way_is_none():
    assert (in_line(GRID, 2, it.RIGHT), in_line(GRID, 0, it.UP), in_line(GRID, 4, it.DOWN)) == (None, None, None)


def test_a_rect_off_to_the_side_is_not_in_line():
    column, corner = (500, 400, 280, 76), (966, 20, 130, 52)
    assert in_line([column, corner], 0, it.UP) is None


def test_of_two_in_line_the_nearer_wins():
    assert in_line([(0, 0, 100, 50), (0, 300, 100, 50), (0, 100, 100, 50)], 0, it.DOWN) == 2


# -- a button group ------------------------------------------------------------------------------

def test_down_from_a_card_in_the_top_row_goes_to_the_card_below_it():
    assert moved(1, it.DOWN) == "b4"


def test_up_from_a_card_in_the_bottom_row_goes_to_the_card_above_it():
    assert moved(5, it.UP) == "b2"


def test_down_from_the_bottom_row_goes_to_the_button_under_it():
    assert moved(3, it.DOWN) == "b6"


def test_right_at_the_end_of_a_row_goes_on_to_the_next_row_as_reading_does():
    assert moved(2, it.RIGHT) == "b3"


def test_left_at_the_start_of_a_row_goes_back_to_the_end_of_the_row_above():
    assert moved(3, it.LEFT) == "b2"


def test_down_with_nothing_below_in_line_stays():
    assert moved(4, it.DOWN) == "b4"


def test_up_from_the_first_card_reaches_the_corner_button_above_it():
    assert moved(0, it.UP) == "b7"


def test_tab_still_goes_through_the_buttons_in_their_order():
    group = shelf(2)
    group.handle(it.Intent(it.FOCUS_NEXT))
    assert group.focused_id == "b3"


def test_an_arrow_with_nothing_focused_takes_the_first_button():
    group = shelf(0)
    group.focus = None
    group.handle(arrow(it.DOWN))
    assert group.focused_id == "b0"


def test_a_column_of_buttons_walks_up_and_down_and_its_ends_hold_without_wrap():
    rects = [(500, 396, 280, 76), (500, 492, 280, 64), (500, 576, 280, 64), (966, 20, 130, 52)]
    group = ButtonGroup([Button(f"b{i}", r, str(i)) for i, r in enumerate(rects)], wrap=False)
    seen = []
    for way in (it.DOWN, it.DOWN, it.UP, it.UP, it.UP, it.LEFT):
        group.handle(arrow(way))
        seen.append(group.focused_id)
    assert seen == ["b1", "b2", "b1", "b0", "b0", "b0"]
