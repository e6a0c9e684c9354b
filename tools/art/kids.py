"""The children: 吴小清 (xiaoqing) and 锡小朗 (xiaolang), the guide.

Each builder returns the SVG body for one (pose, expression) pair.
"""
from __future__ import annotations

import math

from body import arm, head, neck, phone, shaded_ellipse, shoe
from faces import FaceSpec, face
from palette import (
    BLUE, BLUE_LIGHT, BLUE_SH, GOLD, GOLD_SH, HANDLE, HANDLE_SH, INK, LANG_HAIR,
    LANG_HAIR_SH, PANTS, PANTS_SH, PINK, PINK_SH, QING_HAIR, QING_HAIR_SH, SKIN,
    TRACK_BLUE, TRACK_BLUE_SH, TRACK_WHITE, TRACK_WHITE_SH, WHITE,
)
from svg import BODY_LINE, FACE_LINE, circle, el, fill, g, line, num, outline, part, tube

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
    """The blue-and-white school tracksuit jacket (classmates wear the same)."""
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


def qing_legs(accent=PINK):
    """School tracksuit trousers and sneakers (classmates wear the same)."""
    out = []
    for top, bot, side in (((130, 336), (123, 554), -1), ((170, 336), (177, 554), 1)):
        out += tube(f"M{top[0]},{top[1]} L{bot[0]},{bot[1]}", 44, TRACK_BLUE)
        out.append(line(f"M{top[0] + 14},{top[1] + 8} L{bot[0] + 14},{bot[1] - 4}", 8,
                        TRACK_BLUE_SH))
        sx = side * 17
        out.append(line(f"M{top[0] + sx},{top[1] + 16} L{bot[0] + sx},{bot[1] - 4}", 4,
                        TRACK_WHITE))
    out += shoe(120, -1, accent) + shoe(180, 1, accent)
    return out


def qing_phone():
    return phone(119, 206)


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
