"""The people behind the scams. ART.md: they look ordinary and friendly (that is
the point), each with one sly detail a player can learn to spot:

  fake_service    a "客服" with a headset and a too-perfect smile, a blank name tag
  fake_police     a police-LIKE shirt with no insignia at all, a cap a size too big
                  and tilted, and a "badge" that is a gold star sticker peeling at
                  one corner (never a real police emblem)
  idol_assistant  a fan-circle "assistant": sunglasses on the head, a lanyard whose
                  "staff" card has nothing on it but a heart
  game_admin      a game "管理员" like an avatar: cap with a game logo, gamer headset

Expressions: neutral (friendly), happy (a sly, knowing smile), stern (pressing).
Poses: standing, call (head and shoulders for a video call, see body.call_frame).
"""
from __future__ import annotations

import math

from body import call_frame, head, legs, neck, pose_arms, shaded_ellipse
from faces import FaceSpec, face
from family import DAD_SWEATER, MOM_CARDIGAN
from palette import (
    ADMIN_HOODIE, ADMIN_HOODIE_SH, AMBER, BOMBER, BOMBER_SH, CHARCOAL, CHARCOAL_SH,
    DAD_HAIR, FAKE_NAVY, FAKE_NAVY_SH, FAKE_SHIRT, FAKE_SHIRT_SH, HEADSET,
    HEADSET_SH, IDOL_HAIR, IDOL_HAIR_SH, INK, LANYARD, NEON, NEON_SH, PINK, SERVICE_HAIR,
    SERVICE_HAIR_SH, SERVICE_VEST, SERVICE_VEST_SH, SHADES, SHIRT, SHIRT_SH, STICKER,
    STICKER_SH, WHITE,
)
from svg import FACE_LINE, circle, el, ellipse, fill, g, line, num, outline, part, rect, tube

MAN_HEAD = (150, 76, 54, 54)
MAN_SHOULDERS = ((110, 166), (190, 166))
WOMAN_HEAD = (150, 82, 52, 54)
WOMAN_SHOULDERS = ((108, 170), (192, 170))
STERN = {"stern": ("hip", "hip")}


def _man_face(**kw):
    return FaceSpec(cx=150, eye_y=80, eye_dx=23, eye_rx=8, eye_ry=11, brow_y=61,
                    mouth=(150, 106), cheek_y=97, cheek_dx=34, s=0.85, sly=True, **kw)


def _finish(pose, out, head_c):
    return call_frame(out, head_c[:2], head_c[2]) if pose == "call" else out


def star(cx, cy, r, color=STICKER, shadow=STICKER_SH, width=3.5, rot=0):
    """A five-pointed cartoon star (a sticker, not an emblem)."""
    pts_ = []
    for i in range(10):
        a = math.radians(rot - 90 + i * 36)
        rr = r if i % 2 == 0 else r * 0.48
        pts_.append(f"{num(cx + rr * math.cos(a))},{num(cy + rr * math.sin(a))}")
    d = "M" + " L".join(pts_) + "Z"
    return [fill(d, color), line(f"M{num(cx)},{num(cy - r * 0.2)} l{num(r * 0.35)},{num(r * 0.3)}",
                                 2.5, shadow), line(d, width)]


def peeling_sticker(cx, cy, r, rot=0):
    """A star sticker with one corner curling up: the fake "badge"."""
    tip = (cx + r * 0.95, cy - r * 0.32)
    curl = (f"M{num(tip[0] - 7)},{num(tip[1] + 3)} Q{num(tip[0] + 2)},{num(tip[1] - 10)} "
            f"{num(tip[0] + 6)},{num(tip[1] + 4)}Z")
    return [*star(cx, cy, r, rot=rot), fill(curl, WHITE), line(curl, 2.5)]


# ---------------------------------------------------------------------------
# fake_service: a phone "客服" (customer service)
# ---------------------------------------------------------------------------

