"""The pictures the README shows exist, and the scripts of tools/kiosk_pictures.py and
tools/classroom_pictures.py reach the screens they are named after (driven as
`python -m game drive` drives them)."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from game.play import playlog
from tests.driver import Driver
from tests.test_kiosk import make_booth

REPO = Path(__file__).resolve().parent.parent


def _tool(name: str = "kiosk_pictures"):
    spec = importlib.util.spec_from_file_location(name, REPO / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("readme", ["README.md", "levels/README.md"])
def test_every_picture_a_readme_links_to_is_there(readme):
    path = REPO / readme
    linked = re.findall(r"\]\(([^)\s]+\.png)\)", path.read_text(encoding="utf-8"))
    assert linked, f"{readme} links no picture"
    assert [p for p in linked if not (path.parent / p).is_file()] == []


@pytest.mark.parametrize("name", ["attract", "lure", "countdown", "nickname", "board", "operator"])
def test_each_kiosk_picture_script_ends_on_its_screen(name, tmp_path, shared_assets):
    tool = _tool()
    if name == "operator":
        tool.made_up_day(tmp_path)
    booth = make_booth(tmp_path, shared_assets)  # (the default run: the quick round, as the pictures)
    booth.act(*tool.PICTURES[name])
    assert booth.stack[-1] == name


def test_the_operator_picture_shows_a_whole_made_up_day(tmp_path, shared_assets):
    tool = _tool()
    tool.made_up_day(tmp_path)
    booth = make_booth(tmp_path, shared_assets)
    booth.act(*tool.OPERATOR)
    day = booth.app.kiosk.mode.stats.days[tool.DAY]
    assert (day.runs, day.finished, day.honeypot) == (78, 61, 23)
    assert booth.stack[-1] == "operator"


def _classroom(tmp_path, shared_assets, name):
    """The classroom as its picture `name` is taken: its size, language and (for the teacher's
    pictures) a day of plays, then the picture's actions."""
    from datetime import date

    from game.app import App, Settings

    tool = _tool("classroom_pictures")
    size, played, options, actions = tool.PICTURES[name]
    day = date.fromisoformat(tool.DAY)
    if played:  # a few of a class's records (the tool's class plays through autoplay, which is slow)
        records = [{"date": tool.DAY, "review": False, "kind": "decision", "level": "prize-toy",
                    "step": "decide_link", "option": "open", "verdict": "risky"}]
        records += [{"date": tool.DAY, "review": False, "kind": "quick", "set": set_id, "item": "i1",
                     "answer": "fake", "verdict": "safe"} for set_id in ("set-a", "set-b")]
        playlog.append(tmp_path / "profiles" / "seat-3", records)
    width, height = map(int, (size or "1920x1080").split("x"))
    lang = options[options.index("--lang") + 1] if "--lang" in options else None
    app = App(Settings(home=tmp_path, reduced_motion="--motion" not in options, size=(width, height), today=day,
                       lang=lang, seed=0), headless=True)
    app.assets = shared_assets
    return Driver(app).act(*actions)


@pytest.mark.parametrize("name, stack, top_has", [
    ("seats", ["title", "profiles"], None),
    ("seats-1280x1024", ["title", "profiles"], None),
    ("settings", ["title", "settings"], None),
    ("pin", ["title", "teacher", "pin"], None),
    ("teacher-class", ["title", "teacher"], "overview"),
    ("teacher-level", ["title", "teacher"], "prize-toy"),
    ("level1-en-decision", ["title", "level_select", "comic"], "decide_link"),
    ("level1-en-feedback", ["title", "level_select", "comic", "feedback"], None),
])
def test_each_classroom_picture_script_ends_on_its_screen(name, stack, top_has, tmp_path, shared_assets):
    room = _classroom(tmp_path, shared_assets, name)
    assert room.stack == stack
    if name.startswith("teacher"):
        assert room.screen.pages[room.screen.index] == top_has
    elif top_has:
        assert room.screen.session.step.id == top_has


def test_the_seat_picture_marks_the_seat_picked_last(tmp_path, shared_assets):
    room = _classroom(tmp_path, shared_assets, "seats")
    assert room.app.profiles.last.seat_number == 12
    assert room.screen.buttons.label_of(room.focus()) == "12"


def test_a_seat_of_the_made_up_class_plays_the_default_lesson():
    from game.classroom.lesson import read_lesson

    tool = _tool("classroom_pictures")
    lesson = read_lesson(REPO / "levels" / "lessons" / "default.yaml").lesson
    plays = tool.seat_plays(1)
    assert [p[p.index("--set") + 1] for p in plays if p[0] == "quick"] == [lesson.before, lesson.after]
    assert tuple(p[0] for p in plays if p[0] != "quick") == tuple(lesson.levels) == tool.LESSON_LEVELS


def test_the_settings_picture_shows_the_settings_a_player_starts_with(tmp_path, shared_assets):
    """drive plays with reduced motion (its shots wait for no animation), and 设置 shows what is in
    effect: the picture showed 减少动画 开 where a player's game has it off."""
    room = _classroom(tmp_path, shared_assets, "settings")
    assert room.app.in_effect("reduced_motion") is False


def test_drive_can_play_with_motion(tmp_path):
    from tests.conftest import run_python

    done = run_python(["-m", "game", "drive", "--motion", "tap:设置", "idle:0.5"], tmp_path)
    assert done.returncode == 0 and '"screen": "settings"' in done.stdout, done.stderr


def test_each_readme_picture_of_level_1_is_a_screen_the_screenshot_command_draws(app):
    from game.screenshot import level_screens, menu_screens

    tool = _tool("readme_pictures")
    drawn = {f"{name}.png" for name in level_screens(app, app.levels[0])}
    drawn |= {f"{name}.png" for name in menu_screens(app)}
    assert {shot for _, _, shot in tool.PICTURES} <= drawn
    linked = re.findall(r"\]\((docs/[^)\s]+\.png)\)", (REPO / "README.md").read_text(encoding="utf-8"))
    assert {f"docs/{name}" for name, _, _ in tool.PICTURES if "level-select" not in name} <= set(linked)
    assert "docs/screens/level-select-*.png" in (REPO / "README.md").read_text(encoding="utf-8")  # (named there)
