"""What can go wrong with the database, as exceptions whose messages are for the user.

Kept apart from ``db.py`` so that code which only needs to catch these (the
repository, the write queue, the window) does not import sqlite-utils, the
slowest import of the app, before the window is on screen.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from recoverykit.core.messages import msg


def sqlite_code(exc: sqlite3.Error) -> int:
    """The primary SQLite result code of an error (0 when sqlite3 gives none)."""
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF


class StorageError(RuntimeError):
    """The database cannot be used; the message says why, for the user."""


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of recoverykit."""


class DatabaseCorrupt(StorageError):
    """The file is damaged, empty, or not a recoverykit database at all; ``reason`` says which."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(msg("{path} cannot be opened as a recoverykit database: it {reason}.",
                             path=path, reason=reason))


class StorageUnavailable(StorageError):
    """The database cannot be opened or written just now (locked, read-only, disk full)."""
