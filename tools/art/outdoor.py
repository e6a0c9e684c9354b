"""Outdoor backgrounds and views of Wuxi: street, school gate, Taihu window."""
from __future__ import annotations

import random

from bg_parts import H, SOFT, SOFT_OP, W, box, defs, soft_line, vgrad
from palette import INK, PINK, WHITE
from svg import circle, el, ellipse, fill, line, num, pts, rect


def street():
    out = [defs(vgrad("skyspring", "#BFE2F2", "#EEF7F1"), vgrad("lakeday", "#9ED6CE", "#B9E3DA"))]
    out += [rect(0, 0, W, H, "url(#skyspring)")]
    # clouds
    for cx, cy, s in ((700, 120, 1.0), (1100, 80, 0.8), (420, 210, 0.6)):
        out += [ellipse(cx, cy, 90 * s, 30 * s, WHITE, width=0, opacity=0.85),
                ellipse(cx + 50 * s, cy - 20 * s, 60 * s, 30 * s, WHITE, width=0, opacity=0.85)]
    # distant hills of the lake shore and Taihu water
    out += [fill("M0,430 Q180,330 360,400 Q520,340 700,410 Q900,350 1080,420 Q1300,360 1600,410 "
                 "L1600,470 L0,470Z", "#A9D1C6"),
            fill("M0,450 Q260,400 520,440 Q820,410 1100,446 Q1360,420 1600,444 L1600,480 L0,480Z",
                 "#93C4B8"),
            rect(0, 470, W, 70, "url(#lakeday)"),
            # a small sailing boat far out on the lake
            fill("M730,492 L800,492 L788,506 L742,506Z", "#7FA9B0"),
            fill("M764,488 L764,436 L796,486Z", "#FFFFFF", opacity=0.9),
            fill("M758,488 L758,448 L738,486Z", "#FFFFFF", opacity=0.75)]
    # low lakeside railing, then the pavement and a strip of road at the bottom
    out += [rect(0, 536, W, 14, "#CFC8BC"), soft_line("M0,550 L1600,550")]
    for x in range(20, W, 80):
        out.append(rect(x, 500, 10, 40, "#CFC8BC"))
    out += [rect(0, 500, W, 8, "#D9D2C6"),
            rect(0, 550, W, 300, "#E6E0D5"),
            rect(0, 840, W, 60, "#A7A9B4"), rect(0, 832, W, 12, "#C9C3B8"),
            soft_line("M0,838 L1600,838")]
    for x in range(0, W, 200):
        out.append(soft_line(f"M{x},550 L{x - 60},832", 2, INK, 0.12))
    for x in range(60, W, 260):
        out.append(rect(x, 866, 120, 8, "#EDEDED", rx=3))
    # cherry tree (鼋头渚 in spring) on the left
    out += [fill("M190,560 Q200,420 170,330 L210,320 Q230,400 240,330 L268,340 Q236,440 250,560Z",
                 "#8C6B5E"),
            soft_line("M190,560 Q200,420 170,330 L210,320 Q230,400 240,330 L268,340 Q236,440 250,560Z")]
    rnd = random.Random(3)
    blossoms = [(220, 220, 150), (110, 280, 100), (340, 280, 110), (180, 120, 110), (320, 160, 100),
                (60, 170, 80), (430, 230, 80)]
    for (x, y, r) in blossoms:
        out.append(circle(x, y, r, "#F5BFCF", width=0))
    for (x, y, r) in blossoms:
        out.append(circle(x - r * 0.25, y - r * 0.25, r * 0.65, "#F9D3DE", width=0))
    for _ in range(40):
        x, y = rnd.uniform(30, 470), rnd.uniform(70, 340)
        out.append(circle(x, y, rnd.uniform(5, 9), "#FFFFFF", width=0, opacity=0.7))
    for _ in range(18):  # falling petals
        x, y = rnd.uniform(60, 900), rnd.uniform(380, 700)
        out.append(ellipse(x, y, 7, 4, PINK, width=0, opacity=0.55,
                           transform=f"rotate({num(rnd.uniform(-40, 40))} {num(x)} {num(y)})"))
    # bus stop shelter on the right (signs carry icons only, no writing)
    sx = 1180
    out += [rect(sx, 300, 360, 24, "#5F8DA8", rx=8), soft_line(f"M{sx},300 l360,0 l0,24 l-360,0Z"),
            rect(sx + 20, 324, 12, 460, "#7C8A99"), rect(sx + 328, 324, 12, 460, "#7C8A99"),
            rect(sx + 40, 340, 280, 300, "#DDEFF3", opacity=0.7),
            soft_line(f"M{sx + 40},340 l280,0 l0,300 l-280,0Z"),
            *box(sx + 190, 370, 110, 150, "#F6E7C8", rx=6)]
    for i, c in enumerate(("#3BB3A9", "#F08BA8", "#2F6FE4")):
        out.append(rect(sx + 205, 392 + i * 36, 80, 14, c, rx=7, opacity=0.55))
    out += [*box(sx + 50, 660, 260, 20, "#B58E6A", rx=6),
            rect(sx + 70, 680, 12, 80, "#8A8F9A"), rect(sx + 278, 680, 12, 80, "#8A8F9A")]
    # stop sign pole with a round bus icon
    px = 1100
    out += [rect(px - 6, 250, 12, 560, "#7C8A99"), soft_line(f"M{px},250 L{px},810", 2),
            circle(px, 240, 52, "#FFFFFF", stroke=INK, width=SOFT, stroke_opacity=SOFT_OP),
            circle(px, 240, 44, "#5F8DA8", width=0),
            rect(px - 26, 214, 52, 40, "#FFFFFF", rx=8),
            rect(px - 20, 220, 40, 14, "#5F8DA8", rx=3),
            circle(px - 14, 258, 6, "#FFFFFF", width=0), circle(px + 14, 258, 6, "#FFFFFF", width=0)]
    return out


