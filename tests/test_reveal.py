"""Text revealed over time: exact in tests because time is passed in."""
from game.ui.reveal import Reveal


def test_reveal_grows_with_time_at_its_speed():
    reveal = Reveal(total=10, speed=4)
    reveal.advance(0.5)
    assert reveal.shown == 2 and reveal.value() == 2


def test_reveal_stops_at_the_end_and_then_reports_nothing_to_draw_partially():
    reveal = Reveal(total=3, speed=100)
    reveal.advance(1)
    assert reveal.done and reveal.value() is None and reveal.advance(1) is False


def test_finish_shows_everything_at_once():
    reveal = Reveal(total=30, speed=1)
    assert reveal.finish() is True and reveal.done and reveal.finish() is False


def test_an_instant_reveal_starts_complete():
    assert Reveal(total=5, speed=1, instant=True).done
