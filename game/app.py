"""The app object: window, content, scene stack and the frame loop.

It is the one piece of mutable state shared by scenes. Headless runs (tests,
autoplay, screenshots) build the same App with SDL's dummy video driver and
drive it frame by frame with `frame()`.
"""
from __future__ import annotations

import os
import random
import sys
import traceback
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
import pygame
import yaml

from game.engine.assets import Assets
from game.engine.canvas import Canvas
from game.engine.intents import FULLSCREEN, QUIT, RESIZED, Intent, intent_for
from game.engine.palette import LETTERBOX
from game.engine.scenes import Scene, SceneStack
from game.engine.viewport import LOGICAL_H, LOGICAL_W, Viewport
from game.ui.notice import draw_notice
from game.levels.model import Level
from game.locale import Locale
from game.kiosk.config import KioskConfig
from game.play.player import Player
from game.play.storage import data_dir
from game.scenes.routes import Router

ROOT = Path(__file__).resolve().parent.parent
FPS = 60
IDLE_WAIT_MS = 250  # how long an idle screen sleeps waiting for input
# Errors in a row (each within CALM_FRAMES of the last) after which the title itself is
# taken to be broken and the game stops; a booth that errs once a day runs forever.
MAX_RECOVERIES = 5
CALM_FRAMES = 600
ICON_ART = "characters/xiaolang/standing_happy.svg"
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: 10x faster