def qr_block(x, y, size, seed, dark="#4A4E63", cells=21):
    """A made-up QR-like square (random cells, three corner marks; encodes nothing)."""
    rnd = random.Random(seed)
    c = size / cells
    d = []
    finder = {(i, j) for i in range(7) for j in range(7)}
    corners = ((0, 0), (cells - 7, 0), (0, cells - 7))
    for cx, cy in corners:
        d.append(f"M{num(x + cx * c)},{num(y + cy * c)} h{num(7 * c)} v{num(7 * c)} h{num(-7 * c)}Z "
                 f"M{num(x + (cx + 1) * c)},{num(y + (cy + 1) * c)} v{num(5 * c)} h{num(5 * c)} v{num(-5 * c)}Z "
                 f"M{num(x + (cx + 2) * c)},{num(y + (cy + 2) * c)} h{num(3 * c)} v{num(3 * c)} h{num(-3 * c)}Z")
    for i in range(cells):
        for j in range(cells):
            if any((i - cx, j - cy) in finder or (-1 <= i - cx <= 7 and -1 <= j - cy <= 7)
                   for cx, cy in corners):
                continue
            if rnd.random() < 0.48:
                d.append(f"M{num(x + i * c)},{num(y + j * c)} h{num(c)} v{num(c)} h{num(-c)}Z")
    return [rect(x - c * 2, y - c * 2, size + c * 4, size + c * 4, WHITE, rx=6),
            el("path", d=" ".join(d), fill=dark, fill_rule="evenodd")]


