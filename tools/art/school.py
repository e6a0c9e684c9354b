"""People at 吴小清's school: two classmates (same tracksuit) and the class teacher.

Poses: standing, phone (screen to the viewer), call (head and shoulders for a
video-call window, see body.call_frame).
"""
from __future__ import annotations

from body import call_frame, glasses, head, neck, pose_arms, shaded_ellipse, shoe
from faces import FaceSpec, face
from kids import qing_legs, qing_torso
from palette import (
    BLUE, BOY_HAIR, INK, BOY_HAIR_SH, CREAM, CREAM_SH, GIRL_HAIR, GIRL_HAIR_SH, GLASS_RIM,
    LAVENDER, LAVENDER_SH, SKIRT, SKIRT_SH, STRAP, STRAP_SH, SUNNY, SUNNY_SH, TEACH_HAIR,
    TEACH_HAIR_SH, TIGHTS, TRACK_BLUE, TRACK_WHITE, WHITE,
)
from svg import FACE_LINE, circle, el, fill, line, outline, part, tube

KID_SHOULDERS = ((105, 190), (195, 190))
KID_HEAD = (150, 98, 62, 58)

# ---------------------------------------------------------------------------
# classmate_boy: short black hair with a spiky crown, an orange backpack
# ---------------------------------------------------------------------------

BOY_FACE = FaceSpec(cx=150, eye_y=104, eye_dx=26, eye_rx=10.5, eye_ry=14, brow_y=84,
                    mouth=(150, 130), cheek_y=122, cheek_dx=40, sweat_at=(210, 96))


def boy_hair_back():
    spikes = "M128,40 L122,14 L142,30 L150,8 L160,30 L178,14 L174,42Z"
    return [*part(spikes, BOY_HAIR, ["M150,8 L160,30 L178,14 L174,42 L152,40Z"], BOY_HAIR_SH),
            *shaded_ellipse(150, 94, 66, 60, BOY_HAIR, BOY_HAIR_SH, d=5)]


def boy_hair_front():
    d = ("M84,110 C76,52 110,30 150,30 C192,30 226,52 216,110 "
         "Q212,92 204,80 Q196,86 186,84 Q180,70 170,66 Q162,80 146,80 "
         "Q138,68 128,64 Q120,80 106,82 Q94,92 84,110Z")
    sh = "M150,30 C192,30 226,52 216,110 Q212,92 204,80 Q200,58 182,44 Q168,34 150,34Z"
    return [*part(d, BOY_HAIR, [sh], BOY_HAIR_SH),
            line("M106,52 Q124,40 144,38", 5, "#4A4558")]


def backpack_straps():
    out = []
    for side in (-1, 1):
        d = f"M{150 + side * 27},170 L{150 + side * 36},270"
        out += tube(d, 13, STRAP, line_w=3.5)
        out.append(line(f"M{150 + side * 32},232 l{side * 2},0", 12, STRAP_SH))
    return out


def classmate_boy(pose: str, expr: str) -> list[str]:
    out = boy_hair_back()
    if pose != "call":
        out += qing_legs(BLUE)
    out += neck(150, 146, 176) + qing_torso() + backpack_straps()
    early, late = pose_arms(pose, expr, KID_SHOULDERS, TRACK_BLUE, TRACK_WHITE, phone_top=206)
    out += early
    out += head(*KID_HEAD, ear_y=106)
    out += face(BOY_FACE, expr)
    out += boy_hair_front()
    out += late
    return call_frame(out, KID_HEAD[:2], KID_HEAD[2]) if pose == "call" else out


# ---------------------------------------------------------------------------
# classmate_girl: blunt fringe, two low pigtails with yellow bobbles
# ---------------------------------------------------------------------------

GIRL_FACE = FaceSpec(cx=150, eye_y=104, eye_dx=27, eye_rx=11, eye_ry=15, brow_y=83,
                     mouth=(150, 129), cheek_y=122, cheek_dx=40, lashes=True,
                     sweat_at=(209, 98))


def girl_pigtails():
    out = []
    for side in (-1, 1):
        x = 150 + side * 66
        d = (f"M{x - side * 6},134 C{x + side * 26},146 {x + side * 32},190 {x + side * 14},232 "
             f"C{x + side * 4},206 {x - side * 10},176 {x - side * 8},150Z")
        sh = (f"M{x + side * 16},160 C{x + side * 26},186 {x + side * 24},210 {x + side * 14},232 "
              f"C{x + side * 18},204 {x + side * 18},182 {x + side * 10},160Z")
        out += part(d, GIRL_HAIR, [sh], GIRL_HAIR_SH)
        out += [el("ellipse", cx=x + side * 4, cy=150, rx=10.5, ry=8, fill=SUNNY, stroke=INK,
                   stroke_width=4, transform=f"rotate({side * 30} {x + side * 4} 150)"),
                circle(x + side * 2, 147, 2.5, WHITE, width=0, opacity=0.8)]
    return out


def girl_front_hair():
    d = ("M82,114 C72,50 108,26 150,26 C192,26 228,50 218,114 "
         "C214,98 210,86 206,78 Q180,84 150,80 Q120,84 94,78 C90,88 86,100 82,114Z")
    sh = "M150,26 C192,26 228,50 218,114 C214,98 210,86 206,78 Q204,54 184,40 Q168,30 150,30Z"
    clip = "M184,58 l18,-8 l4,10 l-18,8Z"
    return [*part(d, GIRL_HAIR, [sh], GIRL_HAIR_SH),
            line("M104,46 Q124,34 146,33", 5, "#6E5244"),
            line("M120,80 L124,66", FACE_LINE * 0.8, GIRL_HAIR_SH),
            line("M176,80 L172,66", FACE_LINE * 0.8, GIRL_HAIR_SH),
            *part(clip, SUNNY, ["M188,66 l18,-8 l-1,-3 l-18,8Z"], SUNNY_SH, width=3.5)]


