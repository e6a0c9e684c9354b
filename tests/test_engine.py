"""The thin engine: the scene stack, the one intent layer, Chinese line breaking, and the loop's idling."""
from __future__ import annotations

import pygame
import pytest
from conftest import LEVELS_DIR, load_shipped

from game.engine import intents as it
from game.engine.intents import intent_for
from game.engine.linebreak import wrap
from game.engine.scenes import Scene, SceneStack
from game.engine.viewport import Viewport

# -- the scene stack --------------------------------------------------------------------------


class Probe(Scene):
    """A scene that remembers what happened to it."""

    def __init__(self, name: str, transparent: bool = False) -> None:
        super().__init__()
        self.name = name
        self.transparent = transparent
        self.entered = 0
        self.results: list = []

    def on_enter(self) -> None:
        self.entered += 1

    def on_result(self, result) -> None:
        self.results.append(result)


def stack_of(*scenes: Scene) -> SceneStack:
    stack = SceneStack()
    for scene in scenes:
        stack.push(scene)
    stack.apply()
    return stack


def test_a_push_is_not_applied_until_apply():
    stack = stack_of(Probe("comic"))
    stack.push(Probe("pause", transparent=True))
    assert [s.name for s in stack.scenes] == ["comic"]


def test_a_push_is_applied_by_apply_and_enters_the_scene():
    stack = stack_of(Probe("comic"))
    pause = Probe("pause", transparent=True)
    stack.push(pause)
    stack.apply()
    assert (stack.top, pause.entered) == (pause, 1)


def test_a_pop_is_not_applied_until_apply():
    stack = stack_of(Probe("comic"), Probe("pause", transparent=True))
    stack.pop()
    assert [s.name for s in stack.scenes] == ["comic", "pause"]


def test_a_replace_is_not_applied_until_apply():
    stack = stack_of(Probe("results"))
    stack.replace(Probe("comic"))
    assert [s.name for s in stack.scenes] == ["results"]


def test_a_replace_swaps_the_top_scene():
    stack = stack_of(Probe("title"), Probe("results"))
    stack.replace(Probe("comic"))
    stack.apply()
    assert [s.name for s in stack.scenes] == ["title", "comic"]


def test_requests_are_applied_in_the_order_they_were_made():
    stack = stack_of(Probe("comic"), Probe("ending", transparent=True))
    stack.pop()
    stack.replace(Probe("results"))
    stack.apply()
    assert [s.name for s in stack.scenes] == ["results"]


def test_a_pop_hands_its_result_to_the_scene_below():
    comic = Probe("comic")
    stack = stack_of(comic, Probe("feedback", transparent=True))
    stack.pop("feedback_closed")
    stack.apply()
    assert comic.results == ["feedback_closed"]


def test_the_scene_below_a_pop_is_marked_for_redrawing():
    comic = Probe("comic")
    stack = stack_of(comic, Probe("feedback", transparent=True))
    comic.dirty = False
    stack.pop()
    stack.apply()
    assert comic.dirty


def test_visible_starts_at_the_topmost_opaque_scene():
    stack = stack_of(Probe("title"), Probe("comic"), Probe("feedback", transparent=True),
                     Probe("pause", transparent=True))
    assert [s.name for s in stack.visible()] == ["comic", "feedback", "pause"]


def test_an_opaque_scene_on_top_is_the_only_one_visible():
    stack = stack_of(Probe("comic"), Probe("feedback", transparent=True), Probe("history"))
    assert [s.name for s in stack.visible()] == ["history"]


def test_reset_leaves_only_the_new_scene():
    stack = stack_of(Probe("title"), Probe("comic"))
    stack.reset(Probe("levels"))
    stack.apply()
    assert [s.name for s in stack.scenes] == ["levels"]


def test_pending_is_true_while_requests_wait_for_apply():
    stack = stack_of(Probe("comic"))
    stack.pop()
    assert stack.pending


# -- the intent layer -------------------------------------------------------------------------

WIDE = Viewport(1920, 1200)  # 16:10: 1.5x, with 60-pixel bars above and below


def click(pos, button: int = 1) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button, touch=False)


