"""Draw the booth's pictures in docs/kiosk/ again, through the real screens.

    python tools/kiosk_pictures.py [--size 1920x1080] [--out docs/kiosk]

Each picture is taken by `python -m game drive --kiosk` in a fresh data folder, as a
visitor or the operator would reach it. The operator's picture shows a made-up day at
a booth (visitors from 09:00 to 16:00, some leaving mid-way, some answers wrong), written
into that folder's kiosk-stats.json through the booth's own counting code before the
operator opens it; the day's numbers are invented, the screen is the real one.
Run it again after a change to a booth screen, and look at the pictures.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # (drive_shot.py beside it, however this is loaded)
from drive_shot import drive_shot  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DAY = "2026-11-27"
OPERATOR = ["tap:corner"] * 5 + ["tap:2", "tap:5", "tap:8", "tap:0", "tap:确定"]



def visitor(answers: str, board: bool = True) -> list[str]:
    """A visitor's run of the quick round: 真 or 假 for each item (T or F), then the board."""
    taps = ["tap:点击屏幕开始挑战"]
    for answer in answers:
        taps += ["tap:真" if answer == "T" else "tap:假", "tap:知道了"]
    return taps + ["tap:下一步"] + (["tap:上榜"] if board else [])


# Four visitors before the last one's board is shown.
BOARD = [tap for answers in ("FFFFFFFF", "FTFFTFFF", "TTFTFFTF", "FFTFFFFT") for tap in visitor(answers) + ["tap:完成"]]

# What each picture is, as the actions that reach it (the last action is its shot).
PICTURES = {
    "attract": ["idle:1.5"],
    "lure": ["tap:扫码领奖"],
    "countdown": ["tap:点击屏幕开始挑战", "idle:46"],
    "nickname": visitor("FFTFFFFF", board=False),
    "board": BOARD + visitor("FTFFFFTF"),
    "operator": OPERATOR,
}


def made_up_day(home: Path) -> None:
    """A day of a booth's numbers in `home`, counted by the booth's own code."""
    sys.path.insert(0, str(ROOT))
    from game.kiosk.stats import FILE_NAME, OperatorStats

    stats = OperatorStats(home / FILE_NAME)
    for hour, runs in ((9, 6), (10, 14), (11, 11), (12, 4), (13, 9), (14, 17), (15, 12), (16, 5)):
        for _ in range(runs):
            stats.run_started(DAY, hour)
    stats.day(DAY).finished = 61
    for where, count in (("quick:set-a:idol-meet", 7), ("quick:set-a:skin-admin", 5), ("start", 3),
                         ("quick:set-a:class-fee", 2)):
        stats.day(DAY).dropped_at[where] = count
    for item, right, wrong, refused in (("skin-admin", 55, 18, 0), ("school-notice", 49, 20, 20),
                                        ("idol-meet", 44, 27, 0), ("class-fee", 51, 14, 0),
                                        ("lunch-money", 60, 9, 0), ("real-name", 38, 29, 29),
                                        ("parcel-claim", 57, 10, 0), ("pickup-code", 50, 12, 12)):
        key = f"quick:set-a:{item}"
        stats.day(DAY).right[key] = right
        stats.day(DAY).wrong[key] = wrong
        if refused:
            stats.day(DAY).genuine_refused[key] = refused
    stats.day(DAY).honeypot = 23
    problem = stats.save()
    if problem:
        raise SystemExit(problem)


def take(name: str, actions: list[str], out: Path, size: str) -> None:
    with tempfile.TemporaryDirectory(prefix="kiosk-pictures-") as scratch:
        home = Path(scratch)
        if name == "operator":
            made_up_day(home)
        drive_shot(name, out / f"{name}.png", ["--kiosk", "--size", size, "--home", str(home), "--today", DAY], actions)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "kiosk")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, actions in PICTURES.items():
        take(name, actions, args.out.resolve(), args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
