"""One comic panel, laid out by the engine from a level's Panel record.

Everything is placed in the panel's own 1280x720 space: background, actors,
the simulated phone, the caption and the bubbles. `draw_panel` returns where
the named parts landed (for clues and hunts) and whether every text fit.

Actors use the panel's width: beside a phone they share the space left of it;
without one they are spread over the whole panel by how many there are, and a
lone speaker's bubbles go on the open side of the head.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from game.engine.canvas import Canvas, Rect
from game.levels.model import Panel, Persona
from game.ui import bubble as bub
from game.ui.screens import PHONE_RECT, draw_phone

PANEL_W, PANEL_H = 1280, 720
ACTOR_H = 640  # characters are drawn as a medium shot: the panel's edge cuts their legs
ACTOR_TOP = 250
SLOTS_WITH_SCREEN = {"left": 250, "center": 520, "right": 520}
SLOTS = {"left": 270, "center": 640, "right": 1010}
# Without a phone, where n actors stand (their centres), left to right: the whole width is used.
SPREAD = {1: {"left": 380, "center": 640, "right": 900}, 2: (330, 950), 3: (250, 640, 1030)}
ORDER = {"left": 0, "center": 1, "right": 2}
ART_H = 600  # the characters' viewBox height


@dataclass
class PanelLayout:
    parts: dict[str, Rect] = field(default_factory=dict)
    fits: bool = True
    overflows: list[str] = field(default_factory=list)


def actor_centre(panel: Panel, index: int) -> float:
    """Where an actor stands: its slot beside a phone, or its share of the width without one."""
    actor = panel.actors[index]
    if panel.screen:
        return SLOTS_WITH_SCREEN.get(actor.position, 520)
    count = len(panel.actors)
    if count == 1:
        return SPREAD[1].get(actor.position, 640)
    # Left to right by the position the author gave (ties keep the file's order).
    order = sorted(range(count), key=lambda i: (ORDER.get(panel.actors[i].position, 1), i))
    rank = order.index(index)
    if count in SPREAD:
        return SPREAD[count][rank]
    return PANEL_W * (2 * rank + 1) / (2 * count)


def actor_box(panel: Panel, index: int) -> Rect:
    cx = actor_centre(panel, index)
    width = ACTOR_H / 2
    return (cx - width / 2, ACTOR_TOP, width, ACTOR_H)


def mouth_of(panel: Panel, characters: dict, speaker: str) -> tuple[float, float] | None:
    for i, actor in enumerate(panel.actors):
        if actor.character == speaker:
            x, y, w, h = actor_box(panel, i)
            mx, my = characters.get(speaker, {}).get("mouth", (150, 130))
            return (x + mx * w / (ART_H / 2), y + my * h / ART_H)
    return None


def bubble_text_length(panel: Panel) -> int:
    """How many characters the panel's bubbles reveal, in reading order."""
    return sum(len(b.text) for b in panel.bubbles)


SCENE, BUBBLES, ALL = "scene", "bubbles", "all"  # the layers of a panel (see draw_panel)