def school_gate():
    """The school gate in the afternoon, with a stranger's sticker stand at the right."""
    out = [defs(vgrad("skygate", "#C4E4F3", "#F0F8F3"))]
    out += [rect(0, 0, W, H, "url(#skygate)")]
    for cx, cy, s in ((300, 110, 0.9), (1250, 90, 0.7)):
        out += [ellipse(cx, cy, 90 * s, 28 * s, WHITE, width=0, opacity=0.85),
                ellipse(cx + 50 * s, cy - 18 * s, 60 * s, 28 * s, WHITE, width=0, opacity=0.85)]
    # trees behind the school
    for x, y, r, c in ((130, 330, 120, "#B5D9AE"), (290, 300, 110, "#A8D1A0"), (1330, 310, 120, "#B5D9AE"),
                       (1500, 330, 110, "#A8D1A0")):
        out.append(circle(x, y, r, c, width=0))
    # the teaching building: long, low, pale, rows of windows
    out += [*box(180, 190, 1240, 360, "#F3EEE4"), rect(180, 190, 1240, 26, "#E7DCCB"),
            soft_line("M180,216 L1420,216")]
    for row in range(3):
        for col in range(14):
            x, y = 220 + col * 86, 246 + row * 96
            out += [rect(x, y, 58, 62, "#CFE6EE", rx=3), soft_line(f"M{x + 29},{y} l0,62", 2, INK, 0.2)]
    # walls and railings either side of the gate
    for x0, x1 in ((0, 560), (1040, 1600)):
        out += [*box(x0, 540, x1 - x0, 90, "#D9CDBB"), rect(x0, 530, x1 - x0, 14, "#CBBFAE")]
        for x in range(x0 + 20, x1, 44):
            out.append(rect(x, 470, 8, 64, "#9FA9B6"))
        out.append(rect(x0, 470, x1 - x0, 8, "#9FA9B6"))
    # the gate: two pillars and a beam with a blank plaque and the school's shield shape
    out += [*box(540, 300, 80, 340, "#E2D2BE"), *box(980, 300, 80, 340, "#E2D2BE"),
            *box(510, 250, 580, 70, "#D4BFA6", rx=6), *box(660, 262, 280, 46, "#F6EEDF", rx=4),
            line("M800,270 l16,5 l0,12 q0,14 -16,20 q-16,-6 -16,-20 l0,-12Z", 3, "#2F6FE4", opacity=0.45)]
    # inside the gate: the path to the building and a folded sliding gate
    out += [el("polygon", points=pts(620, 640, 980, 640, 930, 550, 670, 550), fill="#E9E1D3"),
            rect(620, 540, 360, 10, "#DCCFBC")]
    for i in range(8):  # the folded, zig-zag sliding gate against the right pillar
        x = 900 + i * 10
        out.append(soft_line(f"M{x},560 L{x + 10},600 L{x},640", 3, "#7C8A99", 0.7))
    out.append(rect(896, 552, 84, 10, "#9FA9B6", rx=3))
    # pavement in front
    out += [rect(0, 630, W, 270, "#ECE6DA"), soft_line("M0,630 L1600,630")]
    for x in range(-100, 1800, 180):
        out.append(soft_line(f"M{x},630 L{x - 80},900", 2, INK, 0.12))
    # the stranger's stand on the right: table, sticker sheets, balloons, a QR poster
    sx = 1180
    for bx, by, c in ((sx + 30, 360, "#F5B7C8"), (sx + 80, 330, "#FFE08A"), (sx + 130, 370, "#BFDDF8")):
        out += [soft_line(f"M{bx},{by + 44} Q{bx + 20},{by + 160} {sx + 80},{640}", 2, INK, 0.35),
                ellipse(bx, by, 36, 44, c, width=0), ellipse(bx - 10, by - 14, 8, 12, WHITE, width=0,
                                                            opacity=0.6)]
    cloth = f"M{sx - 10},640 L{sx + 230},640 L{sx + 244},730 L{sx - 24},730Z"
    out += [fill(cloth, "#F4C9C0"), soft_line(cloth), rect(sx - 24, 724, 268, 8, "#E7B3A8"),
            *box(sx, 730, 12, 70, "#A9A3A0"), *box(sx + 208, 730, 12, 70, "#A9A3A0")]
    rnd = random.Random(11)
    for k, (px, py) in enumerate(((sx + 10, 600), (sx + 80, 604), (sx + 150, 598))):
        out += [*box(px, py, 62, 40, "#FFFFFF", rx=4)]
        for n in range(6):
            c = ("#F08BA8", "#F5A524", "#3BB3A9", "#2F6FE4", "#9C8AD6")[(k + n) % 5]
            out.append(circle(px + 11 + (n % 3) * 20, py + 12 + (n // 3) * 16, 6, c, width=0,
                              opacity=0.55 + rnd.random() * 0.2))
    # the A-frame poster: stars, a gift, and a big QR-like code (no writing)
    ax = 1400
    out += [soft_line(f"M{ax + 20},460 L{ax - 10},800", 8, "#9A8B7C", 1),
            soft_line(f"M{ax + 140},460 L{ax + 170},800", 8, "#9A8B7C", 1),
            *box(ax, 440, 160, 240, "#FFF1B8", rx=8)]
    for (x, y, r) in ((ax + 30, 470, 14), (ax + 130, 474, 12)):
        out.append(line(f"M{x},{y - r} L{x + r * 0.3},{y - r * 0.3} L{x + r},{y} L{x + r * 0.3},{y + r * 0.3} "
                        f"L{x},{y + r} L{x - r * 0.3},{y + r * 0.3} L{x - r},{y} L{x - r * 0.3},{y - r * 0.3}Z",
                        3, "#F5A524", opacity=0.8))
    out += [rect(ax + 62, 458, 36, 30, "#F08BA8", rx=3, opacity=0.8),
            rect(ax + 77, 458, 6, 30, "#FFFFFF", opacity=0.8)]
    out += qr_block(ax + 28, 516, 104, seed=5)
    out += [rect(ax + 30, 646, 100, 12, "#F08BA8", rx=6, opacity=0.6)]
    return out


def taihu_window():
    """A room with a wide window onto Taihu: 鼋头渚's cherry trees and its little lighthouse."""
    out = [defs(vgrad("skyth", "#C9E6F2", "#F3F5EC"), vgrad("waterth", "#A8D8CF", "#C4E6DE"),
                vgrad("wallth", "#F3E9DA", "#EADDC9"))]
    out += [rect(0, 0, W, H, "url(#wallth)"), rect(0, 600, W, 100, "#E4D4BE"),
            rect(0, 700, W, 200, "#CFB497"), soft_line("M0,700 L1600,700"), rect(0, 690, W, 12, "#DCC3A5")]
    for y in (760, 830):
        out.append(soft_line(f"M0,{y} L1600,{y}", 2, "#A5835F", 0.3))
    wx, wy, ww, wh = 180, 90, 1240, 470
    out += [rect(wx - 22, wy - 22, ww + 44, wh + 44, "#B89472", rx=8), rect(wx, wy, ww, wh, "url(#skyth)")]
    # distant shore, hills and water
    out += [fill(f"M{wx},{wy + 250} Q{wx + 200},{wy + 170} {wx + 420},{wy + 230} Q{wx + 640},{wy + 160} "
                 f"{wx + 880},{wy + 224} Q{wx + 1060},{wy + 190} {wx + ww},{wy + 236} L{wx + ww},{wy + 270} "
                 f"L{wx},{wy + 270}Z", "#B7D5CC"),
            fill(f"M{wx},{wy + 262} Q{wx + 300},{wy + 236} {wx + 620},{wy + 258} Q{wx + 940},{wy + 238} "
                 f"{wx + ww},{wy + 260} L{wx + ww},{wy + 280} L{wx},{wy + 280}Z", "#A3CBBF"),
            rect(wx, wy + 270, ww, wh - 270, "url(#waterth)")]
    for i in range(6):
        x = wx + 520 + (i % 3) * 140
        y = wy + 300 + i * 22
        out.append(line(f"M{x},{y} l{60 - i * 6},0", 4, WHITE, opacity=0.45))
    # a sail far out
    out += [fill(f"M{wx + 860},{wy + 292} L{wx + 910},{wy + 292} L{wx + 902},{wy + 302} L{wx + 868},{wy + 302}Z",
                 "#86AFB3"),
            fill(f"M{wx + 886},{wy + 288} L{wx + 886},{wy + 250} L{wx + 908},{wy + 286}Z", WHITE, opacity=0.9)]
    # 鼋头渚: a rocky point with the little lighthouse, on the left
    px, py = wx + 250, wy + 330
    out += [fill(f"M{wx},{py + 20} Q{px - 120},{py - 40} {px},{py - 10} Q{px + 70},{py} {px + 110},{py + 30} "
                 f"L{wx},{py + 40}Z", "#B4A895"),
            rect(px - 12, py - 92, 24, 84, "#FFFFFF"), soft_line(f"M{px - 12},{py - 8} l0,-84 l24,0 l0,84"),
            rect(px - 16, py - 100, 32, 10, "#9FB4BE"),
            fill(f"M{px - 14},{py - 100} L{px},{py - 122} L{px + 14},{py - 100}Z", "#D98E8E"),
            circle(px, py - 106, 4, "#FFF1B8", width=0)]
    # cherry trees along the near shore, low and soft
    rnd = random.Random(21)
    out += [fill(f"M{wx},{wy + wh} L{wx},{wy + 400} Q{wx + 300},{wy + 380} {wx + 620},{wy + 410} "
                 f"Q{wx + 900},{wy + 384} {wx + ww},{wy + 404} L{wx + ww},{wy + wh}Z", "#C9DDB8")]
    for x, y, r in ((wx + 60, wy + 380, 90), (wx + 170, wy + 410, 70), (wx + 1000, wy + 392, 80),
                    (wx + 1120, wy + 370, 100), (wx + 1210, wy + 410, 60)):
        out += [rect(x - 8, y + r * 0.4, 16, wy + wh - y - r * 0.4, "#A88A7E"),
                circle(x, y, r, "#F6C6D3", width=0), circle(x - r * 0.3, y - r * 0.3, r * 0.6, "#FADAE3", width=0)]
        for _ in range(8):
            out.append(circle(x + rnd.uniform(-r, r) * 0.8, y + rnd.uniform(-r, r) * 0.7, rnd.uniform(4, 7),
                              WHITE, width=0, opacity=0.7))
    for _ in range(14):  # a few petals drifting past the glass
        x, y = rnd.uniform(wx + 40, wx + ww - 40), rnd.uniform(wy + 40, wy + 360)
        out.append(ellipse(x, y, 6, 3.5, PINK, width=0, opacity=0.5,
                           transform=f"rotate({num(rnd.uniform(-40, 40))} {num(x)} {num(y)})"))
    # window frame: three panes
    for x in (wx + ww / 3, wx + 2 * ww / 3):
        out.append(rect(x - 7, wy, 14, wh, "#B89472"))
    out += [soft_line(f"M{wx - 22},{wy - 22} l{ww + 44},0 l0,{wh + 44} l-{ww + 44},0Z"),
            *box(wx - 50, wy + wh + 14, ww + 100, 22, "#C7A27E", rx=6)]
    # on the sill: a teacup and a small pot of orchid at the right end
    sx = wx + ww - 120
    out += [*box(sx, wy + wh - 20, 34, 34, "#FFFFFF", rx=6), soft_line(f"M{sx + 34},{wy + wh - 10} q14,2 0,16", 4),
            *box(sx + 60, wy + wh - 30, 44, 44, "#9FB7C9", rx=8),
            ellipse(sx + 72, wy + wh - 58, 10, 28, "#7FAE8E", width=0),
            ellipse(sx + 92, wy + wh - 54, 9, 24, "#8FBE9C", width=0),
            circle(sx + 84, wy + wh - 84, 7, "#F3C5D6", width=0)]
    # a soft rug
    out.append(ellipse(800, 810, 440, 56, "#DCC4A8", width=0, opacity=0.8))
    return out
