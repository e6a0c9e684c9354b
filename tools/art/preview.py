"""Render contact sheets of the game art to PNG (a developer tool).

    python tools/art/preview.py [--out /tmp/art_preview] [--height 400]

Writes characters.png (every character SVG at --height px on paper colour),
backgrounds.png (every background at 640x360) and compose.png (a 1280x720
test panel) into --out. Loads files exactly as the engine does, through
pygame.image.load_sized_svg.
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
ART = ROOT / "assets" / "art"
PAPER = (0xFF, 0xFD, 0xF7)
INK = (0x2B, 0x2B, 0x3A)


def load(path: Path, size: tuple[int, int]) -> pygame.Surface:
    return pygame.image.load_sized_svg(str(path), size)


def char_size(height: int) -> tuple[int, int]:
    return height // 2, height


def sheet_characters(out: Path, height: int, per_row: int) -> None:
    files = sorted((ART / "characters").glob("*/*.svg"))
    font = pygame.font.Font(None, 22)
    cw, ch = char_size(height)
    cell_w, cell_h = cw + 20, ch + 30
    rows = (len(files) + per_row - 1) // per_row
    sheet = pygame.Surface((cell_w * per_row, cell_h * rows))
    sheet.fill(PAPER)
    for i, path in enumerate(files):
        x, y = (i % per_row) * cell_w + 10, (i // per_row) * cell_h + 5
        sheet.blit(load(path, (cw, ch)), (x, y))
        label = font.render(f"{path.parent.name}/{path.stem}", True, INK)
        sheet.blit(label, (x, y + ch + 4))
    pygame.image.save(sheet, str(out))
    print(out)


def sheet_backgrounds(out: Path) -> None:
    files = sorted((ART / "backgrounds").glob("*.svg"))
    if not files:
        return
    font = pygame.font.Font(None, 24)
    per_row = 2
    rows = (len(files) + 1) // 2
    sheet = pygame.Surface((660 * per_row, 390 * rows))
    sheet.fill(PAPER)
    for i, path in enumerate(files):
        x, y = (i % per_row) * 660 + 10, (i // per_row) * 390 + 5
        sheet.blit(load(path, (640, 360)), (x, y))
        sheet.blit(font.render(path.stem, True, INK), (x, y + 364))
    pygame.image.save(sheet, str(out))
    print(out)


def compose(out: Path, background: str) -> None:
    panel = pygame.Surface((1280, 720))
    bg = ART / "backgrounds" / f"{background}.svg"
    if bg.exists():
        panel.blit(load(bg, (1280, 720)), (0, 0))
    else:
        panel.fill(PAPER)
    cw, ch = char_size(480)
    qing = load(ART / "characters/xiaoqing/phone_happy.svg", (cw, ch))
    lang_path = ART / "characters/xiaolang/pointing_neutral.svg"
    panel.blit(qing, (240, 720 - ch - 30))
    if lang_path.exists():
        panel.blit(load(lang_path, (cw, ch)), (1280 - 240 - cw, 720 - ch - 30))
    pygame.draw.rect(panel, INK, panel.get_rect(), 4)
    pygame.image.save(panel, str(out))
    print(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default="/tmp/art_preview")
    ap.add_argument("--height", type=int, default=400)
    ap.add_argument("--per-row", type=int, default=8)
    ap.add_argument("--background", default="bedroom_night")
    ap.add_argument("--only", choices=["characters", "backgrounds", "compose"])
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    pygame.init()
    if args.only in (None, "characters"):
        sheet_characters(out / f"characters_{args.height}.png", args.height, args.per_row)
    if args.only in (None, "backgrounds"):
        sheet_backgrounds(out / "backgrounds.png")
    if args.only in (None, "compose"):
        compose(out / f"compose_{args.background}.png", args.background)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
