"""The frame loop of the App: input to the top scene, time to every scene, drawing what
changed, and look-ahead while nothing moves.

A mixin of game.app.App, kept apart so each file reads on its own: it uses the app's
window, stack, routes, assets, player and sounds, and owns no state of its own beyond
what a frame leaves for the next (what was drawn whole, whether something moves).
"""
from __future__ import annotations

import sys
import time
import traceback
from datetime import datetime
from pathlib import Path

import pygame

from game.engine.canvas import Canvas
from game.engine.translucent import around, solid_fill
from game.engine.intents import FULLSCREEN, QUIT, RESIZED, Intent, intent_for
from game.engine.palette import LETTERBOX
from game.engine.scenes import Scene
from game.ui.notice import draw_notice

FPS = 60
IDLE_WAIT_MS = 250  # how long an idle screen sleeps waiting for input
POLL_S = 0.025  # while idle, how often it looks for input (a tap waits at most this long)
# Errors in a row (each within CALM_FRAMES of the last) after which the title itself is
# taken to be broken and the game stops; a booth that errs once a day runs forever.
MAX_RECOVERIES = 5
CALM_FRAMES = 600
WARNINGS_KEPT = 64 * 1024  # characters of warnings.log kept (its newest)


def wait_for_events(timeout_ms: int) -> list:
    """The events that come within `timeout_ms`, returned as soon as there are any.

    Sleeps between looks rather than in SDL's own wait: where the video driver cannot
    block (the dummy driver of headless runs, for one) that wait wakes every millisecond,
    measured at 1 % of a core; looking every POLL_S costs a quarter of that."""
    end = time.perf_counter() + timeout_ms / 1000
    while True:
        events = pygame.event.get()
        if events or time.perf_counter() >= end:
            return events
        time.sleep(POLL_S)


