"""The history service: list, look at, delete and put back sessions.

The history page and the command line read the history only through this
service. Deleting returns the whole record (session, steps, journal) so that
whoever deleted it can put it back with :meth:`HistoryService.restore`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from recoverykit.core.clock import Clock
from recoverykit.core.journal import Journal
from recoverykit.core.library import RoutineLibrary
from recoverykit.services.changes import SESSION, Changes
from recoverykit.services.failures import OnRepository, storage_failures

if TYPE_CHECKING:
    from recoverykit.core.red_flags import RedFlag
    from recoverykit.services.types import HistoryFilter, Record, SessionListing, SessionRepository, SessionRow

__all__ = ["HistoryDocument", "HistoryOverview", "HistoryService"]

@dataclass(frozen=True)
class HistoryOverview:
    """What the history page shows for one filter."""

    listings: list[SessionListing] = field(default_factory=list)
    #: Rows too damaged to read, left out of ``listings``.
    skipped: int = 0
    red_flags: list[RedFlag] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryDocument:
    """The history JSON document, the sessions in it, and the damaged rows left out of it."""

    document: dict
    sessions: list[SessionRow]
    skipped: int


def dated_journals(listings: list[SessionListing]) -> list[tuple[date, Journal]]:
    return [(listing.day, listing.journal) for listing in listings if listing.journal is not None]


class HistoryService(OnRepository):
    """Reads and changes the stored sessions; every failure is a StorageError."""

    def __init__(self, repository: SessionRepository | None, clock: Clock, changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._clock = clock
        #: The last overview and filter choices read, with the state of the database they were read at.
        self._cached: dict[str, tuple[tuple, object]] = {}

    def _state(self, db) -> tuple:
        """What changes whenever anything is written: this connection's count of changed rows (any
        write through the app), SQLite's data_version (a write by another program, e.g. an import
        from the command line), the connection itself (a restore opens a new one), and the day."""
        conn = db.conn
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        return id(conn), conn.total_changes, version, self.today()

    def _remember(self, name: str, key: tuple, make):
        cached = self._cached.get(name)
        if cached is not None and cached[0] == key:
            return cached[1]
        value = make()
        self._cached[name] = (key, value)
        return value

    def now(self) -> datetime:
        return self._clock.wall()

    def today(self) -> date:
        return self.now().date()

    def filter_choices(self) -> tuple[list[tuple[str, str]], date | None]:
        """(routine id, name) of every routine in the history by name, and the oldest session's day."""
        if self._repository is None:
            return [], None
        with storage_failures():
            db = self._repo().db
            from recoverykit.storage.history_query import first_day, routine_choices

            return self._remember("choices", self._state(db), lambda: (routine_choices(db), first_day(db)))

    def overview(self, where: HistoryFilter) -> HistoryOverview:
        """The sessions ``where`` chooses, and the red flags of the last weeks whatever it chooses."""
        if self._repository is None:
            return HistoryOverview()
        with storage_failures():
            db = self._repo().db
            # Nothing written since the last read of the same filter: the same overview (a re-open
            # of the history page then reads nothing and redraws nothing).
            return self._remember("overview", (*self._state(db), where), lambda: self._read_overview(db, where))

    def _read_overview(self, db, where: HistoryFilter) -> HistoryOverview:
        from recoverykit.services.picture import PictureService
        from recoverykit.storage.history_query import list_sessions

        with storage_failures():
            listings, skipped = list_sessions(db, where)
        # The red flags are the recovery picture's, whatever the filter: the same as the start page's.
        picture = PictureService(self._repository, self._clock, lambda: None).picture()
        return HistoryOverview(listings, skipped, picture.red_flags())

    def days_logged(self, since: date, until: date) -> list[tuple[date, Journal]]:
        """The days logged from ``since`` to ``until`` (both included), dated, for the trend charts."""
        if self._repository is None:
            return []
        from recoverykit.storage.day_logs import DayLogStore

        zone = self.now().tzinfo
        with storage_failures():
            logs = DayLogStore(self._repo()).since(datetime.combine(since, time.min, zone))
        return [(log.day, log.journal) for log in logs if log.day <= until]

    @staticmethod
    def empty_document() -> dict:
        """The history JSON document of a history with no sessions yet."""
        from recoverykit.storage.history_format import history_document

        return history_document([], set(), {})

    def document(self, library: RoutineLibrary) -> HistoryDocument:
        """The whole history as the public history JSON document (docs/history-format.md)."""
        from recoverykit.storage.day_logs import DayLogStore
        from recoverykit.storage.history_format import history_document
        from recoverykit.storage.journal_store import JournalStore
        from recoverykit.storage.recovery import find_resumable

        repo = self._repo()
        with storage_failures():
            sessions = repo.sessions()
            skipped = repo.skipped_rows
            plan = find_resumable(repo, library, self.now())
            journals = JournalStore(repo).all()
            days = DayLogStore(repo).all()
        resumable = {plan.session_id} if plan else set()
        return HistoryDocument(history_document(sessions, resumable, journals, days), sessions, skipped)

    def session(self, session_id: str) -> tuple[SessionRow | None, Journal | None]:
        """One session with its steps and journal; ValueError if its journal row is damaged."""
        from recoverykit.storage.journal_store import JournalStore

        repo = self._repo()
        with storage_failures():
            return repo.get(session_id), JournalStore(repo).get(session_id)

    def delete(self, session_id: str) -> Record:
        """Delete a finished session with its steps and journal; returns it, for ``restore``.

        LookupError if there is no such finished session; nothing is changed then.
        """
        from recoverykit.storage.history_records import delete_session
        from recoverykit.storage.journal_store import JournalStore

        repo = self._repo()
        with storage_failures():
            session, journal = repo.get(session_id), JournalStore(repo).get(session_id)
            if session is None or session.ended_at is None:
                raise LookupError("only a finished session can be deleted")
            delete_session(repo.db, session_id)
        self.changes.announce(SESSION)
        return session, journal

    def restore(self, record: Record) -> None:
        """Put a deleted session back whole (a session already there is left as it is)."""
        from recoverykit.storage.history_records import insert_records

        repo = self._repo()
        with storage_failures():
            insert_records(repo.db, [record], self.now())
        self.changes.announce(SESSION)
