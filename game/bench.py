"""The benchmark: the game against a bare pygame-ce script, measured the same way, in one run.

    python -m game bench

Prints one JSON object and exits 1 when a target is missed. Every number that
compares with the baseline is taken from outside, as whole processes: start-up is
process start to the first interactive title frame, memory is the peak RSS of a
process that plays every level. Per-frame cost is CPU time (not wall time: these
machines are noisy) over an autoplay of every level with animations on.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5  # start-up is the median of this many process starts
IDLE_SECONDS = 5.0

TARGETS = {
    "startup_ratio": 1.5,  # start-up / the bare script's
    "frame_ms_p99_1080p": 4.0,
    "idle_cpu_pct": 1.0,  # the worst of the title and a mid-level screen
    "rss_over_baseline_mb": 60.0,
    "validate_ms_per_level": 10.0,
}

# A bare pygame-ce program: open a window, draw one frame, report its peak memory.
BASELINE = """
import pygame, sys
pygame.init()
screen = pygame.display.set_mode((1280, 720))
screen.fill((255, 253, 247))
pygame.display.flip()
pygame.quit()
{report}
"""

REPORT_RSS = """
try:
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print("RSS", peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024, file=sys.stderr)
except ImportError:
    pass
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # An installed game keeps its compiled modules; measure that, not a compile at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(SDL_VIDEODRIVER=env.get("SDL_VIDEODRIVER", "dummy"), SDL_AUDIODRIVER=env.get("SDL_AUDIODRIVER", "dummy"),
               XIAOLANG_HOME=str(home), PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    return env