def key(k: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


def test_a_left_click_is_one_tap():
    assert intent_for(click((960, 660)), WIDE).kind == it.TAP


def test_a_tap_is_in_logical_coordinates_on_a_letterboxed_window():
    assert intent_for(click((960, 660)), WIDE).pos == pytest.approx((640, 400))


def test_the_top_left_corner_of_the_picture_under_the_bar_is_logical_zero():
    assert intent_for(click((0, 60)), WIDE).pos == pytest.approx((0, 0))


def test_a_click_on_the_letterbox_bar_falls_outside_the_logical_space():
    assert intent_for(click((960, 30)), WIDE).pos[1] < 0


def test_the_viewport_maps_logical_to_real_and_back():
    assert WIDE.to_logical(*WIDE.to_real(123, 456)) == pytest.approx((123, 456))


def test_a_right_click_is_not_a_tap():
    assert intent_for(click((960, 660), button=3), WIDE) is None


def test_a_finger_down_gives_no_intent_because_sdl_also_sends_the_click():
    finger = pygame.event.Event(pygame.FINGERDOWN, x=0.5, y=0.5, dx=0, dy=0, touch_id=1, finger_id=0,
                                pressure=1.0)
    assert intent_for(finger, WIDE) is None


def test_a_finger_up_gives_no_intent():
    finger = pygame.event.Event(pygame.FINGERUP, x=0.5, y=0.5, dx=0, dy=0, touch_id=1, finger_id=0,
                                pressure=0.0)
    assert intent_for(finger, WIDE) is None


def test_a_touch_and_the_click_sdl_makes_of_it_count_as_one_tap():
    finger = pygame.event.Event(pygame.FINGERDOWN, x=0.5, y=0.5, dx=0, dy=0, touch_id=1, finger_id=0,
                                pressure=1.0)
    made_by_sdl = pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(960, 600), button=1, touch=True)
    intents = [i for i in (intent_for(finger, WIDE), intent_for(made_by_sdl, WIDE)) if i]
    assert [i.kind for i in intents] == [it.TAP]


def test_letting_go_of_the_mouse_is_not_a_second_tap():
    up = pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(960, 660), button=1, touch=False)
    assert intent_for(up, WIDE) is None


@pytest.mark.parametrize(("k", "mod", "kind"), [
    pytest.param(pygame.K_TAB, 0, it.FOCUS_NEXT, id="tab"),
    pytest.param(pygame.K_TAB, pygame.KMOD_LSHIFT, it.FOCUS_PREV, id="shift+tab"),
    pytest.param(pygame.K_RIGHT, 0, it.FOCUS_NEXT, id="right"),
    pytest.param(pygame.K_DOWN, 0, it.FOCUS_NEXT, id="down"),
    pytest.param(pygame.K_LEFT, 0, it.FOCUS_PREV, id="left"),
    pytest.param(pygame.K_UP, 0, it.FOCUS_PREV, id="up"),
    pytest.param(pygame.K_RETURN, 0, it.ACTIVATE, id="enter"),
    pytest.param(pygame.K_KP_ENTER, 0, it.ACTIVATE, id="keypad-enter"),
    pytest.param(pygame.K_SPACE, 0, it.ACTIVATE, id="space"),
    pytest.param(pygame.K_ESCAPE, 0, it.BACK, id="esc"),
    pytest.param(pygame.K_F11, 0, it.FULLSCREEN, id="f11"),
])
def test_each_key_maps_to_its_intent(k, mod, kind):
    assert intent_for(key(k, mod), WIDE).kind == kind


def test_a_key_the_game_does_not_use_gives_no_intent():
    assert intent_for(key(pygame.K_a), WIDE) is None


@pytest.mark.parametrize(("k", "way"), [(pygame.K_UP, it.UP), (pygame.K_DOWN, it.DOWN), (pygame.K_LEFT, it.LEFT),
                                        (pygame.K_RIGHT, it.RIGHT)], ids=["up", "down", "left", "right"])
def test_an_arrow_key_says_which_way_it_points(k, way):
    assert intent_for(key(k), WIDE).direction == way


def test_tab_moves_in_the_tab_order_with_no_way_on_screen():
    assert intent_for(key(pygame.K_TAB), WIDE).direction is None


@pytest.mark.parametrize("k", [pygame.K_7, pygame.K_KP_7], ids=["main-row", "keypad"])
def test_a_digit_key_types_its_digit(k):
    intent = intent_for(key(k), WIDE)
    assert (intent.kind, intent.char) == (it.TYPE, "7")


def test_backspace_goes_back_and_rubs_out_where_there_is_a_field():
    intent = intent_for(key(pygame.K_BACKSPACE), WIDE)
    assert (intent.kind, intent.erases) == (it.BACK, True)


def test_escape_goes_back_without_rubbing_anything_out():
    assert intent_for(key(pygame.K_ESCAPE), WIDE).erases is False


def test_closing_the_window_is_the_quit_intent():
    assert intent_for(pygame.event.Event(pygame.QUIT), WIDE).kind == it.QUIT


# -- Chinese line breaking (measured in characters) -----------------------------------------

NO_START = "，。！？、；：”’」』）》"
NO_END = "“‘「『（《"


def lines_of(text: str, width: int) -> list[str]:
    return wrap(text, width, len)


@pytest.mark.parametrize("mark", list(NO_START))
def test_no_line_starts_with_a_closing_mark(mark):
    # Breaking after three characters would put the mark at the start of line 2.
    lines = lines_of(f"我们好{mark}吗你们", 3)
    assert [line for line in lines[1:] if line.startswith(mark)] == []


