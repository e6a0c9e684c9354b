"""What every simulated screen is drawn with: the page being laid out, and small shared widgets.

A view gets a `Page`: the screen's data, the phone's inner rectangle and a text
scale `k` (1.0, or a little less when the content is long). It lays its parts out
top to bottom through `page.layout` (which notes text that had to be cut) and
records each named part with `page.part`. The same view runs twice: first on a
canvas that only measures, to choose `k`, then on the real one.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from game import yamlcache
from game.engine import palette as pal
from game.engine.canvas import Canvas, Rect, TextBlock
from game.engine.dry import DryCanvas
from game.levels.model import Persona, Screen

LINE = (0xD5, 0xD8, 0xE0)  # hairlines and card borders
MUTED = (0x8A, 0x8D, 0x9B)  # secondary text (times, labels); dark enough on white
HEADER_BG = (0xEE, 0xEF, 0xF3)
AVATAR_COLOURS = {"blue": pal.BLUE, "teal": pal.TEAL, "pink": pal.PINK, "green": pal.GREEN,
                  "amber": pal.AMBER, "red": pal.RED, "purple": (0x8E, 0x6C, 0xD8), "grey": (0xA0, 0xA3, 0xB0)}
WORDS_FILE = Path("locale") / "screens.zh_CN.yaml"  # or screens.<lang>.yaml for the game's language


class Page:
    """One screen being laid out (and drawn, unless the canvas only measures)."""

    def __init__(self, canvas: Canvas, screen: Screen, persona: Persona, typed: float | None,
                 inner: Rect, k: float) -> None:
        self.canvas, self.screen, self.persona, self.typed, self.k = canvas, screen, persona, typed, k
        self.inner = inner
        self.x, self.y, self.w, self.h = inner
        self.parts: dict[str, Rect] = {}
        self.cut: list[str] = []

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def layout(self, name: str, text: str, width: float, size: float, bold: bool = False,
               lines: int = 1, balance: bool = True) -> TextBlock:
        """Text wrapped to `width` at `size` (times k); a text cut to `lines` is noted under `name`."""
        block = self.canvas.layout(text or " ", width, size * self.k, bold=bold, max_lines=lines, balance=balance)
        if name and not block.fits and name not in self.cut:
            self.cut.append(name)
        return block

    def part(self, name: str, rect: Rect, pad: float = 4) -> None:
        x, y, w, h = rect
        self.parts[name] = (x - pad, y - pad, w + 2 * pad, h + 2 * pad)

    def word(self, key: str) -> str:
        """A word of the screens' own furniture (转账, 付款给 …), from assets/locale."""
        return words(str(self.canvas.assets.root), self.canvas.assets.lang).get(key, key)

    def fill(self, colour) -> None:
        self.canvas.box(self.inner, fill=colour, radius=26)

    def status_bar(self, colour=pal.INK) -> float:
        """The phone's status bar (time, signal, battery); returns where the content starts."""
        c, x, y, w = self.canvas, self.x, self.y, self.w
        c.text("9:41", (x + 24, y + 8), 18, colour, bold=True)
        for i in range(4):
            c.box((x + w - 78 + i * 9, y + 22 - i * 4, 6, 6 + i * 4), fill=colour, radius=1)
        c.box((x + w - 36, y + 12, 24, 14), border=colour, width=2, radius=3)
        c.box((x + w - 33, y + 15, 14, 8), fill=colour)
        return y + 40

    def header(self, name: str, title: str, top: float, back: bool = True, more: bool = True,
               fill=HEADER_BG) -> float:
        """An app's top bar: a back arrow, the title in the middle, a menu; returns its bottom."""
        c, x, w = self.canvas, self.x, self.w
        c.box((x, top - 4, w, 56), fill=fill)
        c.line((x, top + 52), (x + w, top + 52), LINE, 2)
        if back:
            chevron(c, (x + 24, top + 24), 9, pal.INK_SOFT)
        if more:
            for i in range(3):
                c.circle((x + w - 38 + i * 10, top + 24), 3, fill=pal.INK_SOFT)
        if title:
            block = self.layout(name, title, w - 110, 26, bold=True)
            tx = x + (w - block.width) / 2
            c.text_block(block, (tx, top + 12), pal.INK, bold=True)
            if name:
                self.part(name, (tx - 2, top + 8, block.width + 4, block.height + 8))
        return top + 64


@lru_cache(maxsize=4)
def words(assets_root: str, lang: str = "zh_CN") -> dict[str, str]:
    """The furniture words of the simulated screens, flattened ("pay.to" -> "付款给"), in `lang`
    where there is a screens.<lang>.yaml beside the Chinese."""
    path = Path(assets_root) / WORDS_FILE.with_name(f"screens.{lang}.yaml")
    try:  # (libyaml's loader: the pure-Python one took 1.5-2 ms of every start and validate)
        data = yamlcache.load_yaml(path if path.is_file() else Path(assets_root) / WORDS_FILE) or {}
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    flat: dict[str, str] = {}
    for group, entries in data.items():
        for key, value in (entries or {}).items():
            flat[f"{group}.{key}"] = str(value)
    return flat


# -- small drawings shared by several screens --------------------------------------------------

def chevron(c: Canvas, centre, size: float, colour, width: float = 3) -> None:
    """A "<" back arrow."""
    x, y = centre
    c.line((x + size / 2, y - size), (x - size / 2, y), colour, width)
    c.line((x - size / 2, y), (x + size / 2, y + size), colour, width)


