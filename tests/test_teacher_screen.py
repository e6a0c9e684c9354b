"""The teacher screen through the real screens: the PIN first, then the class's charts, and back.

Driven as `python -m game drive` does (a press waits until the screen's buttons
take presses), by mouse and by keyboard alone.
"""
from __future__ import annotations

from datetime import date

import pytest

from game.classroom.teacher_config import DEFAULT_PIN, load_config
from tests.driver import Driver
from game.play import playlog

PIN_TAPS = tuple(f"tap:{digit}" for digit in DEFAULT_PIN) + ("tap:确定",)


def today_records() -> list[dict]:
    day = date.today().isoformat()
    rec = lambda **r: {"date": day, "review": False, **r}  # noqa: E731
    out = [rec(kind="decision", level="prize-toy", step="decide_link", option="open", verdict="risky"),
           rec(kind="decision", level="prize-toy", step="decide_link", option="check", verdict="safe"),
           rec(kind="hunt", level="prize-toy", step="spot_look", verdict="missed", found=["odd_url"],
               missed=["id_field"])]
    for set_id, answer in (("set-a", "fake"), ("set-b", "real")):
        out += [{"date": day, "kind": "quick", "set": set_id, "item": "i1", "answer": answer, "verdict": "safe"},
                {"date": day, "kind": "quick", "set": set_id, "item": "i2", "answer": "fake",
                 "verdict": "too_suspicious"}]
    return out


class Teacher(Driver):
    def open(self) -> None:
        """The teacher screen, the way the title's 教师 button asks for it."""
        self.app.routes.go("teacher")
        self.app.stack.apply()
        self.pilot.settle()

    @property
    def screen(self):
        return self.app.stack.top


@pytest.fixture
def teacher(app, tmp_path) -> Teacher:
    playlog.append(tmp_path, today_records())
    return Teacher(app)


def test_the_teacher_screen_asks_for_the_pin_first(teacher):
    teacher.open()
    assert teacher.stack == ["title", "teacher", "pin"]


def test_the_right_pin_shows_the_class_report(teacher):
    teacher.open()
    teacher.do(*PIN_TAPS)
    assert teacher.stack == ["title", "teacher"]
    assert teacher.screen.report.tally.records == len(today_records())
    assert teacher.screen.pages == ["overview", "prize-toy"]


def test_three_wrong_pins_go_back_to_the_title(teacher):
    teacher.open()
    for _ in range(3):
        teacher.do("tap:9", "tap:9", "tap:9", "tap:9", "tap:确定")
    assert teacher.stack == ["title"]


def test_cancel_on_the_pin_pad_goes_back_to_the_title(teacher):
    teacher.open()
    teacher.do("tap:取消")
    assert teacher.stack == ["title"]


def test_back_on_the_report_returns_to_the_title(teacher):
    teacher.open()
    teacher.do(*PIN_TAPS, "tap:返回")
    assert (teacher.stack, teacher.app.running) == (["title"], True)


def test_the_pages_go_round_from_the_class_to_each_level(teacher):
    teacher.open()
    teacher.do(*PIN_TAPS)
    assert teacher.screen.pages[teacher.screen.index] == "overview"
    teacher.do("tap:下一页")
    assert teacher.screen.pages[teacher.screen.index] == "prize-toy"
    teacher.do("tap:下一页")
    assert teacher.screen.index == 0


def test_the_before_after_check_is_on_the_first_page(teacher):
    teacher.open()
    teacher.do(*PIN_TAPS)
    assert [p.phase for p in teacher.screen.report.phases] == ["before", "after"]


def test_the_whole_way_by_keyboard_alone(teacher):
    teacher.open()
    for i, _ in enumerate(DEFAULT_PIN):  # focus starts on 1; the default PIN is 1 2 3 4
        teacher.do("key:return", *(["key:tab"] if i < len(DEFAULT_PIN) - 1 else []))
    teacher.do(*["key:tab"] * 8)  # 4 → 5 6 7 8 9 删除 0 确定
    assert teacher.do("key:return")["screen"] == "teacher"
    assert teacher.do("key:escape")["stack"] == ["title"]


