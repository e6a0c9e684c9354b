"""The three characters: 吴小清 (xiaoqing), 锡小朗 (xiaolang) and 妈妈 (mom).

All characters share one construction: 300x600 viewBox, feet at y=590, ink
outlines 5 units wide on bodies, tube-shaped limbs, round hands, flat fills
with one shadow tone, and faces from faces.py. Each builder returns the SVG
body for one (pose, expression) pair.
"""
from __future__ import annotations

import math

from faces import FaceSpec, face
from palette import (
    BLUE, BLUE_LIGHT, BLUE_SH, CREAM, CREAM_SH, GOLD, GOLD_SH, HANDLE, HANDLE_SH,
    INK, LANG_HAIR, LANG_HAIR_SH, MOM_HAIR, MOM_HAIR_SH, MOM_PANTS, MOM_PANTS_SH,
    PANTS, PANTS_SH, PINK, PINK_SH, QING_HAIR, QING_HAIR_SH, SHOE, SKIN,
    SKIN_SH, SOLE, TEAL, TEAL_SH, TRACK_BLUE, TRACK_BLUE_SH, TRACK_WHITE,
    TRACK_WHITE_SH, WHITE,
)
from svg import (
    BODY_LINE, FACE_LINE, circle, el, ellipse, fill, g, line, num, outline, part,
    tube,
)

W, H = 300, 600

# ---------------------------------------------------------------------------
# shared body parts
# ---------------------------------------------------------------------------


def shaded_ellipse(cx, cy, rx, ry, color, shadow, d=7.0, towards=(0.55, 0.83)):
    """Ellipse with a crescent of shadow on the `towards` side, then outline."""
    ux, uy = towards
    return [
        ellipse(cx, cy, rx, ry, shadow, width=0),
        ellipse(cx - d * ux, cy - d * uy, rx - d, ry - d, color, width=0),
        ellipse(cx, cy, rx, ry, "none"),
    ]


def head(cx, cy, rx, ry, ear_y, ear_r=12):
    out = []
    for side in (-1, 1):
        ex = cx + side * (rx + 1)
        out.append(circle(ex, ear_y, ear_r, SKIN))
        out.append(line(f"M{num(ex - side * 1)},{num(ear_y - 5)} q{num(side * 5)},5 0,10",
                        FACE_LINE * 0.8, INK, opacity=0.6))
    out += shaded_ellipse(cx, cy, rx, ry, SKIN, SKIN_SH, d=6)
    return out


def neck(cx, top, bottom, half=12):
    d = (f"M{num(cx - half)},{num(top)} L{num(cx - half)},{num(bottom)} "
         f"L{num(cx + half)},{num(bottom)} L{num(cx + half)},{num(top)}Z")
    shadow = (f"M{num(cx - half)},{num(top)} L{num(cx + half)},{num(top)} "
              f"L{num(cx + half)},{num(top + 16)} Q{num(cx)},{num(top + 24)} {num(cx - half)},{num(top + 16)}Z")
    return part(d, SKIN, [shadow], SKIN_SH)


def hand(x, y, r=13):
    return [circle(x, y, r, SKIN),
            line(f"M{num(x - r * 0.2)},{num(y + r * 0.35)} q{num(r * 0.35)},{num(r * 0.25)} {num(r * 0.65)},0",
                 FACE_LINE * 0.8, INK, opacity=0.5)]


def polyline_d(points) -> str:
    (x0, y0), *rest = points
    return f"M{num(x0)},{num(y0)} " + " ".join(f"L{num(x)},{num(y)}" for x, y in rest)


def arm(points, sleeve, cuff, width=28, cuff_len=12, hand_r=13, hand_gap=12):
    """Tube arm through `points` (shoulder ... wrist) with a cuff and a round hand."""
    (x1, y1), (x2, y2) = points[-2], points[-1]
    length = math.hypot(x2 - x1, y2 - y1)
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    cx0, cy0 = x2 - ux * cuff_len, y2 - uy * cuff_len
    out = tube(polyline_d(points), width, sleeve)
    if cuff:
        out += tube(f"M{num(cx0)},{num(cy0)} L{num(x2)},{num(y2)}", width, cuff)
    hx, hy = x2 + ux * hand_gap, y2 + uy * hand_gap
    out += hand(hx, hy, hand_r)
    return out, (hx, hy)


