"""Where a comic's panel parts are on screen: the hunt's tappable parts, a clue's ring, the faces
an overlay must leave visible (a mixin of ComicScene; it reads the scene's layout and geometry)."""
from __future__ import annotations

from game.engine.canvas import Rect
from game.levels.model import Panel
from game.levels.parts import is_hunt_part
from game.ui import hud
from game.ui.button import Button
from game.ui.panel import actor_box


class ComicParts:
    def _part_buttons(self) -> list[Button]:
        buttons = []
        for name, rect in self.screen_parts().items():
            if is_hunt_part(name):
                buttons.append(Button(f"part:{name}", rect, "", "part"))
        for clue_id in self.shown.clues:
            clue = self.level.clues[clue_id]
            if clue.target == "rect" and clue.rect:
                buttons.append(Button(f"part:clue:{clue_id}", self.to_screen(clue.rect), "", "part"))
        # Reading order for the keyboard; taps pick the smallest part under the finger.
        buttons.sort(key=lambda b: (round(b.rect[1]), b.rect[0]))
        return buttons

    def screen_parts(self) -> dict[str, Rect]:
        if self.layout is None:
            return {}
        return {name: self.to_screen(rect) for name, rect in self.layout.parts.items()}

    def to_screen(self, rect: Rect) -> Rect:
        """Panel space (1280x720) to the screen's logical space."""
        return self.geo.to_screen(rect)

    def clue_rect(self, clue_id: str) -> Rect | None:
        clue = self.level.clues.get(clue_id)
        if clue is None:
            return None
        if clue.target == "rect" and clue.rect:
            return self.to_screen(clue.rect)
        rect = (self.layout.parts if self.layout else {}).get(clue.target)
        return self.to_screen(rect) if rect else None

    def faces(self, panel: Panel | None, hidden: tuple[str, ...] = ()) -> list[tuple[str, Rect]]:
        """Each character's head on screen (what an overlay must not hide)."""
        if panel is None:
            return []
        found = []
        for i, actor in enumerate(panel.actors):
            if actor.character in hidden:
                continue
            mouth = self.characters.get(actor.character, {}).get("mouth")
            head = hud.head_rect(actor_box(panel, i), tuple(mouth) if mouth else None)
            frame = self.geo.frame
            shown = _clip(self.to_screen(head), frame)
            if shown is not None:
                found.append((actor.character, shown))
        return found


def _clip(rect: Rect, bounds: Rect) -> Rect | None:
    x0, y0 = max(rect[0], bounds[0]), max(rect[1], bounds[1])
    x1 = min(rect[0] + rect[2], bounds[0] + bounds[2])
    y1 = min(rect[1] + rect[3], bounds[1] + bounds[3])
    return (x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None
