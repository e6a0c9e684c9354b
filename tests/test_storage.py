"""Where game files live, and how they survive bad files and sudden power loss."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from game.play import storage
from game.play.storage import data_dir, read_json, write_json


# --- data_dir ---------------------------------------------------------------


def test_xiaolang_home_overrides_every_platform(tmp_path):
    env = {"XIAOLANG_HOME": str(tmp_path), "APPDATA": "C:\\Users\\x\\AppData\\Roaming"}
    assert data_dir(env, "win32") == tmp_path


def test_windows_keeps_files_under_appdata():
    env = {"APPDATA": "C:/Users/pupil/AppData/Roaming"}
    assert data_dir(env, "win32") == Path("C:/Users/pupil/AppData/Roaming") / "XiaolangGame"


def test_windows_without_appdata_falls_back_to_the_roaming_folder_in_the_profile():
    env = {"USERPROFILE": "C:/Users/pupil"}
    assert data_dir(env, "win32") == Path("C:/Users/pupil/AppData/Roaming/XiaolangGame")


def test_macos_keeps_files_under_application_support():
    env = {"HOME": "/Users/pupil"}
    assert data_dir(env, "darwin") == Path("/Users/pupil/Library/Application Support/XiaolangGame")


def test_linux_uses_xdg_data_home_when_set():
    env = {"HOME": "/home/pupil", "XDG_DATA_HOME": "/data/share"}
    assert data_dir(env, "linux") == Path("/data/share/xiaolang-game")


def test_linux_falls_back_to_local_share_in_the_home_folder():
    expected = Path("/home/pupil/.local/share/xiaolang-game")
    assert data_dir({"HOME": "/home/pupil"}, "linux") == expected


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_requires():
    env = {"HOME": "/home/pupil", "XDG_DATA_HOME": "relative/share"}
    assert data_dir(env, "linux") == Path("/home/pupil/.local/share/xiaolang-game")


def test_data_dir_creates_nothing(tmp_path):
    data_dir({"HOME": str(tmp_path)}, "linux")
    assert list(tmp_path.iterdir()) == []


# --- read_json --------------------------------------------------------------


def test_a_missing_file_gives_the_default_without_a_warning(tmp_path):
    assert read_json(tmp_path / "nothing.json", {"a": 1}) == ({"a": 1}, None)


def test_a_good_file_is_read_back(tmp_path):
    path = tmp_path / "good.json"
    path.write_text('{"名字": "锡小朗"}', encoding="utf-8")
    assert read_json(path, {}) == ({"名字": "锡小朗"}, None)


def test_a_file_saved_by_notepad_with_a_byte_order_mark_is_still_read(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"ok": true}')
    assert read_json(path, {}) == ({"ok": True}, None)


def test_a_corrupt_file_is_moved_aside_and_the_default_returned_with_a_warning(tmp_path):
    path = tmp_path / "save.json"
    path.write_bytes(b'{"entries": [1, 2')  # cut off mid-write by an older tool
    value, warning = read_json(path, {"entries": []})
    assert value == {"entries": []}
    assert not path.exists()
    assert (tmp_path / "save.json.broken-1").read_bytes() == b'{"entries": [1, 2'
    assert "save.json.broken-1" in warning and "\n" not in warning


def test_a_second_corrupt_file_does_not_overwrite_the_first_copy(tmp_path):
    path = tmp_path / "save.json"
    path.write_text("first", encoding="utf-8")
    read_json(path, {})
    path.write_text("second", encoding="utf-8")
    read_json(path, {})
    assert (tmp_path / "save.json.broken-1").read_text(encoding="utf-8") == "first"
    assert (tmp_path / "save.json.broken-2").read_text(encoding="utf-8") == "second"


def test_a_file_that_is_not_utf8_is_moved_aside(tmp_path):
    path = tmp_path / "save.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    value, warning = read_json(path, {})
    assert value == {} and "broken-1" in warning


def test_a_file_with_the_wrong_top_level_type_is_moved_aside(tmp_path):
    path = tmp_path / "save.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    value, warning = read_json(path, {})
    assert value == {}
    assert (tmp_path / "save.json.broken-1").exists()
    assert "list" in warning and "dict" in warning


def test_an_unreadable_path_is_moved_aside_instead_of_raising(tmp_path):
    path = tmp_path / "save.json"
    path.mkdir()  # a folder where the file should be cannot be read as a file
    value, warning = read_json(path, {})
    assert value == {} and warning is not None
    assert (tmp_path / "save.json.broken-1").is_dir()


# --- write_json -------------------------------------------------------------


def test_write_creates_the_folder_and_the_value_reads_back(tmp_path):
    path = tmp_path / "deep" / "er" / "save.json"
    write_json(path, {"天": [1, 2]})
    assert read_json(path, {}) == ({"天": [1, 2]}, None)


def test_an_atomic_write_leaves_no_temp_files_behind(tmp_path):
    path = tmp_path / "save.json"
    write_json(path, {"n": 1})
    write_json(path, {"n": 2})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json"]
    assert json.loads(path.read_text(encoding="utf-8")) == {"n": 2}


def record_sync_and_rename(monkeypatch) -> list[str]:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        calls.append("fsync")
        real_fsync(fd)

    def replace(src, dst):
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return calls


def test_the_file_is_synced_before_it_replaces_the_old_one(tmp_path, monkeypatch):
    calls = record_sync_and_rename(monkeypatch)
    write_json(tmp_path / "save.json", {})
    assert calls[:2] == ["fsync", "replace"]


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot sync a folder")
def test_the_folder_is_synced_after_the_rename_so_the_new_name_survives_power_loss(
    tmp_path, monkeypatch
):
    calls = record_sync_and_rename(monkeypatch)
    write_json(tmp_path / "save.json", {})
    assert calls == ["fsync", "replace", "fsync"]


def test_a_crash_before_the_rename_keeps_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "save.json"
    write_json(path, {"old": True})

    def power_cut(src, dst):
        raise OSError("simulated power cut")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        write_json(path, {"new": True})
    assert read_json(path, {}) == ({"old": True}, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json"]


def test_a_value_that_cannot_be_saved_raises_before_touching_the_disk(tmp_path):
    path = tmp_path / "save.json"
    write_json(path, {"old": True})
    with pytest.raises(TypeError):
        write_json(path, {"bad": object()})
    assert read_json(path, {}) == ({"old": True}, None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json"]


def test_windows_retries_a_rename_blocked_briefly_by_a_virus_scanner(tmp_path, monkeypatch):
    attempts = []
    real_replace = os.replace

    def busy_once(src, dst):
        attempts.append(dst)
        if len(attempts) == 1:
            raise PermissionError("file in use")
        real_replace(src, dst)

    monkeypatch.setattr(storage, "_ON_WINDOWS", True)
    monkeypatch.setattr(storage.os, "replace", busy_once)
    monkeypatch.setattr(storage.time, "sleep", lambda s: None)
    write_json(tmp_path / "save.json", {"n": 1})
    assert len(attempts) == 2
    assert read_json(tmp_path / "save.json", {}) == ({"n": 1}, None)