def shoe(x, side, accent):
    """A rounded sneaker; `side` = -1 for the left foot (toe points outward)."""
    t = x + side * 14        # toe end
    b = x - side * 12        # heel end
    d = (f"M{num(b)},590 C{num(b - side * 4)},574 {num(b)},562 {num(x)},561 "
         f"C{num(t)},561 {num(t + side * 12)},572 {num(t + side * 12)},590Z")
    sole = f"M{num(b)},583 L{num(t + side * 12)},583"
    stripe = f"M{num(x - side * 2)},569 Q{num(x + side * 8)},575 {num(t + side * 4)},574"
    return [fill(d, SHOE), line(sole, 6, SOLE), line(stripe, 4, accent), outline(d)]


# ---------------------------------------------------------------------------
# 吴小清
# ---------------------------------------------------------------------------

QING_FACE = FaceSpec(cx=150, eye_y=102, eye_dx=27, eye_rx=11, eye_ry=15, brow_y=80,
                     mouth=(150, 128), cheek_y=121, cheek_dx=40, lashes=True,
                     sweat_at=(209, 96))
QING_HEAD = (150, 98, 62, 58)


def qing_back_hair():
    tail = ("M198,46 C236,30 272,62 266,112 C262,150 248,176 230,194 "
            "C238,162 236,124 214,98 C208,84 200,66 198,46Z")
    tail_sh = "M238,96 C250,126 246,160 230,194 C248,176 262,150 266,112 C264,96 258,90 238,96Z"
    strands = [line("M222,60 C244,70 252,100 246,140", FACE_LINE * 0.8, QING_HAIR_SH),
               line("M212,72 C230,92 236,120 236,152", FACE_LINE * 0.8, QING_HAIR_SH)]
    back = shaded_ellipse(150, 92, 70, 66, QING_HAIR, QING_HAIR_SH, d=5)
    return [*part(tail, QING_HAIR, [tail_sh], QING_HAIR_SH), *strands, *back]


def qing_front_hair():
    bangs = ("M81,112 C72,50 108,24 150,24 C194,24 230,52 219,112 "
             "C214,96 208,80 200,62 "
             "Q190,70 178,71 Q170,56 158,50 "
             "Q148,66 128,70 Q122,56 114,52 "
             "Q104,66 97,80 Q88,94 81,112Z")
    shine = "M104,44 Q124,32 146,32 Q128,40 116,52Z"
    sh = "M150,24 C194,24 230,52 219,112 C214,96 208,80 200,66 C196,46 176,32 150,30Z"
    tie = [circle(206, 44, 10, PINK, width=4), circle(214, 38, 6, PINK, width=3.5),
           circle(204, 42, 3, PINK_SH, width=0)]
    return [*part(bangs, QING_HAIR, [sh], QING_HAIR_SH), fill(shine, "#5C5170"), *tie]


QING_JACKET = ("M120,166 C104,168 94,176 92,196 L88,338 Q88,350 100,350 "
               "L200,350 Q212,350 212,338 L208,196 C206,176 196,168 180,166Z")


