"""Short, gentle sound effects. No audio device (or no file) means silence, never a crash."""
from __future__ import annotations

from pathlib import Path

import pygame

NAMES = ("tap", "clue", "uh_oh", "complete")


class Sounds:
    def __init__(self, folder: Path, enabled: bool = True) -> None:
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        if not enabled:
            return
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init()
            for name in NAMES:
                path = folder / f"{name}.wav"
                if path.exists():
                    self._sounds[name] = pygame.mixer.Sound(str(path))
        except pygame.error:
            self._sounds = {}

    def play(self, name: str) -> None:
        sound = self._sounds.get(name)
        if sound is not None:
            try:
                sound.play()
            except pygame.error:
                pass
