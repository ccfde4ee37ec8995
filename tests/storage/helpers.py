"""Databases with some history in them, for storage tests."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.storage.db import open_database
from recoverykit.storage.sessions import SessionRepository, StepRow

T0 = datetime(2026, 5, 4, 7, 30, tzinfo=timezone(timedelta(hours=2)))


def populate(path: Path, sessions: int = 40, first_day: int = 0) -> list[str]:
    """A closed database at ``path`` holding ``sessions`` completed 8-step sessions."""
    db = open_database(path)
    repo = SessionRepository(db)
    ids = []
    for day in range(first_day, first_day + sessions):
        start = T0 + timedelta(days=day)
        session_id = repo.start_session("cooldown", "Post-run cool-down", start)
        for k in range(8):
            repo.record_step(session_id, StepRow(
                k, k, k // 2, "stretch", "Standing quad stretch", ("left", "right")[k % 2], 30.0, 30.0,
                StepStatus.DONE, start + timedelta(seconds=35 * k), start + timedelta(seconds=35 * k + 30)))
        repo.finish_session(session_id, SessionStatus.COMPLETED, start + timedelta(minutes=5))
        ids.append(session_id)
    db.close()
    return ids


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def session_ids(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM sessions")}
    finally:
        conn.close()
