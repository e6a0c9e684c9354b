"""A comic panel kept as a picture: composed once, then copied to the screen each frame.

Drawing a panel afresh means its background, its characters, the phone with its
messages and the caption: some 5 ms at 1920x1080 in Python and pixels, every
frame its words are appearing. So the panel is composed once into a picture of
exactly the pixels it covers, and each frame copies that picture and draws only
what changes over it:

- while the bubbles' words appear, the picture holds everything under them (the
  SCENE layer) and the bubbles are drawn over it each frame;
- once every word shows, the picture holds the whole panel (ALL) and a frame is
  one copy.

A picture is kept for exactly what it shows (the panel, who is hidden, where on
the window and at what scale, the player's text size, colours and language), in
the assets' bounded `pictures` cache. What is drawn never depends on the cache:
with a layout log attached, on a dry canvas or while a form is being typed in,
the panel is simply drawn.
"""
from __future__ import annotations

import pygame

from game.engine import words
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect
from game.engine.translucent import subtract
from game.levels.model import Panel, Persona
from game.ui.panel import ALL, BUBBLES, SCENE, PanelLayout, draw_panel

VEILED = "veiled"  # a layer: the whole panel under an overlay's veil (with its holes kept apart)


def draw_layered(canvas: Canvas, frame: Rect, inner_width: float, panel: Panel, persona: Persona,
                 characters: dict, typed: float | None, revealed: float | None,
                 hidden: tuple[str, ...], veil: tuple | None = None) -> PanelLayout:
    """Draw the panel into `frame` of the canvas (clipped as the surface's clip is now).
    `veil`: (colour, holes, marks, covered) to draw it from its veiled picture (see
    `veiled_ready`), leaving out the real rect `covered` (a card paints it), if not None."""
    inner = canvas.sub(frame, inner_width)
    if not _keeps(canvas) or typed is not None:
        return draw_panel(inner, panel, persona, characters, typed, revealed, hidden)
    if veil is not None:
        colour, holes, marks, covered = veil
        _, picture, at, layout, patches = _kept(canvas, frame, panel, persona, characters, hidden,
                                                _veiled_layer(colour, marks))
        shown = pygame.Rect(at, picture.get_size())
        for part in subtract(shown, [covered]) if covered is not None else [shown]:  # (not under a card)
            canvas.surface.blit(picture, part.topleft, part.move(-at[0], -at[1]))
        for hole in holes:  # what shows through the veil's holes, unveiled
            if tuple(hole) in patches:
                patch, place = patches[tuple(hole)]
                canvas.surface.blit(patch, place)
        return layout
    layer = ALL if revealed is None else SCENE
    picture, at, layout = _picture(canvas, frame, inner_width, panel, persona, characters, hidden, layer)
    canvas.surface.blit(picture, at)
    if layer == SCENE:
        said = draw_panel(inner, panel, persona, characters, None, revealed, hidden, BUBBLES)
        layout = _merged(layout, said)
    return layout


def prepare(canvas: Canvas, frame: Rect, inner_width: float, panel: Panel, persona: Persona,
            characters: dict, hidden: tuple[str, ...], layer: str) -> bool:
    """Compose the picture `draw_layered` will want for this panel, ahead of time (while the
    player reads): True if there was anything to do."""
    if not _keeps(canvas) or _kept(canvas, frame, panel, persona, characters, hidden, layer) is not None:
        return False
    _picture(canvas, frame, inner_width, panel, persona, characters, hidden, layer)
    return True


def veiled_ready(canvas: Canvas, frame: Rect, panel: Panel, persona: Persona, characters: dict,
                 hidden: tuple[str, ...], colour, holes: list[pygame.Rect], marks=None) -> bool:
    """Whether the panel's veiled picture is kept, with what shows through each of these holes
    (and the marks named `marks` drawn on it, if any)."""
    if not _keeps(canvas):
        return False
    kept = _kept(canvas, frame, panel, persona, characters, hidden, _veiled_layer(colour, marks))
    region = _region(canvas, frame)
    return kept is not None and all(tuple(h) in kept[4] for h in holes if h.colliderect(region))


