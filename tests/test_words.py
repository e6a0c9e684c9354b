"""The word segmenter (game/engine/words.py) over the shipped word list: it loads, small;
words stay whole; text it does not know still comes back whole and breakable; a missing
or broken list means breaking between any 字, never a crash; and tools/build_words.py
makes a list the segmenter reads, the same one every time."""
from __future__ import annotations

import importlib.util

import pytest
from conftest import REPO

from game.engine import words
from game.engine.linebreak import wrap

WORDS_DIR = REPO / "assets" / "words"


@pytest.fixture(scope="module")
def segmenter() -> words.Segmenter:
    loaded = words.Segmenter()
    loaded.load()
    return loaded


def build_tool():
    spec = importlib.util.spec_from_file_location("build_words", REPO / "tools" / "build_words.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def breaks_inside(pieces: list[str], text: str, word: str) -> list[int]:
    """Where a piece ends inside `word` (offsets into text); [] when the word is whole."""
    start, ends, at = text.index(word), [], 0
    for piece in pieces:
        at += len(piece)
        ends.append(at)
    return [end for end in ends if start < end < start + len(word)]


# -- the shipped list -------------------------------------------------------------------------


def test_the_shipped_word_list_loads(segmenter):
    assert segmenter.state == words.READY
    assert len(segmenter.dictionary.table.keys) > 250_000


def test_the_shipped_words_are_in_order_for_the_binary_search():
    keys = words.read_word_list().keys
    assert all(a < b for a, b in zip(keys, keys[1:]))


def test_the_loaded_list_takes_less_than_5_mb():
    table = words.read_word_list()
    arrays = [table.keys, table.classes, table.index, table.hmm_chars, *table.hmm_emit]
    assert sum(len(a) * a.itemsize for a in arrays) < 5_000_000


def test_the_word_list_ships_with_jiebas_licence():
    licence = (WORDS_DIR / "LICENSE-jieba.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Sun Junyi" in licence and "dict_zh.bin" in licence


# -- words stay whole -------------------------------------------------------------------------

# A word, in a sentence it appears in (the game's own words come from zh_CN.yaml).
KNOWN = [
    pytest.param("客服", "这个客服有可疑的地方吗？", id="kefu"),
    pytest.param("个人信息", "领奖要个人信息？不点不填。", id="gerenxinxi"),
    pytest.param("聊天记录", "聊天记录先留着，别删。", id="liaotianjilu"),
    pytest.param("一丝不苟", "他做事一丝不苟，从不马虎。", id="chengyu"),
    pytest.param("家庭住址", "不要在网上填写家庭住址和电话。", id="jiatingzhuzhi"),
    pytest.param("可疑之处", "你能找出这一页的可疑之处吗？", id="keyizhichu"),
    pytest.param("身份证号", "领奖要身份证号、住址、电话？", id="shenfenzhenghao"),
    pytest.param("宇宙变异人", "当红游戏「宇宙变异人」有奖活动", id="longer-than-the-list"),
    pytest.param("吴小清", "锡小朗为吴小清点了个赞。", id="name-before-a-word"),
    pytest.param("扫码", "她扫码授权，骗子就登上了她的游戏号。", id="found-by-the-model"),
    # The game's slogans: 锡小朗's 停一停, and the parallel phrases a line must not split (不点 / 不扫).
    pytest.param("停一停", "对！要交钱，先停一停，找大人核实。", id="slogan-tingyiting"),
    pytest.param("停一停", "她没停一停，往任务群里垫了钱。", id="slogan-after-a-verb"),
    pytest.param("不点不扫", "陌生的领奖链接、二维码，不点不扫。先停一停，问问身边的大人。", id="slogan-budianbusao"),
    pytest.param("不点不填", "领奖要个人信息？不点不填，去游戏里核实，问大人。", id="slogan-budianbutian"),
]


@pytest.mark.parametrize("word, text", KNOWN)
def test_a_known_word_stays_whole(segmenter, word, text):
    assert breaks_inside(segmenter.cut(text), text, word) == []


def test_a_frequency_in_the_rules_decides_between_two_readings(segmenter):
    assert segmenter.cut("吴小清要点开链接") == ["吴小清", "要点开", "链接"]  # 要/点开, not 要点/开


def test_a_particle_joins_the_word_before_it(segmenter):
    assert segmenter.cut("骗子编的谎话") == ["骗子", "编的", "谎话"]


def test_a_single_character_pair_the_list_knows_stays_apart(segmenter):
    # 这条 is listed and lost to 这/条/消息: the model does not glue it back; joining does the rest.
    assert segmenter.cut("这条消息有可疑的地方吗？") == ["这条消息", "有可疑的", "地方吗", "？"]


@pytest.mark.parametrize("number", ["19.9", "50%", "2020", "yzbyr-fuli.top"])
def test_a_number_or_an_address_is_one_piece(segmenter, number):
    assert breaks_inside(segmenter.cut(f"付{number}元就送"), f"付{number}元就送", number) == []


# -- text it does not know ----------------------------------------------------------------------

ODD = [
    "A link in the group says you can get a free toy. Tap it or not?",
    "café naïve — ½ №5",
    "骉骉骉骉骉龘龘龘",  # rare 字 the list lacks, side by side
    "𠀀𠀁𪚥，鿿好",  # beyond the first plane, and the last unified ideograph
    "😀玩具🎁送你",
    "「」“”…—— ··· ",
    "一" * 300,
    "",
]


@pytest.mark.parametrize("text", ODD)
def test_text_it_does_not_know_comes_back_whole(segmenter, text):
    pieces = segmenter.cut(text)
    assert "".join(pieces) == text and all(pieces)


@pytest.mark.parametrize("text", ODD[:-1])
def test_text_it_does_not_know_still_wraps_between_its_pieces(segmenter, text):
    lines = wrap(text, 6, len, segmenter.cut)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "") and len(lines) >= len(text) // 12


# -- a missing or broken list ------------------------------------------------------------------


def test_a_missing_word_list_means_breaking_between_any_characters(tmp_path):
    segmenter = words.Segmenter(words_file=tmp_path / "absent.bin")
    assert (segmenter.cut("领奖要身份证号"), segmenter.state) == (None, words.MISSING)


def _header_end(data: bytes) -> int:
    return data.index(b"\n\n") + 2


def _index_at(data: bytes) -> int:
    return _header_end(data) + 10 * int(data.split(b"\nwords ")[1].split(b"\n")[0])


DAMAGE = {
    "empty": lambda data: b"",
    "not a word list": lambda data: b"PK\x03\x04" + data[4:],
    "cut short": lambda data: data[:len(data) // 2],
    "longer": lambda data: data + b"\0\0",
    "a header with no end": lambda data: data[:_header_end(data) - 1],
    "a header not in ascii": lambda data: data.replace(b"step ", "步长 ".encode(), 1),
    "a huge word count": lambda data: data.replace(b"\nwords ", b"\nwords 9", 1),
    "a header line missing": lambda data: data.replace(b"\nhmm-start ", b"\nhmm-begin ", 1),
    "an index past the words": lambda data: data[:_index_at(data)] + b"\xff" * 4 + data[_index_at(data) + 4:],
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_broken_word_list_falls_back_without_crashing(tmp_path, damage):
    broken = tmp_path / "dict_zh.bin"
    broken.write_bytes(DAMAGE[damage]((WORDS_DIR / "dict_zh.bin").read_bytes()))
    segmenter = words.Segmenter(words_file=broken)
    assert (segmenter.cut("领奖要身份证号"), segmenter.state) == (None, words.MISSING)


def test_a_broken_rules_file_leaves_the_plain_word_list(tmp_path):
    rules = tmp_path / "zh_CN.yaml"
    rules.write_text("terms: [unclosed\n", encoding="utf-8")
    segmenter = words.Segmenter(rules_file=rules)
    assert segmenter.cut("链接不点") == ["链接", "不点"] and segmenter.state == words.READY


def test_a_term_with_a_frequency_that_is_not_a_number_is_still_a_word(tmp_path):
    rules = tmp_path / "zh_CN.yaml"
    rules.write_text("terms:\n  吴小清: lots\n", encoding="utf-8")
    assert words.Segmenter(rules_file=rules).cut("吴小清点了提交")[0] == "吴小清"


# -- the tool ----------------------------------------------------------------------------------

TINY_DICTIONARY = "链接 3000 n\n不 300000 d\n点 20000 v\n点开 3 v\n陌生 2000 a\n陌生人 900 n\n人 200000 n\nT恤 50 n\n"
TINY_MODEL = {
    "prob_start.py": "P={'B': -0.26, 'E': -3.14e+100, 'M': -3.14e+100, 'S': -1.47}",
    "prob_trans.py": "P={'B': {'E': -0.51, 'M': -0.92}, 'E': {'B': -0.59, 'S': -0.81},\n"
                     " 'M': {'E': -0.33, 'M': -1.26}, 'S': {'B': -0.72, 'S': -0.67}}",
    "prob_emit.py": "P={'B': {'扫': -5.0}, 'E': {'码': -5.0}, 'M': {}, 'S': {'扫': -9.0, '码': -9.0}}",
}


def tiny_jieba(folder):
    """A made-up jieba of eight words and a two-字 model, laid out as the package is."""
    (folder / "finalseg").mkdir(parents=True)
    (folder / "dict.txt").write_text(TINY_DICTIONARY, encoding="utf-8")
    for name, text in TINY_MODEL.items():
        (folder / "finalseg" / name).write_text("from __future__ import unicode_literals\n" + text, encoding="utf-8")
    return folder / "dict.txt"


def test_the_tool_builds_a_list_the_segmenter_reads(tmp_path):
    source, out = tiny_jieba(tmp_path / "jieba"), tmp_path / "words.bin"
    assert build_tool().main([str(source), "--out", str(out)]) == 0
    segmenter = words.Segmenter(rules_file=tmp_path / "none.yaml", words_file=out)
    assert segmenter.cut("不点陌生链接扫码") == ["不点", "陌生", "链接", "扫码"]
    assert len(segmenter.dictionary.table.keys) == 7  # not T恤: letters are the segmenter's business


def test_the_tool_makes_the_same_file_every_time(tmp_path):
    source, tool = tiny_jieba(tmp_path / "jieba"), build_tool()
    tool.main([str(source), "--out", str(tmp_path / "a.bin")])
    tool.main([str(source), "--out", str(tmp_path / "b.bin")])
    assert (tmp_path / "a.bin").read_bytes() == (tmp_path / "b.bin").read_bytes()


def test_the_tool_drops_jiebas_lowest_frequency(tmp_path):
    source = tiny_jieba(tmp_path / "jieba")
    source.write_text(TINY_DICTIONARY + "吕布分 2 nr\n", encoding="utf-8")
    build_tool().main([str(source), "--out", str(tmp_path / "words.bin")])
    assert len(words.read_word_list(tmp_path / "words.bin").keys) == 7  # not 吕布分 (2): a name and a 字


def test_the_tool_says_where_to_get_jieba_when_it_has_none(tmp_path, capsys):
    assert build_tool().main([str(tmp_path / "dict.txt"), "--out", str(tmp_path / "words.bin")]) == 1
    assert "pip download jieba==0.42.1" in capsys.readouterr().err
