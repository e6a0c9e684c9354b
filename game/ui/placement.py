"""Where an overlay's parts go, as pure geometry: candidates scored against what must stay visible.

锡小朗's feedback (game.scenes.feedback) is placed in three steps, before anything is
painted: his card with him beside it (`place_guide`), then a callout per clue in
the space left (`place_callouts`), then small badges beside the clues
(`place_badge`). Each step tries candidate positions and keeps the one that covers
nothing it must not (clues, the chosen answer, the leak meter, faces), preferring
a big 锡小朗 standing low and a card near the clue. No pygame here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from game.engine.layoutlog import segment_hits, segments_cross

Rect = tuple[float, float, float, float]
Point = tuple[float, float]

# The figure inside a character's 300x600 art box (the rest is transparent), as fractions.
FIGURE = (0.2, 0.0, 0.98, 0.99)
HEAD_HALF = 0.34  # half his head's width, as a fraction of the art's width
GAP = 12  # between 锡小朗's figure and his card: room for the tail's root


@dataclass(frozen=True)
class Keep:
    """A rect an overlay should leave visible; `must` ones it may not cover at all."""

    rect: Rect
    name: str
    must: bool = True
    lit: bool = False  # left bright under the overlay's veil (the chosen answer, a changed meter)
    weight: float = 1.0  # for the others: how much covering them counts against a place


@dataclass(frozen=True)
class GuidePlan:
    card: Rect
    guide: Rect  # the art box (300x600 proportions)
    figure: Rect  # the drawn figure inside it
    flip: bool  # drawn mirrored (he stands right of his card and faces it)
    mouth: Point
    tail: tuple[Point, Point, Point]  # two points on the card's edge and the tip at his mouth
    covered: float  # area of must-keep rects covered (0 when the plan is clean)


def area(r: Rect) -> float:
    return max(0.0, r[2]) * max(0.0, r[3])


def common(a: Rect, b: Rect) -> float:
    """The area two rects share."""
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _shared(ax0, ay0, ax1, ay1, bx0, by0, bx1, by1) -> float:
    """`common` of two rects given by their edges."""
    w = min(ax1, bx1) - max(ax0, bx0)
    h = min(ay1, by1) - max(ay0, by0)
    return w * h if w > 0 and h > 0 else 0.0


def grow(r: Rect, d: float) -> Rect:
    return (r[0] - d, r[1] - d, r[2] + 2 * d, r[3] + 2 * d)


def within(r: Rect, outer: Rect) -> bool:
    return r[0] >= outer[0] and r[1] >= outer[1] and r[0] + r[2] <= outer[0] + outer[2] \
        and r[1] + r[3] <= outer[1] + outer[3]


def figure_of(box: Rect, flip: bool) -> Rect:
    x, y, w, h = box
    left, top, right, bottom = FIGURE
    if flip:
        left, right = 1 - right, 1 - left
    return (x + left * w, y + top * h, (right - left) * w, (bottom - top) * h)


def place_guide(screen: Rect, cards: Sequence[tuple[float, float]], heights: Sequence[float],
                keeps: Sequence[Keep], mouth: Point, prefer_near: Point | None = None) -> GuidePlan:
    """锡小朗 and his card where they cover none of the `must` keeps, nicest first.

    `cards`: the (width, height) the card may take, most preferred first; `heights`: the
    heights he may be drawn at, biggest first; `mouth`: his mouth in his 300x600 art.
    Shapes are tried from the most wanted (a big 锡小朗, the preferred card) down; the first
    that has a clean place (covering no must and little else) wins, at its best place
    (standing low, over little, near the clue). Then the same, allowing more to be covered;
    with no place free of musts anywhere, the one covering least is taken."""
    sx, sy, sw, sh = screen
    musts = [k.rect for k in keeps if k.must]
    softs = [(k.rect, k.weight) for k in keeps if not k.must]
    # Candidate places touch the screen's edges or the edges of what must stay visible.
    xs_edges = [sx + 8, sx + sw - 8] + [v for r in musts for v in (r[0] - 8, r[0] + r[2] + 8)]
    ys_edges = [sy + 8, sy + sh - 6] + [v for r in musts for v in (r[1] - 8, r[1] + r[3] + 8)]
    groups: dict[float, list] = {}
    for rank, (cw, ch) in enumerate(cards):
        for gh in heights:
            for flip in (False, True):
                for hang in (False, True):
                    shape = _unit(cw, ch, gh / 2, gh, flip, hang, mouth)
                    if shape is not None:
                        groups.setdefault(-gh * 6 + rank * 60, []).append((cw, ch, gh, flip, shape))
    for share in (0.12, None):  # first over at most this share of the card's own area of soft rects
        for key in sorted(groups):
            best = _best_place(groups[key], screen, musts, softs, xs_edges, ys_edges, mouth, prefer_near, share)
            if best is not None:
                return best
    fallback = _least_covering(groups, screen, musts, xs_edges, ys_edges, mouth)
    assert fallback is not None, "no card size given"
    return fallback


def _positions(uw, uh, screen, xs_edges, ys_edges):
    sx, sy, sw, sh = screen
    xs = {round(min(max(x, sx + 8), sx + sw - 8 - uw)) for x in xs_edges + [e - uw for e in xs_edges]}
    ys = {round(min(max(y, sy + 8), sy + sh - 6 - uh)) for y in ys_edges + [e - uh for e in ys_edges]}
    return [(x, y) for x in xs for y in ys]


def _best_place(shapes, screen, musts, softs, xs_edges, ys_edges, mouth, prefer_near, share):
    """The best clean place among shapes of one preference (None: none is clean)."""
    sx, sy, sw, sh = screen
    best: tuple[float, GuidePlan] | None = None
    # The tests of `common`, written out: this loop runs some 10,000 times for one card.
    hard = [(r[0], r[1], r[0] + r[2], r[1] + r[3]) for r in musts]
    weighed = [(r[0], r[1], r[0] + r[2], r[1] + r[3], w) for r, w in softs]
    for cw, ch, gh, flip, (uw, uh, card_at, guide_at) in shapes:
        limit = None if share is None else share * cw * ch
        fig = figure_of((guide_at[0], guide_at[1], gh / 2, gh), flip)  # in the unit
        for ux, uy in _positions(uw, uh, screen, xs_edges, ys_edges):
            ax0, ay0 = ux + card_at[0], uy + card_at[1]
            ax1, ay1 = ax0 + cw, ay0 + ch
            bx0, by0 = ux + fig[0], uy + fig[1]
            bx1, by1 = bx0 + fig[2], by0 + fig[3]
            if any((min(ax1, x1) - max(ax0, x0) > 0 and min(ay1, y1) - max(ay0, y0) > 0)
                   or (min(bx1, x1) - max(bx0, x0) > 0 and min(by1, y1) - max(by0, y0) > 0)
                   for x0, y0, x1, y1 in hard):
                continue
            over = 0
            for x0, y0, x1, y1, w in weighed:
                a = _shared(ax0, ay0, ax1, ay1, x0, y0, x1, y1)
                b = _shared(bx0, by0, bx1, by1, x0, y0, x1, y1)
                over += (a + b) * w
            if limit is not None and over > limit:
                continue
            card = (ax0, ay0, cw, ch)
            figure = (bx0, by0, fig[2], fig[3])
            guide = (ux + guide_at[0], uy + guide_at[1], gh / 2, gh)
            score = over * 0.5 + (sy + sh - (guide[1] + gh)) * 0.6  # he stands on the ground
            if prefer_near is not None:
                score += (abs(card[0] + cw / 2 - prefer_near[0]) + abs(card[1] + ch / 2 - prefer_near[1])) * 0.05
            if best is None or score < best[0]:
                best = (score, _plan(card, guide, figure, flip, mouth, 0.0))
    return None if best is None else best[1]


def _least_covering(groups, screen, musts, xs_edges, ys_edges, mouth) -> GuidePlan | None:
    """No clean place at all: the place covering least of what must stay visible."""
    fallback: tuple[float, GuidePlan] | None = None
    for key in sorted(groups):
        for cw, ch, gh, flip, (uw, uh, card_at, guide_at) in groups[key]:
            for ux, uy in _positions(uw, uh, screen, xs_edges, ys_edges):
                card = (ux + card_at[0], uy + card_at[1], cw, ch)
                guide = (ux + guide_at[0], uy + guide_at[1], gh / 2, gh)
                figure = figure_of(guide, flip)
                covered = sum(common(card, r) + common(figure, r) for r in musts)
                if fallback is None or covered < fallback[0]:
                    fallback = (covered, _plan(card, guide, figure, flip, mouth, covered))
    return None if fallback is None else fallback[1]


def _unit(cw, ch, gw, gh, flip, hang, mouth):
    """The unit's size and where the card and the art box sit in it.

    Not flipped: he stands left of the card; flipped: right of it. `hang`: the card hangs
    from his mouth's height; otherwise its foot is level with his feet."""
    left, _, right, _ = FIGURE
    mouth_y = mouth[1] / 600 * gh
    if hang:
        card_y = mouth_y - 40
        if card_y + ch < gh * 0.5:
            return None
    else:
        card_y = gh - ch
        if card_y > mouth_y - 30:
            return None  # the card would sit below his mouth: the tail would go up through it
    top = min(0.0, card_y)
    if not flip:
        card_x = right * gw + GAP
        guide_x = 0.0
    else:
        card_x = 0.0
        guide_x = cw + GAP - (1 - right) * gw
    width = max(card_x + cw, guide_x + gw)
    height = max(gh, card_y + ch) - top
    return width, height, (card_x, card_y - top), (guide_x, -top)


