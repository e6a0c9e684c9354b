"""Indoor backgrounds: bedroom (night and day), living room, classroom."""
from __future__ import annotations

import math
import random

from bg_parts import H, SOFT, SOFT_OP, W, book_row, box, defs, glow, soft_line, vgrad
from palette import INK, TEAL, WHITE
from svg import circle, el, ellipse, fill, g, line, pts, rect


# ---------------------------------------------------------------------------

def bedroom_night():
    wall, wall_low, floor = "#3E4872", "#37406A", "#4C4767"
    out = [defs(vgrad("sky", "#17224A", "#2F3F78"), vgrad("lake", "#2D4C80", "#22365E")),
           rect(0, 0, W, H, wall), rect(0, 560, W, 150, wall_low),
           rect(0, 700, W, 200, floor), soft_line("M0,700 L1600,700"),
           rect(0, 690, W, 12, "#59527A")]
    # window with night sky over Taihu
    wx, wy, ww, wh = 170, 110, 470, 380
    out += [rect(wx - 18, wy - 18, ww + 36, wh + 36, "#5A6494", rx=10),
            rect(wx, wy, ww, wh, "url(#sky)"),
            *glow(wx + 340, wy + 90, 110, 110, "#FFF1B8", 8, 0.05),
            circle(wx + 340, wy + 90, 38, "#FFF3C4", width=0),
            circle(wx + 354, wy + 80, 34, "#F9E7A6", width=0, opacity=0.35)]
    rnd = random.Random(7)
    for _ in range(22):
        sx, sy = wx + rnd.uniform(15, ww - 15), wy + rnd.uniform(12, 200)
        if math.hypot(sx - (wx + 340), sy - (wy + 90)) > 70:
            out.append(circle(sx, sy, rnd.uniform(1.5, 3), "#DCE4FF", width=0,
                              opacity=rnd.uniform(0.4, 0.9)))
    hills = (f"M{wx},{wy + 260} Q{wx + 70},{wy + 212} {wx + 150},{wy + 240} "
             f"Q{wx + 230},{wy + 200} {wx + 320},{wy + 246} Q{wx + 400},{wy + 226} {wx + ww},{wy + 250} "
             f"L{wx + ww},{wy + 270} L{wx},{wy + 270}Z")
    out += [fill(hills, "#22305A"),
            rect(wx, wy + 268, ww, wh - 268, "url(#lake)")]
    for i, (dx, w_) in enumerate(((320, 60), (330, 42), (316, 70), (336, 30))):
        y = wy + 286 + i * 18
        out.append(line(f"M{wx + dx},{y} l{w_},0", 4, "#FFF1B8", opacity=0.55 - i * 0.1))
    out += [rect(wx + ww / 2 - 6, wy, 12, wh, "#5A6494"),
            rect(wx, wy + 250, ww, 0.1, "#5A6494"),
            rect(wx - 30, wy + wh + 18, ww + 60, 18, "#6A74A4", rx=6)]
    # curtains
    for x0, sgn in ((wx - 70, 1), (wx + ww + 70, -1)):
        d = (f"M{x0},{wy - 40} L{x0 + sgn * 95},{wy - 40} Q{x0 + sgn * 60},{wy + 200} "
             f"{x0 + sgn * 85},{wy + wh + 40} L{x0},{wy + wh + 40}Z")
        out += [fill(d, "#6B5C8E"), soft_line(d)]
        out.append(soft_line(f"M{x0 + sgn * 30},{wy - 30} Q{x0 + sgn * 22},{wy + 200} {x0 + sgn * 34},{wy + wh + 30}",
                             4, "#5A4C7C", 0.8))
    out.append(rect(wx - 100, wy - 52, ww + 200, 14, "#4A4470", rx=7))
    # desk with lamp on the right
    dx0, dy0 = 1120, 600
    out += [*glow(1310, 500, 340, 240, "#FFD98A", 10, 0.045),
            *box(dx0, dy0, 440, 26, "#7A6680", rx=6),
            *box(dx0 + 20, dy0 + 26, 24, 250, "#66546E"),
            *box(dx0 + 396, dy0 + 26, 24, 250, "#66546E"),
            *box(dx0 + 250, dy0 + 26, 166, 110, "#6F5C76", rx=4),
            soft_line(f"M{dx0 + 270},{dy0 + 80} l126,0"),
            circle(dx0 + 333, dy0 + 66, 5, "#8C7A94", width=0)]
    # lamp: base, arm, shade, light
    lx = 1210
    out += [el("polygon", points=pts(lx + 40, 430, lx + 150, 430, lx + 230, 600, lx - 40, 600),
               fill="#FFE4A0", opacity=0.16),
            *box(lx - 10, dy0 - 14, 80, 14, "#5B5F88", rx=7),
            soft_line(f"M{lx + 30},{dy0 - 14} L{lx + 60},{500} L{lx + 110},{455}", 8, "#5B5F88", 1),
            fill(f"M{lx + 60},{410} L{lx + 150},{410} L{lx + 175},{460} L{lx + 35},{460}Z", "#F0C470"),
            soft_line(f"M{lx + 60},{410} L{lx + 150},{410} L{lx + 175},{460} L{lx + 35},{460}Z"),
            ellipse(lx + 105, 462, 60, 7, "#FFF1B8", width=0)]
    # books and a mug on the desk, a shelf above
    out += book_row(1420, dy0, [70, 58, 76, 64], ["#8D6E96", "#5F8C9A", "#A9787F", "#6E7FB0"])
    out += [*box(1350, dy0 - 40, 36, 40, "#C9C3D8", rx=6),
            soft_line("M1386,575 q16,2 0,18", 4)]
    out += [*box(1150, 260, 360, 14, "#6B5C7A", rx=4)]
    out += book_row(1170, 260, [62, 70, 54, 66, 58], ["#6E7FB0", "#8D6E96", "#5F8C9A", "#A9787F", "#7C8A6E"])
    out += [circle(1450, 236, 22, "#5E8C7E", width=0), *box(1432, 236, 36, 24, "#8C6E66", rx=4)]
    # a rug edge so the floor is not empty, kept very soft
    out.append(ellipse(780, 800, 420, 60, "#554F72", width=0))
    return out


