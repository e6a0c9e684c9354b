"""Shared fixtures: a headless App in a temporary home, level 1, and a helper to run the game's commands.

SDL is told to use its dummy video and audio drivers before anything imports
pygame, so no test opens a real window or needs a sound card.
"""
from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

import tempfile  # noqa: E402

# One level-verdict cache for the whole run (and the game commands tests start): each test
# still has its own data folder, but the unchanged shipped levels are checked once, not at
# every App a test makes. Tests of the cache itself pass their own folder.
os.environ["XIAOLANG_CACHE"] = tempfile.mkdtemp(prefix="xiaolang-test-cache-")

import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from game.levels.catalog import Catalog  # noqa: E402
from game.levels.loader import load_level  # noqa: E402
from game.levels.model import Level  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
LEVELS_DIR = REPO / "levels"
LEVEL_1 = LEVELS_DIR / "01_prize_toy.yaml"


def load_shipped(path: Path) -> Level:
    """A shipped level, loaded with the real art catalog; fails loudly if it has problems."""
    result = load_level(path, Catalog.from_assets(REPO / "assets"))
    assert result.level is not None, "\n".join(str(p) for p in result.problems)
    return result.level


@pytest.fixture(scope="session")
def level1() -> Level:
    """Level 1 (the seed story). Frozen records, so one copy serves every test."""
    return load_shipped(LEVEL_1)


@pytest.fixture(scope="session")
def shared_assets():
    """One cache of fonts, rendered text and SVG art for every App of the run.

    It holds only what is drawn with (keyed by what and its pixel size), never game
    state, so sharing it keeps tests independent while sparing each one from
    rasterising the same art again.
    """
    from game.engine.assets import Assets

    return Assets(REPO / "assets")


@pytest.fixture(autouse=True)
def _shared_assets_undressed(request):
    """After a test that used the shared assets: the player's text size, palette and language it
    dressed them in are taken off again. (The next App lays out its first screens with them before
    its first draw dresses them: a golden screenshot after a larger-text test had a larger phone.)"""
    yield
    if "shared_assets" in request.fixturenames:
        assets = request.getfixturevalue("shared_assets")
        assets.text_scale, assets.colours, assets.lang = 1.0, None, "zh_CN"


@pytest.fixture
def make_app(tmp_path, shared_assets):
    """Build a headless App whose notebook and progress live in this test's tmp_path."""
    from game.app import App, Settings

    def make(size: tuple[int, int] = (1280, 720)) -> App:
        app = App(Settings(home=tmp_path, reduced_motion=True, size=size), headless=True)
        app.assets = shared_assets
        return app

    return make


@pytest.fixture
def app(make_app):
    """A headless 1280x720 App with reduced motion (cuts instead of fades and typing)."""
    return make_app()


@pytest.fixture
def pilot(app):
    from game.pilot import Pilot

    return Pilot(app)


@pytest.fixture
def drawn_text(monkeypatch) -> list[str]:
    """Every string drawn through Canvas.text while the test runs, in order."""
    from game.engine.canvas import Canvas

    drawn: list[str] = []
    original = Canvas.text

    def recording(self, text, *args, **kwargs):
        drawn.append(text)
        return original(self, text, *args, **kwargs)

    monkeypatch.setattr(Canvas, "text", recording)
    # A panel kept as a picture is not drawn again; here every frame draws it, so its words count.
    from game.ui import panel_layers
    from game.ui.panel import draw_panel

    def drawn_afresh(canvas, frame, inner_width, panel, persona, characters, typed, revealed, hidden, veil=None):
        return draw_panel(canvas.sub(frame, inner_width), panel, persona, characters, typed, revealed, hidden)

    monkeypatch.setattr(panel_layers, "draw_layered", drawn_afresh)
    return drawn


def part_for(level: Level, clue_id: str) -> str:
    """The id of the tappable part a clue sits on during a hunt (what a player taps)."""
    clue = level.clues[clue_id]
    return f"part:clue:{clue_id}" if clue.target == "rect" else f"part:{clue.target}"


def headless_env(home: Path) -> dict[str, str]:
    """The environment for running the game as a subprocess: dummy SDL, a private home."""
    env = dict(os.environ)
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", XIAOLANG_HOME=str(home),
               PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""))
    return env


def run_python(args: list[str], home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run `python ARGS...` from the repository root, headless, with XIAOLANG_HOME=home."""
    return subprocess.run([sys.executable, *args], cwd=REPO, env=headless_env(home), capture_output=True,
                          text=True, encoding="utf-8", timeout=timeout)


def apps_by_size(tmp_path_factory, assets, prefix: str, lang: str | None = None):
    """A function giving one headless App per window size, made when first asked for and kept
    (reduced motion, `assets` shared; `lang`: the language, else Chinese). The one window is
    made the asked-for App's again."""
    import pygame

    from game.app import App, Settings

    made: dict = {}

    def app_for(size):
        if size not in made:
            home = tmp_path_factory.mktemp(f"{prefix}-{size[0]}x{size[1]}")
            app = App(Settings(home=home, reduced_motion=True, size=size, seed=0, lang=lang), headless=True)
            app.assets = assets
            made[size] = app
        app = made[size]
        if pygame.display.get_surface().get_size() != size:
            app.window = app._open_window(size, False)
        return app

    return app_for
