"""Chinese line breaking (pure; measuring is passed in).

Lines may break between any two 汉字, but never so that a line starts with a
closing mark (，。！？ and the like) or ends with an opening one (“「《 …), and a
run of Latin letters or digits (a web address, a phone number) stays whole
unless it alone is wider than the line.
"""
from __future__ import annotations

from typing import Callable

CJK_CLOSING = set("，。！？、；：”’」』）》〉】〕…—·～")
NO_LINE_START = CJK_CLOSING | set(",.!?;:)]}%-/")
NO_LINE_END = set("“‘「『（《〈【〔([{")
_WORD_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@#&+=*'\"$￥")


def _units(text: str) -> list[str]:
    """Split a paragraph into units that must stay on one line."""
    raw: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in _WORD_CHARS:
            j = i
            while j < len(text) and (text[j] in _WORD_CHARS or text[j] in ".:/-%"
                                     and j + 1 < len(text) and text[j + 1] in _WORD_CHARS):
                j += 1
            raw.append(text[i:j])
            i = j
        else:
            raw.append(ch)
            i += 1
    units: list[str] = []
    carry = ""  # opening marks wait for the unit after them
    for unit in raw:
        if unit in NO_LINE_END or (len(unit) == 1 and unit in NO_LINE_END):
            carry += unit
            continue
        if units and unit[0] in NO_LINE_START and not carry:
            units[-1] += unit
            continue
        units.append(carry + unit)
        carry = ""
    if carry:
        if units:
            units[-1] += carry
        else:
            units.append(carry)
    return units


def wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break text into lines no wider than width (as measured), by the rules above."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for unit in _units(paragraph):
            if measure((line + unit).rstrip()) <= width:
                line += unit
                continue
            core = unit.strip().rstrip("".join(NO_LINE_START))
            if measure(unit.strip()) > width and measure(core) <= width:
                # Fits but for its closing mark: the mark hangs past the edge, as in print.
                if line:
                    lines.append(line.rstrip())
                line = unit.lstrip()
                continue
            if measure(unit.strip()) > width:
                # A unit too wide for any line (a long address): cut it by characters,
                # never leaving a closing mark at the start of a line.
                for ch in unit:
                    if line and measure(line + ch) > width and ch not in CJK_CLOSING:
                        lines.append(line.rstrip())
                        line = ""
                    line += ch
                continue
            if line:
                lines.append(line.rstrip())
            line = unit.lstrip()
        lines.append(line.rstrip())
    return lines


def widest_unit(text: str, measure: Callable[[str], float]) -> float:
    """The width of the widest piece that must not be split (a word, an address, 字+mark)."""
    return max((measure(unit.strip()) for para in text.split("\n") for unit in _units(para)), default=0.0)
