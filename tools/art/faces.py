"""Facial features shared by every character.

A face is described by a few anchor numbers (eye centres, brow height, mouth
centre) and an expression name. The mouth centre never moves between
expressions, so speech-bubble tails can point at one fixed spot per character.
"""
from __future__ import annotations

from dataclasses import dataclass

from palette import CHEEK, INK, IRIS, MOUTH_IN, SKIN, SWEAT, TONGUE, WHITE
from svg import FACE_LINE, circle, el, ellipse, fill, line, num


@dataclass(frozen=True)
class FaceSpec:
    cx: float          # face centre x
    eye_y: float       # eye centre y
    eye_dx: float      # distance from cx to each eye centre
    eye_rx: float
    eye_ry: float
    brow_y: float      # brow centre height for a neutral face
    mouth: tuple[float, float]
    cheek_y: float
    cheek_dx: float
    lashes: bool = False
    s: float = 1.0     # size factor for strokes and mouth shapes
    sweat_at: tuple[float, float] = (0, 0)
    skin: str = SKIN               # colour of the eyelids drawn over half-closed eyes
    brow_color: str | None = None  # None: ink brows; a colour: thick outlined brows (grey for grandpa)
    sly: bool = False              # fraudsters: a too-perfect smile, a knowing look when happy


def _eye_open(x, y, rx, ry, s, look=(0.0, 0.0)) -> list[str]:
    lx, ly = look
    return [
        ellipse(x, y, rx, ry, INK, width=0),
        ellipse(x + lx, y + ry * 0.32 + ly, rx * 0.62, ry * 0.42, IRIS, width=0),
        circle(x + rx * 0.3 + lx, y - ry * 0.36 + ly, rx * 0.42, WHITE, width=0),
        circle(x - rx * 0.38 + lx, y + ry * 0.38 + ly, rx * 0.2, WHITE, width=0),
    ]


def _lid(x, y, rx, ry, s, skin, drop, inner, side) -> list[str]:
    """An upper eyelid over an open eye, down to `drop` (0..1 of the eye height
    from its top) at the outer corner and `inner` units lower at the inner corner."""
    top = y - ry - 3 * s
    outer_y = y - ry + 2 * ry * drop
    inner_y = outer_y + inner
    a, b = (outer_y, inner_y) if side < 0 else (inner_y, outer_y)   # left end, right end
    poly = (f"M{num(x - rx - 3)},{num(top)} L{num(x + rx + 3)},{num(top)} "
            f"L{num(x + rx + 3)},{num(b)} L{num(x - rx - 3)},{num(a)}Z")

    def half_width(yy):
        t = max(-1.0, min(1.0, (yy - y) / ry))
        return rx * (1 - t * t) ** 0.5

    return [fill(poly, skin),
            line(f"M{num(x - half_width(a) - 1.5)},{num(a)} L{num(x + half_width(b) + 1.5)},{num(b)}",
                 FACE_LINE * 1.2 * s)]


def _eye_round(x, y, rx, ry, s) -> list[str]:
    """Surprised: white eyes with small pupils."""
    return [
        ellipse(x, y, rx * 1.05, ry * 1.05, WHITE, width=FACE_LINE * s),
        circle(x, y + ry * 0.05, rx * 0.48, INK, width=0),
        circle(x + rx * 0.16, y - ry * 0.12, rx * 0.17, WHITE, width=0),
    ]


def _eye_arc_up(x, y, rx, ry, s) -> list[str]:
    """Happy: closed, smiling ^ eyes."""
    return [line(f"M{num(x - rx * 1.05)},{num(y + ry * 0.25)} "
                 f"Q{num(x)},{num(y - ry * 1.05)} {num(x + rx * 1.05)},{num(y + ry * 0.25)}",
                 FACE_LINE * 1.45 * s)]


def _eye_arc_down(x, y, rx, ry, s) -> list[str]:
    """Relieved: calm closed eyes (a soft U)."""
    return [line(f"M{num(x - rx * 1.1)},{num(y - ry * 0.05)} "
                 f"Q{num(x)},{num(y + ry * 0.75)} {num(x + rx * 1.1)},{num(y - ry * 0.05)}",
                 FACE_LINE * 1.45 * s)]


def _lashes(x, y, rx, ry, side, s, closed=False) -> list[str]:
    """Two short lashes at the outer corner (side = -1 left eye, +1 right)."""
    ox = x + side * rx * 0.95
    oy = y - ry * (0.0 if closed else 0.45)
    return [
        line(f"M{num(ox)},{num(oy)} l{num(side * 7 * s)},{num(-5 * s)}", FACE_LINE * s),
        line(f"M{num(ox - side * 2 * s)},{num(oy - 5 * s)} l{num(side * 5 * s)},{num(-7 * s)}",
             FACE_LINE * s) if not closed else None,
    ]