def _timed(args: list[str], home: Path) -> tuple[float, float | None]:
    """Wall seconds of one whole process, and the peak RSS (MB) it reported, if any."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=ROOT, env=_env(home), capture_output=True, text=True,
                          timeout=300)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.strip()[-400:]}")
    rss = [float(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("RSS ")]
    return elapsed, (rss[-1] if rss else None)


def startup(home: Path) -> dict:
    """Median whole-process start-up of the game (to its first title frame) and of the bare script."""
    # The first start fills the level-verdict cache (the levels load after the first frame).
    _timed(["main.py", "--frames", "3"], home)
    game, bare = [], []
    for _ in range(RUNS):  # one of each in turn: a machine that slows for a while slows both
        game.append(_timed(["main.py", "--frames", "1"], home)[0])
        bare.append(_timed(["-c", BASELINE.format(report="")], home)[0])
    g, b = statistics.median(game), statistics.median(bare)
    return {"startup_s": round(g, 3), "baseline_startup_s": round(b, 3), "startup_ratio": round(g / b, 2)}


def memory(home: Path) -> dict:
    """Peak RSS of a process that plays every level at 1920x1080, and of the bare script."""
    _, game = _timed(["-m", "game.bench", "--child", "play-all"], home)
    _, bare = _timed(["-c", BASELINE.format(report=REPORT_RSS)], home)
    if game is None or bare is None:
        return {"peak_rss_mb": None, "baseline_rss_mb": None, "rss_over_baseline_mb": None}
    return {"peak_rss_mb": round(game, 1), "baseline_rss_mb": round(bare, 1),
            "rss_over_baseline_mb": round(game - bare, 1)}


def _quantiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50": round(pick(0.5), 2), "p99": round(pick(0.99), 2), "max": round(ordered[-1], 2),
            "frames": len(ordered)}


def frames(home: Path) -> dict:
    """CPU milliseconds per frame while every level is played (animations on), at two sizes;
    and, apart, per piece of look-ahead done while a screen is still (as a person reads)."""
    out = {}
    for label, size in (("720p", (1280, 720)), ("1080p", (1920, 1080))):
        samples, ahead = _play_all(home, size, reduced_motion=False)
        out[f"frame_ms_{label}"] = _quantiles(samples)
        out[f"frame_ms_p99_{label}"] = out[f"frame_ms_{label}"]["p99"]
        out[f"lookahead_ms_{label}"] = _quantiles(ahead) if ahead else None
    return out


def _play_all(home: Path, size: tuple[int, int], reduced_motion: bool) -> tuple[list[float], list[float]]:
    from game.app import App, Settings
    from game.autoplay import play

    app = App(Settings(home=home, size=size, reduced_motion=reduced_motion, seed=1), headless=True)
    samples: list[float] = []
    ahead: list[float] = []
    step, prepare = app.frame, app.prepare

    def timed_frame(dt, intents):
        start = time.process_time()
        step(dt, intents)
        samples.append((time.process_time() - start) * 1000)

    def timed_prepare():
        start = time.process_time()
        did = prepare()
        if did:
            ahead.append((time.process_time() - start) * 1000)
        return did

    app.frame, app.prepare = timed_frame, timed_prepare
    for level in app.levels:
        play(app, level, "safe", 1, lookahead=True)
    return samples, ahead


def idle(home: Path) -> dict:
    """CPU share and loop passes while the title, then a mid-level panel, wait for input."""
    out = {}
    for where in ("title", "level"):
        done = subprocess.run([sys.executable, "-m", "game.bench", "--child", f"idle-{where}"], cwd=ROOT,
                              env=_env(home), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"idle {where} failed: {done.stderr.strip()[-400:]}")
        cpu, passes = json.loads(done.stdout.strip().splitlines()[-1])
        out[f"idle_cpu_pct_{where}"] = round(100 * cpu / IDLE_SECONDS, 2)
        out[f"idle_loop_passes_{where}"] = passes
    out["idle_cpu_pct"] = max(out["idle_cpu_pct_title"], out["idle_cpu_pct_level"])
    out["idle_loop_passes"] = out["idle_loop_passes_title"] + out["idle_loop_passes_level"]
    return out


def validate_speed(home: Path) -> dict:
    """What an author pays inside `validate`'s run over the shipped levels, per level: the median of
    RUNS fresh processes, each timing one cold run (nothing laid out or read before it)."""
    from game.levels.translate import is_translation

    levels = sum(1 for path in (ROOT / "levels").glob("*.yaml") if not is_translation(path))  # (read with its level)
    runs = []
    for _ in range(RUNS):
        done = subprocess.run([sys.executable, "-m", "game.bench", "--child", "validate"], cwd=ROOT,
                              env=_env(home), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"validate failed: {done.stderr.strip()[-400:]}")
        runs.append(float(done.stdout.strip().splitlines()[-1]))
    ms = statistics.median(runs)
    return {"validate_ms": round(ms, 1), "validate_ms_per_level": round(ms / max(1, levels), 1)}


def _validate_once() -> float:
    """Milliseconds of one `validate` run over the shipped levels, in a process that has done
    nothing else: the command line imported (and pygame with it) and the fit checker made, as
    `python -m game validate` does before it runs."""
    import io

    from game.cli import _fit_checker
    from game.levels.validate import run

    check = _fit_checker()
    start = time.perf_counter()
    run([str(ROOT / "levels")], out=io.StringIO(), extra_check=check)
    return 1000 * (time.perf_counter() - start)


# -- child processes ---------------------------------------------------------------------------

def _child(kind: str) -> int:
    home = Path(os.environ["XIAOLANG_HOME"])
    if kind == "validate":
        print(_validate_once())
        return 0
    if kind == "play-all":
        _play_all(home, (1920, 1080), reduced_motion=False)
        print("RSS", _peak_rss_mb(), file=sys.stderr)
        return 0
    import threading

    from game.app import App, Settings

    app = App(Settings(home=home, reduced_motion=False), headless=True)
    if kind == "idle-title":
        app.routes.home()
    else:
        app.routes.go("play", level=app.levels[0])
    app.stack.apply()
    settle_until = time.perf_counter() + 1.0  # let the first screen appear and its animations end
    while time.perf_counter() < settle_until:
        app.frame(1 / 60, [])
    while app.prepare():
        pass  # and what it makes ready ahead (its first idle moments: measured with the frames)
    frames_before, cpu_before = app.frames, time.process_time()
    threading.Timer(IDLE_SECONDS, lambda: setattr(app, "running", False)).start()
    app.run()
    print(json.dumps([time.process_time() - cpu_before, app.frames - frames_before]))
    return 0


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(home: Path | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="xiaolang-bench-") as scratch:
        home = home or Path(scratch)
        results: dict = {}
        results.update(startup(home))
        results.update(memory(home))
        results.update(frames(home))
        results.update(idle(home))
        results.update(validate_speed(home))
    missed = [k for k, limit in TARGETS.items() if results.get(k) is not None and results[k] > limit]
    print(json.dumps({"results": results, "targets": TARGETS, "missed": missed}, indent=2, ensure_ascii=False))
    return 1 if missed else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        sys.exit(_child(sys.argv[2]))
    sys.exit(run())
