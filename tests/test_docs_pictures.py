"""The pictures the README shows exist, and tools/kiosk_pictures.py's scripts reach the screens
they are named after (driven as `python -m game drive --kiosk` drives them)."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from tests.test_kiosk import make_booth

REPO = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("kiosk_pictures", REPO / "tools" / "kiosk_pictures.py")
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
