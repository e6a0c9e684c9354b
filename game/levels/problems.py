"""Problems found in a level file, located so an author can jump straight to them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing an author must fix: `file:line:col: where: message`.

    `line` and `col` are 1-based; a line of 0 means the problem belongs to the
    whole file (it could not be read), and the position is left out.
    `where` is the path inside the level (`steps[4].options[1].next`), or "".
    """

    file: str
    line: int
    col: int
    where: str
    message: str

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}:{self.col}" if self.line > 0 else self.file
        if self.where:
            return f"{place}: {self.where}: {self.message}"
        return f"{place}: {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line, self.col, self.where, self.message)


def sorted_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in reading order, each reported once."""
    return sorted(set(problems), key=lambda p: p.sort_key)


class LevelError(Exception):
    """Raised where a caller needs a valid level (or asset list) and did not get one."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        lines = [str(p) for p in self.problems] or ["unknown problem"]
        super().__init__("\n".join(lines))
