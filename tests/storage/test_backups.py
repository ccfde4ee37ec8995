"""Automatic daily backups, "Back up now", rotation, and restoring a backup."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta

import pytest

from recoverykit.storage.backups import (
    KEEP,
    backup_now,
    daily_backup,
    list_backups,
    newest_good_backup,
    restore,
)
from recoverykit.storage.db import DatabaseCorrupt, DatabaseTooNew, open_database
from recoverykit.storage.sessions import SessionRepository

from .helpers import digest, integrity, populate, session_ids
from .test_db import _make_newer

TODAY = date(2026, 5, 9)
NOW = datetime(2026, 5, 9, 18, 4, 5).astimezone()


@pytest.fixture
def live(tmp_path):
    path = tmp_path / "data" / "recoverykit.db"
    populate(path, sessions=3)
    return path


def test_the_first_start_of_a_day_makes_one_backup_and_later_starts_none(live):
    backups = live.parent / "backups"
    db = open_database(live)
    first = daily_backup(db, backups, TODAY)
    assert first == backups / "recoverykit-2026-05-09.db"
    assert daily_backup(db, backups, TODAY) is None
    db.close()
    assert session_ids(first) == session_ids(live)
    assert integrity(first) == "ok"
    if os.name == "posix":
        assert first.stat().st_mode & 0o777 == 0o600
        assert backups.stat().st_mode & 0o777 == 0o700
    assert sorted(p.name for p in backups.iterdir()) == ["recoverykit-2026-05-09.db"]  # one whole file


def test_a_backup_is_consistent_while_the_app_has_writes_in_its_wal(live):
    db = open_database(live)
    repo = SessionRepository(db)
    repo.start_session("warmup", "Warm-up", NOW)  # committed, still only in the -wal
    copy = daily_backup(db, live.parent / "backups", TODAY)
    assert len(session_ids(copy)) == 4
    db.close()


def test_the_last_seven_of_each_kind_are_kept(live):
    backups = live.parent / "backups"
    db = open_database(live)
    for day in range(10):
        daily_backup(db, backups, TODAY + timedelta(days=day))
    for minute in range(9):
        backup_now(db, backups, NOW + timedelta(minutes=minute))
    db.close()
    kinds = {}
    for backup in list_backups(backups):
        kinds.setdefault(backup.kind, []).append(backup.path.name)
    assert kinds["daily"] == [f"recoverykit-2026-05-{d:02d}.db" for d in range(18, 11, -1)]
    assert len(kinds["manual"]) == KEEP and kinds["manual"][0] == "recoverykit-2026-05-09-181205.db"
    assert sum(1 for _ in backups.iterdir()) == 2 * KEEP


def test_unrelated_files_in_the_backup_folder_are_left_alone(live):
    backups = live.parent / "backups"
    backups.mkdir()
    (backups / "notes.txt").write_text("mine")
    db = open_database(live)
    for day in range(9):
        daily_backup(db, backups, TODAY + timedelta(days=day))
    db.close()
    assert (backups / "notes.txt").read_text() == "mine"


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_database(live):
    backups = live.parent / "backups"
    db = open_database(live)
    backup = daily_backup(db, backups, TODAY)
    SessionRepository(db).start_session("warmup", "Warm-up", NOW)
    db.close()
    replaced = session_ids(live)
    kept = restore(backup, live, backups, NOW)
    assert kept == backups / "recoverykit-before-restore-2026-05-09-180405.db"
    assert session_ids(kept) == replaced
    assert len(replaced) == 4 and session_ids(live) == session_ids(backup) < replaced
    db = open_database(live)
    assert len(SessionRepository(db).sessions()) == 3
    db.close()


@pytest.mark.parametrize("bad", ["damaged", "newer", "not a database"])
def test_a_backup_that_cannot_be_used_is_refused_and_nothing_changes(live, bad):
    backups = live.parent / "backups"
    candidate = backups / "recoverykit-2026-05-01.db"
    backups.mkdir()
    if bad == "newer":
        _make_newer(candidate)
    elif bad == "damaged":
        populate(candidate, sessions=20)
        candidate.write_bytes(candidate.read_bytes()[:9000])
    else:
        candidate.write_text("hello")
    before = digest(live)
    with pytest.raises(DatabaseTooNew if bad == "newer" else DatabaseCorrupt):
        restore(candidate, live, backups, NOW)
    assert digest(live) == before
    assert newest_good_backup(backups) is None
    assert not (live.parent / "recoverykit.db.restoring").exists()
