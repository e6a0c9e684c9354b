"""Where game files live, and how they survive bad files and sudden power loss."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from game.play import storage
from game.play.storage import (Blocked, Document, append_bytes, data_dir, folder_lock, keep_copy,
                               load_document, remove_stray_temp_files, write_json)


def read_back(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


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


# --- load_document ------------------------------------------------------------


def load(path: Path, move_broken: bool = True):
    return load_document(path, 1, "entries", [], move_broken)


def test_a_missing_file_gives_an_empty_payload_without_a_warning(tmp_path):
    assert load(tmp_path / "nothing.json") == Document([], None, None)


def test_a_good_file_is_read_back_with_its_bytes(tmp_path):
    path = tmp_path / "good.json"
    path.write_text('{"version": 1, "entries": ["锡小朗"]}', encoding="utf-8")
    document = load(path)
    assert document.payload == ["锡小朗"] and document.warning is None
    assert document.raw == path.read_bytes()


def test_a_file_saved_by_notepad_with_a_byte_order_mark_is_still_read(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"version": 1, "entries": [1]}')
    assert load(path).payload == [1]


def test_a_corrupt_file_is_moved_aside_and_an_empty_payload_returned_with_a_warning(tmp_path):
    path = tmp_path / "save.json"
    path.write_bytes(b'{"entries": [1, 2')  # cut off mid-write by an older tool
    document = load(path)
    assert document.payload == [] and document.raw is None
    assert not path.exists()
    assert (tmp_path / "save.json.broken-1").read_bytes() == b'{"entries": [1, 2'
    assert "save.json.broken-1" in document.warning and "\n" not in document.warning


def test_a_second_corrupt_file_does_not_overwrite_the_first_copy(tmp_path):
    path = tmp_path / "save.json"
    path.write_text("first", encoding="utf-8")
    load(path)
    path.write_text("second", encoding="utf-8")
    load(path)
    assert (tmp_path / "save.json.broken-1").read_text(encoding="utf-8") == "first"
    assert (tmp_path / "save.json.broken-2").read_text(encoding="utf-8") == "second"


def test_a_file_that_is_not_utf8_is_moved_aside(tmp_path):
    path = tmp_path / "save.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert "broken-1" in load(path).warning


def test_a_file_with_the_wrong_top_level_type_is_moved_aside(tmp_path):
    path = tmp_path / "save.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    assert "list" in load(path).warning
    assert (tmp_path / "save.json.broken-1").exists()


def test_a_file_of_an_unknown_version_is_moved_aside(tmp_path):
    path = tmp_path / "save.json"
    path.write_text('{"version": 2, "entries": []}', encoding="utf-8")
    assert "version 2" in load(path).warning
    assert (tmp_path / "save.json.broken-1").exists()


def test_a_version_of_true_is_not_taken_for_version_1(tmp_path):
    path = tmp_path / "save.json"
    path.write_text('{"version": true, "entries": []}', encoding="utf-8")
    assert "version True" in load(path).warning


def test_broken_content_is_only_reported_when_moving_is_not_allowed(tmp_path):
    path = tmp_path / "save.json"
    path.write_text("not json", encoding="utf-8")
    document = load(path, move_broken=False)
    assert document.payload == [] and "next saves" in document.warning
    assert path.read_text(encoding="utf-8") == "not json"


def test_broken_content_that_cannot_be_moved_aside_is_left_and_blocks(tmp_path, monkeypatch):
    path = tmp_path / "save.json"
    path.write_text("not json", encoding="utf-8")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    with pytest.raises(Blocked, match="could not be moved aside"):
        load(path)
    assert path.read_text(encoding="utf-8") == "not json"


def fail_reading(monkeypatch, name: str) -> None:
    """Reading `name` fails the way a file held by a Windows virus scanner does."""
    real = Path.read_bytes

    def read_bytes(self):
        if self.name == name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def test_a_file_that_cannot_be_read_is_left_where_it_is_and_blocks(tmp_path, monkeypatch):
    path = tmp_path / "save.json"
    path.write_text('{"version": 1, "entries": [1]}', encoding="utf-8")
    fail_reading(monkeypatch, "save.json")
    with pytest.raises(Blocked, match="could not be read"):
        load(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json"]


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions that apply")
def test_a_file_without_read_permission_is_left_where_it_is_and_blocks(tmp_path):
    path = tmp_path / "save.json"
    path.write_text('{"version": 1, "entries": [1]}', encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(Blocked):
            load(path)
    finally:
        path.chmod(0o644)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json"]


def test_a_folder_where_the_file_should_be_is_left_alone(tmp_path):
    (tmp_path / "save.json").mkdir()
    with pytest.raises(Blocked):
        load(tmp_path / "save.json")
    assert (tmp_path / "save.json").is_dir() and len(list(tmp_path.iterdir())) == 1


# --- keeping copies -------------------------------------------------------------


def test_keep_copy_writes_the_old_bytes_beside_the_file(tmp_path):
    path = tmp_path / "save.json"
    path.write_text("now", encoding="utf-8")
    (tmp_path / "save.json.broken-1").write_text("earlier copy", encoding="utf-8")
    kept = keep_copy(path, b"old bytes")
    assert kept.name == "save.json.broken-2" and kept.read_bytes() == b"old bytes"
    assert (tmp_path / "save.json.broken-1").read_text(encoding="utf-8") == "earlier copy"


# --- write_json -------------------------------------------------------------


def test_write_creates_the_folder_and_the_value_reads_back(tmp_path):
    path = tmp_path / "deep" / "er" / "save.json"
    write_json(path, {"天": [1, 2]})
    assert read_back(path) == {"天": [1, 2]}


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
    assert read_back(path) == {"old": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["save.json"]


def test_a_value_that_cannot_be_saved_raises_before_touching_the_disk(tmp_path):
    path = tmp_path / "save.json"
    write_json(path, {"old": True})
    with pytest.raises(TypeError):
        write_json(path, {"bad": object()})
    assert read_back(path) == {"old": True}
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
    assert read_back(tmp_path / "save.json") == {"n": 1}


def test_appending_adds_to_the_end_of_the_file(tmp_path):
    path = tmp_path / "log.jsonl"
    path.write_bytes(b"one\n")
    append_bytes(path, b"two\n")
    assert path.read_bytes() == b"one\ntwo\n"


# --- sharing the folder ---------------------------------------------------------


@pytest.mark.skipif(os.name == "nt", reason="flock holds per open file only on POSIX")
def test_a_lock_held_by_another_copy_makes_the_second_give_up_in_time(tmp_path):
    with folder_lock(tmp_path):
        with pytest.raises(TimeoutError):
            with folder_lock(tmp_path, timeout=0.05):
                pass


def test_the_lock_is_free_again_after_use(tmp_path):
    with folder_lock(tmp_path):
        pass
    with folder_lock(tmp_path, timeout=0.05):
        pass


def test_the_lock_creates_the_folder_it_locks(tmp_path):
    with folder_lock(tmp_path / "new"):
        pass
    assert (tmp_path / "new" / ".lock").exists()


def make_temp(folder: Path, name: str, age_s: float, now: float) -> Path:
    path = folder / name
    path.write_bytes(b"half a file")
    os.utime(path, (now - age_s, now - age_s))
    return path


def test_old_temp_files_of_interrupted_writes_are_removed(tmp_path):
    now = 1_800_000_000.0
    stale = make_temp(tmp_path, ".notebook.json.abc123.tmp", 3600, now)
    assert remove_stray_temp_files(tmp_path, ("notebook.json",), now) == [stale]
    assert not stale.exists()


def test_a_fresh_temp_file_is_left_for_the_copy_that_is_writing_it(tmp_path):
    now = 1_800_000_000.0
    fresh = make_temp(tmp_path, ".notebook.json.abc123.tmp", 5, now)
    remove_stray_temp_files(tmp_path, ("notebook.json",), now)
    assert fresh.exists()


def test_temp_files_of_other_names_are_not_touched(tmp_path):
    now = 1_800_000_000.0
    other = make_temp(tmp_path, ".teacher.json.abc123.tmp", 3600, now)
    remove_stray_temp_files(tmp_path, ("notebook.json",), now)
    assert other.exists()
