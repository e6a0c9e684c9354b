"""吴小清's family: 妈妈 (mom), 爸爸 (dad) and 爷爷 (grandpa).

Adults follow the children's construction with a smaller head and longer
body. Poses: standing, phone (screen to the viewer), call (head and shoulders
for a video-call window, see body.call_frame).
"""
from __future__ import annotations

from body import arm, call_frame, gesture_points, glasses, head, legs, neck, pose_arms, shoe
from faces import FaceSpec, face
from palette import (
    CANE, CANE_SH, CARDIGAN, CARDIGAN_SH, CHARCOAL, CHARCOAL_SH, CLOTH_SHOE, CLOTH_SOLE,
    CREAM, CREAM_SH, DAD_HAIR, DAD_HAIR_SH, GLASS_RIM, GRANDPA_PANTS, GRANDPA_PANTS_SH,
    GREY_HAIR, GREY_HAIR_SH, INK, LEATHER, LEATHER_SH, MOM_HAIR, MOM_HAIR_SH, MOM_PANTS,
    MOM_PANTS_SH, OCHRE, OCHRE_SH, PINK, SHIRT, SHIRT_SH, TEAL, TEAL_SH, WHITE,
)
from svg import FACE_LINE, circle, fill, line, num, outline, part, tube

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
    out = mom_back_hair()
    if pose != "call":
        out += mom_legs()
    out += mom_torso()
    early, late = pose_arms(pose, expr, ((108, 170), (192, 170)), TEAL, TEAL_SH,
                            gestures={"happy": ("together", "together")}, phone_top=196)
    out += early
    out += head(*MOM_HEAD, ear_y=90, ear_r=10)
    out += face(MOM_FACE, expr)
    out += mom_front_hair()
    out += late
    return call_frame(out, MOM_HEAD[:2], MOM_HEAD[2]) if pose == "call" else out


# ---------------------------------------------------------------------------
# 爸爸 (吴小清's father)
# ---------------------------------------------------------------------------

DAD_FACE = FaceSpec(cx=150, eye_y=80, eye_dx=23, eye_rx=8, eye_ry=11, brow_y=61,
                    mouth=(150, 106), cheek_y=97, cheek_dx=34, s=0.85, sweat_at=(200, 68))
DAD_HEAD = (150, 76, 54, 54)


def dad_front_hair():
    d = ("M96,88 C86,36 116,14 154,14 C194,14 216,38 206,88 "
         "C204,70 198,58 190,50 C170,56 142,52 124,40 "
         "C118,52 104,62 96,88Z")
    sh = "M154,14 C194,14 216,38 206,88 C204,70 198,58 190,50 C184,32 170,20 154,18Z"
    return [*part(d, DAD_HAIR, [sh], DAD_HAIR_SH),
            line("M124,40 C132,28 146,20 160,17", FACE_LINE, "#4A4658"),
            line("M108,36 Q118,26 132,22", 5, "#55526A")]


DAD_SWEATER = ("M114,144 C94,146 82,158 80,182 L77,374 Q77,386 90,386 "
               "L210,386 Q223,386 223,374 L220,182 C218,158 206,146 186,144Z")


def dad_torso():
    sh = "M202,182 L220,182 L222.6,372 L206,372 Q198,280 202,182Z"
    v = "M126,145 L150,200 L174,145Z"
    out = [*neck(150, 118, 156, half=12),
           fill(DAD_SWEATER, OCHRE), fill(sh, OCHRE_SH),
           fill(v, SHIRT), fill("M160,145 L174,145 L150,200Z", SHIRT_SH),
           line("M126,145 L150,200 L174,145", FACE_LINE),
           line("M121,145 L150,210 L179,145", 4, OCHRE_SH),
           line("M78,360 L222,360", FACE_LINE * 0.9)]
    for x in range(92, 212, 12):
        out.append(line(f"M{x},364 L{x},382", 2.5, OCHRE_SH))
    out.append(outline(DAD_SWEATER))
    for side in (-1, 1):  # pointed shirt collar
        d = f"M150,150 L{150 + side * 26},140 L{150 + side * 18},164Z"
        out += part(d, SHIRT, width=4)
    return out


def dad(pose: str, expr: str) -> list[str]:
    out = []
    if pose != "call":
        out += legs(CHARCOAL, CHARCOAL_SH, 374, None, width=46, spread=21,
                    shoe_color=LEATHER, sole=LEATHER_SH)
    out += dad_torso()
    early, late = pose_arms(pose, expr, ((110, 166), (190, 166)), OCHRE, OCHRE_SH,
                            width=30, hand_r=14, phone_top=194)
    out += early
    out += head(*DAD_HEAD, ear_y=84, ear_r=11)
    out += face(DAD_FACE, expr)
    out += dad_front_hair()
    out += late
    return call_frame(out, DAD_HEAD[:2], DAD_HEAD[2]) if pose == "call" else out


