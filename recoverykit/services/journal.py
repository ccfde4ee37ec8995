"""The journal service: how the legs felt, saved with the session's note in one transaction.

A journal that cannot be saved raises StorageError (the database) or
ValueError (a value out of range) and nothing is stored; the dialog stays
open with what the user typed.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from recoverykit.core.clock import Clock
from recoverykit.core.journal import Journal
from recoverykit.services.changes import JOURNAL, Changes
from recoverykit.services.failures import OnRepository, storage_failures

if TYPE_CHECKING:
    from recoverykit.storage.sessions import SessionRepository



def _journals(repository: SessionRepository):
    """The journal table (its module loads with the first journal read, not with the window)."""
    from recoverykit.storage.journal_store import JournalStore

    return JournalStore(repository)


class JournalService(OnRepository):
    """Reads and saves a session's journal and note."""

    def __init__(self, repository: SessionRepository | None, clock: Clock, changes: Changes | None = None) -> None:
        super().__init__(repository, changes)
        self._clock = clock

    def get(self, session_id: str) -> Journal | None:
        """The session's journal, None if it has none; ValueError if its row is damaged."""
        repo = self._repo()
        with storage_failures():
            return _journals(repo).get(session_id)

    def save(self, session_id: str, journal: Journal, note: str) -> None:
        """Store the journal and the note together: both are saved, or neither is."""
        repo = self._repo()
        with storage_failures():
            with repo.db.atomic():
                _journals(repo).save(session_id, journal, self._clock.wall())
                repo.set_note(session_id, note)
        self.changes.announce(JOURNAL)

    def save_journal(self, session_id: str, journal: Journal) -> None:
        """Store the journal alone (a session under way: its note comes later, on the summary)."""
        repo = self._repo()
        with storage_failures():
            _journals(repo).save(session_id, journal, self._clock.wall())
        self.changes.announce(JOURNAL)

    def check_off(self, session_id: str, what: str) -> Journal:
        """Tick ``what`` ("hydrated" or "refuelled") in the session's journal, keeping the rest of it."""
        if what not in ("hydrated", "refuelled"):
            raise ValueError(f"{what} is not a check-off")
        repo = self._repo()
        with storage_failures():
            with repo.db.atomic():
                store = _journals(repo)
                journal = dataclasses.replace(store.get(session_id) or Journal(), **{what: True})
                store.save(session_id, journal, self._clock.wall())
        self.changes.announce(JOURNAL)
        return journal

    def save_note(self, session_id: str, note: str) -> None:
        repo = self._repo()
        with storage_failures():
            repo.set_note(session_id, note)
        self.changes.announce(JOURNAL)
