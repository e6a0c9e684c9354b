"""One picture of the real game, taken by `python -m game drive` (shared by the picture tools)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def drive_shot(name: str, target: Path, drive_args: list[str], actions: list[str]) -> None:
    """Run `python -m game drive DRIVE_ARGS... ACTIONS... shot:TARGET` headless; stop with the drive's
    message (naming the picture) if an action cannot be done."""
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    done = subprocess.run([sys.executable, "-m", "game", "drive", *drive_args, *actions, f"shot:{target}"], cwd=ROOT,
                          env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{name}: {done.stderr.strip() or done.stdout.strip()}")
    print(f"wrote {target}")