# ---------------------------------------------------------------------------
# 爷爷 (吴小清's grandfather)
# ---------------------------------------------------------------------------

GRANDPA_FACE = FaceSpec(cx=150, eye_y=104, eye_dx=22, eye_rx=7.5, eye_ry=10, brow_y=84,
                        mouth=(150, 131), cheek_y=121, cheek_dx=33, s=0.85,
                        sweat_at=(198, 90), brow_color=GREY_HAIR)
GRANDPA_HEAD = (150, 100, 52, 52)


def grandpa_side_hair():
    """Grey hair round the sides and back (behind the head); the top is bald."""
    out = []
    for side in (-1, 1):
        d = (f"M{150 + side * 40},62 C{150 + side * 60},66 {150 + side * 64},92 {150 + side * 60},118 "
             f"Q{150 + side * 52},108 {150 + side * 46},96 Q{150 + side * 46},78 {150 + side * 40},62Z")
        out += part(d, GREY_HAIR, width=4)
        out.append(line(f"M{150 + side * 50},76 Q{150 + side * 56},92 {150 + side * 55},104",
                        3, GREY_HAIR_SH))
    return out


def grandpa_forehead():
    """Two soft forehead lines and a shine on the bald top."""
    return [line("M132,66 Q150,61 168,66", FACE_LINE * 0.8, INK, opacity=0.35),
            line("M137,74 Q150,70 163,74", FACE_LINE * 0.8, INK, opacity=0.3),
            line("M122,60 Q134,52 148,52", 5, WHITE, opacity=0.7)]


GRANDPA_CARDIGAN = ("M116,168 C98,172 88,184 86,206 L82,384 Q82,396 94,396 "
                    "L206,396 Q218,396 218,384 L214,206 C212,184 202,172 184,168Z")


def grandpa_torso():
    sh = "M198,204 L214,206 L217.6,382 L202,382 Q196,300 198,204Z"
    shirt = "M124,169 L150,236 L176,169Z"
    out = [*neck(150, 142, 178, half=11),
           fill(GRANDPA_CARDIGAN, CARDIGAN), fill(sh, CARDIGAN_SH),
           fill(shirt, SHIRT), fill("M163,169 L176,169 L150,236Z", SHIRT_SH),
           line("M124,169 L150,236 L176,169", FACE_LINE),
           line("M150,236 L150,396", FACE_LINE),
           line("M104,320 L130,320", FACE_LINE * 0.9), line("M170,320 L196,320", FACE_LINE * 0.9),
           outline(GRANDPA_CARDIGAN)]
    for y in (262, 298, 334, 370):
        out.append(circle(150, y, 4.5, CARDIGAN_SH, width=3))
    return out


def cane(hand_at):
    """A walking stick held at its crook by the hand at `hand_at` (drawn before the hand)."""
    hx, hy = hand_at
    d = (f"M{num(hx + 12)},587 L{num(hx - 2)},{num(hy - 8)} Q{num(hx - 4)},{num(hy - 26)} "
         f"{num(hx + 12)},{num(hy - 26)} Q{num(hx + 26)},{num(hy - 24)} {num(hx + 25)},{num(hy - 10)}")
    return [*tube(d, 9, CANE, line_w=4),
            line(f"M{num(hx + 8)},{num(hy + 30)} L{num(hx + 13)},578", 3, CANE_SH)]


def grandpa(pose: str, expr: str) -> list[str]:
    shoulders = ((110, 188), (190, 188))
    out = grandpa_side_hair()
    if pose != "call":
        out += legs(GRANDPA_PANTS, GRANDPA_PANTS_SH, 388, None, width=42, spread=19,
                    shoe_color=CLOTH_SHOE, sole=CLOTH_SOLE)
    out += grandpa_torso()
    if pose == "standing":
        # the right hand always rests on the cane; the left one shows the feeling
        left = {"happy": "wave", "worried": "cheek", "surprised": "up"}.get(expr, "down")
        early, late = pose_arms(pose, expr, shoulders, CARDIGAN, CARDIGAN_SH,
                                gestures={expr: (left, "down")})
        _, hand_at = arm(gesture_points(shoulders[1], "down", 1), CARDIGAN, CARDIGAN_SH)
        early = cane(hand_at) + early
    else:
        early, late = pose_arms(pose, expr, shoulders, CARDIGAN, CARDIGAN_SH, phone_top=216)
    out += early
    out += head(*GRANDPA_HEAD, ear_y=108, ear_r=11)
    out += face(GRANDPA_FACE, expr)
    out += grandpa_forehead()
    out += glasses(GRANDPA_FACE, GLASS_RIM, rx=15, ry=13)
    out += late
    return call_frame(out, GRANDPA_HEAD[:2], GRANDPA_HEAD[2]) if pose == "call" else out
