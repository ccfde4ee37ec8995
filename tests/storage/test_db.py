"""Opening, migrating, and refusing databases."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone

import pytest

from recoverykit.storage import schema
from recoverykit.storage.db import (
    DatabaseTooNew,
    StorageError,
    open_database,
    open_database_read_only,
)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_migrated_to_the_current_schema(tmp_path):
    path = tmp_path / "data" / "rk.db"
    db = open_database(path)
    assert {"sessions", "steps", "_sqlite_migrations"} <= set(db.table_names())
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = [r["name"] for r in db.query("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert applied == schema.KNOWN
    db.close()
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert oct(path.parent.stat().st_mode & 0o777) == oct(0o700)


def test_opening_twice_applies_nothing_new(tmp_path):
    path = tmp_path / "rk.db"
    open_database(path).close()
    db = open_database(path)
    assert db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == len(schema.KNOWN)
    db.close()


def _make_newer(path):
    db = open_database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": schema.MIGRATION_SET, "name": "9999_from_the_future",
         "applied_at": str(datetime.now(timezone.utc))})
    db.execute("PRAGMA user_version = 99")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def test_a_newer_database_is_refused_and_left_byte_for_byte_untouched(tmp_path):
    path = tmp_path / "rk.db"
    _make_newer(path)
    before = digest(path)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(path)
    with pytest.raises(DatabaseTooNew):
        open_database_read_only(path)
    assert digest(path) == before
    assert not (tmp_path / "rk.db-wal").exists() or (tmp_path / "rk.db-wal").stat().st_size == 0


def test_a_newer_schema_is_told_by_user_version(tmp_path):
    path = tmp_path / "rk.db"
    db = open_database(path)
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(DatabaseTooNew):
        open_database(path)


def test_an_unknown_migration_name_without_a_newer_version_is_damage_not_a_newer_schema(tmp_path):
    """One overwritten byte in a migration's name must not make a history look 'newer'."""
    path = tmp_path / "rk.db"
    db = open_database(path)
    db.execute("UPDATE _sqlite_migrations SET name = ? WHERE name = ?",
               ["0001_sessions_and_stepZ", schema.KNOWN[0]])
    db.close()
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert not isinstance(caught.value, DatabaseTooNew)
    assert "damaged" in str(caught.value)


def test_a_file_that_is_not_sqlite_is_reported_not_crashed(tmp_path):
    path = tmp_path / "rk.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = digest(path)
    with pytest.raises(StorageError, match="cannot be opened"):
        open_database(path)
    assert digest(path) == before


def test_read_only_open_of_a_missing_database_is_none(tmp_path):
    assert open_database_read_only(tmp_path / "nothing.db") is None
    assert not (tmp_path / "nothing.db").exists()


def test_read_only_open_cannot_write(tmp_path):
    path = tmp_path / "rk.db"
    open_database(path).close()
    db = open_database_read_only(path)
    with pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM sessions")
    db.close()