@dataclass
class Settings:
    size: tuple[int, int] = (LOGICAL_W, LOGICAL_H)
    fullscreen: bool = False
    reduced_motion: bool = False
    levels_dir: Path = ROOT / "levels"  # the main pack: its level ids are used as they are
    packs: tuple[Path, ...] = ()  # more level packs (folders); their ids are namespaced by pack
    assets_dir: Path = ROOT / "assets"
    home: Path | None = None  # where the notebook and progress live
    today: date | None = None  # a fixed date for tools and tests; None: the real date, read when needed
    seed: int | None = None  # the order options are shown in; None: a new order every play
    kiosk: KioskConfig | None = None  # kiosk mode (a booth) with these settings; None: classroom


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
        self.locale = Locale.load(self.settings.assets_dir / "locale" / "zh_CN.yaml")
        # The game asks for no free text: with text input off, an active Chinese
        # IME cannot swallow the keys the game uses.
        pygame.key.stop_text_input()
        self.assets = Assets(self.settings.assets_dir)
        self._name_window()
        self.characters = read_characters(self.settings.assets_dir / "art" / "characters.yaml")
        self.load_levels()
        self.player = Player.open(self.player_home, self.today)
        self.warnings = list(self.player.warnings)
        self.rng = random.Random(self.settings.seed)
        self.stack = SceneStack()
        self.routes = Router(self)
        self.kiosk = None
        if self.settings.kiosk is not None:
            from game.kiosk_flow import KioskFlow

            self.kiosk = KioskFlow(self, self.settings.kiosk)
            self.player = self.kiosk.mode.visitor  # a booth keeps nothing of a visitor
        self.recoveries = 0
        self.frames_since_error = 0
        self.notice_shown = False  # the "not saved" notice is on screen
        self.frames = 0
        self.running = True
        self.needs_redraw = True
        self.last_frame_drew = False
        self.busy = False
        from game import sounds  # late: sound is optional and must never stop the game

        self.sounds = sounds.Sounds(self.settings.assets_dir / "sounds")

    # -- content ------------------------------------------------------------------

    def load_levels(self) -> None:
        """Load every level pack through the one library `validate` uses too: a level the
        player sees has passed every check; broken files are left out and reported."""
        from game.levels.library import Library, LevelPack

        main = self.settings.levels_dir
        packs = [LevelPack("", main)] + [LevelPack.folder(d, main) for d in self.settings.packs]
        self.library = Library.open(packs, self.settings.assets_dir, extra_check=fit_checker(self.settings.assets_dir),
                                    cache_dir=self.player_home / "cache")
        self.level_results = self.library.results
        self.levels = self.library.levels
        for problem in self.library.problems():
            print(f"level problem: {problem}", file=sys.stderr)

    def level_by_id(self, level_id: str) -> Level | None:
        return self.library.level(level_id)

    def level_after(self, level_id: str) -> Level | None:
        return self.library.after(level_id)

    @property
    def player_home(self) -> Path:
        """The data folder: the notebook, progress and play log (and a booth's numbers)."""
        return self.settings.home or data_dir()

    def today(self) -> date:
        """The date now (a booth runs for days), or the fixed date tools and tests ask for."""
        return self.settings.today or date.today()

    # -- the player's data ---------------------------------------------------------

    @property
    def progress(self):
        return self.player.progress

    def playable(self, level_id: str, step_id: str, kind: str) -> bool:
        """Whether a 错题本 moment can still be played: its level is installed and has that step."""
        level = self.level_by_id(level_id)
        if level is None or step_id not in level.step_ids:
            return False
        return level.step(step_id).type == ("decision" if kind == "decision" else "redflags")

    def notebook_moments(self) -> list:
        return self.player.moments(self.playable)

    def notebook_count(self) -> int:
        """The one count of the 错题本: moments that can be replayed."""
        return self.player.notebook_count(self.playable)

    # -- window ----------------------------------------------------------------------

    def _open_window(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        if fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(size, pygame.RESIZABLE)

    def _name_window(self) -> None:
        """The window's caption is the game's name and its icon is 锡小朗's face."""
        pygame.display.set_caption(self.locale("game.title"))
        try:
            body = self.assets.art(ICON_ART, (128, 256))
            icon = pygame.Surface((64, 64), pygame.SRCALPHA)
            icon.blit(pygame.transform.smoothscale(body.subsurface((14, 8, 100, 100)), (64, 64)), (0, 0))
            pygame.display.set_icon(icon)
        except (pygame.error, ValueError):
            pass  # a missing icon is no reason to stop a lesson

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

    def ask_to_quit(self) -> None:
        """Quitting is confirmed first (a booth never quits from here: see the operator screen)."""
        from game.scenes.confirm import ConfirmScene

        if self.kiosk is not None:
            return
        top = self.stack.top
        if top is not None and top.name == "confirm":
            return
        t = self.locale
        self.stack.push(ConfirmScene(self, t("confirm.quit_question"), t("confirm.quit_yes"), t("confirm.quit_no"),
                                     on_yes=self.quit))

    def quit(self) -> None:
        """End the program: only after the player confirmed it."""
        self.running = False

    def run(self, max_frames: int | None = None, recover: bool = False) -> None:
        """The frame loop. With `recover`, an error in a scene is logged and the game goes
        back to the title (a kiosk must keep going); only errors in a row stop it."""
        clock = pygame.time.Clock()
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
                self.recoveries = self.recoveries + 1 if self.frames_since_error < CALM_FRAMES else 1
                self.frames_since_error = 0
                if not recover or self.recoveries > MAX_RECOVERIES:
                    raise
                print(f"error: a screen failed and the game went back to the start; details in {path}",
                      file=sys.stderr)
                self.routes.home()
                self.stack.apply()

    @property
    def crash_log(self) -> Path:
        return self.player_home / "crash.log"

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

    def _screen_key(self) -> tuple:
        """What the player is looking at: the top scene and its set of buttons."""
        top = self.stack.top
        group = getattr(top, "buttons", None)
        return (id(top), id(group.buttons) if group is not None else None)

    def animating(self) -> bool:
        """True while the next frame must come at once (something moves or just changed)."""
        return self.busy or self.needs_redraw or any(s.dirty for s in self.stack.visible()) or self.stack.pending

    def frame(self, dt: float, intents: list[Intent]) -> None:
        """One frame: intents to the top scene, time to every scene, draw if needed."""
        self.frames_since_error += 1
        if self.kiosk is not None:
            intents = self.kiosk.filter(intents)
        for scene in self.stack.scenes:
            group = getattr(scene, "buttons", None)
            if group is not None:
                group.tick(dt)
        for intent in intents:
            if intent.kind == QUIT:
                self.ask_to_quit()
            elif intent.kind == FULLSCREEN:
                self.toggle_fullscreen()
            elif intent.kind == RESIZED:
                self.needs_redraw = True
            elif self.stack.top is not None:
                screen = self._screen_key()
                self.stack.top.handle(intent)
                if self.stack.pending or self._screen_key() != screen:
                    # The screen changed: presses already queued were aimed at the old one.
                    self.stack.apply()
                    break
            self.stack.apply()
        for scene in self.stack.scenes:
            scene.update(dt)
        self.stack.apply()
        if self.kiosk is not None:
            self.kiosk.tick(dt)
            self.stack.apply()
        if not self.stack.scenes:
            self.routes.home()  # nothing left to show: the title, never the desktop
            self.stack.apply()
        self.player.retry(dt)
        if bool(self.player.save_problem) != self.notice_shown:
            self.needs_redraw = True  # a save failed, or works again: show or hide the notice
        # Read before draw() clears the flags: a scene that changed this frame
        # (or is animating) keeps the loop running at full rate for the next one.
        self.busy = any(s.dirty for s in self.stack.visible())
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
        self.notice_shown = bool(self.player.save_problem)
        if self.notice_shown:
            draw_notice(canvas, self.locale("notice.save_failed"))
        self.window.set_clip(None)
        self.needs_redraw = False
        if not self.headless:
            pygame.display.flip()
        return True


class LazyFitChecker:
    """The real-font check that level text fits (the one validate runs), built on first use.

    At start-up every unchanged level has a remembered verdict, so the checker (fonts,
    strings, layout) is only built when a level is new or changed."""

    def __init__(self, assets_dir: Path) -> None:
        from game.fitcheck import fingerprint

        self.assets_dir = assets_dir
        self.cache_key = fingerprint(assets_dir)
        self._checker = None

    def __call__(self, result):
        if self._checker is None:
            from game.fitcheck import FitChecker

            self._checker = FitChecker(self.assets_dir, read_characters(self.assets_dir / "art" / "characters.yaml"))
        return self._checker(result)


def fit_checker(assets_dir: Path) -> LazyFitChecker:
    return LazyFitChecker(assets_dir)


def read_characters(path: Path) -> dict:
    """Each character's art data (mouth and magnifier points) for the view."""
    try:
        with open(path, encoding="utf-8-sig") as handle:
            data = yaml.load(handle, Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}
