"""What a play can let out: the kinds of personal information and money the leak meter shows.
(A module of its own so the screens that draw the meter need not load the whole level model.)"""
from __future__ import annotations

LEAK_KINDS: tuple[str, ...] = ("id_number", "address", "phone", "code", "photo", "school", "account",
                               "screen", "payment")
INFO_LEAKS: frozenset[str] = frozenset({"id_number", "address", "phone", "code", "photo", "school", "account",
                                        "screen"})
MONEY_LEAKS: frozenset[str] = frozenset({"payment"})
