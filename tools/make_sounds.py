"""Synthesise the game's sound effects into assets/sounds/ (our own, CC BY 4.0).

    python tools/make_sounds.py

Soft sine tones with quick fades: a tap, a bright found-clue chime, a gentle
falling "uh-oh" (never a buzzer) and a short level-complete jingle.
"""
from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.35, slide: float = 0.0) -> list[float]:
    n = int(RATE * seconds)
    samples = []
    phase = 0.0
    for i in range(n):
        t = i / n
        f = freq * (1 + slide * t)
        phase += 2 * math.pi * f / RATE
        envelope = min(1.0, i / (RATE * 0.008)) * (1 - t) ** 2
        samples.append(volume * envelope * (math.sin(phase) + 0.25 * math.sin(2 * phase)))
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with wave.open(str(OUT / f"{name}.wav"), "wb") as handle:
        handle.setnchannels(1)
        handle.setsampwidth(2)
        handle.setframerate(RATE)
        handle.writeframes(b"".join(struct.pack("<h", int(max(-1, min(1, s)) * 32000)) for s in samples))


def main() -> None:
    write("tap", tone(880, 0.06, 0.25))
    write("clue", tone(1046.5, 0.09) + tone(1568, 0.16))
    write("uh_oh", tone(523.25, 0.14, 0.3) + silence(0.03) + tone(392, 0.26, 0.3, slide=-0.05))
    write("complete", tone(523.25, 0.12) + tone(659.25, 0.12) + tone(783.99, 0.12) + tone(1046.5, 0.35))


if __name__ == "__main__":
    main()