def pill(c: Canvas, block: TextBlock, rect: Rect, fill, text_colour, border=None, width: float = 3) -> None:
    """A rounded button with its label centred."""
    x, y, w, h = rect
    c.box(rect, fill=fill, border=border, width=width if border else 0, radius=h / 2)
    c.text_block(block, (x, y + (h - block.height) / 2), text_colour, bold=True, align="center", width=w)


def person(c: Canvas, rect: Rect, colour, figure=pal.WHITE, round_: bool = False) -> None:
    """A plain avatar: a coloured square (or circle) with a head-and-shoulders silhouette."""
    x, y, w, h = rect
    c.box(rect, fill=colour, radius=w / 2 if round_ else w * 0.22)
    c.circle((x + w / 2, y + h * 0.4), w * 0.18, fill=figure)
    clipped(c, (x, y, w, h * 0.86 if round_ else h),
            lambda: c.ellipse((x + w * 0.2, y + h * 0.62, w * 0.6, h * 0.5), fill=figure))


def face(c: Canvas, character: str, expression: str, rect: Rect, backdrop=pal.BLUE_LIGHT) -> None:
    """A character's `call` drawing cropped to its head, as an avatar."""
    x, y, w, h = rect
    c.box(rect, fill=backdrop, radius=w * 0.22)
    scale = 1.5 * w / 300  # the head (about 200 of the 300 units) fills about 2/3 of the square
    art = (x + w / 2 - 150 * scale, y + h * 0.55 - 250 * scale, 300 * scale, 600 * scale)
    clipped(c, rect, lambda: c.art(f"characters/{character}/call_{expression}.svg", art))


def avatar(c: Canvas, name: str, rect: Rect, default: str) -> None:
    """A chat avatar: a character's face, or a plain one in a colour word (or `default`)."""
    if name and name not in AVATAR_COLOURS:
        face(c, name, "neutral", rect)
    else:
        person(c, rect, AVATAR_COLOURS.get(name or default, pal.TEAL))


def clipped(c: Canvas, rect: Rect, draw) -> None:
    """Run `draw` with the canvas clipped to `rect`."""
    surface = c.surface
    before = surface.get_clip()
    surface.set_clip(c.real_rect(rect).clip(before))
    try:
        draw()
    finally:
        surface.set_clip(before)


def qr_code(c: Canvas, rect: Rect, seed: str) -> None:
    """A made-up QR-like pattern: finder squares and modules from a hash of `seed`.

    It only looks like a code; it never encodes anything (no format or error-correction
    data), so a phone pointed at the screen finds nothing to open.
    """
    n = 21
    x, y, size, _ = rect
    cell = size / (n + 2)
    c.box(rect, fill=pal.WHITE, radius=4)
    if isinstance(c, DryCanvas):
        return  # only boxes from here on: a canvas that only measures paints none of them
    bits = "".join(f"{b:08b}" for b in hashlib.sha256(seed.encode("utf-8")).digest() * 2)
    ox, oy = x + cell, y + cell

    def finder(i: int, j: int) -> bool:
        return (i < 8 and j < 8) or (i < 8 and j >= n - 8) or (i >= n - 8 and j < 8)

    k = 0
    for i in range(n):
        for j in range(n):
            if finder(i, j):
                continue
            if bits[k % len(bits)] == "1":
                c.box((ox + j * cell, oy + i * cell, cell + 0.5, cell + 0.5), fill=pal.INK)
            k += 1
    for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)):
        fx, fy = ox + fj * cell, oy + fi * cell
        c.box((fx, fy, 7 * cell, 7 * cell), fill=pal.INK)
        c.box((fx + cell, fy + cell, 5 * cell, 5 * cell), fill=pal.WHITE)
        c.box((fx + 2 * cell, fy + 2 * cell, 3 * cell, 3 * cell), fill=pal.INK)


def clock(c: Canvas, centre, r: float, colour) -> None:
    """A small clock icon (countdowns)."""
    cx, cy = centre
    c.circle(centre, r, border=colour, width=3)
    c.line((cx, cy), (cx, cy - r * 0.6), colour, 2)
    c.line((cx, cy), (cx + r * 0.45, cy), colour, 2)


def countdown(page: Page, name: str, text: str, left: float, top: float) -> float:
    """A red countdown chip with a clock; returns its bottom."""
    c = page.canvas
    block = page.layout(name, text, page.w - 80, 24, bold=True)
    rect = (left, top, block.width + 44, block.height + 14)
    c.box(rect, fill=pal.RED_LIGHT, radius=10)
    clock(c, (left + 16, top + rect[3] / 2), 9, pal.RED)
    c.text_block(block, (left + 34, top + 7), pal.RED, bold=True)
    page.part(name, rect, 0)
    return top + rect[3]


def body_lines(page: Page, left: float, top: float, width: float, colour=pal.INK, size: float = 24,
               gap: float = 10) -> float:
    """The screen's `body` lines, each a part (body:N); returns the bottom."""
    for i, line in enumerate(page.screen.body):
        block = page.layout(f"body:{i}", line, width, size, lines=2)
        page.canvas.text_block(block, (left, top), colour)
        page.part(f"body:{i}", (left, top, min(width, block.width), block.height))
        top += block.height + gap
    return top


def button(page: Page, name: str, label: str, top: float, fill, border=pal.INK, size: float = 28,
           text_colour=pal.WHITE) -> float:
    """A wide pill button (the screen's main action); returns its bottom."""
    x, w = page.x + 26, page.w - 52
    block = page.layout(name, label, w - 40, size, bold=True)
    rect = (x, top, w, block.height + 26)
    pill(page.canvas, block, rect, fill, text_colour, border)
    page.part(name, rect, 0)
    return top + rect[3]
