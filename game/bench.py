"""The benchmark: start-up time, redraw cost, idle behaviour and memory, against targets.

    python -m game bench

Prints one JSON object and exits 1 if a target is missed. Targets are set for
the old classroom PCs the game must run on (they are several times slower than
a developer's machine), so a miss here is a real problem there.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

TARGETS = {
    "startup_s": 3.0,  # window, fonts, levels and art catalog ready
    "redraw_720p_ms": 40.0,  # one full redraw of a comic step at 1280x720 (mean)
    "redraw_1080p_ms": 60.0,  # the same on a 1920x1080 kiosk
    "idle_redraws": 0,  # redraws while nothing changes (120 frames)
    "peak_rss_mb": 300.0,
}


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows: no resource module; report nothing rather than guess
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _redraw_ms(app, level, step_id: str, rounds: int = 30) -> float:
    from game.pilot import Pilot
    from game.scenes.comic import ComicScene
    from game.screenshot import session_at

    app.start(ComicScene(app, level, session_at(level, step_id)))
    Pilot(app).settle()
    app.draw(force=True)  # warm the caches: a steady screen is what we measure
    start = time.perf_counter()
    for _ in range(rounds):
        app.draw(force=True)
    return (time.perf_counter() - start) * 1000 / rounds


def run(home: Path) -> int:
    import json

    from game.app import App, Settings
    from game.pilot import Pilot

    start = time.perf_counter()
    app = App(Settings(home=home, reduced_motion=True), headless=True)
    startup = time.perf_counter() - start
    if not app.levels:
        print("bench: no level loads; run python -m game validate", file=sys.stderr)
        return 1
    level = app.levels[0]
    busiest = max((s for s in level.steps if s.panel), key=lambda s: len(s.panel.bubbles) + (s.panel.screen is not None))
    results = {"startup_s": round(startup, 3), "redraw_720p_ms": round(_redraw_ms(app, level, busiest.id), 2)}
    app.window = app._open_window((1920, 1080), False)
    results["redraw_1080p_ms"] = round(_redraw_ms(app, level, busiest.id), 2)
    pilot = Pilot(app)
    pilot.settle()
    redraws = 0
    for _ in range(120):
        app.frame(1 / 60, [])
        redraws += int(app.last_frame_drew)
    results["idle_redraws"] = redraws
    results["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    missed = [k for k, limit in TARGETS.items() if results[k] > limit]
    print(json.dumps({"results": results, "targets": TARGETS, "missed": missed}, indent=2))
    return 1 if missed else 0
