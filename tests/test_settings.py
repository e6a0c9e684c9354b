"""Settings that persist: sound and volume, text size, high contrast, reduced motion, text
speed, fullscreen and language — per PC in settings.json, per profile where a child's own
reading needs matter, reachable from the title and the pause menu, in effect at once."""
from __future__ import annotations

import json

import pytest

from conftest import run_python
from game.classroom import settings as saved
from game.classroom.profiles import Profile
from game.classroom.settings import PER_PC, PER_PROFILE, Preferences
from tests.driver import Driver as BaseDriver
from game.engine import palette as pal


class Driver(BaseDriver):
    def do(self, *actions: str) -> Driver:
        return self.act(*actions)


@pytest.fixture
def drive(app) -> Driver:
    return Driver(app)


# -- the file ----------------------------------------------------------------------------------

def test_no_file_gives_the_defaults(tmp_path):
    assert saved.load(tmp_path) == (Preferences(), [])


def test_every_setting_is_kept_either_per_pc_or_per_profile():
    assert sorted(PER_PC + PER_PROFILE) == sorted(Preferences.__dataclass_fields__)


def test_saved_settings_come_back(tmp_path):
    prefs = Preferences(sound=False, volume=40, text_size="larger", high_contrast=True, reduced_motion=True,
                        text_speed="slow", fullscreen=True, language="en")
    saved.save(prefs, tmp_path)
    assert saved.load(tmp_path) == (prefs, [])


def test_with_a_profile_its_reading_settings_go_to_its_own_file(tmp_path):
    seat = Profile.seat(7).folder(tmp_path)
    saved.save(Preferences(volume=20, text_size="large"), tmp_path, seat)
    pc = json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["settings"]
    own = json.loads((seat / "settings.json").read_text(encoding="utf-8"))["settings"]
    assert (pc["volume"], "text_size" in pc, own) == (20, False, {"text_size": "large", "high_contrast": False,
                                                                   "reduced_motion": False, "text_speed": "normal"})


def test_another_seat_keeps_the_pcs_volume_but_not_the_first_seats_text_size(tmp_path):
    saved.save(Preferences(volume=20, text_size="larger"), tmp_path, Profile.seat(7).folder(tmp_path))
    prefs, _ = saved.load(tmp_path, Profile.seat(8).folder(tmp_path))
    assert (prefs.volume, prefs.text_size) == (20, "normal")


def test_the_pcs_reading_settings_are_the_default_for_a_new_seat(tmp_path):
    saved.save(Preferences(high_contrast=True), tmp_path)  # set by the teacher before any seat was picked
    prefs, _ = saved.load(tmp_path, Profile.seat(30).folder(tmp_path))
    assert prefs.high_contrast


def test_a_wrong_value_is_reported_and_its_default_used(tmp_path):
    (tmp_path / "settings.json").write_text('{"version": 1, "settings": {"volume": 300, "text_size": "huge", '
                                            '"sound": "yes", "colour": 1}}', encoding="utf-8")
    prefs, problems = saved.load(tmp_path)
    assert prefs == Preferences() and len(problems) == 4 and "volume" in problems[1] + problems[0]


def test_a_broken_file_is_moved_aside_and_the_defaults_used(tmp_path):
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    prefs, problems = saved.load(tmp_path)
    assert prefs == Preferences() and (tmp_path / "settings.json.broken-1").exists() and problems


def test_a_setting_refuses_a_value_it_cannot_take():
    with pytest.raises(ValueError):
        Preferences().changed("text_speed", "warp")


# -- across two processes ------------------------------------------------------------------------

PRINT_SETTINGS = ("from pathlib import Path; import json, os; from game.app import App, Settings; "
                  "app = App(Settings(home=Path(os.environ['XIAOLANG_HOME'])), headless=True); "
                  "print(json.dumps({'prefs': vars(app.prefs), 'lang': app.lang, 'scale': app.assets.text_scale, "
                  "'contrast': app.assets.colours is not None, 'volume': app.sounds.volume, "
                  "'motion': app.settings.reduced_motion, 'title': app.locale('title.start')}))")


def test_settings_chosen_on_screen_are_there_when_the_game_starts_again(tmp_path):
    first = run_python(["-m", "game", "drive", "--home", str(tmp_path), "tap:设置", "tap:特大", "tap:40%",
                        "tap:English"], tmp_path)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.splitlines()[-1])["buttons"][-1] == "Back"  # English at once
    second = run_python(["-c", PRINT_SETTINGS], tmp_path)
    assert second.returncode == 0, second.stderr
    state = json.loads(second.stdout.splitlines()[-1])
    assert (state["prefs"]["text_size"], state["prefs"]["volume"], state["lang"], state["scale"], state["volume"],
            state["title"]) == ("larger", 40, "en", saved.TEXT_SIZES["larger"], 0.4, "Start")


# -- the screen -------------------------------------------------------------------------------------

def test_settings_open_from_the_title_and_go_back_to_it(drive):
    drive.do("tap:设置")
    assert drive.stack == ["title", "settings"]
    drive.do("tap:返回")
    assert drive.stack == ["title"]


