"""Draw the README's pictures of level 1 and the level list again, through the real screens.

    python tools/readme_pictures.py [--out docs]

`python -m game screenshot 01 --menus` draws every step of level 1 (and the screens around
it) at 1920x1080 and at 1280x1024; the README shows some of them. Run it again after a
change to level 1 or to what the comic draws, and look at the pictures.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1920x1080", "1280x1024")

# The README's pictures: (its file under --out, with {size} for each size; the screenshot it is).
PICTURES = [
    ("screenshot-panel.png", "1920x1080", "02_decide_link.png"),
    ("screenshot-feedback.png", "1920x1080", "04_decide_fill__fill.png"),
    *[(f"screens/level1-decision-{size}.png", size, "02_decide_link.png") for size in SIZES],
    *[(f"screens/level1-hunt-feedback-{size}.png", size, "12_spot_look__missed.png") for size in SIZES],
    *[(f"screens/level1-consequence-{size}.png", size, "14_end_leak__ending.png") for size in SIZES],
    *[(f"screens/level1-results-{size}.png", size, "14_end_leak__results.png") for size in SIZES],
    *[(f"screens/level-select-{size}.png", size, "levels.png") for size in ("1920x1080", "1280x1024")],
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    with tempfile.TemporaryDirectory(prefix="readme-pictures-") as scratch:
        for size in sorted({size for _, size, _ in PICTURES}):
            shots = Path(scratch) / size
            done = subprocess.run([sys.executable, "-m", "game", "screenshot", "01", "--menus", "--size", size,
                                   "--out", str(shots)], cwd=ROOT, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"screenshot at {size}: {done.stderr.strip() or done.stdout.strip()}")
        for name, size, shot in PICTURES:
            target = args.out / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(scratch) / size / shot, target)
            print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