def _plan(card: Rect, guide: Rect, figure: Rect, flip: bool, mouth: Point, covered: float) -> GuidePlan:
    gx, gy, gw, gh = guide
    mx = gx + (1 - mouth[0] / 300 if flip else mouth[0] / 300) * gw
    my = gy + mouth[1] / 600 * gh
    edge = card[0] if not flip else card[0] + card[2]  # the card's side that faces him
    root_y = min(max(my, card[1] + 28), card[1] + card[3] - 28)
    toward = 1 if not flip else -1
    tip = (mx + toward * HEAD_HALF * gw, my)  # at his cheek, level with his mouth
    return GuidePlan(card, guide, figure, flip, (mx, my),
                     ((edge, root_y - 16), (edge, root_y + 16), tip), covered)


@dataclass(frozen=True)
class Callout:
    rect: Rect
    start: Point  # on the clue's edge
    end: Point  # on the callout's edge


def place_callouts(screen: Rect, clues: Sequence[tuple[Rect, float, float]], blocked: Sequence[Rect],
                   lines_blocked: Sequence[Rect] = (), soft: Sequence[Rect] = (),
                   soft_share: float = 0.0) -> list[Callout] | None:
    """A callout (w x h) for each clue rect, in free space, with a leader line that crosses
    no blocked rect and no other leader; None when one of them finds no place. A callout may
    cover at most `soft_share` of its area of `soft` rects (text beneath); among the places
    left, a short leader wins, and what it covers counts against it."""
    placed: list[Callout] = []
    clue_rects = [c[0] for c in clues]
    for index, (clue, w, h) in enumerate(clues):
        others = [grow(r, 4) for k, r in enumerate(clue_rects) if k != index]
        choice = None
        # What a callout must keep clear of, and what its leader must not cross, for this clue.
        boxes = [grow(b, 6) for b in list(blocked) + [c.rect for c in placed] + [grow(r, 2) for r in clue_rects]]
        walls = list(blocked) + list(lines_blocked) + [c.rect for c in placed] + others
        for rect, start, end, penalty in _callout_candidates(clue, w, h):
            if not within(rect, screen):
                continue
            if any(common(rect, b) > 0 for b in boxes):
                continue
            if any(segment_hits(start, end, b, margin=1.0) for b in walls):
                continue
            if any(segments_cross(start, end, c.start, c.end) for c in placed):
                continue
            covered = sum(common(rect, r) for r in soft)
            if covered > soft_share * area(rect):
                continue
            length = abs(end[0] - start[0]) + abs(end[1] - start[1]) + covered * 0.05 + penalty
            if choice is None or length < choice[0]:
                choice = (length, Callout(rect, start, end))
        if choice is None:
            return None
        placed.append(choice[1])
    return placed