def test_settings_open_from_the_pause_menu_and_come_back_to_it(drive, level1):
    drive.do("tap:开始闯关", f"tap:{level1.title}", "tap:菜单", "tap:设置")
    assert drive.stack[-2:] == ["pause", "settings"]
    drive.do("tap:返回")
    assert drive.stack == ["title", "level_select", "comic", "pause"]


def test_over_a_level_the_language_cannot_change(drive, level1):
    drive.do("tap:开始闯关", f"tap:{level1.title}", "tap:菜单", "tap:设置")
    assert "English" not in [label for _, label in drive.pilot.buttons()]


def test_sound_off_silences_every_effect_at_once(drive):
    drive.do("tap:设置", "tap:关")
    assert (drive.app.sounds.volume, drive.app.prefs.sound) == (0.0, False)


def test_reduced_motion_chosen_on_screen_reaches_the_scenes(make_app):
    app = make_app()
    app._motion_forced = False  # as if started without --reduced-motion
    app.apply_preferences(app.prefs.changed("reduced_motion", True))
    assert app.settings.reduced_motion


def test_text_speed_reaches_the_scenes(app):
    app.apply_preferences(app.prefs.changed("text_speed", "instant"))
    assert app.settings.text_speed == 0.0


def test_fullscreen_chosen_on_screen_is_kept_for_next_time(app, tmp_path):
    app.apply_preferences(app.prefs.changed("fullscreen", True))
    assert app.settings.fullscreen and saved.load(tmp_path)[0].fullscreen


def test_the_settings_of_a_seat_follow_it(app, tmp_path):
    app.use_profile(Profile.seat(3))
    app.apply_preferences(app.prefs.changed("text_size", "large"))
    app.use_profile(Profile.seat(4))
    assert app.prefs.text_size == "normal"
    app.use_profile(Profile.seat(3))
    assert app.prefs.text_size == "large"


def test_a_settings_file_that_cannot_be_written_is_said_on_the_screen(app, tmp_path, monkeypatch):
    def refuse(*_):
        raise PermissionError("read-only")

    monkeypatch.setattr(saved, "write_json", refuse)
    app.apply_preferences(app.prefs.changed("volume", 20))
    assert app.settings_problem and app.sounds.volume == 0.2  # not saved, but in effect


# -- what they do to the drawing -----------------------------------------------------------------

def test_high_contrast_draws_the_named_colours_darker(app):
    from game.engine.dry import DryCanvas

    app.apply_preferences(app.prefs.changed("high_contrast", True))
    app.draw(force=True)
    canvas = DryCanvas(app.assets)
    assert canvas.ink(pal.INK_SOFT) == pal.HIGH_CONTRAST[pal.INK_SOFT] and canvas.ink((1, 2, 3)) == (1, 2, 3)


def test_high_contrast_keeps_a_colours_transparency(app):
    from game.engine.dry import DryCanvas

    app.apply_preferences(app.prefs.changed("high_contrast", True))
    app.draw(force=True)
    assert DryCanvas(app.assets).ink((*pal.LETTERBOX, 150)) == (0, 0, 0, 150)


def test_a_larger_text_size_draws_a_short_label_larger(app):
    from game.engine.dry import DryCanvas

    app.apply_preferences(app.prefs.changed("text_size", "larger"))
    app.draw(force=True)
    assert DryCanvas(app.assets).layout("继续", 200, 26, bold=True, max_lines=2).size > 26


@pytest.mark.parametrize("size", list(saved.TEXT_SIZES))
def test_at_every_text_size_text_keeps_to_the_space_of_the_standard_size(app, size):
    from game.engine.dry import DryCanvas

    app.apply_preferences(app.prefs.changed("text_size", size))
    app.draw(force=True)
    canvas = DryCanvas(app.assets)
    text = "群里的链接说能免费领变异人玩具，点不点？先停一停，去游戏里核实。"
    for lines in (1, 2, 3):
        block = canvas.layout(text, 300, 24, max_lines=lines)
        assert block.width <= 300 and block.height <= 24 * 1.25 * lines - 24 * 0.25 + 0.5


@pytest.mark.parametrize("size", ["large", "larger"])
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_menus_settings_picker_and_level_1_lay_out_cleanly_at_a_larger_text_size(tmp_path, size, lang):
    screenshot = pytest.importorskip("game.screenshot")
    if not hasattr(screenshot, "record_layout"):
        pytest.skip("the layout recorder is not here")
    from game.app import App, Settings
    from game.fitcheck import _LayoutOnly
    from test_english import FITTING, REPO, english_screens

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, lang=lang), headless=True)
    app.assets = _LayoutOnly(REPO / "assets")
    app.apply_preferences(app.prefs.changed("text_size", size), save=False)
    problems = []
    for name in english_screens(app):
        problems += [f"{name}: {p}" for p in screenshot.record_layout(app).problems() if p.startswith(FITTING)]
    assert not problems, "\n".join(problems)
