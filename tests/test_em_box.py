"""Which characters are counted one em wide (game.engine.widths) is known before the game runs:
tools/build_fonts.py writes the few that draw past their em box to assets/fonts/em_box.txt.
The list shipped is the one the fonts give, it judges every character as asking the font
would, and a list that was not written for the fonts beside it is not used."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pygame
import pytest

from game.engine import widths
from game.engine.assets import FONT_FILES, Assets

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"


@pytest.fixture(scope="module", autouse=True)
def fonts():
    pygame.font.init()


def build_fonts():
    spec = importlib.util.spec_from_file_location("build_fonts", ROOT / "tools" / "build_fonts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Face:
    """One face of a weight, set to each size as asked (as Assets.font does)."""

    def __init__(self) -> None:
        self.faces = {bold: pygame.font.Font(str(ASSETS / "fonts" / name), 20) for bold, name in FONT_FILES.items()}

    def __call__(self, px: int, bold: bool = False) -> pygame.font.Font:
        self.faces[bold].point_size = max(6, int(px))
        return self.faces[bold]


def covered() -> str:
    lines = (ASSETS / "fonts" / "covered.txt").read_text(encoding="utf-8").splitlines()
    return "".join(line for line in lines if not line.startswith("#"))


def test_the_shipped_list_is_what_the_tool_finds_in_the_shipped_fonts():
    _, lines = build_fonts().em_box(ASSETS / "fonts")
    assert (ASSETS / "fonts" / "em_box.txt").read_text(encoding="utf-8") == "\n".join(lines) + "\n"


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_the_list_judges_every_character_of_the_fonts_as_the_font_does(bold):
    em_box = widths.read_em_box(ASSETS, FONT_FILES)
    assert em_box is not None
    text = covered() + "\u3000 abc—…·～￥"
    by_list, by_font = widths.Widths(Face(), em_box), widths.Widths(Face())
    assert [ch for ch in text if by_list.is_simple(ch, bold) != by_font.is_simple(ch, bold)] == []
    assert sum(by_list.is_simple(ch, bold) for ch in covered()) > 8000


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_a_character_the_fonts_lack_is_measured_as_the_font_draws_it(bold):
    face = Face()
    by_list = widths.Widths(face, widths.read_em_box(ASSETS, FONT_FILES))
    lacking = [ch for ch in map(chr, range(0x4E00, 0x4E00 + 500)) if ch not in covered()]
    assert len(lacking) > 100 and not any(by_list.is_simple(ch, bold) for ch in lacking)
    texts = ["".join(lacking[i:i + 3]) for i in range(0, 90, 3)] + [lacking[0] + "你好", "你" + lacking[1] + "好"]
    for px in (12, 21, 26, 33):
        assert [t for t in texts if by_list.width(t, px, bold) != face(px, bold).size(t)[0]] == [], px


def test_the_game_measures_with_the_shipped_list():
    assert widths.widths_of(Assets(ASSETS))._em_box == widths.read_em_box(ASSETS, FONT_FILES)


def copy_of_fonts(tmp_path: Path) -> Path:
    shutil.copytree(ASSETS / "fonts", tmp_path / "fonts")
    return tmp_path


def test_a_list_written_for_fonts_of_another_size_is_not_used(tmp_path):
    assets = copy_of_fonts(tmp_path)
    with open(assets / "fonts" / FONT_FILES[True], "ab") as font:
        font.write(b"\0\0\0\0")  # the bold file changed since the list was written
    assert widths.read_em_box(assets, FONT_FILES) is None


def test_without_the_list_or_the_list_of_covered_characters_the_font_is_asked(tmp_path):
    assets = copy_of_fonts(tmp_path)
    (assets / "fonts" / "em_box.txt").unlink()
    assert widths.read_em_box(assets, FONT_FILES) is None
    assets = copy_of_fonts(tmp_path / "other")
    (assets / "fonts" / "covered.txt").unlink()
    assert widths.read_em_box(assets, FONT_FILES) is None


def test_a_list_without_a_weight_is_not_used(tmp_path):
    assets = copy_of_fonts(tmp_path)
    path = assets / "fonts" / "em_box.txt"
    path.write_text("".join(line + "\n" for line in path.read_text(encoding="utf-8").splitlines()
                            if not line.startswith("bold ")), encoding="utf-8")
    assert widths.read_em_box(assets, FONT_FILES) is None
