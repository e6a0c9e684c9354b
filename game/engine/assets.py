"""Loading and caching what the view draws with: fonts, SVG art, rendered text.

Art is vector (SVG) and rendered at the real pixel size it is shown at, so a
1920x1080 kiosk gets crisp lines, not a stretched 720p image. Everything is
cached by (what, real size): an idle or steady screen renders nothing new.
"""
from __future__ import annotations

import io
import sys
import threading
from collections import OrderedDict
from pathlib import Path

import pygame


FONT_FILES = {False: "NotoSansSC-Regular.otf", True: "NotoSansSC-Bold.otf"}
# FreeType's library is shared by every face: faces are opened one at a time (its rule).
_OPENING = threading.Lock()


def open_face(root: Path, bold: bool, size: int) -> pygame.font.Font:
    """A face of the game's font, of this weight, at `size` pixels (as a face opens: set later)."""
    with _OPENING:
        return pygame.font.Font(str(root / "fonts" / FONT_FILES[bold]), size)


class FacesOpening:
    """Both weights' faces being opened on a thread, for a caller that will surely measure text
    and has other work to do first (validate reads a level before it lays one out): pygame lets go
    of the GIL while FreeType reads a face (some 4 ms each), so the two overlap. `Assets` takes
    the faces when it first needs one (see Assets.font); a face that failed to open is opened
    again there, where its error is raised as usual."""

    def __init__(self, root: Path) -> None:
        self.faces: dict[bool, pygame.font.Font] = {}
        self._thread = threading.Thread(target=self._open, args=(root,), name="open-faces")
        self._thread.start()  # (not a daemon: exiting waits the few ms for it, not mid-read)

    def _open(self, root: Path) -> None:
        for bold in (False, True):
            try:
                self.faces[bold] = open_face(root, bold, 24)
            except Exception:  # noqa: BLE001 - reported where the face is wanted (Assets.font)
                pass

    def take(self) -> dict[bool, pygame.font.Font]:
        self._thread.join()
        return self.faces


class _LRU(OrderedDict):
    """The most recently used values, at most `limit` of them and, when `budget` is given,
    at most that many bytes of pixels (a 1080p background is 6 MB: a count alone would let
    a long session at a booth hold hundreds of megabytes)."""

    def __init__(self, limit: int, budget: int | None = None) -> None:
        super().__init__()
        self.limit = limit
        self.budget = budget
        self.bytes = 0

    def get_or(self, key, make):
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = make()
        self[key] = value
        self.bytes += _weight(value)
        while len(self) > 1 and (len(self) > self.limit or self.budget is not None and self.bytes > self.budget):
            _, old = self.popitem(last=False)
            self.bytes -= _weight(old)
        return value

    def make_room(self, weight: int) -> None:
        """Drop the oldest values until one of `weight` bytes more fits the budget: then the
        new picture is made in their place, not on top of them."""
        while self and self.budget is not None and self.bytes + weight > self.budget:
            _, old = self.popitem(last=False)
            self.bytes -= _weight(old)

    def drop(self, key) -> None:
        """Forget one value (if it is kept)."""
        if key in self:
            self.bytes -= _weight(self.pop(key))

    def clear(self) -> None:
        super().clear()
        self.bytes = 0


def _weight(value) -> int:
    """The bytes of pixels a cached value holds (0 for what is not a picture)."""
    if isinstance(value, pygame.Surface):
        return value.get_width() * value.get_height() * value.get_bytesize()
    if isinstance(value, (tuple, list)):
        return sum(_weight(part) for part in value)
    if isinstance(value, dict):
        return sum(_weight(part) for part in value.values())
    return 0


# The budgets keep a booth's whole game within 60 MB of a bare pygame-ce window at 1080p
# (`python -m game bench`), look-ahead included.
# Drawings at their real size: a panel's background is 4 MB at 1080p. Once a panel is
# composed into a picture (below) its drawings are wanted only to compose the next one, and
# 锡小朗's figure (0.5 MB) for his card.
ART_BUDGET = 6 * 1024 * 1024
TEXT_BUDGET = 3 * 1024 * 1024
# Composed pictures (a 1080p comic panel: about 4.2 MB): two of them. The one shown and,
# at a question, the same veiled (made from it without 锡小朗) for the answer's card; once
# answered, the next one in place of the one no longer shown. (A third panel held no frame
# faster in a play of every level, and cost 4 MB at the peak.)
PICTURE_BUDGET = 9 * 1024 * 1024
SHAPE_BUDGET = 1 * 1024 * 1024
# Buttons and the leak meter kept as pictures (a 1080p button: 0.3 MB; the meter under
# 锡小朗's card: 0.5 MB, one per answer). At 3 MB a play of every level made 140 of them
# again in the frame that showed them; at 4 MB, five.
WIDGET_BUDGET = 4 * 1024 * 1024


