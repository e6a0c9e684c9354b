"""Chinese line breaking (pure; measuring and word segmentation are passed in).

Lines break between words, given by `segment` (a paragraph → the pieces that must
stay whole; see game.engine.words), and never so that a line starts with a
closing mark (，。！？ and the like) or ends with an opening one (“「《 …). A run
of Latin letters or digits (a web address, a phone number) stays whole too. Only
a piece wider than the whole line is cut. Without `segment`, or when it returns
None, lines may break between any two 汉字 (the rules on marks still hold).
"""
from __future__ import annotations

from typing import Callable, Sequence

Segment = Callable[[str], "list[str] | None"]

CJK_CLOSING = set("，。！？、；：”’」』）》〉】〕…—·～")
NO_LINE_START = CJK_CLOSING | set(",.!?;:)]}%-/")
NO_LINE_END = set("“‘「『（《〈【〔([{")
_NO_START = "".join(NO_LINE_START)
_WORD_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@#&+=*'\"$￥")


def _atoms(text: str) -> list[str]:
    """Single characters, except that a Latin or digit run (an address) is one atom."""
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
    return raw


def _join_words(atoms: list[str], pieces: list[str] | None) -> list[str]:
    """Join atoms that lie inside one piece of the segmentation (a word stays whole)."""
    if not pieces or "".join(pieces) != "".join(atoms):
        return atoms  # no segmentation, or one of other text: break between atoms
    breaks, at = set(), 0
    for piece in pieces:
        at += len(piece)
        breaks.add(at)
    joined: list[str] = []
    at = 0
    for atom in atoms:
        if joined and at not in breaks:
            joined[-1] += atom
        else:
            joined.append(atom)
        at += len(atom)
    return joined


def _units(text: str, segment: Segment | None = None) -> list[str]:
    """Split a paragraph into units that must stay on one line."""
    raw = _join_words(_atoms(text), segment(text) if segment and text else None)
    units: list[str] = []
    carry = ""  # opening marks wait for the unit after them
    quotes = 0  # straight quotes (") alternate: the first opens, the next closes
    for unit in raw:
        opening = unit in NO_LINE_END
        closing = bool(units) and unit[0] in NO_LINE_START
        if unit == '"':
            opening, closing = quotes % 2 == 0, quotes % 2 == 1 and bool(units)
            quotes += 1
        if opening:
            carry += unit
            continue
        if closing and not carry:
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


def wrap(text: str, width: float, measure: Callable[[str], float],
         segment: Segment | None = None) -> list[str]:
    """Break text into lines no wider than width (as measured), by the rules above."""
    return wrap_units(units_of(text, segment), width, measure)


def units_of(text: str, segment: Segment | None = None) -> list[list[str]]:
    """Each paragraph's units (see `_units`): worked out once for a text wrapped at many widths."""
    return [_units(paragraph, segment) for paragraph in text.split("\n")]


def wrap_units(paragraphs: Sequence[Sequence[str]], width: float, measure: Callable[[str], float]) -> list[str]:
    """`wrap` for a text already split by `units_of`."""
    return wrap_span(paragraphs, width, measure)[0]


def wrap_span(paragraphs: Sequence[Sequence[str]], width: float,
              measure: Callable[[str], float]) -> tuple[list[str], float, float]:
    """`wrap_units`, and the widths it holds for: the lines are the same at any width from the
    first number up to (not including) the second, since every width compared with on the way
    was decided the same (what fitted still fits, what did not still does not)."""
    lines: list[str] = []
    low, high = float("-inf"), float("inf")

    def fits(s: str) -> bool:
        nonlocal low, high
        w = measure(s)
        if w <= width:
            low = max(low, w)
            return True
        high = min(high, w)
        return False

    for units in paragraphs:
        line = ""
        for unit in units:
            if fits((line + unit).rstrip()):
                line += unit
                continue
            core = unit.strip().rstrip("".join(NO_LINE_START))
            if not fits(unit.strip()) and fits(core):
                # Fits but for its closing mark: the mark hangs past the edge, as in print.
                if line:
                    lines.append(line.rstrip())
                line = unit.lstrip()
                continue
            if not fits(unit.strip()):
                # A unit too wide for any line (a long address, a word in a narrow box):
                # cut it by characters, never leaving a closing mark at the start of a line.
                for ch in unit:
                    if line and not fits(line + ch) and ch not in CJK_CLOSING:
                        lines.append(line.rstrip())
                        line = ""
                    line += ch
                continue
            if line:
                lines.append(line.rstrip())
            line = unit.lstrip()
        lines.append(line.rstrip())
    return lines, low, high


def wrap_counted(paragraphs: Sequence[Sequence[str]], fit: int) -> list[str]:
    """`wrap_units` for text of characters that are all one em wide and none a space (see
    game.engine.widths): a piece fits a line when it has at most `fit` characters. The same
    rules, decided by counting (a test holds the two to the same lines)."""
    lines: list[str] = []
    for units in paragraphs:
        line = ""
        for unit in units:
            if len(line) + len(unit) <= fit:
                line += unit
                continue
            if len(unit) > fit:
                if len(unit.rstrip(_NO_START)) <= fit:  # it hangs its closing mark past the edge
                    if line:
                        lines.append(line)
                    line = unit
                    continue
                for ch in unit:  # cut by characters
                    if line and len(line) + 1 > fit and ch not in CJK_CLOSING:
                        lines.append(line)
                        line = ""
                    line += ch
                continue
            if line:
                lines.append(line)
            line = unit
        lines.append(line)
    return lines


def balanced(paragraphs: Sequence[Sequence[str]], width: float, measure: Callable[[str], float],
             fit: Callable[[float], int] | None = None) -> list[str]:
    """The lines of `wrap_units` at `width`, evened out: wrapped again at the narrowest width
    that needs no more lines (found to 1/128 of the range in seven halvings), never so narrow
    that a unit (a word, a web address) has to be cut.

    `fit`, for text counted in ems, says how many characters fit in a width: the text is then
    wrapped by counting, once for each count, which spares most of the halvings' wraps. Measured
    text is wrapped again only at a width outside those its earlier wraps hold for (see wrap_span)."""
    done: dict = {}
    spans: list[tuple[float, float, list[str]]] = []  # measured: the widths each wrap holds for

    def wrapped(w: float) -> list[str]:
        if fit is None:
            found = next((lines for low, high, lines in spans if low <= w < high), None)
            if found is None:
                found, low, high = wrap_span(paragraphs, w, measure)
                spans.append((low, high, found))
            return found
        name = fit(w)
        if name not in done:
            done[name] = wrap_counted(paragraphs, name)
        return done[name]

    lines = wrapped(width)
    if len(lines) <= 1:
        return lines
    low, high = max(width / 2, min(width, widest_of(paragraphs, measure))), width
    for _ in range(7):
        mid = (low + high) / 2
        if len(wrapped(mid)) > len(lines):
            low = mid
        else:
            high = mid
    return list(wrapped(high))


def widest_unit(text: str, measure: Callable[[str], float], segment: Segment | None = None) -> float:
    """The width of the widest piece that must not be split (a word, an address, 字+mark)."""
    return widest_of(units_of(text, segment), measure)


def widest_of(paragraphs: Sequence[Sequence[str]], measure: Callable[[str], float]) -> float:
    """`widest_unit` for a text already split by `units_of`."""
    return max((measure(unit.strip()) for units in paragraphs for unit in units), default=0.0)
