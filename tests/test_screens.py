"""The simulated phone screens: every kind loads from YAML, is checked for authors, and draws
exactly the parts it names, with every text fitting at 1280x720.

tests/data/good_levels/03_every_screen.yaml uses every kind once (a chat twice: private and
group); each test below takes its screens from there.
"""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.engine.canvas import Canvas
from game.engine.dry import DryCanvas
from game.levels.catalog import Catalog
from game.levels.loader import LoadResult, load_level
from game.levels.model import SCREEN_KINDS
from game.levels.parts import screen_parts
from game.ui.panel import draw_panel
from game.ui.screens import draw_phone

from conftest import REPO, run_python

EVERY_SCREEN = REPO / "tests" / "data" / "good_levels" / "03_every_screen.yaml"
SOURCE = EVERY_SCREEN.read_text(encoding="utf-8")
CATALOG = Catalog.from_assets(REPO / "assets")
# The step that shows each kind of screen first, in the level above.
STEP_OF_KIND = {"web": "web", "chat": "chat", "sms": "sms", "inbox": "inbox", "call": "call", "pay": "pay",
                "store": "store", "trade": "trade", "feed": "feed", "mail": "mail"}
# A line each kind's screen has, and a misspelling of it to put beside it.
KEY_LINE = {"web": ("        url: yzbyr-jiedong.top/a\n", "urll: x"),
            "chat": ("        title: 游戏好友·小飞\n", "grup: true"),
            "sms": ('        title: "10690 0000 123"\n', "mesages: []"),
            "inbox": ("        title: 信息\n", "thraeds: []"),
            "call": ("        caller: fake_police\n", "vidoe: true"),
            "pay": ("        payee_kind: personal\n", "amuont: ¥1"),
            "store": ("        developer: 个人开发者 zhang\n", "develper: x"),
            "trade": ("        seller: 急出号的小哥\n", "sellr: x"),
            "feed": ('        title: "@变异人攻略君"\n', "add: {}"),
            "mail": ("        from: 宇宙变异人运营团队\n", "attachmnt: x")}


@pytest.fixture(scope="module")
def level():
    result = load_level(EVERY_SCREEN, CATALOG)
    assert result.level is not None, "\n".join(str(p) for p in result.problems)
    return result.level


def screen_of(level, kind: str):
    return level.step(STEP_OF_KIND[kind]).panel.screen


def load_changed(tmp_path: Path, old: str, new: str) -> LoadResult:
    assert old in SOURCE, old
    path = tmp_path / "level.yaml"
    path.write_text(SOURCE.replace(old, new, 1), encoding="utf-8")
    return load_level(path, CATALOG, "level.yaml")


def messages(result: LoadResult) -> list[str]:
    return [p.message for p in result.problems]


def line_of(text: str) -> int:
    return SOURCE[:SOURCE.index(text)].count("\n") + 1


# -- loading -----------------------------------------------------------------------------------

def test_the_every_screen_level_loads_without_problems():
    result = load_level(EVERY_SCREEN, CATALOG)
    assert [str(p) for p in result.problems] == []


def test_the_every_screen_level_shows_every_kind_of_screen(level):
    kinds = {s.panel.screen.kind for s in level.steps if s.panel and s.panel.screen}
    assert kinds == set(SCREEN_KINDS)


def test_a_group_chat_keeps_its_senders_names_avatars_and_message_types(level):
    screen = level.step("group").panel.screen
    assert screen.group is True
    assert [(m.name, m.avatar, m.type) for m in screen.messages] == [
        ("福利管理员", "game_admin", "qr"), ("阿杰", "teal", "text"), ("小米", "pink", "redpacket")]


def test_a_redpacket_keeps_its_amount_and_caption(level):
    message = level.step("group").panel.screen.messages[2]
    assert (message.amount, message.caption) == ("¥8.88", "进群福利")


def test_a_private_chat_keeps_its_link_card_picture_and_transfer(level):
    screen = level.step("chat").panel.screen
    assert [m.type for m in screen.messages] == ["link", "text", "image", "transfer"]
    assert (screen.messages[0].title, screen.messages[3].amount) == ("变异人粉丝福利群", "¥0.01")


def test_an_inbox_keeps_each_thread_sender_text_and_time(level):
    thread = screen_of(level, "inbox").threads[1]
    assert (thread.sender, thread.text, thread.time) == ("妈妈", "晚饭在锅里，热一下再吃。", "18:20")