def _callout_candidates(clue: Rect, w: float, h: float):
    """Places beside the clue (preferred: they read like a label) and above or below it,
    each with its leader's ends and a penalty that says how much less it is wanted."""
    x, y, cw, ch = clue
    mid_y = y + ch / 2
    for dy in (0, -30, 30, -60, 60, -100, 100, -150, 150, -180, 180, -210, 210, -245, 245, -280, 280):
        top = mid_y - h / 2 + dy
        for gap in (34, 80, 140):
            right = (x + cw + gap, top, w, h)
            yield right, (x + cw + 4, mid_y), (right[0], min(max(mid_y, top + 14), top + h - 14)), 0
            left = (x - gap - w, top, w, h)
            yield left, (x - 4, mid_y), (left[0] + w, min(max(mid_y, top + 14), top + h - 14)), 0
    mid_x = x + cw / 2
    for dx in (0, -80, 80, -160, 160, -240, 240):
        left_x = mid_x - w / 2 + dx
        for gap in (30, 80):
            above = (left_x, y - gap - h, w, h)
            yield above, (mid_x, y - 4), (min(max(mid_x, left_x + 14), left_x + w - 14), above[1] + h), 80
            below = (left_x, y + ch + gap, w, h)
            yield below, (mid_x, y + ch + 4), (min(max(mid_x, left_x + 14), left_x + w - 14), below[1]), 80


