"""With larger text (设置 → 文字大小 大 / 特大) a card or a list shows its text at one size: the largest
at which all of it keeps to the space of the standard size. Each paragraph chose its own before,
so 锡小朗's card could show its first paragraph smaller than its second, and the results' clue list
three sizes in four lines."""
from __future__ import annotations

from dataclasses import replace

import pytest

from game.engine.dry import DryCanvas
from game.scenes.feedback_card import BODY_TEXT, CardText, card_rows

# At 1280x720 and 特大 (a factor of 1.2, or 1.1 halfway) SHORT keeps to its one line larger; each
# *_FULL fills its one line at the standard size and would take a second one larger: fifteen 字 on
# 锡小朗's card (and on the results' clue list), thirteen for the results' answers and rule,
# eleven for a callout.
SHORT = "好办法！"
CARD_FULL = "不点陌生链接，先去游戏里核实。"
CLUE_FULL = "这个链接通向游戏外的陌生网站。"
ANSWER_FULL = "先不点，我去游戏里查查看。"
RULE_FULL = "停一停，核实，找大人求助。"
CALLOUT_FULL = "链接通向游戏外的网站。"


@pytest.fixture
def larger(app):
    app.apply_preferences(app.prefs.changed("text_size", "larger"), save=False)
    app.draw(force=True)
    return app


def test_the_full_lines_fill_their_line():
    assert [len(t) for t in (CARD_FULL, CLUE_FULL, ANSWER_FULL, RULE_FULL, CALLOUT_FULL)] == [15, 15, 13, 13, 11]


def test_a_short_line_alone_is_larger(larger):
    rows = card_rows(CardText([SHORT], "", "停一停", "知道了"), DryCanvas(larger.assets), 440, [], True, BODY_TEXT[False])
    assert rows.blocks[0].size > BODY_TEXT[False]


def test_every_paragraph_of_xiaolangs_card_is_one_size(larger):
    card = CardText([SHORT, CARD_FULL], "", "停一停", "知道了")
    rows = card_rows(card, DryCanvas(larger.assets), 440, [], True, BODY_TEXT[False])
    assert len({block.size for block in rows.blocks}) == 1 and all(len(b.lines) == 1 for b in rows.blocks)


def test_the_chosen_answer_and_the_notes_take_the_cards_one_factor(larger):
    card = CardText([CARD_FULL], "你的选择：真", "停一停", "知道了")
    rows = card_rows(card, DryCanvas(larger.assets), 440, [(1, "陌生网址。")], False, BODY_TEXT[False])
    assert (rows.blocks[0].size, rows.chosen.size, rows.notes[0][1].size) == (BODY_TEXT[False], 21, 21)


def test_a_card_whose_text_all_keeps_when_larger_is_larger_throughout(larger):
    card = CardText([SHORT, "去游戏里核实。"], "你的选择：真", "停一停", "知道了")
    rows = card_rows(card, DryCanvas(larger.assets), 440, [], False, BODY_TEXT[False])
    assert [b.size for b in rows.blocks] == [int(26 * 1.2)] * 2 and rows.chosen.size == int(21 * 1.2)


def test_the_quick_rounds_card_shows_one_size(larger):
    """The 真还是假 round's card is 锡小朗's card (a FeedbackScene) with the answer chosen in it."""
    from game.scenes.feedback import FeedbackScene

    scene = FeedbackScene(larger, "risky", [SHORT, CARD_FULL], "thinking", [], chosen="真")
    rows = scene.plan_for((1280, 720)).rows
    sizes = {block.size for block in rows.blocks}
    assert len(sizes) == 1 and rows.chosen.size == {26: 21, 28: 23, 31: 25}[sizes.pop()]


def test_xiaolangs_callouts_are_one_size(larger):
    from game.scenes.feedback import FeedbackScene

    highlights = [((700, 120, 200, 60), "陌生网址。"), ((700, 420, 200, 60), CALLOUT_FULL)]
    plan = FeedbackScene(larger, "risky", [SHORT], "thinking", highlights).plan_for((1280, 720))
    assert len(plan.callouts) == 2 and {block.size for _, _, block in plan.callouts} == {21}


def _drawn_on_results(app) -> dict[str, float]:
    """Each text drawn on the results, at the size it is drawn (px at 1280x720)."""
    from game.screenshot import record_layout

    return {e.source: e.size for e in record_layout(app).entries if e.kind == "text"}


def _level_1_results(app, policy: str):
    """Level 1 played by this policy to its results: (the level, the results screen)."""
    from game.autoplay import play

    level = next(lv for lv in app.levels if lv.id == "prize-toy")
    play(app, level, policy, 0)
    return level, app.stack.top


def test_the_results_clue_list_is_one_size(larger):
    level, results = _level_1_results(larger, "tap-all")
    first, second = (results.session.clues_missed + results.session.clues_found)[:2]
    clues = dict(level.clues, **{first: replace(level.clues[first], text=SHORT),
                                 second: replace(level.clues[second], text=CLUE_FULL)})
    results.level = replace(level, clues=clues)
    drawn = _drawn_on_results(larger)
    assert drawn[SHORT] == drawn[CLUE_FULL] == 21


def test_the_results_list_of_answers_is_one_size(larger):
    level, results = _level_1_results(larger, "safe")
    first, second = results.session.decisions[:2]
    labels = {first.step: {first.option: SHORT}, second.step: {second.option: ANSWER_FULL}}

    def relabelled(step):
        wanted = labels.get(step.id, {})
        return replace(step, options=tuple(replace(o, label=wanted.get(o.id, o.label)) for o in step.options))

    results.level = replace(level, steps=tuple(relabelled(s) for s in level.steps))
    drawn = _drawn_on_results(larger)
    assert drawn[SHORT] == drawn[ANSWER_FULL] == 22


def test_the_results_score_card_is_one_size(larger):
    level, results = _level_1_results(larger, "safe")
    results.level = replace(level, rule=RULE_FULL)
    assert not results.session.leaked_in_order
    drawn = _drawn_on_results(larger)
    assert drawn[larger.locale("results.leaked_none")] == drawn[RULE_FULL] == 24


def test_a_card_too_tall_when_larger_takes_a_smaller_size_that_fits(larger):
    card = CardText([SHORT, "去游戏里核实。"], "", "停一停", "知道了")
    canvas = DryCanvas(larger.assets)
    largest = card_rows(card, canvas, 440, [], True, BODY_TEXT[False])
    lower = card_rows(card, canvas, 440, [], True, BODY_TEXT[False], most_h=largest.height - 1)
    assert lower.height < largest.height and len({b.size for b in lower.blocks}) == 1
    assert BODY_TEXT[False] <= lower.blocks[0].size < largest.blocks[0].size


def test_a_card_with_no_place_at_its_larger_size_may_take_a_smaller_one(larger):
    """Placement is offered each width at its largest size first, then the smaller sizes (at 1024x768
    特大, level 1's card of missed clues found no place clear of the faces at its largest)."""
    from game.scenes.feedback import FeedbackScene
    from game.scenes.feedback_plan import Stage, card_options

    scene = FeedbackScene(larger, "risky", [SHORT, "去游戏里核实。"], "thinking", [])
    options = card_options(scene, DryCanvas(larger.assets), (1280, 720), Stage([]), False)
    widths = len({rows.width for rows in options})
    assert [rows.factor for rows in options[:widths]] == [1.2] * widths
    assert {rows.factor for rows in options[widths:]} == {1.1, 1.0}
    assert all(len({b.size for b in rows.blocks}) == 1 for rows in options)
