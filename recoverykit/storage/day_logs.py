"""Logged days in the ``day_logs`` table (migration 0007): a journal's columns with a moment and a note.

Rows are written whole (insert or replace by id). A stored row that is not a
valid day log (a damaged file) is left out by the readers, as journals are.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from recoverykit.core.day_log import DayLog
from recoverykit.storage.journal_store import journal_from_row, journal_row
from recoverykit.storage.rows import parse_moment
from recoverykit.storage.upsert import upsert

if TYPE_CHECKING:
    from sqlite_utils import Database


def has_day_logs(db: Database) -> bool:
    """False for a database opened read-only that predates migration 0007."""
    return bool(list(db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'day_logs'")))


def day_log_row(log: DayLog, at: datetime) -> dict:
    """The stored columns of ``log`` (ValueError if its journal breaks a rule)."""
    return {"id": log.id, "logged_at": log.logged_at.isoformat(timespec="seconds"), "rest_day": int(log.rest_day),
            "note": log.note, **journal_row(log.journal), "updated_at": at.isoformat(timespec="milliseconds")}


def day_log_from_row(row: dict) -> DayLog:
    """A DayLog from its stored columns; ValueError if the row is damaged."""
    logged_at = parse_moment(row.get("logged_at"))
    if logged_at is None or not isinstance(row.get("id"), str) or row.get("rest_day") not in (0, 1):
        raise ValueError("not a readable day log row")
    note = row.get("note")
    return DayLog(row["id"], logged_at, journal_from_row(row), row["rest_day"] == 1,
                  note if isinstance(note, str) else "")


class DayLogStore:
    """Reads and saves logged days, on the repository's database."""

    def __init__(self, repository) -> None:
        self._repository = repository

    def _rows(self, sql: str, params: list) -> list[DayLog]:
        db = self._repository.db
        if not has_day_logs(db):
            return []
        logs = []
        for row in db.query(sql, params):
            try:
                logs.append(day_log_from_row(row))
            except ValueError:
                continue
        return logs

    def get(self, log_id: str) -> DayLog | None:
        found = self._rows("SELECT * FROM day_logs WHERE id = ?", [log_id])
        return found[0] if found else None

    def save(self, log: DayLog, at: datetime) -> None:
        """Store ``log``, replacing the one with its id."""
        upsert(self._repository.db, "day_logs", day_log_row(log, at), pk="id")

    def delete(self, log_id: str) -> None:
        self._repository.db.execute("DELETE FROM day_logs WHERE id = ?", [log_id])

    def all(self) -> list[DayLog]:
        """Every readable logged day, newest first."""
        return _newest_first(self._rows("SELECT * FROM day_logs", []))

    def since(self, moment: datetime) -> list[DayLog]:
        """Each readable day logged at or after ``moment``, newest first."""
        # The date prefix narrows the rows in SQL (stored offsets differ); the exact test is below.
        day_before = (moment - timedelta(days=1)).date().isoformat()
        return _newest_first([log for log in self._rows("SELECT * FROM day_logs WHERE substr(logged_at, 1, 10) >= ?",
                                                        [day_before]) if log.logged_at >= moment])


def _newest_first(logs: list[DayLog]) -> list[DayLog]:
    # Sorted as moments, not as text: the stored offsets may differ.
    return sorted(logs, key=lambda log: log.logged_at, reverse=True)


def insert_days(db: Database, days: list[DayLog], at: datetime) -> int:
    """Add each logged day whose id is new (an import); returns how many were added."""
    if not days:
        return 0
    present = {row[0] for row in db.execute("SELECT id FROM day_logs")}
    added = 0
    with db.atomic():
        for log in days:
            if log.id in present:
                continue
            present.add(log.id)
            db["day_logs"].insert(day_log_row(log, at))
            added += 1
    return added
