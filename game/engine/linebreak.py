"""Chinese line breaking (pure; measuring and word segmentation are passed in).

Lines break between words, given by `segment` (a paragraph → the pieces that must
stay whole; see game.engine.words), and never so that a line starts with a
closing mark (，。！？ and the like) or ends with an opening one (“「《 …). A run
of Latin letters or digits (a web address, a phone number) stays whole too. Only
a piece wider than the whole line is cut. Without `segment`, or when it returns
None, lines may break between any two 汉字 (the rules on marks still hold).
"""
from __future__ import annotations

from itertools import chain
from typing import Callable, Sequence

Segment = Callable[[str], "list[str] | None"]

CJK_CLOSING = set("，。！？、；：”’」』）》〉】〕…—·～")
NO_LINE_START = CJK_CLOSING | set(",.!?;:)]}%-/")
NO_LINE_END = set("“‘「『（《〈【〔([{")
_NO_START = "".join(NO_LINE_START)
_WORD_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@#&+=*'\"$￥")
_SEPARATORS = frozenset(".:/-%")  # inside a Latin or digit run, between two of its word characters


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


def _joined(text: str, pieces: list[str]) -> list[str]:
    """The atoms of `text` (see _atoms) joined where they lie inside one of `pieces`, pieces that
    make up `text` (a word stays whole), without making the atoms: every atom but a Latin or
    digit run is one character, so the pieces are joined only across the ends inside a run."""
    words, separators = _WORD_CHARS, _SEPARATORS
    n = len(text)

    def in_run(i: int) -> bool:  # (whether the character at i belongs to such a run: see _atoms)
        ch = text[i]
        return ch in words or ch in separators and 0 < i < n - 1 and text[i - 1] in words and text[i + 1] in words

    joined: list[str] = []
    at = 0
    for piece in pieces:
        if not piece:
            continue
        if joined and in_run(at - 1) and in_run(at):
            joined[-1] += piece  # the piece starts inside a run: no break here
        else:
            joined.append(piece)
        at += len(piece)
    return joined


def _units(text: str, segment: Segment | None = None) -> list[str]:
    """Split a paragraph into units that must stay on one line."""
    pieces = segment(text) if segment and text else None
    raw = _joined(text, pieces) if pieces and "".join(pieces) == text else _atoms(text)
    units: list[str] = []
    carry = ""  # opening marks wait for the unit after them
    quotes = 0  # straight quotes (") alternate: the first opens, the next closes
    for unit in raw:
        if unit == '"':
            quotes += 1
            if quotes % 2:  # opening
                carry += unit
                continue
            if units and not carry:  # closing
                units[-1] += unit
                continue
        elif unit in NO_LINE_END:  # opening
            carry += unit
            continue
        elif not carry and units and unit[0] in NO_LINE_START:  # closing
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
            w = measure((line + unit).rstrip())  # (`fits`, inlined on the way every unit takes)
            if w <= width:
                if w > low:
                    low = w
                line += unit
                continue
            if w < high:
                high = w
            core = unit.strip().rstrip(_NO_START)
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
        n = 0  # its length
        for unit in units:
            k = len(unit)
            if n + k <= fit:
                line += unit
                n += k
                continue
            if k > fit:
                if len(unit.rstrip(_NO_START)) <= fit:  # it hangs its closing mark past the edge
                    if line:
                        lines.append(line)
                    line, n = unit, k
                    continue
                for ch in unit:  # cut by characters
                    if line and n + 1 > fit and ch not in CJK_CLOSING:
                        lines.append(line)
                        line, n = "", 0
                    line += ch
                    n += 1
                continue
            if line:
                lines.append(line)
            line, n = unit, k
        lines.append(line)
    return lines


def lines_counted(paragraphs: Sequence[Sequence[str]], fit: int) -> int:
    """How many lines `wrap_counted` makes (the same steps, counting lengths, making no lines)."""
    count = 0
    for units in paragraphs:
        line = 0  # the length of the line so far
        for unit in units:
            n = len(unit)
            if line + n <= fit:
                line += n
                continue
            if n > fit:
                if len(unit.rstrip(_NO_START)) <= fit:
                    if line:
                        count += 1
                    line = n
                    continue
                for ch in unit:
                    if line and line + 1 > fit and ch not in CJK_CLOSING:
                        count += 1
                        line = 0
                    line += 1
                continue
            if line:
                count += 1
            line = n
        count += 1
    return count


def balanced(paragraphs: Sequence[Sequence[str]], width: float, measure: Callable[[str], float],
             fit: Callable[[float], int] | None = None) -> list[str]:
    """The lines of `wrap_units` at `width`, evened out: wrapped again at the narrowest width
    that needs no more lines (found to 1/128 of the range in seven halvings), never so narrow
    that a unit (a word, a web address) has to be cut.

    `fit`, for text counted in ems, says how many characters fit in a width: the text is then
    wrapped by counting, once for each count (see also `balanced_counted`). Measured text is
    wrapped again only at a width outside those its earlier wraps hold for (see wrap_span)."""
    done: dict = {}
    spans: list[tuple[float, float, list[str]]] = []  # measured: the widths each wrap holds for

    def wrapped(w: float) -> list[str]:
        if fit is not None:
            name = fit(w)
            if name not in done:
                done[name] = wrap_counted(paragraphs, name)
            return done[name]
        for low, high, found in spans:
            if low <= w < high:
                return found
        found, low, high = wrap_span(paragraphs, w, measure)
        spans.append((low, high, found))
        return found

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


def counted_fit(w: float, size: float, px: int) -> int:
    """How many characters of text counted in ems fit in a width `w` (logical units), the text
    at `size` measured as `px` whole pixels a character (see game.engine.textlayout._measures)."""
    count = int(w / size) + 1
    while count > 0 and count * px * size / px > w:
        count -= 1
    return count


def balanced_counted(paragraphs: Sequence[Sequence[str]], width: float, size: float, px: int) -> list[str]:
    """`balanced` for text counted in ems (characters all one em wide, none a space) at `size`,
    `px` pixels a character: a piece is as wide as `len(piece) * px * size / px`. The same
    halvings, but each only counts the lines its count of characters makes; lines are made once."""
    first = counted_fit(width, size, px)
    count = lines_counted(paragraphs, first)
    if count <= 1:
        return wrap_counted(paragraphs, first)
    longest = max(chain.from_iterable(paragraphs), key=len, default=None)
    widest = len(longest) * px * size / px if longest is not None else 0.0
    counts = {first: count}
    low, high = max(width / 2, min(width, widest)), width
    for _ in range(7):
        mid = (low + high) / 2
        fit = int(mid / size) + 1  # (counted_fit, inlined)
        while fit > 0 and fit * px * size / px > mid:
            fit -= 1
        found = counts.get(fit)
        if found is None:
            found = counts[fit] = lines_counted(paragraphs, fit)
        if found > count:
            low = mid
        else:
            high = mid
    return wrap_counted(paragraphs, counted_fit(high, size, px))


def widest_unit(text: str, measure: Callable[[str], float], segment: Segment | None = None) -> float:
    """The width of the widest piece that must not be split (a word, an address, 字+mark)."""
    return widest_of(units_of(text, segment), measure)


def widest_of(paragraphs: Sequence[Sequence[str]], measure: Callable[[str], float]) -> float:
    """`widest_unit` for a text already split by `units_of`."""
    return max((measure(unit.strip()) for units in paragraphs for unit in units), default=0.0)