def qing_torso():
    yoke = ("M120,166 C104,168 94,176 92,196 L91.4,216 Q150,226 208.6,216 "
            "L208,196 C206,176 196,168 180,166Z")
    hem = "M88.4,330 L211.6,330 L212,338 Q212,350 200,350 L100,350 Q88,350 88,338Z"
    white_sh = "M192,220 L208.6,216 L211.6,330 L196,330 Q190,270 192,220Z"
    yoke_sh = "M208.6,216 L208,196 C206,176 196,168 180,166 L174,168 Q198,178 198,219Z"
    out = [fill(QING_JACKET, TRACK_WHITE), fill(white_sh, TRACK_WHITE_SH),
           fill(yoke, TRACK_BLUE), fill(yoke_sh, TRACK_BLUE_SH),
           fill(hem, TRACK_BLUE),
           line("M91.4,216 Q150,226 208.6,216", FACE_LINE),
           line("M88.4,330 L211.6,330", FACE_LINE),
           # pink piping, the school colour of this uniform
           line("M92,228 Q150,237 208,228", 3, PINK),
           line("M150,178 L150,350", 3),
           outline(QING_JACKET)]
    collar = ["M118,168 L130,150 L150,178Z", "M182,168 L170,150 L150,178Z"]
    for d in collar:
        out += part(d, TRACK_BLUE, width=4)
    out += [el("rect", x=145, y=190, width=10, height=16, rx=3, fill="#C9CEDC",
               stroke=INK, stroke_width=3)]
    return out


def qing_legs():
    out = []
    for top, bot, side in (((130, 336), (123, 554), -1), ((170, 336), (177, 554), 1)):
        out += tube(f"M{top[0]},{top[1]} L{bot[0]},{bot[1]}", 44, TRACK_BLUE)
        out.append(line(f"M{top[0] + 14},{top[1] + 8} L{bot[0] + 14},{bot[1] - 4}", 8,
                        TRACK_BLUE_SH))
        sx = side * 17
        out.append(line(f"M{top[0] + sx},{top[1] + 16} L{bot[0] + sx},{bot[1] - 4}", 4,
                        TRACK_WHITE))
    out += shoe(120, -1, PINK) + shoe(180, 1, PINK)
    return out


def qing_phone():
    x, y, w, h = 119, 206, 62, 108
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


def xiaoqing(pose: str, expr: str) -> list[str]:
    out = [*qing_back_hair(), *qing_legs()]
    if pose == "standing":
        out += neck(150, 146, 176) + qing_torso()
        for pts_ in (((105, 190), (92, 258), (82, 326)), ((195, 190), (208, 258), (218, 326))):
            a, _ = arm(pts_, TRACK_BLUE, TRACK_WHITE)
            out += a
    else:  # phone held at chest height, screen to the viewer
        out += neck(150, 146, 176) + qing_torso()
        arms = []
        for pts_ in (((104, 188), (92, 252), (110, 282)), ((196, 188), (208, 252), (190, 282))):
            a, _ = arm(pts_, TRACK_BLUE, TRACK_WHITE, hand_gap=10)
            arms.append(a)
        # sleeves first, phone, then the hands over the phone's sides
        for a in arms:
            out += a[:-2]
        out += qing_phone()
        for a in arms:
            out += a[-2:]
    out += head(*QING_HEAD, ear_y=106)
    out += face(QING_FACE, expr)
    out += qing_front_hair()
    return out


# ---------------------------------------------------------------------------
# 锡小朗 (the guide)
# ---------------------------------------------------------------------------

LANG_FACE = FaceSpec(cx=150, eye_y=104, eye_dx=26, eye_rx=10.5, eye_ry=14, brow_y=84,
                     mouth=(150, 131), cheek_y=123, cheek_dx=40, sweat_at=(90, 96))
LANG_HEAD = (150, 100, 62, 58)
LANG_MAGNIFIER_R = 27
LANG_LENS_POINTING = (258, 84)
LANG_LENS_STANDING = (250, 402)


