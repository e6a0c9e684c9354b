"""A booth's day: runs start and end, idle runs are dropped, numbers and boards are kept.

The app holds one KioskMode in kiosk mode. It knows nothing of screens: the app
tells it about input and time, the screens ask it to start and finish runs, and
it hands out a fresh VisitorPlayer per run, so nothing of one visitor reaches
the next. Clocks are passed in (the date and the hour of the day).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from game.kiosk import idle
from game.kiosk.board import FILE_NAME as BOARD_FILE, Board, BoardEntry
from game.kiosk.config import KioskConfig
from game.kiosk.stats import FILE_NAME as STATS_FILE, OperatorStats
from game.kiosk.visitor import VisitorPlayer


@dataclass(frozen=True)
class RunResult:
    """What a finished run puts on the board (with the nickname the visitor takes)."""

    score: int
    clues: int
    genuine: int


class KioskMode:
    def __init__(self, config: KioskConfig, home: Path, today: Callable[[], date],
                 hour: Callable[[], int]) -> None:
        self.config = config
        self.today = today
        self.hour = hour
        self.stats = OperatorStats.load(Path(home) / STATS_FILE)
        self.board = Board.load(Path(home) / BOARD_FILE)
        self.timer = idle.IdleTimer(config.idle_seconds, config.countdown_seconds)
        # (as long as a quiet run lasts before it is dropped)
        self.away = idle.AwayTimer(config.idle_seconds + config.countdown_seconds)
        self.visitor = VisitorPlayer(self.stats, today)
        self.result: RunResult | None = None  # the finished run waiting for a nickname
        self.signed: BoardEntry | None = None  # the run this visitor put on the board (shown as theirs)
        self.problems: list[str] = []  # saves that failed, for the log

    @property
    def in_run(self) -> bool:
        return self.timer.state != idle.IDLE

    def start_run(self) -> VisitorPlayer:
        """A visitor tapped the attract screen: a fresh player and the idle clock."""
        self.visitor = VisitorPlayer(self.stats, self.today)
        self.result = None
        self.signed = None
        self.timer.start_run()
        self.stats.run_started(self.today().isoformat(), self.hour())
        self._save_stats()
        return self.visitor

    def finish_run(self, score: int) -> RunResult:
        """The visitor reached the end: the run counts as finished and may go on the board."""
        self.stats.run_finished(self.today().isoformat())
        self._save_stats()
        self.result = RunResult(score, self.visitor.clues_found, self.visitor.genuine_trusted)
        return self.result

    def sign(self, nickname: str) -> None:
        """Put the finished run on the board under its generated nickname."""
        if self.result is not None:
            r = self.result
            self.signed = BoardEntry(nickname, r.score, r.clues, r.genuine, self.today().isoformat())
            self._note(self.board.add(self.signed))
            self.result = None

    def drop_run(self, where: str | None = None) -> None:
        """Nobody is there any more (or the run ended): forget everything of the visitor. `where`:
        the question or step on screen as they left (else the last one they answered); a visitor
        who answered nothing left at the start."""
        if self.timer.state in (idle.PLAYING, idle.ASKING, idle.EXPIRED) and self.result is None:
            self.stats.run_dropped(self.today().isoformat(), (where or self.visitor.where) if self.visitor.answers
                                   else "")
            self._save_stats()
        self.timer.end_run()
        self.visitor = VisitorPlayer(self.stats, self.today)
        self.result = None
        self.signed = None

    def end_run(self) -> None:
        """The run ended as it should (board seen): back to the attract loop, nothing dropped."""
        self.timer.end_run()
        self.visitor = VisitorPlayer(self.stats, self.today)
        self.result = None
        self.signed = None

    def honeypot(self) -> None:
        self.stats.honeypot_tapped(self.today().isoformat())
        self._save_stats()

    def _save_stats(self) -> None:
        self._note(self.stats.save())

    def _note(self, problem: str | None) -> None:
        if problem:
            self.problems = (self.problems + [problem])[-20:]  # bounded: a booth runs for days
