"""Every screen of every shipped level and of the 真还是假 round lays out cleanly at the five
window sizes classrooms and kiosks have: 1280x720, 1366x768, 1920x1080 (16:9), 1024x768 (4:3)
and 1280x1024 (5:4).

Each screen is drawn once with the layout recorder attached (the same one
`python -m game screenshot --layout` uses) and its entries are checked by
`game.engine.layoutlog`: no two text boxes of a layer overlap, no text leaves its
box or the screen, no line starts with a closing mark, no word is split across
lines, no text is smaller than its minimum (README: "The layout check"), 锡小朗's
card and callouts leave the clue, the chosen answer, a changed leak meter and the
faces visible, leader lines cross nothing, and 锡小朗 stands whole with the tail at
his mouth.

To stay quick, one App is made per window size and reused, with reduced motion,
and art is drawn as blank sheets (what is checked never depends on the pictures).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import apps_by_size

from game.levels.translate import is_translation  # a level's translation is read with it
from game.engine.viewport import Viewport
from game.fitcheck import _LayoutOnly
from game.screenshot import level_screens, menu_screens, quick_screens, record_layout

REPO = Path(__file__).resolve().parent.parent
LEVEL_FILES = sorted(p for p in (REPO / "levels").glob("*.yaml") if not is_translation(p))
SIZES = [(1280, 720), (1366, 768), (1920, 1080), (1024, 768), (1280, 1024)]


def size_id(size) -> str:
    return f"{size[0]}x{size[1]}"


@pytest.fixture(scope="module")
def apps(tmp_path_factory):
    """One headless App per window size, made when first asked for and kept for the module."""
    return apps_by_size(tmp_path_factory, _LayoutOnly(REPO / "assets"), "layout")


def overlap(a, b, margin: float = 2) -> bool:
    """Whether two rects (x, y, w, h) share more than `margin` pixels across and down."""
    return min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > margin and \
        min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]) > margin


def quick_feedback_logs(app, set_id: str = "set-a"):
    """(name, layout log) of each of 锡小朗's cards of a quick-round set, as the screenshots take them."""
    for name in quick_screens(app, set_id):
        if "__" in name:
            yield name, record_layout(app)


def problems_on(app, names) -> list[str]:
    found = []
    for name in names:
        for problem in record_layout(app).problems():
            found.append(f"{name}: {problem}")
    return found


@pytest.mark.parametrize("path", LEVEL_FILES, ids=[p.stem for p in LEVEL_FILES])
@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_every_screen_of_the_level_lays_out_cleanly(apps, size, path):
    app = apps(size)
    result = next(r for r in app.level_results if Path(r.path).resolve() == path.resolve())
    assert result.level is not None, "\n".join(str(p) for p in result.problems)
    problems = problems_on(app, level_screens(app, result.level))
    assert not problems, f"{len(problems)} layout problems at {size_id(size)}:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def english_apps(tmp_path_factory):
    return apps_by_size(tmp_path_factory, _LayoutOnly(REPO / "assets"), "layout-en", lang="en")


@pytest.mark.parametrize("path", LEVEL_FILES, ids=[p.stem for p in LEVEL_FILES])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=size_id)
def test_every_screen_of_the_level_in_english_lays_out_cleanly(english_apps, size, path):
    """Every shipped level has its English beside it (levels/NN_slug.en.yaml): read in English, it
    lays out as cleanly as in Chinese, at the commonest 16:9 and 4:3 sizes."""
    app = english_apps(size)
    result = next(r for r in app.level_results if Path(r.path).resolve() == path.resolve())
    assert result.level is not None, "\n".join(str(p) for p in result.problems)
    assert not any("\u4e00" <= c <= "\u9fff" for c in result.level.title)  # (read in English)
    problems = problems_on(app, level_screens(app, result.level))
    assert not problems, f"{len(problems)} layout problems at {size_id(size)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("set_id, size", [("set-a", size) for size in SIZES] + [("set-b", (1024, 768))],
                         ids=lambda v: v if isinstance(v, str) else size_id(v))
def test_every_screen_of_the_quick_round_lays_out_cleanly(apps, set_id, size):
    """真还是假: each item, 锡小朗's card after either answer, and the results."""
    app = apps(size)
    problems = problems_on(app, quick_screens(app, set_id))
    assert not problems, f"{len(problems)} layout problems at {size_id(size)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=size_id)
