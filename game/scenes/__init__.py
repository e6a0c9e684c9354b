"""Scenes: title, level select, the comic, feedback overlays, endings and results."""