def living_room():
    floor = "#CDA37E"
    out = [defs(vgrad("sunset", "#F6B98F", "#F9DDB0"),
                vgrad("wall", "#F4E2CB", "#EBD2B5")),
           rect(0, 0, W, H, "url(#wall)"), rect(0, 690, W, 210, floor),
           rect(0, 676, W, 16, "#E2C3A0"), soft_line("M0,692 L1600,692")]
    for y in (740, 800, 866):
        out.append(soft_line(f"M0,{y} L1600,{y}", 2, "#A57E5E", 0.35))
    for x, y in ((300, 692), (820, 740), (1210, 692), (520, 800), (1060, 800), (200, 866), (1380, 866)):
        out.append(soft_line(f"M{x},{y} l0,{48 if y < 800 else 60}", 2, "#A57E5E", 0.3))
    # window with a warm evening sky and a lake line
    wx, wy, ww, wh = 150, 120, 420, 380
    out += [rect(wx - 16, wy - 16, ww + 32, wh + 32, "#FFF6E6", rx=8),
            rect(wx, wy, ww, wh, "url(#sunset)"),
            circle(wx + 110, wy + 250, 44, "#FFE3A0", width=0),
            fill(f"M{wx},{wy + 270} Q{wx + 120},{wy + 236} {wx + 240},{wy + 262} "
                 f"Q{wx + 330},{wy + 240} {wx + ww},{wy + 262} L{wx + ww},{wy + wh} L{wx},{wy + wh}Z",
                 "#D7A28A"),
            rect(wx, wy + 300, ww, 80, "#E9BFA0"),
            line(f"M{wx + 80},{wy + 322} l60,0", 4, "#FFE8B8", opacity=0.7),
            line(f"M{wx + 92},{wy + 342} l36,0", 4, "#FFE8B8", opacity=0.6),
            rect(wx + ww / 2 - 6, wy, 12, wh, "#FFF6E6"),
            soft_line(f"M{wx - 16},{wy - 16} l{ww + 32},0 l0,{wh + 32} l-{ww + 32},0Z")]
    for x0, sgn in ((wx - 60, 1), (wx + ww + 60, -1)):
        d = (f"M{x0},{wy - 40} L{x0 + sgn * 80},{wy - 40} Q{x0 + sgn * 50},{wy + 200} "
             f"{x0 + sgn * 70},{wy + wh + 50} L{x0},{wy + wh + 50}Z")
        out += [fill(d, "#E7A98F"), soft_line(d)]
    out.append(rect(wx - 90, wy - 52, ww + 180, 12, "#B98863", rx=6))
    # picture above the sofa: Taihu hills, shapes only
    px, py = 1080, 170
    out += [*box(px, py, 300, 190, "#FFF8EC", rx=6),
            rect(px + 16, py + 16, 268, 158, "#CFE7E2"),
            fill(f"M{px + 16},{py + 130} Q{px + 90},{py + 60} {px + 170},{py + 118} "
                 f"Q{px + 230},{py + 84} {px + 284},{py + 120} L{px + 284},{py + 174} L{px + 16},{py + 174}Z",
                 "#8CC7BE"),
            rect(px + 16, py + 140, 268, 34, TEAL, opacity=0.55),
            circle(px + 220, py + 56, 16, "#F7D9A6", width=0)]
    # sofa against the right wall (muted teal), low enough to sit behind characters
    sx, sy = 980, 470
    sofa_back = f"M{sx},{sy + 60} Q{sx},{sy} {sx + 60},{sy} L{sx + 480},{sy} Q{sx + 540},{sy} {sx + 540},{sy + 60} L{sx + 540},{sy + 150} L{sx},{sy + 150}Z"
    out += [fill(sofa_back, "#9CC2B8"), soft_line(sofa_back),
            *box(sx + 40, sy + 130, 460, 60, "#A9CCC3", rx=14),
            *box(sx - 20, sy + 90, 70, 150, "#8DB6AC", rx=26),
            *box(sx + 490, sy + 90, 70, 150, "#8DB6AC", rx=26),
            *box(sx + 20, sy + 180, 500, 60, "#8DB6AC", rx=10),
            *box(sx + 40, sy + 240, 20, 26, "#8A6A55"), *box(sx + 480, sy + 240, 20, 26, "#8A6A55"),
            *box(sx + 80, sy + 70, 120, 80, "#F2C4B0", rx=22),
            *box(sx + 360, sy + 74, 110, 76, "#F6E2A8", rx=22)]
    # floor lamp at the far right with a warm glow
    out += [*glow(1540, 300, 220, 200, "#FFE9B8", 10, 0.05),
            soft_line("M1540,330 L1540,690", 8, "#7A5E4C", 0.9),
            *box(1500, 680, 80, 14, "#7A5E4C", rx=7),
            fill("M1490,250 L1590,250 L1570,330 L1510,330Z", "#F8E0B0"),
            soft_line("M1490,250 L1590,250 L1570,330 L1510,330Z")]
    # small side table with a plant on the left
    out += [*box(40, 560, 150, 20, "#B98863", rx=5), *box(60, 580, 14, 110, "#A67650"),
            *box(156, 580, 14, 110, "#A67650"),
            *box(90, 510, 50, 50, "#E3A88A", rx=8),
            ellipse(100, 480, 26, 40, "#7FAE8E", width=0), ellipse(132, 486, 24, 36, "#8FBE9C", width=0),
            ellipse(116, 462, 20, 38, "#76A587", width=0)]
    # soft rug
    out.append(ellipse(760, 800, 460, 62, "#E4B08E", width=0, opacity=0.6))
    return out


