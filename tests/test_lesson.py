"""Lessons: a teacher's YAML file says which stories and 真还是假 rounds are on, in what order;
the level list and the title follow it, and every mistake in it is reported at file:line."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import LEVELS_DIR, REPO, load_shipped, run_python
from game.classroom.lesson import Lesson, check_references, find, read_lesson
from tests.driver import Driver as BaseDriver

DEFAULT = LEVELS_DIR / "lessons" / "default.yaml"
GOOD_LEVEL = REPO / "tests" / "data" / "good_levels" / "01_every_feature.yaml"


def write(tmp_path: Path, text: str, name: str = "lesson.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def lesson_app(tmp_path, shared_assets, lesson, **settings):
    from game.app import App, Settings

    app = App(Settings(home=tmp_path / "home", reduced_motion=True, seed=0, lesson=lesson, **settings),
              headless=True)
    app.assets = shared_assets
    return app


class Driver(BaseDriver):
    def do(self, *actions: str) -> Driver:
        return self.act(*actions)

    def labels(self) -> list[str]:
        return [label for _, label in self.pilot.buttons()]


# -- the default lesson -------------------------------------------------------------------------

def test_the_default_lesson_has_no_problems():
    result = read_lesson(DEFAULT)
    assert result.problems == [] and result.lesson is not None


def test_the_default_lesson_is_forty_minutes_with_a_round_before_and_after():
    lesson = read_lesson(DEFAULT).lesson
    assert (lesson.minutes, lesson.before, lesson.after) == (40, "set-a", "set-b")


def test_the_default_lesson_tells_three_stories_of_different_frauds():
    lesson = read_lesson(DEFAULT).lesson
    types = {load_shipped(next(LEVELS_DIR.glob(f"*_{lv.replace('-', '_')}.yaml"))).fraud_type
             for lv in lesson.levels}
    assert len(lesson.levels) == 3 and len(types) == 3


def test_a_lesson_is_named_or_given_as_a_file(tmp_path):
    assert (find("default", LEVELS_DIR), find(tmp_path / "x.yaml", LEVELS_DIR)) == (DEFAULT, tmp_path / "x.yaml")


def test_lesson_files_are_never_read_as_levels(app):
    assert not any("lessons" in Path(r.path).parts for r in app.level_results)


# -- checks, at file:line -------------------------------------------------------------------------

def test_an_unknown_key_is_reported_with_a_suggestion(tmp_path):
    result = read_lesson(write(tmp_path, "format: 1\ntitle: 课\nlevles: [prize-toy]\n"))
    assert [(p.line, "did you mean 'levels'" in p.message) for p in result.problems] == [(3, True)]


def test_a_level_listed_twice_is_an_error_at_its_line(tmp_path):
    result = read_lesson(write(tmp_path, "format: 1\ntitle: 课\nlevels:\n  - prize-toy\n  - prize-toy\n"))
    assert [(p.line, p.where) for p in result.problems] == [(5, "levels[1]")]


def test_a_lesson_with_nothing_in_it_is_an_error(tmp_path):
    assert read_lesson(write(tmp_path, "format: 1\ntitle: 课\n")).lesson is None


def test_the_same_set_before_and_after_is_a_warning(tmp_path):
    result = read_lesson(write(tmp_path, "format: 1\ntitle: 课\nbefore: set-a\nafter: set-a\n"))
    assert result.lesson is not None and [p.severity for p in result.problems] == ["warning"]


def test_yes_as_a_title_is_reported_with_a_hint_to_quote_it(tmp_path):
    result = read_lesson(write(tmp_path, "format: 1\ntitle: yes\nlevels: [prize-toy]\n"))
    assert "quotes" in result.problems[0].message


def test_a_level_that_is_not_installed_is_named_at_its_line_with_a_suggestion(tmp_path):
    result = read_lesson(write(tmp_path, "format: 1\ntitle: 课\nlevels:\n  - prize-toy\n  - prize-tay\n"))
    problems = check_references(result.lesson, {"prize-toy": True}, ["set-a"])
    assert [(p.line, p.col) for p in problems] == [(5, 5)] and "did you mean 'prize-toy'" in problems[0].message
    assert str(problems[0]).startswith(f"{tmp_path / 'lesson.yaml'}:5:5: levels[1]:")


def test_a_quick_round_set_that_does_not_exist_is_reported(tmp_path):
    result = read_lesson(write(tmp_path, "format: 1\ntitle: 课\nbefore: set-c\n"))
    problems = check_references(result.lesson, {}, ["set-a", "set-b"])
    assert [(p.where, p.line) for p in problems] == [("before", 3)]


def test_the_lesson_command_prints_the_steps(tmp_path):
    result = run_python(["-m", "game", "lesson", "default"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1. quick round set-a" in result.stdout and "5. quick round set-b" in result.stdout


def test_the_lesson_command_fails_on_a_broken_lesson(tmp_path):
    path = write(tmp_path, "format: 1\ntitle: 课\nlevels: [no-such-level]\n")
    result = run_python(["-m", "game", "lesson", str(path)], tmp_path)
    assert result.returncode == 1 and ":3:" in result.stdout


# -- in the game ------------------------------------------------------------------------------------

def test_the_level_list_shows_only_the_lessons_levels_in_its_order(tmp_path, shared_assets):
    path = write(tmp_path, "format: 1\ntitle: 课\nlevels: [skin-police, prize-toy]\n")
    app = lesson_app(tmp_path, shared_assets, path)
    assert [lv.id for lv in app.levels] == ["skin-police", "prize-toy"]


def test_the_next_level_follows_the_lessons_order(tmp_path, shared_assets):
    path = write(tmp_path, "format: 1\ntitle: 课\nlevels: [skin-police, prize-toy]\n")
    app = lesson_app(tmp_path, shared_assets, path)
    assert app.level_after("skin-police").id == "prize-toy" and app.level_after("prize-toy") is None


def test_a_missing_level_is_left_out_and_the_rest_is_played(tmp_path, shared_assets, capsys):
    path = write(tmp_path, "format: 1\ntitle: 课\nlevels: [prize-toy, no-such-level]\n")
    app = lesson_app(tmp_path, shared_assets, path)
    assert [lv.id for lv in app.levels] == ["prize-toy"] and f"{path}:3:" in capsys.readouterr().err


def test_a_broken_lesson_means_free_play_and_says_why(tmp_path, shared_assets):
    path = write(tmp_path, "format: 1\n")
    app = lesson_app(tmp_path, shared_assets, path)
    assert app.lesson is None and len(app.levels) == len(app.library.levels)
    assert any("playing without a lesson" in w for w in app.warnings)


def test_the_title_offers_the_lessons_steps_in_order(tmp_path, shared_assets):
    drive = Driver(lesson_app(tmp_path, shared_assets, DEFAULT))
    assert drive.labels()[:3] == ["课前：真还是假", "开始上课", "课后：真还是假"]


def main_button(drive: Driver) -> tuple[str | None, str]:
    """The title's focused button and its style (the main one is the big blue one)."""
    group = drive.screen.buttons
    return group.focused_id, next(b.style for b in group.buttons if b.id == group.focused_id)