def magnifier(lens, grip, r):
    """Round magnifying glass with its lens centre at `lens`, handle through `grip`."""
    vx, vy = grip[0] - lens[0], grip[1] - lens[1]
    dist = math.hypot(vx, vy)
    angle = math.degrees(math.atan2(-vx, vy))
    end = dist + 16
    body = [
        *tube(f"M0,{num(r + 8)} L0,{num(end)}", 12, HANDLE),
        line(f"M3,{num(r + 14)} L3,{num(end - 2)}", 3, HANDLE_SH),
        el("rect", x=-9, y=r + 4, width=18, height=11, rx=3, fill=GOLD, stroke=INK,
           stroke_width=4),
        circle(0, 0, r + 8, GOLD, width=BODY_LINE),
        line(f"M{num(r + 4)},0 A{num(r + 4)},{num(r + 4)} 0 0 1 0,{num(r + 4)}", 4, GOLD_SH),
        circle(0, 0, r, BLUE_LIGHT, width=FACE_LINE, fill_opacity=0.9),
        line(f"M{num(-r * 0.62)},{num(-r * 0.1)} A{num(r * 0.63)},{num(r * 0.63)} 0 0 1 "
             f"{num(-r * 0.1)},{num(-r * 0.62)}", 5, WHITE),
        circle(r * 0.35, r * 0.3, r * 0.09, WHITE, width=0),
    ]
    return g(body, transform=f"translate({num(lens[0])},{num(lens[1])}) rotate({num(angle)})")


def lang_back_hair():
    return shaded_ellipse(150, 96, 67, 62, LANG_HAIR, LANG_HAIR_SH, d=5)


def lang_front_hair():
    hair = ("M82,112 C74,52 110,30 150,30 C192,30 228,54 218,112 "
            "L212,96 L208,76 L196,82 L188,62 L174,74 L164,56 L150,72 "
            "L136,58 L128,76 L114,64 L106,80 L94,76 L90,96Z")
    sh = "M150,30 C192,30 228,54 218,112 L212,96 L208,76 L196,82 L192,58 C182,44 168,36 150,36Z"
    cowlick = "M151,38 C138,29 165,25 157,19 C151,14 155,9 164,12"
    return [
        *tube(cowlick, 8, LANG_HAIR, line_w=3.5),
        *part(hair, LANG_HAIR, [sh], LANG_HAIR_SH, width=BODY_LINE),
        line("M108,50 Q126,38 146,37", 5, "#7A5A4A"),
    ]


LANG_HOODIE = ("M120,166 C102,168 92,177 90,198 L86,336 Q86,352 100,352 "
               "L200,352 Q214,352 214,336 L210,198 C208,177 198,168 180,166Z")


def lang_torso():
    sh = "M196,200 L210,198 L213.6,334 L200,334 Q194,268 196,200Z"
    hem = "M86.5,334 L213.5,334 L214,336 Q214,352 200,352 L100,352 Q86,352 86,336Z"
    hood = "M104,180 Q98,152 126,146 L174,146 Q202,152 196,180 Q150,200 104,180Z"
    shield = ("M150,222 L174,230 L174,248 Q174,270 150,282 "
              "Q126,270 126,248 L126,230Z")
    out = [fill(LANG_HOODIE, BLUE), fill(sh, BLUE_SH), fill(hem, BLUE_SH),
           line("M86.5,334 L213.5,334", FACE_LINE),
           line("M114,334 L120,296 L180,296 L186,334", FACE_LINE * 0.9),
           outline(LANG_HOODIE),
           *part(hood, BLUE, ["M180,148 Q202,152 196,180 Q188,184 180,186 Q190,166 174,148Z"],
                 BLUE_SH),
           *neck(150, 146, 178, half=13),
           line("M136,172 Q150,186 164,172", FACE_LINE * 0.9)]
    for x0, x1 in ((139, 136), (161, 164)):
        out += tube(f"M{x0},184 L{x1},222", 4, WHITE, line_w=2.5)
        out.append(circle(x1, 225, 4.5, WHITE, width=2.5))
    out += [fill(shield, WHITE), fill("M150,222 L174,230 L174,248 Q174,270 150,282Z", BLUE_LIGHT),
            line(shield, FACE_LINE),
            line("M139,251 L147,260 L162,241", 6, BLUE)]
    return out


