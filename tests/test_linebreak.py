"""Line breaks between words: words stay whole, lines balance between words, breaks are the
same at every window size, marks follow the kinsoku rules, and without the dictionary
text still wraps (between any two 字) and is laid out again once the dictionary is there."""
from __future__ import annotations

import random

import pygame
import pytest
from conftest import LEVEL_1, REPO, load_shipped

from game.engine import words
from game.engine.assets import Assets
from game.engine.canvas import Canvas
from game.engine.linebreak import NO_LINE_START, wrap, wrap_span, wrap_units
from game.ui import bubble as bub

SIZE = 24  # logical px; widths below are in whole 字 of this size
JOINS_BACK = words.read_rules().joins_back


@pytest.fixture(scope="module", autouse=True)
def fonts():
    pygame.font.init()


def canvas_at(scale: float) -> Canvas:
    """A canvas with its own caches, so a layout made at another scale is not reused."""
    return Canvas(pygame.Surface((8, 8)), Assets(REPO / "assets"), scale)


def breaks_inside(lines: list[str], text: str, word: str) -> list[int]:
    """Where a line ends inside `word` (as offsets into text); [] when the word is whole."""
    start = text.index(word)
    ends, at = [], 0
    for line in lines[:-1]:
        at += len(line)
        ends.append(at)
    return [end for end in ends if start < end < start + len(word)]


def level1_texts() -> list[str]:
    level = load_shipped(LEVEL_1)
    texts = [level.rule, level.summary] + [c.text for c in level.clues.values()]
    for step in level.steps:
        texts += [step.prompt, step.title, *step.text]
        texts += [o.label for o in step.options] + [t for o in step.options for t in o.feedback.text]
        if step.panel:
            texts += [step.panel.caption] + [b.text for b in step.panel.bubbles]
    return [t for t in texts if t]


def bubble_and_option_texts() -> list[str]:
    level = load_shipped(LEVEL_1)
    texts = [b.text for step in level.steps if step.panel for b in step.panel.bubbles]
    return texts + [o.label for step in level.steps for o in step.options]


# -- words stay whole ----------------------------------------------------------------------

# Each word the players saw split, in a line of level 1 it appears in.
WORDS = [
    pytest.param("身份证号", "领奖要身份证号、住址、电话？链接不点，信息不填，先问大人！", id="shenfenzhenghao"),
    pytest.param("宇宙变异人", "当红游戏「宇宙变异人」有奖活动", id="yuzhou-bianyiren"),
    pytest.param("官方", "真的活动，会在游戏里或官方App里公布。", id="guanfang"),
    pytest.param("核实", "用自己选的方法去核实，比全都拒绝更好。", id="heshi"),
    pytest.param("住址", "好主意！要住址和电话的页面，先问大人。", id="zhuzhi"),
    pytest.param("链接", "不明链接不点，先问一问，就不会上当。", id="lianjie"),
    pytest.param("什么", "我带你看看，这种链接后面藏着什么。", id="shenme"),
    pytest.param("诈骗", "她会接到骚扰电话和诈骗短信，有的还冒充客服来骗。", id="zhapian"),
    pytest.param("往往", "这种链接点开后，往往是这样的页面。", id="wangwang"),
    pytest.param("“免费”", "天上不会掉玩具，“免费”常常是诱饵。", id="mianfei-in-quotes"),
    pytest.param('"免费"', '天上不会掉玩具，"免费"常常是诱饵。', id="mianfei-in-straight-quotes"),
    pytest.param("吴小清", "吴小清点了提交，可变异人玩具一直没有来。", id="wu-xiaoqing"),
]


@pytest.mark.parametrize("word, text", WORDS)
def test_a_word_is_never_split_across_lines(word, text):
    canvas = canvas_at(1.0)
    lines_at = {chars: canvas.layout(text, chars * SIZE, SIZE).lines for chars in range(6, 17)}
    assert {chars: lines for chars, lines in lines_at.items() if breaks_inside(lines, text, word)} == {}


def test_lines_are_balanced_only_between_words():
    # Evened out by characters, these lines broke as “免费 / 送” and 信 / 息.
    text = "好样的！“免费送”还要先填信息，多半是诱饵。"
    lines = canvas_at(1.0).layout(text, 10 * SIZE, SIZE).lines
    assert [w for w in ("免费送", "信息", "多半", "诱饵") if breaks_inside(lines, text, w)] == []


def test_a_particle_stays_with_the_word_before_it():
    assert words.join_lone_characters(["骗子", "编", "的", "谎话"], JOINS_BACK) == ["骗子", "编的", "谎话"]


def test_a_lone_character_leads_the_word_after_it():
    assert words.join_lone_characters(["链接", "不", "点", "，"], JOINS_BACK) == ["链接", "不点", "，"]


def test_a_unit_after_a_number_stays_with_it():
    assert words.join_lone_characters(["见", "2020", "年", "无锡"], JOINS_BACK) == ["见", "2020年", "无锡"]


