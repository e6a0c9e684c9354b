"""The game holds under abuse: random input on every screen, power cuts while saving, no personal data.

Seeded and sized to run in a minute or two on a small machine. The soak and the
benchmark (`python -m game soak`, `python -m game bench`) go further, outside the suite.
"""
from __future__ import annotations

import os
import random
import signal
import time
from datetime import date
from pathlib import Path

import pygame
import pytest

from game.engine.intents import intent_for
from game.pilot import Pilot

KEYS = [pygame.K_TAB, pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE, pygame.K_BACKSPACE, pygame.K_UP,
        pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT, pygame.K_F11, pygame.K_a, pygame.K_1, pygame.K_F4,
        pygame.K_KP_ENTER]
MODS = [0, 0, 0, pygame.KMOD_SHIFT, pygame.KMOD_CTRL, pygame.KMOD_ALT, pygame.KMOD_SHIFT | pygame.KMOD_CTRL]


def random_event(rng: random.Random, size: tuple[int, int]) -> pygame.event.Event:
    """One raw event a person (or a cat on the keyboard) could cause."""
    w, h = size
    roll = rng.random()
    if roll < 0.55:
        return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(rng.randrange(-20, w + 20), rng.randrange(-20, h + 20)),
                                  button=rng.choice([1, 1, 1, 2, 3, 4, 5]), touch=rng.random() < 0.2)
    if roll < 0.62:
        return pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(rng.randrange(w), rng.randrange(h)), button=1, touch=False)
    if roll < 0.66:
        return pygame.event.Event(pygame.FINGERDOWN, x=rng.random(), y=rng.random(), touch_id=1, finger_id=0,
                                  dx=0.0, dy=0.0, pressure=1.0)
    if roll < 0.95:
        return pygame.event.Event(pygame.KEYDOWN, key=rng.choice(KEYS), mod=rng.choice(MODS), unicode="", scancode=0)
    if roll < 0.97:
        return pygame.event.Event(pygame.WINDOWFOCUSLOST)
    if roll < 0.99:
        return pygame.event.Event(pygame.WINDOWRESIZED, x=w, y=h)
    return pygame.event.Event(pygame.QUIT)


def monkey(app, events: int, seed: int) -> dict:
    """Feed `events` random raw events through the intent layer, a few per frame."""
    rng = random.Random(seed)
    size = app.window.get_size()
    quits = 0
    seen: set[str] = set()
    sent = 0
    while sent < events:
        batch = [random_event(rng, size) for _ in range(rng.randint(1, 4))]
        sent += len(batch)
        top_before = app.stack.top
        intents = [i for i in (intent_for(e, app.viewport) for e in batch) if i]
        app.frame(rng.choice([0.0, 1 / 60, 0.05, 0.4, 2.0]), intents)
        if sent % 40 < 4:  # draw now and then: drawing must never fail either
            app.draw(force=True)
        if not app.running:
            # The only way out is a confirmation that was on screen and said yes.
            assert top_before is not None and top_before.name == "confirm", f"quit from {top_before.name}"
            quits += 1
            app.running = True
            app.routes.home()
            app.stack.apply()
        assert app.stack.top is not None, "an empty stack"
        seen.add(app.stack.top.name)
    return {"quits": quits, "screens": seen}


def rescue_to_home(app) -> None:
    """From anywhere, the way home a person would take: Esc, and 回到首页 on the menu."""
    pilot = Pilot(app)
    for _ in range(12):
        top = app.stack.top
        if top.name in ("title", "attract") and len(app.stack) == 1:
            return
        ids = [b for b, _ in pilot.buttons()]
        if top.name == "pause" and "home" in ids:
            pilot.click("home")
        elif top.name == "confirm":
            pilot.click("no")
        else:
            pilot.key(pygame.K_ESCAPE)
        pilot.settle()
    raise AssertionError(f"stuck on {[s.name for s in app.stack.scenes]}")


@pytest.mark.parametrize("part", range(5))
def test_fifty_thousand_random_inputs_in_the_classroom_never_crash_strand_or_quit_unasked(make_app, part):
    """Five runs of 10,000 (one test each, so the suite spreads them over the cores)."""
    app = make_app(size=(480, 270))
    app.routes.home()
    app.stack.apply()
    result = monkey(app, 10_000, seed=part)
    rescue_to_home(app)
    assert app.stack.top.name == "title" and len(app.stack) == 1
    assert len(result["screens"]) >= 3, result["screens"]  # it got around, not stuck on one screen


def test_ten_thousand_random_inputs_with_motion_on_never_crash_strand_or_quit_unasked(tmp_path, shared_assets):
    """With motion on, cards come in over a few frames (game.scenes.coming_in) and panels fade:
    random input meets them half in."""
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, size=(1024, 768), reduced_motion=False, seed=0), headless=True)
    app.assets = shared_assets
    app.routes.home()
    app.stack.apply()
    result = monkey(app, 10_000, seed=7)
    rescue_to_home(app)
    assert app.stack.top.name == "title" and len(app.stack) == 1
    assert {"comic", "feedback"} <= result["screens"], result["screens"]


