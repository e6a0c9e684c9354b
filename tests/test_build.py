"""The offline one-folder program (packaging/): what goes in, where it writes, and CI's build step.

Building takes about a minute, so it runs in CI's slow step (`.ci/run`: `python
packaging/build.py`), not here. These tests check what that build relies on; the last
one starts an already built program, when there is one in dist/.
"""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, headless_env

SPEC = REPO / "packaging" / "xiaolang.spec"
CI = REPO / ".ci" / "run"


def build_module():
    spec = importlib.util.spec_from_file_location("build", REPO / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = build_module()


def test_the_program_carries_the_fonts_art_levels_translations_lessons_and_locale():
    text = SPEC.read_text(encoding="utf-8")
    assert 'data_tree("assets")' in text and 'data_tree("levels")' in text


def test_every_screen_module_goes_in():
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("game")' in text


def test_the_word_list_and_its_licence_are_checked_for():
    assert {"assets/words/dict_zh.bin", "assets/words/LICENSE-jieba.txt"} <= set(build.REQUIRED)


@pytest.mark.parametrize("name", build.REQUIRED)
def test_what_the_build_checks_for_is_in_the_source_tree(name):
    assert (REPO / name).is_file()


def test_the_game_finds_its_data_beside_its_code_as_a_built_program_does():
    from game.app import ROOT
    from game.engine import words

    assert (ROOT / "assets" / "fonts").is_dir() and (ROOT / "levels").is_dir()
    assert words.RULES_FILE.is_relative_to(ROOT)


def test_a_build_without_a_required_file_is_refused(tmp_path):
    data = tmp_path / build.NAME / "_internal"
    for name in build.REQUIRED[1:]:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_bytes(b"")
    executable = build.executable(tmp_path)
    executable.write_bytes(b"")
    assert build.missing(tmp_path) == [build.REQUIRED[0]]


def test_the_games_files_go_to_the_users_data_folder_never_beside_the_program(monkeypatch):
    from game.app import App, Settings
    from game.play.storage import data_dir

    monkeypatch.delenv("XIAOLANG_HOME", raising=False)
    assert Settings().home is None
    assert data_dir({"APPDATA": r"C:\Users\s\AppData\Roaming"}, "win32") == \
        Path(r"C:\Users\s\AppData\Roaming") / "XiaolangGame"
    assert App.player_home.fget(type("Fake", (), {"settings": Settings()})()) == data_dir()


def test_ci_builds_with_the_pinned_pyinstaller_after_the_tests():
    text = CI.read_text(encoding="utf-8")
    assert build.PYINSTALLER in text
    assert text.index("python -m pytest") < text.index(build.PYINSTALLER) < text.index("packaging/build.py")


def test_the_pinned_pyinstaller_is_named_the_same_in_the_readme():
    assert build.PYINSTALLER in (REPO / "README.md").read_text(encoding="utf-8")


def test_a_built_program_starts_headless_for_three_frames(tmp_path):
    program = build.executable(REPO / "dist")
    if not program.is_file():
        pytest.skip("not built here: python packaging/build.py (CI builds it in .ci/run)")
    result = subprocess.run([str(program), "--frames", "3"], env=headless_env(tmp_path), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert os.listdir(tmp_path), "the program wrote nothing to its data folder"
    assert not re.search(r"Traceback", result.stderr)