def test_a_lesson_opens_on_the_round_before_as_the_main_button(tmp_path, shared_assets):
    """The title focused 开始上课: Enter, or the big blue button, skipped the class's pre-test."""
    drive = Driver(lesson_app(tmp_path, shared_assets, DEFAULT))
    assert main_button(drive) == ("before", "primary")
    assert [b.id for b in drive.screen.buttons.buttons if b.style == "primary"] == ["before"]


def test_enter_on_a_lessons_title_starts_the_round_before(tmp_path, shared_assets):
    drive = Driver(lesson_app(tmp_path, shared_assets, DEFAULT)).do("key:return")
    assert (drive.screen.name, drive.screen.item_set.id) == ("quick", "set-a")


def test_once_the_round_before_is_begun_the_stories_are_the_main_button(tmp_path, shared_assets):
    drive = Driver(lesson_app(tmp_path, shared_assets, DEFAULT))
    drive.do("tap:课前：真还是假", "tap:假", "tap:知道了", "key:escape", "tap:回到首页")
    assert main_button(drive) == ("start", "primary")


def test_after_the_lessons_stories_the_round_after_is_the_main_button(tmp_path, shared_assets):
    from game.autoplay import play

    path = write(tmp_path, "format: 1\ntitle: 课\nbefore: set-a\nlevels: [skin-police, prize-toy]\n"
                           "after: set-b\nquick_items: 4\n")
    drive = Driver(lesson_app(tmp_path, shared_assets, path)).do("key:return")
    for _ in range(4):
        drive.do("tap:假", "tap:知道了")
    play(drive.app, drive.app.levels[0], "safe")
    drive.do("tap:返回", "tap:返回")
    assert drive.app.stack.top.name == "title" and main_button(drive) == ("start", "primary")
    play(drive.app, drive.app.levels[1], "safe")
    drive.do("tap:返回", "tap:返回")
    assert main_button(drive) == ("after", "primary")
    drive.do("key:return")
    assert (drive.screen.name, drive.screen.item_set.id) == ("quick", "set-b")


def test_the_next_child_at_a_seat_starts_at_the_round_before_again(tmp_path, shared_assets):
    drive = Driver(lesson_app(tmp_path, shared_assets, DEFAULT))
    drive.do("tap:换座位", "tap:7", "key:return", "tap:假", "tap:知道了", "key:escape", "tap:回到首页")
    assert main_button(drive)[0] == "start"
    drive.do("tap:换座位", "tap:7")
    assert (drive.screen.name, main_button(drive)[0]) == ("title", "before")


