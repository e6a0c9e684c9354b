"""`python -m game drive`'s shot:FILE.png: the picture lands where it was asked for, or a message
says why it cannot, with exit status 1 and no traceback."""
from __future__ import annotations

import io

import pygame

from game.drive import run


def test_a_shot_into_a_folder_that_is_not_there_yet_makes_the_folder(app, tmp_path):
    path = tmp_path / "new" / "deeper" / "title.png"
    assert run(app, [f"shot:{path}"], io.StringIO()) == 0
    assert pygame.image.load(str(path)).get_size() == app.window.get_size()


def test_a_shot_under_a_file_says_that_the_file_is_not_a_folder(app, tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    code = run(app, [f"shot:{tmp_path / 'notes.txt' / 'title.png'}"], io.StringIO())
    assert (code, "notes.txt is a file, not a folder" in capsys.readouterr().err) == (1, True)