def test_a_web_address_stays_whole_between_words():
    text = "请不要打开这个网址：abc.example.com/x，好吗"
    lines = canvas_at(1.0).layout(text, 14 * SIZE, SIZE, balance=False).lines
    assert any("abc.example.com/x" in line for line in lines)


# -- the same breaks at every window size ------------------------------------------------------


@pytest.mark.parametrize("scale", [1.5, 0.8, 1.0667])
def test_bubbles_and_options_break_the_same_at_every_scale(scale):
    reference, scaled = canvas_at(1.0), canvas_at(scale)
    cases = [(t, w, bub.BUBBLE_TEXT, False) for t in bubble_and_option_texts() for w in range(200, 601, 8)]
    cases += [(t, w, 26, True) for t in bubble_and_option_texts() for w in range(200, 301, 4)]
    differ = [(t, w) for t, w, size, bold in cases
              if reference.layout(t, w, size, bold, max_lines=4).lines
              != scaled.layout(t, w, size, bold, max_lines=4).lines]
    assert differ == []


# -- kinsoku ------------------------------------------------------------------------------------


@pytest.mark.parametrize("chars", [4, 6, 9, 13])
def test_no_line_of_level1_starts_with_a_closing_mark(chars):
    canvas = canvas_at(1.0)
    bad = [lines for text in level1_texts()
           for lines in [canvas.layout(text, chars * SIZE, SIZE).lines]
           if any(line[:1] in NO_LINE_START for line in lines[1:])]
    assert bad == []


def test_a_straight_closing_quote_does_not_start_a_line():
    # Width 4 would end line 1 right after 免费, before its closing quote.
    lines = wrap('掉"免费"常常是诱饵。', 4, len)
    assert [line for line in lines[1:] if line.startswith('"')] == []


def test_a_straight_opening_quote_does_not_end_a_line():
    # Width 6 would end line 1 with the opening quote.
    assert wrap('不会掉玩具"免费"常常是诱饵。', 6, len)[0] == "不会掉玩具"


# -- without the dictionary --------------------------------------------------------------------


def test_text_wraps_between_any_characters_when_the_word_list_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(words, "_SEGMENTER", words.Segmenter(words_file=tmp_path / "absent.bin"))
    text = "领奖要身份证号、住址、电话？"
    lines = canvas_at(1.0).layout(text, 6 * SIZE, SIZE, balance=False).lines
    assert (words.state(), lines) == (words.MISSING, ["领奖要身份证", "号、住址、电", "话？"])


def test_a_layout_made_while_the_dictionary_loads_is_made_again_once_it_is_ready(monkeypatch):
    segmenter = words.Segmenter()
    monkeypatch.setattr(words, "_SEGMENTER", segmenter)
    segmenter.state = words.LOADING  # as if warm_up's thread were still running
    canvas, text = canvas_at(1.0), "领奖要身份证号、住址、电话？"
    while_loading = canvas.layout(text, 6 * SIZE, SIZE, balance=False).lines
    segmenter.load()
    assert (while_loading, canvas.layout(text, 6 * SIZE, SIZE, balance=False).lines) == (
        ["领奖要身份证", "号、住址、电", "话？"], ["领奖", "要身份证号、", "住址、电话？"])


def test_warm_up_loads_the_word_list_in_the_background(monkeypatch):
    segmenter = words.Segmenter()
    monkeypatch.setattr(words, "_SEGMENTER", segmenter)
    words.warm_up()
    assert words.wait(timeout=30) and words.cut("身份证号") == ["身份证号"]


def test_a_wrap_holds_for_every_width_of_its_span_and_not_beyond():
    """balanced() wraps measured text again only outside the widths an earlier wrap holds for."""
    rng = random.Random(5)
    pieces = ["字", "汉字", "App", "yzbyr-fuli.top", "，", "。", "“", "”", "（", "）", " ", "110", "Wi-Fi "]
    widths = {"字": 24.0, "，": 24.0, "。": 24.0, "“": 24.0, "”": 24.0, "（": 24.0, "）": 24.0, " ": 7.0}

    def measure(s: str) -> float:
        return sum(widths.get(ch, 13.0 if ch.isupper() else 11.5) for ch in s)

    for _ in range(2000):
        paragraphs = [[rng.choice(pieces) for _ in range(rng.randint(0, 10))] for _ in range(rng.randint(1, 2))]
        width = rng.uniform(10, 300)
        lines, low, high = wrap_span(paragraphs, width, measure)
        assert lines == wrap_units(paragraphs, width, measure)
        assert low <= width < high
        for inside in (low, (low + width) / 2, (width + min(high, width + 50)) / 2):
            if low <= inside < high:
                assert wrap_units(paragraphs, inside, measure) == lines, (paragraphs, width, inside)
        if high != float("inf"):
            assert wrap_span(paragraphs, high, measure)[1] >= high  # a wider wrap starts a new span
