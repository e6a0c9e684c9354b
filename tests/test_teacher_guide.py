"""The teacher's guide: made from its prose, its questions and the levels, printable and self-contained."""
from __future__ import annotations

import re

import pytest

from game.classroom import guide

from conftest import REPO


@pytest.fixture(scope="module")
def levels():
    return guide.shipped_levels()


@pytest.fixture(scope="module")
def html(levels) -> str:
    template = (guide.GUIDE_DIR / "guide.template.html").read_text(encoding="utf-8")
    return guide.make_guide(levels, template, guide.read_questions(guide.GUIDE_DIR / "questions.yaml"))


def test_every_shipped_level_has_a_section_with_its_rule_and_sources(levels, html):
    assert levels
    for level in levels:
        assert level.title in html and level.rule in html, level.id
        assert all(source.rstrip("。；") in html for source in level.source), level.id


def test_the_guide_is_one_printable_page_with_no_script_and_nothing_from_the_network(html):
    assert "@page { size: A4" in html
    assert "<script" not in html.lower() and not re.search(r"https?://", html)
    assert not re.search(r"<link|@import|url\(|<img|@font-face", html, re.IGNORECASE)


def test_the_guide_has_the_lesson_plan_and_how_to_read_the_report(html):
    for words in ("40 分钟课堂流程", "课前“真还是假”", "课后“真还是假”", "分辨力 d′", "--merge", "teacher.yaml"):
        assert words in html


def test_each_level_gets_the_questions_written_for_it(levels, html):
    written = guide.read_questions(guide.GUIDE_DIR / "questions.yaml")
    for level in levels:
        for question in written.get(level.id, []):
            assert question in html.replace("&quot;", '"').replace("&#x27;", "'"), level.id


def test_a_level_nobody_wrote_questions_for_gets_questions_from_its_story(levels):
    level = levels[0]
    template = (guide.GUIDE_DIR / "guide.template.html").read_text(encoding="utf-8")
    questions = guide.read_questions(guide.GUIDE_DIR / "questions.yaml")
    made_up = guide.made_up_questions(level, questions)
    assert len(made_up) == 3 and level.rule in made_up[-1] and "{" not in "".join(made_up)
    html = guide.make_guide([level], template, {guide.MADE_UP: questions[guide.MADE_UP]})
    section = html[html.index('<section class="level">'):html.index("</section>")]
    assert section.count("<li>") == 3 and "{title}" not in html and "level-section" not in html


def test_the_shipped_guide_has_every_level_of_its_questions_file():
    shipped = (REPO / "docs" / "teacher-guide.html").read_text(encoding="utf-8")
    for level_id, questions in guide.read_questions(guide.GUIDE_DIR / "questions.yaml").items():
        if level_id == guide.MADE_UP:
            continue
        assert questions[0] in shipped.replace("&quot;", '"').replace("&#x27;", "'")
