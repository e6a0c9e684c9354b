"""Rules the whole project keeps: a pure core, fonts that cover the text, strings in data."""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.levels.model import ENDING_OUTCOMES, LEAK_KINDS, VERDICTS
from game.locale import Locale

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "assets" / "locale" / "zh_CN.yaml"
PURE_PACKAGES = ("game.levels", "game.play")


def data_text() -> str:
    files = sorted((ROOT / "levels").glob("*.yaml")) + sorted((ROOT / "assets" / "locale").glob("*.yaml"))
    return "".join(p.read_text(encoding="utf-8-sig") for p in files)


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_the_pure_core_never_imports_pygame(package):
    code = (f"import sys, importlib, pkgutil, {package} as p\n"
            f"for m in pkgutil.iter_modules(p.__path__): importlib.import_module('{package}.' + m.name)\n"
            "print('pygame' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


FONT_DIR = ROOT / "assets" / "fonts"
WEIGHTS = ["Regular", "Bold"]


def read_character_file(path: Path) -> str:
    """covered.txt and tools/data/tgh2013.txt: lines starting with '#' are comments,
    every character on any other line counts."""
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))


def glyph_lookup(weight: str):
    """A function telling which of some characters the font maps to a glyph. pygame.freetype,
    as pygame.font.Font.metrics gives the .notdef box's metrics for a missing character, not None."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame.freetype

    pygame.freetype.init()
    font = pygame.freetype.Font(str(FONT_DIR / f"NotoSansSC-{weight}.otf"), 16)
    return lambda chars: [m is not None for m in font.get_metrics("".join(chars))]


def missing_from_font(weight: str, chars) -> str:
    chars = sorted(set(chars))
    return "".join(c for c, present in zip(chars, glyph_lookup(weight)(chars)) if not present)


@pytest.mark.parametrize("weight", WEIGHTS)
def test_every_character_in_levels_and_locale_files_is_in_the_font(weight):
    characters = {c for c in data_text() if c.isprintable() and not c.isspace()}
    missing = missing_from_font(weight, characters)
    assert missing == "", f"run python tools/build_fonts.py; missing: {missing}"


def test_the_general_standard_chinese_characters_list_is_whole():
    table = read_character_file(ROOT / "tools" / "data" / "tgh2013.txt")
    assert len(table) == len(set(table)) == 8105
    assert {"玥", "喆", "一", "𬌗"} <= set(table)


@pytest.mark.parametrize("weight", WEIGHTS)
def test_every_character_of_the_general_standard_table_is_in_the_font(weight):
    """Any child's name a teacher types: the 8,105 characters of 通用规范汉字表 (2013)."""
    missing = missing_from_font(weight, read_character_file(ROOT / "tools" / "data" / "tgh2013.txt"))
    assert missing == "", f"run python tools/build_fonts.py; missing: {missing}"


@pytest.mark.parametrize("weight", WEIGHTS)
def test_covered_txt_lists_exactly_what_the_font_maps(weight):
    text = (FONT_DIR / "covered.txt").read_text(encoding="utf-8")
    listed = read_character_file(FONT_DIR / "covered.txt")
    assert len(listed) == len(set(listed)) and not any(c.isspace() for c in listed)
    spaces_line = next(line for line in text.splitlines() if line.startswith("# Whitespace"))
    spaces = {chr(int(code[2:], 16)) for code in re.findall(r"U\+[0-9A-F]{4,6}", spaces_line)}
    everything = [chr(c) for c in range(1, 0x110000) if not 0xD800 <= c < 0xE000]
    mapped = {c for c, present in zip(everything, glyph_lookup(weight)(everything)) if present}
    assert mapped == set(listed) | spaces, "run python tools/build_fonts.py"


def test_the_font_licence_ships_beside_the_fonts():
    licence = (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Noto" in licence


def _locale_keys_in_code() -> tuple[set[str], set[str]]:
    """Literal keys passed to the locale, and the prefixes of f-string keys."""
    literal, prefixes = set(), set()
    for path in (ROOT / "game").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in ("t", "locale"):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                literal.add(first.value)
            elif isinstance(first, ast.JoinedStr) and isinstance(first.values[0], ast.Constant):
                prefixes.add(first.values[0].value)
    return literal, prefixes


def test_every_locale_key_the_code_uses_exists():
    locale = Locale.load(LOCALE)
    literal, _ = _locale_keys_in_code()
    assert literal, "no locale keys found: the scan is broken"
    assert sorted(k for k in literal if not locale.has(k)) == []


def _settings_keys() -> tuple[str, ...]:
    """The settings screen's row names and the choice labels it builds from values."""
    from game.classroom.settings import LANGUAGES, TEXT_SIZES, TEXT_SPEEDS
    from game.scenes.settings import ROWS

    return ROWS + tuple(f"size_{v}" for v in TEXT_SIZES) + tuple(f"speed_{v}" for v in TEXT_SPEEDS) \
        + tuple(f"lang_{v}" for v in LANGUAGES)


def test_every_key_built_from_a_kind_exists_for_every_kind():
    locale = Locale.load(LOCALE)
    _, prefixes = _locale_keys_in_code()
    from game.kiosk.board import CATEGORIES

    kinds = {"leaks.": LEAK_KINDS, "harms.": LEAK_KINDS, "verdict.": VERDICTS, "ending.": ENDING_OUTCOMES,
             "kiosk.category_": CATEGORIES, "settings.": _settings_keys()}
    assert set(prefixes) <= set(kinds), f"a new f-string key prefix needs a rule here: {prefixes}"
    missing = [p + k for p in prefixes for k in kinds[p] if not locale.has(p + k)]
    assert missing == []


def test_no_chinese_text_is_written_in_the_code():
    """Player-facing text lives in data; docstrings and comments may name things in Chinese, and a
    pattern a check looks for in a level's text (an argument of re.compile) is no text a player sees."""
    han = re.compile(r"[\u4e00-\u9fff]")
    offenders = []
    for path in (ROOT / "game").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        patterns = {id(part) for node in ast.walk(tree) if isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute) and node.func.attr == "compile"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    for arg in node.args[:1] for part in ast.walk(arg)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and id(node) not in patterns and han.search(node.value)):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:30]}")
    assert offenders == []
