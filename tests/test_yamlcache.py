"""YAML read as the game starts is remembered as JSON: the same data, read again when the
file changes, and never a problem when the cache cannot be kept."""
from __future__ import annotations

import os

import pytest

from game import yamlcache


def write(path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def test_the_second_read_comes_from_the_cache_without_the_yaml(tmp_path, monkeypatch):
    source = tmp_path / "strings.yaml"
    write(source, "title:\n  start: 开始闯关\nlist: [一, 二]\n")
    first = yamlcache.read(source, tmp_path / "cache")
    monkeypatch.setattr(yamlcache, "load_yaml", lambda path: pytest.fail("the YAML was read again"))
    assert yamlcache.read(source, tmp_path / "cache") == first == {"title": {"start": "开始闯关"}, "list": ["一", "二"]}


def test_a_changed_file_is_read_again(tmp_path):
    source = tmp_path / "strings.yaml"
    write(source, "a: 1\n")
    assert yamlcache.read(source, tmp_path) == {"a": 1}
    write(source, "a: 2\nb: 3\n")
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # even within one clock tick
    assert yamlcache.read(source, tmp_path) == {"a": 2, "b": 3}


def test_data_json_would_change_is_read_as_yaml_every_time(tmp_path):
    source = tmp_path / "numbers.yaml"
    write(source, "1: one\n")  # an int key: JSON would make it a string
    assert yamlcache.read(source, tmp_path / "cache") == {1: "one"}
    assert not list((tmp_path / "cache").glob("*.json"))


def test_a_cache_that_cannot_be_written_or_is_broken_changes_nothing(tmp_path):
    source = tmp_path / "strings.yaml"
    write(source, "a: b\n")
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    assert yamlcache.read(source, blocked) == {"a": "b"}
    yamlcache.read(source, tmp_path / "cache")
    for kept in (tmp_path / "cache").glob("*.json"):
        kept.write_text("{not json", encoding="utf-8")
    assert yamlcache.read(source, tmp_path / "cache") == {"a": "b"}


def test_broken_yaml_is_a_clear_error_not_a_cached_one(tmp_path):
    source = tmp_path / "broken.yaml"
    write(source, "a: [unclosed\n")
    with pytest.raises(yamlcache.BrokenYaml):
        yamlcache.read(source, tmp_path / "cache")
    with pytest.raises(FileNotFoundError):
        yamlcache.read(tmp_path / "missing.yaml", tmp_path / "cache")


def test_a_byte_order_mark_and_windows_line_breaks_read_as_the_plain_file(tmp_path):
    plain, windows = tmp_path / "plain.yaml", tmp_path / "windows.yaml"
    text = "title:\n  start: 开始闯关\nlist: [一, 二]\nnote: |\n  两行\n  文字\n"
    plain.write_bytes(text.encode("utf-8"))
    windows.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    assert yamlcache.load_yaml(windows) == yamlcache.load_yaml(plain) == {
        "title": {"start": "开始闯关"}, "list": ["一", "二"], "note": "两行\n文字\n"}


def test_a_file_that_is_not_utf8_is_a_clear_error(tmp_path):
    source = tmp_path / "strings.yaml"
    source.write_bytes("title: 开始闯关\n".encode("gbk"))
    with pytest.raises(yamlcache.BrokenYaml, match="strings.yaml"):
        yamlcache.load_yaml(source)