def _brow(x, y, half, tilt, arch, s, color=None) -> str | list[str]:
    """Brow centred at (x, y); tilt = (left end, right end) offsets, > 0 is lower.

    With a `color` the brow is a thick coloured stroke with an ink edge."""
    d = (f"M{num(x - half)},{num(y + tilt[0])} "
         f"Q{num(x)},{num(y - arch)} {num(x + half)},{num(y + tilt[1])}")
    if color is None:
        return line(d, FACE_LINE * 1.25 * s)
    return [line(d, FACE_LINE * 3.2 * s), line(d, FACE_LINE * 1.7 * s, color)]


def _mouth(expr: str, mx: float, my: float, s: float) -> list[str]:
    w = FACE_LINE * s
    S = lambda v: num(v * s)  # noqa: E731 - tiny local scaler
    if expr == "happy":
        d = (f"M{num(mx - 15 * s)},{num(my - 5 * s)} Q{num(mx)},{num(my - 2 * s)} "
             f"{num(mx + 15 * s)},{num(my - 5 * s)} Q{num(mx + 13 * s)},{num(my + 14 * s)} "
             f"{num(mx)},{num(my + 14 * s)} Q{num(mx - 13 * s)},{num(my + 14 * s)} "
             f"{num(mx - 15 * s)},{num(my - 5 * s)}Z")
        tongue = (f"M{num(mx - 8 * s)},{num(my + 10 * s)} Q{num(mx)},{num(my + 2 * s)} "
                  f"{num(mx + 8 * s)},{num(my + 10 * s)} Q{num(mx)},{num(my + 15 * s)} "
                  f"{num(mx - 8 * s)},{num(my + 10 * s)}Z")
        return [fill(d, MOUTH_IN), fill(tongue, TONGUE), line(d, w)]
    if expr == "surprised":
        return [ellipse(mx, my + 2 * s, 7.5 * s, 9.5 * s, MOUTH_IN, width=w)]
    if expr == "worried":
        return [line(f"M{num(mx - 11 * s)},{num(my + 4 * s)} "
                     f"q{S(5.5)},{S(-7)} {S(11)},{S(-3)} t{S(11)},{S(-2)}", w)]
    if expr == "relieved":
        return [line(f"M{num(mx - 13 * s)},{num(my - 3 * s)} "
                     f"Q{num(mx)},{num(my + 9 * s)} {num(mx + 13 * s)},{num(my - 3 * s)}", w)]
    if expr == "stern":  # pressing, not shouting: a firm, slightly turned-down line
        return [line(f"M{num(mx - 11 * s)},{num(my + 3 * s)} "
                     f"Q{num(mx)},{num(my - 3 * s)} {num(mx + 11 * s)},{num(my + 3 * s)}", w)]
    if expr == "sly_neutral":  # a wide, polite, slightly too even smile
        return [line(f"M{num(mx - 16 * s)},{num(my - 4 * s)} "
                     f"Q{num(mx)},{num(my + 8 * s)} {num(mx + 16 * s)},{num(my - 4 * s)}", w),
                line(f"M{num(mx - 18 * s)},{num(my - 7 * s)} l{S(3)},{S(4)}", w * 0.8),
                line(f"M{num(mx + 18 * s)},{num(my - 7 * s)} l{S(-3)},{S(4)}", w * 0.8)]
    if expr == "sly_happy":  # the too-perfect grin: a neat row of white teeth, one corner higher
        d = (f"M{num(mx - 17 * s)},{num(my - 3 * s)} Q{num(mx)},{num(my - 1 * s)} "
             f"{num(mx + 18 * s)},{num(my - 8 * s)} Q{num(mx + 12 * s)},{num(my + 12 * s)} "
             f"{num(mx - 2 * s)},{num(my + 11 * s)} Q{num(mx - 13 * s)},{num(my + 9 * s)} "
             f"{num(mx - 17 * s)},{num(my - 3 * s)}Z")
        teeth = [line(f"M{num(mx - 14 * s)},{num(my + 3 * s)} Q{num(mx)},{num(my + 5 * s)} "
                      f"{num(mx + 15 * s)},{num(my - 1 * s)}", w * 0.55, INK, opacity=0.45)]
        teeth += [line(f"M{num(mx + dx * s)},{num(my - 1 * s)} l0,{S(8)}", w * 0.45, INK, opacity=0.3)
                  for dx in (-8, 0, 8)]
        return [fill(d, WHITE), *teeth, line(d, w)]
    if expr == "thinking":
        return [line(f"M{num(mx - 8 * s)},{num(my + 1 * s)} "
                     f"Q{num(mx + 2 * s)},{num(my - 3 * s)} {num(mx + 10 * s)},{num(my - 2 * s)}", w)]
    # neutral: a small calm smile
    return [line(f"M{num(mx - 10 * s)},{num(my - 2 * s)} "
                 f"Q{num(mx)},{num(my + 6 * s)} {num(mx + 10 * s)},{num(my - 2 * s)}", w)]


def _listed(item) -> list[str]:
    return item if isinstance(item, list) else [item]


def sweat_drop(x, y, s=1.0) -> str:
    d = (f"M{num(x)},{num(y - 13 * s)} Q{num(x + 9 * s)},{num(y)} {num(x + 7 * s)},{num(y + 5 * s)} "
         f"A{num(7.5 * s)},{num(7.5 * s)} 0 0 1 {num(x - 7 * s)},{num(y + 5 * s)} "
         f"Q{num(x - 9 * s)},{num(y)} {num(x)},{num(y - 13 * s)}Z")
    return el("path", d=d, fill=SWEAT, stroke=INK, stroke_width=FACE_LINE * 0.9 * s,
              stroke_linejoin="round")


