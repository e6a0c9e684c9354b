"""The idle rules of a booth: no input for a while in a run asks 还在吗？, then drops the run;
no input for as long on any other screen but the attract loop goes back to it.

Time is passed in. The run's clock runs only while a visitor is playing: it stops in
the attract loop and while the countdown shows (the countdown keeps its own
time), so a booth that nobody touches never piles up anything.
"""
from __future__ import annotations

from dataclasses import dataclass

PLAYING = "playing"
ASKING = "asking"  # the 还在吗？ countdown shows
EXPIRED = "expired"  # the run is to be dropped
IDLE = "idle"  # no run: the attract loop
EPSILON = 1e-6  # time comes in small float steps: 100 steps of 0.1 s are 10 s


@dataclass
class IdleTimer:
    limit: float = 45.0
    countdown: float = 10.0
    state: str = IDLE
    quiet: float = 0.0  # seconds without input while playing
    left: float = 0.0  # seconds left in the countdown

    def start_run(self) -> None:
        self.state, self.quiet, self.left = PLAYING, 0.0, 0.0

    def end_run(self) -> None:
        self.state, self.quiet, self.left = IDLE, 0.0, 0.0

    def touched(self) -> None:
        """Any input: the visitor is there."""
        if self.state in (PLAYING, ASKING):
            self.state, self.quiet, self.left = PLAYING, 0.0, 0.0

    def advance(self, dt: float) -> str:
        """Let `dt` seconds pass; returns the state after them."""
        if self.state == PLAYING:
            self.quiet += dt
            if self.quiet >= self.limit - EPSILON:
                self.state, self.left = ASKING, self.countdown
        elif self.state == ASKING:
            self.left = max(0.0, self.left - dt)
            if self.left <= EPSILON:
                self.state = EXPIRED
        return self.state


@dataclass
class AwayTimer:
    """Outside a run (the lure's lesson, the PIN pad, the operator's screen and its 退出 question):
    nobody touching it for `limit` seconds means nobody is there, and the booth goes back to its
    attract loop, so the next visitor never finds the operator's screen left open."""

    limit: float = 55.0
    quiet: float = 0.0

    def touched(self) -> None:
        self.quiet = 0.0

    def advance(self, dt: float) -> bool:
        """Let `dt` quiet seconds pass; True (once) when the limit is reached."""
        self.quiet += dt
        if self.quiet >= self.limit - EPSILON:
            self.quiet = 0.0
            return True
        return False