def lang_legs():
    out = []
    for top, bot in (((130, 340), (123, 554)), ((170, 340), (177, 554))):
        out += tube(f"M{top[0]},{top[1]} L{bot[0]},{bot[1]}", 44, PANTS)
        out.append(line(f"M{top[0] + 14},{top[1] + 10} L{bot[0] + 14},{bot[1] - 4}", 8, PANTS_SH))
    out += shoe(120, -1, BLUE) + shoe(180, 1, BLUE)
    return out


def thumbs_up(x, y):
    """A fist at (x, y) with the thumb pointing up."""
    P = lambda dx, dy: f"{num(x + dx)},{num(y + dy)}"  # noqa: E731
    fist = (f"M{P(-15, -8)} Q{P(-16, 16)} {P(0, 16)} Q{P(16, 16)} {P(15, -6)} "
            f"Q{P(14, -13)} {P(0, -12)} Q{P(-14, -13)} {P(-15, -8)}Z")
    thumb = (f"M{P(-8, -10)} L{P(-8, -28)} Q{P(-8, -37)} {P(0, -37)} "
             f"Q{P(8, -37)} {P(8, -28)} L{P(8, -10)}Z")
    return [*part(thumb, SKIN, width=4), *part(fist, SKIN, width=4),
            line(f"M{P(-10, -1)} L{P(11, -1)}", 3, INK, opacity=0.5),
            line(f"M{P(-10, 7)} L{P(11, 7)}", 3, INK, opacity=0.5)]


def chin_hand(x, y):
    """Hand under the chin with the index finger along the jaw."""
    finger = f"M{num(x + 2)},{num(y - 6)} Q{num(x + 4)},{num(y - 20)} {num(x + 12)},{num(y - 20)} " \
             f"Q{num(x + 18)},{num(y - 18)} {num(x + 12)},{num(y - 8)}Z"
    return [*part(finger, SKIN, width=4), circle(x, y, 13, SKIN, width=4)]


def xiaolang(pose: str, expr: str) -> list[str]:
    out = [*lang_back_hair(), *lang_legs(), *lang_torso()]
    # right arm (viewer's right) holds the magnifier
    if pose == "pointing":
        right_pts, lens = ((195, 192), (226, 184), (235, 154)), LANG_LENS_POINTING
    else:
        right_pts, lens = ((195, 190), (208, 258), (218, 326)), LANG_LENS_STANDING
    right, grip = arm(right_pts, BLUE, BLUE_SH)
    out += right[:-2]
    out.append(magnifier(lens, grip, LANG_MAGNIFIER_R))
    out += right[-2:]
    # left arm gestures with the expression
    late: list[str] = []
    if expr == "happy":
        left, at = arm(((105, 192), (80, 264), (86, 222)), BLUE, BLUE_SH, hand_gap=16)
        out += left[:-2] + thumbs_up(*at)
    elif expr == "thinking":
        left, at = arm(((105, 192), (86, 262), (130, 188)), BLUE, BLUE_SH, hand_gap=10)
        out += left[:-2]
        late = chin_hand(at[0] + 2, at[1] - 4)
    else:
        left, _ = arm(((105, 190), (92, 258), (82, 326)), BLUE, BLUE_SH)
        out += left
    out += head(*LANG_HEAD, ear_y=108)
    out += face(LANG_FACE, expr)
    out += lang_front_hair()
    out += late
    return out


# ---------------------------------------------------------------------------
# 妈妈 (吴小清's mother)
# ---------------------------------------------------------------------------

MOM_FACE = FaceSpec(cx=150, eye_y=86, eye_dx=22, eye_rx=8.5, eye_ry=11.5, brow_y=68,
                    mouth=(150, 110), cheek_y=102, cheek_dx=33, lashes=True, s=0.85,
                    sweat_at=(196, 74))
MOM_HEAD = (150, 82, 52, 54)


def mom_back_hair():
    d = ("M150,6 C96,6 78,48 82,100 C84,128 78,148 90,160 Q106,168 114,150 "
         "L186,150 Q194,168 210,160 C222,148 216,128 218,100 C222,48 204,6 150,6Z")
    sh = "M186,150 Q194,168 210,160 C222,148 216,128 218,100 C220,70 212,40 196,26 Q210,80 186,150Z"
    return part(d, MOM_HAIR, [sh], MOM_HAIR_SH)


