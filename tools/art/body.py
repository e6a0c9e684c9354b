"""Body parts, props and arm gestures shared by every character.

All characters share one construction: 300x600 viewBox, feet at y=590, ink
outlines 5 units wide on bodies, tube-shaped limbs, round hands, flat fills
with one shadow tone, and faces from faces.py.
"""
from __future__ import annotations

import math

from palette import BLUE_LIGHT, INK, SHOE, SKIN, SKIN_SH, SOLE, WHITE
from svg import BODY_LINE, FACE_LINE, circle, el, ellipse, fill, g, line, num, outline, part, tube

W, H = 300, 600


def shaded_ellipse(cx, cy, rx, ry, color, shadow, d=7.0, towards=(0.55, 0.83)):
    """Ellipse with a crescent of shadow on the `towards` side, then outline."""
    ux, uy = towards
    return [
        ellipse(cx, cy, rx, ry, shadow, width=0),
        ellipse(cx - d * ux, cy - d * uy, rx - d, ry - d, color, width=0),
        ellipse(cx, cy, rx, ry, "none"),
    ]


def head(cx, cy, rx, ry, ear_y, ear_r=12, skin=SKIN, skin_sh=SKIN_SH):
    out = []
    for side in (-1, 1):
        ex = cx + side * (rx + 1)
        out.append(circle(ex, ear_y, ear_r, skin))
        out.append(line(f"M{num(ex - side * 1)},{num(ear_y - 5)} q{num(side * 5)},5 0,10",
                        FACE_LINE * 0.8, INK, opacity=0.6))
    out += shaded_ellipse(cx, cy, rx, ry, skin, skin_sh, d=6)
    return out


def neck(cx, top, bottom, half=12, skin=SKIN, skin_sh=SKIN_SH):
    d = (f"M{num(cx - half)},{num(top)} L{num(cx - half)},{num(bottom)} "
         f"L{num(cx + half)},{num(bottom)} L{num(cx + half)},{num(top)}Z")
    shadow = (f"M{num(cx - half)},{num(top)} L{num(cx + half)},{num(top)} "
              f"L{num(cx + half)},{num(top + 16)} Q{num(cx)},{num(top + 24)} {num(cx - half)},{num(top + 16)}Z")
    return part(d, skin, [shadow], skin_sh)


def hand(x, y, r=13, skin=SKIN):
    return [circle(x, y, r, skin),
            line(f"M{num(x - r * 0.2)},{num(y + r * 0.35)} q{num(r * 0.35)},{num(r * 0.25)} {num(r * 0.65)},0",
                 FACE_LINE * 0.8, INK, opacity=0.5)]


def polyline_d(points) -> str:
    (x0, y0), *rest = points
    return f"M{num(x0)},{num(y0)} " + " ".join(f"L{num(x)},{num(y)}" for x, y in rest)


def arm(points, sleeve, cuff, width=28, cuff_len=12, hand_r=13, hand_gap=12, skin=SKIN):
    """Tube arm through `points` (shoulder ... wrist) with a cuff and a round hand.

    The last two items of the returned list are the hand, so a caller can draw
    a prop between the sleeve and the hand."""
    (x1, y1), (x2, y2) = points[-2], points[-1]
    length = math.hypot(x2 - x1, y2 - y1)
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    cx0, cy0 = x2 - ux * cuff_len, y2 - uy * cuff_len
    out = tube(polyline_d(points), width, sleeve)
    if cuff:
        out += tube(f"M{num(cx0)},{num(cy0)} L{num(x2)},{num(y2)}", width, cuff)
    hx, hy = x2 + ux * hand_gap, y2 + uy * hand_gap
    out += hand(hx, hy, hand_r, skin)
    return out, (hx, hy)


def shoe(x, side, accent, color=SHOE, sole=SOLE):
    """A rounded sneaker; `side` = -1 for the left foot (toe points outward)."""
    t = x + side * 14        # toe end
    b = x - side * 12        # heel end
    d = (f"M{num(b)},590 C{num(b - side * 4)},574 {num(b)},562 {num(x)},561 "
         f"C{num(t)},561 {num(t + side * 12)},572 {num(t + side * 12)},590Z")
    sole_d = f"M{num(b)},583 L{num(t + side * 12)},583"
    stripe = f"M{num(x - side * 2)},569 Q{num(x + side * 8)},575 {num(t + side * 4)},574"
    out = [fill(d, color), line(sole_d, 6, sole)]
    if accent:
        out.append(line(stripe, 4, accent))
    return out + [outline(d)]


