"""The watched folder's memory of files already read, across restarts."""

from __future__ import annotations

import os

from recoverykit.services.watched_folder import SeenFiles


def test_each_file_is_fresh_once_and_again_when_it_changes(tmp_path):
    folder = tmp_path / "watch"
    folder.mkdir()
    (folder / "a.fit").write_bytes(b"a")
    seen = SeenFiles(tmp_path / "seen.json")
    seen.load(str(folder))
    assert seen.fresh([folder / "a.fit"]) == [folder / "a.fit"]
    assert seen.fresh([folder / "a.fit"]) == []
    (folder / "a.fit").write_bytes(b"changed")
    os.utime(folder / "a.fit", ns=(1, 2_000_000_000))
    assert seen.fresh([folder / "a.fit"]) == [folder / "a.fit"]


def test_what_was_seen_survives_a_restart_for_the_same_folder_only(tmp_path):
    folder = tmp_path / "watch"
    folder.mkdir()
    (folder / "a.fit").write_bytes(b"a")
    seen = SeenFiles(tmp_path / "seen.json")
    seen.load(str(folder))
    seen.fresh([folder / "a.fit"])
    assert seen.save() is None
    again = SeenFiles(tmp_path / "seen.json")
    again.load(str(folder))
    assert again.fresh([folder / "a.fit"]) == []
    other = SeenFiles(tmp_path / "seen.json")
    other.load(str(tmp_path / "elsewhere"))
    assert other.keys == set()


def test_a_damaged_or_missing_list_means_reading_the_folder_again(tmp_path):
    folder = tmp_path / "watch"
    folder.mkdir()
    (folder / "a.fit").write_bytes(b"a")
    for text in ("{not json", '["a list"]', '{"folder": 3}', '{"folder": "%s", "files": [["x", "1", 2], 7]}'
                 % folder):
        (tmp_path / "seen.json").write_text(text)
        seen = SeenFiles(tmp_path / "seen.json")
        seen.load(str(folder))
        assert seen.fresh([folder / "a.fit"]) == [folder / "a.fit"]


def test_a_disk_that_refuses_is_reported_not_raised(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    seen = SeenFiles(blocked / "seen.json")
    seen.load("")
    assert seen.save()
