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


@pytest.mark.parametrize("weight", ["Regular", "Bold"])
def test_every_character_in_levels_and_locale_files_is_in_the_font(weight):
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    pygame.font.init()
    font = pygame.font.Font(str(ROOT / "assets" / "fonts" / f"NotoSansSC-{weight}.otf"), 24)
    characters = sorted({c for c in data_text() if c.isprintable() and not c.isspace()})
    missing = [c for c, m in zip(characters, font.metrics("".join(characters))) if m is None]
    assert missing == [], f"run python tools/build_fonts.py; missing: {''.join(missing)}"


def test_the_font_licence_ships_beside_the_fonts():
    licence = (ROOT / "assets" / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence


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


def test_every_key_built_from_a_kind_exists_for_every_kind():
    locale = Locale.load(LOCALE)
    _, prefixes = _locale_keys_in_code()
    kinds = {"leaks.": LEAK_KINDS, "harms.": LEAK_KINDS, "verdict.": VERDICTS, "ending.": ENDING_OUTCOMES}
    assert set(prefixes) <= set(kinds), f"a new f-string key prefix needs a rule here: {prefixes}"
    missing = [p + k for p in prefixes for k in kinds[p] if not locale.has(p + k)]
    assert missing == []


def test_no_chinese_text_is_written_in_the_code():
    """Player-facing text lives in data; docstrings and comments may name things in Chinese."""
    han = re.compile(r"[\u4e00-\u9fff]")
    offenders = []
    for path in (ROOT / "game").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and han.search(node.value)):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:30]}")
    assert offenders == []
