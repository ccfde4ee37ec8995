"""Open reminders in the ``reminders`` table (migration 0009): one row a kind, until it is answered.

A reminder is written when it is set, marked when it is shown, and removed
when it is answered (Done) or replaced by a later workout's; so a restart
brings back what was pending or on screen.
"""

from __future__ import annotations

from datetime import datetime

from recoverykit.core.picture import OpenReminder
from recoverykit.storage.rows import parse_moment
from recoverykit.storage.upsert import upsert


def has_reminders(db) -> bool:
    """False for a database opened read-only that predates migration 0009."""
    return bool(db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reminders'").fetchone())


class ReminderStore:
    """Reads and writes the open reminders, on the repository's database."""

    def __init__(self, repository) -> None:
        self._repository = repository

    def all(self) -> list[OpenReminder]:
        """Every readable open reminder, the soonest first (a damaged row is left out)."""
        db = self._repository.db
        if not has_reminders(db):
            return []
        found = []
        for kind, due, session_id, day_log_id, workout_id, shown in db.execute(
                "SELECT kind, due_at, session_id, day_log_id, workout_id, shown FROM reminders"):
            moment = parse_moment(due)
            if moment is None or not isinstance(kind, str):
                continue
            found.append(OpenReminder(kind, moment, session_id if isinstance(session_id, str) else None,
                                      day_log_id if isinstance(day_log_id, str) else None,
                                      workout_id if type(workout_id) is int else None, shown == 1))
        return sorted(found, key=lambda reminder: reminder.due)

    def save(self, reminder: OpenReminder, at: datetime) -> None:
        """Store ``reminder``, replacing the one of its kind."""
        upsert(self._repository.db, "reminders", {
            "kind": reminder.kind, "due_at": reminder.due.isoformat(timespec="seconds"),
            "session_id": reminder.session_id, "day_log_id": reminder.day_log_id,
            "workout_id": reminder.workout_id, "shown": int(reminder.shown),
            "updated_at": at.isoformat(timespec="milliseconds")}, pk="kind")

    def remove(self, kind: str) -> None:
        self._repository.db.execute("DELETE FROM reminders WHERE kind = ?", [kind])
