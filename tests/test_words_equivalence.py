"""The segmenter's searches against the plain ones they stand for: the route through the word
list (one str.find per 字 where the plain way searches the table for each length), the
model's reading of single 字 (two 字 worked out in one comparison), and each block joined on
its own (where the plain way joins the whole text), the same for the text of every shipped
level and for strings made to find the corners (game/engine/wordsplit.py, words.py)."""
from __future__ import annotations

import math
import random
from bisect import bisect_left

import pytest
from test_words_fast import BMP, mixed_strings, shipped_texts

from game.engine import words, wordsplit
from game.engine.wordlist import IMPOSSIBLE, B, E, M, S


@pytest.fixture(scope="module")
def segmenter() -> words.Segmenter:
    loaded = words.Segmenter()
    loaded.load()
    return loaded


def route_plainly(dictionary: wordsplit.Dictionary, run: str) -> tuple[int, list[int]]:
    """route as first written: for each 字 from the end, a binary search for each length among
    the words of its first 字, each from where the shorter was found, stopping when no word
    starts with what was read; the score and the lengths of the likeliest split's words."""
    table = dictionary.table
    keys, classes, index, penalty = table.keys, table.classes, table.index, table.penalty
    terms = dictionary.terms
    n = len(run)
    codes = [min(ord(ch), 0xFFFF) for ch in run]
    score, size = [0] * (n + 1), [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, best_size = score[i + 1] - penalty, 1
        low, high = index[codes[i]], index[codes[i] + 1]
        if low < high:
            key = codes[i] << 48
            if keys[low] == key:
                best += classes[low]
            for length, shift in ((2, 32), (3, 16), (4, 0))[:n - i - 1]:
                key |= codes[i + length - 1] << shift
                at = bisect_left(keys, key, low, high)
                if at == high or keys[at] >> shift != key >> shift:
                    break
                low = at
                if keys[at] == key and classes[at] - penalty + score[i + length] >= best:
                    best, best_size = classes[at] - penalty + score[i + length], length
        for length in sorted({len(word) for word in terms}):
            grade = terms.get(run[i:i + length]) if i + length <= n else None
            if grade is not None and grade - penalty + score[i + length] >= best:
                best, best_size = grade - penalty + score[i + length], length
        score[i], size[i] = best, best_size
    lengths, i = [], 0
    while i < n:
        lengths.append(size[i])
        i += size[i]
    return score[0], lengths


def route_lengths(dictionary: wordsplit.Dictionary, run: str) -> tuple[int, list[int]]:
    """route's answer as the plain one gives it: every word's length, single 字 as 1."""
    score, size = dictionary.route(run)
    lengths, at = [], 0
    for start in reversed(size):
        if start >= at:
            lengths += [1] * (start - at) + [size[start]]
            at = start + size[start]
    return score, lengths + [1] * (len(run) - at)


def guess_plainly(dictionary: wordsplit.Dictionary, run: str) -> list[str]:
    """guess as first written: each step keeps, for each state, its cost and the state before
    it (the first of the two on a tie), then walks back from the cheaper of E and S."""
    start, trans = dictionary.table.hmm_start, dictionary.table.hmm_trans
    ends = [dictionary._emit(ch)[:4] for ch in run]
    cost = [start[state] + ends[0][state] for state in range(4)]
    back = []
    for here in ends[1:]:
        step = []
        for state, (one, two) in ((B, (E, S)), (M, (B, M)), (E, (B, M)), (S, (E, S))):
            step.append(one if cost[one] + trans[one][state] <= cost[two] + trans[two][state] else two)
        back.append(step)
        cost = [cost[step[state]] + trans[step[state]][state] + here[state] for state in range(4)]
    state = E if cost[E] < cost[S] else S
    states = [state]
    for step in reversed(back):
        state = step[state]
        states.append(state)
    pieces, word = [], ""
    for ch, state in zip(run, reversed(states)):
        word += ch
        if state in (E, S):
            pieces.append(word)
            word = ""
    return pieces + ([word] if word else [])


def runs_of(pool: str, count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pool) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def shipped_blocks() -> list[str]:
    return sorted({block for text in shipped_texts() for block in wordsplit.blocks().findall(text) if len(block) > 1})


def listed_words(dictionary: wordsplit.Dictionary, count: int, seed: int) -> list[str]:
    keys, rng = dictionary.table.keys, random.Random(seed)
    return [keys[rng.randrange(len(keys))].to_bytes(8, "big").decode("utf-16-be").rstrip("\0") for _ in range(count)]


def shipped_hanzi() -> str:
    return "".join(sorted({ch for text in shipped_texts() for ch in text if words.is_hanzi(ch)}))


ODD = "\U00020000\U0002a6a5😀\uffff\uf900\ufa6e\u4dc0\u9fffa1_.-%"  # beyond the first plane, U+FFFF, rarer 汉字, letters


# -- the route ---------------------------------------------------------------------------------

def test_the_route_finds_the_plain_searchs_split_for_every_shipped_block(segmenter):
    dictionary = segmenter.dictionary
    for block in shipped_blocks():
        assert route_lengths(dictionary, block) == route_plainly(dictionary, block), block


def test_the_route_finds_the_plain_searchs_split_for_runs_of_words_and_of_any_字(segmenter):
    dictionary = segmenter.dictionary
    glued = ["".join(listed_words(dictionary, random.Random(seed).randint(1, 6), seed)) for seed in range(3000)]
    for run in glued + runs_of(shipped_hanzi(), 3000, 24, seed=1) + runs_of(shipped_hanzi() + ODD, 2000, 16, seed=2):
        assert route_lengths(dictionary, run) == route_plainly(dictionary, run), run


def test_characters_beyond_the_first_plane_after_a_word_are_no_words_as_in_the_plain_search(segmenter):
    dictionary = segmenter.dictionary
    beyond = ["\U00020000", "\U00023456", "\U0002fffe", "😀"]  # their low 16 bits are some 字's
    for word in [word for word in listed_words(dictionary, 3000, 14) if len(word) in (2, 3)]:
        for run in [word + far for far in beyond] + [word + far + "的" for far in beyond]:
            assert route_lengths(dictionary, run) == route_plainly(dictionary, run), run


def test_a_word_of_three_as_likely_as_its_parts_is_taken_whole_as_in_the_plain_search(segmenter):
    dictionary = segmenter.dictionary

    def value(piece: str) -> int | None:  # what a piece adds to a split's score, if it may be one
        if len(piece) == 1:
            return dictionary._single(piece)
        listed = dictionary.lookup(piece)
        return None if listed is None else listed - dictionary.table.penalty

    splits = [("好剑", "法"), ("好", "剑法"), ("好", "剑", "法")]
    parts = max(sum(map(value, split)) for split in splits if None not in map(value, split))
    assert value("好剑法") == parts  # the shipped list's one word of three that ties with its parts
    for run in ("好剑法", "好剑法了", "很好剑法", "好剑法好剑法"):
        assert route_lengths(dictionary, run) == route_plainly(dictionary, run), run


def test_the_games_own_words_weigh_in_the_route_as_in_the_plain_search(segmenter):
    dictionary = segmenter.dictionary
    around = "".join(dictionary.terms) + "点开要点开了吴小清点了宇宙变异人收款码"
    for run in runs_of(around, 2000, 14, seed=3) + list(dictionary.terms):
        assert route_lengths(dictionary, run) == route_plainly(dictionary, run), run


def test_a_games_word_exactly_as_likely_as_its_parts_wins_as_in_the_plain_search(segmenter):
    table = segmenter.dictionary.table
    plain, terms = wordsplit.Dictionary(table, {}), {}
    common = "的了是我你他不在有这一个们就说要也"  # 字 of the highest classes: their runs score well enough
    for word in (one + two + three for one in common for two in common for three in ("", *common)):
        grade = plain.route(word)[0] + table.penalty  # the class at which it ties with its best split
        near = round(math.exp(grade / table.step)) if 0 < grade < 20 * table.step else 0
        for frequency in (near - 1, near, near + 1):  # a whole frequency of that class, if any
            if frequency >= 1 and round(math.log(frequency) * table.step) == grade and plain.lookup(word) is None:
                terms[word] = frequency
    assert len(terms) >= 5
    dictionary = wordsplit.Dictionary(table, terms)
    assert all(route_lengths(dictionary, word)[1] == [len(word)] for word in terms)  # the tie goes to the game's word
    for run in list(terms) + runs_of("".join(terms) + "的了我点开", 2000, 14, seed=6):
        assert route_lengths(dictionary, run) == route_plainly(dictionary, run), run


def test_a_block_of_ascii_letters_digits_and_marks_is_one_piece_as_the_plain_search_leaves_it(segmenter):
    dictionary = segmenter.dictionary
    assert dictionary.table.index[0x80] == 0  # no word of the list starts with an ASCII character
    for block in ["App", "yzbyr-fuli.top", "19.9", "50%", "a_b", "#1", "320213201305120427"]:
        assert route_plainly(dictionary, block)[1] == [1] * len(block)
        assert dictionary.split(block) == dictionary.leftover(block) == [block]


# -- the model ---------------------------------------------------------------------------------

def test_the_model_reads_runs_of_single_字_as_the_plain_viterbi_does(segmenter):
    dictionary = segmenter.dictionary
    unknown = "".join(chr(code) for code in range(0x3400, 0x3480))  # 字 the model lacks: every cost IMPOSSIBLE
    assert dictionary._emit("\u3400")[:4] == (IMPOSSIBLE,) * 4
    runs = runs_of(shipped_hanzi(), 4000, 9, seed=4) + runs_of(shipped_hanzi() + unknown, 1500, 6, seed=5)
    model = [chr(code) for code in dictionary.table.hmm_chars]
    alone = {dictionary._emit(ch)[5]: ch for ch in model}
    ties = [first + alone[dictionary._emit(first)[4]] for first in model if dictionary._emit(first)[4] in alone]
    assert len(ties) > 100  # two 字 whose reading as one word costs just what their reading as two does
    for run in [run for run in runs if len(run) > 1] + ties[::10] + ["扫码", "我刚", "\u3400\u3401", "\u3400扫"]:
        assert dictionary.guess(run) == guess_plainly(dictionary, run), run


# -- joining lone 字 ----------------------------------------------------------------------------

def test_joining_each_block_on_its_own_gives_what_joining_the_whole_text_gives(segmenter):
    back = segmenter.rules.joins_back
    link = "\u4dc0\u9ffe\ufada"  # in the 汉字 ranges, yet no letter: text around them is joined whole
    texts = shipped_texts() + mixed_strings(3000, seed=8) + runs_of(shipped_hanzi() + "，。 a1.%" + link, 3000, 20, 9)
    for text in texts:
        fresh = words.Segmenter()  # no block remembered from another text
        fresh.rules, fresh.dictionary, fresh.state = segmenter.rules, segmenter.dictionary, words.READY
        assert fresh.cut(text) == words.join_lone_characters(segmenter.dictionary.tokens(text), back), text
        assert segmenter.cut(text) == fresh.cut(text), text  # and blocks remembered from others


def test_a_block_of_汉字_joins_by_its_lengths_and_particles_as_any_tokens_do(segmenter):
    back = segmenter.rules.joins_back
    pool = ["的", "了", "吗", "们", "我", "去", "不", "点", "学校", "今天", "一个", "身份证号", "宇宙变异人", "要身份证号"]
    rng = random.Random(10)
    lists = [[rng.choice(pool) for _ in range(rng.randint(1, 12))] for _ in range(5000)]
    lists += [segmenter.dictionary.split(block) for block in shipped_blocks() if wordsplit.all_hanzi(block)]
    for pieces in lists:
        assert words._join_hanzi(list(pieces), back) == words.join_lone_characters(pieces, back), pieces


# -- small tests -------------------------------------------------------------------------------

def test_a_text_is_汉字_alone_exactly_when_each_of_its_characters_is_one_outside_the_compatibility_block():
    plain = [ch for ch in BMP if words.is_hanzi(ch) and not 0xF900 <= ord(ch) <= 0xFAFF]
    assert [ch for ch in BMP if wordsplit.all_hanzi(ch)] == plain
    for text in mixed_strings(5000, seed=11) + ["学校", "学校a", "\U00020000", "学\ud800"]:
        assert wordsplit.all_hanzi(text) == set(text).issubset(plain), repr(text)


def test_a_word_is_listed_exactly_when_lookup_finds_it(segmenter):
    dictionary = segmenter.dictionary
    for word in runs_of(shipped_hanzi() + ODD, 5000, 5, seed=12) + listed_words(dictionary, 3000, 13):
        if len(word) > 1:
            assert dictionary.listed(word) == (dictionary.lookup(word) is not None), word
