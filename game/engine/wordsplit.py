"""How a block of text splits into its likeliest words: the Dictionary, over the word list.

A run of 汉字 becomes its likeliest words, the split with the highest sum of ln(frequency)
less ln(corpus size) per word, so that fewer and commoner words win (ties go to the
longer word): `route`, from the end of the run. Single 字 the list left side by side
(我/刚, 扫/码) are then read by a hidden Markov model of where in a word each 字 tends to
stand (begin, middle, end, alone), which finds words the list lacks (我刚, 扫码): `guess`.
Letters and digits stay one piece. game/engine/words.py joins the lone 字 that are left
and is what the game calls; game/engine/wordlist.py reads the list.

Most of the time goes to `route`, once for each 字 of each new text. It asks of each 字
whether any word starts with it and the 字 after it, and for most 字 none does: that
question is one `str.find` in the second 字 of the words the 字 starts (see `_first`),
remembered for each 字 once seen. Only where words do start does it search the table.
"""
from __future__ import annotations

import codecs
import functools
import math
import re
import sys
from array import array
from bisect import bisect_left
from itertools import groupby

from game.engine.wordlist import IMPOSSIBLE, NEVER, WORD_WIDTH, B, E, M, S, WordList, is_hanzi

MAX_SPLITS = 20_000  # entries a cache of the segmenter's holds at most (a few MB at most)

_FIRST_SHIFT = 16 * (WORD_WIDTH - 1)  # a word's first code unit in its key
_SECOND_SHIFT, _THIRD_SHIFT = 16 * (WORD_WIDTH - 2), 16 * (WORD_WIDTH - 3)  # and the next ones
_LAST_TWO = (1 << _SECOND_SHIFT) - 1  # the bits of a key's third and fourth code units
_PAST_THIRD = 1 << _THIRD_SHIFT  # keys[at] - key below this: the same first three
# Where a key's second code unit lies among its four in memory, how to read such units, and
# where the low byte of its third lies among its eight bytes.
_SECOND_UNIT, _DECODE_UTF16, _THIRD_LOW_BYTE = ((2, codecs.utf_16_le_decode, 2) if sys.byteorder == "little"
                                                 else (1, codecs.utf_16_be_decode, 5))

# The state before each state, by a step's four bits (see Dictionary.guess): bit 0 set, S before
# B (else E); bit 1, M before M (else B); bit 2, M before E (else B); bit 3, S before S (else E).
_FOLLOWS = tuple(tuple((S if step & 1 else E, M if step & 2 else B, M if step & 4 else B,
                        S if step & 8 else E)[state] for step in range(16)) for state in range(4))

# A block of 汉字, letters, digits and the marks inside numbers and addresses (19.9, 50%,
# a-b.cn), or any other single character. (Other tests of 汉字 are made without a pattern:
# a class of them is slow to compile, some milliseconds where a whole level takes ten.)
_BLOCKS = (r"[\w+#&.%-]+|.", re.S)
_HANZI_HIGH_BYTES = bytes(range(0x34, 0xA0))  # the high bytes of 0x3400-0x9FFF
_UTF16_BE = codecs.utf_16_be_encode


@functools.cache
def blocks() -> re.Pattern:
    """The pattern of blocks, compiled when first used (not while the game starts)."""
    return re.compile(*_BLOCKS)


def hanzi_runs(text: str) -> list[str]:
    """The text as its runs of 汉字 and runs of anything else, in order."""
    return ["".join(run) for _, run in groupby(text, is_hanzi)]


def all_hanzi(text: str) -> bool:
    """Whether every character of `text` is a 汉字 of 0x3400-0x9FFF (as is_hanzi, less the
    compatibility block): the high bytes of its UTF-16 code units, all in 0x34-0x9F."""
    return not _UTF16_BE(text, "surrogatepass")[0][::2].lstrip(_HANZI_HIGH_BYTES)


