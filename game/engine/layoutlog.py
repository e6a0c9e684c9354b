"""The layout recorder: what a frame drew and where, and the checks a layout must pass.

While a `LayoutLog` is attached to the canvas (`canvas.log`), drawing records
every text block (its lines as drawn, its size in real pixels), every box that
holds text (card, button, bubble, caption, callout, chip …), every character and
every leader line, in screen pixels, with a role and the box it sits in. A veil
starts a new layer: an overlay's parts are checked among themselves, the layer
beneath is exempt. `problems()` returns what breaks the rules the README lists
("The layout check"); `python -m game screenshot --layout` writes the entries as
JSON beside each PNG, and tests/test_layouts.py checks every screen of every level.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from game.engine import words
from game.engine.linebreak import CJK_CLOSING, _atoms

Box = tuple[float, float, float, float]  # x, y, w, h in real pixels

# Text of these roles is what a child reads to play: the story, the question, the answers
# and 锡小朗's explanation. It is held to a larger minimum than the rest.
STORY_ROLES = ("bubble", "caption", "option", "prompt", "card", "callout")
SCREEN_ROLES = ("screen",)  # the simulated phone: drawn small on purpose, like a real one
MIN_PX = {"story": 20.0, "secondary": 16.0, "screen": 10.0}
# Boxes an overlay puts over the screen beneath: they must leave the "keep" rects visible.
COVERING_ROLES = ("card", "callout", "guide", "button")
CLOSING = CJK_CLOSING | set(",.!?;:)]}")
TOLERANCE = 1.5  # pixels: anti-aliasing and rounding


@dataclass
class Entry:
    kind: str  # box | text | line | keep
    role: str
    rect: Box
    layer: int
    parent: int | None = None  # the index of the box this sits in
    name: str = ""
    lines: list[tuple[str, Box]] = field(default_factory=list)  # text: each line and its box
    size: float = 0.0  # text: the font size in real pixels
    source: str = ""  # text: the whole text that was wrapped into these lines
    points: tuple[tuple[float, float], ...] = ()  # line: its two ends

    def as_json(self, index: int) -> dict:
        data = {"id": index, "kind": self.kind, "role": self.role, "rect": [round(v, 1) for v in self.rect],
                "layer": self.layer}
        if self.parent is not None:
            data["in"] = self.parent
        if self.name:
            data["name"] = self.name
        if self.kind == "text":
            data["size_px"] = round(self.size, 1)
            data["source"] = self.source
            data["lines"] = [{"text": t, "rect": [round(v, 1) for v in r]} for t, r in self.lines]
        if self.points:
            data["points"] = [[round(v, 1) for v in p] for p in self.points]
        return data


class LayoutLog:
    """Entries of one drawn frame. Attach to a canvas before drawing, read after."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.layer = 0
        self.screen: Box = (0, 0, 0, 0)  # the logical space, in real pixels
        self._open: list[int] = []
        self._quiet = 0  # >0 while a text block draws its lines one by one

    # -- recording (the canvas calls these) -----------------------------------------

    def _add(self, entry: Entry) -> int:
        entry.parent = self._open[-1] if self._open else None
        self.entries.append(entry)
        return len(self.entries) - 1

    def open(self, role: str, rect: Box, name: str = "") -> int:
        index = self._add(Entry("box", role, rect, self.layer, name=name))
        self._open.append(index)
        return index

    def close(self) -> None:
        if self._open:
            self._open.pop()

    def box(self, role: str, rect: Box, name: str = "") -> int:
        return self._add(Entry("box", role, rect, self.layer, name=name))

    def keep(self, rect: Box, name: str) -> int:
        return self._add(Entry("keep", "keep", rect, self.layer, name=name))

    def text(self, lines: list[tuple[str, Box]], size: float, source: str = "") -> int | None:
        if self._quiet or not lines:
            return None
        x0 = min(r[0] for _, r in lines)
        y0 = min(r[1] for _, r in lines)
        x1 = max(r[0] + r[2] for _, r in lines)
        y1 = max(r[1] + r[3] for _, r in lines)
        role = self.entries[self._open[-1]].role if self._open else "text"
        return self._add(Entry("text", role, (x0, y0, x1 - x0, y1 - y0), self.layer, lines=list(lines),
                               size=size, source=source or "".join(t for t, _ in lines)))

    def line(self, role: str, start, end) -> int:
        x0, y0 = start
        x1, y1 = end
        rect = (min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        return self._add(Entry("line", role, rect, self.layer, points=(tuple(start), tuple(end))))

    def new_layer(self) -> None:
        self.layer += 1

    def as_json(self) -> dict:
        return {"screen": [round(v, 1) for v in self.screen],
                "entries": [e.as_json(i) for i, e in enumerate(self.entries)]}

    @classmethod
    def from_json(cls, data: dict) -> "LayoutLog":
        """A log read back from `as_json` (to check a screenshot's JSON file again)."""
        log = cls()
        log.screen = tuple(data["screen"])
        for item in data["entries"]:
            entry = Entry(item["kind"], item["role"], tuple(item["rect"]), item["layer"], item.get("in"),
                          item.get("name", ""))
            if item["kind"] == "text":
                entry.lines = [(line["text"], tuple(line["rect"])) for line in item["lines"]]
                entry.size = item["size_px"]
                entry.source = item.get("source", "".join(t for t, _ in entry.lines))
            entry.points = tuple(tuple(p) for p in item.get("points", ()))
            log.entries.append(entry)
        return log

    # -- checking --------------------------------------------------------------------------

    def ancestors(self, index: int) -> list[int]:
        found = []
        parent = self.entries[index].parent
        while parent is not None:
            found.append(parent)
            parent = self.entries[parent].parent
        return found

    def problems(self, minimum: Callable[[str], float] | None = None) -> list[str]:
        """Every broken rule, one line each (see the README's "The layout check")."""
        return check(self, minimum or min_px)


def min_px(role: str) -> float:
    if role in STORY_ROLES:
        return MIN_PX["story"]
    if role in SCREEN_ROLES:
        return MIN_PX["screen"]
    return MIN_PX["secondary"]


# -- geometry ------------------------------------------------------------------------------


def overlap(a: Box, b: Box, tol: float = TOLERANCE) -> bool:
    return (min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > tol
            and min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]) > tol)