def classroom():
    wall, lower, floor = "#EEF0E3", "#D6E0CC", "#DCCBA9"
    out = [defs(vgrad("skyday", "#BFE3F5", "#E6F5F6"), vgrad("board", "#42705F", "#386252")),
           rect(0, 0, W, H, wall), rect(0, 560, W, 140, lower),
           soft_line("M0,560 L1600,560"), rect(0, 700, W, 200, floor),
           rect(0, 690, W, 14, "#BFCDB4"), soft_line("M0,702 L1600,702")]
    for x in range(-200, 1800, 160):
        out.append(soft_line(f"M{x},702 L{x - 120},900", 2, "#B59F7A", 0.3))
    # windows on the left wall, with a tree outside and sun patches on the floor
    for i in range(2):
        wx, wy, ww, wh = 40 + i * 190, 120, 160, 380
        out += [rect(wx - 10, wy - 10, ww + 20, wh + 20, "#FFFFFF", rx=6),
                rect(wx, wy, ww, wh, "url(#skyday)"),
                # treetops outside, kept inside the window frame
                fill(f"M{wx},{wy + wh} L{wx},{wy + 250 + i * 20} Q{wx + 40},{wy + 190 + i * 30} "
                     f"{wx + 80},{wy + 230} Q{wx + 120},{wy + 180 - i * 10} {wx + ww},{wy + 240} "
                     f"L{wx + ww},{wy + wh}Z", "#B9DDB0"),
                fill(f"M{wx},{wy + wh} L{wx},{wy + 320} Q{wx + 60},{wy + 270} {wx + 110},{wy + 310} "
                     f"Q{wx + 140},{wy + 290} {wx + ww},{wy + 300} L{wx + ww},{wy + wh}Z", "#A8D4A0"),
                rect(wx, wy + wh / 2 - 4, ww, 8, "#FFFFFF"),
                soft_line(f"M{wx - 10},{wy - 10} l{ww + 20},0 l0,{wh + 20} l-{ww + 20},0Z")]
        out.append(el("polygon", points=pts(wx + 40, 702, wx + 200, 702, wx + 330, 880, wx + 170, 880),
                      fill="#FFF6D8", opacity=0.45))
    # blackboard
    bx, by, bw, bh = 500, 110, 700, 320
    out += [*box(bx - 22, by - 22, bw + 44, bh + 44, "#B79372", rx=8),
            rect(bx, by, bw, bh, "url(#board)"),
            *box(bx - 30, by + bh + 18, bw + 60, 16, "#A9845F", rx=6),
            rect(bx + 60, by + bh + 8, 34, 10, WHITE, rx=3),
            rect(bx + 110, by + bh + 9, 24, 9, "#F7D38A", rx=3),
            *box(bx + bw - 140, by + bh + 4, 70, 16, "#8A7CA8", rx=4)]
    # chalk smudges and a doodle of a shield (shapes only, no writing)
    for (x, y, w_) in ((bx + 80, by + 90, 170), (bx + 90, by + 150, 120), (bx + 80, by + 210, 150)):
        out.append(line(f"M{x},{y} q{w_ / 2},-10 {w_},0", 6, WHITE, opacity=0.16))
    sx, sy = bx + 500, by + 150
    out += [line(f"M{sx},{sy - 70} l60,20 l0,50 q0,60 -60,90 q-60,-30 -60,-90 l0,-50Z", 5, WHITE,
                 opacity=0.35),
            line(f"M{sx - 26},{sy + 10} l18,20 l36,-44", 6, WHITE, opacity=0.35)]
    # clock and notice board on the right wall (no numbers, no writing)
    out += [circle(1370, 150, 48, "#FFFFFF", stroke=INK, width=SOFT, stroke_opacity=SOFT_OP),
            line("M1370,150 l0,-30", 5, "#6A6A80"), line("M1370,150 l22,10", 5, "#6A6A80"),
            *box(1300, 250, 250, 200, "#D8B892", rx=6)]
    for (x, y, c, r_) in ((1320, 270, "#FFF6C8", -4), (1420, 276, "#DDEBFF", 3), (1330, 360, "#FBD9E3", 2),
                          (1440, 360, "#DDF2E3", -3)):
        out.append(g([rect(0, 0, 86, 70, c), circle(43, 8, 5, "#E5484D", width=0, opacity=0.7)],
                     transform=f"translate({x},{y}) rotate({r_})"))
    # back-row desks at the sides, small and muted
    for x in (70, 300, 1160, 1390):
        out += [*box(x, 600, 170, 18, "#C7A77C", rx=4), *box(x + 10, 618, 150, 40, "#B4956C", rx=3),
                *box(x + 16, 658, 10, 60, "#8E8A88"), *box(x + 144, 658, 10, 60, "#8E8A88"),
                *box(x + 55, 560, 60, 40, "#9FB7C9", rx=6)]
    return out


