"""Checks on the characters of a level's texts: what a player would see as nothing or as □.

A text can look fine in an editor and still go wrong on screen: only spaces or
zero-width characters (a blank button), control and format characters (invisible,
or turning text around: bidi marks), characters the shipped font does not have
(drawn as □), and ASCII quotes in Chinese text. Each finding is a sentence an
author can act on; characters are named by their code point, never echoed raw.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from .problems import ERROR, WARNING, escaped
from .yamlsource import utf8_sig

COVERED_FILE = Path("fonts") / "covered.txt"

# Right-to-left and isolate marks: they can make a text read differently from how it shows.
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
_ASCII_QUOTED = re.compile('"([^"\n]*)"')
_MAX_NAMED = 3  # characters named in one message

Finding = tuple[str, str]  # (message, severity)
BLANK: Finding = ("is blank (only spaces or invisible characters); write the text that should show here", ERROR)


def check_text(value: str, covered: frozenset[str] | None = None) -> list[Finding]:
    """What is wrong with one text a player will see; [] when nothing is."""
    if not value:
        return []
    if '"' not in value and value.replace("\n", "").isprintable() and (covered is None or covered.issuperset(value)):
        # The usual case, seen without a look at each character: nothing hidden is printable, so
        # the text is blank only when it is all spaces (and line breaks).
        return [BLANK] if value.isspace() else []
    if is_blank(value):
        return [BLANK]
    findings: list[Finding] = []
    chars = dict.fromkeys(value)
    hidden = [ch for ch in chars if _is_hidden(ch)]
    bidi = [ch for ch in hidden if ch in BIDI]
    other = [ch for ch in hidden if ch not in BIDI]
    if bidi:
        findings.append((f"contains the direction mark {_list(bidi)}, which can make the text read "
                         "differently from how it shows; delete it (retype the text)", ERROR))
    if other:
        findings.append((f"contains the invisible character {_list(other)}; delete it (retype the text)", ERROR))
    if covered is not None:
        missing = [ch for ch in chars if ch not in covered and not ch.isspace() and not _is_hidden(ch)]
        if missing:
            findings.append((_missing_message(missing), ERROR))
    if '"' in value and _CJK.search(value):
        quoted = _ASCII_QUOTED.search(value)
        offer = f"“{quoted.group(1)}”" if quoted else "“…”"
        findings.append((f'uses ASCII double quotes " in Chinese text; write Chinese quotes instead: {offer}',
                         WARNING))
    return findings


def only_blank_possible(values: list[str], covered: frozenset[str] | None = None) -> bool:
    """Whether no text of `values` can have a finding but being blank (all spaces), seen in one
    look at all of them: no ASCII quote, nothing hidden, every character in the font. (Line
    breaks and spaces are neither hidden nor drawn.) Then `check_text` finds in each only that."""
    joined = "".join(values)
    if '"' in joined:
        return False
    joined = joined.replace("\n", "")
    return joined.isprintable() and (covered is None or covered.issuperset(joined.replace(" ", "")))


def is_blank(value: str) -> bool:
    """True for a text with nothing visible in it (spaces, zero-width and control characters only)."""
    return all(ch.isspace() or unicodedata.category(ch) in _INVISIBLE for ch in value)


def _is_hidden(ch: str) -> bool:
    return ch != "\n" and unicodedata.category(ch) in _INVISIBLE


def _name(ch: str) -> str:
    kinds = {"Cc": "a control character", "Cs": "half of a surrogate pair", "Co": "a private-use character"}
    return unicodedata.name(ch, "") or kinds.get(unicodedata.category(ch), "an unnamed character")


def _list(chars: list[str]) -> str:
    named = ", ".join(f"{escaped(ch)} ({_name(ch)})" for ch in chars[:_MAX_NAMED])
    return named + (f" and {len(chars) - _MAX_NAMED} more" if len(chars) > _MAX_NAMED else "")


def _shown(ch: str) -> str:
    code = f"U+{ord(ch):04X}"
    return f"'{ch}' ({code})" if ch.isprintable() else f"{code} ({_name(ch)})"


def _missing_message(missing: list[str]) -> str:
    shown = ", ".join(_shown(ch) for ch in missing[:_MAX_NAMED])
    if len(missing) > _MAX_NAMED:
        shown += f" and {len(missing) - _MAX_NAMED} more"
    verb = "is" if len(missing) == 1 else "are"
    if all(_is_emoji(ch) for ch in missing):
        return (f"{shown} {verb} not in the game's font and would show as □; emoji cannot be shown, "
                "write it in words")
    return (f"{shown} {verb} not in the game's font and would show as □; run python tools/build_fonts.py "
            "to add it, or use another character")


def _is_emoji(ch: str) -> bool:
    return ord(ch) >= 0x1F000 or unicodedata.category(ch) == "So" and 0x2600 <= ord(ch) <= 0x27BF


def read_coverage(assets_dir: str | Path) -> frozenset[str] | None:
    """The characters the shipped font can show, from `fonts/covered.txt` (written by
    tools/build_fonts.py); None when the file is missing or unreadable (then the
    check is left to the real-font check, which asks the font itself)."""
    try:  # (as read_text(encoding="utf-8-sig"): its line breaks, each \r\n or \r, read as \n)
        text = utf8_sig((Path(assets_dir) / COVERED_FILE).read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    except (OSError, UnicodeDecodeError):
        return None
    return frozenset("".join(line for line in text.split("\n") if not line.startswith("#")))


def coverage_fingerprint(covered: frozenset[str] | None) -> str:
    if covered is None:
        return "none"
    return hashlib.sha256("".join(sorted(covered)).encode("utf-8", "surrogatepass")).hexdigest()[:16]
