"""English as it is drawn: no Chinese punctuation in the English texts (the CJK font draws “ ” 、 …
full-width, leaving gaps and a stray indent at a line's start), counts that read right for 1, and
the English texts that used to run out of their frames kept inside them: the 真还是假 results card's
notes and messages, and the hunt's "This part is fine. Keep looking." note.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import REPO
from game.engine.layoutlog import LayoutLog
from game.fitcheck import _LayoutOnly
from game.pilot import Pilot
from game.screenshot import quick_screens, record_layout

LOCALE = REPO / "assets" / "locale"
ENGLISH_FILES = sorted([LOCALE / "en.yaml", LOCALE / "screens.en.yaml"] + list((REPO / "levels").glob("*.en.yaml"))
                       + list((REPO / "levels" / "quick").glob("*.en.yaml")))
# Full-width marks a Chinese text uses; in English they are drawn full-width by the CJK font.
CHINESE_MARKS = "“”‘’、，。：；！？（）《》【】…×"
ALL_SIZES = [(1280, 720), (1920, 1080), (1024, 768), (1280, 1024), (1024, 600), (1366, 768)]
FITTING = ("outside its box", "off screen", "overlap", "text over text")


def size_id(size) -> str:
    return f"{size[0]}x{size[1]}"


def texts_of(data, path: str = ""):
    """Every string of a YAML document, with where it is."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from texts_of(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from texts_of(value, f"{path}[{i}]")
    elif isinstance(data, str):
        yield path, data


def english_texts():
    for path in ENGLISH_FILES:
        for where, text in texts_of(yaml.safe_load(path.read_text(encoding="utf-8"))):
            if where == "translated_from" or where.startswith("settings.lang_zh"):
                continue  # (a version, and the name of Chinese written in Chinese)
            yield f"{path.relative_to(REPO)}: {where}", text


# -- the words -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ENGLISH_FILES, ids=lambda p: p.name)
def test_no_english_text_has_chinese_punctuation(path):
    found = [f"{where}: {text!r}" for where, text in english_texts()
             if where.startswith(str(path.relative_to(REPO))) and set(text) & set(CHINESE_MARKS)]
    assert found == []


def test_there_are_english_texts_to_check():
    assert len(list(english_texts())) > 300


def test_no_english_string_counts_in_times_or_doubles_its_punctuation():
    """'Finished 1 times' and 'Real or fake?: before and after' read wrong: a count goes after a colon
    ('Finished: 1'), and a question mark ends its own phrase."""
    counted = [f"{where}: {text!r}" for where, text in english_texts() if re.search(r"\{\w+\} times", text)]
    doubled = [f"{where}: {text!r}" for where, text in english_texts() if re.search(r"[?!.][:;,]", text)]
    assert (counted, doubled) == ([], [])


def test_english_joins_a_list_with_a_comma():
    from game.locale import Locale

    assert Locale.load(LOCALE / "en.yaml")("game.list_separator") == ", "


# -- where they are drawn ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def layout_assets():
    return _LayoutOnly(REPO / "assets")


def english_app(tmp_path, assets, size, lang="en"):
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, lang=lang, size=size), headless=True)
    app.assets = assets
    app.apply_preferences(app.prefs, save=False)  # (the text size and language on the assets it draws with)
    return app


def results_log(app, set_id: str) -> LayoutLog:
    for name in quick_screens(app, set_id):
        if name == "quick_results":
            return record_layout(app)
    raise AssertionError("no results screen")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("size", ALL_SIZES, ids=size_id)
def test_the_quick_results_texts_stay_in_their_cards(tmp_path, layout_assets, size, lang):
    """A round with a mistake of each kind (its notes beside the last two items, two messages): every
    text of the results is drawn in a card and stays in it, on every screen size, in both languages."""
    app = english_app(tmp_path, layout_assets, size, lang)
    log = results_log(app, "set-a")
    problems = [p for p in log.problems() if p.startswith(FITTING)]
    t = app.locale
    notes = {t("quick.note_risky"), t("quick.note_too_suspicious")}
    drawn = {e.source for e in log.entries if e.kind == "text"}
    heading = f"{t('quick.heading')} · {t('quick.results')}"
    loose = [e.source for i, e in enumerate(log.entries) if e.kind == "text" and e.source != heading
             and not log.ancestors(i)]
    assert (problems, notes <= drawn, loose) == ([], True, [])


@pytest.mark.parametrize("size", [(1024, 600), (1280, 1024)], ids=size_id)
def test_a_note_longer_than_its_room_wraps_in_the_card(tmp_path, layout_assets, size):
    """Where a translation's note is wider than the room beside the tag, it takes two lines, in the card."""
    app = english_app(tmp_path, layout_assets, size)
    app.locale._strings["quick.note_too_suspicious"] = 'You said "fake", but it was real: too suspicious'
    log = results_log(app, "set-a")
    note = [e for e in log.entries if e.kind == "text" and e.source.startswith('You said "fake", but')]
    assert [len(e.lines) for e in note] == [2]
    assert [p for p in log.problems() if p.startswith(FITTING)] == []


def innocent_tap(app):
    """Level 1: on to its first hunt, and a tap on a part of the page that is no clue."""
    from game.autoplay import part_id
    from game.scenes.comic import ComicScene

    pilot = Pilot(app)
    comic = ComicScene(app, app.level_by_id("prize-toy"))
    app.start(comic)
    pilot.settle()
    while comic.shown.type != "redflags":
        if app.stack.top is not comic:
            pilot.click("close")
        elif comic.shown.type == "decision":
            pilot.click(f"option:{comic.shown.options[0].id}")
        else:
            pilot.click("continue")
        pilot.settle()
    clues = {part_id(comic.level, c) for c in comic.shown.clues}
    pilot.click(next(t for t in pilot.targets() if t.startswith("part:") and t not in clues))
    pilot.frames(2)
    assert comic.toast == app.locale("comic.hunt_innocent")
    return comic


@pytest.mark.parametrize("text_size", ["normal", "larger"])
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1024, 768), (1280, 1024), (1366, 768)], ids=size_id)
def test_the_hunts_note_stays_in_its_frame_in_english(tmp_path, layout_assets, size, text_size):
    app = english_app(tmp_path, layout_assets, size)
    app.apply_preferences(app.prefs.changed("text_size", text_size), save=False)
    try:
        comic = innocent_tap(app)
        log = record_layout(app)
    finally:
        app.apply_preferences(app.prefs.changed("text_size", "normal"), save=False)
    note = [i for i, e in enumerate(log.entries) if e.kind == "text" and e.source == comic.toast]
    frames = [log.entries[p].role for i in note for p in log.ancestors(i)]
    about_it = [p for p in log.problems() if "toast" in p]
    assert (len(note), frames, about_it) == (1, ["toast"], [])