SERVICE_FACE = FaceSpec(cx=150, eye_y=86, eye_dx=22, eye_rx=8.5, eye_ry=11.5, brow_y=68,
                        mouth=(150, 110), cheek_y=102, cheek_dx=33, lashes=True, s=0.85,
                        sly=True)


def service_back_hair():
    d = ("M150,14 C100,14 84,50 88,96 C90,118 92,132 104,136 L196,136 "
         "C208,132 210,118 212,96 C216,50 200,14 150,14Z")
    return part(d, SERVICE_HAIR, ["M196,136 C208,132 210,118 212,96 C214,64 206,36 190,24 "
                                  "Q206,80 196,136Z"], SERVICE_HAIR_SH)


def service_front_hair():
    d = ("M92,102 C84,44 112,18 152,18 C194,18 218,46 208,100 "
         "C200,76 188,62 172,56 C150,66 124,60 110,52 C100,66 94,84 92,102Z")
    sh = "M152,18 C194,18 218,46 208,100 C200,76 188,62 172,56 C168,36 160,24 152,22Z"
    return [*part(d, SERVICE_HAIR, [sh], SERVICE_HAIR_SH),
            line("M110,52 C126,36 150,26 176,24", FACE_LINE * 0.9, SERVICE_HAIR_SH),
            line("M116,36 Q130,26 146,24", 5, "#5E4646")]


def headset(cx, top, half, ear_y, boom_to=None, logo=None, color=HEADSET, shadow=HEADSET_SH):
    """Headband over the head, a cup on each ear, and a mic boom on the left."""
    out = [*tube(f"M{num(cx - half)},{num(ear_y - 6)} C{num(cx - half)},{num(top)} "
                 f"{num(cx + half)},{num(top)} {num(cx + half)},{num(ear_y - 6)}", 7, color, 3.5)]
    if boom_to:
        bx, by = boom_to
        out += tube(f"M{num(cx - half)},{num(ear_y + 6)} Q{num(cx - half + 6)},{num(by + 4)} "
                    f"{num(bx)},{num(by)}", 4, color, 3)
        out.append(ellipse(bx + 3, by, 6, 5, shadow, width=3))
    for side in (-1, 1):
        x = cx + side * half
        out.append(el("rect", x=x - 9, y=ear_y - 16, width=18, height=32, rx=8,
                      fill=color, stroke=INK, stroke_width=4))
        out.append(line(f"M{num(x + side * 3)},{num(ear_y - 8)} l0,16", 3, shadow))
        if logo:
            out.append(circle(x, ear_y, 4, logo, width=0))
    return out


def service_torso():
    v = "M124,149 L150,214 L176,149Z"
    out = [*neck(150, 124, 160, half=11),
           fill(MOM_CARDIGAN, SERVICE_VEST),
           fill("M198,186 L214,182 L219.6,366 L204,366 Q196,280 198,186Z", SERVICE_VEST_SH),
           fill(v, SHIRT), line("M124,149 L150,214 L176,149", FACE_LINE),
           line("M150,214 L150,380", FACE_LINE), outline(MOM_CARDIGAN)]
    # a neat neckerchief knot and the blank name tag (no name on it)
    knot = "M136,152 L150,166 L164,152 L158,176 L150,168 L142,176Z"
    out += [*part(knot, AMBER, ["M150,166 L164,152 L158,176 L150,168Z"], "#D98B12", width=3.5),
            rect(164, 214, 34, 14, WHITE, rx=3, stroke=INK, width=3),
            rect(168, 218, 8, 6, SERVICE_VEST, rx=1)]
    for y in (246, 282, 318):
        out.append(circle(150, y, 4, SERVICE_VEST_SH, width=2.5))
    return out


def fake_service(pose: str, expr: str) -> list[str]:
    out = service_back_hair()
    if pose != "call":
        out += legs(FAKE_NAVY, FAKE_NAVY_SH, 372, None, width=42, spread=20,
                    shoe_color=CHARCOAL, sole=CHARCOAL_SH)
    out += service_torso()
    early, late = pose_arms(pose, expr, WOMAN_SHOULDERS, SHIRT, SHIRT_SH,
                            gestures={"neutral": ("together", "together"), **STERN})
    out += early
    out += head(*WOMAN_HEAD, ear_y=90, ear_r=10)
    out += face(SERVICE_FACE, expr)
    out += service_front_hair()
    out += headset(150, 6, 55, 92, boom_to=(126, 124), color="#9AA1BC", shadow="#7C84A2")
    out += late
    return _finish(pose, out, WOMAN_HEAD)