def test_tab_reaches_back_on_the_report_and_enter_presses_it(teacher):
    teacher.open()
    teacher.do(*PIN_TAPS)
    for _ in range(len(teacher.screen.buttons.buttons)):
        if teacher.screen.buttons.focused_id == "back":
            break
        teacher.do("key:tab")
    assert teacher.do("key:return")["stack"] == ["title"]


def test_from_the_title_through_the_pin_to_the_report_and_back(teacher):
    assert teacher.do("tap:教师")["stack"] == ["title", "teacher", "pin"]
    assert teacher.do(*PIN_TAPS)["stack"] == ["title", "teacher"]
    assert teacher.do("tap:返回")["stack"] == ["title"]


def test_the_pin_comes_from_teacher_yaml_in_the_data_folder(teacher, tmp_path):
    (tmp_path / "teacher.yaml").write_text('pin: "2468"\n', encoding="utf-8")
    teacher.open()
    teacher.do(*PIN_TAPS)
    assert teacher.stack == ["title", "teacher", "pin"]
    teacher.do("tap:2", "tap:4", "tap:6", "tap:8", "tap:确定")
    assert teacher.stack == ["title", "teacher"]


def test_a_wrong_pin_setting_is_reported_and_the_default_used(tmp_path):
    (tmp_path / "teacher.yaml").write_text("pin: 12\n", encoding="utf-8")
    config, problems = load_config(tmp_path / "teacher.yaml")
    assert config.pin == DEFAULT_PIN and "4 to 8 digits" in problems[0]


def test_a_mistake_in_teacher_yaml_is_logged_and_told_on_the_teacher_screen(teacher, tmp_path):
    """Started without a console, a teacher would never see the warning: it goes to warnings.log
    (once, however often the screen opens) and the screen says so once opened with the default PIN."""
    (tmp_path / "teacher.yaml").write_text("pin: 12\n", encoding="utf-8")
    teacher.open()
    teacher.do(*PIN_TAPS)
    assert teacher.screen.note == teacher.app.locale("teacher.config_problems", count=1)
    teacher.do("tap:返回")
    teacher.open()
    logged = (tmp_path / "warnings.log").read_text(encoding="utf-8")
    assert logged.count("4 to 8 digits") == 1 and "teacher.yaml" in logged


def test_a_day_without_plays_opens_on_all_records(app, tmp_path):
    old = [{**r, "date": "2020-01-02"} for r in today_records()]
    playlog.append(tmp_path, old)
    teacher = Teacher(app)
    teacher.open()
    teacher.do(*PIN_TAPS)
    assert (teacher.screen.scope, teacher.screen.report.tally.records) == ("all", len(old))
    teacher.do("tap:只看今天")
    assert teacher.screen.report.empty


def test_export_writes_the_csv_and_the_page_into_the_data_folder(teacher, tmp_path):
    teacher.open()
    teacher.do(*PIN_TAPS, "tap:导出报告")
    day = date.today().isoformat()
    assert (tmp_path / f"report-{day}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "<svg" in (tmp_path / f"report-{day}.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_every_page_draws_its_text_from_the_locale_inside_the_screen(make_app, tmp_path, drawn_text, size):
    playlog.append(tmp_path, today_records())
    teacher = Teacher(make_app(size))
    teacher.open()
    teacher.do(*PIN_TAPS)
    for _ in teacher.screen.pages:
        drawn_text.clear()
        teacher.app.draw(force=True)
        assert not [text for text in drawn_text if text.startswith("teacher.")]
        space_w, space_h = teacher.app.viewport.size  # (1280x960 on 4:3: the screen uses the height)
        for button_id, (x, y, w, h) in teacher.screen.buttons.targets().items():
            assert 0 <= x and x + w <= space_w and 0 <= y and y + h <= space_h, button_id
        teacher.do("tap:下一页")


def test_an_empty_report_says_so(app):
    teacher = Teacher(app)
    teacher.open()
    teacher.do(*PIN_TAPS)
    assert teacher.screen.report.empty and teacher.screen.pages == ["overview"]
