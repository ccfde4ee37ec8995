"""The data service: back up, restore, export and import the history.

The Data menu and the command line both go through it. Every failure is a
StorageError (the database or the disk) or an ImportRefused (the file), with
a message for people, and leaves the history as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from recoverykit.atomic_file import write_atomically
from recoverykit.core.clock import Clock
from recoverykit.core.messages import Message, msg, of_error
from recoverykit.services.changes import HISTORY, Changes
from recoverykit.services.failures import OnRepository, explain, storage_failures
from recoverykit.services.importers import IMPORTERS, Importer, ImportOutcome, ImportRefused, importer_for
from recoverykit.storage.errors import StorageError, StorageUnavailable
from recoverykit.storage.sessions import SessionRepository

__all__ = ["DataService", "ExportOutcome", "ImportOutcome", "ImportRefused", "RestoreOutcome",
           "read_only_repository", "writable_repository"]


@dataclass(frozen=True)
class ExportOutcome:
    """``sessions`` written to ``path``; ``skipped`` damaged rows could not be read."""

    path: Path
    sessions: int
    skipped: int


@dataclass(frozen=True)
class RestoreOutcome:
    """Where the replaced history was kept (None if there was none), and any problem reopening."""

    kept: Path | None
    reopen_problem: str | None


@contextlib.contextmanager
def read_only_repository(database: Path) -> Iterator[SessionRepository | None]:
    """The history opened for reading only, closed afterwards; None when there is none yet."""
    from recoverykit.storage.db import open_database_read_only

    with storage_failures():
        db = open_database_read_only(database)
    if db is None:
        yield None
        return
    with contextlib.closing(db.conn):
        yield SessionRepository(db)


@contextlib.contextmanager
def writable_repository(database: Path) -> Iterator[SessionRepository]:
    """The history opened (created and migrated if need be) for writing, closed afterwards."""
    from recoverykit.storage.db import open_database

    with storage_failures():
        db = open_database(database)
    with contextlib.closing(db.conn):
        yield SessionRepository(db)


def export_text(repository: SessionRepository | None, as_csv: bool, zone: tzinfo | None = None,
                render: Callable[[Message], str] = str) -> tuple[str, int, int]:
    """The history as the JSON document (or CSV): (text, sessions, damaged rows left out).

    The CSV writes every time in ``zone`` and the warning signs' words with ``render``.
    """
    from recoverykit.storage.day_logs import DayLogStore
    from recoverykit.storage.history_export import csv_text, json_text
    from recoverykit.storage.journal_store import JournalStore

    sessions, journals, skipped, days = [], {}, 0, []
    if repository is not None:
        with storage_failures():
            sessions = repository.sessions()
            skipped = repository.skipped_rows
            journals = JournalStore(repository).all()
            days = DayLogStore(repository).all()
    text = csv_text(sessions, journals, zone, render) if as_csv else json_text(sessions, journals, days=days)
    return text, len(sessions), skipped


#: The first bytes of every SQLite database file.
SQLITE_HEADER = b"SQLite format 3\x00"


def export_target_problem(path: Path, database: Path | None = None, backups: Path | None = None):
    """Why an export must not be written to ``path`` (it would replace the history or a backup), or None."""
    target = path.expanduser().resolve()
    if database is not None:
        live = database.expanduser().resolve()
        if target in {live, *(live.with_name(live.name + suffix) for suffix in ("-wal", "-shm", "-journal"))}:
            return msg("{path} is the history itself; an export there would replace it. Choose another file",
                       path=path)
    if backups is not None and target.parent == backups.expanduser().resolve():
        return msg("{path} is in the backups folder; an export there could replace a backup. Choose another "
                   "folder", path=path)
    try:
        with target.open("rb") as existing:
            head = existing.read(len(SQLITE_HEADER))
    except OSError:
        return None
    if head == SQLITE_HEADER:
        return msg("{path} is a database (a copy of a history?); an export does not replace one. Choose another "
                   "file", path=path)
    return None


def write_export(path: Path, text: str, database: Path | None = None, backups: Path | None = None) -> None:
    """Write an export whole or not at all, never over the history, its backups or another database;
    StorageUnavailable says why not."""
    problem = export_target_problem(path, database, backups)
    if problem is not None:
        raise StorageUnavailable(problem)
    try:
        write_atomically(path, text)
    except OSError as exc:
        raise StorageUnavailable(msg("{path} cannot be written: {why}", path=path, why=explain(exc))) from exc


def import_into(repository: SessionRepository, path: Path, at, importers: tuple[Importer, ...] = IMPORTERS
                ) -> ImportOutcome:
    """Import ``path`` with the importer its kind calls for, all or nothing."""
    importer = importer_for(path, importers)
    with storage_failures():
        return importer.import_into(repository, path, at)


class DataService(OnRepository):
    """Backups, restore, export and import for the running app's history."""

    def __init__(self, repository: SessionRepository | None, database: Path, backups: Path, clock: Clock,
                 importers: tuple[Importer, ...] = IMPORTERS, changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._database, self._backups, self._clock = database, backups, clock
        self._importers = importers

    @property
    def backups_folder(self) -> Path:
        return self._backups

    def back_up_now(self) -> Path:
        from recoverykit.storage.backups import backup_now

        repo = self._repo()
        with storage_failures():
            return backup_now(repo.db, self._backups, self._clock.wall())

    def check_backup(self, path: Path) -> None:
        """StorageError saying why ``path`` cannot be restored; nothing is written."""
        from recoverykit.storage.db import inspect

        with storage_failures():
            inspect(path)

    def restore(self, path: Path) -> RestoreOutcome:
        """Replace the history with the backup at ``path``, keeping the one replaced.

        The database is closed for the swap and opened again afterwards
        (migrated if the backup is older). StorageError if nothing was
        replaced; the history is reopened as it was then.
        """
        from recoverykit.storage.backups import restore

        repo = self._repo()
        repo.close()
        failure: StorageError | None = None
        kept = None
        try:
            with storage_failures():
                kept = restore(path, self._database, self._backups, self._clock.wall())
        except StorageError as exc:
            failure = exc
        repo.reopen()
        problem = None
        try:
            with storage_failures():
                repo.db  # noqa: B018 -- open (and migrate) now, so a problem is said now
        except StorageError as exc:
            problem = of_error(exc)
        self.changes.announce(HISTORY)
        if failure is not None:
            raise failure
        return RestoreOutcome(kept, problem)

    def export(self, path: Path, as_csv: bool, render: Callable[[Message], str] = str) -> ExportOutcome:
        """Write the history to ``path``; a CSV in today's local offset, its words written with ``render``."""
        text, count, skipped = export_text(self._repo(), as_csv, self._clock.wall().tzinfo, render)
        write_export(path, text, self._database, self._backups)
        return ExportOutcome(path, count, skipped)

    def import_file(self, path: Path) -> ImportOutcome:
        outcome = import_into(self._repo(), path, self._clock.wall(), self._importers)
        self.changes.announce(HISTORY)
        return outcome