# ---------------------------------------------------------------------------
# fake_police: someone dressed up to look like a police officer on a video call
# ---------------------------------------------------------------------------

POLICE_FACE = _man_face(sweat_at=(200, 68))


def police_cap():
    """A peaked cap a size too big, tilted; the only "badge" is a star sticker."""
    crown = "M88,58 C86,26 120,14 154,14 C190,14 216,28 212,58Z"
    band = "M88,48 L212,48 L212,62 L88,62Z"
    brim = "M84,60 Q150,52 216,60 Q214,76 196,74 Q150,68 104,74 Q86,76 84,60Z"
    out = [*part(crown, FAKE_NAVY, ["M154,14 C190,14 216,28 212,58 L196,58 C196,36 178,20 154,18Z"],
                 FAKE_NAVY_SH),
           *part(band, FAKE_NAVY_SH, width=4),
           *part(brim, HEADSET, width=4),
           line("M120,24 Q136,17 154,17", 5, "#56628C"),
           *peeling_sticker(150, 36, 14, rot=8)]
    # the costume's price tag is still hanging from the cap
    tag = "M200,90 L218,86 L222,104 L204,108Z"
    out += [line("M204,64 Q200,78 204,92", 2.5), *part(tag, WHITE, width=3),
            circle(205, 94, 2.2, INK, width=0), line("M207,100 l11,-3", 2.5, "#C9D3E8")]
    return [g(out, transform="translate(0,-8) rotate(-7 150 60)")]


def police_torso():
    out = [*neck(150, 118, 156, half=12),
           fill(DAD_SWEATER, FAKE_SHIRT),
           fill("M202,182 L220,182 L222.6,372 L206,372 Q198,280 202,182Z", FAKE_SHIRT_SH),
           line("M150,150 L150,386", FACE_LINE), outline(DAD_SWEATER)]
    for side in (-1, 1):  # collar
        out += part(f"M150,150 L{150 + side * 30},140 L{150 + side * 22},168Z", FAKE_SHIRT, width=4)
        # plain chest pockets: no patches, no numbers, no insignia
        x = 150 + side * 36
        out += part(f"M{x - 18},206 L{x + 18},206 L{x + 18},240 Q{x},248 {x - 18},240Z",
                    FAKE_SHIRT, width=3.5)
        out.append(line(f"M{x - 18},214 L{x + 18},214", 3))
    # a tie knotted a little crooked
    tie = "M146,158 L158,158 L164,240 L154,256 L144,242Z"
    out += [*part("M143,148 L159,148 L158,162 L146,162Z", FAKE_NAVY, width=3.5),
            g(part(tie, FAKE_NAVY, ["M154,158 L158,158 L164,240 L154,256Z"], FAKE_NAVY_SH, width=3.5),
              transform="rotate(7 152 160)"),
            *peeling_sticker(128, 226, 14, rot=-6)]
    return out


def fake_police(pose: str, expr: str) -> list[str]:
    out = []
    if pose != "call":
        out += legs(FAKE_NAVY, FAKE_NAVY_SH, 374, None, width=46, spread=21,
                    shoe_color=HEADSET, sole=INK)
    out += police_torso()
    early, late = pose_arms(pose, expr, MAN_SHOULDERS, FAKE_SHIRT, FAKE_SHIRT_SH, width=30,
                            hand_r=14, gestures=STERN)
    out += early
    out += head(*MAN_HEAD, ear_y=84, ear_r=11)
    out += face(POLICE_FACE, expr)
    out += [fill("M98,80 C96,64 102,56 110,54 L110,76Z", DAD_HAIR),
            fill("M202,80 C204,64 198,56 190,54 L190,76Z", DAD_HAIR)]
    out += police_cap()
    out += late
    return _finish(pose, out, MAN_HEAD)


