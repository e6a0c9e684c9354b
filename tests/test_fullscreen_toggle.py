"""F11 twice gives the window back as it was: its size (a dragged one too) and its place. Each
change makes the window anew; it came back at the size the game started with and, under some
window managers, a little lower each time."""
from __future__ import annotations

import json

from conftest import run_python

SCRIPT = """
import json, tempfile
from pathlib import Path
import pygame
from game.app import App, Settings
app = App(Settings(home=Path(tempfile.mkdtemp()), size=(1000, 600), reduced_motion=True))
app.window = app._open_window((900, 560), False)  # the player dragged it smaller
pygame.display.set_window_position((120, 90))
seen = []
for _ in range(4):
    app.toggle_fullscreen()
    seen.append([app.settings.fullscreen, list(pygame.display.get_window_size()),
                 list(pygame.display.get_window_position())])
print(json.dumps(seen))
"""


def test_f11_twice_gives_the_window_back_its_size_and_place(tmp_path):
    done = run_python(["-c", SCRIPT], tmp_path)  # (a real, non-headless App: in a process of its own)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert [s[0] for s in seen] == [True, False, True, False]
    assert [s[1:] for s in seen if not s[0]] == [[[900, 560], [120, 90]]] * 2
