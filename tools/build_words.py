"""Build the word list the line breaker reads, assets/words/dict_zh.bin, from jieba's data.

Developer tool; the game only reads the result (game/engine/words.py, through
game/engine/wordlist.py, which describes the file's format). The sources are two parts of the jieba Python package
(MIT; its licence goes beside the list as assets/words/LICENSE-jieba.txt):
`dict.txt`, about 349,000 words, each with its frequency in a corpus of about 60
million words, and `finalseg/prob_*.py`, the model of where in a word each 字 stands
that jieba uses for the words its dictionary lacks. Run it again after changing
what it keeps:

    python tools/build_words.py                      # an installed jieba's files
    python tools/build_words.py /tmp/jb/jieba-0.42.1/jieba/dict.txt
    python tools/build_words.py --list | grep 客服    # what the shipped list holds

jieba is published as source only: `pip download jieba==0.42.1 --no-deps -d /tmp/jb`,
unpack it and pass the path of its dict.txt, or `pip install -e ".[words]"`. The
output depends only on those files, so the same files always give the same list;
the tool says when they are not jieba 0.42.1's, which the shipped list was built from.

What is kept, and why:

- Words of 汉字 only. Letters and digits are kept together by the segmenter
  itself, so the 72 entries such as T恤 or C语言 add nothing.
- Words of 1 to 4 字. A word of two or more 字 must not be broken across lines; the
  single 字 are kept for their frequencies, which the segmenter weighs words against
  (要点/开 against 要/点开). Four 字 hold the 成语 and almost every word a child reads as
  one; the 7,000 longer entries are names of institutions and places and proverbs
  (天安门广场, 中国人民解放军, 好汉不吃眼前亏) made of shorter words that are in the
  list, so they still break only between those (天安门|广场), as print may. The
  game's own longer words (宇宙变异人) are in assets/words/zh_CN.yaml.
- A frequency of at least MIN_FREQUENCY, 3. jieba gives 2 to 40,000 entries, and
  most are not words to keep whole: 61 % are tagged as person names, many of them a
  name with the 字 that followed it in some text (吕布分, 阿炳半, 虞姬伴, 田组合), which
  would glue that 字 to the wrong side; the rest are nouns, numerals (百二十千, 四十一道), place names and rare
  variant 字. Dropping them also loses a few real words (人脸识别, 无锡市委). The
  158,000 entries at 3 are kept: they hold words this game needs that are no more
  frequent there (客服, 个人信息, 聊天记录, 联系电话, 私下交易). A threshold of 5 would
  halve the list (133,000 words, 1.6 MB loaded instead of 3.3 MB) but split those.

With this list, the 1,545 Chinese paragraphs of the levels and locale files split
as they did with rjieba and jieba's whole dictionary in all but 10: entries of 5+ 字
(中华人民共和国, 新闻出版署, 第三十一条), the two words at 2, and `-m` of a command, now whole.

Frequencies and the model's probabilities are kept as whole numbers of 1/STEP of a
natural log, two bytes each.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
import math
import struct
import sys
from bisect import bisect_left
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.engine.words import (  # noqa: E402 - the format is the reader's
    FORMAT, INDEX, NEVER, WORD_WIDTH, WORDS_FILE, is_hanzi, read_word_list)

LICENCE = WORDS_FILE.parent / "LICENSE-jieba.txt"
JIEBA_VERSION = "0.42.1"
MODEL_FILES = ("finalseg/prob_start.py", "finalseg/prob_trans.py", "finalseg/prob_emit.py")
# sha256 over the sha256 of dict.txt and of each model file of jieba 0.42.1, in that order
JIEBA_SHA256 = "f6f320b50af61714c05b62a3e7e50efbb771f59a12854f3eda90aa349833b813"
MIN_FREQUENCY = 3
STEP = 1000  # a thousandth of a natural log: close calls fall as they do in jieba
STATES = "BMES"  # the model's places of a 字: begins, middle of, ends a word; a word alone

JIEBA_LICENCE = """\
The word list dict_zh.bin beside this file is derived from jieba
(https://github.com/fxsjy/jieba, version 0.42.1): from its dictionary (dict.txt)
only the words of 1-4 汉字 with a frequency of 3 or more were kept, with their
frequencies rounded; from its word-position model (finalseg/prob_*.py) the
probabilities, rounded. Both were reformatted by tools/build_words.py.
jieba is under the MIT licence:

The MIT License (MIT)

Copyright (c) 2013 Sun Junyi

Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in
the Software without restriction, including without limitation the rights to
use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
the Software, and to permit persons to whom the Software is furnished to do so,
subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def installed_dictionary() -> Path | None:
    """dict.txt of an installed jieba package, found without importing it."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "dict.txt"
    return path if path.is_file() else None


def read_dictionary(path: Path) -> tuple[dict[str, int], int]:
    """Every entry of dict.txt (word frequency [tag]) and the sum of all frequencies."""
    entries: dict[str, int] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split()
        if not fields:
            continue
        if len(fields) < 2 or not fields[1].isdigit():
            raise SystemExit(f"error: {path}:{number}: expected 'word frequency [tag]', got {line!r}")
        entries[fields[0]] = int(fields[1])  # a word listed twice: the last line counts
    return entries, sum(entries.values())


def read_model(folder: Path) -> list:
    """jieba's start, transition and emission log-probabilities, read as data (never run)."""
    model = []
    for name in MODEL_FILES:
        text = (folder / name).read_text(encoding="utf-8")
        model.append(ast.literal_eval(text[text.index("P=") + 2:]))
    return model


def cost(log_probability: float) -> int:
    """A log-probability as a cost in whole units; NEVER for jieba's 'impossible' (-3.14e100)."""
    return NEVER if log_probability < -NEVER / STEP else round(-log_probability * STEP)


def header(**values) -> bytes:
    lines = [FORMAT.decode()]
    lines += [f"# {note}" for note in values.pop("notes")]
    lines += [f"{name.replace('_', '-')} {' '.join(map(str, value))}" for name, value in values.items()]
    return ("\n".join(lines) + "\n\n").encode("ascii")


def build(entries: dict[str, int], total: int, model: list, fingerprint: str) -> bytes:
    """The file's bytes: the header, the words and their classes, the model (see words.py)."""
    kept = sorted(word for word, frequency in entries.items()
                  if frequency >= MIN_FREQUENCY and len(word) <= WORD_WIDTH and all(map(is_hanzi, word)))
    classes = [round(math.log(entries[word]) * STEP) for word in kept]
    start, trans, emit = model
    chars = sorted({ch for row in emit.values() for ch in row if len(ch) == 1 and is_hanzi(ch)})
    if max(classes) >= NEVER:
        raise SystemExit("error: a frequency too high for a class of two bytes; lower STEP")
    source = "" if fingerprint == JIEBA_SHA256 else f" (NOT jieba {JIEBA_VERSION}'s files: sha256 {fingerprint})"
    notes = [f"Derived from jieba {JIEBA_VERSION}{source} by tools/build_words.py; MIT, see LICENSE-jieba.txt.",
             f"{len(kept)} words of 1-{WORD_WIDTH} hanzi with a frequency of {MIN_FREQUENCY} or more, "
             f"a model of {len(chars)} hanzi.",
             "The format is described in game/engine/words.py."]
    data = header(notes=notes, step=[STEP], total=[total], words=[len(kept)], hmm=[len(chars)],
                  hmm_start=[cost(start.get(s, -math.inf)) for s in STATES],
                  hmm_trans=[cost(trans[a].get(b, -math.inf)) for a in STATES for b in STATES])
    data += b"".join(word.encode("utf-16-be").ljust(2 * WORD_WIDTH, b"\0") for word in kept)
    data += struct.pack(f">{len(kept)}H", *classes)
    firsts = [ord(word[0]) for word in kept]
    data += struct.pack(f">{INDEX}I", *(bisect_left(firsts, unit) for unit in range(INDEX)))
    data += struct.pack(f">{len(chars)}H", *map(ord, chars))
    for state in STATES:
        data += struct.pack(f">{len(chars)}H", *(cost(emit[state].get(ch, -math.inf)) for ch in chars))
    return data


def list_words(path: Path) -> None:
    """Every word of a built list with its frequency (as rounded), one a line."""
    table = read_word_list(path)
    for key, grade in zip(table.keys, table.classes):
        word = key.to_bytes(2 * WORD_WIDTH, "big").decode("utf-16-be").rstrip("\0")
        print(word, round(math.exp(grade / table.step)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build assets/words/dict_zh.bin from jieba's dictionary "
                                                 "and word-position model.")
    parser.add_argument("dictionary", type=Path, nargs="?",
                        help="jieba's dict.txt, with finalseg/ beside it (default: an installed jieba's)")
    parser.add_argument("--out", type=Path, default=WORDS_FILE, help="where the word list goes")
    parser.add_argument("--list", action="store_true", help="print the words of the list at --out and stop")
    args = parser.parse_args(argv)
    if args.list:
        list_words(args.out)
        return 0
    source = args.dictionary or installed_dictionary()
    if source is None or not source.is_file() or not all((source.parent / name).is_file() for name in MODEL_FILES):
        print("error: no jieba dict.txt with finalseg/ beside it. Install jieba (pip install -e \".[words]\") "
              "or download it:\n"
              f"  pip download jieba=={JIEBA_VERSION} --no-deps -d /tmp/jb && tar xzf /tmp/jb/jieba-*.tar.gz -C /tmp/jb\n"
              f"  python tools/build_words.py /tmp/jb/jieba-{JIEBA_VERSION}/jieba/dict.txt", file=sys.stderr)
        return 1
    files = [source] + [source.parent / name for name in MODEL_FILES]
    fingerprint = hashlib.sha256(b"".join(hashlib.sha256(f.read_bytes()).digest() for f in files)).hexdigest()
    if fingerprint != JIEBA_SHA256:
        print(f"note: {source.parent} is not jieba {JIEBA_VERSION}; the list's header says so", file=sys.stderr)
    entries, total = read_dictionary(source)
    data = build(entries, total, read_model(source.parent), fingerprint)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    if args.out == WORDS_FILE:
        LICENCE.write_text(JIEBA_LICENCE, encoding="utf-8", newline="\n")
    table = read_word_list(args.out)  # what the game will read
    print(f"wrote {args.out}: {len(table.keys)} words of {len(entries)}, a model of {len(table.hmm_chars)} 字, "
          f"{len(data) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
