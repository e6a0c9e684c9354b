"""Short, gentle sound effects. No audio device (or no file) means silence, never a crash."""
from __future__ import annotations

from pathlib import Path

import pygame

NAMES = ("tap", "clue", "uh_oh", "complete")


class Sounds:
    """The effects, loaded with the audio device on `load` (the game calls it right after its
    first frame: opening a sound card can take a while) or else at the first `play`."""

    def __init__(self, folder: Path, enabled: bool = True, volume: float = 1.0) -> None:
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self.folder = folder
        self.enabled = enabled
        self.loaded = False
        self.volume = max(0.0, min(1.0, volume))  # 0.0-1.0, from the settings (0 when sound is off)

    def load(self) -> None:
        if self.loaded:
            return
        self.loaded = True
        if not self.enabled:
            return
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init()
            for name in NAMES:
                path = self.folder / f"{name}.wav"
                if path.exists():
                    self._sounds[name] = pygame.mixer.Sound(str(path))
        except pygame.error:
            self._sounds = {}
        self.set_volume(self.volume)

    def set_volume(self, volume: float) -> None:
        """The loudness of every effect from now on, 0.0 (silent) to 1.0."""
        self.volume = max(0.0, min(1.0, volume))
        for sound in self._sounds.values():
            try:
                sound.set_volume(self.volume)
            except pygame.error:
                pass

    def play(self, name: str) -> None:
        self.load()
        sound = self._sounds.get(name)
        if sound is not None and self.volume > 0:
            try:
                sound.play()
            except pygame.error:
                pass
