"""Render a contact sheet of the game art to PNG (a developer tool).

    python tools/art/preview.py --out docs/art-sheet.png     # the whole sheet
    python tools/art/preview.py --out /tmp/mom.png --only mom --height 600
    python tools/art/preview.py --out /tmp/panel.png --compose living_room

The sheet shows every character x pose x expression listed in
assets/art/characters.yaml, each labelled `id pose_expression`, then every
background, labelled with its name. Files are loaded exactly as the engine
loads them, through pygame.image.load_sized_svg (SDL_VIDEODRIVER=dummy).
"""
from __future__ import annotations

import argparse
import os
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402
import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
ART = ROOT / "assets" / "art"
FONT = ROOT / "assets" / "fonts" / "NotoSansSC-Regular.otf"
FONT_BOLD = ROOT / "assets" / "fonts" / "NotoSansSC-Bold.otf"
PAPER = (0xFF, 0xFD, 0xF7)
INK = (0x2B, 0x2B, 0x3A)
CELL_BG = (0xF1, 0xEE, 0xE6)
MOUTH = (0xE5, 0x48, 0x4D)


def load(path: Path, size: tuple[int, int]) -> pygame.Surface:
    return pygame.image.load_sized_svg(str(path), size)


def font(size: int, bold: bool = False) -> pygame.font.Font:
    path = FONT_BOLD if bold else FONT
    return pygame.font.Font(str(path) if path.exists() else None, size)


def fit_label(text: str, f: pygame.font.Font, width: int) -> pygame.Surface:
    """The label in ink, squeezed horizontally if it is wider than the cell."""
    surf = f.render(text, True, INK)
    if surf.get_width() > width:
        surf = pygame.transform.smoothscale(surf, (width, surf.get_height()))
    return surf


def catalog() -> dict:
    return yaml.safe_load((ART / "characters.yaml").read_text(encoding="utf-8"))


def character_rows(chars: dict, height: int, per_row: int, marks: bool) -> list[pygame.Surface]:
    """One block per character: a title line, then its cells, per_row to a line."""
    cw, ch = height // 2, height
    label_f, title_f = font(max(12, height // 16)), font(max(16, height // 11), bold=True)
    cell_w, cell_h = cw + 16, ch + label_f.get_linesize() + 10
    blocks = []
    for cid, entry in chars.items():
        cells = [(pose, expr) for pose in entry["poses"] for expr in entry["expressions"]]
        rows = (len(cells) + per_row - 1) // per_row
        title_h = title_f.get_linesize() + 8
        block = pygame.Surface((cell_w * per_row + 16, title_h + rows * cell_h + 10))
        block.fill(PAPER)
        block.blit(title_f.render(f"{cid}  {entry.get('name', '')}", True, INK), (12, 4))
        for i, (pose, expr) in enumerate(cells):
            x, y = 12 + (i % per_row) * cell_w, title_h + (i // per_row) * cell_h
            pygame.draw.rect(block, CELL_BG, (x, y, cw, ch), border_radius=6)
            path = ART / "characters" / cid / f"{pose}_{expr}.svg"
            if path.exists():
                block.blit(load(path, (cw, ch)), (x, y))
                if marks:
                    mx, my = entry.get("call_mouth" if pose == "call" else "mouth", (150, 130))
                    pygame.draw.circle(block, MOUTH, (x + mx * cw / 300, y + my * ch / 600), 3)
            else:
                block.blit(label_f.render("MISSING", True, MOUTH), (x + 8, y + ch // 2))
            block.blit(fit_label(f"{cid} {pose}_{expr}", label_f, cw), (x, y + ch + 2))
        blocks.append(block)
    return blocks


def background_rows(size: tuple[int, int], per_row: int) -> list[pygame.Surface]:
    files = sorted((ART / "backgrounds").glob("*.svg"))
    label_f, title_f = font(22), font(28, bold=True)
    bw, bh = size
    cell_w, cell_h = bw + 16, bh + label_f.get_linesize() + 10
    rows = (len(files) + per_row - 1) // per_row
    title_h = title_f.get_linesize() + 8
    block = pygame.Surface((cell_w * per_row + 16, title_h + rows * cell_h + 10))
    block.fill(PAPER)
    block.blit(title_f.render("backgrounds", True, INK), (12, 4))
    for i, path in enumerate(files):
        x, y = 12 + (i % per_row) * cell_w, title_h + (i // per_row) * cell_h
        block.blit(load(path, (bw, bh)), (x, y))
        pygame.draw.rect(block, INK, (x, y, bw, bh), 2)
        block.blit(label_f.render(path.stem, True, INK), (x, y + bh + 2))
    return [block]


def stack(blocks: list[pygame.Surface]) -> pygame.Surface:
    width = max(b.get_width() for b in blocks)
    sheet = pygame.Surface((width, sum(b.get_height() for b in blocks)))
    sheet.fill(PAPER)
    y = 0
    for b in blocks:
        sheet.blit(b, (0, y))
        y += b.get_height()
    return sheet


def compose(out: Path, background: str) -> None:
    """A 1280x720 test panel: the background with 吴小清 and 锡小朗 in front."""
    panel = pygame.Surface((1280, 720))
    panel.blit(load(ART / "backgrounds" / f"{background}.svg", (1280, 720)), (0, 0))
    cw, ch = 240, 480
    panel.blit(load(ART / "characters/xiaoqing/phone_happy.svg", (cw, ch)), (240, 720 - ch - 30))
    panel.blit(load(ART / "characters/xiaolang/pointing_neutral.svg", (cw, ch)),
               (1280 - 240 - cw, 720 - ch - 30))
    pygame.draw.rect(panel, INK, panel.get_rect(), 4)
    pygame.image.save(panel, str(out))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="docs/art-sheet.png", help="PNG file to write")
    ap.add_argument("--height", type=int, default=240, help="height of one character cell in px")
    ap.add_argument("--per-row", type=int, default=12, help="character cells per line")
    ap.add_argument("--only", nargs="*", metavar="ID",
                    help="only these character ids (or 'backgrounds'); default: everything")
    ap.add_argument("--marks", action="store_true", help="dot each character's mouth point")
    ap.add_argument("--compose", metavar="BACKGROUND", help="write a test panel instead of a sheet")
    args = ap.parse_args()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pygame.init()
    if args.compose:
        compose(out, args.compose)
        print(out)
        return 0
    chars = catalog()
    wanted = set(args.only or [])
    if wanted:
        chars = {k: v for k, v in chars.items() if k in wanted}
    blocks = character_rows(chars, args.height, args.per_row, args.marks) if chars else []
    if not wanted or "backgrounds" in wanted:
        blocks += background_rows((480, 270), 3)
    pygame.image.save(stack(blocks), str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
