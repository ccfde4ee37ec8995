"""One place that turns what SQLite and the disk raise into a StorageError for people.

sqlite3 says "database is locked" or "disk I/O error"; the user needs to
know what happened to what they did and whether trying again will help.
Each service wraps its storage calls in :func:`storage_failures`, so no raw
``sqlite3.Error`` or ``OSError`` reaches a widget or the command line; most
build on :class:`OnRepository`.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from recoverykit.core.messages import Message, msg, of_error
from recoverykit.services.changes import Changes
from recoverykit.storage.errors import StorageError, StorageUnavailable, sqlite_code

if TYPE_CHECKING:
    from recoverykit.storage.sessions import SessionRepository

_LOCKED = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_FULL = {sqlite3.SQLITE_FULL}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_AUTH}


def explain(exc: BaseException) -> Message | str:
    """What went wrong, in words for the user, without the library's jargon."""
    if isinstance(exc, StorageError):
        return of_error(exc)
    if isinstance(exc, sqlite3.Error):
        code, text = sqlite_code(exc), str(exc).lower()
        if code in _LOCKED or "locked" in text:
            return msg("the history is in use by another program just now (the database is locked); "
                       "try again in a moment")
        if code in _FULL or "full" in text:
            return msg("the disk is full")
        if code in _READ_ONLY or "readonly" in text or "read-only" in text:
            return msg("the history folder cannot be written to (it is read-only)")
        return msg("the database refused it ({why})", why=str(exc))
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return msg("the disk is full")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            if exc.filename:
                return msg("there is no permission to write {path}", path=exc.filename)
            return msg("there is no permission to write")
        return exc.strerror or str(exc)
    return str(exc)


@contextlib.contextmanager
def storage_failures() -> Iterator[None]:
    """Re-raise any database or disk failure inside the block as StorageUnavailable."""
    try:
        yield
    except StorageError:
        raise
    except (sqlite3.Error, OSError) as exc:
        raise StorageUnavailable(explain(exc)) from exc


class OnRepository:
    """A service over the session repository, which may not be open yet (it opens after the first paint).

    ``changes`` is the app's one change signal (services/changes.py): a write announces on it once
    stored. A service made without one announces to nobody (the command line).
    """

    def __init__(self, repository: SessionRepository | None, changes: Changes | None = None) -> None:
        self._repository = repository
        self.changes = changes if changes is not None else Changes()

    def set_repository(self, repository: SessionRepository | None) -> None:
        self._repository = repository

    @property
    def available(self) -> bool:
        return self._repository is not None

    def _repo(self) -> SessionRepository:
        if self._repository is None:
            raise StorageUnavailable(msg("the history is not open yet"))
        return self._repository
