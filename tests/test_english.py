"""English: every menu string in assets/locale/en.yaml, level 1 and the quick-round sets
translated beside their files, all measured with the real font where the game shows them."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import LEVEL_1, LEVELS_DIR, REPO, run_python
from game.drive import perform
from game.levels import translate
from game.levels.library import LevelPack, Library
from game.levels.problems import errors
from game.locale import Locale
from game.pilot import Pilot

LOCALE = REPO / "assets" / "locale"
ZH = Locale.load(LOCALE / "zh_CN.yaml")
EN = Locale.load(LOCALE / "en.yaml")
QUICK_SETS = sorted(p for p in (LEVELS_DIR / "quick").glob("*.yaml") if not translate.is_translation(p))
TRANSLATED = [LEVEL_1] + QUICK_SETS


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", text))


def covered() -> str:
    lines = (REPO / "assets" / "fonts" / "covered.txt").read_text(encoding="utf-8").splitlines()
    return "".join(line for line in lines if not line.startswith("#"))


@pytest.fixture(scope="module")
def english_library():
    from game.fitkey import fit_checker

    return Library.open([LevelPack("", LEVELS_DIR)], REPO / "assets", extra_check=fit_checker(REPO / "assets", "en"),
                        lang="en")


@pytest.fixture
def english_app(tmp_path, shared_assets):
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, lang="en"), headless=True)
    app.assets = shared_assets
    return app


# -- the menu strings -----------------------------------------------------------------------------

def test_every_chinese_string_has_an_english_one():
    assert sorted(set(ZH.keys()) - set(EN.keys())) == []


def test_every_english_string_has_a_chinese_one():
    assert sorted(set(EN.keys()) - set(ZH.keys())) == []


def test_the_word_lists_are_in_both_languages():
    assert set(ZH._lists) == set(EN._lists) and all(len(ZH.words(k)) == len(EN.words(k)) for k in ZH._lists)


@pytest.mark.parametrize("key", sorted(ZH.keys()))
def test_an_english_string_fills_in_the_same_values(key):
    assert placeholders(EN(key)) == placeholders(ZH(key))


def test_the_phone_screens_own_words_are_in_both_languages():
    import yaml

    flat = lambda name: {f"{group}.{key}" for group, words in yaml.safe_load(  # noqa: E731
        (LOCALE / name).read_text(encoding="utf-8")).items() for key in (words or {})}
    assert flat("screens.en.yaml") == flat("screens.zh_CN.yaml")


def test_a_phone_screen_in_english_uses_english_words(english_app):
    from game.ui.screens.kit import words

    english_app.draw(force=True)  # the app dresses the (shared) assets in its language as it draws
    assert words(str(english_app.assets.root), english_app.assets.lang)["pay.to"] == "Pay to"


def test_the_font_has_every_character_of_the_english_strings():
    font = covered()
    missing = {ch for key in EN.keys() for ch in EN(key) if not ch.isspace() and ch not in font}
    assert not missing


def test_the_shipped_font_covers_latin():
    assert set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,;:!?'’“”-—…()%/") <= set(covered())


# -- level 1 and the quick round --------------------------------------------------------------------

def test_level_1_in_english_passes_every_check_with_the_real_font(english_library):
    result = next(r for r in english_library.results if r.level_id == "prize-toy")
    assert result.level is not None and result.problems == [], "\n".join(map(str, result.problems))


def test_level_1_reads_in_english(english_library):
    level = english_library.level("prize-toy")
    assert (level.title, level.steps[1].prompt) == ("A free toy?", "What will Xiaoqing do?")


def test_the_story_of_level_1_is_the_same_in_both_languages(english_library, level1):
    english = english_library.level("prize-toy")
    shape = lambda lv: [(s.id, s.type, [(o.id, o.verdict, o.points, o.next) for o in s.options]) for s in lv.steps]  # noqa: E731
    assert shape(english) == shape(level1)


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.name)
def test_every_text_a_player_reads_is_translated(path):
    assert translate.untranslated(translate.texts_of(path), translate.beside(path, "en")) == [] or \
        all(re.fullmatch(r"[0-9 +x]+", text) for _, text in
            translate.untranslated(translate.texts_of(path), translate.beside(path, "en")))


@pytest.mark.parametrize("path", QUICK_SETS, ids=lambda p: p.name)
def test_the_quick_round_sets_in_english_fit_the_phone(path, shared_assets):
    import pygame

    from game.levels.quick import load_folder
    from game.scenes.quick_round import QuickFit

    pygame.font.init()
    results = load_folder(path.parent, REPO / "assets", fit=QuickFit(shared_assets, EN), lang="en")
    result = next(r for r in results if Path(r.path).name == path.name)
    assert result.item_set is not None and result.problems == [], "\n".join(map(str, result.problems))
    assert not re.search(r"[\u4e00-\u9fff]", result.item_set.title)


def test_validate_checks_the_english_of_the_levels(tmp_path):
    result = run_python(["-m", "game", "validate", "--lang", "en", "levels"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stdout + result.stderr  # (a translation older than its level warns)


def test_every_shipped_level_has_its_english_beside_it():
    levels = [p for p in (REPO / "levels").glob("[0-9]*.yaml") if not translate.is_translation(p)]
    assert len(levels) >= 13 and [p.name for p in levels if not p.with_suffix(".en.yaml").is_file()] == []


def test_translations_are_never_read_as_levels(english_library):
    assert not any(translate.is_translation(r.path) for r in english_library.results)


def test_a_level_without_a_translation_stays_chinese(tmp_path):
    shutil.copy(LEVEL_1, tmp_path / "01_prize_toy.yaml")  # its translation left behind
    assert english_result(tmp_path).level.title == "免费领玩具？"


# -- a translation's problems, at its own lines ------------------------------------------------------

def copy_level_1(tmp_path: Path, translation: str) -> Path:
    shutil.copy(LEVEL_1, tmp_path / "01_prize_toy.yaml")
    (tmp_path / "01_prize_toy.en.yaml").write_text(translation, encoding="utf-8")
    return tmp_path


def english_result(folder: Path):
    from game.levels.catalog import Catalog

    library = Library.open([LevelPack("", folder)], REPO / "assets", catalog=Catalog.from_assets(REPO / "assets"),
                           lang="en")
    return library.results[0]


def test_a_path_that_leads_nowhere_is_reported_at_the_translations_line(tmp_path):
    result = english_result(copy_level_1(tmp_path, 'title: "A free toy?"\nsteps[1].promt: "What now?"\n'))
    problem = errors(result.problems)[0]
    assert (Path(problem.file).name, problem.line, problem.where) == ("01_prize_toy.en.yaml", 2, "steps[1].promt")
    assert "did you mean 'steps[1].prompt'" in problem.message and result.level is None


def test_a_translation_cannot_change_the_story(tmp_path):
    result = english_result(copy_level_1(tmp_path, "steps[1].options[0].verdict: safe\n"))
    assert "not a text a player reads" in errors(result.problems)[0].message


def test_a_yes_in_a_translation_must_be_quoted(tmp_path):
    result = english_result(copy_level_1(tmp_path, "steps[1].options[0].label: yes\n"))
    problem = errors(result.problems)[0]
    assert "quotes" in problem.message and problem.line == 1


def test_english_is_measured_by_the_font_not_counted(tmp_path):
    long_title = "A free toy? Tap it!"  # longer than the 12 characters a Chinese title may have
    result = english_result(copy_level_1(tmp_path, f'title: "{long_title}"\n'))
    assert result.level is not None and result.level.title == long_title


def test_a_translation_of_an_older_version_of_the_level_is_a_warning(tmp_path):
    shipped = translate.path_for(LEVEL_1, "en").read_text(encoding="utf-8")
    folder = copy_level_1(tmp_path, shipped)
    level = folder / "01_prize_toy.yaml"
    level.write_text(level.read_text(encoding="utf-8").replace("周末晚上", "星期六晚上"), encoding="utf-8")
    result = english_result(folder)
    assert result.level is not None
    assert [(p.severity, p.where) for p in result.problems] == [("warning", translate.SOURCE_KEY)]
    assert f"{translate.SOURCE_KEY}: {translate.fingerprint(translate.texts_of(level))}" in result.problems[0].message


def test_the_shipped_translations_were_made_from_the_levels_as_they_are(english_library):
    stale = [p for r in english_library.results for p in r.problems if p.where == translate.SOURCE_KEY]
    assert not stale, "\n".join(map(str, stale))


def test_the_translate_command_lists_what_is_not_translated(tmp_path):
    folder = copy_level_1(tmp_path, 'title: "A free toy?"\n')
    result = run_python(["-m", "game", "translate", str(folder / "01_prize_toy.yaml"), "--lang", "en"], tmp_path)
    assert result.returncode == 0 and 'steps[1].prompt: "吴小清会怎么做？"' in result.stdout
    assert "\ntitle:" not in result.stdout


# -- the game in English ---------------------------------------------------------------------------------

def test_lang_en_starts_the_game_in_english(english_app):
    pilot = Pilot(english_app)
    english_app.routes.home()
    english_app.stack.apply()
    assert [label for _, label in pilot.buttons()][:3] == ["Start", "Real or fake?", "Review mistakes"]


def test_the_language_setting_switches_the_game_at_once(app):
    pilot = Pilot(app)
    app.routes.go("settings")
    app.stack.apply()
    pilot.settle()
    perform(app, pilot, "tap:English")
    assert (app.lang, app.level_by_id("prize-toy").title, pilot.buttons()[-1][1]) == ("en", "A free toy?", "Back")


def test_the_window_is_named_in_english(english_app):
    import pygame

    assert pygame.display.get_caption()[0] == EN("game.title")


# What the layout check reports that is about text fitting (not the sizes the design chose).
FITTING = ("outside its box", "off screen", "overlap", "text over text", "word split", "line starts with",
           "covers what must stay visible")


def english_screens(app):
    """Every screen of the menus, the picker, the settings and level 1 (in the app's language), in turn."""
    screenshot = pytest.importorskip("game.screenshot")
    from conftest import load_shipped

    yield from screenshot.menu_screens(app)
    for route, args in (("profiles", {}), ("profiles", {"page": "nicknames"}), ("settings", {}),
                        ("quick", {"set_id": "set-a"})):
        app.routes.go(route, **args)
        app.stack.apply()
        Pilot(app).settle()
        yield f"{route}{args}"
    level = app.level_by_id("prize-toy")
    yield from screenshot.level_screens(app, level)
    assert load_shipped(LEVEL_1).id == level.id


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1280, 1024)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_english_string_fits_its_box(tmp_path, size):
    """The layout check (no text outside its box or the screen, no overlaps) on every English screen."""
    screenshot = pytest.importorskip("game.screenshot")
    if not hasattr(screenshot, "record_layout"):
        pytest.skip("the layout recorder is not here")
    from game.app import App, Settings
    from game.fitcheck import _LayoutOnly

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, lang="en", size=size), headless=True)
    app.assets = _LayoutOnly(REPO / "assets")
    problems = []
    for name in english_screens(app):
        problems += [f"{name}: {p}" for p in screenshot.record_layout(app).problems() if p.startswith(FITTING)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