def prepare_veiled(canvas: Canvas, frame: Rect, inner_width: float, panel: Panel, persona: Persona,
                   characters: dict, hidden: tuple[str, ...], colour, holes: list[pygame.Rect],
                   marks: tuple | None = None, rounded: int = 0) -> bool:
    """Make the panel's veiled picture (an overlay's veil over all of it, as `Canvas.veil`
    blends it) from its picture, keeping unveiled what shows through each hole. Under
    锡小朗's card the frame is then one copy, not a copy and two blends of a million pixels.
    `marks`: (a name, draw(canvas)) for what is drawn over the panel too (a hunt's rings
    and check marks), put on before the veil. The picture it is made from is used up
    (unless it is the panel on screen, with nobody left out, or marks change with each
    find: then it is copied). `rounded`: the holes overlap, so the veil cuts them out with
    this corner radius (see Canvas._keep_holes): what shows through each is kept so, a
    rounded piece. True if there was anything to do."""
    colour = tuple(colour)
    name, draw_marks = marks if marks is not None else (None, None)
    if not _keeps(canvas) or veiled_ready(canvas, frame, panel, persona, characters, hidden, colour, holes, name):
        return False
    if name is not None:  # the same panel veiled with the marks before the last find: not wanted again
        for key in [k for k, v in canvas.assets.pictures.items() if k[0] == "panel" and v[0] is panel
                    and isinstance(k[5], tuple) and len(k[5]) == 3 and k[5][:2] == (VEILED, colour)]:
            canvas.assets.pictures.drop(key)
    picture, at, layout = _picture(canvas, frame, inner_width, panel, persona, characters, hidden, ALL)
    if marks is None and any(actor.character in hidden for actor in panel.actors):
        canvas.assets.pictures.drop(_key(canvas, frame, panel, persona, characters, hidden, ALL))
    else:  # the panel on screen, or wanted again with the next find's marks: kept as it is
        canvas.assets.pictures.make_room(picture.get_width() * picture.get_height() * 4)
        picture = picture.copy()
    region = _region(canvas, frame)
    if draw_marks is not None:
        picture.set_clip(region.move(-at[0], -at[1]))
        draw_marks(Canvas(picture, canvas.assets, canvas.scale, (canvas.origin[0] - at[0], canvas.origin[1] - at[1]),
                          canvas.size))
        picture.set_clip(None)
    patches = {}
    for hole in holes:
        shown = hole.clip(region)
        if not shown.w or not shown.h:
            continue
        patch = picture.subsurface(shown.move(-at[0], -at[1])).copy()
        if rounded:  # (the part of the rounded hole on the panel, transparent outside the rounding)
            piece = pygame.Surface(shown.size, pygame.SRCALPHA)
            pygame.draw.rect(piece, (255, 255, 255, 255), hole.move(-shown.x, -shown.y), border_radius=rounded)
            piece.blit(patch, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
            patch = piece
        patches[tuple(hole)] = (patch, shown.topleft)
    Canvas(picture, canvas.assets, 1.0)._blend(picture.get_rect(), colour)
    key = _key(canvas, frame, panel, persona, characters, hidden, _veiled_layer(colour, name))
    canvas.assets.pictures.get_or(key, lambda: (panel, picture, at, layout, patches))
    return True


def _veiled_layer(colour, marks) -> tuple:
    return (VEILED, tuple(colour)) if marks is None else (VEILED, tuple(colour), marks)


def _keeps(canvas: Canvas) -> bool:
    """Pictures are kept for a plain canvas: not a dry one, nor while the layout is recorded."""
    return type(canvas) is Canvas and canvas.log is None


def _region(canvas: Canvas, frame: Rect) -> pygame.Rect:
    """The window pixels the panel covers (whatever part of them a frame redraws)."""
    return canvas.real_rect(frame).clip(canvas.surface.get_rect())


def _key(canvas: Canvas, frame: Rect, panel: Panel, persona: Persona, characters: dict,
         hidden: tuple[str, ...], layer: str) -> tuple:
    assets = canvas.assets
    hidden = tuple(h for h in hidden if any(a.character == h for a in panel.actors))  # only who is there
    colours = tuple(sorted(assets.colours.items())) if assets.colours else None
    return ("panel", id(panel), id(persona), id(characters), tuple(hidden), layer, tuple(_region(canvas, frame)),
            tuple(frame), canvas.scale, tuple(canvas.origin), tuple(canvas.art_roots), assets.text_scale, colours,
            assets.lang, words.state())


def _kept(canvas: Canvas, frame: Rect, panel: Panel, persona: Persona, characters: dict,
          hidden: tuple[str, ...], layer: str):
    key = _key(canvas, frame, panel, persona, characters, hidden, layer)
    kept = canvas.assets.pictures.get(key)
    # The panel itself is kept with its picture, so an id reused by another panel never matches.
    if kept is None or kept[0] is not panel:
        return None
    canvas.assets.pictures.move_to_end(key)
    return kept


def _picture(canvas: Canvas, frame: Rect, inner_width: float, panel: Panel, persona: Persona,
             characters: dict, hidden: tuple[str, ...],
             layer: str) -> tuple[pygame.Surface, tuple[int, int], PanelLayout]:
    kept = _kept(canvas, frame, panel, persona, characters, hidden, layer)
    if kept is not None:
        return kept[1], kept[2], kept[3]
    region = _region(canvas, frame)
    # The picture starts on even pixels: coordinates then round exactly as they do on the window.
    at = (region.x - region.x % 2, region.y - region.y % 2)
    scene = _kept(canvas, frame, panel, persona, characters, hidden, SCENE) if layer == ALL else None
    if scene is not None:
        # Its words have all appeared: they go straight onto the picture under them, which is
        # not wanted again (no second picture is made, and nothing is copied).
        canvas.assets.pictures.drop(_key(canvas, frame, panel, persona, characters, hidden, SCENE))
        picture = scene[1]
    else:
        canvas.assets.pictures.make_room((region.right - at[0]) * (region.bottom - at[1]) * 4)
        size = (max(1, region.right - at[0]), max(1, region.bottom - at[1]))
        window = pygame.display.get_surface()
        # Made in the window's own pixel format, so that copying it there is a plain copy.
        picture = pygame.Surface(size, 0, window) if window is not None else pygame.Surface(size)
        picture.fill(canvas.ink(pal.GUTTER))  # under the background, as on the page
    picture.set_clip(region.move(-at[0], -at[1]))
    below = Canvas(picture, canvas.assets, canvas.scale, (canvas.origin[0] - at[0], canvas.origin[1] - at[1]),
                   canvas.size)
    below.art_roots = canvas.art_roots
    inner = below.sub(frame, inner_width)
    if scene is not None:
        layout = _merged(scene[3], draw_panel(inner, panel, persona, characters, None, None, hidden, BUBBLES))
    else:
        layout = draw_panel(inner, panel, persona, characters, None, None, hidden, layer)
    picture.set_clip(None)
    key = _key(canvas, frame, panel, persona, characters, hidden, layer)
    canvas.assets.pictures.get_or(key, lambda: (panel, picture, at, layout))
    return picture, at, layout


def _merged(under: PanelLayout, over: PanelLayout) -> PanelLayout:
    return PanelLayout({**under.parts, **over.parts}, under.fits and over.fits, under.overflows + over.overflows)