def draw_panel(canvas: Canvas, panel: Panel, persona: Persona, characters: dict,
               typed: float | None = None, revealed: float | None = None,
               hidden: tuple[str, ...] = (), layer: str = ALL) -> PanelLayout:
    """Draw the panel. `typed`: form characters typed in so far; `revealed`: bubble
    characters shown so far (None: all of both); `hidden`: characters not drawn (their
    places are still given). `layer`: ALL, or SCENE (everything under the bubbles) or
    BUBBLES (only them) for a picture kept still while its words appear (game.ui.panel_layers);
    the layout returned holds the parts of what was drawn."""
    layout = PanelLayout()
    scene = layer != BUBBLES
    if scene:
        canvas.art(f"backgrounds/{panel.background}.svg", (0, 0, PANEL_W, PANEL_H))
        for i, actor in enumerate(panel.actors):
            box = actor_box(panel, i)
            if actor.character not in hidden:
                canvas.art(f"characters/{actor.character}/{actor.pose}_{actor.expression}.svg", box)
            layout.parts[f"actor:{actor.character}"] = box
    if scene and panel.screen is not None:
        cut: list[str] = []
        with canvas.group("screen", PHONE_RECT):
            layout.parts.update(draw_phone(canvas, panel.screen, persona, typed, cut))
        for name in cut:
            _note_fit(layout, name, False)
        layout.parts["screen"] = PHONE_RECT

    top = 22.0
    if panel.caption:
        max_w = (PHONE_RECT[0] - 60) if panel.screen else 760
        block = canvas.layout(panel.caption, max_w - 36, bub.CAPTION_TEXT, bold=True, max_lines=2, balance=True)
        if scene:
            rect = bub.draw_caption(canvas, block, (22, top))
            layout.parts["caption"] = rect
            _note_fit(layout, "caption", block.fits)
        else:
            rect = bub.caption_rect(block, (22, top))
        top = rect[1] + rect[3] + 18
    if layer != SCENE:
        _draw_bubbles(canvas, panel, characters, top, layout, revealed)
    return layout


def _draw_bubbles(canvas: Canvas, panel: Panel, characters: dict, top: float,
                  layout: PanelLayout, revealed: float | None) -> None:
    if not panel.bubbles:
        return
    right_edge = PHONE_RECT[0] - 24 if panel.screen else PANEL_W - 24
    left_edge = 24.0
    count = len(panel.bubbles)
    column_w = (right_edge - left_edge) / count if count > 1 else right_edge - left_edge
    # Columns go left to right by where the speaker stands, so tails never cross.
    def speaker_x(index: int) -> float:
        mouth = mouth_of(panel, characters, panel.bubbles[index].speaker)
        return mouth[0] if mouth else 0.0

    order = sorted(range(count), key=speaker_x)
    lone = _open_side(panel)
    for column, i in enumerate(order):
        bubble = panel.bubbles[i]
        col_x = left_edge + column * column_w if count > 1 else left_edge
        max_text_w = min(column_w, 640) - 2 * bub.PAD_X - 24
        block = canvas.layout(bubble.text, max_text_w, bub.BUBBLE_TEXT, max_lines=4, balance=True)
        _note_fit(layout, f"bubble[{i}]", block.fits)
        w, h = bub.bubble_size(block)
        mouth = mouth_of(panel, characters, bubble.speaker)
        centre = mouth[0] if mouth else col_x + column_w / 2
        if mouth and lone:
            # A lone speaker: the bubble sits on the open side of the head, its tail reaching back.
            centre = mouth[0] + lone * (w / 2 + 40)
        x = min(max(centre - w / 2, col_x + 12), col_x + column_w - w - 12)
        y = top + (8 if bubble.style == "shout" else 0)
        rect = (x, y, w, h)
        # Bubbles are revealed in the order the author wrote them (reading order).
        before = sum(len(b.text) for b in panel.bubbles[:i])
        shown = None if revealed is None else max(0, int(revealed) - before)
        if shown is not None and shown <= 0:
            layout.parts[f"bubble:{i}"] = rect
            continue
        with canvas.group("bubble", rect, f"bubble:{i}"):
            bub.draw_bubble(canvas, block, rect, bubble.style, mouth, shown)
        layout.parts[f"bubble:{i}"] = rect
        if y + h > PANEL_H - 20:
            _note_fit(layout, f"bubble[{i}]", False)


def _open_side(panel: Panel) -> int:
    """+1 or -1 when one actor, off centre and with no phone, says every bubble (they go on
    the side with room); 0 otherwise."""
    if panel.screen is not None or len(panel.actors) != 1:
        return 0
    speaker = panel.actors[0]
    if any(b.speaker != speaker.character for b in panel.bubbles):
        return 0
    centre = actor_centre(panel, 0)
    return 1 if centre < PANEL_W / 2 - 100 else (-1 if centre > PANEL_W / 2 + 100 else 0)


def _note_fit(layout: PanelLayout, what: str, fits: bool) -> None:
    if not fits:
        layout.fits = False
        layout.overflows.append(what)
