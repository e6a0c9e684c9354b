"""Level packs: a folder of levels with its own art, ids namespaced, nothing read from outside it."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from game.levels import validate
from game.levels.library import Library
from game.levels.packs import LevelPack, slug

DATA = Path(__file__).parent / "data"
ASSETS = DATA / "assets"
MINIMAL = (DATA / "minimal_level.yaml").read_text(encoding="utf-8")
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n'
UNCLE = "uncle:\n  name: 舅舅\n  poses: [standing]\n  expressions: [neutral, happy]\n  mouth: [150, 120]\n"

needs_symlinks = pytest.mark.skipif(os.name == "nt", reason="creating links needs extra rights on Windows")


def level(level_id: str = "minimal", background: str = "bedroom_night", actor: str = "") -> str:
    text = MINIMAL.replace("id: minimal", f"id: {level_id}", 1).replace("background: bedroom_night",
                                                                          f"background: {background}", 1)
    if actor:
        text = text.replace("      actors:\n", f"      actors:\n        - character: {actor}\n"
                                                "          position: center\n", 1)
    return text


def make_pack(folder: Path, *levels: tuple[str, str], backgrounds: tuple[str, ...] = (),
              characters: str = "", drawings: tuple[str, ...] = ()) -> Path:
    """A pack folder with level files (name, text) and art of its own."""
    folder.mkdir(parents=True)
    for name, text in levels:
        (folder / name).write_text(text, encoding="utf-8")
    for name in backgrounds:
        (folder / "art" / "backgrounds").mkdir(parents=True, exist_ok=True)
        (folder / "art" / "backgrounds" / f"{name}.svg").write_text(SVG, encoding="utf-8")
    if characters:
        (folder / "art").mkdir(exist_ok=True)
        (folder / "art" / "characters.yaml").write_text(characters, encoding="utf-8")
    for drawing in drawings:
        path = folder / "art" / "characters" / f"{drawing}.svg"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SVG, encoding="utf-8")
    return folder


def open_packs(*folders: Path, builtin: Path | None = None) -> Library:
    return Library.open([LevelPack.folder(f, builtin) for f in folders], ASSETS)


def messages(library: Library) -> list[str]:
    return [str(p) for p in library.problems()]


# -- names -------------------------------------------------------------------------------------

def test_a_pack_is_named_after_its_folder_in_lower_case_with_dashes():
    assert slug("My Pack_2") == "my-pack-2"


def test_a_chinese_folder_name_stays_chinese():
    assert slug("防骗 第二课") == "防骗-第二课"


def test_a_folder_name_with_no_letters_still_gets_a_name():
    assert slug("!!!").startswith("pack-")


def test_the_games_own_levels_folder_is_the_pack_without_a_name(tmp_path):
    folder = make_pack(tmp_path / "levels", ("01.yaml", level()))
    library = open_packs(folder, builtin=folder)
    assert [lv.id for lv in library.levels] == ["minimal"]


def test_a_packs_level_ids_start_with_the_pack_name(tmp_path):
    folder = make_pack(tmp_path / "Teacher Wang", ("01.yaml", level()))
    library = open_packs(folder)
    assert [lv.id for lv in library.levels] == ["teacher-wang/minimal"]
    assert library.level("teacher-wang/minimal").id == "teacher-wang/minimal"


def test_two_packs_may_use_the_same_level_id_without_mixing(tmp_path):
    first = make_pack(tmp_path / "a", ("01.yaml", level()))
    second = make_pack(tmp_path / "b", ("01.yaml", level()))
    library = open_packs(first, second)
    assert [lv.id for lv in library.levels] == ["a/minimal", "b/minimal"] and library.problems() == []


def test_two_pack_folders_with_the_same_name_are_a_problem(tmp_path):
    first = make_pack(tmp_path / "one" / "pack", ("01.yaml", level()))
    second = make_pack(tmp_path / "two" / "pack", ("01.yaml", level("other")))
    library = open_packs(first, second)
    assert [lv.id for lv in library.levels] == ["pack/minimal"]
    assert "two level packs are both named 'pack'" in messages(library)[0]


def test_the_same_folder_given_twice_is_one_pack(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level()))
    library = open_packs(folder, folder)
    assert [lv.id for lv in library.levels] == ["pack/minimal"] and library.problems() == []


# -- the pack's own art ------------------------------------------------------------------------

def test_a_level_may_use_a_background_only_its_pack_has(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level(background="harbour")), backgrounds=("harbour",))
    library = open_packs(folder)
    assert [lv.id for lv in library.levels] == ["pack/minimal"]
    assert library.art_file("pack/minimal", "backgrounds/harbour.svg") == folder / "art" / "backgrounds" / "harbour.svg"


def test_a_packs_art_is_looked_up_before_the_games(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level()), backgrounds=("harbour",))
    library = open_packs(folder)
    assert library.art_dirs("pack/minimal") == [folder / "art", ASSETS / "art"]


def test_another_packs_background_is_unknown(tmp_path):
    make_pack(tmp_path / "a", backgrounds=("harbour",))
    other = make_pack(tmp_path / "b", ("01.yaml", level(background="harbour")))
    library = open_packs(tmp_path / "a", other)
    assert library.levels == [] and "unknown background 'harbour'" in messages(library)[0]


def test_a_pack_may_bring_a_character_with_its_drawings(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level(actor="uncle")), characters=UNCLE,
                       drawings=("uncle/standing_neutral",))
    library = open_packs(folder)
    assert [lv.id for lv in library.levels] == ["pack/minimal"]
    assert library.characters("pack/minimal")["uncle"]["mouth"] == [150, 120]


def test_a_pack_character_without_the_drawing_asked_for_is_a_problem(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level(actor="uncle")), characters=UNCLE,
                       drawings=("uncle/standing_happy",))
    library = open_packs(folder)
    assert library.levels == []
    assert "there is no drawing art/characters/uncle/standing_neutral.svg" in messages(library)[0]


def test_validate_checks_a_folder_as_a_pack_with_its_own_art(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level(background="harbour")), backgrounds=("harbour",))
    out = io.StringIO()
    code = validate.run([str(folder)], out=out, assets_dir=ASSETS)
    assert (code, out.getvalue().splitlines()[-1]) == (0, "levels OK: 1 file, 0 problems")


# -- nothing from outside ----------------------------------------------------------------------

@needs_symlinks
def test_a_background_linked_from_outside_the_pack_is_refused(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "secret.svg").write_text(SVG, encoding="utf-8")
    folder = make_pack(tmp_path / "pack", ("01.yaml", level(background="secret")), backgrounds=("harbour",))
    (folder / "art" / "backgrounds" / "secret.svg").symlink_to(tmp_path / "elsewhere" / "secret.svg")
    library = open_packs(folder)
    assert library.levels == []
    assert "art/backgrounds/secret.svg leads outside the pack folder" in messages(library)[0]
    assert library.art_file("pack/minimal", "backgrounds/secret.svg") is None


@needs_symlinks
def test_a_level_file_linked_from_outside_the_pack_is_not_read(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "level.yaml").write_text(level("outside"), encoding="utf-8")
    folder = make_pack(tmp_path / "pack", ("01.yaml", level()))
    (folder / "02.yaml").symlink_to(tmp_path / "elsewhere" / "level.yaml")
    library = open_packs(folder)
    assert [lv.id for lv in library.levels] == ["pack/minimal"] and library.broken == 1
    assert "this file leads outside the pack folder" in messages(library)[0]


@needs_symlinks
def test_an_art_folder_linked_from_outside_the_pack_is_refused(tmp_path):
    make_pack(tmp_path / "elsewhere", backgrounds=("harbour",))
    folder = make_pack(tmp_path / "pack", ("01.yaml", level(background="harbour")))
    (folder / "art").symlink_to(tmp_path / "elsewhere" / "art")
    library = open_packs(folder)
    assert library.levels == [] and "the art folder leads outside the pack folder" in messages(library)[0]


def test_a_background_name_with_dots_is_not_an_art_name(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level(background="../../secret")))
    library = open_packs(folder)
    assert library.levels == [] and "'../../secret' is not a valid id" in messages(library)[0]


def test_a_folder_named_like_a_level_file_is_not_read(tmp_path):
    folder = make_pack(tmp_path / "pack", ("01.yaml", level()))
    (folder / "02.yaml").mkdir()
    library = open_packs(folder)
    assert library.broken == 1 and "this is not a regular file" in messages(library)[0]
