"""The rules of play: sessions, scoring and what persists between runs (no pygame)."""
