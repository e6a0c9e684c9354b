"""Profiles: a seat number or a generated nickname, never a name. Each keeps its own stars,
notebook, play log and reading settings on this PC; switching is two taps from the title."""
from __future__ import annotations

import json
import random

import pytest

from game.classroom.profiles import (FOLDER, Profile, ProfileBook, fresh_nicknames, parse, player_folders)
from game.drive import perform
from game.pilot import Pilot

ADJECTIVES = ("机智的", "勇敢的", "细心的")
ANIMALS = ("小熊", "小海豚")


class Driver:
    def __init__(self, app, route: str = "home") -> None:
        self.app = app
        self.pilot = Pilot(app)
        app.routes.go(route)
        app.stack.apply()
        self.pilot.settle()

    def do(self, *actions: str) -> "Driver":
        for action in actions:
            perform(self.app, self.pilot, action)
        return self

    @property
    def stack(self) -> list[str]:
        return [s.name for s in self.app.stack.scenes]

    def labels(self) -> list[str]:
        return [label for _, label in self.pilot.buttons()]


@pytest.fixture
def drive(app) -> Driver:
    return Driver(app)


def classroom_app(tmp_path, shared_assets, **settings):
    from game.app import App, Settings

    app = App(Settings(home=tmp_path, reduced_motion=True, seed=0, profiles=True, **settings), headless=True)
    app.assets = shared_assets
    return app


# -- the records ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["seat-1", "seat-60", "nick-03-07"])
def test_a_seat_or_nickname_is_a_profile(text):
    assert parse(text) == Profile(text)


@pytest.mark.parametrize("text", ["seat-0", "seat-61", "seat-07", "吴小清", "nick-3-7", "../seat-1", "", None])
def test_anything_else_is_not_a_profile(text):
    assert parse(text) is None


def test_each_profile_has_its_own_folder_in_the_data_folder(tmp_path):
    assert Profile.seat(12).folder(tmp_path) == tmp_path / FOLDER / "seat-12"


def test_a_nickname_reads_in_the_language_of_the_word_lists():
    nick = Profile.nickname(1, 0)
    assert nick.label("{number} 号座位", "{adjective}{animal}", ADJECTIVES, ANIMALS) == "勇敢的小熊"
    assert nick.label("Seat {number}", "{adjective}{animal}", ("Clever ", "Brave "), ("Bear",)) == "Brave Bear"


def test_new_nicknames_are_different_and_not_taken():
    taken = {Profile.nickname(0, 0).id}
    fresh = fresh_nicknames(ADJECTIVES, ANIMALS, 4, random.Random(1), taken)
    assert len({p.id for p in fresh}) == 4 and not taken & {p.id for p in fresh}


def words_of(profiles) -> tuple[list[int], list[int]]:
    return [p.nickname_parts[0] for p in profiles], [p.nickname_parts[1] for p in profiles]


def test_a_batch_of_new_nicknames_uses_each_adjective_and_each_animal_once():
    adjectives, animals = tuple(f"a{i}" for i in range(10)), tuple(f"b{i}" for i in range(10))
    repeats = []
    for seed in range(200):
        a, b = words_of(fresh_nicknames(adjectives, animals, 4, random.Random(seed)))
        if len(set(a)) < 4 or len(set(b)) < 4:
            repeats.append(seed)
    assert repeats == []


def test_with_two_adjectives_each_is_used_twice_in_four_and_the_animals_still_once():
    a, b = words_of(fresh_nicknames(("A", "B"), tuple("abcdef"), 4, random.Random(3)))
    assert (sorted(a), len(set(b))) == ([0, 0, 1, 1], 4)


def test_another_batch_shares_no_word_with_the_one_before():
    adjectives, animals = tuple(f"a{i}" for i in range(10)), tuple(f"b{i}" for i in range(10))
    rng = random.Random(5)
    first = fresh_nicknames(adjectives, animals, 4, rng)
    second = fresh_nicknames(adjectives, animals, 4, rng, shown=first)
    (a1, b1), (a2, b2) = words_of(first), words_of(second)
    assert not set(a1) & set(a2) and not set(b1) & set(b2)


def test_the_nickname_page_offers_four_new_ones_with_no_word_twice(drive):
    drive.do("tap:换座位", "tap:没有座位号？用昵称")
    a, b = words_of([parse(button[len("profile:"):]) for button, _ in drive.pilot.buttons()
                     if button.startswith("profile:nick-")])
    assert (len(a), len(set(a)), len(set(b))) == (4, 4, 4)


def test_the_last_profile_is_remembered_on_this_pc(tmp_path):
    ProfileBook(tmp_path).pick(Profile.seat(9))
    assert ProfileBook(tmp_path).last == Profile.seat(9)


def test_the_pcs_file_names_only_the_profile(tmp_path):
    ProfileBook(tmp_path).pick(Profile.seat(9))
    assert json.loads((tmp_path / "profiles.json").read_text(encoding="utf-8")) == {
        "version": 1, "profiles": {"last": "seat-9"}}


