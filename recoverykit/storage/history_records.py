"""Whole sessions in and out of the database: insert (import, undo) and delete.

A record is a session with its steps and its journal (or None). Inserting
skips a session whose id is already stored, so doing it twice adds nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from recoverykit.core.journal import Journal
from recoverykit.storage.journal_store import journal_row
from recoverykit.storage.rows import SessionRow, step_columns, stored_moment

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
    """Insert every record whose session id is new, in one transaction; returns how many."""
    present = stored_ids(db, [session.id for session, _ in records])
    added = 0
    with db.atomic():
        for session, journal in records:
            if session.id in present:
                continue
            present.add(session.id)
            db["sessions"].insert({
                "id": session.id, "routine_id": session.routine_id, "routine_name": session.routine_name,
                "started_at": stored_moment(session.started_at), "ended_at": stored_moment(session.ended_at),
                "status": session.status.value, "updated_at": stored_moment(at), "note": session.note,
            })
            db["steps"].insert_all((step_columns(session.id, step) for step in session.steps), batch_size=200)
            if journal is not None and not journal.is_empty:
                db["journals"].insert({"session_id": session.id, **journal_row(journal),
                                       "updated_at": stored_moment(at)})
            added += 1
    return added


def delete_session(db: Database, session_id: str) -> None:
    """Remove a session with its steps, journal and any checkpoint, in one transaction."""
    with db.atomic():
        for table in ("checkpoints", "journals", "steps"):
            db.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])
        db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