def classmate_girl(pose: str, expr: str) -> list[str]:
    out = list(shaded_ellipse(150, 94, 69, 64, GIRL_HAIR, GIRL_HAIR_SH, d=5))
    if pose != "call":
        out += qing_legs(SUNNY)
    out += neck(150, 146, 176) + qing_torso()
    early, late = pose_arms(pose, expr, KID_SHOULDERS, TRACK_BLUE, TRACK_WHITE, phone_top=206)
    out += early
    out += girl_pigtails()
    out += head(*KID_HEAD, ear_y=106)
    out += face(GIRL_FACE, expr)
    out += girl_front_hair()
    out += late
    return call_frame(out, KID_HEAD[:2], KID_HEAD[2]) if pose == "call" else out


# ---------------------------------------------------------------------------
# teacher (班主任): hair in a bun, glasses, lavender blazer, navy skirt
# ---------------------------------------------------------------------------

TEACH_FACE = FaceSpec(cx=150, eye_y=88, eye_dx=22, eye_rx=8.5, eye_ry=11.5, brow_y=69,
                      mouth=(150, 112), cheek_y=104, cheek_dx=33, lashes=True, s=0.85,
                      sweat_at=(199, 76))
TEACH_HEAD = (150, 84, 52, 54)


def teacher_back_hair():
    return [*shaded_ellipse(150, 30, 24, 22, TEACH_HAIR, TEACH_HAIR_SH, d=4),
            line("M134,22 Q150,14 166,22", 3, TEACH_HAIR_SH),
            *shaded_ellipse(150, 80, 58, 60, TEACH_HAIR, TEACH_HAIR_SH, d=5)]


def teacher_front_hair():
    d = ("M92,102 C84,46 112,22 152,22 C192,22 218,48 208,102 "
         "C202,82 190,64 170,56 C146,72 118,72 104,66 C98,76 94,88 92,102Z")
    sh = "M152,22 C192,22 218,48 208,102 C202,82 190,64 170,56 C168,40 162,28 152,26Z"
    return [*part(d, TEACH_HAIR, [sh], TEACH_HAIR_SH),
            line("M104,66 C120,50 146,36 170,30", FACE_LINE * 0.9, TEACH_HAIR_SH),
            line("M112,40 Q126,30 142,27", 5, "#5A4A54")]


TEACH_BLAZER = ("M116,146 C98,148 88,158 86,180 L82,336 Q82,350 96,350 "
                "L204,350 Q218,350 218,336 L214,180 C212,158 202,148 184,146Z")


def teacher_torso(with_skirt: bool):
    out = []
    if with_skirt:
        skirt = "M100,330 L200,330 L214,472 Q150,482 86,472Z"
        out += part(skirt, SKIRT, ["M176,330 L200,330 L214,472 Q204,474 194,475Z"], SKIRT_SH)
    sh = "M198,184 L214,180 L217.6,334 L204,334 Q196,260 198,184Z"
    blouse = "M124,147 L150,222 L176,147Z"
    out += [*neck(150, 124, 158, half=11),
            fill(TEACH_BLAZER, LAVENDER), fill(sh, LAVENDER_SH),
            fill(blouse, CREAM), fill("M163,147 L176,147 L150,222Z", CREAM_SH),
            line("M150,222 L150,350", FACE_LINE),
            outline(TEACH_BLAZER)]
    for side in (-1, 1):  # notched lapels along the blouse's V
        d = (f"M{150 + side * 24},146 L{150 + side * 46},182 L{150 + side * 38},190 "
             f"L{150 + side * 2},228Z")
        out += part(d, LAVENDER, [f"M{150 + side * 46},182 L{150 + side * 38},190 L{150 + side * 2},228 "
                                  f"L{150 + side * 10},222Z"] if side > 0 else [], LAVENDER_SH, width=4)
    out += [circle(150, 262, 4.5, CREAM, width=3), circle(150, 298, 4.5, CREAM, width=3),
            line("M104,290 L128,290", FACE_LINE * 0.9),
            # a small badge pin with the school's shield shape, no writing
            fill("M118,232 l10,3 l0,7 q0,8 -10,12 q-10,-4 -10,-12 l0,-7Z", WHITE),
            line("M118,232 l10,3 l0,7 q0,8 -10,12 q-10,-4 -10,-12 l0,-7Z", 3)]
    return out


def teacher_legs():
    out = []
    for side in (-1, 1):
        out += tube(f"M{150 + side * 18},470 L{150 + side * 24},556", 28, TIGHTS)
    out += shoe(120, -1, None, "#5B4A66", "#3F3348") + shoe(180, 1, None, "#5B4A66", "#3F3348")
    return out


def teacher(pose: str, expr: str) -> list[str]:
    out = teacher_back_hair()
    if pose != "call":
        out += teacher_legs()
    out += teacher_torso(pose != "call")
    early, late = pose_arms(pose, expr, ((110, 168), (190, 168)), LAVENDER, LAVENDER_SH,
                            gestures={"happy": ("together", "together")}, phone_top=196)
    out += early
    out += head(*TEACH_HEAD, ear_y=92, ear_r=10)
    out += face(TEACH_FACE, expr)
    out += teacher_front_hair()
    out += glasses(TEACH_FACE, GLASS_RIM, rx=16, ry=12.5, round_=False)
    out += late
    return call_frame(out, TEACH_HEAD[:2], TEACH_HEAD[2]) if pose == "call" else out
