"""Scenes and the scene stack (a pushdown automaton).

The top scene gets the intents. Drawing starts at the top-most opaque scene and
goes up, so a transparent overlay (锡小朗's feedback, a pause card) shows the
scene below it. Push, pop and replace are requests, applied between frames, so a
scene never changes the stack under the loop's feet. A scene that was pushed can
pop with a result, which the scene below receives in `on_result`.
"""
from __future__ import annotations

from typing import Any

from game.engine.intents import Intent


class Scene:
    """Base class: override what the scene needs. `draw` must not change state."""

    transparent = False
    name = "scene"

    def __init__(self) -> None:
        self.dirty = True  # the loop redraws when any visible scene is dirty
        self.area: tuple[float, float, float, float] | None = None  # see changed()

    @property
    def dirty(self) -> bool:
        return self._dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self._dirty = value
        self.area = None  # changed anywhere (or drawn): the next draw is of the whole screen

    def changed(self, rect: tuple[float, float, float, float]) -> None:
        """Only this logical rect looks different (words appearing, a fade): unless the scene
        changes anywhere else before the next draw, the loop redraws just that part."""
        if self._dirty and self.area is None:
            return  # the whole screen is to be drawn anyway
        if self.area is not None:
            x0, y0 = min(self.area[0], rect[0]), min(self.area[1], rect[1])
            x1 = max(self.area[0] + self.area[2], rect[0] + rect[2])
            y1 = max(self.area[1] + self.area[3], rect[1] + rect[3])
            rect = (x0, y0, x1 - x0, y1 - y0)
        self._dirty = True
        self.area = rect

    def on_enter(self) -> None:
        """Called when the scene becomes the top for the first time."""

    def on_result(self, result: Any) -> None:
        """Called when a scene pushed by this one pops with a result."""

    def handle(self, intent: Intent) -> None:
        """React to one player intent."""

    def update(self, dt: float) -> None:
        """Advance time by dt seconds. Set self.dirty while something moves."""

    def draw_change(self, canvas: Any) -> bool:
        """Repaint all of the part this scene alone said changed (`changed`), opaque, over what
        the window shows, with nothing beneath drawn again: True if it did. False (most
        scenes): the loop draws every visible scene, clipped to that part."""
        return False

    def draw(self, canvas: Any) -> None:
        """Draw the scene. Reads state only."""

    def targets(self) -> dict[str, Any]:
        """Tappable things by id, with their logical rects (for tests and autoplay).

        Scenes keep their buttons in `self.buttons` (a ButtonGroup); others override this.
        """
        buttons = getattr(self, "buttons", None)
        return buttons.targets() if buttons is not None else {}


class SceneStack:
    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self._requests: list[tuple[str, Scene | None, Any]] = []

    # -- requests (applied by apply()) -----------------------------------

    def push(self, scene: Scene) -> None:
        self._requests.append(("push", scene, None))

    def pop(self, result: Any = None) -> None:
        self._requests.append(("pop", None, result))

    def replace(self, scene: Scene) -> None:
        self._requests.append(("replace", scene, None))

    def reset(self, scene: Scene) -> None:
        """Drop every scene and start over with this one."""
        self.reset_to([scene])

    def reset_to(self, scenes: list[Scene]) -> None:
        """Drop every scene and start over with these, bottom first (the last is the top)."""
        self._requests.append(("reset", None, list(scenes)))

    # -- the loop's side ---------------------------------------------------

    @property
    def pending(self) -> bool:
        return bool(self._requests)

    def apply(self) -> None:
        while self._requests:
            op, scene, result = self._requests.pop(0)
            if op == "push" and scene is not None:
                self._scenes.append(scene)
                scene.on_enter()
            elif op == "pop" and self._scenes:
                self._scenes.pop()
                if self._scenes:
                    self._scenes[-1].dirty = True
                    self._scenes[-1].on_result(result)
            elif op == "replace" and scene is not None:
                if self._scenes:
                    self._scenes.pop()
                self._scenes.append(scene)
                scene.on_enter()
            elif op == "reset" and result:
                self._scenes = list(result)
                self._scenes[-1].on_enter()

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    @property
    def scenes(self) -> list[Scene]:
        return list(self._scenes)

    def visible(self) -> list[Scene]:
        """The scenes to draw, bottom first: from the top-most opaque one upward."""
        start = 0
        for i in range(len(self._scenes) - 1, -1, -1):
            if not self._scenes[i].transparent:
                start = i
                break
        return self._scenes[start:]

    def __len__(self) -> int:
        return len(self._scenes)
