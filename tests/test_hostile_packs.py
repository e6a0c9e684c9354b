"""Hostile drawings in a level pack: a huge, malformed or not-an-image SVG gets a clear problem
naming the file, the level that uses it is left out, a drawing that turns bad after loading is
drawn as a plain box, and nothing outside the pack is ever read."""
from __future__ import annotations

import io
import os
import random
import sys
import zipfile
from pathlib import Path

import pygame
import pytest

from game.engine.assets import Assets
from game.engine.canvas import Canvas
from game.levels import packs, validate
from game.levels.library import Library
from game.levels.packs import ART_MAX_BYTES, LevelPack, read_art
from game.ui.panel import PANEL_H, PANEL_W, draw_panel

DATA = Path(__file__).parent / "data"
ASSETS = DATA / "assets"
REPO = Path(__file__).resolve().parent.parent
MINIMAL = (DATA / "minimal_level.yaml").read_text(encoding="utf-8")
NS = 'xmlns="http://www.w3.org/2000/svg"'
GOOD = f'<svg {NS} viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n'.encode()
SECRET = "TOP-SECRET-OUTSIDE-THE-PACK"
PLACEHOLDER = (200, 200, 210, 160)


def png_bytes() -> bytes:
    out = io.BytesIO()
    pygame.image.save(pygame.Surface((4, 4)), out, "png")
    return out.getvalue()


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("drawing.svg", GOOD)
    return out.getvalue()


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE svg [\n <!ENTITY a "hahahahaha">\n'
          + "".join(f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(8))
          + f']>\n<svg {NS}><text>&i;</text></svg>\n').encode()
# Reaches for a file beside the pack three ways: an external entity, an image and a use.
REACHING = (f'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY s SYSTEM "../../../secret.txt">]>\n'
            f'<svg {NS} xmlns:xlink="http://www.w3.org/1999/xlink"><text>&s;</text>'
            '<image href="../../../secret.png"/><use xlink:href="../../../secret.svg#a"/></svg>\n').encode()

# name -> (the file's bytes, or None for the 50 MB one; words the problem must say)
HOSTILE = {
    "huge": (None, ("larger than 1 MB", "simplify it")),
    "billion_laughs": (LAUGHS, ("declares XML entities", "plain SVG")),
    "external_entity": (REACHING, ("declares XML entities",)),
    "not_xml": (b"this is a drawing of a harbour, honest\n", ("is not an SVG drawing", "plain SVG")),
    "truncated": (GOOD[:40], ("not a well-formed SVG file", "cut short")),
    "empty": (b"", ("is empty", "plain SVG")),
    "html": (b'<?xml version="1.0"?>\n<html><body>hi</body></html>\n', ("is XML but not an SVG drawing", "<html>")),
    "zip": (zip_bytes(), ("is a ZIP archive, not an SVG drawing",)),
    "exe": (b"MZ\x90\x00\x03\x00\x00\x00" + bytes(200), ("is a Windows program, not an SVG drawing",)),
    "png": (png_bytes(), ("is a PNG image, not an SVG drawing",)),
    "random_bytes": (random.Random(12).randbytes(4096), ("is not an SVG drawing",)),
    "dashes": (f'<svg {NS} viewBox="0 0 10 10"><path d="M0 0 L1e7 1e7" stroke="black" '
               'stroke-dasharray="1"/></svg>\n'.encode(), ("dashed lines", "solid line")),
}