def legs(color, shadow, top_y, accent, width=44, spread=20, foot_y=554,
         shoe_color=SHOE, sole=SOLE):
    """Two straight tube legs from the hips to the shoes."""
    out = []
    for side in (-1, 1):
        top, bot = (150 + side * spread, top_y), (150 + side * (spread + 7), foot_y)
        out += tube(f"M{num(top[0])},{num(top[1])} L{num(bot[0])},{num(bot[1])}", width, color)
        out.append(line(f"M{num(top[0] + width * 0.3)},{num(top[1] + 10)} "
                        f"L{num(bot[0] + width * 0.3)},{num(bot[1] - 4)}", 8, shadow))
    out += shoe(120, -1, accent, shoe_color, sole) + shoe(180, 1, accent, shoe_color, sole)
    return out


# ---------------------------------------------------------------------------
# arm gestures: elbow and wrist offsets from the shoulder, for the left arm
# (viewer's left); the right arm mirrors them.
# ---------------------------------------------------------------------------

GESTURES = {
    "down": ((-16, 92), (-26, 178)),        # arms hanging by the sides
    "together": ((-14, 92), (28, 136)),     # hands meet in front of the tummy
    "cheek": ((-28, 78), (0, -22)),         # hand raised to the cheek
    "wave": ((-44, 52), (-52, -18)),        # hand up beside the head, open palm
    "hip": ((-44, 70), (-4, 118)),          # hand on the hip
    "up": ((-40, 62), (-46, 4)),            # hands up at shoulder height (surprise)
}


def gesture_points(shoulder, name, side, reach=1.0):
    """Shoulder, elbow and wrist for gesture `name`; side -1 = viewer's left arm."""
    (ex, ey), (wx, wy) = GESTURES[name]
    sx, sy = shoulder  # offsets are written for the left arm: mirror them for the right
    return ((sx, sy), (sx - side * ex * reach, sy + ey * reach),
            (sx - side * wx * reach, sy + wy * reach))


def gesture_arms(left, right, shoulders, sleeve, cuff, skin=SKIN, width=28, hand_r=13):
    """Both arms in the named gestures. Returns (early, late): hands raised to
    the face are in `late`, to be drawn over the head."""
    early, late = [], []
    for name, side, shoulder in ((left, -1, shoulders[0]), (right, 1, shoulders[1])):
        gap = 10 if name == "together" else 12
        a, at = arm(gesture_points(shoulder, name, side), sleeve, cuff, width=width,
                    hand_r=hand_r, hand_gap=gap, skin=skin)
        if name == "cheek":
            early += a[:-2]
            late += hand(at[0] - side * 2, at[1] - 4, hand_r + 1, skin)
        elif name == "wave":
            early += a[:-2] + open_hand(*at, side, skin, hand_r)
        else:
            early += a
    return early, late


def open_hand(x, y, side, skin=SKIN, r=13):
    """An open palm facing the viewer with three short finger lines."""
    palm = [circle(x, y, r + 2, skin)]
    thumb = (f"M{num(x - side * (r - 2))},{num(y + 2)} q{num(-side * 12)},-4 {num(-side * 12)},-14")
    out = [*tube(thumb, 7, skin, line_w=3.5), *palm]
    for dx in (-5, 0, 5):
        out.append(line(f"M{num(x + dx)},{num(y - r + 3)} l0,8", FACE_LINE * 0.7, INK, opacity=0.45))
    return out


# ---------------------------------------------------------------------------
# props
# ---------------------------------------------------------------------------

def phone(x, y, w=62, h=108):
    """A phone with its screen toward the viewer; (x, y) is its top-left corner."""
    return [
        el("rect", x=x, y=y, width=w, height=h, rx=12, fill=INK, stroke=INK,
           stroke_width=BODY_LINE * 0.6),
        el("rect", x=x + 6, y=y + 12, width=w - 12, height=h - 24, rx=5, fill="#F4F8FF"),
        el("rect", x=x + 6, y=y + 12, width=w - 12, height=16, fill=BLUE_LIGHT),
        el("rect", x=x + 22, y=y + 4, width=18, height=4, rx=2, fill="#55566A"),
        line(f"M{x + 14},{y + 40} L{x + 44},{y + 40}", 4, "#C9D3E8"),
        line(f"M{x + 14},{y + 52} L{x + 36},{y + 52}", 4, "#C9D3E8"),
        line(f"M{x + 14},{y + 64} L{x + 40},{y + 64}", 4, "#C9D3E8"),
        line(f"M{x + 40},{y + 78} L{x + 52},{y + 66}", 3, WHITE, opacity=0.9),
    ]