def test_the_quick_rounds_feedback_leaves_its_caption_and_count_in_view(apps, size):
    """锡小朗, his card and the callouts keep off the top bar's words and the caption above the
    phone (what the screen is about): the text drawn beneath the veil that is not the phone's."""
    covered = []
    for name, log in quick_feedback_logs(apps(size)):
        beneath = [e for e in log.entries if e.kind == "text" and e.layer == 0 and e.role == "text"]
        over = [e for e in log.entries if e.kind == "box" and e.layer > 0
                and e.role in ("card", "guide", "character", "callout")]
        covered += [f"{name}: {t.source} under {o.role}" for t in beneath for o in over if overlap(t.rect, o.rect)]
    assert covered == []


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)], ids=size_id)
def test_the_quick_rounds_callouts_keep_clear_of_the_caption_where_there_is_room(apps, size):
    """A whole-phone ring's callout took a corner of the caption above the phone (school-notice,
    lunch-money) with free room just below it: the places tried beside a clue were too far apart."""
    app = apps(size)
    covered = []
    for name, log in quick_feedback_logs(app):
        quick = next(s for s in reversed(app.stack.scenes) if s.name == "quick")
        k = size[0] / 1280  # (the caption's card: its text and 20 x 12 around it, as quick_round draws it)
        captions = [(x - 20 * k, y - 12 * k, w + 40 * k, h + 24 * k) for x, y, w, h in
                    (e.rect for e in log.entries if e.layer == 0 and e.kind == "text" and e.source == quick.item.caption)]
        callouts = [e.rect for e in log.entries if e.kind == "box" and e.role == "callout"]
        assert captions, name
        covered += [name for c in captions for o in callouts if overlap(c, o)]
    assert covered == []


# Level 1 by its visible labels to a hunt with every clue missed: four callouts to place.
TO_A_MISSED_HUNT = ["tap:开始闯关", "tap:免费领玩具？", "tap:继续", "tap:先点开看看，不填就行", "tap:知道了", "tap:继续",
                    "tap:填上吧，玩具就能寄来", "tap:知道了", "tap:继续", "tap:继续", "tap:在游戏里签个到吧", "tap:知道了",
                    "tap:我看完了", "tap:知道了", "tap:继续", "tap:我看完了"]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080), (1366, 768)], ids=size_id)
def test_the_callouts_of_a_missed_hunt_keep_off_the_levels_title(make_app, size):
    """Callout ① sat over 免费领玩具？ in the top bar at every 16:9 size (a tall screen puts the
    title elsewhere)."""
    from tests.driver import Driver

    drive = Driver(make_app(size))
    drive.act(*TO_A_MISSED_HUNT)
    assert drive.stack[-1] == "feedback"
    log = record_layout(drive.app)
    title = [e for e in log.entries if e.kind == "text" and e.layer == 0 and e.source == drive.app.levels[0].title]
    callouts = [e for e in log.entries if e.kind == "box" and e.role == "callout"]
    assert len(callouts) == 4
    assert [c.rect for c in callouts for t in title if overlap(t.rect, c.rect, 0)] == []
    assert log.problems() == []


@pytest.mark.parametrize("size", SIZES, ids=size_id)
def test_the_title_level_list_and_cards_lay_out_cleanly(apps, size):
    app = apps(size)
    problems = problems_on(app, menu_screens(app))
    assert not problems, f"{len(problems)} layout problems at {size_id(size)}:\n" + "\n".join(problems)


@pytest.mark.parametrize("size, bars", [((1024, 768), 0.0), ((1280, 1024), 0.0), ((1280, 720), 0.0),
                                        ((1366, 768), 0.01), ((1920, 1080), 0.0)])
def test_the_game_fills_the_screen_on_4_3_and_5_4_with_no_more_than_10_percent_bars(size, bars):
    viewport = Viewport(*size, adaptive=True)
    w, h = viewport.size
    shown = (w * viewport.scale) * (h * viewport.scale) / (size[0] * size[1])
    assert 1 - shown <= max(bars, 0.001) + 1e-9


def test_a_4_3_screen_gets_the_tall_logical_space():
    assert Viewport(1024, 768, adaptive=True).size == (1280, 960)
    assert Viewport(1280, 1024, adaptive=True).size == (1280, 1024)
    assert Viewport(1920, 1080, adaptive=True).size == (1280, 720)


def test_a_screen_that_cannot_use_a_taller_space_keeps_1280x720_letterboxed():
    assert Viewport(1024, 768).size == (1280, 720)


def test_taps_map_to_the_same_logical_point_they_were_drawn_at_on_a_tall_screen():
    viewport = Viewport(1024, 768, adaptive=True)
    assert viewport.to_logical(*viewport.to_real(640, 900)) == pytest.approx((640, 900))