class Assets:
    def __init__(self, root: Path, faces: FacesOpening | None = None) -> None:
        self.root = root
        # One open face per weight, set to each size as it is asked for: a face of the CJK font
        # holds about 0.6 MB and takes some 4 ms to open, and screens use some 50 sizes.
        self._faces: dict[bool, pygame.font.Font] = {}
        self._opening = faces  # faces already being opened for these assets, taken when first wanted
        self._text = _LRU(600, TEXT_BUDGET)
        self._art = _LRU(120, ART_BUDGET)
        self.layouts = _LRU(800)  # wrapped text blocks, filled by Canvas.layout
        # Pictures composed from many pieces, kept by what they show (game.ui.panel_layers).
        self.pictures = _LRU(12, PICTURE_BUDGET)
        # Layout plans kept by everything they were planned from (a feedback card's places).
        self.plans = _LRU(64)
        # The corners of translucent rounded rectangles, and what shows of shadows (strips).
        self.corners = _LRU(96, SHAPE_BUDGET)
        # Widgets drawn each whole frame the same (buttons, the leak meter), as pictures.
        self.widgets = _LRU(48, WIDGET_BUDGET)
        # Surfaces reused for copies of part of the window, by use (Canvas.grab): a fresh one
        # each time costs its page faults (a millisecond for 2 MB) in the frame that makes it.
        self.scratch: dict[str, pygame.Surface] = {}
        # The player's settings every canvas draws with (set by the app): a factor on text sizes,
        # and a palette variant ({colour: its replacement}, high contrast) or None.
        self.text_scale = 1.0
        self.lang = "zh_CN"  # the language of the simulated screens' own words (game/ui/screens)
        self.colours: dict[tuple[int, int, int], tuple[int, int, int]] | None = None

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        """The face of this weight, set to `size` pixels: use it at once (the next call may
        set another size on the same face). It draws exactly as a face opened at that size."""
        size = max(6, int(size))
        face = self._faces.get(bold)
        if face is None and self._opening is not None:
            self._faces.update(self._opening.take())
            self._opening = None
            face = self._faces.get(bold)
        if face is None:
            face = self._faces[bold] = open_face(self.root, bold, size)
        elif face.point_size != size:
            face.point_size = size
        return face

    def text(self, text: str, size: int, colour, bold: bool = False) -> pygame.Surface:
        key = (text, int(size), tuple(colour), bold)
        return self._text.get_or(key, lambda: self.font(size, bold).render(text, True, colour))

    def art(self, relative: str, size: tuple[int, int], roots: tuple[Path, ...] = (),
            flip: bool = False) -> pygame.Surface:
        """An SVG rendered at exactly `size` real pixels: from the first of `roots` (a level
        pack's art folder, checked to stay inside its pack) that has it, else assets/art.
        `flip`: mirrored left to right (kept so, not mirrored again each frame)."""
        w, h = max(1, int(size[0])), max(1, int(size[1]))
        path = self._art_path(relative, roots)
        key = (str(path), w, h, flip)
        if key not in self._art:
            self._art.make_room(w * h * 4)

        def make() -> pygame.Surface:
            image = self.render_art(relative, (w, h), roots)
            return pygame.transform.flip(image, True, False) if flip else image

        return self._art.get_or(key, make)

    def render_art(self, relative: str, size: tuple[int, int], roots: tuple[Path, ...] = ()) -> pygame.Surface:
        """Like `art`, rendered afresh and not kept (for a picture made once from many pieces)."""
        path = self._art_path(relative, roots)
        own = path == self.root / "art" / relative  # the game's own art, made by tools/art and tested
        return _load_svg(path, (max(1, int(size[0])), max(1, int(size[1]))), checked=not own)

    def _art_path(self, relative: str, roots: tuple[Path, ...]) -> Path:
        return next((r / relative for r in roots if _inside(r / relative, r)), self.root / "art" / relative)


def _inside(path: Path, root: Path) -> bool:
    """A file that exists and, links followed, stays inside `root` (a pack reads nothing outside it)."""
    try:
        return path.is_file() and path.resolve().is_relative_to(root.resolve())
    except OSError:
        return False


def _read(path: Path) -> tuple[bytes | None, str]:
    try:
        return path.read_bytes(), ""
    except OSError as e:
        return None, f"can't be read ({e.strerror or e})"


# The drawings already reported as drawn with a placeholder: each is reported once, not per size.
_REPORTED: set[str] = set()


def _load_svg(path: Path, size: tuple[int, int], checked: bool = True) -> pygame.Surface:
    # A pack's drawing gets the same check it passed when its levels were loaded (read once, at
    # most 1 MB; well under a millisecond beside the drawing itself), so a file changed since,
    # or one no check saw, is never handed whole to the SVG library. The game's own art is
    # read as it is (start-up then needs none of the packs' checks).
    if checked:
        from game.levels.packs import read_art  # loaded with the first pack drawing

        data, problem = read_art(path)
    else:
        data, problem = _read(path)
    if data is not None:
        try:
            surface = pygame.image.load_sized_svg(io.BytesIO(data), size)
        except (pygame.error, ValueError, MemoryError) as e:
            problem = f"can't be drawn ({e})"
    if problem:
        # Broken art must not crash a classroom: draw a quiet placeholder instead.
        if str(path) not in _REPORTED:
            _REPORTED.add(str(path))
            print(f"art problem: {path} {problem}; drawn as a plain box", file=sys.stderr)
        surface = pygame.Surface(size, pygame.SRCALPHA)
        pygame.draw.rect(surface, (200, 200, 210, 160), surface.get_rect(), border_radius=12)
        return surface
    if surface.get_size() != size:
        surface = pygame.transform.smoothscale(surface, size)
    return surface.convert_alpha() if pygame.display.get_surface() else surface

