"""More quicker ways of reading levels give what the plain ways give: bytes decoded as the
utf-8-sig codec decodes them, C1 control characters looked for where a C2 byte is, the font's list
read from its bytes, a level file judged by one lstat, a list entry's path from a made suffix and
the paths validate shows from one look at the working folder."""
from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from game.levels import packs, textcheck, validate
from game.levels.nodes import NodeReader, index
from game.levels.packs import LevelPack, level_files, refusal
from game.levels.yamlsource import parse_yaml, utf8_sig

BYTES = [0x41, 0x0a, 0x0d, 0xef, 0xbb, 0xbf, 0xc2, 0x85, 0xa5, 0xc3, 0xe4, 0xb8, 0xad, 0xed, 0xa0, 0x80, 0xff, 0xf4,
         0x90, 0x9f]


def decoded(decode, data: bytes):
    try:
        return "text", decode(data)
    except UnicodeDecodeError as e:
        return "error", e.start, e.end, e.reason


def test_utf8_sig_decodes_as_the_codec_does_and_counts_an_error_from_after_the_byte_order_mark():
    rng = random.Random(4)
    samples = [b"", b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbfa", b"\xef\xbb", b"\xef\xbb\xbfa\xff", b"\xed\xa0\x80"]
    samples += [bytes(rng.choice(BYTES) for _ in range(rng.randint(0, 9))) for _ in range(30000)]
    for data in samples:
        assert decoded(utf8_sig, data) == decoded(lambda d: d.decode("utf-8-sig"), data), data


def coverage_as_it_was(assets: Path):
    try:
        text = (assets / textcheck.COVERED_FILE).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    return frozenset("".join(line for line in text.split("\n") if not line.startswith("#")).replace("\r", ""))


@pytest.mark.parametrize("data", [b"# fonts\nab\n#c\nd", b"\xef\xbb\xbf# x\r\nab\r\n#cd\r\nef", b"ab\r#c\rd\n# e",
                                  b"#only\n", b"", b"a\xffb", b"\xef\xbb\xbf", b"x\r\r\n#y\n\rz"])
def test_the_font_list_read_from_its_bytes_is_what_reading_it_as_text_gave(tmp_path, data):
    (tmp_path / "fonts").mkdir()
    (tmp_path / textcheck.COVERED_FILE).write_bytes(data)
    assert textcheck.read_coverage(tmp_path) == coverage_as_it_was(tmp_path)


def test_the_shipped_font_list_reads_as_before():
    assets = Path(__file__).resolve().parent.parent / "assets"
    assert textcheck.read_coverage(assets) == coverage_as_it_was(assets)


def test_a_level_file_judged_by_one_lstat_gets_what_refusal_says(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    outside = tmp_path / "outside.yaml"
    outside.write_text("id: x\n")
    (pack / "plain.yaml").write_text("id: a\n")
    (pack / "folder.yaml").mkdir()
    (pack / "inside_link.yaml").symlink_to(pack / "plain.yaml")
    (pack / "outside_link.yaml").symlink_to(outside)
    (pack / "dangling.yaml").symlink_to(pack / "nothing")
    (pack / "loop.yaml").symlink_to(pack / "loop.yaml")
    os.mkfifo(pack / "fifo.yaml")
    names = sorted(p.name for p in pack.iterdir()) + ["missing.yaml", "../outside.yaml"]
    files, problems = level_files(LevelPack("p", pack, tuple(names)))
    refused = {p.file: p.message for p in problems}
    for name in names:
        path = pack / name
        assert refused.get(str(path), "") == refusal(path, pack), name
    assert files == [pack / n for n in names if not refusal(pack / n, pack)]
    assert packs._refusal(pack / "plain.yaml", pack, pack.resolve()) == ""


def test_a_list_entry_s_path_is_the_one_index_makes_however_long_the_list():
    data = ("items:\n" + "".join(f"  - {i}\n" for i in range(300))).encode()
    root, _ = parse_yaml(data, "x")
    reader = NodeReader("x")
    entries = reader.items(root.value[0][1], "items")
    assert [where for where, _ in entries] == [index("items", i) for i in range(300)]
    assert all(reader.positions[where] == (i + 2, 5) for i, (where, _) in enumerate(entries))


def test_a_path_shown_with_the_working_folder_looked_at_once_is_the_path_shown_without(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cwd = Path.cwd()
    for path in (tmp_path / "levels" / "a.yaml", tmp_path, Path("/elsewhere/b.yaml"), Path("levels/c.yaml")):
        assert validate._shown(path, cwd) == validate._shown(path)