def mom_front_hair():
    d = ("M90,104 C80,46 108,12 150,12 C192,12 222,44 212,104 "
         "C208,82 198,64 182,52 C164,62 138,62 118,52 C104,64 94,82 90,104Z")
    sh = "M150,12 C192,12 222,44 212,104 C208,82 198,64 182,52 C176,36 164,24 150,18Z"
    return [*part(d, MOM_HAIR, [sh], MOM_HAIR_SH),
            line("M118,52 C128,34 140,22 150,14", FACE_LINE, MOM_HAIR_SH),
            line("M110,34 Q124,22 140,18", 5, "#7A5246")]


MOM_CARDIGAN = ("M116,148 C98,150 88,160 86,182 L80,368 Q80,380 92,380 "
                "L208,380 Q220,380 220,368 L214,182 C212,160 202,150 184,148Z")


def mom_torso():
    sh = "M198,186 L214,182 L219.6,366 L204,366 Q196,280 198,186Z"
    blouse = "M122,149 L150,236 L178,149Z"
    out = [*neck(150, 124, 160, half=11),
           fill(MOM_CARDIGAN, TEAL), fill(sh, TEAL_SH),
           fill(blouse, CREAM), fill("M164,149 L178,149 L150,236Z", CREAM_SH),
           line("M122,149 L150,236 L178,149", FACE_LINE),
           line("M150,236 L150,380", FACE_LINE),
           line("M81,360 L219,360", FACE_LINE * 0.9),
           outline(MOM_CARDIGAN)]
    for dx in (-1, 1):  # round blouse collar
        d = (f"M150,150 Q{150 + dx * 14},146 {150 + dx * 26},146 "
             f"Q{150 + dx * 26},166 {150 + dx * 8},168Z")
        out += part(d, WHITE, width=4)
    for y in (262, 298, 334):
        out.append(circle(150, y, 4.5, CREAM, width=3))
    out += [line("M104,300 L130,300", FACE_LINE * 0.9), line("M170,300 L196,300", FACE_LINE * 0.9)]
    return out


def mom_legs():
    out = []
    for top, bot in (((130, 372), (124, 556)), ((170, 372), (176, 556))):
        out += tube(f"M{top[0]},{top[1]} L{bot[0]},{bot[1]}", 42, MOM_PANTS)
        out.append(line(f"M{top[0] + 13},{top[1] + 10} L{bot[0] + 13},{bot[1] - 4}", 8,
                        MOM_PANTS_SH))
    out += shoe(120, -1, PINK) + shoe(180, 1, PINK)
    return out


def mom(pose: str, expr: str) -> list[str]:
    out = [*mom_back_hair(), *mom_legs(), *mom_torso()]
    late: list[str] = []
    if expr == "happy":  # hands together in front, warm
        for pts_ in (((108, 170), (94, 262), (136, 306)), ((192, 170), (206, 262), (164, 306))):
            a, _ = arm(pts_, TEAL, TEAL_SH, hand_gap=10)
            out += a
    elif expr == "worried":  # one hand to the cheek
        a, _ = arm(((192, 170), (208, 262), (218, 348)), TEAL, TEAL_SH)
        out += a
        a, at = arm(((108, 170), (80, 248), (108, 148)), TEAL, TEAL_SH, hand_gap=12)
        out += a[:-2]
        late = hand(at[0] + 2, at[1] - 4, 14)
    else:
        for pts_ in (((108, 170), (92, 262), (82, 348)), ((192, 170), (208, 262), (218, 348))):
            a, _ = arm(pts_, TEAL, TEAL_SH)
            out += a
    out += head(*MOM_HEAD, ear_y=90, ear_r=10)
    out += face(MOM_FACE, expr)
    out += mom_front_hair()
    out += late
    return out
