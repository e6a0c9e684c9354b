"""真还是假, the quick round: its item sets, its rules, and playing it through the real screens."""
from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest

from game.levels.translate import is_translation  # a level's translation is read with it
from game.levels.quick import QuickSet, files_for, load_folder, load_set, set_stats
from game.play.quickround import QuickRound, right_answer, run_order, verdict_of
from tests.driver import Driver as BaseDriver

REPO = Path(__file__).resolve().parents[1]
QUICK = REPO / "levels" / "quick"
BAD = REPO / "tests" / "data" / "quick"
SHIPPED = sorted(p for p in QUICK.glob("*.yaml") if not is_translation(p))


def shipped(path: Path) -> QuickSet:
    result = load_set(path)
    assert result.item_set is not None, "\n".join(map(str, result.problems))
    return result.item_set


class Recorder:
    """A stand-in player that keeps what the round records."""

    def __init__(self, rounds: int = 0) -> None:
        self.records: list[tuple] = []
        self.rounds = rounds  # rounds of the set begun before this one

    def rounds_begun(self, set_id: str) -> int:
        return self.rounds

    def record_quick(self, *args) -> None:
        self.records.append(args)


# -- the item sets -------------------------------------------------------------------------------------

def test_there_are_two_shipped_sets_with_their_own_ids():
    assert [shipped(p).id for p in SHIPPED] == ["set-a", "set-b"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_a_shipped_set_loads_without_any_problem(path):
    assert load_set(path).problems == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_a_shipped_set_is_40_to_60_percent_genuine(path):
    numbers = set_stats(shipped(path))
    assert numbers["items"] == 10 and 0.4 <= numbers["genuine_share"] <= 0.6


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_item_and_every_set_names_a_source(path):
    item_set = shipped(path)
    assert item_set.source and all(item.source for item in item_set.items)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_scam_points_at_the_part_that_gives_it_away(path):
    assert all(item.clue.target for item in shipped(path).items if not item.genuine)


def test_the_parallel_sets_teach_the_same_fraud_types_in_the_same_mix():
    a, b = (set_stats(shipped(p)) for p in SHIPPED)
    assert (a["fraud_types"], a["genuine"]) == (b["fraud_types"], b["genuine"])


def test_the_stats_give_the_item_count_and_the_genuine_share():
    numbers = set_stats(shipped(QUICK / "01_set_a.yaml"))
    assert {k: numbers[k] for k in ("set", "items", "genuine", "fraud", "genuine_share")} == \
        {"set": "set-a", "items": 10, "genuine": 5, "fraud": 5, "genuine_share": 0.5}


def test_no_scam_uses_a_real_looking_phone_number():
    """Senders are fictional: 123… is no mobile prefix, and 106 numbers are written with xxxx."""
    for path in SHIPPED:
        for item in shipped(path).items:
            digits = re.sub(r"\D", "", item.screen.title)
            if item.screen.kind == "sms" and len(digits) >= 11:
                assert digits.startswith(("86123", "123")), item.id


def test_the_level_list_does_not_read_the_quick_round_folder(app):
    assert not any("quick" in Path(r.path).parts for r in app.level_results)


def test_validate_finds_the_sets_under_a_level_folder_in_a_quick_folder_and_by_file():
    named = [REPO / "levels", QUICK, QUICK / "02_set_b.yaml"]
    assert [[p.name for p in files_for([target])] for target in named] == \
        [["01_set_a.yaml", "02_set_b.yaml"], ["01_set_a.yaml", "02_set_b.yaml"], ["02_set_b.yaml"]]


def _validate(*paths: str) -> tuple[int, str]:
    from game.levels.validate import run

    out = io.StringIO()
    return run(list(paths), out=out), out.getvalue()


def test_validate_levels_checks_the_sets_and_names_their_genuine_share():
    code, out = _validate(str(REPO / "levels"))
    assert code == 0 and "quick round set-a: 10 items, 5 genuine (50%)" in out


BAD_FILES = [
    ("missing_genuine.yaml", 1, "missing_genuine.yaml:7:5: items[0]: missing 'genuine'"),
    ("unknown_target.yaml", 1, "unknown_target.yaml:18:15: items[0].clue.target: 'url' is not a part of this "
                               "sms screen; its parts are: title, message:0"),
    ("blank_text.yaml", 1, "blank_text.yaml:21:9: items[0].feedback[0]: is blank"),
    ("ascii_quotes.yaml", 0, "ascii_quotes.yaml:11:14: items[0].caption: warning: uses ASCII double quotes"),
]


@pytest.mark.parametrize("name, code, message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_validate_reports_a_bad_item_file_at_its_line_and_column(name, code, message):
    got, out = _validate(str(BAD / name))
    assert got == code and message in out


def test_a_set_with_an_error_is_left_out_of_the_game_but_one_with_a_warning_is_played():
    results = {Path(r.path).name: r.item_set for r in load_folder(BAD, REPO / "assets")}
    assert {name for name, s in results.items() if s is not None} == {"ascii_quotes.yaml"}


def test_two_sets_with_one_id_are_reported_on_the_second(tmp_path):
    text = (BAD / "ascii_quotes.yaml").read_text(encoding="utf-8")
    (tmp_path / "quick").mkdir()
    for name in ("01_a.yaml", "02_b.yaml"):
        (tmp_path / "quick" / name).write_text(text, encoding="utf-8")
    first, second = load_folder(tmp_path / "quick")
    assert first.item_set is not None and second.item_set is None
    assert any("already used by" in p.message for p in second.problems)


def test_a_set_that_is_nearly_all_scams_gets_a_warning(tmp_path):
    text = (BAD / "ascii_quotes.yaml").read_text(encoding="utf-8").replace("genuine: true", "genuine: false") \
        .replace("      text: 没有链接，什么也不要。", "      target: title\n      text: 没有链接，什么也不要。")
    path = tmp_path / "all_fake.yaml"
    path.write_text(text, encoding="utf-8")
    assert any("0 of 2 items are genuine" in p.message for p in load_set(path).problems)


# -- the rules ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def set_a() -> QuickSet:
    return shipped(QUICK / "01_set_a.yaml")


def test_the_right_answer_is_safe_both_ways(set_a):
    assert {verdict_of(item, right_answer(item)) for item in set_a.items} == {"safe"}


def test_calling_a_scam_real_is_risky(set_a):
    assert {verdict_of(item, "real") for item in set_a.items if not item.genuine} == {"risky"}


def test_refusing_a_genuine_item_is_too_suspicious(set_a):
    assert {verdict_of(item, "fake") for item in set_a.items if item.genuine} == {"too_suspicious"}


def test_each_run_is_shuffled_by_its_seed(set_a):
    orders = {tuple(i.id for i in run_order(set_a, seed)) for seed in range(5)}
    assert len(orders) > 1 and run_order(set_a, 3) == run_order(set_a, 3)


@pytest.mark.parametrize("limit", [2, 3, 4, 6])
def test_a_short_run_keeps_genuine_and_fake_items(set_a, limit):
    items = run_order(set_a, 7, limit)
    assert len(items) == limit and {i.genuine for i in items} == {True, False}


def test_each_answer_is_recorded_with_the_set_and_the_item(set_a):
    player = Recorder()
    play = QuickRound(set_a, player, seed=1)
    item = play.current
    play.answer("fake")
    assert player.records == [("set-a", item.id, "fake", not item.genuine, 1)]


def test_a_round_after_one_begun_this_sitting_is_recorded_as_the_next_round(set_a):
    player = Recorder(rounds=1)
    QuickRound(set_a, player, seed=1).answer("fake")
    assert player.records[0][-1] == 2


def test_answering_everything_fake_names_each_genuine_item_refused(set_a):
    play = QuickRound(set_a, seed=2)
    while not play.finished:
        play.answer("fake")
        play.acknowledge()
    assert sorted(play.refused_genuine) == sorted(i.id for i in set_a.items if i.genuine)
    assert play.score == 5 and play.fooled == ()


def test_an_answer_waits_for_its_feedback_to_close(set_a):
    play = QuickRound(set_a, seed=2)
    play.answer("real")
    with pytest.raises(RuntimeError):
        play.answer("real")


def test_the_player_logs_a_quick_answer_like_a_decision(tmp_path):
    from game.play import playlog
    from game.play.player import Player

    player = Player.open(tmp_path, lambda: date(2026, 11, 26))
    player.record_quick("set-a", "school-notice", "fake", False)
    records, _ = playlog.read(tmp_path)
    assert records == [{"date": "2026-11-26", "kind": "quick", "set": "set-a", "item": "school-notice",
                        "answer": "fake", "verdict": "too_suspicious", "round": 1}]


# -- the screen ----------------------------------------------------------------------------------------------

def test_every_shipped_item_fits_the_screen_and_its_feedback_card(app):
    from game.scenes.quick_round import QuickFit

    fit = QuickFit(app.assets, app.locale)
    problems = [p for path in SHIPPED for p in fit(load_set(path))]
    assert problems == []


def test_every_feedback_card_fits_after_either_answer(app):
    from game.engine.dry import DryCanvas
    from game.scenes.quick_round import feedback_scene, layout_item

    canvas = DryCanvas(app.assets)
    unfit = []
    for path in SHIPPED:
        for item in shipped(path).items:
            parts = layout_item(canvas, item).parts
            for answer in ("real", "fake"):
                if not feedback_scene(app, item, answer, verdict_of(item, answer), parts).fits(canvas):
                    unfit.append((item.id, answer))
    assert unfit == []


def test_every_clue_rings_a_part_the_phone_really_shows(app):
    from game.engine.dry import DryCanvas
    from game.scenes.quick_round import feedback_scene, layout_item

    canvas = DryCanvas(app.assets)
    for path in SHIPPED:
        for item in shipped(path).items:
            parts = layout_item(canvas, item).parts
            card = feedback_scene(app, item, right_answer(item), "safe", parts)
            assert len(card.highlights) == 1 and (not item.clue.target or item.clue.target in parts), item.id


class Driver(BaseDriver):
    """The real game from the title, driven as `python -m game drive` does."""

    def do(self, *actions: str) -> list[str]:
        return self.act(*actions).stack

    @property
    def quick(self):
        return next(s for s in self.app.stack.scenes if s.name == "quick")


def test_the_quick_round_plays_from_the_title_to_its_results_and_back(app):
    drive = Driver(app)
    assert drive.do("tap:真还是假") == ["title", "quick"]
    total = drive.quick.round.total
    for _ in range(total):
        label = "真" if drive.quick.item.genuine else "假"
        assert drive.do(f"tap:{label}") == ["title", "quick", "feedback"]
        assert drive.do("tap:知道了") == ["title", "quick"]
    assert (drive.quick.phase, drive.quick.round.score) == ("results", total)
    assert drive.do("tap:回到首页") == ["title"]


def test_the_quick_round_plays_with_the_keyboard_alone(app):
    drive = Driver(app)
    assert drive.do("key:tab", "key:return") == ["title", "quick"]
    for _ in range(drive.quick.round.total):
        keys = ["key:tab", "key:return"] if drive.quick.item.genuine else ["key:tab", "key:tab", "key:return"]
        assert drive.do(*keys) == ["title", "quick", "feedback"]
        assert drive.do("key:return") == ["title", "quick"]
    assert drive.quick.round.score == drive.quick.round.total
    assert drive.do("key:return") == ["title"]


def test_each_item_opens_with_no_answer_focused(app):
    drive = Driver(app)
    drive.do("tap:真还是假")
    focused = set()
    for _ in range(drive.quick.round.total):
        focused.add(drive.quick.buttons.focused_id)
        drive.do("tap:假", "tap:知道了")
    assert focused == {None}


def test_enter_alone_answers_nothing_however_often_it_is_pressed(app):
    """Enter pressed through the round answered 真 to every item (the class's pre-test)."""
    from game.play import playlog

    drive = Driver(app)
    drive.do("tap:真还是假")
    assert drive.do(*["key:return"] * 5, "key:space") == ["title", "quick"]
    assert (drive.quick.round.answers, playlog.read(app.player.home)[0]) == ([], [])


def test_enter_with_no_answer_picked_shows_the_keys_that_pick_one(app, drawn_text):
    drive = Driver(app)
    drive.do("tap:真还是假")
    hints = [app.locale("quick.pick_key", arrow=arrow) for arrow in "←→"]
    drawn_text.clear()
    app.draw(force=True)
    assert not set(hints) & set(drawn_text)
    drive.do("key:return")
    drawn_text.clear()
    app.draw(force=True)
    assert set(hints) <= set(drawn_text)


@pytest.mark.parametrize("key, answer", [("left", "real"), ("right", "fake")])
def test_the_arrow_towards_an_answer_picks_it_and_enter_answers_it(app, key, answer):
    drive = Driver(app)
    drive.do("tap:真还是假", f"key:{key}")
    assert drive.quick.buttons.focused_id == answer
    assert drive.do("key:return") == ["title", "quick", "feedback"]
    assert drive.quick.round.answers[0].answer == answer


@pytest.mark.parametrize("keys, focused", [(("left", "left"), "real"), (("right", "right"), "fake"),
                                           (("left", "right"), "fake"), (("right", "left"), "real")])
def test_the_arrows_stay_on_the_two_answers(app, keys, focused):
    """Left from 真 went round to 菜单, at the top of the screen."""
    drive = Driver(app)
    drive.do("tap:真还是假", *(f"key:{key}" for key in keys))
    assert drive.quick.buttons.focused_id == focused


@pytest.mark.parametrize("key, focused", [("tab", "real"), ("shift+tab", "menu")])
def test_tab_goes_through_the_answers_and_the_menu_in_their_order(app, key, focused):
    drive = Driver(app)
    drive.do("tap:真还是假", f"key:{key}")
    assert drive.quick.buttons.focused_id == focused


def test_a_resized_window_picks_no_answer(make_app):
    app = make_app((1280, 720))
    drive = Driver(app)
    drive.do("tap:真还是假")
    drive.quick._place((1280, 1024))
    assert drive.quick.buttons.focused_id is None


def test_escape_opens_the_menu_and_home_goes_back_to_the_title(app):
    drive = Driver(app)
    drive.do("tap:真还是假")
    assert drive.do("key:escape") == ["title", "quick", "pause"]
    assert drive.do("key:escape") == ["title", "quick"]
    assert drive.do("key:escape", "tap:回到首页") == ["title"]


def test_the_rounds_menu_leads_home_and_never_to_the_level_list(app):
    """A round comes from the title: 回到关卡选择 dropped the child on a shelf they never came through."""
    drive = Driver(app)
    drive.do("tap:真还是假", "key:escape")
    labels = [label for _, label in drive.pilot.buttons()]
    assert labels == ["继续游戏", "回到首页", "设置"]


def test_play_again_starts_a_fresh_run_as_deep_as_the_first(app):
    drive = Driver(app)
    drive.do("tap:真还是假")
    for _ in range(drive.quick.round.total):
        drive.do("tap:真", "tap:知道了")
    assert drive.do("tap:再来一轮") == ["title", "quick"]
    assert (drive.quick.phase, drive.quick.round.index) == ("item", 0)


def test_the_results_name_each_refused_genuine_item(app, drawn_text):
    drive = Driver(app)
    drive.do("tap:真还是假")
    for _ in range(drive.quick.round.total):
        drive.do("tap:假", "tap:知道了")
    drawn_text.clear()
    app.draw(force=True)
    refused = [a for a in drive.quick.round.answers if a.verdict == "too_suspicious"]
    assert len(refused) == 5
    assert drawn_text.count(app.locale("quick.note_too_suspicious")) == 5
    assert app.locale("quick.refused", count=5) in "".join(drawn_text)


def test_answers_in_the_game_go_into_the_play_log(app):
    from game.play import playlog

    drive = Driver(app)
    drive.do("tap:真还是假", "tap:假")
    records, _ = playlog.read(app.player.home)
    assert [r["kind"] for r in records] == ["quick"] and records[0]["set"] == "set-a"


# -- autoplay ---------------------------------------------------------------------------------------------------

def test_autoplay_safe_answers_everything_right(app):
    from game.autoplay import play_quick

    result = play_quick(app, "safe", seed=3)
    assert (result["score"], result["total"], result["wrong"]) == (10, 10, [])


def test_autoplay_risky_answers_fake_to_everything_and_is_told_which_genuine_items_it_refused(app, set_a):
    from game.autoplay import play_quick

    result = play_quick(app, "risky", seed=3)
    assert {a["answer"] for a in result["answers"]} == {"fake"}
    assert sorted(result["refused_genuine"]) == sorted(i.id for i in set_a.items if i.genuine)


def test_autoplay_random_is_repeatable_with_its_seed(make_app):
    from game.autoplay import play_quick

    runs = [play_quick(make_app(), "random", seed=5, set_id="set-b")["answers"] for _ in range(2)]
    assert runs[0] == runs[1]


def test_autoplay_quick_on_the_command_line_prints_json(tmp_path):
    import json

    from conftest import run_python

    done = run_python(["-m", "game", "autoplay", "quick", "--policy", "risky", "--set", "set-b"], tmp_path)
    result = json.loads(done.stdout)
    assert done.returncode == 0 and result["quick"] == "set-b" and len(result["refused_genuine"]) == 5


def test_validate_checks_the_faces_on_a_screen_as_it_does_in_a_level():
    got, out = _validate(str(BAD / "unknown_avatar.yaml"))
    assert got == 1 and ("unknown_avatar.yaml:16:19: items[0].screen.messages[0].avatar: 'nobody' is not an "
                         "avatar") in out


def test_validate_on_the_quick_folder_alone_runs_the_real_font_check(tmp_path):
    from conftest import run_python

    done = run_python(["-m", "game", "validate", "levels/quick"], tmp_path)
    assert done.returncode == 0 and "check fail" not in done.stdout and "skipped" not in done.stderr


def test_a_long_sets_results_list_every_wrong_answer_and_count_the_rest(app, set_a, drawn_text):
    """A pack's set may hold up to 30 items; the results card has room for 10 rows: the wrong
    answers are always listed, right ones as room allows, and a last line counts the rest."""
    from dataclasses import replace

    from game.scenes.quick_round import QuickRoundScene

    items = set_a.items + tuple(replace(item, id=f"{item.id}-again") for item in set_a.items[:6])
    drive = Driver(app)
    app.stack.push(QuickRoundScene(app, item_set=replace(set_a, items=items), seed=3))
    drive.pilot.settle()  # (a push takes effect at the next frame)
    for _ in range(len(items)):
        drive.do("tap:真", "tap:知道了")  # every scam taken for real: 5 wrong (and 3 more repeated)
    quick = drive.quick
    assert quick.phase == "results"
    wrong = [a.item.title for a in quick.round.answers if a.verdict != "safe"]
    drawn_text.clear()
    app.draw(force=True)
    shown = [t for t in drawn_text if t in {a.item.title for a in quick.round.answers}]
    assert len(shown) == 9 and set(wrong) <= set(shown)
    assert app.locale("quick.more_right", count=len(items) - 9) in drawn_text


def test_the_results_rows_keep_the_order_played():
    from types import SimpleNamespace

    from game.ui.quick_results import rows_shown

    answers = [SimpleNamespace(n=i, verdict="risky" if i in (3, 11) else "safe") for i in range(14)]
    shown, hidden = rows_shown(answers, 10)
    assert [a.n for a in shown] == [0, 1, 2, 3, 4, 5, 6, 7, 11]
    assert [a.n for a in hidden] == [8, 9, 10, 12, 13]
    assert rows_shown(answers[:10], 10) == (answers[:10], [])
