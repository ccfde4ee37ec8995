"""Opening the database: pragmas, migrations, and refusing what we cannot read.

A database written by a newer recoverykit is refused *before* anything is
written to it, so going back to an older version never damages history.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from recoverykit.storage.schema import KNOWN, MIGRATION_SET, SCHEMA_VERSION, migrations

DB_FILENAME = "recoverykit.db"


class StorageError(RuntimeError):
    """The database cannot be used; the message says why, for the user."""


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of recoverykit."""


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=5.0)
    return sqlite3.connect(str(path), timeout=5.0)


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not has_table:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        (MIGRATION_SET,),
    ).fetchall()
    return [name for (name,) in rows]


def check_not_newer(conn: sqlite3.Connection, path: Path) -> None:
    """Raise DatabaseTooNew when the file holds a schema this app does not know."""
    (user_version,) = conn.execute("PRAGMA user_version").fetchone()
    unknown = [name for name in _applied_migrations(conn) if name not in KNOWN]
    if unknown or user_version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"{path} was written by a newer version of recoverykit "
            f"(schema {max(user_version, SCHEMA_VERSION + len(unknown))}, this version reads "
            f"up to {SCHEMA_VERSION}). It has been left untouched: update recoverykit to use it."
        )


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        conn = _connect(path, read_only=False)
        try:
            check_not_newer(conn, path)
        except BaseException:
            conn.close()
            raise
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} cannot be opened as a recoverykit database ({exc})") from exc
    if os.name == "posix":
        _make_private(path)
    return db


def open_database_read_only(path: Path) -> Database | None:
    """Open an existing database for reading only; None if there is none yet."""
    if not path.exists():
        return None
    try:
        conn = _connect(path, read_only=True)
        check_not_newer(conn, path)
        if not _applied_migrations(conn):
            conn.close()
            return None
        return Database(conn)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"{path} cannot be read as a recoverykit database ({exc})") from exc


def _make_private(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            candidate.chmod(0o600)
