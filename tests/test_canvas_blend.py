"""Translucent shapes on the window are blended in place, and look as if drawn on a layer.

A shadow or a fade over the window used to be drawn on a transparent layer the size of
the shape, made and dropped each frame. Canvas.box now blends straight rectangles in
place and copies a rounded rectangle's four corners from small kept pieces. These
tests hold it to the layer's look, pixel by pixel, within rounding, clipped or not.
"""
from __future__ import annotations

import random

import pygame
import pytest

from game.engine.canvas import Canvas

SIZE = 200


def layered(surface: pygame.Surface, rect, colour, radius: int) -> None:
    """The old way: the shape on a transparent layer, blended over the surface."""
    r = pygame.Rect(rect)
    layer = pygame.Surface(r.size, pygame.SRCALPHA)
    pygame.draw.rect(layer, colour, layer.get_rect(), border_radius=radius)
    surface.blit(layer, r.topleft)


def busy_background(rng: random.Random) -> pygame.Surface:
    surface = pygame.Surface((SIZE, SIZE))
    for _ in range(30):
        surface.fill([rng.randrange(256) for _ in range(3)],
                     (rng.randrange(SIZE), rng.randrange(SIZE), rng.randrange(60), rng.randrange(60)))
    return surface


def both_ways(assets, background: pygame.Surface, clip, scale: float, draw) -> list[pygame.Surface]:
    """`draw(canvas, new_way)` on two copies of the background, the new way and the old; the
    clip is left as it was."""
    pictures = []
    for new_way in (True, False):
        surface = background.copy()
        surface.set_clip(clip)
        draw(Canvas(surface, assets, scale, (0, 0), (SIZE, SIZE)), new_way)
        assert surface.get_clip() == (clip or surface.get_rect())
        pictures.append(surface)
    return pictures


