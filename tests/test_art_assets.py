"""The art the levels can name exists, loads the way the engine loads it, and matches its generator.

Every character x pose x expression in assets/art/characters.yaml must have its
SVG, load with pygame at 150x300 and show something; full-figure poses must not
be clipped by the edge of the box; every background must load and be opaque;
and the files must be what tools/art/make_art.py writes today (so nobody edits
a generated SVG by hand and loses it at the next run).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pygame
import pytest
import yaml
from conftest import REPO

from game.levels.catalog import Catalog

ART = REPO / "assets" / "art"
CATALOG = yaml.safe_load((ART / "characters.yaml").read_text(encoding="utf-8"))
CELLS = [(cid, pose, expr) for cid, entry in CATALOG.items()
         for pose in entry["poses"] for expr in entry["expressions"]]
BACKGROUNDS = sorted((ART / "backgrounds").glob("*.svg"))
FRAMED = {"call"}  # poses drawn to run off the edges of the box on purpose


def svg_path(cid: str, pose: str, expr: str) -> Path:
    return ART / "characters" / cid / f"{pose}_{expr}.svg"


def test_catalog_reads_every_character():
    catalog = Catalog.from_assets(REPO / "assets")
    assert set(catalog.characters) == set(CATALOG)
    for cid, entry in CATALOG.items():
        art = catalog.character(cid)
        assert art.name == entry["name"] and art.name, cid
        assert art.poses == tuple(entry["poses"]) and art.expressions == tuple(entry["expressions"])


@pytest.mark.parametrize("cid", sorted(CATALOG))
def test_anchor_points_are_inside_the_box(cid):
    entry = CATALOG[cid]
    keys = ["mouth"] + (["call_mouth"] if "call" in entry["poses"] else [])
    for key in keys:
        x, y = entry[key]
        assert 0 < x < 300 and 0 < y < 600, (cid, key, entry[key])


@pytest.mark.parametrize(("cid", "pose", "expr"), CELLS, ids=[f"{c}-{p}_{e}" for c, p, e in CELLS])
def test_character_svg_loads_at_150x300(cid, pose, expr):
    path = svg_path(cid, pose, expr)
    assert path.is_file(), f"{path} is listed in characters.yaml but missing"
    surface = pygame.image.load_sized_svg(str(path), (150, 300))
    assert surface.get_size() == (150, 300)
    width, height = surface.get_size()
    opaque = sum(1 for x in range(0, width, 3) for y in range(0, height, 3) if surface.get_at((x, y)).a > 200)
    assert opaque > 300, f"{path} draws almost nothing"
    if pose not in FRAMED:
        edges = ([(x, 0) for x in range(width)] + [(0, y) for y in range(height)]
                 + [(width - 1, y) for y in range(height)])
        clipped = [p for p in edges if surface.get_at(p).a > 40]
        assert not clipped, f"{path} is cut off at the edge of its box near {clipped[:3]}"


def test_no_unlisted_character_files():
    listed = {svg_path(*cell) for cell in CELLS}
    on_disk = set((ART / "characters").glob("*/*.svg"))
    assert on_disk - listed == set(), "SVG files that characters.yaml does not list"


@pytest.mark.parametrize("path", BACKGROUNDS, ids=[p.stem for p in BACKGROUNDS])
def test_background_loads_and_is_opaque(path):
    surface = pygame.image.load_sized_svg(str(path), (320, 180))
    assert surface.get_size() == (320, 180)
    for x, y in ((0, 0), (319, 0), (0, 179), (319, 179), (160, 90)):
        assert surface.get_at((x, y)).a == 255, f"{path.stem} is see-through at {(x, y)}"


def test_backgrounds_the_stories_need_exist():
    names = {p.stem for p in BACKGROUNDS}
    assert {"living_room", "classroom", "street", "school_gate", "bedroom_night"} <= names


def test_files_match_the_generator():
    sys.path.insert(0, str(REPO / "tools" / "art"))
    try:
        import backgrounds
        import make_art
        from characters import CHARACTERS, H, W
        from svg import document
    finally:
        sys.path.pop(0)
    stale = []
    for c in CHARACTERS.values():
        for pose in c.poses:
            for expr in c.expressions:
                text = document(W, H, c.build(pose, expr), f"{c.id} {pose} {expr}")
                if svg_path(c.id, pose, expr).read_text(encoding="utf-8") != text:
                    stale.append(f"{c.id}/{pose}_{expr}")
    for name, build in backgrounds.BACKGROUNDS.items():
        text = document(backgrounds.W, backgrounds.H, build(), f"background {name}")
        if (ART / "backgrounds" / f"{name}.svg").read_text(encoding="utf-8") != text:
            stale.append(f"backgrounds/{name}")
    if (ART / "characters.yaml").read_text(encoding="utf-8") != make_art.catalog_yaml():
        stale.append("characters.yaml")
    assert not stale, f"run python tools/art/make_art.py; out of date: {stale}"
