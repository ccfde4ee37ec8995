"""The session repository: a session row when it starts, a step row the moment each ends.

Each write is its own committed transaction, so whatever happens to the
process afterwards, every finished step is on disk. While a session runs, a
checkpoint row says where it is (see recoverykit.core.position); it is saved in
the same transaction as the steps that ended, and removed when the session is
finished or marked interrupted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from recoverykit.core.events import PhaseKind, SessionStatus, StepStatus
from recoverykit.core.messages import msg
from recoverykit.core.position import Position
from recoverykit.storage.errors import StorageError, StorageUnavailable
from recoverykit.storage.rows import (
    Checkpoint,
    SessionRow,
    StepRow,
    parse_moment,
    session_from_row,
    step_columns,
    step_from_row,
    stored_moment,
)
from recoverykit.storage.upsert import upsert

__all__ = ["Checkpoint", "SessionRepository", "SessionRow", "StepRow"]

if TYPE_CHECKING:  # importing sqlite-utils is slow; the repository type needs none of it
    from sqlite_utils import Database


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("stored times carry their UTC offset")
    return stored_moment(moment)


class SessionRepository:
    """Reads and writes sessions and their steps."""

    def __init__(self, db: Database | None, opener: Callable[[], Database] | None = None) -> None:
        """``db`` is the open database; without one, ``opener`` opens it on first use.

        That is how a session goes on when the database cannot be opened at
        start-up (locked, read-only): every use tries ``opener`` again, and
        raises StorageError until it succeeds.
        """
        self._db = db
        self._opener = opener
        self._closed = False
        #: Rows the last ``sessions()`` call could not read and left out.
        self.skipped_rows = 0

    @property
    def db(self) -> Database:
        if self._db is None:
            if self._closed or self._opener is None:
                raise StorageUnavailable(msg("the database is not open"))
            self._db = self._opener()
        return self._db

    @db.setter
    def db(self, db: Database) -> None:
        self._db = db
        self._closed = False

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def close(self) -> None:
        """Close the database; it stays closed until ``reopen()`` or a new one is set on ``db``."""
        if self._db is not None:
            self._db.close()
        self._db = None
        self._closed = True

    def reopen(self) -> None:
        """Let the next use open the database again with ``opener`` (after a restore)."""
        self.close()
        self._closed = False

    def start_session(self, routine_id: str, routine_name: str, at: datetime,
                      session_id: str | None = None) -> str:
        if session_id is None:
            import uuid  # not before the first paint: the services import this module

            session_id = str(uuid.uuid4())
        with self.db.atomic():
            self.db["sessions"].insert(
                {
                    "id": session_id,
                    "routine_id": routine_id,
                    "routine_name": routine_name,
                    "started_at": _iso(at),
                    "ended_at": None,
                    "status": SessionStatus.IN_PROGRESS.value,
                    "updated_at": _iso(at),
                }
            )
        return session_id

    def record_step(self, session_id: str, row: StepRow) -> None:
        with self.db.atomic():
            self.db["steps"].insert(step_columns(session_id, row))
            heard = row.ended_at or row.started_at  # a step skipped before it began has neither
            # The session's totals (schema.SESSION_TOTALS) grow with each step, in the same transaction.
            self.db.execute(
                "UPDATE sessions SET active_s = active_s + ?, steps_done = steps_done + ?,"
                " steps_total = steps_total + 1, updated_at = COALESCE(?, updated_at) WHERE id = ?",
                [row.actual_s, int(row.status is StepStatus.DONE), _iso(heard) if heard is not None else None,
                 session_id])

    def finish_session(self, session_id: str, status: SessionStatus, at: datetime) -> None:
        if status is SessionStatus.IN_PROGRESS:
            raise ValueError("a finished session is completed, abandoned or interrupted")
        with self.db.atomic():
            self.db.execute(
                "UPDATE sessions SET status = ?, ended_at = ?, updated_at = ? WHERE id = ?",
                [status.value, _iso(at), _iso(at), session_id],
            )
            self._forget_checkpoint(session_id)

    def save_checkpoint(self, checkpoint: Checkpoint) -> None:
        position = checkpoint.position
        with self.db.atomic():
            upsert(
                self.db, "checkpoints",
                {
                    "session_id": checkpoint.session_id,
                    "routine_fingerprint": checkpoint.routine_fingerprint,
                    "slot": position.slot_index,
                    "phase": position.phase.value,
                    "elapsed_s": float(position.elapsed_s),
                    "duration_s": float(position.duration_s),
                    "paused": int(position.paused),
                    "records": position.records,
                    "saved_at": _iso(checkpoint.saved_at),
                },
                pk="session_id",
            )

    def save_progress(self, session_id: str, *, start: tuple[str, str, datetime] | None = None,
                      steps: tuple[StepRow, ...] = (), checkpoint: Checkpoint | None = None,
                      finished: tuple[SessionStatus, datetime] | None = None) -> None:
        """One transaction: the session's row if it just ``start``-ed (routine id, name, time),
        the steps that just ended, then where the session is or how it ended."""
        with self.db.atomic():
            if start is not None:
                self.start_session(*start, session_id=session_id)
            for row in steps:
                self.record_step(session_id, row)
            if finished is not None:
                self.finish_session(session_id, *finished)
            elif checkpoint is not None:
                self.save_checkpoint(checkpoint)

    def checkpoint(self, session_id: str) -> Checkpoint | None:
        """The saved position of a session; ValueError if the stored row is not a valid one."""
        if not self._has_checkpoints():
            return None
        rows = self._read("SELECT * FROM checkpoints WHERE session_id = ?", [session_id])
        if not rows:
            return None
        row = rows[0]
        try:
            phase = PhaseKind(row["phase"])
        except ValueError:
            raise ValueError(f"the saved phase {row['phase']!r} is not one this version knows") from None
        if row["paused"] not in (0, 1):
            raise ValueError(f"the saved paused flag is {row['paused']!r}, not 0 or 1")
        saved_at = datetime.fromisoformat(row["saved_at"]) if isinstance(row["saved_at"], str) else None
        if saved_at is None or saved_at.tzinfo is None:
            raise ValueError(f"the saved time {row['saved_at']!r} is not a time with a UTC offset")
        position = Position(row["slot"], phase, row["elapsed_s"], row["duration_s"],
                            bool(row["paused"]), row["records"])
        return Checkpoint(session_id, str(row["routine_fingerprint"]), position, saved_at)

    def mark_interrupted(self, session_ids: list[str], at: datetime) -> None:
        """Close sessions left ``in_progress``: their steps stay; they ended when last heard of."""
        with self.db.atomic():
            for session_id in session_ids:
                ends = [row[0] for row in self.db.execute(
                    "SELECT MAX(ended_at) FROM steps WHERE session_id = ? UNION ALL "
                    "SELECT updated_at FROM sessions WHERE id = ?", [session_id, session_id])]
                if self._has_checkpoints():
                    ends += [row[0] for row in self.db.execute(
                        "SELECT saved_at FROM checkpoints WHERE session_id = ?", [session_id])]
                known = [moment for moment in (parse_moment(text) for text in ends) if moment]
                last = _iso(max(known)) if known else _iso(at)
                self.db.execute(
                    "UPDATE sessions SET status = ?, ended_at = ?, updated_at = ? "
                    "WHERE id = ? AND status = ?",
                    [SessionStatus.INTERRUPTED.value, last, _iso(at), session_id,
                     SessionStatus.IN_PROGRESS.value],
                )
                self._forget_checkpoint(session_id)

    def unfinished_ids(self) -> list[str]:
        """Sessions still marked ``in_progress``, newest first."""
        rows = self._read("SELECT id FROM sessions WHERE status = ? ORDER BY started_at DESC, rowid DESC",
                          [SessionStatus.IN_PROGRESS.value])
        return [row["id"] for row in rows if isinstance(row["id"], str)]

    def _read(self, sql: str, params: list) -> list[dict]:
        try:
            return list(self.db.query(sql, params))
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise StorageError(msg("the history cannot be read ({why})", why=str(exc))) from exc

    def set_note(self, session_id: str, note: str) -> None:
        """How the legs felt, in the user's words."""
        with self.db.atomic():
            self.db.execute("UPDATE sessions SET note = ? WHERE id = ?", [note.strip(), session_id])

    def mark_stale_sessions_interrupted(self, at: datetime, keep: str | None = None) -> list[str]:
        """Sessions still ``in_progress`` from a run that ended without closing them."""
        stale = [session_id for session_id in self.unfinished_ids() if session_id != keep]
        self.mark_interrupted(stale, at)
        return stale

    def _has_checkpoints(self) -> bool:
        # A database opened read-only may predate migration 0002.
        return bool(self._read("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'checkpoints'", []))

    def _forget_checkpoint(self, session_id: str) -> None:
        if self._has_checkpoints():
            self.db.execute("DELETE FROM checkpoints WHERE session_id = ?", [session_id])

    def get(self, session_id: str) -> SessionRow | None:
        rows = self.sessions(where="id = ?", params=[session_id])
        return rows[0] if rows else None

    def sessions(self, where: str | None = None, params: list | None = None,
                 limit: int | None = None) -> list[SessionRow]:
        """Sessions newest first, each with its steps.

        A row that cannot be read as a session or a step (a damaged file) is
        left out and counted in ``skipped_rows``; a read SQLite itself refuses
        is a StorageError. Neither is ever written back.
        """
        sql = "SELECT * FROM sessions"
        if where:
            sql += f" WHERE {where}"
        sql += " ORDER BY started_at DESC, rowid DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        self.skipped_rows = 0
        try:
            heads = list(self.db.query(sql, params or []))
            if not heads:
                return []
            ids = [head.get("id") for head in heads]
            marks = ",".join("?" for _ in heads)
            step_rows = list(self.db.query(
                f"SELECT * FROM steps WHERE session_id IN ({marks}) ORDER BY session_id, position", ids))
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise StorageError(msg("the history cannot be read ({why})", why=str(exc))) from exc
        steps_by_session: dict[object, list[StepRow]] = {session_id: [] for session_id in ids}
        for row in step_rows:
            try:
                steps_by_session[row["session_id"]].append(step_from_row(row))
            except (KeyError, TypeError, ValueError):
                self.skipped_rows += 1
        sessions = []
        for head in heads:
            try:
                sessions.append(session_from_row(head, steps_by_session[head["id"]]))
            except (KeyError, TypeError, ValueError):
                self.skipped_rows += 1
        return sessions