def test_a_call_keeps_its_caller_number_prompt_and_buttons(level):
    s = screen_of(level, "call")
    assert (s.video, s.caller, s.expression, s.number, s.prompt, s.accept, s.decline) == (
        True, "fake_police", "stern", "+999 1234 5678", "对方请求共享你的屏幕", "允许", "拒绝")


def test_a_payment_page_keeps_its_payee_kind_amount_and_qr(level):
    s = screen_of(level, "pay")
    assert (s.title, s.payee_kind, s.amount, s.qr, s.button) == ("张*明", "personal", "¥198.00", True, "立即付款")


def test_an_app_store_page_keeps_its_developer_rating_and_downloads(level):
    s = screen_of(level, "store")
    assert (s.title, s.developer, s.rating, s.downloads, s.button) == (
        "变异人皮肤助手", "个人开发者 zhang", "4.9", "1万次", "安装")


def test_a_trading_page_keeps_its_item_price_and_seller(level):
    s = screen_of(level, "trade")
    assert (s.item, s.price, s.seller) == ("宇宙变异人 满级账号 全皮肤", "¥50", "急出号的小哥")


def test_a_feed_keeps_its_account_caption_and_ad(level):
    s = screen_of(level, "feed")
    assert (s.title, s.ad.title, s.ad.button) == ("@变异人攻略君", "免费领限定皮肤", "去领取")


def test_a_game_mail_keeps_its_sender_and_attachment(level):
    s = screen_of(level, "mail")
    assert (s.title, s.sender, s.attachment) == ("账号冻结通知", "宇宙变异人运营团队", "解冻说明.apk")


# -- problems for authors ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(KEY_LINE))
def test_an_unknown_key_on_each_kind_of_screen_is_reported_at_its_line(tmp_path, kind):
    line, typo = KEY_LINE[kind]
    indent = line[:len(line) - len(line.lstrip())]
    result = load_changed(tmp_path, line, line + indent + typo + "\n")
    key = typo.split(":")[0]
    problem = next(p for p in result.problems if f"unknown key '{key}'" in p.message)
    assert (problem.file, problem.line, problem.col) == ("level.yaml", line_of(line) + 1, len(indent) + 1)


def test_an_unknown_key_is_answered_with_the_key_it_most_likely_means(tmp_path):
    result = load_changed(tmp_path, "        developer: 个人开发者 zhang\n", "        develper: 个人开发者 zhang\n")
    assert "unknown key 'develper' (did you mean 'developer'?)" in messages(result)


def test_a_key_of_another_kind_says_which_screens_it_belongs_to(tmp_path):
    result = load_changed(tmp_path, "        number: \"+999 1234 5678\"\n",
                          "        number: \"+999 1234 5678\"\n        seller: x\n")
    assert "'seller' is only for trade screens" in messages(result)


def test_a_key_of_another_message_type_says_which_types_take_it(tmp_path):
    result = load_changed(tmp_path, "            type: qr\n", "            type: qr\n            amount: ¥1\n")
    assert "'amount' is only for transfer and redpacket messages (this one is qr)" in messages(result)


def test_a_senders_name_in_a_private_chat_asks_for_a_group_chat(tmp_path):
    result = load_changed(tmp_path, "            type: link\n", "            type: link\n            from: 小飞\n")
    assert any(m.startswith("'from' names who speaks in a group chat; add group: true") for m in messages(result))


def test_a_call_without_its_buttons_is_reported(tmp_path):
    result = load_changed(tmp_path, "        decline: 拒绝\n", "")
    assert "missing 'decline'" in messages(result)


def test_a_caller_without_a_call_pose_is_refused(tmp_path):
    result = load_changed(tmp_path, "        caller: fake_police\n", "        caller: xiaoqing\n")
    assert any(m.startswith("'xiaoqing' has no call pose; a caller is a character with a call pose")
               for m in messages(result))


def test_an_avatar_that_is_neither_a_colour_nor_a_face_is_refused(tmp_path):
    result = load_changed(tmp_path, "            avatar: teal\n", "            avatar: teel\n")
    assert any(m.startswith("'teel' is not an avatar") and m.endswith("(did you mean 'teal'?)")
               for m in messages(result))


def test_a_clue_on_a_part_the_screen_does_not_have_is_an_error(tmp_path):
    result = load_changed(tmp_path, "    clues: [share_screen, fake_face, odd_number]",
                          "    clues: [share_screen, fake_face, odd_number, personal_payee]")
    problem = next(p for p in result.problems if "personal_payee" in p.message)
    assert problem.severity == "error" and result.level is None
    assert problem.message == ("clue 'personal_payee' points at payee, but the panel of step 'spot_call' shows "
                               "a call screen, which has no payee (its parts: title, number, caller, prompt, "
                               "decline, accept)")