# ---------------------------------------------------------------------------
# idol_assistant: a fan-circle "assistant" of a star
# ---------------------------------------------------------------------------

IDOL_FACE = _man_face(sweat_at=(200, 68))


def idol_back_hair():
    return list(shaded_ellipse(150, 66, 62, 56, IDOL_HAIR, IDOL_HAIR_SH, d=5))


def idol_front_hair():
    d = ("M92,96 C80,40 112,10 152,10 C194,10 222,40 208,96 "
         "C206,76 198,62 186,52 Q176,68 158,70 Q164,58 160,48 "
         "Q146,62 126,64 Q132,54 132,46 Q112,58 104,70 Q96,80 92,96Z")
    sh = "M152,10 C194,10 222,40 208,96 C206,76 198,62 186,52 C186,32 172,16 152,14Z"
    return [*part(d, IDOL_HAIR, [sh], IDOL_HAIR_SH),
            line("M112,30 Q128,18 148,16", 5, "#E0A98C")]


def sunglasses_on_head():
    out = []
    for side in (-1, 1):
        x = 150 + side * 25
        out.append(el("path", d=f"M{x - 20},24 Q{x},18 {x + 20},24 Q{x + 18},44 {x},44 Q{x - 18},44 {x - 20},24Z",
                      fill=SHADES, stroke=INK, stroke_width=4))
        out.append(line(f"M{x - 12},28 l10,0", 3, WHITE, opacity=0.6))
    out.append(line("M145,24 Q150,20 155,24", 4, INK))
    return [g(out, transform="rotate(-4 150 30)")]


def idol_torso():
    out = [*neck(150, 118, 156, half=12),
           fill(DAD_SWEATER, BOMBER),
           fill("M202,182 L220,182 L222.6,372 L206,372 Q198,280 202,182Z", BOMBER_SH),
           fill("M124,146 Q150,178 176,146Z", WHITE), line("M124,146 Q150,178 176,146", 4),
           line("M132,150 L136,386", FACE_LINE), line("M168,150 L164,386", FACE_LINE),
           fill("M136,160 L164,160 L164,386 L136,386Z", WHITE),
           line("M136,164 L136,386", FACE_LINE), line("M164,164 L164,386", FACE_LINE),
           outline(DAD_SWEATER)]
    # a pink rib at the hem, a heart on the tee
    out += [*part("M78,356 L222,356 L223,374 Q223,386 210,386 L90,386 Q77,386 77,374Z", BOMBER_SH,
                  width=4),
            line("M80,366 L220,366", 3, PINK, opacity=0.8),
            fill("M150,316 C138,306 138,294 146,294 C150,294 150,298 150,300 "
                 "C150,298 150,294 154,294 C162,294 162,306 150,316Z", PINK)]
    # the lanyard with a "staff" card: a heart and nothing else
    out += [line("M124,152 Q126,186 140,204", 6, LANYARD), line("M176,152 Q174,186 160,204", 6, LANYARD),
            rect(128, 200, 44, 56, WHITE, rx=6, stroke=INK, width=4),
            rect(144, 196, 12, 10, "#C9CEDC", rx=2, stroke=INK, width=3),
            fill("M150,236 C140,228 140,218 146,218 C149,218 150,221 150,223 "
                 "C150,221 151,218 154,218 C160,218 160,228 150,236Z", LANYARD),
            line("M138,246 l24,0", 3, "#C9D3E8")]
    return out


def idol_assistant(pose: str, expr: str) -> list[str]:
    out = idol_back_hair()
    if pose != "call":
        out += legs(CHARCOAL, CHARCOAL_SH, 374, PINK, width=46, spread=21)
    out += idol_torso()
    early, late = pose_arms(pose, expr, MAN_SHOULDERS, BOMBER, BOMBER_SH, width=30, hand_r=14,
                            gestures=STERN)
    out += early
    out += head(*MAN_HEAD, ear_y=84, ear_r=11)
    out += face(IDOL_FACE, expr)
    out += idol_front_hair()
    out += sunglasses_on_head()
    out += late
    return _finish(pose, out, MAN_HEAD)


