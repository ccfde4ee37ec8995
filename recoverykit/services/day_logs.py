"""The day-log service: log how the legs feel on any day, look at past days, change or delete them.

A day that cannot be saved raises StorageError (the database) or
DayLogRefused (a value the rules refuse, the message says which) and nothing
is stored; the dialog stays open with what the user entered.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from recoverykit.core.clock import Clock
from recoverykit.core.day_log import DayLog, check_day_log
from recoverykit.core.journal import Journal
from recoverykit.core.messages import Message
from recoverykit.services.changes import DAY, Changes
from recoverykit.services.failures import OnRepository, storage_failures
from recoverykit.storage.day_logs import DayLogStore
from recoverykit.storage.sessions import SessionRepository

__all__ = ["DayLog", "DayLogRefused", "DayLogService"]


class DayLogRefused(ValueError):
    """The day was not saved; the one argument (a Message) says why."""


class DayLogService(OnRepository):
    """Reads, saves and deletes logged days."""

    def __init__(self, repository: SessionRepository | None, clock: Clock, changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._clock = clock

    def now(self) -> datetime:
        return self._clock.wall()

    def new(self, logged_at: datetime, journal: Journal, rest_day: bool = False, note: str = "") -> DayLog:
        """A day log not saved yet, with a new id."""
        return DayLog(uuid.uuid4().hex, logged_at, journal, rest_day, note.strip())

    def save(self, log: DayLog) -> None:
        """Store ``log`` (replacing the one with its id); DayLogRefused if a rule refuses it."""
        problems: list[Message] = check_day_log(log, self.now())
        if problems:
            raise DayLogRefused(problems[0])
        repo = self._repo()
        with storage_failures():
            DayLogStore(repo).save(log, self.now())
        self.changes.announce(DAY)

    def delete(self, log_id: str) -> DayLog | None:
        """Delete a logged day; returns it (to put back with ``save``), None if there was none."""
        repo = self._repo()
        with storage_failures():
            store = DayLogStore(repo)
            log = store.get(log_id)
            if log is not None:
                store.delete(log_id)
        if log is not None:
            self.changes.announce(DAY)
        return log

    def all(self) -> list[DayLog]:
        """Every logged day, newest first ([] before the history is open)."""
        if not self.available:
            return []
        with storage_failures():
            return DayLogStore(self._repo()).all()

    def since(self, moment: datetime) -> list[DayLog]:
        if not self.available:
            return []
        with storage_failures():
            return DayLogStore(self._repo()).since(moment)