class FrameLoop:
    _lookahead_failed: object = None  # the screen whose look-ahead failed: it is not asked again

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
            try:  # (the whole pass: an error in reading input or loading is a failure like a screen's)
                if self.animating() or max_frames is not None:
                    events = pygame.event.get()
                    dt = clock.tick(FPS if self.frames else 0) / 1000.0  # the first frame waits for nothing
                else:
                    # Idle: first make ready what may come next, a piece at a time and looking
                    # for input between pieces; then sleep until the player does something (or a
                    # short timeout for timers), so a waiting screen uses almost no CPU.
                    events = pygame.event.get() if self.prepare() else wait_for_events(IDLE_WAIT_MS)
                    dt = clock.tick() / 1000.0
                if self._library is None and self.frames > 0:
                    self.load_levels()  # behind the first screen, before anything can ask for them
                if not self.sounds.loaded and self.frames > 0:
                    self.sounds.load()  # the audio device, too, after the first frame
                self.frame(dt, [i for i in (intent_for(e, self.viewport) for e in events) if i])
            except Exception:  # noqa: BLE001 - logged, then recovered from or re-raised
                path = self.log_crash()
                self.player.flush(now=True)  # an answer waiting for the disk is not lost with the screen
                self.recoveries = self.recoveries + 1 if self.frames_since_error < CALM_FRAMES else 1
                self.frames_since_error = 0
                if not recover or self.recoveries > MAX_RECOVERIES:
                    raise
                print(f"error: a screen failed and the game went back to the start; details in {path}",
                      file=sys.stderr)
                self.routes.home()
                self.stack.apply()
        self.player.flush(now=True)  # what still waits, when the game stops

    @property
    def crash_log(self) -> Path:
        return self.player_home / "crash.log"

    @property
    def warnings_log(self) -> Path:
        return self.player_home / "warnings.log"

    def log_warnings(self, warnings: list[str]) -> None:
        """Note what went wrong at start-up (a setting file with a mistake, a file that could not be
        read) in warnings.log in the data folder: a booth or a PC started without a console shows
        no warnings anywhere else. The log keeps its newest part only (it never grows past 64 KB)."""
        warnings = [w for w in warnings if w not in self.warnings_logged]  # (once a run: a screen opens again)
        if not warnings:
            return
        self.warnings_logged.update(warnings)
        path = self.warnings_log
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            old = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
            text = old[-WARNINGS_KEPT // 2:] if len(old) > WARNINGS_KEPT else old
            lines = "".join(f"{w}\n" for w in warnings)
            path.write_text(f"{text}--- {datetime.now().isoformat(timespec='seconds')}\n{lines}", encoding="utf-8")
        except OSError:
            pass

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
        return self.busy or self.needs_redraw or any(s.dirty for s in self.stack.visible()) or self.stack.pending \
            or self.player.due  # (a change waits its frames for the disk: they come at once)

    def frame(self, dt: float, intents: list[Intent]) -> None:
        """One frame: intents to the top scene, time to every scene, draw if needed."""
        self.frames_since_error += 1
        # What an answer changed goes to disk in a still frame (one after a frame that drew
        # nothing), never in the frames that show it (the veil, 锡小朗 coming in, a panel
        # fading in), and within half a second (see Player.flush).
        self.player.flush(still=not self.last_frame_drew)
        self._dress_assets()  # screens lay text out as they change, at the player's text size
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
        self._dress_assets()
        visible = self.stack.visible()
        if not (force or self.needs_redraw or any(s.dirty for s in visible)):
            return False
        viewport = self.viewport
        canvas = self.view_canvas()
        clip = canvas.real_rect((0, 0, *viewport.size))
        canvas.log = getattr(self, "layout_log", None)  # set by `screenshot --layout` and the layout test
        part = None if force or canvas.log is not None else self._changed_part(canvas, visible, clip)
        if part is None:
            # Only the bars around the viewport: the bottom scene paints all of the viewport
            # (tested), and a second fill of 1920x1080 costs half a millisecond a frame.
            for bar in around(self.window.get_rect(), clip):
                solid_fill(self.window, LETTERBOX, bar)
            if canvas.log is not None:
                canvas.log.screen = (clip.x, clip.y, clip.w, clip.h)
        # Else only that part changed (words appearing, a fade): the same drawing, clipped to
        # it, over what the window already shows.
        self.window.set_clip(part or clip)
        first = 0
        changed = [i for i, scene in enumerate(visible) if scene.dirty]
        if part is not None and len(changed) == 1 and visible[changed[0]].draw_change(canvas):
            first = changed[0] + 1  # (that scene repainted its part itself: those beneath stay)
            visible[changed[0]].dirty = False
        for scene in visible[first:]:
            scene.draw(canvas)
            scene.dirty = False
        self.notice_shown = bool(self.player.save_problem)
        if self.notice_shown:
            draw_notice(canvas, self.locale("notice.save_failed"))
        self.window.set_clip(None)
        self.needs_redraw = False
        if part is None:
            self._drawn_whole = (self.window.get_size(), clip, id(self.window))
        if not self.headless:
            if part is None:
                pygame.display.flip()
            else:
                pygame.display.update(part)
        return True

    def view_canvas(self) -> Canvas:
        """The canvas screens draw on: the window, in the logical space of the viewport."""
        viewport = self.viewport
        return Canvas(self.window, self.assets, viewport.scale, viewport.offset, viewport.size)

    def prepare(self) -> bool:
        """One piece of look-ahead by the top screen while nothing moves (see
        game.scenes.lookahead): True if it did some and more may remain."""
        top = self.stack.top
        prepare = getattr(top, "prepare", None)
        if prepare is None or self.animating() or top is self._lookahead_failed:
            return False
        self._dress_assets()
        try:
            return bool(prepare())
        except Exception:  # noqa: BLE001 - logged; the screen goes on without its look-ahead
            # Look-ahead only makes ready what may come next: what it could not make is made
            # when it is shown (where a failure is a screen's failure, recovered from as any).
            # A visitor is not sent back to the start for it.
            self.log_crash()
            self._lookahead_failed = top
            return False

    def _changed_part(self, canvas: Canvas, visible: list, clip: pygame.Rect) -> pygame.Rect | None:
        """The window rect that alone changed since the last draw, or None to draw it all:
        every changed scene said where it changed, and the window still shows that last draw."""
        if self.needs_redraw or self._drawn_whole != (self.window.get_size(), clip, id(self.window)):
            return None
        if bool(self.player.save_problem) != self.notice_shown:
            return None
        areas = [s.area for s in visible if s.dirty]
        if not areas or any(a is None for a in areas):
            return None
        part = canvas.real_rect(areas[0]).unionall([canvas.real_rect(a) for a in areas[1:]]).clip(clip)
        return part if part.w and part.h else None