def test_fifty_thousand_random_inputs_at_a_booth_never_crash_strand_or_quit(tmp_path, shared_assets):
    from game.app import App, Settings
    from game.kiosk.config import KioskConfig

    app = App(Settings(home=tmp_path, size=(480, 270), reduced_motion=True, kiosk=KioskConfig(kiosk=True)),
              headless=True)
    app.assets = shared_assets
    app.routes.home()
    app.stack.apply()
    for part in range(5):
        result = monkey(app, 10_000, seed=100 + part)
        assert result["quits"] == 0 or "operator" in result["screens"]
        for _ in range(80):  # nobody there: the booth finds its way home by itself
            app.frame(1.0, [])
        top = app.stack.top.name
        assert top in ("attract", "pin", "operator", "lure") or app.kiosk.mode.in_run is False, top


# -- power cuts ---------------------------------------------------------------------------------

def _writer(home: Path, seed: int) -> None:
    """A child that saves everything the game saves, as fast as it can, until it is killed."""
    from game.classroom import settings as saved
    from game.kiosk.board import Board, BoardEntry
    from game.kiosk.stats import OperatorStats
    from game.play.player import Player

    rng = random.Random(seed)
    player = Player.open(home, lambda: date(2026, 11, 26))
    board, stats = Board.load(home / "kiosk-board.json"), OperatorStats.load(home / "kiosk-stats.json")
    n = 0
    while True:
        n += 1
        player.record_decision("prize-toy", f"step-{n % 7}", "open", rng.choice(["safe", "risky"]))
        player.record_hunt("prize-toy", "spot", ("a",), ("b",) if n % 2 else ())
        player.record_finish("prize-toy", n % 60, 65, n % 4)
        board.add(BoardEntry("机智的小熊", n, 1, 1, "2026-11-26"))
        stats.answered("2026-11-26", f"k{n % 5}", bool(n % 2))
        stats.save()
        saved.save(saved.Preferences(volume=n % 101, sound=bool(n % 2)), home)


def _all_files_load(home: Path) -> list[str]:
    from game.kiosk.board import Board
    from game.kiosk.stats import OperatorStats
    from game.play import playlog
    from game.play.player import Player

    from game.classroom import settings as saved

    problems = list(Player.open(home).warnings)
    problems += saved.load(home)[1]
    problems += [w for w in playlog.read(home)[1] if "cut short" not in w]  # an append cut mid-line is skipped
    for name in ("kiosk-board.json", "kiosk-stats.json"):
        text = (home / name).read_text(encoding="utf-8") if (home / name).exists() else ""
        if text and not text.rstrip().endswith("}"):
            problems.append(f"{name} is half written")
    Board.load(home / "kiosk-board.json")
    OperatorStats.load(home / "kiosk-stats.json")
    problems += [p.name for p in home.glob("*.broken-*")]
    return problems


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kills a forked writer; POSIX only")
def test_two_hundred_power_cuts_while_saving_leave_every_file_whole(tmp_path):
    rng = random.Random(7)
    for cut in range(200):
        pid = os.fork()
        if pid == 0:  # the child writes until the power goes
            try:
                _writer(tmp_path, cut)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.002, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert _all_files_load(tmp_path) == [], f"after cut {cut}"


def test_temporary_files_left_by_a_power_cut_are_cleaned_up_at_the_next_start(tmp_path):
    from game.play.player import Player

    stray = tmp_path / ".notebook.json.abc123.tmp"
    stray.write_text("{", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stray, (old, old))
    Player.open(tmp_path)
    assert not stray.exists()


# -- privacy ---------------------------------------------------------------------------------------

LEVEL_FILES = sorted(p.stem for p in (Path(__file__).resolve().parents[1] / "levels").glob("[0-9][0-9]_*.yaml")
                     if p.suffixes == [".yaml"])


@pytest.mark.parametrize("level_file", LEVEL_FILES)
def test_no_file_the_game_writes_ever_holds_a_characters_personal_details(tmp_path, monkeypatch, shared_assets,
                                                                          level_file):
    """Play each level with every policy (a test per level, so the suite spreads them over the
    cores); the fictional ID, address, phone and code of the level never reach the data folder
    (notebook, progress, log, crash log, the level-verdict cache)."""
    from game.app import App, Settings
    from game.autoplay import POLICIES, play

    monkeypatch.delenv("XIAOLANG_CACHE", raising=False)  # the level-verdict cache in the data folder too

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=3), headless=True)
    app.assets = shared_assets  # pictures only: nothing the game writes depends on them
    level = next(r.level for r in app.level_results if Path(r.path).stem == level_file)
    # Every level's details are looked for (a level may show another's; some levels have none).
    secrets = {v for lv in app.levels for v in (lv.persona.id_number, lv.persona.address, lv.persona.phone,
                                                  lv.persona.code) if v and len(v) >= 4}
    for policy in POLICIES:
        play(app, level, policy, seed=5)
    assert secrets, "no persona details to look for"
    written = [f for f in tmp_path.rglob("*") if f.is_file()]
    assert written, "the game wrote nothing: the check would prove nothing"
    leaks = [(f.name, s) for f in written for s in secrets
             if s in f.read_bytes().decode("utf-8", "replace") or s.replace(" ", "") in f.read_bytes().decode(
                 "utf-8", "replace")]
    assert leaks == []