def place_badge(target: Rect, radius: float, avoid: Sequence[Rect], bounds: Rect) -> Point:
    """The centre of a round badge beside `target` that covers none of `avoid` (text, other
    badges), staying inside `bounds`; the least bad spot if there is no clean one."""
    x, y, w, h = target
    r = radius
    spots = [(x + w + r + 2, y + h / 2), (x + w + r + 2, y + r), (x + w - r, y - r - 2), (x + w + r + 2, y + h - r),
             (x - r - 2, y + h / 2), (x - r - 2, y + r), (x + r, y - r - 2), (x + w - r, y + h + r + 2),
             (x + r, y + h + r + 2), (x + w, y)]
    best = None
    for i, (cx, cy) in enumerate(spots):
        box = (cx - r, cy - r, 2 * r, 2 * r)
        covered = sum(common(box, a) for a in avoid) + (0 if within(box, bounds) else 10_000)
        score = covered * 10 + i
        if best is None or score < best[0]:
            best = (score, (cx, cy))
    return best[1]


def rings(targets: Sequence[Rect], margin: float = 6, near: float = 40) -> list[Rect]:
    """Rings around targets, `margin` out. Targets that stand in a row or a column less than
    `near` apart (stacked form fields, chat messages) share one ring around them all: rings of
    their own would cross the gap between them, where a field's label or a sender's name sits."""
    groups: list[list[float]] = []
    for rect in sorted(targets, key=lambda r: (r[1], r[0])):
        x, y, w, h = rect
        for g in groups:
            gx, gy, gw, gh = g
            stacked = x < gx + gw and gx < x + w and -near < y - (gy + gh) < near
            in_row = y < gy + gh and gy < y + h and -near < x - (gx + gw) < near
            if stacked or in_row:
                right, bottom = max(gx + gw, x + w), max(gy + gh, y + h)
                g[0], g[1] = min(gx, x), min(gy, y)
                g[2], g[3] = right - g[0], bottom - g[1]
                break
        else:
            groups.append([x, y, w, h])
    return [grow(tuple(g), margin) for g in groups]
