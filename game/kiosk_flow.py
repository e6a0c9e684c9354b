"""Kiosk mode in the running game: locked in, a fresh visitor per run, idle runs dropped.

The rules live in game/kiosk (no pygame); this is the glue the app calls each
frame. It lets no intent leave the game (the window's close button, Alt+F4 and
F11 do nothing; only the operator's screen can quit), tells the idle clock about
every input, shows 还在吗？ when a run goes quiet and drops the run when nobody
answers, goes back to the attract loop from any other screen left alone as long (the
operator's too), and swaps the app's player for a new visitor at every run.
"""
from __future__ import annotations

from datetime import datetime

from game.engine import intents as it
from game.kiosk import idle
from game.kiosk.config import KioskConfig
from game.kiosk.mode import KioskMode

PRESSES = (it.TAP, it.ACTIVATE, it.BACK, it.FOCUS_NEXT, it.FOCUS_PREV, it.TYPE)
LOCKED = (it.QUIT, it.FULLSCREEN)


class KioskFlow:
    def __init__(self, app, config: KioskConfig) -> None:
        self.app = app
        self.mode = KioskMode(config, app.player_home, app.today, lambda: datetime.now().hour)

    @property
    def config(self) -> KioskConfig:
        return self.mode.config

    def filter(self, intents: list[it.Intent]) -> list[it.Intent]:
        """What of the input reaches the screens; every press tells the idle clock someone is there."""
        if any(i.kind in PRESSES for i in intents):
            self.mode.timer.touched()
            self.mode.away.touched()
        return [i for i in intents if i.kind not in LOCKED]

    def tick(self, dt: float) -> None:
        top = self.app.stack.top
        score = getattr(top, "run_score", None)
        if score is not None and self.mode.in_run and self.mode.result is None and self.mode.signed is None:
            self.mode.finish_run(score)  # the results show: the run is finished, whatever the visitor does next
        if not self.mode.in_run:  # the lure's lesson, the PIN pad, the operator: back home when left
            if top is None or top.name == "attract":
                self.mode.away.touched()
            elif self.mode.away.advance(dt):
                self.app.routes.go("home")
            return
        state = self.mode.timer.advance(dt)
        if state == idle.ASKING and (top is None or top.name != "countdown"):
            from game.scenes.countdown import CountdownScene

            self.app.stack.push(CountdownScene(self.app))
        elif state == idle.EXPIRED:
            self.drop_run()

    # -- runs -----------------------------------------------------------------------------

    def start_run(self) -> None:
        self.app.player = self.mode.start_run()
        run = self.config.run
        level = self.app.level_by_id(run) if run != "quick" else None
        if run == "quick" and "quick" in self.app.routes.available():
            self.app.routes.go("quick", limit=self.config.quick_items)
        else:
            self.app.routes.go("play", level=level or self.app.levels[0])

    def finish_run(self, score: int) -> None:
        """The visitor goes on from the results to the board."""
        if self.mode.result is None:  # (counted when the results showed; not twice)
            self.mode.finish_run(score)
        self.app.routes.go("nickname")

    def end_run(self) -> None:
        """The visitor is done (the board was seen): back to the attract loop."""
        self.mode.end_run()
        self.app.player = self.mode.visitor
        self.app.routes.go("home")

    def drop_run(self) -> None:
        """Nobody answered, or the visitor left: drop the run whole, noting where they left."""
        self.mode.drop_run(next((place for place in (getattr(s, "run_place", None)
                                                      for s in reversed(self.app.stack.scenes)) if place), None))
        self.app.player = self.mode.visitor
        self.app.routes.go("home")
