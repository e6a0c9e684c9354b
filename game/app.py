"""The app object: window, content, players and settings, the scene stack.

It is the one piece of mutable state shared by scenes. Its frame loop (input, time,
drawing, look-ahead) is in game.loop. Headless runs (tests, autoplay, screenshots)
build the same App with SDL's dummy video driver and drive it frame by frame with
`frame()`.
"""
from __future__ import annotations

import os
import random
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game import yamlcache
from game.engine import heap
from game.engine.assets import Assets
from game.engine.palette import HIGH_CONTRAST
from game.engine.scenes import SceneStack
from game.engine.viewport import LOGICAL_H, LOGICAL_W, Viewport
from game.classroom import settings as saved
from game.classroom.profiles import Profile, ProfileBook
from game.fitkey import fit_checker
from game.locale import Locale
from game.loop import FrameLoop
from game.play.player import Player
from game.play.storage import data_dir
from game.scenes.routes import Router

if TYPE_CHECKING:  # only named in annotations: not imported at start-up
    from game.classroom.lesson import Lesson
    from game.kiosk.config import KioskConfig
    from game.levels.model import Level

ROOT = Path(__file__).resolve().parent.parent
ICON_ART = "characters/xiaolang/standing_happy.svg"


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
    lang: str | None = None  # the language of this run (--lang); None: the saved setting
    lesson: Path | None = None  # a lesson file (--lesson): which levels and rounds, in what order
    profiles: bool = False  # classroom seats: ask for one at start (the game does; tools and tests don't)
    text_speed: float = 1.0  # the pace story text appears at (a factor; 0: at once), from the saved settings


