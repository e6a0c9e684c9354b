"""Build the offline one-folder program a teacher copies to each PC: dist/xiaolang/.

    python packaging/build.py            build, check what went in, start it once headless
    python packaging/build.py --no-run   build and check only

Needs the game's dependencies and PyInstaller (`python -m pip install -e . pyinstaller==6.11.1`).
It runs PyInstaller on packaging/xiaolang.spec, then checks that the program has its
fonts, art, levels, translations, lessons, locale files and word list, and
(unless --no-run) starts the built program headless for three frames with a
temporary data folder and checks that it wrote nothing beside itself. Prints the
folder's size and the time taken. Exit code 1 when anything is missing or fails.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "xiaolang.spec"
NAME = "xiaolang"
PYINSTALLER = "pyinstaller==6.11.1"  # the version the build is tested with (.ci/run installs it)
# What the program must carry, relative to its data folder (_internal/ beside the executable).
REQUIRED = (
    "assets/fonts/NotoSansSC-Regular.otf", "assets/fonts/NotoSansSC-Bold.otf", "assets/fonts/covered.txt",
    "assets/fonts/OFL.txt", "assets/art/characters.yaml", "assets/art/backgrounds/street.svg",
    "assets/sounds/tap.wav", "assets/locale/zh_CN.yaml", "assets/locale/en.yaml", "assets/words/zh_CN.yaml",
    "assets/words/dict_zh.bin", "assets/words/LICENSE-jieba.txt",
    "levels/01_prize_toy.yaml", "levels/01_prize_toy.en.yaml", "levels/quick/01_set_a.yaml",
    "levels/quick/01_set_a.en.yaml", "levels/lessons/default.yaml",
)


def executable(dist: Path) -> Path:
    return dist / NAME / (f"{NAME}.exe" if os.name == "nt" else NAME)


def data_folder(dist: Path) -> Path:
    """Where PyInstaller 6 puts the data and libraries of a one-folder program."""
    inner = dist / NAME / "_internal"
    return inner if inner.is_dir() else dist / NAME


def build(dist: Path, work: Path) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit(f"error: PyInstaller is not installed; run: python -m pip install {PYINSTALLER}") from None
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], cwd=ROOT, check=True)


def missing(dist: Path) -> list[str]:
    """What the built program lacks: the executable or a required file."""
    found = []
    if not executable(dist).is_file():
        found.append(str(executable(dist)))
    data = data_folder(dist)
    found += [name for name in REQUIRED if not (data / name).is_file()]
    return found


def files_of(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def start_headless(dist: Path) -> tuple[int, str, list[str]]:
    """Run the built program for three frames with dummy video and audio and a temporary data
    folder; its exit code, what it printed, and any file it left beside itself."""
    before = files_of(dist / NAME)
    with tempfile.TemporaryDirectory(prefix="xiaolang-built-") as home:
        env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", XIAOLANG_HOME=home)
        run = subprocess.run([str(executable(dist)), "--frames", "3"], env=env, capture_output=True, text=True,
                             timeout=120)
        wrote = sorted(os.listdir(home))
    left = sorted(files_of(dist / NAME) - before)
    output = (run.stdout + run.stderr).strip()
    if not wrote:
        left.append("(nothing was written to the data folder either: did the game start?)")
    return run.returncode, output, left


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/xiaolang/, the offline one-folder program.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the program folder goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's scratch")
    parser.add_argument("--no-run", action="store_true", help="do not start the built program")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    build(args.dist, args.work)
    built = time.perf_counter() - start
    lacking = missing(args.dist)
    if lacking:
        print("error: the built program lacks:\n  " + "\n  ".join(lacking), file=sys.stderr)
        return 1
    print(f"built {args.dist / NAME} in {built:.0f} s: {size_mb(args.dist / NAME):.0f} MB")
    if args.no_run:
        return 0
    code, output, left = start_headless(args.dist)
    if code != 0 or left:
        print(f"error: the built program failed to start headless (exit {code}); it printed:\n{output}",
              file=sys.stderr)
        if left:
            print("it wrote beside itself: " + ", ".join(left), file=sys.stderr)
        return 1
    print(f"started {executable(args.dist)} headless for 3 frames: OK ({time.perf_counter() - start:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