def bedroom_day():
    """吴小清's room by day: the same room as bedroom_night, in daylight."""
    wall, wall_low, floor = "#F2E6EC", "#EADBE3", "#D9C3B4"
    out = [defs(vgrad("skyd", "#BFE2F2", "#EAF6F4"), vgrad("laked", "#A6D8CF", "#BFE3DA")),
           rect(0, 0, W, H, wall), rect(0, 560, W, 150, wall_low),
           rect(0, 700, W, 200, floor), soft_line("M0,700 L1600,700"),
           rect(0, 690, W, 12, "#E4CFC2")]
    # window with a spring sky over Taihu
    wx, wy, ww, wh = 170, 110, 470, 380
    out += [rect(wx - 18, wy - 18, ww + 36, wh + 36, "#FFFFFF", rx=10),
            rect(wx, wy, ww, wh, "url(#skyd)"),
            *glow(wx + 360, wy + 80, 90, 90, "#FFF6D0", 6, 0.12),
            circle(wx + 360, wy + 80, 30, "#FFF3C4", width=0)]
    for cx, cy, s in ((wx + 110, wy + 70, 0.8), (wx + 250, wy + 130, 0.55)):
        out += [ellipse(cx, cy, 70 * s, 22 * s, WHITE, width=0, opacity=0.9),
                ellipse(cx + 36 * s, cy - 14 * s, 44 * s, 22 * s, WHITE, width=0, opacity=0.9)]
    hills = (f"M{wx},{wy + 260} Q{wx + 70},{wy + 212} {wx + 150},{wy + 240} "
             f"Q{wx + 230},{wy + 200} {wx + 320},{wy + 246} Q{wx + 400},{wy + 226} {wx + ww},{wy + 250} "
             f"L{wx + ww},{wy + 270} L{wx},{wy + 270}Z")
    out += [fill(hills, "#9CCBBF"), rect(wx, wy + 268, ww, wh - 268, "url(#laked)")]
    for i, (dx, w_) in enumerate(((300, 60), (320, 40), (296, 74))):
        out.append(line(f"M{wx + dx},{wy + 290 + i * 20} l{w_},0", 4, WHITE, opacity=0.6 - i * 0.12))
    out += [rect(wx + ww / 2 - 6, wy, 12, wh, "#FFFFFF"),
            rect(wx - 30, wy + wh + 18, ww + 60, 18, "#FFFFFF", rx=6),
            soft_line(f"M{wx - 18},{wy - 18} l{ww + 36},0 l0,{wh + 36} l-{ww + 36},0Z")]
    # curtains, tied back
    for x0, sgn in ((wx - 70, 1), (wx + ww + 70, -1)):
        d = (f"M{x0},{wy - 40} L{x0 + sgn * 95},{wy - 40} Q{x0 + sgn * 60},{wy + 200} "
             f"{x0 + sgn * 85},{wy + wh + 40} L{x0},{wy + wh + 40}Z")
        out += [fill(d, "#F3B9C9"), soft_line(d),
                soft_line(f"M{x0 + sgn * 30},{wy - 30} Q{x0 + sgn * 22},{wy + 200} {x0 + sgn * 34},{wy + wh + 30}",
                          4, "#E59FB3", 0.8)]
    out.append(rect(wx - 100, wy - 52, ww + 200, 14, "#C9A8B8", rx=7))
    # desk with a lamp (off) on the right, books, a shelf and a plant
    dx0, dy0 = 1120, 600
    out += [*box(dx0, dy0, 440, 26, "#D4B49A", rx=6),
            *box(dx0 + 20, dy0 + 26, 24, 250, "#C4A386"),
            *box(dx0 + 396, dy0 + 26, 24, 250, "#C4A386"),
            *box(dx0 + 250, dy0 + 26, 166, 110, "#CCAB8E", rx=4),
            soft_line(f"M{dx0 + 270},{dy0 + 80} l126,0"),
            circle(dx0 + 333, dy0 + 66, 5, "#A8876C", width=0)]
    lx = 1210
    out += [*box(lx - 10, dy0 - 14, 80, 14, "#8C93B8", rx=7),
            soft_line(f"M{lx + 30},{dy0 - 14} L{lx + 60},{500} L{lx + 110},{455}", 8, "#8C93B8", 1),
            fill(f"M{lx + 60},{410} L{lx + 150},{410} L{lx + 175},{460} L{lx + 35},{460}Z", "#F6D58E"),
            soft_line(f"M{lx + 60},{410} L{lx + 150},{410} L{lx + 175},{460} L{lx + 35},{460}Z")]
    out += book_row(1420, dy0, [70, 58, 76, 64], ["#B9A0C6", "#8FC1C9", "#E3A9AE", "#A6B4E0"])
    out += [*box(1350, dy0 - 40, 36, 40, "#FFFFFF", rx=6), soft_line("M1386,575 q16,2 0,18", 4)]
    out += [*box(1150, 260, 360, 14, "#C9A8B8", rx=4)]
    out += book_row(1170, 260, [62, 70, 54, 66, 58], ["#A6B4E0", "#B9A0C6", "#8FC1C9", "#E3A9AE", "#B5C99A"])
    out += [circle(1450, 236, 22, "#8FC1A4", width=0), *box(1432, 236, 36, 24, "#D9A08A", rx=4)]
    # a pinboard with shapes only (no writing) between window and shelf
    out += [*box(800, 180, 220, 150, "#E8D2BE", rx=6)]
    for (x, y, c, r_) in ((818, 196, "#FFF1B8", -4), (900, 200, "#DCE8FF", 3), (836, 262, "#FBD9E3", 2),
                          (930, 258, "#DDF2E3", -3)):
        out.append(g([rect(0, 0, 64, 52, c), circle(32, 7, 4, "#F08BA8", width=0, opacity=0.8)],
                     transform=f"translate({x},{y}) rotate({r_})"))
    out.append(ellipse(780, 800, 420, 60, "#E8D6CB", width=0))
    return out