def phone_arms(shoulders, sleeve, cuff, phone_top, skin=SKIN, width=28, hand_r=13):
    """Both hands hold a phone at chest height, screen to the viewer.

    Drawn in order: sleeves, the phone, then the hands over the phone's sides."""
    (lx, ly), (rx, ry) = shoulders
    wy = phone_top + 76
    arms = []
    for pts_ in (((lx, ly), (lx - 12, ly + 64), (lx + 6, wy)),
                 ((rx, ry), (rx + 12, ry + 64), (rx - 6, wy))):
        a, _ = arm(pts_, sleeve, cuff, width=width, hand_r=hand_r, hand_gap=10, skin=skin)
        arms.append(a)
    out = []
    for a in arms:
        out += a[:-2]
    out += phone(119, phone_top)
    for a in arms:
        out += a[-2:]
    return out


def glasses(spec, rim="#4A4A5E", rx=None, ry=None, bridge_y=None, round_=True):
    """Glasses around both eyes of a FaceSpec, drawn over the face."""
    rx = rx or spec.eye_rx * 1.85
    ry = ry or spec.eye_ry * 1.25
    out = []
    for side in (-1, 1):
        cx = spec.cx + side * spec.eye_dx
        if round_:
            out.append(ellipse(cx, spec.eye_y, rx, ry, WHITE, stroke=rim, width=4,
                               fill_opacity=0.18))
        else:
            out.append(el("rect", x=cx - rx, y=spec.eye_y - ry, width=2 * rx, height=2 * ry,
                          rx=ry * 0.55, fill=WHITE, fill_opacity=0.18, stroke=rim, stroke_width=4))
        out.append(line(f"M{num(cx + side * rx)},{num(spec.eye_y - 2)} l{num(side * 8)},-3", 4, rim))
    by = bridge_y or spec.eye_y - 2
    out.append(line(f"M{num(spec.cx - spec.eye_dx + rx)},{num(by)} "
                    f"Q{num(spec.cx)},{num(by - 6)} {num(spec.cx + spec.eye_dx - rx)},{num(by)}", 4, rim))
    return out


# ---------------------------------------------------------------------------
# call framing: head and shoulders for a video-call window
# ---------------------------------------------------------------------------

CALL_HEAD_Y = 250      # where the head centre lands in a call picture
CALL_HEAD_HALF = 100   # the head's half-width in a call picture


def call_scale(head_rx: float) -> float:
    return CALL_HEAD_HALF / head_rx


def call_point(p, head_c, head_rx):
    """Where point p of the full-figure drawing lands in the call framing."""
    s = call_scale(head_rx)
    return (W / 2 + (p[0] - head_c[0]) * s, CALL_HEAD_Y + (p[1] - head_c[1]) * s)


def call_frame(body, head_c, head_rx):
    """Scale a full-figure drawing so head and shoulders fill the 300x600 box."""
    s = call_scale(head_rx)
    tx, ty = W / 2 - head_c[0] * s, CALL_HEAD_Y - head_c[1] * s
    return [g(body, transform=f"translate({num(tx)},{num(ty)}) scale({s:.4g})")]


# Which gesture each arm makes for an expression when standing (left, right).
EXPR_GESTURES = {
    "neutral": ("down", "down"),
    "happy": ("wave", "down"),
    "worried": ("cheek", "down"),
    "surprised": ("up", "up"),
    "stern": ("hip", "hip"),
}


def pose_arms(pose, expr, shoulders, sleeve, cuff, skin=SKIN, width=28, hand_r=13,
              gestures=None, phone_top=None):
    """Arms for a pose and expression: (early, late) lists as in gesture_arms."""
    if pose == "phone":
        top = phone_top if phone_top is not None else shoulders[0][1] + 22
        return phone_arms(shoulders, sleeve, cuff, top, skin, width, hand_r), []
    table = dict(EXPR_GESTURES)
    table.update(gestures or {})
    left, right = table.get(expr, ("down", "down"))
    return gesture_arms(left, right, shoulders, sleeve, cuff, skin, width, hand_r)
