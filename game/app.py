"""The app object: window, content, scene stack and the frame loop.

It is the one piece of mutable state shared by scenes. Headless runs (tests,
autoplay, screenshots) build the same App with SDL's dummy video driver and
drive it frame by frame with `frame()`.
"""
from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import pygame
import yaml

from game.engine.assets import Assets
from game.engine.canvas import Canvas
from game.engine.intents import FULLSCREEN, QUIT, RESIZED, Intent, intent_for
from game.engine.palette import LETTERBOX
from game.engine.scenes import Scene, SceneStack
from game.engine.viewport import LOGICAL_H, LOGICAL_W, Viewport
from game.levels.catalog import Catalog
from game.levels.loader import LoadResult, load_levels
from game.levels.model import Level
from game.levels.problems import LevelError
from game.locale import Locale
from game.play.notebook import Notebook
from game.play.progress import Progress
from game.play.storage import data_dir

ROOT = Path(__file__).resolve().parent.parent
FPS = 60
IDLE_WAIT_MS = 250  # how long an idle screen sleeps waiting for input
MAX_RECOVERIES = 5  # errors survived by going back to the title before the game gives up


@dataclass
class Settings:
    size: tuple[int, int] = (LOGICAL_W, LOGICAL_H)
    fullscreen: bool = False
    reduced_motion: bool = False
    levels_dir: Path = ROOT / "levels"
    assets_dir: Path = ROOT / "assets"
    home: Path | None = None  # where the notebook and progress live
    today: date = field(default_factory=date.today)


