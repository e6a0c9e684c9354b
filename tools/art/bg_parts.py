"""Shared pieces for the backgrounds (1600x900, opaque, muted and low-contrast, no text).

The lower-middle of every scene is kept plain because that is where the
characters stand; furniture and props sit at the sides and at the back.
Outlines here are thinner and softer than on characters (a tinted ink at
reduced opacity) so the characters stay in front.
"""
from __future__ import annotations

from palette import INK
from svg import el, ellipse, line, rect

W, H = 1600, 900
SOFT = 3          # background outline width
SOFT_OP = 0.35    # background outline opacity


def soft_line(d, width=SOFT, color=INK, opacity=SOFT_OP):
    return line(d, width, color, opacity=opacity)


def box(x, y, w, h, color, rx=0, edge=True):
    out = [rect(x, y, w, h, color, rx=rx)]
    if edge:
        out.append(el("rect", x=x, y=y, width=w, height=h, rx=rx or None, fill="none",
                      stroke=INK, stroke_width=SOFT, stroke_opacity=SOFT_OP))
    return out


def vgrad(gid, top, bottom):
    return (f'<linearGradient id="{gid}" x1="0" y1="0" x2="0" y2="1">'
            f'<stop offset="0" stop-color="{top}"/><stop offset="1" stop-color="{bottom}"/>'
            "</linearGradient>")


def defs(*items):
    return "<defs>" + "".join(items) + "</defs>"


def glow(cx, cy, rx, ry, color, steps=6, opacity=0.09):
    """A soft light: stacked translucent ellipses (nanosvg ignores stop-opacity)."""
    return [ellipse(cx, cy, rx * (1 - i / steps), ry * (1 - i / steps), color, width=0,
                    opacity=opacity) for i in range(steps)]


def book_row(x, y, heights, colors, width=22):
    out = []
    for i, h in enumerate(heights):
        out += box(x, y - h, width, h, colors[i % len(colors)], rx=2)
        x += width + 2
    return out
