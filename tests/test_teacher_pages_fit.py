"""A level's page of the teacher screen says, whole, what a teacher needs from it, on every
classroom screen and in both languages: for each decision, its situation and the wrong
choice made most often with its count; for each hunt, its question and the clue missed
most with its count. And the overview never loses the count of a genuine situation refused.

A class's plays of every level are logged (every decision answered wrongly most often,
every hunt missing a clue), so each level's page has its full rows with their notes.
"""
from __future__ import annotations

import re
from datetime import date

import pytest

from game.engine.layoutlog import min_px
from game.play import playlog
from game.screenshot import record_layout
from tests.conftest import REPO
from tests.test_teacher_screen import Teacher

SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1024, 768), (1280, 1024), (1024, 600)]
TAPS = {"zh_CN": ("教师", "确定", "下一页"), "en": ("Teacher", "OK", "Next")}


def every_level_played(levels) -> list[dict]:
    """Each decision answered by a class, a wrong choice most often; each hunt missing its first clue."""
    day = date.today().isoformat()
    out = []
    for level in levels:
        for step in level.steps:
            if step.type == "redflags" and step.clues:
                clues = list(step.clues)
                for k in range(12):
                    missed = clues[:1] if k < 9 else []
                    out.append(playlog.hunt_record(date.today(), level.id, step.id, clues[len(missed):], missed))
            elif step.options:
                for k, option in enumerate(step.options):
                    for _ in range(3 + 5 * (option.verdict != "safe") - k):
                        out.append(playlog.decision_record(date.today(), level.id, step.id, option.id,
                                                           option.verdict))
        out.append(playlog.finish_record(date.today(), level.id, 5, 10, 2))
    for set_id, answer in (("set-a", "fake"), ("set-b", "real")):
        out += [{"date": day, "kind": "quick", "set": set_id, "item": "i1", "answer": answer, "verdict": "safe"},
                {"date": day, "kind": "quick", "set": set_id, "item": "i2", "answer": "fake",
                 "verdict": "too_suspicious"}]
    return out


@pytest.fixture(scope="module")
def assets_in():
    """One cache of fonts and text per language (an App sets its language on the assets it draws with)."""
    from game.engine.assets import Assets

    made: dict[str, Assets] = {}

    def get(lang: str) -> Assets:
        if lang not in made:
            made[lang] = Assets(REPO / "assets")
        return made[lang]

    return get


def unlocked(tmp_path, assets_in, lang: str, size) -> Teacher:
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, reduced_motion=True, size=size, lang=lang), headless=True)
    app.assets = assets_in(lang)
    app._dress_assets()
    playlog.append(tmp_path, every_level_played(app.levels))
    teacher = Teacher(app)
    teach, ok, _ = TAPS[lang]
    teacher.do(f"tap:{teach}", "tap:1", "tap:2", "tap:3", "tap:4", f"tap:{ok}")
    assert teacher.stack == ["title", "teacher"]
    return teacher


def drawn(log) -> list[str]:
    """Each text drawn, its lines run together without spaces (a line break may take one)."""
    return [re.sub(r"\s+", "", "".join(text for text, _ in e.lines)) for e in log.entries if e.kind == "text"]


def whole(text: str) -> str:
    return re.sub(r"\s+", "", text)


def missing_on_level_page(teacher: Teacher, level_id: str, texts: list[str]) -> list[str]:
    """What of the level's page a teacher needs and is not drawn whole."""
    from game.classroom.report import PLAY

    t = teacher.app.locale
    decisions, hunts, clues = teacher.screen.report.for_level(level_id, PLAY)
    needed = []
    for d in decisions:
        needed.append(d.label)
        if d.top_wrong is not None:
            needed.append(t("teacher.top_wrong", label=d.top_wrong.label, count=d.top_wrong.count))
    for hd in hunts:
        needed.append(t("teacher.hunt", prompt=hd.label))
        worst = [c for c in clues if c.step == hd.step and c.missed][:1]
        needed += [t("teacher.clue_missed", clue=c.label, missed=c.missed, total=c.found + c.missed) for c in worst]
    return [n for n in needed if not any(whole(n) in text for text in texts)]


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_each_level_page_shows_every_situation_and_wrong_choice_and_count_whole(tmp_path, assets_in, lang, size):
    teacher = unlocked(tmp_path, assets_in, lang, size)
    screen, scale = teacher.screen, teacher.app.viewport.scale
    assert len(screen.pages) == len(teacher.app.levels) + 1
    failures = []
    for _ in screen.pages:
        page = screen.pages[screen.index]
        log = record_layout(teacher.app)
        failures += [f"{page}: {p}" for p in log.problems(lambda role: min_px(role) * min(1.0, scale))]
        if page != "overview":
            failures += [f"{page}: not drawn whole: {m}" for m in missing_on_level_page(teacher, page, drawn(log))]
        teacher.do(f"tap:{TAPS[lang][2]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_overview_keeps_the_count_of_each_genuine_situation_refused(tmp_path, assets_in, lang, size):
    """A long situation may be shortened on the first page; its ×count after it never is."""
    from game.classroom.report import PLAY

    teacher = unlocked(tmp_path, assets_in, lang, size)
    report = teacher.screen.report
    refused = sorted([(d.too_suspicious, d.label) for d in report.decisions if d.play == PLAY and d.too_suspicious],
                     key=lambda r: -r[0])[:teacher.screen.sheet.refused_shown]
    assert refused
    texts = drawn(record_layout(teacher.app))
    for count, label in refused:
        rows = [text for text in texts if text.endswith(f"×{count}") and whole(label)[:4] in text]
        assert rows, f"no row “{label} ×{count}” among {texts}"
