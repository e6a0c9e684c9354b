"""Problems found in a level file, located so an author can jump straight to them."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing an author should fix: `file:line:col: where: message`.

    `line` and `col` are 1-based; a line of 0 means the problem belongs to the
    whole file (it could not be read), and the position is left out.
    `where` is the path inside the level (`steps[4].options[1].next`), or "".
    An error keeps the level out of the game; a warning is printed and the level
    is still played.
    """

    file: str
    line: int
    col: int
    where: str
    message: str
    severity: str = ERROR

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}:{self.col}" if self.line > 0 else self.file
        message = f"warning: {self.message}" if self.severity == WARNING else self.message
        text = f"{place}: {self.where}: {message}" if self.where else f"{place}: {message}"
        return printable(text)

    @property
    def is_error(self) -> bool:
        return self.severity != WARNING

    @property
    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (self.file, self.line, self.col, self.where, self.message, self.severity)


# Characters never echoed raw to a terminal: controls (an escape sequence could recolour
# or rewrite the screen), invisible format and direction marks, halves of pairs, line
# separators, private-use and unassigned code points.
HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


def printable(text: str) -> str:
    """`text` with every hidden character written as \\uXXXX, safe to print anywhere."""
    if text.isprintable():
        return text
    return "".join(escaped(ch) if unicodedata.category(ch) in HIDDEN_CATEGORIES else ch for ch in text)


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in reading order, each reported once."""
    return sorted(set(problems), key=lambda p: p.sort_key)


class LevelError(Exception):
    """Raised where a caller needs a valid level (or asset list) and did not get one."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = [str(p) for p in self.problems] or ["unknown problem"]
        super().__init__("\n".join(lines))