def write_hostile(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data, _ = HOSTILE[kind]
    if data is None:  # a valid start, then 50 MB of nothing: sparse, so it costs no disk
        with open(path, "wb") as f:
            f.write(f'<svg {NS} width="10" height="10">'.encode())
            f.truncate(50 * 1024 * 1024)
    else:
        path.write_bytes(data)


def level(background: str = "harbour") -> str:
    return MINIMAL.replace("background: bedroom_night", f"background: {background}", 1)


def make_pack(tmp_path: Path, background: str = "harbour", drawing: bytes = GOOD) -> Path:
    """A pack beside a secret file, with one level drawn on `art/backgrounds/<background>.svg`."""
    for name in ("secret.txt", "secret.png", "secret.svg"):
        (tmp_path / name).write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "pack"
    (folder / "art" / "backgrounds").mkdir(parents=True)
    (folder / "01.yaml").write_text(level(background), encoding="utf-8")
    (folder / "art" / "backgrounds" / f"{background}.svg").write_bytes(drawing)
    return folder


def open_pack(folder: Path) -> Library:
    return Library.open([LevelPack.folder(folder)], ASSETS)


def run_validate(folder: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = validate.run([str(folder)], out=out, assets_dir=ASSETS)
    return code, out.getvalue().splitlines()


# Every file Python opens while a test records (the game reads drawings through Python, so the
# SVG library never opens a file of its own).
_opened: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)


@pytest.fixture
def opened():
    global _opened
    _opened = []
    yield _opened
    _opened = None


def under(paths: list[str], folder: Path) -> list[Path]:
    return [Path(p).resolve() for p in paths if Path(p).resolve().is_relative_to(folder.resolve())]


def draw_level_panel(library: Library, level_id: str) -> pygame.Surface:
    """The level's first panel drawn headless, with its pack's art first, as the comic draws it."""
    pygame.font.init()
    surface = pygame.Surface((PANEL_W // 2, PANEL_H // 2))
    canvas = Canvas(surface, Assets(REPO / "assets"), 0.5, size=(PANEL_W, PANEL_H))
    lv = library.level(level_id)
    panel = next(s.panel for s in lv.steps if s.panel is not None)
    draw_panel(canvas.with_art(tuple(library.art_dirs(level_id)[:-1])), panel, lv.persona,
               library.characters(level_id))
    return surface


kinds = pytest.mark.parametrize("kind", sorted(HOSTILE))


# -- validate: a problem an author can act on -------------------------------------------------

@kinds
def test_validate_names_the_hostile_drawing_and_says_what_is_wrong_and_what_to_do(tmp_path, kind):
    folder = make_pack(tmp_path)
    write_hostile(folder / "art" / "backgrounds" / "harbour.svg", kind)
    code, lines = run_validate(folder)
    words = HOSTILE[kind][1]
    on_file = [t for t in lines if "harbour.svg: this drawing " in t]
    assert code == 1, lines
    assert any(all(w in t for w in words) for t in on_file), lines
    assert not any("Traceback" in t for t in lines)


@kinds
def test_validate_says_which_level_uses_the_hostile_drawing(tmp_path, kind):
    folder = make_pack(tmp_path)
    write_hostile(folder / "art" / "backgrounds" / "harbour.svg", kind)
    _, lines = run_validate(folder)
    assert any(t.startswith(str(folder / "01.yaml")) and "background: art/backgrounds/harbour.svg " in t
               and HOSTILE[kind][1][0] in t for t in lines), lines


def test_a_hostile_drawing_no_level_uses_is_still_reported(tmp_path):
    folder = make_pack(tmp_path)
    write_hostile(folder / "art" / "backgrounds" / "spare.svg", "zip")
    code, lines = run_validate(folder)
    assert code == 1 and any("spare.svg: this drawing is a ZIP archive" in t for t in lines), lines


# -- the game's library: the level is left out ---------------------------------------------

@kinds
def test_a_level_drawn_on_a_hostile_drawing_is_left_out(tmp_path, kind):
    folder = make_pack(tmp_path)
    write_hostile(folder / "art" / "backgrounds" / "harbour.svg", kind)
    library = open_pack(folder)
    assert library.levels == [] and library.broken == 1


def test_a_hostile_drawing_named_like_a_game_background_does_not_hide_behind_it(tmp_path):
    folder = make_pack(tmp_path, background="bedroom_night")
    write_hostile(folder / "art" / "backgrounds" / "bedroom_night.svg", "png")
    library = open_pack(folder)
    assert library.levels == []
    assert any("art/backgrounds/bedroom_night.svg is a PNG image" in str(p) for p in library.problems())


def test_a_hostile_drawing_of_a_game_character_does_not_hide_behind_the_games(tmp_path):
    folder = make_pack(tmp_path, background="bedroom_night")
    (folder / "art" / "backgrounds" / "bedroom_night.svg").unlink()
    write_hostile(folder / "art" / "characters" / "xiaoqing" / "phone_neutral.svg", "truncated")
    library = open_pack(folder)
    assert library.levels == []
    assert any("art/characters/xiaoqing/phone_neutral.svg is not a well-formed SVG file" in str(p)
               for p in library.problems())


def test_the_check_reads_no_more_of_a_50_mb_drawing_than_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "huge.svg"
    write_hostile(path, "huge")
    asked: list[int] = []

    class Spy(io.FileIO):
        def read(self, size=-1):
            asked.append(size)
            return super().read(size)

    monkeypatch.setattr(packs, "open", lambda file, mode: Spy(file, mode.replace("b", "")), raising=False)
    data, problem = read_art(path)
    assert (data, asked) == (None, [ART_MAX_BYTES + 1]) and "larger than 1 MB" in problem


# -- harmless oddities stay harmless ---------------------------------------------------------

def test_a_drawing_that_claims_a_giant_size_is_drawn_at_the_size_of_its_place(tmp_path):
    giant = f'<svg {NS} width="1000000000" height="1000000000"><rect width="1e9" height="1e9"/></svg>'.encode()
    folder = make_pack(tmp_path, drawing=giant)
    library = open_pack(folder)
    assert [lv.id for lv in library.levels] == ["pack/minimal"]
    image = Assets(REPO / "assets").art("backgrounds/harbour.svg", (64, 36), (folder / "art",))
    assert image.get_size() == (64, 36) and image.get_at((32, 18))[:3] == (0, 0, 0)


def test_a_deeply_nested_drawing_is_read_and_drawn(tmp_path):
    nested = f'<svg {NS} viewBox="0 0 10 10">{"<g>" * 50000}<rect width="10" height="10"/>{"</g>" * 50000}</svg>'
    folder = make_pack(tmp_path, drawing=nested.encode())
    library = open_pack(folder)
    assert [lv.id for lv in library.levels] == ["pack/minimal"]
    draw_level_panel(library, "pack/minimal")


def test_every_drawing_of_the_game_passes_the_check_a_packs_drawings_must_pass():
    refused = {str(p): read_art(p)[1] for p in sorted((REPO / "assets" / "art").rglob("*.svg")) if read_art(p)[1]}
    assert refused == {}


# -- drawing: a drawing that turns bad after loading becomes a plain box -------------------------

@kinds
def test_a_drawing_that_turns_hostile_after_loading_is_drawn_as_a_plain_box(tmp_path, kind):
    folder = make_pack(tmp_path)
    write_hostile(folder / "art" / "backgrounds" / "harbour.svg", kind)
    image = Assets(REPO / "assets").art("backgrounds/harbour.svg", (64, 36), (folder / "art",))
    assert image.get_size() == (64, 36) and tuple(image.get_at((32, 18))) == PLACEHOLDER


@kinds
def test_a_level_whose_drawing_turns_hostile_after_loading_still_draws_its_panel(tmp_path, kind):
    folder = make_pack(tmp_path)
    library = open_pack(folder)
    write_hostile(folder / "art" / "backgrounds" / "harbour.svg", kind)
    draw_level_panel(library, "pack/minimal")


def test_a_drawing_drawn_as_a_plain_box_is_reported_once_naming_the_file(tmp_path, capsys):
    folder = make_pack(tmp_path)
    write_hostile(folder / "art" / "backgrounds" / "harbour.svg", "exe")
    assets = Assets(REPO / "assets")
    for size in ((64, 36), (128, 72), (64, 36)):
        assets.art("backgrounds/harbour.svg", size, (folder / "art",))
    err = capsys.readouterr().err.splitlines()
    assert [t for t in err if "harbour.svg" in t] == [
        f"art problem: {folder / 'art' / 'backgrounds' / 'harbour.svg'} is a Windows program, not an SVG drawing; "
        "save the drawing again from your drawing program as a plain SVG file; drawn as a plain box"]


# -- nothing outside the pack -----------------------------------------------------------------

def test_a_drawing_reaching_for_files_beside_the_pack_reads_none_of_them(tmp_path, opened):
    folder = make_pack(tmp_path)
    library = open_pack(folder)
    write_hostile(folder / "art" / "backgrounds" / "harbour.svg", "external_entity")
    opened.clear()  # the test itself wrote the secrets; from here on, only the game reads
    surface = draw_level_panel(library, "pack/minimal")
    _, lines = run_validate(folder)
    assert surface.get_size() == (PANEL_W // 2, PANEL_H // 2) and under(opened, folder)
    assert [p for p in under(opened, tmp_path) if not p.is_relative_to(folder.resolve())] == []
    assert not any(SECRET in t for t in lines)


def test_a_drawing_without_entities_reaching_for_files_beside_the_pack_reads_none_of_them(tmp_path, opened):
    reaching = (f'<svg {NS} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">'
                '<image href="../../../secret.png" width="10" height="10"/>'
                '<use xlink:href="../../../secret.svg#a"/><rect width="5" height="5"/></svg>').encode()
    folder = make_pack(tmp_path, drawing=reaching)
    opened.clear()  # the test itself wrote the secrets; from here on, only the game reads
    library = open_pack(folder)
    draw_level_panel(library, "pack/minimal")
    assert [lv.id for lv in library.levels] == ["pack/minimal"]
    assert [p for p in under(opened, tmp_path) if not p.is_relative_to(folder.resolve())] == []
