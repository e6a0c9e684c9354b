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


def test_the_level_readme_lists_every_character_and_background_an_author_can_use():
    import yaml

    readme = (ROOT / "levels" / "README.md").read_text(encoding="utf-8")
    characters = yaml.safe_load((ROOT / "assets" / "art" / "characters.yaml").read_text(encoding="utf-8"))
    backgrounds = [p.stem for p in (ROOT / "assets" / "art" / "backgrounds").glob("*.svg")]
    missing = [name for name in list(characters) + backgrounds if f"`{name}`" not in readme]
    assert missing == []


def test_the_project_docs_never_point_outside_the_repository():
    for doc in (ROOT / "README.md", ROOT / "levels" / "README.md"):
        text = doc.read_text(encoding="utf-8")
        assert "../shared" not in text and "../../" not in text, doc
