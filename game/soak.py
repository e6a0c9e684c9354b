"""`python -m game soak --sessions N [--kiosk]`: many sessions back to back, through the real screens.

Each session starts where a person would (the title, or a booth's attract
loop), goes through the screens with a seeded random policy (choose, hunt, give
up half way, look at the notebook, walk away from a booth) and ends back home.
It prints one JSON object: sessions, errors, memory at the start and the end,
the deepest stack of screens seen, and whether every file the game wrote still
loads.
"""
from __future__ import annotations

import json
import os
import random
import sys
import traceback
from pathlib import Path
from typing import Any

from game.app import App, Settings
from game.autoplay import POLICIES, _act
from game.pilot import Pilot

MAX_ACTIONS = 300


def rss_mb() -> float | None:
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return None
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


class Soak:
    def __init__(self, app: App, seed: int) -> None:
        self.app = app
        self.pilot = Pilot(app)
        self.rng = random.Random(seed)
        self.deepest = 0

    def press(self, target: str) -> None:
        self.pilot.click(target)
        self.pilot.settle()
        self.deepest = max(self.deepest, len(self.app.stack))

    def ids(self) -> list[str]:
        return [b for b, _ in self.pilot.buttons()]

    def classroom_session(self) -> None:
        app, rng = self.app, self.rng
        app.routes.home()
        app.stack.apply()
        if rng.random() < 0.15 and "review" in self.ids() and app.notebook_count():
            self.press("review")
            self.play_until({"title"}, rng.choice(POLICIES))
            return
        self.press("start")
        while "next_page" in self.ids() and rng.random() < 0.3:
            self.press("next_page")
        self.press(rng.choice([b for b in self.ids() if b.startswith("level:")]))
        self.play_until({"results", "title", "level_select"}, rng.choice(POLICIES), give_up=0.1)
        if app.stack.top.name == "results":
            self.press(rng.choice([b for b in ("back", "again", "next") if b in self.ids()]))

    def kiosk_session(self) -> None:
        app, rng = self.app, self.rng
        self.press("start")
        if rng.random() < 0.5:  # walks away: the booth must drop the run by itself
            for _ in range(int(app.kiosk.config.idle_seconds + app.kiosk.config.countdown_seconds) + 2):
                app.frame(1.0, [])
            return
        self.play_until({"results", "attract"}, rng.choice(POLICIES))
        if app.stack.top.name == "results":
            self.press("finish")
            self.press(rng.choice(["sign", "skip", "reroll"]))
            if app.stack.top.name == "nickname":
                self.press("sign")
            self.press("done")

    def play_until(self, screens: set[str], policy: str, give_up: float = 0.0) -> None:
        for _ in range(MAX_ACTIONS):
            top = self.app.stack.top
            if top.name in screens:
                return
            if give_up and self.rng.random() < give_up / 10 and top.name == "comic":
                self.press("menu")
                self.press("home")
                return
            if top.name == "comic":
                _act(self.pilot, top, policy, self.rng)
                self.pilot.settle()
            else:
                ids = self.ids()
                pick = next((b for b in ("close", "results", "next", "continue", "finish") if b in ids), ids[0])
                self.press(pick)
            self.deepest = max(self.deepest, len(self.app.stack))
        raise RuntimeError(f"stuck on {self.app.stack.top.name} after {MAX_ACTIONS} actions")


def files_load(home: Path) -> bool:
    """Whether every file the game wrote in `home` reads back without a warning."""
    from game.kiosk.board import Board
    from game.kiosk.stats import OperatorStats
    from game.play import playlog
    from game.play.player import Player

    player = Player.open(home)
    _, warnings = playlog.read(home)
    Board.load(home / "kiosk-board.json")
    OperatorStats.load(home / "kiosk-stats.json")
    return not player.warnings and not warnings and not list(home.glob("*.broken-*"))


def run(sessions: int, kiosk: bool, home: Path, seed: int = 0) -> dict[str, Any]:
    from game.kiosk.config import KioskConfig

    app = App(Settings(home=home, reduced_motion=True, seed=seed, kiosk=KioskConfig(kiosk=True) if kiosk else None),
              headless=True)
    soak = Soak(app, seed)
    app.routes.home()
    app.stack.apply()
    errors: list[str] = []
    start = None
    for n in range(sessions):
        if n == min(20, sessions // 5):
            start = rss_mb()  # after warm-up: caches filled
        try:
            soak.kiosk_session() if kiosk else soak.classroom_session()
        except Exception as error:  # noqa: BLE001 - counted and reported, then the next session
            errors.append(f"session {n}: {type(error).__name__}: {error}")
            if len(errors) <= 3:
                traceback.print_exc(file=sys.stderr)
            app.routes.home()
            app.stack.apply()
    return {"sessions": sessions, "errors": len(errors), "first_errors": errors[:5], "rss_start_mb": start,
            "rss_end_mb": rss_mb(), "deepest_stack": soak.deepest, "files_load": files_load(home),
            "mode": "kiosk" if kiosk else "classroom"}


def main(sessions: int, kiosk: bool, home: Path, seed: int) -> int:
    result = run(sessions, kiosk, home, seed)
    print(json.dumps(result, ensure_ascii=False))
    return 1 if result["errors"] or not result["files_load"] else 0