def test_a_clue_on_a_thread_past_the_last_is_an_error(tmp_path):
    result = load_changed(tmp_path, 'target: "thread:0"', 'target: "thread:3"')
    assert "clue 'odd_thread' points at thread:3, but the panel of step 'spot_inbox' has only 3 thread lines " \
           "(counted from 0)" in messages(result)


def test_a_misspelt_part_name_is_answered_with_the_part_it_most_likely_means(tmp_path):
    result = load_changed(tmp_path, "target: attachment", "target: attachement")
    assert any(m.startswith("unknown target 'attachement' (did you mean 'attachment'?)") for m in messages(result))


def test_new_screen_texts_get_the_character_checks(tmp_path):
    result = load_changed(tmp_path, "        seller: 急出号的小哥\n", '        seller: 急出号的"小哥"\n')
    assert any(p.where.endswith(".panel.screen.seller") and "ASCII double quotes" in p.message
               for p in result.problems)


# -- drawing -------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", SCREEN_KINDS)
def test_each_kind_draws_exactly_the_parts_screen_parts_names_in_that_order(app, level, kind):
    screen = screen_of(level, kind)
    parts = draw_phone(DryCanvas(app.assets), screen, level.persona)
    assert list(parts) == screen_parts(screen)


def test_a_voice_call_has_no_caller_part_to_tap(app, level):
    from dataclasses import replace

    screen = replace(screen_of(level, "call"), video=False)
    assert "caller" not in draw_phone(DryCanvas(app.assets), screen, level.persona)


def test_the_buttons_of_an_incoming_call_without_a_prompt_are_parts(app, level):
    from dataclasses import replace

    screen = replace(screen_of(level, "call"), prompt="")
    assert list(draw_phone(DryCanvas(app.assets), screen, level.persona)) == ["title", "number", "caller",
                                                                              "decline", "accept"]


@pytest.mark.parametrize("kind", SCREEN_KINDS)
def test_each_kind_renders_at_1280x720_with_every_text_fitting(app, level, kind):
    panel = level.step(STEP_OF_KIND[kind]).panel
    layout = draw_panel(Canvas(pygame.Surface((1280, 720)), app.assets, 1.0), panel, level.persona, app.characters)
    assert layout.overflows == []


def test_a_chat_with_more_than_the_phone_holds_is_reported(app, level):
    from dataclasses import replace

    screen = screen_of(level, "chat")
    crowded = replace(screen, messages=screen.messages + screen.messages)
    overflows: list[str] = []
    draw_phone(DryCanvas(app.assets), crowded, level.persona, None, overflows)
    assert "screen (too much content for the phone)" in overflows


def test_validate_passes_the_every_screen_level(tmp_path):
    done = run_python(["-m", "game", "validate", str(EVERY_SCREEN)], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


# -- the level README ----------------------------------------------------------------------------

README = (REPO / "levels" / "README.md").read_text(encoding="utf-8")
SECTION = README.split("### Simulated screens", 1)[1].split("\n### ", 1)[0]
PICTURES = ["web", "chat", "chat_group", "sms", "inbox", "call", "call_voice", "pay", "store", "trade", "feed",
            "mail"]
SNIPPET_LEVEL = """format: 1
id: snippet
title: 画面
fraud_type: 测试
difficulty: 1
summary: 一个画面。
rule: 停一停。
source: [测试]
persona: {name: 吴小清, id_number: "32020020130101123X"}
steps:
  - id: shown
    panel:
      background: bedroom_night
%s    next: end
  - id: end
    type: ending
    outcome: safe
    title: 完
"""


def snippets() -> list[str]:
    import re

    return re.findall(r"```yaml\n(.*?)```", SECTION, re.S)


def test_the_readme_shows_every_kind_of_screen_with_its_picture():
    missing = [kind for kind in SCREEN_KINDS if f"#### `{kind}`" not in SECTION]
    pictures = [name for name in PICTURES if f"(../docs/screens/{name}.png)" not in SECTION
                or not (REPO / "docs" / "screens" / f"{name}.png").is_file()]
    assert (missing, pictures) == ([], [])


@pytest.mark.parametrize("kind", SCREEN_KINDS)
def test_the_readme_example_of_each_kind_loads_without_problems(tmp_path, kind):
    snippet = next(s for s in snippets() if f"kind: {kind}\n" in s)
    path = tmp_path / "snippet.yaml"
    path.write_text(SNIPPET_LEVEL % snippet, encoding="utf-8")
    result = load_level(path, CATALOG)
    assert [str(p) for p in result.problems] == []