class App(FrameLoop):
    _windowed: tuple | None = None  # the window's size and place before going fullscreen: back to them

    def __init__(self, settings: Settings | None = None, headless: bool = False) -> None:
        heap.return_big_buffers()  # before the first picture is made
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
        self.warnings: list[str] = []
        self.warnings_logged: set[str] = set()  # (written to warnings.log already: see log_warnings)
        self.profiles = ProfileBook(self.player_home)
        self.warnings += self.profiles.warnings
        # A remembered seat is used until the picker says otherwise; a booth has no seats.
        self.profile: Profile | None = self.profiles.last if self.settings.profiles and not self.settings.kiosk \
            else None
        # --reduced-motion holds for this run until the player turns it off in 设置 (choose_setting).
        # (--fullscreen needs no such note: the window is what the settings screen shows and changes.)
        self._motion_forced = self.settings.reduced_motion
        self.prefs, problems = saved.load(self.player_home, self.profile_folder)
        self.warnings += problems
        self.settings.fullscreen = self.settings.fullscreen or self.prefs.fullscreen
        self._take_preferences()
        self.window = self._open_window(self.settings.size, self.settings.fullscreen)
        self._saved_language = self.prefs.language
        self.settings_problem: str | None = None  # why the settings could not be saved, for the settings screen
        self.lang = self.settings.lang or self.prefs.language
        self.locale = self._load_locale()
        self.prefs = replace(self.prefs, language=self.lang)
        # The game asks for no free text: with text input off, an active Chinese
        # IME cannot swallow the keys the game uses.
        pygame.key.stop_text_input()
        self.assets = Assets(self.settings.assets_dir)
        self._take_preferences()
        self._name_window()
        self.characters = read_characters(self.settings.assets_dir / "art" / "characters.yaml", self.cache_dir)
        self.lesson: Lesson | None = None
        if self.settings.lesson is not None:
            from game.classroom.lesson import read_for

            self.lesson, problems = read_for(self.settings.lesson, self.settings.levels_dir)
            self.warnings += problems
        self._library = None  # the levels: loaded when first asked for (see `library`)
        if self.first_route() != "profiles":
            self.load_levels()  # the first screen lists or plays them
        self.player = Player.open(self.player_folder, self.today)
        self.player.save_later = True  # written as the next frame starts (FrameLoop.frame)
        self.warnings += self.player.warnings
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
        self._drawn_whole = None  # what the last whole-screen draw was made for (see _changed_part)
        self.frames = 0
        self.running = True
        self.needs_redraw = True
        self.last_frame_drew = False
        self.busy = False
        from game import sounds  # late: sound is optional and must never stop the game

        self.sounds = sounds.Sounds(self.settings.assets_dir / "sounds", volume=self.prefs.loudness)

    # -- content ------------------------------------------------------------------

    def load_levels(self) -> None:
        """Load every level pack through the one library `validate` uses too: a level the
        player sees has passed every check; broken files are left out and reported."""
        from game.levels.library import Library, LevelPack

        main = self.settings.levels_dir
        folders = list(self.settings.packs) + (list(self.lesson.packs) if self.lesson else [])
        packs = [LevelPack("", main)] + [LevelPack.folder(d, main) for d in folders]
        library = Library.open(packs, self.settings.assets_dir,
                               extra_check=fit_checker(self.settings.assets_dir, self.lang),
                               cache_dir=self.cache_dir, lang=self.lang)
        self._library, self._levels = library, library.levels
        for problem in library.problems():
            print(f"level problem: {problem}", file=sys.stderr)
        if self.lesson is not None:
            from game.classroom.lesson import playable
            from game.levels.quick import FOLDER, load_folder

            sets = [r.item_set.id for r in load_folder(self.settings.levels_dir / FOLDER) if r.item_set is not None]
            lesson, levels, problems = playable(self.lesson, library, sets)
            for problem in problems:
                print(f"lesson problem: {problem}", file=sys.stderr)
            if lesson is None:
                print(f"lesson problem: nothing of the lesson {self.lesson.path} can be played; "
                      "playing without a lesson", file=sys.stderr)
            else:
                self._levels = levels
            self.lesson = lesson

    @property
    def library(self):
        """Every installed level, checked (`game.levels.library.Library`). A classroom game
        opens on the seat picker, which needs none: there they load right after its first
        frame (see `run`), so the window is up and answering sooner."""
        if self._library is None:
            self.load_levels()
        return self._library

    @property
    def levels(self) -> list[Level]:
        """The levels a player can choose, in order (a lesson's, when there is one)."""
        if self._library is None:
            self.load_levels()
        return self._levels

    @property
    def level_results(self):
        """Each level file's load result, problems included (for tools and the level list)."""
        return self.library.results

    def level_by_id(self, level_id: str) -> Level | None:
        return self.library.level(level_id)

    def level_after(self, level_id: str) -> Level | None:
        """The level after this one in the level list (a lesson's order when there is one)."""
        ids = [lv.id for lv in self.levels]
        return self.levels[ids.index(level_id) + 1] if level_id in ids[:-1] else None

    @property
    def player_home(self) -> Path:
        """The data folder: the notebook, progress and play log (and a booth's numbers)."""
        return self.settings.home or data_dir()

    @property
    def cache_dir(self) -> Path:
        """Where level verdicts are remembered (`XIAOLANG_CACHE` sets another folder, e.g. one
        shared by many test runs or by the PCs of a room)."""
        other = os.environ.get("XIAOLANG_CACHE")
        return Path(other) if other else self.player_home / "cache"

    @property
    def profile_folder(self) -> Path | None:
        """The chosen profile's folder (its own files and settings), or None."""
        return self.profile.folder(self.player_home) if self.profile is not None else None

    @property
    def player_folder(self) -> Path:
        """Where the notebook, progress and play log of whoever plays now are kept."""
        return self.profile_folder or self.player_home

    def today(self) -> date:
        """The date now (a booth runs for days), or the fixed date tools and tests ask for."""
        return self.settings.today or date.today()

    # -- profiles and settings -------------------------------------------------------

    def first_route(self) -> str:
        """The screen a classroom game opens on: the seat picker, unless the lesson says not to."""
        ask = self.settings.profiles and self.settings.kiosk is None and (self.lesson is None or self.lesson.profiles)
        return "profiles" if ask else "home"

    def use_profile(self, profile: Profile) -> None:
        """From now on `profile` plays: its own notebook, stars, play log and settings."""
        self.player.save()
        self.profile = profile
        try:
            self.profiles.pick(profile)
        except OSError as error:
            self.warnings.append(f"could not remember the last profile: {error}")
        self.player = Player.open(self.player_folder, self.today)
        self.player.save_later = True  # written as the next frame starts (FrameLoop.frame)
        self.warnings += self.player.warnings
        prefs, problems = saved.load(self.player_home, self.profile_folder)
        self.warnings += problems
        self.apply_preferences(replace(prefs, language=self.lang, fullscreen=self.prefs.fullscreen), save=False)

    def profile_name(self, profile: Profile | None = None) -> str:
        """How a profile (default: the current one) is shown: 12 号座位, or its nickname."""
        profile = profile or self.profile
        t = self.locale
        if profile is None:
            return t("profiles.nobody")
        return profile.label(t("profiles.seat"), "{adjective}{animal}", t.words("kiosk.nick_adjectives"),
                             t.words("kiosk.nick_animals"))

    def in_effect(self, key: str):
        """A setting as it is in effect now, which the settings screen shows: the window as it is
        (--fullscreen and F11 change it too), reduced motion as the command line or the settings
        ask; the others as chosen."""
        if key == "fullscreen":
            return self.settings.fullscreen
        if key == "reduced_motion":
            return self.settings.reduced_motion
        return getattr(self.prefs, key)

    def choose_setting(self, key: str, value) -> None:
        """A choice made on the settings screen: in effect at once for this run, over what the
        command line (--fullscreen, --reduced-motion) or F11 set, and kept as every choice there is."""
        if key == "reduced_motion":
            self._motion_forced = False
        self.apply_preferences(self.prefs.changed(key, value))
        if key == "fullscreen":
            self._set_fullscreen(value)  # (the saved choice may not have changed: the window was the flag's)

    def apply_preferences(self, prefs: saved.Preferences, save: bool = True) -> None:
        """Use these settings now (sound, window, text, language) and, with `save`, keep them.
        The window changes only when the fullscreen setting itself does: a change of volume, or
        of seat, leaves a window made fullscreen by --fullscreen or F11 as it is."""
        before = self.prefs
        self.prefs = prefs
        self._take_preferences()
        self.sounds.set_volume(prefs.loudness)
        if prefs.fullscreen != before.fullscreen:
            self._set_fullscreen(prefs.fullscreen)
        if prefs.language != self.lang:
            if save:
                self.settings.lang = None  # chosen in the game: it wins over --lang from now on
            self.lang = prefs.language
            self.locale = self._load_locale()
            self._name_window()
            self.load_levels()
        self.needs_redraw = True
        if save:
            # --lang is for this run: the saved language changes only when the player changes it.
            kept = prefs if self.settings.lang is None else replace(prefs, language=self._saved_language)
            try:
                saved.save(kept, self.player_home, self.profile_folder)
                self.settings_problem = None
            except OSError as error:
                self.warnings.append(f"could not save the settings: {error}")
                self.settings_problem = str(error)

    def _take_preferences(self) -> None:
        """The parts of the settings the screens read from `settings` and the drawing from `assets`."""
        self.settings.reduced_motion = self._motion_forced or self.prefs.reduced_motion
        self.settings.text_speed = self.prefs.reading_pace
        if hasattr(self, "assets"):
            self._dress_assets()

    def _dress_assets(self) -> None:
        """Text size and palette on the assets every canvas draws with (tools may share one Assets)."""
        self.assets.text_scale = self.prefs.text_scale
        self.assets.colours = HIGH_CONTRAST if self.prefs.high_contrast else None
        self.assets.lang = self.lang

    def _load_locale(self) -> Locale:
        folder = self.settings.assets_dir / "locale"
        path = folder / f"{self.lang}.yaml"
        if not path.is_file():
            self.warnings.append(f"there is no language '{self.lang}' (no {path}); using Chinese")
            self.lang = "zh_CN"
            path = folder / "zh_CN.yaml"
        return Locale.load(path, self.cache_dir)

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

    def notebook_count(self, wait: bool = True) -> int | None:
        """The one count of the 错题本: moments that can be replayed. None, with `wait` off,
        while the levels have not loaded yet (behind the seat picker at start-up)."""
        if not wait and self._library is None:
            return None
        return self.player.notebook_count(self.playable)

    @property
    def levels_loaded(self) -> bool:
        return self._library is not None

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

    def _set_fullscreen(self, on: bool) -> None:
        if on != self.settings.fullscreen:
            if self.headless:  # (no window to change: the dummy driver's fullscreen has no size)
                self.settings.fullscreen = on
            else:
                self.toggle_fullscreen()

    def toggle_fullscreen(self) -> None:
        """Fullscreen on or off. Back in a window, it is the size and in the place it was (each
        change makes the window anew: at its first size it had lost a dragged size, and under some
        window managers it crept down the screen with every F11)."""
        if not self.settings.fullscreen:
            self._windowed = (pygame.display.get_window_size(), pygame.display.get_window_position())
        self.settings.fullscreen = not self.settings.fullscreen
        if self.settings.fullscreen or self._windowed is None:
            self.window = self._open_window(self.settings.size, self.settings.fullscreen)
        else:
            size, place = self._windowed
            self.window = self._open_window(size, False)
            pygame.display.set_window_position(place)
        self.needs_redraw = True

    @property
    def viewport(self) -> Viewport:
        """The logical space now: taller on a 4:3 or 5:4 window when every visible scene can use it."""
        w, h = self.window.get_size()
        visible = self.stack.visible() if hasattr(self, "stack") else []
        return Viewport(w, h, adaptive=bool(visible) and all(getattr(s, "adaptive", False) for s in visible))


def read_characters(path: Path, cache_dir: Path | None = None) -> dict:
    """Each character's art data (mouth and magnifier points) for the view."""
    try:
        data = yamlcache.read(path, cache_dir)
    except (OSError, ValueError):  # missing or broken: no data, drawn all the same
        return {}
    return data if isinstance(data, dict) else {}
