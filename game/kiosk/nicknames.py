"""Friendly generated nicknames for the kiosk's board: never typed, never a real name.

The words come from the locale file (player-facing text lives in data). A
visitor may ask for another nickname a few times; after that the last one stays.
The nicknames offered, here and in the classroom's seat picker
(game.classroom.profiles), use each adjective and each animal once where the lists
are long enough: two 小松鼠 or two 机灵的 side by side look like a mistake, and a
new one that only changes its animal hardly looks new.
"""
from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

REROLLS = 3

Pair = tuple[int, int]  # (adjective, animal): indexes into the word lists


def pick(adjectives: int, animals: int, count: int, rng: random.Random, shown: Sequence[Pair] = (),
         taken: Collection[Pair] = ()) -> list[Pair]:
    """`count` different (adjective, animal) pairs of lists this long, none of them `taken`,
    chosen at random among those whose words have been used least: by the pairs already
    `shown` and by those picked before them. With ten words of each, four pairs share no word,
    and none shares one with four `shown`. Fewer than `count` when too many are taken."""
    free = [(a, b) for a in range(adjectives) for b in range(animals) if (a, b) not in taken]
    rng.shuffle(free)
    used_adjectives = Counter(a for a, _ in shown)
    used_animals = Counter(b for _, b in shown)

    def use(pair: Pair) -> tuple[int, int]:
        a, b = used_adjectives[pair[0]], used_animals[pair[1]]
        return max(a, b), a + b

    out: list[Pair] = []
    while free and len(out) < count:
        pair = min(free, key=use)  # (the first of equals in a shuffled list: a random one)
        free.remove(pair)
        out.append(pair)
        used_adjectives[pair[0]] += 1
        used_animals[pair[1]] += 1
    return out


@dataclass
class Nicknames:
    adjectives: tuple[str, ...]
    animals: tuple[str, ...]
    rng: random.Random = field(default_factory=random.Random)
    rerolls_left: int = REROLLS
    current: str = ""
    offered: list[Pair] = field(default_factory=list)  # this visitor's, in order; the last is `current`

    def __post_init__(self) -> None:
        if not self.adjectives or not self.animals:
            raise ValueError("nicknames need at least one adjective and one animal")
        self._offer()

    def reroll(self) -> str:
        """Another nickname, while rerolls are left; then the same one again."""
        if self.rerolls_left > 0:
            self.rerolls_left -= 1
            self._offer()
        return self.current

    def _offer(self) -> None:
        """A nickname with words not offered yet where the lists allow, never the current one
        again unless it is the only one."""
        pairs = pick(len(self.adjectives), len(self.animals), 1, self.rng, self.offered, self.offered[-1:])
        a, b = pairs[0] if pairs else self.offered[-1]
        self.offered.append((a, b))
        self.current = self.adjectives[a] + self.animals[b]
