"""复习错题 on the title with nothing in the 错题本: praise for a player who has played, and for one
who has not, what the notebook is for (a child who never played was told 错题本是空的，真棒！)."""
from __future__ import annotations

from tests.driver import Driver


def test_a_player_who_has_not_played_is_told_what_the_notebook_is_for(app):
    title = Driver(app)
    title.do("tap:复习错题")
    assert (title.stack, title.screen.note) == (["title"], app.locale("title.review_not_yet"))


def test_a_player_who_finished_a_level_with_an_empty_notebook_is_praised(app):
    level = app.levels[0]
    app.player.record_finish(level.id, 100, 100, 3)
    title = Driver(app)
    title.do("tap:复习错题")
    assert title.screen.note == app.locale("title.review_empty")


def test_the_two_notes_say_different_things_in_both_languages():
    from game.locale import Locale
    from tests.conftest import REPO

    for lang in ("zh_CN", "en"):
        t = Locale.load(REPO / "assets" / "locale" / f"{lang}.yaml")
        assert t("title.review_not_yet") != t("title.review_empty")