class App:
    def __init__(self, settings: Settings | None = None, headless: bool = False) -> None:
        self.settings = settings or Settings()
        if headless:
            os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
            os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
        # On Windows with display scaling (125 %, 150 %), ask for real pixels rather
        # than letting the system blow up a smaller window: text stays sharp.
        os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")
        pygame.display.init()
        pygame.font.init()
        self.headless = headless
        self.window = self._open_window(self.settings.size, self.settings.fullscreen)
        # The game asks for no free text: with text input off, an active Chinese
        # IME cannot swallow the keys the game uses.
        pygame.key.stop_text_input()
        self.assets = Assets(self.settings.assets_dir)
        self.locale = Locale.load(self.settings.assets_dir / "locale" / "zh_CN.yaml")
        self.characters = read_characters(self.settings.assets_dir / "art" / "characters.yaml")
        self.level_results: list[LoadResult] = []
        self.levels: list[Level] = []
        self.load_levels()
        home = self.settings.home or data_dir()
        self.notebook = Notebook.load(home / "notebook.json")
        self.progress = Progress.load(home / "progress.json")
        self.warnings = [w for w in (self.notebook.warning, self.progress.warning) if w]
        self.stack = SceneStack()
        self.frames = 0
        self.running = True
        self.needs_redraw = True
        self.last_frame_drew = False
        self.busy = False
        from game import sounds  # late: sound is optional and must never stop the game

        self.sounds = sounds.Sounds(self.settings.assets_dir / "sounds")

    # -- content ------------------------------------------------------------------

    def load_levels(self) -> None:
        """Load every level; broken ones are left out and reported, never fatal."""
        try:
            catalog = Catalog.from_assets(self.settings.assets_dir)
        except LevelError as error:
            for problem in error.problems:
                print(f"art catalog problem: {problem}", file=sys.stderr)
            self.level_results, self.levels = [], []
            return
        self.level_results = load_levels(self.settings.levels_dir, catalog)
        self.levels = [r.level for r in self.level_results if r.level is not None]
        for result in self.level_results:
            for problem in result.problems:
                print(f"level problem: {problem}", file=sys.stderr)

    def level_by_id(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels if lv.id == level_id), None)

    def level_after(self, level_id: str) -> Level | None:
        ids = [lv.id for lv in self.levels]
        if level_id in ids and ids.index(level_id) + 1 < len(ids):
            return self.levels[ids.index(level_id) + 1]
        return None

    # -- window ----------------------------------------------------------------------

    def _open_window(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        if fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(size, pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        self.settings.fullscreen = not self.settings.fullscreen
        self.window = self._open_window(self.settings.size, self.settings.fullscreen)
        self.needs_redraw = True

    @property
    def viewport(self) -> Viewport:
        w, h = self.window.get_size()
        return Viewport(w, h)

    # -- the loop -------------------------------------------------------------------

    def start(self, scene: Scene) -> None:
        self.stack.reset(scene)
        self.stack.apply()

    def run(self, max_frames: int | None = None, recover: Callable[[], Scene] | None = None) -> None:
        """The frame loop. With `recover`, an error in a scene is logged and the game
        goes back to the scene `recover` makes (a kiosk must keep going), a few times."""
        clock = pygame.time.Clock()
        recoveries = 0
        while self.running and (max_frames is None or self.frames < max_frames):
            if self.animating() or max_frames is not None:
                events = pygame.event.get()
                dt = clock.tick(FPS) / 1000.0
            else:
                # Idle: sleep until the player does something (or a short timeout
                # for timers), so a waiting screen uses almost no CPU.
                first = pygame.event.wait(IDLE_WAIT_MS)
                events = ([first] if first.type != pygame.NOEVENT else []) + pygame.event.get()
                dt = clock.tick() / 1000.0
            try:
                self.frame(dt, [i for i in (intent_for(e, self.viewport) for e in events) if i])
            except Exception:  # noqa: BLE001 - logged, then recovered from or re-raised
                path = self.log_crash()
                if recover is None or recoveries >= MAX_RECOVERIES:
                    raise
                recoveries += 1
                print(f"error: a screen failed and the game went back to the start; details in {path}",
                      file=sys.stderr)
                self.start(recover())
        pygame.quit()

    @property
    def crash_log(self) -> Path:
        return (self.settings.home or data_dir()) / "crash.log"

    def log_crash(self) -> Path:
        """Append the current exception's traceback to crash.log in the data folder."""
        path = self.crash_log
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{traceback.format_exc()}\n")
        except OSError:
            pass
        return path

    def animating(self) -> bool:
        """True while the next frame must come at once (something moves or just changed)."""
        return self.busy or self.needs_redraw or any(s.dirty for s in self.stack.visible()) or self.stack.pending

    def frame(self, dt: float, intents: list[Intent]) -> None:
        """One frame: intents to the top scene, time to every scene, draw if needed."""
        for intent in intents:
            if intent.kind == QUIT:
                self.running = False
            elif intent.kind == FULLSCREEN:
                self.toggle_fullscreen()
            elif intent.kind == RESIZED:
                self.needs_redraw = True
            elif self.stack.top is not None:
                self.stack.top.handle(intent)
            self.stack.apply()
        for scene in self.stack.scenes:
            scene.update(dt)
        self.stack.apply()
        if not self.stack.scenes:
            self.running = False
        # Read before draw() clears the flags: a scene that changed this frame
        # (or is animating) keeps the loop running at full rate for the next one.
        self.busy = any(s.dirty for s in self.stack.scenes)
        self.last_frame_drew = self.draw()
        self.frames += 1

    def draw(self, force: bool = False) -> bool:
        visible = self.stack.visible()
        if not (force or self.needs_redraw or any(s.dirty for s in visible)):
            return False
        self.window.fill(LETTERBOX)
        viewport = self.viewport
        canvas = Canvas(self.window, self.assets, viewport.scale, viewport.offset)
        clip = canvas.real_rect((0, 0, LOGICAL_W, LOGICAL_H))
        self.window.set_clip(clip)
        for scene in visible:
            scene.draw(canvas)
            scene.dirty = False
        self.window.set_clip(None)
        self.needs_redraw = False
        if not self.headless:
            pygame.display.flip()
        return True


def read_characters(path: Path) -> dict:
    """Each character's art data (mouth and magnifier points) for the view."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            data = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}
