"""validate opens the fonts on a thread while it reads the first level (FacesOpening): the faces
it gets measure exactly as faces opened on the spot, a font that cannot open fails where it is
wanted as before, and the text-fit verdicts do not change."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pygame
import pytest

import game.fitkey
from game.engine.assets import Assets, FacesOpening
from game.levels.library import Library
from game.levels.packs import LevelPack

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
SAMPLES = ["锡小朗", "https://www.yzbyr-game.cn/gift", "验证码 396104，5 分钟内有效", "Wi-Fi 19.9%", "ａｂｃ—…"]


def setup_module() -> None:
    pygame.font.init()


def widths(assets: Assets) -> list[tuple[int, int]]:
    return [assets.font(size, bold).size(text) for bold in (False, True) for size in (13, 21, 25, 44)
            for text in SAMPLES]


def test_faces_opened_on_a_thread_measure_as_faces_opened_on_the_spot():
    early = Assets(ASSETS, FacesOpening(ASSETS))
    assert widths(early) == widths(Assets(ASSETS))


def test_the_assets_take_the_opened_faces_and_no_thread_is_left_running():
    opening = FacesOpening(ASSETS)
    assets = Assets(ASSETS, opening)
    face = assets.font(21, bold=True)
    assert face is opening.faces[True] and assets.font(30) is opening.faces[False]
    assert not any(t.name == "open-faces" and t.is_alive() for t in threading.enumerate())


def test_a_font_that_cannot_be_opened_fails_where_it_is_wanted(tmp_path):
    (tmp_path / "fonts").mkdir()
    shutil.copy(ASSETS / "fonts" / "NotoSansSC-Regular.otf", tmp_path / "fonts")  # (no bold face)
    assets = Assets(tmp_path, FacesOpening(tmp_path))
    assert assets.font(20).size("字")[0] > 0
    with pytest.raises((OSError, pygame.error)):
        assets.font(20, bold=True)


def test_the_checker_that_expects_use_gives_the_same_verdicts(tmp_path):
    for level in ("01_prize_toy.yaml", "02_skin_police.yaml"):
        shutil.copy(ROOT / "levels" / level, tmp_path)
    first = tmp_path / "01_prize_toy.yaml"
    first.write_text(first.read_text(encoding="utf-8").replace("text: 链接通向游戏外的陌生网站。",
                                                                 "text: " + "链接通向游戏外的陌生网站。" * 9, 1),
                     encoding="utf-8")

    def problems(expect: bool) -> list:
        check = game.fitkey.fit_checker(ASSETS)
        if expect:
            check.expect_use()
        library = Library.open([LevelPack("", tmp_path)], ASSETS, extra_check=check)
        return [(p.file, p.line, p.where, p.message) for p in library.problems()]

    found = problems(expect=True)
    assert any("shorten it" in message for *_, message in found)
    assert found == problems(expect=False)
