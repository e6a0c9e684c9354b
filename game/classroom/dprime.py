"""Signal detection for the 真还是假 check: hits, false alarms and the sensitivity d′.

A fake item is the "signal": calling it 假 is a hit, calling it 真 a miss. A
genuine item is "noise": calling it 假 is a false alarm (too suspicious),
calling it 真 a correct rejection. A class that learns to refuse everything
raises its hits *and* its false alarms; d′ rises only when hits rise more than
false alarms, i.e. when the class tells fake from genuine better:

    d′ = z(H) − z(F)      z = the inverse of the standard normal distribution
    c  = −(z(H) + z(F)) / 2   the criterion: below 0, the class says 假 readily

z(0) and z(1) are infinite, and a rate of 0 or 1 is common with ten items and
a well-taught class. We use the log-linear rule (Hautus 1995): add 0.5 to the
hits and to the false alarms and 1 to the number of fake and of genuine answers
before taking the rates,

    H = (hits + 0.5) / (fakes + 1)      F = (false alarms + 0.5) / (genuines + 1)

It is applied to every rate, not only to 0 and 1, so it biases all d′ alike
(slightly towards 0) and a before/after change stays fair. The plain rates
(hits / fakes) are reported beside it for people to read. With no fake or no
genuine answer at all there is no d′ (None).
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

_Z = NormalDist().inv_cdf


@dataclass(frozen=True)
class Detection:
    """Counts of one group of 真还是假 answers (e.g. a class's "before" round). Adds up."""

    hits: int = 0  # fakes called 假
    misses: int = 0  # fakes called 真
    false_alarms: int = 0  # genuine items called 假
    correct_rejections: int = 0  # genuine items called 真

    def __add__(self, other: "Detection") -> "Detection":
        return Detection(self.hits + other.hits, self.misses + other.misses,
                         self.false_alarms + other.false_alarms, self.correct_rejections + other.correct_rejections)

    @property
    def fakes(self) -> int:
        return self.hits + self.misses

    @property
    def genuines(self) -> int:
        return self.false_alarms + self.correct_rejections

    @property
    def answered(self) -> int:
        return self.fakes + self.genuines

    @property
    def right(self) -> int:
        return self.hits + self.correct_rejections

    @property
    def hit_rate(self) -> float | None:
        """Plain share of fakes called 假 (None without fakes)."""
        return self.hits / self.fakes if self.fakes else None

    @property
    def false_alarm_rate(self) -> float | None:
        """Plain share of genuine items called 假 (None without genuine ones)."""
        return self.false_alarms / self.genuines if self.genuines else None

    @property
    def corrected_rates(self) -> tuple[float, float] | None:
        """(H, F) by the log-linear rule, or None when fakes or genuine items are missing."""
        if not self.fakes or not self.genuines:
            return None
        return loglinear(self.hits, self.fakes), loglinear(self.false_alarms, self.genuines)

    @property
    def d_prime(self) -> float | None:
        rates = self.corrected_rates
        return None if rates is None else _Z(rates[0]) - _Z(rates[1])

    @property
    def criterion(self) -> float | None:
        rates = self.corrected_rates
        return None if rates is None else -(_Z(rates[0]) + _Z(rates[1])) / 2


def loglinear(count: int, total: int) -> float:
    """A rate by the log-linear rule: (count + 0.5) / (total + 1), never 0 or 1."""
    if total < 0 or not 0 <= count <= total:
        raise ValueError(f"a count of {count} out of {total} is not a rate")
    return (count + 0.5) / (total + 1)


def change(before: float | None, after: float | None) -> float | None:
    """after − before, or None when either is missing."""
    return None if before is None or after is None else after - before
