"""Whole sessions in and out of the database: insert (import, undo) and delete.

A record is a session with its steps and its journal (or None). Inserting
skips a session whose id is already stored, so doing it twice adds nothing.
"""

from __future__ import annotations

from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING

from recoverykit.core.journal import Journal
from recoverykit.storage.journal_store import journal_row
from recoverykit.storage.rows import SessionRow, session_totals, step_columns, stored_moment

if TYPE_CHECKING:
    from sqlite_utils import Database

Record = tuple[SessionRow, "Journal | None"]


def stored_ids(db: Database, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" for _ in chunk)
        found.update(row[0] for row in db.execute(f"SELECT id FROM sessions WHERE id IN ({marks})", chunk))
    return found


def insert_records(db: Database, records: list[Record], at: datetime) -> int:
    """Insert every record whose session id is new, in one transaction; returns how many.

    The rows are plain values already (times as text, soreness as JSON), so each
    table gets one prepared statement run over all its rows: ten years of history
    is one ``executemany`` per table instead of three inserts per session.
    """
    present = stored_ids(db, [session.id for session, _ in records])
    updated_at = stored_moment(at)
    sessions: list[dict] = []
    steps: list[dict] = []
    journals: list[dict] = []
    for session, journal in records:
        if session.id in present:
            continue
        present.add(session.id)
        sessions.append({
            "id": session.id, "routine_id": session.routine_id, "routine_name": session.routine_name,
            "started_at": stored_moment(session.started_at), "ended_at": stored_moment(session.ended_at),
            "status": session.status.value, "updated_at": updated_at, "note": session.note,
            **session_totals(session.steps),
        })
        steps.extend(step_columns(session.id, step) for step in session.steps)
        if journal is not None and not journal.is_empty:
            journals.append({"session_id": session.id, **journal_row(journal), "updated_at": updated_at})
    with db.atomic():
        for table, rows in (("sessions", sessions), ("steps", steps), ("journals", journals)):
            _insert_rows(db, table, rows)
    return len(sessions)


def _insert_rows(db: Database, table: str, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys, in the same order) into ``table``."""
    if not rows:
        return
    columns = list(rows[0])
    names = ", ".join(f"[{column}]" for column in columns)
    marks = ", ".join("?" for _ in columns)
    values = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", map(values, rows))


def delete_session(db: Database, session_id: str) -> None:
    """Remove a session with its steps, journal and any checkpoint, in one transaction."""
    with db.atomic():
        for table in ("checkpoints", "journals", "steps"):
            db.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
        db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