@pytest.mark.parametrize("label, set_id", [("课前：真还是假", "set-a"), ("课后：真还是假", "set-b")])
def test_the_rounds_before_and_after_use_the_lessons_sets(tmp_path, shared_assets, label, set_id):
    drive = Driver(lesson_app(tmp_path, shared_assets, DEFAULT)).do(f"tap:{label}")
    assert (drive.app.stack.top.name, drive.app.stack.top.item_set.id) == ("quick", set_id)


def test_a_lesson_can_shorten_the_rounds(tmp_path, shared_assets):
    path = write(tmp_path, "format: 1\ntitle: 课\nbefore: set-a\nquick_items: 4\nlevels: [prize-toy]\n")
    drive = Driver(lesson_app(tmp_path, shared_assets, path)).do("tap:课前：真还是假")
    assert drive.app.stack.top.round.total == 4


def test_the_lessons_last_story_leads_on_to_the_round_after_it(tmp_path, shared_assets):
    """The last story's results offer 课后：真还是假 (they offered only 返回 and 再玩一次: the class had
    to find the round on the title); earlier stories offer 下一关."""
    from game.autoplay import play

    path = write(tmp_path, "format: 1\ntitle: 课\nbefore: set-a\nlevels: [skin-police, prize-toy]\n"
                           "after: set-b\nquick_items: 4\n")
    drive = Driver(lesson_app(tmp_path, shared_assets, path))
    play(drive.app, drive.app.levels[0], "safe")
    assert "下一关" in drive.labels() and "课后：真还是假" not in drive.labels()
    play(drive.app, drive.app.levels[1], "safe")
    assert drive.app.stack.top.name == "results" and drive.labels()[-1] == "课后：真还是假"
    drive.do("tap:课后：真还是假")
    top = drive.app.stack.top
    assert (top.name, top.item_set.id, top.round.total) == ("quick", "set-b", 4)


def test_a_level_pack_in_another_folder_works_like_the_built_in_levels(tmp_path, shared_assets):
    pack = tmp_path / "my_pack"
    pack.mkdir()
    shutil.copy(GOOD_LEVEL, pack / "01_every_feature.yaml")
    path = write(tmp_path, "format: 1\ntitle: 课\nlevels: [my-pack/every-feature, prize-toy]\npacks: [my_pack]\n")
    app = lesson_app(tmp_path, shared_assets, path)
    assert [lv.id for lv in app.levels] == ["my-pack/every-feature", "prize-toy"]
    drive = Driver(app).do("tap:开始闯关", f"tap:{app.levels[0].title}")
    assert drive.app.stack.top.name == "comic"


def test_a_pack_folder_that_is_not_there_is_reported(tmp_path):
    result = read_lesson(write(tmp_path, "format: 1\ntitle: 课\nlevels: [prize-toy]\npacks: [nowhere]\n"))
    assert [(p.where, p.line) for p in result.problems] == [("packs[0]", 4)]


def test_the_lesson_runs_from_the_command_line(tmp_path):
    result = run_python(["main.py", "--lesson", "default", "--frames", "3"], tmp_path)
    assert result.returncode == 0, result.stderr


def test_the_steps_of_a_lesson_are_in_order():
    lesson = Lesson("课", ("a", "b"), before="set-a", after="set-b")
    assert lesson.steps() == [("quick", "set-a"), ("level", "a"), ("level", "b"), ("quick", "set-b")]


# -- a lesson's title in another language -----------------------------------------------------------

def test_the_default_lessons_title_is_in_english_beside_it():
    lesson = read_lesson(LEVELS_DIR / "lessons" / "default.yaml").lesson
    assert lesson.title_in("en") == "Lesson 1: Look before you tap"
    assert lesson.title_in("zh_CN") == lesson.title == "防骗第一课：看清再点"


def test_a_lesson_without_a_translation_or_with_a_broken_one_shows_its_title_as_written(tmp_path):
    shutil.copy(LEVELS_DIR / "lessons" / "default.yaml", tmp_path / "mine.yaml")
    (tmp_path / "mine.ja.yaml").write_text("title: [not, a, text]\n", encoding="utf-8")
    (tmp_path / "mine.fr.yaml").write_text("title: \"unclosed\n", encoding="utf-8")
    lesson = read_lesson(tmp_path / "mine.yaml").lesson
    assert lesson.title_in("en") == lesson.title_in("ja") == lesson.title_in("fr") == lesson.title


def test_a_translation_is_never_offered_as_a_lesson(tmp_path):
    from game.classroom.lesson import read_for

    _, lines = read_for("nothing-here", LEVELS_DIR)
    assert "default" in lines[0] and "default.en" not in lines[0]


def test_the_title_screen_shows_the_lessons_title_in_english(tmp_path, shared_assets, drawn_text):
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, reduced_motion=True, lesson="default", lang="en", profiles=False),
              headless=True)
    app.assets = shared_assets
    BaseDriver(app)
    app.draw(force=True)
    assert "Lesson 1: Look before you tap" in drawn_text