# ---------------------------------------------------------------------------
# game_admin: a game "管理员" who looks like a game avatar
# ---------------------------------------------------------------------------

ADMIN_FACE = _man_face(sweat_at=(200, 68))


def game_logo(cx, cy, r):
    """A made-up game logo: a ringed planet with a spark (no real brand)."""
    return [circle(cx, cy, r, NEON, width=3),
            fill(f"M{num(cx - r * 0.2)},{num(cy - r * 0.9)} A{num(r)},{num(r)} 0 0 1 {num(cx + r)},{num(cy + r * 0.1)} "
                 f"L{num(cx + r * 0.4)},{num(cy)}Z", NEON_SH, opacity=0.7),
            el("ellipse", cx=cx, cy=cy, rx=r * 1.7, ry=r * 0.5, fill="none", stroke=INK,
               stroke_width=3, transform=f"rotate(-18 {num(cx)} {num(cy)})"),
            circle(cx + r * 1.5, cy - r * 1.0, r * 0.28, WHITE, width=2)]


def admin_cap():
    crown = "M90,64 C88,28 118,16 152,16 C188,16 214,30 210,64Z"
    brim = "M86,62 Q150,54 214,62 Q230,72 222,80 Q150,70 88,78 Q80,72 86,62Z"
    return [g([*part(crown, ADMIN_HOODIE, ["M152,16 C188,16 214,30 210,64 L196,64 C196,38 178,22 152,20Z"],
                     ADMIN_HOODIE_SH),
               line("M150,18 L150,62", 3, ADMIN_HOODIE_SH),
               *part(brim, NEON, ["M150,66 Q190,66 222,80 Q150,70 88,78 Z"], NEON_SH, width=4),
               *game_logo(150, 42, 11)], transform="translate(0,-10)")]


def admin_torso():
    out = [*neck(150, 118, 156, half=12),
           fill(DAD_SWEATER, ADMIN_HOODIE),
           fill("M202,182 L220,182 L222.6,372 L206,372 Q198,280 202,182Z", ADMIN_HOODIE_SH),
           line("M78,354 L222,354", FACE_LINE * 0.9),
           line("M112,354 L118,304 L182,304 L188,354", FACE_LINE * 0.9),
           outline(DAD_SWEATER),
           *part("M108,160 Q104,140 128,138 L172,138 Q196,140 192,160 Q150,180 108,160Z", ADMIN_HOODIE,
                 ["M172,140 Q196,140 192,160 Q184,164 176,166 Q184,150 168,140Z"], ADMIN_HOODIE_SH)]
    for x0, x1 in ((140, 136), (160, 164)):
        out += tube(f"M{x0},170 L{x1},210", 4, NEON, line_w=2.5)
        out.append(circle(x1, 213, 4.5, NEON, width=2.5))
    out += game_logo(150, 252, 16)
    return out


def game_admin(pose: str, expr: str) -> list[str]:
    out = []
    if pose != "call":
        out += legs(CHARCOAL, CHARCOAL_SH, 374, NEON, width=46, spread=21)
    out += admin_torso()
    early, late = pose_arms(pose, expr, MAN_SHOULDERS, ADMIN_HOODIE, ADMIN_HOODIE_SH, width=30,
                            hand_r=14, gestures=STERN)
    out += early
    out += head(*MAN_HEAD, ear_y=84, ear_r=11)
    out += face(ADMIN_FACE, expr)
    out += [fill("M98,84 C96,66 100,62 108,60 L108,82Z", DAD_HAIR),
            fill("M202,84 C204,66 200,62 192,60 L192,82Z", DAD_HAIR)]
    out += admin_cap()
    out += headset(150, -10, 58, 86, boom_to=(122, 118), logo=NEON)
    out += late
    return _finish(pose, out, MAN_HEAD)