def sigh_puff(x, y, s=1.0) -> list[str]:
    """A little relieved 'phew' cloud beside the mouth (no text)."""
    return [
        circle(x, y, 6 * s, WHITE, width=FACE_LINE * 0.8 * s),
        circle(x + 9 * s, y - 4 * s, 7.5 * s, WHITE, width=FACE_LINE * 0.8 * s),
        circle(x + 4 * s, y - 4 * s, 5 * s, WHITE, width=0),
    ]


def face(spec: FaceSpec, expr: str) -> list[str]:
    f = spec
    s = f.s
    lx, rx_ = f.cx - f.eye_dx, f.cx + f.eye_dx
    out: list[str] = []

    sly = f.sly and expr in ("neutral", "happy")
    # cheeks (stronger when happy)
    blush = {"happy": 0.6, "relieved": 0.5, "surprised": 0.3, "worried": 0.25,
             "stern": 0.2}.get(expr, 0.4)
    if f.sly:
        blush = min(blush, 0.35)
    for cxk in (f.cx - f.cheek_dx, f.cx + f.cheek_dx):
        out.append(ellipse(cxk, f.cheek_y, 11 * s, 6.5 * s, CHEEK, width=0, opacity=blush))

    # eyes
    for x, side in ((lx, -1), (rx_, 1)):
        if expr == "happy" and sly:  # a knowing look: half-closed lids, eyes to one side
            out += _eye_open(x, f.eye_y, f.eye_rx, f.eye_ry, s, look=(f.eye_rx * 0.22, 0))
            out += _lid(x, f.eye_y, f.eye_rx, f.eye_ry, s, f.skin, 0.42, 0, side)
        elif expr == "happy":
            out += _eye_arc_up(x, f.eye_y, f.eye_rx, f.eye_ry, s)
        elif expr == "relieved":
            out += _eye_arc_down(x, f.eye_y, f.eye_rx, f.eye_ry, s)
        elif expr == "surprised":
            out += _eye_round(x, f.eye_y, f.eye_rx, f.eye_ry, s)
        elif expr == "thinking":
            out += _eye_open(x, f.eye_y, f.eye_rx, f.eye_ry, s,
                             look=(f.eye_rx * 0.12, -f.eye_ry * 0.12))
        elif expr == "worried":
            out += _eye_open(x, f.eye_y + 1 * s, f.eye_rx * 0.95, f.eye_ry * 0.9, s)
        elif expr == "stern":  # lids lowered toward the nose: firm, not furious
            out += _eye_open(x, f.eye_y, f.eye_rx, f.eye_ry, s)
            out += _lid(x, f.eye_y, f.eye_rx, f.eye_ry, s, f.skin, 0.2, 6 * s, side)
        else:
            out += _eye_open(x, f.eye_y, f.eye_rx, f.eye_ry, s)
        if f.lashes:
            out += _lashes(x, f.eye_y, f.eye_rx, f.eye_ry, side, s,
                           closed=expr in ("happy", "relieved") and not sly)

    # brows: (dy, (outer, inner) end offsets, arch)
    half = f.eye_rx * 1.15
    by = f.brow_y
    brows = {
        "neutral": (0, (2, 2), 4),
        "happy": (-4, (3, 3), 6),
        "surprised": (-11, (3, 3), 7),
        "worried": (-2, (3, -7), 1),
        "relieved": (-3, (2, -3), 3),
        "stern": (1, (-3, 6), 1),
        "thinking": None,
    }[expr]
    if expr == "happy" and sly:  # one brow raised
        brows = None
    bc = f.brow_color
    if brows is None:  # one brow up, one down
        out += _listed(_brow(lx, by - 9 * s, half, (3 * s, 1 * s), 6 * s, s, bc))
        out += _listed(_brow(rx_, by + 2 * s, half, (-2 * s, 3 * s), 1 * s, s, bc))
    else:
        dy, (outer, inner), arch = brows
        out += _listed(_brow(lx, by + dy * s, half, (outer * s, inner * s), arch * s, s, bc))
        out += _listed(_brow(rx_, by + dy * s, half, (inner * s, outer * s), arch * s, s, bc))

    # a tiny nose
    ny = (f.eye_y + f.mouth[1]) / 2 + 2 * s
    out.append(line(f"M{num(f.cx - 3 * s)},{num(ny)} q{num(3 * s)},{num(3 * s)} {num(6 * s)},0",
                    FACE_LINE * 0.8 * s, INK, opacity=0.55))

    out += _mouth(("sly_" + expr) if sly else expr, f.mouth[0], f.mouth[1], s)

    if expr == "worried" and f.sweat_at != (0, 0):
        out.append(sweat_drop(*f.sweat_at, s=s))
    if expr == "relieved":
        out += sigh_puff(f.mouth[0] + 30 * s, f.mouth[1] + 4 * s, s)
    return out