def inside(inner: Box, outer: Box, tol: float = TOLERANCE + 1) -> bool:
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[0] + inner[2] <= outer[0] + outer[2] + tol and inner[1] + inner[3] <= outer[1] + outer[3] + tol)


def segment_hits(p, q, rect: Box, margin: float = 0.0) -> bool:
    """Whether the segment p-q passes through rect (shrunk by margin), by clipping."""
    x0, y0, w, h = rect[0] + margin, rect[1] + margin, rect[2] - 2 * margin, rect[3] - 2 * margin
    if w <= 0 or h <= 0:
        return False
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for edge_p, edge_q in ((-dx, p[0] - x0), (dx, x0 + w - p[0]), (-dy, p[1] - y0), (dy, y0 + h - p[1])):
        if edge_p == 0:
            if edge_q < 0:
                return False
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return True


def segments_cross(a, b, c, d) -> bool:
    def orient(p, q, r):
        v = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return 0 if abs(v) < 1e-9 else (1 if v > 0 else -1)

    return orient(a, b, c) * orient(a, b, d) < 0 and orient(c, d, a) * orient(c, d, b) < 0


# -- the rules ---------------------------------------------------------------------------------


def _describe(log: LayoutLog, index: int) -> str:
    e = log.entries[index]
    what = e.role + (f" {e.name}" if e.name else "")
    if e.kind == "text":
        what += f" “{e.source[:16]}{'…' if len(e.source) > 16 else ''}”"
    return f"{what} #{index} at {tuple(round(v) for v in e.rect)}"


def _text_bearing(log: LayoutLog) -> list[int]:
    """Boxes with text in them, and text that sits in no box: the things that must not overlap."""
    bearing: set[int] = set()
    for i, e in enumerate(log.entries):
        if e.kind != "text":
            continue
        if e.parent is None:
            bearing.add(i)
        else:
            bearing.add(e.parent)
    return sorted(bearing)


