"""Friendly generated nicknames for the kiosk's board: never typed, never a real name.

The words come from the locale file (player-facing text lives in data). A
visitor may ask for another nickname a few times; after that the last one stays.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

REROLLS = 3


@dataclass
class Nicknames:
    adjectives: tuple[str, ...]
    animals: tuple[str, ...]
    rng: random.Random = field(default_factory=random.Random)
    rerolls_left: int = REROLLS
    current: str = ""

    def __post_init__(self) -> None:
        if not self.adjectives or not self.animals:
            raise ValueError("nicknames need at least one adjective and one animal")
        self.current = self._make()

    def reroll(self) -> str:
        """Another nickname, while rerolls are left; then the same one again."""
        if self.rerolls_left > 0:
            self.rerolls_left -= 1
            previous = self.current
            for _ in range(8):  # a different one, when the word lists allow it
                self.current = self._make()
                if self.current != previous:
                    break
        return self.current

    def _make(self) -> str:
        return self.rng.choice(self.adjectives) + self.rng.choice(self.animals)
