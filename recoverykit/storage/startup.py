"""What the app does with its database when it starts, in order, and what to tell the user.

1. Open it, repairing a damaged one (``repair.open_or_repair``). One that
   cannot be opened just now (locked, read-only folder) is opened later, on
   first use: the session goes on and its writes wait.
2. Settle sessions a crash left in progress: the newest recent one is offered
   for resume; the others are marked interrupted (``recovery``).
3. Make the day's automatic backup (``backups``).

No step here raises: each problem becomes a sentence in ``message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from recoverykit.core.library import RoutineLibrary
from recoverykit.core.messages import msg, of_error, sentences
from recoverykit.storage.backups import daily_backup
from recoverykit.storage.db import StorageError, StorageUnavailable, open_database
from recoverykit.storage.recovery import ResumePlan, settle_unfinished
from recoverykit.storage.repair import open_or_repair
from recoverykit.storage.sessions import SessionRepository


@dataclass(frozen=True)
class Storage:
    """The repository (None when sessions cannot be saved at all), a resume offer, a message."""

    repository: SessionRepository | None
    resume: ResumePlan | None = None
    message: str = ""
    backup: Path | None = None


def open_storage(database: Path, backups: Path, library: RoutineLibrary, now: datetime) -> Storage:
    """Open, settle and back up the database at ``database``; see the module docstring."""
    try:
        opened = open_or_repair(database, backups, now)
    except StorageUnavailable as exc:
        later = SessionRepository(None, opener=lambda: open_database(database))
        return Storage(later, message=msg("Could not open the history: {why}. Sessions go on; recoverykit "
                                          "keeps what it could not save and tries again.", why=of_error(exc)))
    if opened.db is None:
        return Storage(None, message=opened.message)
    repository = SessionRepository(opened.db, opener=lambda: open_database(database))
    messages = [opened.message] if opened.message else []
    plan = None
    try:
        plan = settle_unfinished(repository, library, now)
    except StorageError as exc:
        messages.append(msg("Unfinished sessions could not be checked: {why}.", why=of_error(exc)))
    backup = None
    try:
        backup = daily_backup(opened.db, backups, now.date())
    except StorageError as exc:
        messages.append(msg("Today's automatic backup could not be made: {why}.", why=of_error(exc)))
    return Storage(repository, plan, sentences(messages) if messages else "", backup)