class Dictionary:
    """The word list and the game's own words: any text as its likeliest pieces."""

    def __init__(self, table: WordList, terms: dict[str, int | None]) -> None:
        self.table = table
        self.terms: dict[str, int] = {}  # word -> class, where it beats the table's
        self._term_lists: dict[str, tuple[tuple[str, int, int], ...]] = {}  # first 字 -> (term, length, class)
        self._firsts: dict[str, tuple[str, int, int, tuple, bytes]] = {}  # 字 -> see _first
        self._split: dict[str, list[str]] = {}  # block -> its words: paragraphs share phrases
        self._emits: dict[str, tuple[int, ...]] = {}  # 字 -> its costs in the model (see _emit)
        self._view = memoryview(table.keys).cast("B")  # the keys' bytes, for _first
        self._ascii_plain = table.index[0x80] == 0  # no word starts with an ASCII character (see split)
        start, trans = table.hmm_start, table.hmm_trans
        self._model = (start[B], start[M], start[E], start[S], trans[E][B], trans[S][B], trans[B][M],
                       trans[M][M], trans[B][E], trans[M][E], trans[E][S], trans[S][S])  # for guess
        grades = {}
        for word, frequency in terms.items():
            if len(word) < 2 or not all(map(is_hanzi, word)):
                continue  # only runs of 汉字 are looked up
            if not isinstance(frequency, int) or frequency < 1:  # as jieba suggests one: the
                # least whole frequency above that of the word's best split
                frequency = int(math.exp((self.route(word)[0] + table.penalty) / table.step)) + 1
            own = round(math.log(frequency) * table.step)
            listed = self.lookup(word)
            grades[word] = own if listed is None else max(own, listed)
        self.terms = grades
        for word in sorted(grades, key=len):  # shorter first, as route weighs them
            self._term_lists[word[0]] = self._term_lists.get(word[0], ()) + ((word, len(word), grades[word]),)
        self._firsts.clear()  # made while there were no terms

    def lookup(self, word: str) -> int | None:
        """The class of a word of the table, or None."""
        if not 0 < len(word) <= WORD_WIDTH or max(map(ord, word)) > 0xFFFF:
            return None
        keys, first = self.table.keys, ord(word[0])
        key = int.from_bytes(word.encode("utf-16-be").ljust(2 * WORD_WIDTH, b"\0"), "big")
        at = bisect_left(keys, key, self.table.index[first], self.table.index[first + 1])
        return self.table.classes[at] if at < len(keys) and keys[at] == key else None

    def _single(self, ch: str) -> int:
        """The score of `ch` read as a word on its own."""
        table = self.table
        code = ord(ch) if ch < "\uffff" else 0xFFFF  # beyond the first plane: no word's, as U+FFFF
        low = table.index[code]
        if low < table.index[code + 1] and table.keys[low] == code << _FIRST_SHIFT:
            return table.classes[low] - table.penalty
        return -table.penalty  # a 字 the table lacks counts once

    def _first(self, ch: str) -> tuple[str, int, int, tuple, bytes]:
        """What route needs of the words starting with `ch` (remembered): their second 字 as a
        str, in the table's order (a word of one 字: NUL), so that one str.find tells whether
        any word starts with `ch` and a given 字 and which is the first; where in the table
        they start; the score of `ch` on its own; the game's words starting with it; and the
        low byte of their third 字, which rules most longer words out without a search. Both
        are cut from the keys' bytes by C loops (a decode, strided slices): no object per word.
        """
        table, firsts = self.table, self._firsts
        code = ord(ch) if ch < "\uffff" else 0xFFFF
        low, high = table.index[code], table.index[code + 1]
        words = self._view[8 * low:8 * high]  # their keys' bytes: code units in this machine's order
        seconds = _DECODE_UTF16(words, "surrogatepass", True)[0][_SECOND_UNIT::WORD_WIDTH]
        if len(seconds) != high - low:  # surrogates paired into one character: one per unit
            seconds = "".join(map(chr, array("H", words.tobytes())[_SECOND_UNIT::WORD_WIDTH]))
        if len(firsts) >= MAX_SPLITS:
            firsts.clear()
        found = firsts[ch] = (seconds, low, self._single(ch), self._term_lists.get(ch, ()),
                              words.tobytes()[_THIRD_LOW_BYTE::8])
        return found

    def route(self, run: str) -> tuple[int, dict[int, int]]:
        """The score of the likeliest split of `run`, and size: where the likeliest split of
        run[i:] starts with a word of two or more 字, its length (from the end of the run).
        The split of the whole run takes those it reaches (see split); the rest is single 字.

        score[i] is the best split of run[i:], found from the end. Where no word starts with
        run[i:i + 2] nor a game's word with run[i] (most 字), that is the 字 alone: a few
        steps. Where some do, the first is keys[at] and a binary search among them looks for
        one of three 字 and then four, each only where one may be (the next 字 is someone's).
        The lengths are written out, not looped over: this is the segmenter's inner loop.
        """
        n = len(run)
        keys, classes, penalty = self.table.keys, self.table.classes, self.table.penalty
        firsts, find = self._firsts, bisect_left
        score = [0] * (n + 1)  # score[i]: the likeliest split of run[i:]
        size: dict[int, int] = {}  # size[i]: the length of its first word, where not 1
        next_ch = run[-1]  # run[i + 1]
        entry = firsts.get(next_ch)
        score[n - 1] = after = entry[2] if entry else self._single(next_ch)  # after: score[i + 1]
        i = n - 1
        for ch in run[-2::-1]:
            i -= 1
            entry = firsts.get(ch) or self._first(ch)
            at = entry[0].find(next_ch)
            if at < 0 and not entry[3]:  # only the 字 itself
                score[i] = after = after + entry[2]
                next_ch = ch
                continue
            seconds, low, best, terms, thirds = entry
            best += after
            best_size = 1
            if at >= 0:  # words start with run[i:i + 2]: keys[low + at:low + past]
                key = keys[low + at]
                longer = key & _LAST_TWO  # not 0: the first of them is longer than two
                if not longer:
                    value = classes[low + at] - penalty + score[i + 2]
                    if value >= best:
                        best, best_size = value, 2
                if i + 2 < n:
                    past = seconds.rfind(next_ch) + 1
                    if longer or past - at > 1:  # longer ones: does one go on with run[i + 2]?
                        third = ord(run[i + 2])
                        if third > 0xFFFF:  # beyond the first plane: no word's, as U+FFFF
                            third = 0xFFFF
                        if thirds.find(third & 0xFF, at, past) >= 0:  # its low byte, at least
                            high = low + past
                            key = key >> _SECOND_SHIFT << _SECOND_SHIFT | third << _THIRD_SHIFT
                            at = find(keys, key, low + at, high)
                            found = keys[at] if at != high else 0
                            if 0 <= found - key < _PAST_THIRD:  # words start with run[i:i + 3]
                                if found == key:
                                    value = classes[at] - penalty + score[i + 3]
                                    if value >= best:
                                        best, best_size = value, 3
                                if i + 3 < n:
                                    key |= min(ord(run[i + 3]), 0xFFFF)
                                    at = find(keys, key, at, high)
                                    if at != high and keys[at] == key:
                                        value = classes[at] - penalty + score[i + 4]
                                        if value >= best:
                                            best, best_size = value, 4
            for word, length, grade in terms:
                if run.startswith(word, i) and grade - penalty + score[i + length] >= best:
                    best, best_size = grade - penalty + score[i + length], length
            score[i] = after = best
            if best_size > 1:
                size[i] = best_size
            next_ch = ch
        return score[0], size

    def guess(self, run: str) -> list[str]:
        """Single 字 (two or more) as words, by the likeliest place of each 字 in a word (Viterbi).

        c_b, c_m, c_e, c_s are the cheapest readings of the 字 so far whose last stands in
        state B, M, E or S. Each state has two states it may follow (B and S follow E or S;
        M and E follow B or M): each step remembers which, as four bits (see _FOLLOWS);
        ties go to the first listed, as min does. Two 字 (most runs) take one step, written out.
        """
        known = self._emits
        if len(run) == 2:  # one word if the second's ending it costs less than its standing alone
            first, second = known.get(run[0]) or self._emit(run[0]), known.get(run[1]) or self._emit(run[1])
            return [run] if first[4] < second[5] else [run[0], run[1]]
        start_b, start_m, start_e, start_s, eb, sb, bm, mm, be, me, es, ss = self._model
        here_b, here_m, here_e, here_s, _, _ = known.get(run[0]) or self._emit(run[0])
        c_b, c_m, c_e, c_s = start_b + here_b, start_m + here_m, start_e + here_e, start_s + here_s
        steps = []
        for ch in run[1:]:
            here_b, here_m, here_e, here_s, _, _ = known.get(ch) or self._emit(ch)
            step = 0
            to_b, other = c_e + eb, c_s + sb
            if other < to_b:
                to_b, step = other, 1
            to_m, other = c_b + bm, c_m + mm
            if other < to_m:
                to_m, step = other, step | 2
            to_e, other = c_b + be, c_m + me
            if other < to_e:
                to_e, step = other, step | 4
            to_s, other = c_e + es, c_s + ss
            if other < to_s:
                to_s, step = other, step | 8
            steps.append(step)
            c_b, c_m, c_e, c_s = to_b + here_b, to_m + here_m, to_e + here_e, to_s + here_s
        state = E if c_e < c_s else S  # a run ends a word
        pieces = []
        end = at = len(run) - 1  # run[:end + 1] is left; run[at] is the 字 whose state is found
        for step in reversed(steps):
            state = _FOLLOWS[state][step]
            at -= 1
            if state >= E:  # run[at] ends a word
                pieces.append(run[at + 1:end + 1])
                end = at
        pieces.append(run[:end + 1])
        pieces.reverse()
        return pieces

    def _emit(self, ch: str) -> tuple[int, int, int, int, int, int]:
        """The model's cost of a 字 beginning a word, inside it, ending it and alone, and for a
        run of two (see guess), what its first's ending the word saves over its standing
        alone, and what its second's standing alone costs over its ending the word: the
        two 字 are one word when the first is less than the second (remembered)."""
        table = self.table
        chars, code = table.hmm_chars, ord(ch)
        at = bisect_left(chars, code)
        if at < len(chars) and chars[at] == code:
            b, m, e, s = (IMPOSSIBLE if row[at] == NEVER else row[at] for row in table.hmm_emit)
        else:
            b = m = e = s = IMPOSSIBLE
        start_b, start_m, start_e, start_s, _, _, _, _, be, me, es, ss = self._model
        lead = min(start_b + b + be, start_m + m + me) - min(start_e + e + es, start_s + s + ss)
        if len(self._emits) >= MAX_SPLITS:
            self._emits.clear()
        found = self._emits[ch] = (b, m, e, s, lead, s - e)
        return found

    def listed(self, word: str) -> bool:
        """Whether `word`, two or more 字, is a word of the table: lookup, with two 字 (the most
        asked) answered by _first."""
        if len(word) > WORD_WIDTH:
            return False
        seconds, low = (self._firsts.get(word[0]) or self._first(word[0]))[:2]
        at = seconds.find(word[1])
        if at < 0:
            return False
        return not self.table.keys[low + at] & _LAST_TWO if len(word) == 2 else self.lookup(word) is not None

    def leftover(self, singles: str, hanzi: bool = False) -> list[str]:
        """The 字 the route left single, side by side (two or more), as words; `hanzi`: the
        caller knows they are 汉字 alone (see all_hanzi)."""
        # Single 字 that make a listed word were split on purpose (这/条, not 这条), as in jieba.
        if singles in self.terms or self.listed(singles):
            return list(singles)
        if hanzi or all_hanzi(singles):  # (most often)
            return self.guess(singles)
        out = []
        for run in hanzi_runs(singles):  # letters and digits stay one piece
            out += self.guess(run) if len(run) > 1 and is_hanzi(run[0]) else [run]
        return out

    def split(self, block: str, hanzi: bool | None = None) -> list[str]:
        """A block as its likeliest words; the single 字 left between them read by the model.
        `hanzi`: whether the block is 汉字 alone (see all_hanzi), if the caller knows."""
        if hanzi is None:
            hanzi = all_hanzi(block)
        if not hanzi and self._ascii_plain and block.isascii():
            return [block]  # letters, digits and marks (the game's words are 汉字): one run, one piece
        pieces: list[str] = []
        at = 0  # block[at:start] was left single
        size = self.route(block)[1]
        for start in reversed(size):  # from the start of the block
            if start < at:
                continue  # inside a word taken
            if start - at == 1:
                pieces.append(block[at])
            elif start > at:
                pieces += self.leftover(block[at:start], hanzi)
            at = start + size[start]
            pieces.append(block[start:at])
        if len(block) - at == 1:
            pieces.append(block[at])
        elif len(block) > at:
            pieces += self.leftover(block[at:], hanzi)
        return pieces

    def tokens(self, text: str) -> list[str]:
        """Any text as words, runs of letters and digits, and single other characters."""
        out: list[str] = []
        known = self._split
        for block in blocks().findall(text):
            if len(block) == 1:
                out.append(block)  # a mark, a space, a lone 字 or letter: split would return it
                continue
            pieces = known.get(block)
            if pieces is None:
                if len(known) >= MAX_SPLITS:
                    known.clear()
                pieces = known[block] = self.split(block)
            out += pieces
        return out
