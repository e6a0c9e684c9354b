"""The settings screen shows what is in effect and changes it: 全屏 and 减少动画 turned on by the
command line (--fullscreen, --reduced-motion) or by F11 can be turned off there, for this run."""
from __future__ import annotations

import pytest

from game.app import App, Settings
from tests.driver import Driver


@pytest.fixture
def started_with(tmp_path, shared_assets):
    """A headless game started as with these command-line flags (fullscreen=, reduced_motion=)."""
    def start(**flags) -> Driver:
        app = App(Settings(home=tmp_path, **flags), headless=True)
        app.assets = shared_assets
        return Driver(app)

    return start


def shown_on(drive: Driver, key: str):
    """The choice of a row the settings screen marks as chosen."""
    marked = [b.id for b in drive.screen.buttons.buttons if b.id.startswith(f"{key}:") and b.style == "primary"]
    assert len(marked) == 1, marked
    return marked[0].split(":", 1)[1]


@pytest.mark.parametrize("flag", ["fullscreen", "reduced_motion"])
def test_started_with_a_flag_the_settings_show_it_on(started_with, flag):
    drive = started_with(**{flag: True})
    drive.act("tap:设置")
    assert shown_on(drive, flag) == "True"


@pytest.mark.parametrize("flag", ["fullscreen", "reduced_motion"])
def test_started_with_a_flag_tapping_it_off_turns_it_off(started_with, flag):
    drive = started_with(**{flag: True})
    drive.act("tap:设置")
    drive.pilot.click(f"{flag}:False")
    drive.pilot.settle()
    assert not getattr(drive.app.settings, flag) and shown_on(drive, flag) == "False"


def test_reduced_motion_turned_off_over_the_flag_can_be_turned_on_again(started_with):
    drive = started_with(reduced_motion=True)
    drive.act("tap:设置")
    drive.pilot.click("reduced_motion:False")
    drive.pilot.settle()
    drive.pilot.click("reduced_motion:True")
    drive.pilot.settle()
    assert drive.app.settings.reduced_motion and drive.app.prefs.reduced_motion


def test_the_fullscreen_row_follows_f11_pressed_on_the_settings_screen(started_with):
    drive = started_with(size=(1024, 768))  # (the dummy display's fullscreen size: the layout stays)
    drive.act("tap:设置", "key:f11")
    assert drive.app.settings.fullscreen and shown_on(drive, "fullscreen") == "True"


def test_changing_the_volume_leaves_a_window_made_fullscreen_with_f11_fullscreen(started_with):
    drive = started_with()
    drive.act("key:f11", "tap:设置", "tap:40%")
    assert drive.app.settings.fullscreen and drive.app.prefs.volume == 40
