"""Profiles: a seat number or a generated nickname, never a name (no pygame).

In a computer room a PC is used by one child of each class. A child says who
they are on this PC by picking their seat number (1-60) or a generated
nickname (机智的小熊); nothing is typed, and no profile holds anything that
names the child. Each profile has its own folder under the data folder:

    <data folder>/profiles.json              the last profile picked on this PC
    <data folder>/settings.json              the PC's settings (game.classroom.settings)
    <data folder>/profiles/seat-12/          notebook.json, progress.json, playlog.jsonl,
                                             settings.json (this profile's own settings)
    <data folder>/profiles/nick-03-07/       a nickname: adjective 3 and animal 7 of the
                                             locale's word lists, so it reads in any language

so `game.play.player.Player` works unchanged on a profile's folder. Play before
any profile was picked (and every earlier version of the game) lives in the data
folder itself; `player_folders` lists them all for the teacher's report.
"""
from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from game.kiosk.nicknames import pick
from game.play.storage import Blocked, load_document, write_json

SEATS = range(1, 61)
FOLDER = "profiles"
FILE_NAME = "profiles.json"
FORMAT_VERSION = 1
PAYLOAD = "profiles"
_ID = re.compile(r"seat-([1-9][0-9]?)|nick-([0-9]{2})-([0-9]{2})")
PLAYER_FILES = ("notebook.json", "progress.json", "playlog.jsonl")


@dataclass(frozen=True)
class Profile:
    """One seat or nickname. `id` is also its folder's name."""

    id: str

    def __post_init__(self) -> None:
        match = _ID.fullmatch(self.id)
        if match is None or (match.group(1) and int(match.group(1)) not in SEATS):
            raise ValueError(f"not a profile id: {self.id!r} (seat-1 .. seat-60, or nick-AA-BB)")

    @classmethod
    def seat(cls, number: int) -> "Profile":
        return cls(f"seat-{int(number)}")

    @classmethod
    def nickname(cls, adjective: int, animal: int) -> "Profile":
        return cls(f"nick-{adjective:02d}-{animal:02d}")

    @property
    def seat_number(self) -> int | None:
        match = _ID.fullmatch(self.id)
        return int(match.group(1)) if match.group(1) else None

    @property
    def nickname_parts(self) -> tuple[int, int] | None:
        match = _ID.fullmatch(self.id)
        return (int(match.group(2)), int(match.group(3))) if match.group(2) else None

    def folder(self, home: Path) -> Path:
        return Path(home) / FOLDER / self.id

    def label(self, seat_text: str, nickname_text: str, adjectives: tuple[str, ...],
              animals: tuple[str, ...]) -> str:
        """How the profile is shown: `seat_text` ("{number} 号座位") or `nickname_text`
        ("{adjective}{animal}") filled in. A nickname whose words a locale lacks shows as its seatless
        id rather than failing."""
        if self.seat_number is not None:
            return seat_text.format(number=self.seat_number)
        a, b = self.nickname_parts
        if a < len(adjectives) and b < len(animals):
            return nickname_text.format(adjective=adjectives[a], animal=animals[b])
        return self.id


def parse(text: object) -> Profile | None:
    """The profile an id stands for, or None."""
    try:
        return Profile(text) if isinstance(text, str) else None
    except ValueError:
        return None


def fresh_nicknames(adjectives: tuple[str, ...], animals: tuple[str, ...], count: int,
                    rng: random.Random, taken: set[str] = frozenset(),
                    shown: Sequence[Profile] = ()) -> list[Profile]:
    """`count` different nickname profiles none of which is `taken`, each adjective and each
    animal in at most one of them where the lists allow, and none from the batch `shown` before
    (换一批 should look new): the kiosk's nickname maker's rule, on the same word lists."""
    taken_pairs = {p.nickname_parts for p in map(parse, taken) if p is not None and p.nickname_parts}
    before = [p.nickname_parts for p in shown if p.nickname_parts is not None]
    pairs = pick(len(adjectives), len(animals), count, rng, before, taken_pairs | set(before))
    return [Profile.nickname(a, b) for a, b in pairs]


class ProfileBook:
    """Which profiles this PC has, and which was picked last (kept in profiles.json)."""

    def __init__(self, home: Path) -> None:
        self.home = Path(home)
        self.warnings: list[str] = []
        self.last: Profile | None = None
        try:
            stored = load_document(self.home / FILE_NAME, FORMAT_VERSION, PAYLOAD, {})
        except Blocked as exc:
            self.warnings.append(str(exc))
            return
        if stored.warning:
            self.warnings.append(stored.warning)
        self.last = parse(stored.payload.get("last"))

    def known(self) -> list[Profile]:
        """The profiles with a folder on this PC: seats by number, then nicknames."""
        try:
            names = [p.name for p in (self.home / FOLDER).iterdir() if p.is_dir()]
        except OSError:
            names = []
        found = [p for p in map(parse, names) if p is not None]
        return sorted(found, key=lambda p: (p.seat_number is None, p.seat_number or 0, p.id))

    def pick(self, profile: Profile) -> None:
        """Remember `profile` as this PC's last one, and that it is used here (its folder: a nickname
        is offered again even before anything was played). Raises OSError when the disk refuses."""
        self.last = profile
        profile.folder(self.home).mkdir(parents=True, exist_ok=True)
        write_json(self.home / FILE_NAME, {"version": FORMAT_VERSION, PAYLOAD: {"last": profile.id}})


def player_folders(home: Path) -> list[Path]:
    """Every folder under `home` that holds a player's files: the data folder itself (plays
    before any profile was picked) and each profile's folder. For the teacher's report."""
    home = Path(home)
    folders = [home] if any((home / name).exists() for name in PLAYER_FILES) else []
    try:
        inside = sorted(p for p in (home / FOLDER).iterdir() if p.is_dir() and parse(p.name) is not None)
    except OSError:
        inside = []
    return folders + [p for p in inside if any((p / name).exists() for name in PLAYER_FILES)]
