"""Text that appears at a readable pace: a count of characters shown that grows with time."""
from __future__ import annotations


class Reveal:
    """Characters shown so far out of `total`, at `speed` a second; finish() shows all."""

    def __init__(self, total: int, speed: float, instant: bool = False) -> None:
        self.total = total
        self.speed = speed
        self.shown = float(total) if instant else 0.0

    @property
    def done(self) -> bool:
        return self.shown >= self.total

    def advance(self, dt: float) -> bool:
        """Move on by dt seconds; True if anything changed."""
        if self.done:
            return False
        self.shown = min(float(self.total), self.shown + dt * self.speed)
        return True

    def finish(self) -> bool:
        """Show everything at once; True if anything changed."""
        if self.done:
            return False
        self.shown = float(self.total)
        return True

    def value(self) -> float | None:
        """What the view draws: None once everything shows."""
        return None if self.done else self.shown