def test_a_broken_profiles_file_means_no_last_profile_and_a_warning(tmp_path):
    (tmp_path / "profiles.json").write_text("][", encoding="utf-8")
    book = ProfileBook(tmp_path)
    assert book.last is None and book.warnings


def test_the_profiles_of_this_pc_are_listed_seats_first(tmp_path):
    for name in ("nick-01-01", "seat-10", "seat-2", "not-a-profile"):
        (tmp_path / FOLDER / name).mkdir(parents=True)
    assert [p.id for p in ProfileBook(tmp_path).known()] == ["seat-2", "seat-10", "nick-01-01"]


def test_the_report_finds_every_players_files(tmp_path):
    (tmp_path / "playlog.jsonl").write_text("", encoding="utf-8")
    for name in ("seat-3", "seat-4"):
        (tmp_path / FOLDER / name).mkdir(parents=True)
    (tmp_path / FOLDER / "seat-3" / "playlog.jsonl").write_text("", encoding="utf-8")
    assert player_folders(tmp_path) == [tmp_path, tmp_path / FOLDER / "seat-3"]


# -- in the game -----------------------------------------------------------------------------------

def test_a_classroom_game_opens_on_the_seat_picker(tmp_path, shared_assets):
    assert classroom_app(tmp_path, shared_assets).first_route() == "profiles"


def test_a_booth_never_asks_for_a_seat(tmp_path, shared_assets):
    from game.kiosk.config import KioskConfig

    assert classroom_app(tmp_path, shared_assets, kiosk=KioskConfig(kiosk=True)).first_route() == "home"


def test_a_lesson_can_say_not_to_ask_for_a_seat(tmp_path, shared_assets):
    lesson = tmp_path / "no_seats.yaml"
    lesson.write_text("format: 1\ntitle: 试一试\nlevels: [prize-toy]\nprofiles: false\n", encoding="utf-8")
    assert classroom_app(tmp_path, shared_assets, lesson=lesson).first_route() == "home"


def test_changing_seat_is_two_taps_from_the_title(drive):
    drive.do("tap:换座位", "tap:7")
    assert (drive.stack, drive.app.profile) == (["title"], Profile.seat(7))


def test_the_title_says_whose_turn_it_is(drive, drawn_text):
    drive.do("tap:换座位", "tap:7")
    drive.app.draw(force=True)
    assert "7 号座位" in drawn_text


def test_stars_notebook_and_play_log_are_kept_per_seat(drive, level1, tmp_path):
    drive.do("tap:换座位", "tap:3")
    drive.app.player.record_finish(level1.id, 60, 65, 3)
    drive.app.player.record_decision(level1.id, "decide_link", "open", "risky")
    drive.do("tap:换座位", "tap:4")
    assert (drive.app.progress.best(level1.id), drive.app.notebook_count()) == (None, 0)
    drive.do("tap:换座位", "tap:3")
    assert (drive.app.progress.best(level1.id).stars, drive.app.notebook_count()) == (3, 1)
    assert (tmp_path / FOLDER / "seat-3" / "playlog.jsonl").exists()
    assert not (tmp_path / FOLDER / "seat-4" / "playlog.jsonl").exists()


def test_the_last_seat_is_picked_again_at_the_next_start(tmp_path, shared_assets):
    first = classroom_app(tmp_path, shared_assets)
    Driver(first, "profiles").do("tap:12")
    again = classroom_app(tmp_path, shared_assets)
    assert again.profile == Profile.seat(12) and again.player.home == tmp_path / FOLDER / "seat-12"


def test_the_picker_focuses_the_last_seat_so_enter_confirms_it(tmp_path, shared_assets):
    Driver(classroom_app(tmp_path, shared_assets), "profiles").do("tap:12")
    again = Driver(classroom_app(tmp_path, shared_assets), "profiles")
    again.do("key:return")
    assert again.app.profile == Profile.seat(12) and again.stack == ["title"]


def test_a_student_without_a_seat_number_picks_a_nickname(drive):
    drive.do("tap:换座位", "tap:没有座位号？用昵称")
    nickname = next(label for button, label in drive.pilot.buttons() if button.startswith("profile:nick-"))
    drive.do(f"tap:{nickname}")
    assert drive.app.profile_name() == nickname and drive.app.profile.nickname_parts is not None


def test_a_nickname_used_before_on_this_pc_is_offered_again(drive):
    drive.do("tap:换座位", "tap:没有座位号？用昵称")
    nickname = next(label for button, label in drive.pilot.buttons() if button.startswith("profile:nick-"))
    drive.do(f"tap:{nickname}", "tap:换座位", "tap:7", "tap:换座位", "tap:没有座位号？用昵称")
    assert nickname in drive.labels()


def test_back_on_the_picker_returns_to_the_title(drive):
    drive.do("tap:换座位", "key:escape")
    assert drive.stack == ["title"]

