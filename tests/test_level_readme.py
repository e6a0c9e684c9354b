"""levels/README.md stays true: its complete example is a valid level."""
from __future__ import annotations

import re
from pathlib import Path

from game.levels.catalog import Catalog
from game.levels.loader import load_level

ROOT = Path(__file__).resolve().parent.parent


def test_the_complete_example_in_the_level_readme_loads_without_problems(tmp_path):
    readme = (ROOT / "levels" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A complete level", 1)[1]
    example = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    path = tmp_path / "99_example.yaml"
    path.write_text(example, encoding="utf-8")
    result = load_level(path, Catalog.from_assets(ROOT / "assets"))
    assert [str(p) for p in result.problems] == []
    assert [s.type for s in result.level.steps] == ["panel", "redflags", "decision", "branch", "ending", "ending"]
