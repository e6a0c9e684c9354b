"""The pause card sits in the middle of the screen however many buttons it has: a booth's card
(继续游戏, 回到首页) kept the four-button card's top and sat high over the round's caption."""
from __future__ import annotations

import pytest

from game.scenes.pause import CARD, card_rect
from game.screenshot import record_layout
from tests.test_kiosk import make_booth


@pytest.mark.parametrize("buttons", [2, 3, 4])
def test_the_card_is_centred_for_any_number_of_buttons(buttons):
    x, y, w, h = card_rect(buttons)
    assert (x, w, y + h / 2) == (CARD[0], CARD[2], 360)


def test_the_four_button_card_is_where_it_always_was():
    assert card_rect(4) == CARD


def test_a_booths_pause_card_is_in_the_middle_of_the_screen_below_the_rounds_caption(tmp_path, shared_assets):
    booth = make_booth(tmp_path, shared_assets)  # (the default run: the quick round, 1280x720)
    booth.act("tap:点击屏幕开始挑战", "key:escape")
    assert booth.stack[-2:] == ["quick", "pause"]
    entries = record_layout(booth.app).entries
    card = next(e.rect for e in entries if e.role == "card")
    caption = next(e.rect for e in entries if e.kind == "text" and e.source == booth.app.stack.scenes[-2].item.caption)
    assert card[1] + card[3] / 2 == 360 and caption[1] + caption[3] < card[1]
