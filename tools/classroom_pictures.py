"""Draw the classroom's pictures in docs/classroom/ again, through the real screens.

    python tools/classroom_pictures.py [--size 1920x1080] [--out docs/classroom] [--only NAME ...]

Each picture is taken by `python -m game drive` in a fresh data folder, as a student
or the teacher would reach it. The teacher's pictures show a made-up class: eight
seats that each played the default lesson (真还是假 set A, three stories, set B) through
the real screens with `python -m game autoplay`, guessing before the lesson and
mostly judging right after it. The plays are scripted, the screens are real.
Run it again after a change to a classroom screen, and look at the pictures.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # (drive_shot.py beside it, however this is loaded)
from drive_shot import drive_shot  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DAY = "2026-11-27"
TEACHER = ["tap:教师", "tap:1", "tap:2", "tap:3", "tap:4", "tap:确定"]
SEATS = 8
LESSON_LEVELS = ("prize-toy", "skin-police", "fake-teacher")


def seat_plays(seat: int) -> list[list[str]]:
    """The autoplay commands of one seat's lesson: how a class of eight might play it."""
    after = "safe" if seat <= 6 else "random"  # most of the class judges right after the lesson
    story = ("safe", "random", "tap-all", "risky")[seat % 4]
    plays = [["quick", "--set", "set-a", "--policy", "random"]]
    plays += [[level, "--policy", story] for level in LESSON_LEVELS]
    plays += [["quick", "--set", "set-b", "--policy", after]]
    return [play + ["--seed", str(seat)] for play in plays]


def made_up_class(home: Path) -> None:
    """Eight seats' plays of the default lesson in `home`, each in its seat's own folder."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    for seat in range(1, SEATS + 1):
        folder = home / "profiles" / f"seat-{seat}"
        for play in seat_plays(seat):
            done = subprocess.run([sys.executable, "-m", "game", "autoplay", *play, "--home", str(folder),
                                   "--today", DAY], cwd=ROOT, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"seat {seat}, {' '.join(play)}: {done.stderr.strip() or done.stdout.strip()}")


# What each picture is: its size (None: the --size given), whether the class has played,
# the options of `drive`, and the actions that reach it (the last action is its shot).
PICTURES: dict[str, tuple[str | None, bool, list[str], list[str]]] = {
    "seats": (None, False, [], ["tap:换座位", "tap:12", "tap:换座位"]),
    "seats-1280x1024": ("1280x1024", False, [], ["tap:换座位", "tap:12", "tap:换座位"]),
    "settings": (None, False, ["--motion"], ["tap:设置"]),  # (as a player has it: 减少动画 off)
    "pin": (None, False, [], ["tap:教师"]),
    "teacher-class": (None, True, [], TEACHER),
    "teacher-level": (None, True, [], TEACHER + ["tap:下一页"]),
    "level1-en-decision": (None, False, ["--lang", "en"], ["tap:Start", "tap:A free toy?", "tap:Continue"]),
    "level1-en-feedback": (None, False, ["--lang", "en"],
                           ["tap:Start", "tap:A free toy?", "tap:Continue", "tap:They all got one. I'll tap it too"]),
}


def take(name: str, out: Path, size: str, played_home: Path | None = None) -> None:
    """One picture, in a fresh data folder (a copy of `played_home` where the class has played)."""
    own_size, _, options, actions = PICTURES[name]
    with tempfile.TemporaryDirectory(prefix="classroom-pictures-") as scratch:
        home = Path(scratch) / "home"
        if played_home is not None:
            shutil.copytree(played_home, home)
        drive_shot(name, out / f"{name}.png", ["--size", own_size or size, "--home", str(home), "--today", DAY,
                                               *options], actions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "classroom")
    parser.add_argument("--only", nargs="+", choices=sorted(PICTURES), help="just these pictures")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    names = args.only or list(PICTURES)
    with tempfile.TemporaryDirectory(prefix="classroom-class-") as scratch:
        played_home = None
        if any(PICTURES[name][1] for name in names):
            played_home = Path(scratch)
            made_up_class(played_home)
        for name in names:
            take(name, args.out.resolve(), args.size, played_home if PICTURES[name][1] else None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