def most_apart(a: pygame.Surface, b: pygame.Surface, over: int, size: tuple[int, int] = (SIZE, SIZE)) -> int:
    """How many pixels differ by more than `over` in some channel."""
    up, down = a.copy(), b.copy()
    up.set_clip(None)
    down.set_clip(None)
    up.blit(b, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    down.blit(a, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    up.blit(down, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    same = pygame.mask.from_threshold(up, (0, 0, 0), (over + 1, over + 1, over + 1, 255)).count()
    return size[0] * size[1] - same


def random_box(rng: random.Random, translucent: bool):
    """A busy background, and a rounded box on it (some too round to fit), under a clip or not."""
    background = busy_background(rng)
    rect = (rng.randint(-15, 120), rng.randint(-15, 120), rng.randint(1, 150), rng.randint(1, 150))
    radius = rng.randint(0 if translucent else 1, 40) if rng.random() < 0.7 else rng.randint(30, 90)
    colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    colour += (rng.randint(1, 254),) if translucent else ()
    clip = (rng.randrange(80), rng.randrange(80), 120, 120) if rng.random() < 0.5 else None
    return background, rect, radius, colour, clip


def box_and_reference(shared_assets, case, reference):
    """The case's box drawn by Canvas.box, and by `reference(surface, rect, colour, radius)`."""
    background, rect, radius, colour, clip = case
    ours, theirs = background.copy(), background.copy()
    ours.set_clip(clip)
    theirs.set_clip(clip)
    Canvas(ours, shared_assets, 1.0, (0, 0), (SIZE, SIZE)).box(rect, fill=colour, radius=radius)
    reference(theirs, rect, colour, radius)
    return ours, theirs


@pytest.mark.parametrize("seed", range(6))
def test_a_translucent_rounded_box_looks_as_one_drawn_on_a_layer(shared_assets, seed):
    rng = random.Random(seed)
    for _ in range(25):
        case = random_box(rng, translucent=True)
        blended, old = box_and_reference(shared_assets, case, layered)
        assert most_apart(blended, old, over=2) == 0, case[1:]


@pytest.mark.parametrize("seed", range(4))
def test_an_opaque_rounded_box_is_the_very_box_pygame_draws(shared_assets, seed):
    rng = random.Random(seed)
    for _ in range(30):
        case = random_box(rng, translucent=False)
        ours, theirs = box_and_reference(shared_assets, case, lambda surface, rect, colour, radius:
                                         pygame.draw.rect(surface, colour, rect, border_radius=radius))
        assert most_apart(ours, theirs, over=0) == 0, case[1:]


def test_the_corners_of_a_shadow_are_kept_once_per_radius_and_colour(shared_assets):
    surface = pygame.Surface((SIZE, SIZE))
    canvas = Canvas(surface, shared_assets, 1.0, (0, 0), (SIZE, SIZE))
    shadow = (10, 20, 30, 45)
    for x in range(5):
        canvas.box((x, 10, 100, 60), fill=shadow, radius=17)
    kept = [k for k in shared_assets.corners if k == (17, shadow)]
    assert len(kept) == 1


@pytest.mark.parametrize("seed", range(4))
def test_a_shadow_drawn_only_where_its_box_leaves_it_showing_looks_as_the_whole_shadow(shared_assets, seed):
    rng = random.Random(seed)
    for _ in range(25):
        background = busy_background(rng)
        x, y, w, h = rng.randint(-15, 120), rng.randint(-15, 120), rng.randint(1, 150), rng.randint(1, 150)
        offset = (rng.randint(0, 12), rng.randint(0, 12))
        radius = rng.randint(0, 40)
        shadow = (43, 43, 58, rng.randint(1, 254))
        scale = rng.choice([1.0, 1.5, 0.8])
        clip = (rng.randrange(80), rng.randrange(80), 120, 120) if rng.random() < 0.5 else None

        def draw(canvas, only_showing):
            if only_showing:
                canvas.shadow((x, y, w, h), offset, shadow, radius=radius)
            else:
                canvas.box((x + offset[0], y + offset[1], w, h), fill=shadow, radius=radius)
            canvas.box((x, y, w, h), fill=(250, 250, 250), border=(0, 0, 0), width=3, radius=radius)

        pictures = both_ways(shared_assets, background, clip, scale, draw)
        assert most_apart(*pictures, over=2) == 0, ((x, y, w, h), offset, radius, scale, clip)


@pytest.mark.parametrize("seed", range(3))
def test_a_veil_left_off_under_a_card_looks_as_a_veil_over_all_of_it(shared_assets, seed):
    rng = random.Random(seed)
    for _ in range(20):
        background = busy_background(rng)
        card = (rng.randint(-15, 120), rng.randint(-15, 120), rng.randint(1, 150), rng.randint(1, 150))
        holes = [(rng.randint(0, 150), rng.randint(0, 150), rng.randint(5, 50), rng.randint(5, 50))]
        scale = rng.choice([1.0, 1.5, 0.8])
        clip = (rng.randrange(80), rng.randrange(80), 120, 120) if rng.random() < 0.5 else None

        def draw(canvas, left_off):
            canvas.veil((30, 30, 42, 150), holes, under=card if left_off else None, under_radius=16)
            canvas.box(card, fill=(250, 250, 250), border=(0, 0, 0), width=3, radius=16)

        pictures = both_ways(shared_assets, background, clip, scale, draw)
        assert most_apart(*pictures, over=0) == 0, (card, holes, scale, clip)


def layered_veil(surface: pygame.Surface, colour, holes: list[pygame.Rect], radius: int) -> None:
    """The old way: a veil the size of the surface with rounded holes cut out, blended over it."""
    layer = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    layer.fill(colour)
    for hole in holes:
        pygame.draw.rect(layer, (0, 0, 0, 0), hole, border_radius=radius)
    surface.blit(layer, (0, 0))


@pytest.mark.parametrize("seed", range(6))
def test_a_veil_with_rounded_holes_looks_as_one_cut_from_a_layer(shared_assets, seed):
    rng = random.Random(seed)
    for _ in range(20):
        background = busy_background(rng)
        holes = [pygame.Rect(rng.randint(-30, 180), rng.randint(-30, 180), rng.randint(1, 90), rng.randint(1, 90))
                 for _ in range(rng.randint(0, 4))]  # some overlap, some leave the surface
        radius = rng.randint(0, 24) if rng.random() < 0.7 else rng.randint(20, 60)  # some too round to fit
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randint(1, 254))
        clip = (rng.randrange(80), rng.randrange(80), 120, 120) if rng.random() < 0.5 else None
        blended, old = background.copy(), background.copy()
        blended.set_clip(clip)
        old.set_clip(clip)
        Canvas(blended, shared_assets, 1.0, (0, 0), (SIZE, SIZE)).veil(colour, [tuple(h) for h in holes], radius)
        layered_veil(old, colour, holes, radius)
        assert most_apart(blended, old, over=2) == 0, (holes, radius, colour, clip)


def test_a_solid_fill_in_two_parts_is_the_same_as_one_fill():
    from game.engine.translucent import solid_fill

    rng = random.Random(3)
    for _ in range(300):
        rect = pygame.Rect(rng.randint(-20, 190), rng.randint(-20, 190), rng.randint(0, 120), rng.randint(0, 60))
        clip = (rng.randrange(80), rng.randrange(80), 120, 120) if rng.random() < 0.5 else None
        ours, one = busy_background(rng), None
        one = ours.copy()
        ours.set_clip(clip)
        one.set_clip(clip)
        solid_fill(ours, (9, 99, 199), rect)
        one.fill((9, 99, 199), rect)
        assert most_apart(ours, one, over=0) == 0, (rect, clip)


@pytest.mark.parametrize("seed", range(4))
def test_a_veil_that_skips_parts_veiled_ahead_looks_as_one_veil_over_everything(shared_assets, seed):
    """Parts veiled ahead (a panel with what shows through the holes kept unveiled, a page
    filled in its veiled colour) and a veil that leaves them out look as one veil over the
    whole surface, holes inside, across or outside them."""
    from game.engine.translucent import simple_holes, subtract, veiled_colour

    PAGE = (120, 130, 140)

    rng = random.Random(seed)
    colour = (30, 30, 42, 150)
    done = 0
    while done < 15:
        background = busy_background(rng)
        panel = pygame.Rect(rng.randint(0, 60), rng.randint(0, 60), rng.randint(60, 130), rng.randint(60, 130))
        page = pygame.Rect(rng.randint(0, 150), rng.randint(0, 150), rng.randint(20, 90), rng.randint(20, 90))
        holes = [pygame.Rect(rng.randint(0, 170), rng.randint(0, 170), rng.randint(26, 60), rng.randint(26, 60))
                 for _ in range(rng.randint(1, 3))]
        if not simple_holes(holes, 12):
            continue  # (the veiled panel is used only with such holes)
        done += 1
        # Beside the panel, a page of one colour (off the holes): filled veiled already, ahead.
        page_parts = subtract(page, [panel] + holes)
        for part in page_parts:
            background.fill(PAGE, part)
        whole = background.copy()
        Canvas(whole, shared_assets, 1.0, (0, 0), (SIZE, SIZE)).veil(colour, [tuple(h) for h in holes], 12)
        ahead = background.copy()
        for part in page_parts:
            ahead.fill(veiled_colour(PAGE, colour), part)
        veiled = ahead.subsurface(panel).copy()
        Canvas(veiled, shared_assets, 1.0)._blend(veiled.get_rect(), colour)
        ahead.blit(veiled, panel.topleft)
        for hole in holes:  # what shows through the holes, put back unveiled
            part = hole.clip(panel)
            if part.w and part.h:
                ahead.blit(background, part.topleft, part)
        skip = [panel] + page_parts
        Canvas(ahead, shared_assets, 1.0, (0, 0), (SIZE, SIZE)).veil(colour, [tuple(h) for h in holes], 12, skip=skip)
        assert most_apart(whole, ahead, over=0) == 0, (skip, holes)


@pytest.mark.parametrize("seed", range(6))
def test_subtracting_rects_leaves_every_pixel_outside_them_once_and_none_inside(seed):
    from game.engine.translucent import subtract

    rng = random.Random(seed)
    for _ in range(40):
        outer = pygame.Rect(rng.randint(0, 20), rng.randint(0, 20), rng.randint(1, 80), rng.randint(1, 80))
        cutters = [pygame.Rect(rng.randint(-10, 90), rng.randint(-10, 90), rng.randint(0, 50), rng.randint(0, 50))
                   for _ in range(rng.randint(0, 8))]
        counts = {}
        for piece in subtract(outer, cutters):
            assert piece.w > 0 and piece.h > 0
            for x in range(piece.left, piece.right):
                for y in range(piece.top, piece.bottom):
                    counts[(x, y)] = counts.get((x, y), 0) + 1
        expected = {(x, y) for x in range(outer.left, outer.right) for y in range(outer.top, outer.bottom)
                    if not any(c.collidepoint(x, y) for c in cutters)}
        assert set(counts) == expected
        assert set(counts.values()) <= {1}