@pytest.mark.parametrize("mark", list(NO_END))
def test_no_line_ends_with_an_opening_mark(mark):
    # Breaking after three characters would leave the mark at the end of line 1.
    lines = lines_of(f"我们{mark}好吗你们", 3)
    assert [line for line in lines if line.endswith(mark)] == []


def test_a_run_of_closing_marks_stays_with_the_character_before_it():
    assert lines_of("他说：“好。”我们走", 5) == ["他说：", "“好。”我", "们走"]


def test_the_text_is_kept_whole_when_broken():
    text = "吴小清把输入框全部清空，关掉了页面。锡小朗说：“干得漂亮！”"
    assert "".join(lines_of(text, 7)) == text


def test_no_line_is_wider_than_the_width():
    text = "领奖要身份证号、住址、电话？链接不点，信息不填，先问大人！"
    assert max(len(line) for line in lines_of(text, 6)) <= 6


def test_a_web_address_stays_whole_when_it_fits_on_a_line():
    lines = lines_of("请不要打开这个网址：abc.example.com/x，好吗", 20)
    assert any("abc.example.com/x" in line for line in lines)


def test_a_phone_number_is_not_split_across_lines():
    lines = lines_of("陌生号码12345678901打来电话", 12)
    assert any("12345678901" in line for line in lines)


def test_a_closing_mark_after_a_cut_address_does_not_start_a_line():
    lines = lines_of("yzbyr-fuli.top/lingwanju，不是官网", 12)
    assert [line for line in lines[1:] if line[:1] in NO_START] == []


def test_a_unit_too_long_for_any_line_is_cut():
    address = "yzbyr-fuli.top/lingwanju/abcdefgh"
    lines = lines_of(address, 10)
    assert ("".join(lines), max(len(line) for line in lines)) == (address, 10)


def test_an_explicit_newline_starts_a_new_line():
    assert lines_of("第一行\n第二行", 100) == ["第一行", "第二行"]


def test_an_empty_line_between_newlines_is_kept():
    assert lines_of("上面\n\n下面", 100) == ["上面", "", "下面"]


def test_text_that_fits_is_one_line():
    assert lines_of("停一停—核实—求助", 100) == ["停一停—核实—求助"]


def all_level1_texts() -> list[str]:
    level = load_shipped(LEVELS_DIR / "01_prize_toy.yaml")
    texts = [level.rule, level.summary] + [c.text for c in level.clues.values()]
    for step in level.steps:
        texts += [step.prompt, step.title, *step.text]
        texts += [o.label for o in step.options] + [t for o in step.options for t in o.feedback.text]
        if step.panel:
            texts += [step.panel.caption] + [b.text for b in step.panel.bubbles]
    return [t for t in texts if t]


@pytest.mark.parametrize("width", [4, 5, 6, 7, 9, 12])
def test_no_text_of_level1_breaks_against_the_rules(width):
    bad = []
    for text in all_level1_texts():
        lines = lines_of(text, width)
        bad += [(text, lines) for i, line in enumerate(lines)
                if (i > 0 and line[:1] in NO_START) or (i < len(lines) - 1 and line[-1:] in NO_END)]
    assert bad == []


# -- the loop ---------------------------------------------------------------------------------


def test_a_form_still_being_typed_keeps_the_loop_drawing_every_frame(tmp_path, level1):
    """While a scene animates, the loop must not sleep IDLE_WAIT_MS between frames."""
    from game.app import App, Settings
    from game.scenes.comic import ComicScene
    from game.screenshot import session_at

    app = App(Settings(home=tmp_path, reduced_motion=False), headless=True)
    comic = ComicScene(app, level1, session_at(level1, "filled"))  # the form types itself in
    app.start(comic)
    app.frame(1 / 60, [])
    assert 0 < comic.typing.shown < comic.typing.total and app.animating()


def test_bubbles_on_a_new_panel_appear_at_a_reading_pace_and_a_tap_shows_them_all(tmp_path, level1):
    from game.app import App, Settings
    from game.engine.intents import TAP, Intent
    from game.scenes.comic import ComicScene

    app = App(Settings(home=tmp_path, reduced_motion=False), headless=True)
    comic = ComicScene(app, level1)
    app.start(comic)
    app.frame(0.1, [])
    assert 0 < comic.reading.shown < comic.reading.total
    app.frame(1 / 60, [Intent(TAP, (300, 300))])  # on the panel
    assert comic.reading.done and comic.session.step_id == level1.start


def test_with_reduced_motion_text_is_all_there_at_once(app, level1):
    from game.scenes.comic import ComicScene

    comic = ComicScene(app, level1)
    app.start(comic)
    assert comic.reading.done and comic.typing.done