def check(log: LayoutLog, minimum: Callable[[str], float]) -> list[str]:
    problems: list[str] = []
    entries = log.entries
    words.wait()  # word boundaries come from the dictionary the game breaks lines with
    lineage = {i: set(log.ancestors(i)) for i in range(len(entries))}

    # Two text-bearing boxes of one layer that overlap (a box may hold another).
    bearing = _text_bearing(log)
    for n, i in enumerate(bearing):
        for j in bearing[n + 1:]:
            a, b = entries[i], entries[j]
            if a.layer != b.layer or i in lineage[j] or j in lineage[i] or "badge" in (a.role, b.role):
                continue  # (a badge may sit on a box's edge; it must only leave the text free, below)
            if overlap(a.rect, b.rect):
                problems.append(f"overlap: {_describe(log, i)} and {_describe(log, j)}")

    # Lines of two different texts that overlap (text drawn over text in one box).
    texts = [i for i, e in enumerate(entries) if e.kind == "text"]
    for n, i in enumerate(texts):
        for j in texts[n + 1:]:
            a, b = entries[i], entries[j]
            if a.layer != b.layer or not overlap(a.rect, b.rect):
                continue
            if any(overlap(ra, rb) for _, ra in a.lines for _, rb in b.lines):
                problems.append(f"text over text: {_describe(log, i)} and {_describe(log, j)}")

    for i in texts:
        e = entries[i]
        for line, rect in e.lines:
            if not inside(rect, log.screen):
                problems.append(f"off screen: {_describe(log, i)}: line “{line}” at {tuple(round(v) for v in rect)}")
            for parent in lineage[i]:
                if entries[parent].kind == "box" and not inside(rect, entries[parent].rect):
                    problems.append(f"outside its box: {_describe(log, i)}: line “{line}” leaves "
                                    f"{_describe(log, parent)}")
                    break
        for k, (line, _) in enumerate(e.lines):
            if k and line[:1] in CLOSING:
                problems.append(f"line starts with a closing mark: {_describe(log, i)}: “{line}”")
        split = _split_word(e)
        if split:
            problems.append(f"word split across lines: {_describe(log, i)}: “{split}”")
        if e.size + 0.05 < minimum(e.role):
            problems.append(f"text too small: {_describe(log, i)}: {e.size:.1f} px < {minimum(e.role):.0f} px")

    # Badges (a found clue's check mark) never cover text of their layer.
    for i, e in enumerate(entries):
        if e.kind == "box" and e.role == "badge":
            for j in texts:
                t = entries[j]
                if t.layer == e.layer and j not in lineage.get(i, set()) and i not in lineage[j] \
                        and any(overlap(e.rect, r) for _, r in t.lines):
                    problems.append(f"badge over text: {_describe(log, i)} covers {_describe(log, j)}")

    # What an overlay must leave visible (the clue, the chosen option, the leak meter, faces).
    for k, keep in enumerate(entries):
        if keep.kind != "keep":
            continue
        for i, e in enumerate(entries):
            if e.layer == keep.layer and e.kind == "box" and e.role in COVERING_ROLES \
                    and overlap(e.rect, keep.rect, 2.0):
                problems.append(f"covers what must stay visible: {_describe(log, i)} over {keep.name} "
                                f"at {tuple(round(v) for v in keep.rect)}")

    # Leader lines cross no card, button or other callout, and no other leader.
    leaders = [i for i, e in enumerate(entries) if e.kind == "line" and e.role == "leader"]
    for i in leaders:
        p, q = entries[i].points
        for j, e in enumerate(entries):
            if e.kind != "box" or e.layer != entries[i].layer or e.role not in ("card", "button", "callout", "guide"):
                continue
            if segment_hits(p, q, e.rect, margin=3.0):
                problems.append(f"leader line crosses: {_describe(log, i)} through {_describe(log, j)}")
        for j in leaders:
            if j > i and segments_cross(p, q, *entries[j].points):
                problems.append(f"leader lines cross: {_describe(log, i)} and {_describe(log, j)}")

    # 锡小朗 stands whole on the screen, and his card's tail ends at his mouth.
    for i, e in enumerate(entries):
        if e.kind == "box" and e.role == "guide":
            if not inside(e.rect, log.screen, 2.0):
                problems.append(f"not whole on screen: {_describe(log, i)}")
            mouths = [m for m in entries if m.kind == "box" and m.role == "mouth" and m.layer == e.layer]
            tails = [t for t in entries if t.kind == "line" and t.role == "tail" and t.layer == e.layer]
            for tail in tails:
                tip = tail.points[1]
                reach = max(24.0, 0.2 * e.rect[3])
                if not any(abs(tip[0] - (m.rect[0] + 2)) ** 2 + abs(tip[1] - (m.rect[1] + 2)) ** 2 <= reach ** 2
                           for m in mouths):
                    problems.append(f"speech tail not at the mouth: {_describe(log, i)}: tip at "
                                    f"{tuple(round(v) for v in tip)}")
    return problems


def _split_word(entry: Entry) -> str:
    """The word a line break falls inside, if any (by the game's word dictionary)."""
    lines = [t for t, _ in entry.lines]
    if len(lines) < 2:
        return ""
    source = entry.source
    # Where each line ends in the source (lines lose the spaces they were broken at).
    ends, at = [], 0
    for line in lines:
        for ch in line:
            while at < len(source) and source[at] != ch:
                at += 1
            at += 1
        ends.append(at)
    ends = ends[:-1]
    if at > len(source):
        return ""  # drawn text is not the source (cut with …): nothing to compare
    breaks: set[int] = set()
    offset = 0
    for paragraph in source.split("\n"):
        pieces = words.cut(paragraph) or list(paragraph)
        pos = offset
        for piece in pieces:
            pos += len(piece)
            breaks.add(pos)
        runs = offset
        for atom in _atoms(paragraph):
            if len(atom) > 1:  # a Latin or digit run (an address) is one word too
                for k in range(1, len(atom)):
                    breaks.discard(runs + k)
            runs += len(atom)
        breaks.add(offset)
        offset += len(paragraph) + 1
    for end in ends:
        if end not in breaks and source[end - 1:end].strip() and source[end:end + 1].strip():
            left = source[max(0, end - 3):end]
            right = source[end:end + 3]
            return f"{left}/{right}"
    return ""
