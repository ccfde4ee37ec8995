"""The session repository: a session row when it starts, a step row the moment each ends.

Each write is its own committed transaction, so whatever happens to the
process afterwards, every finished step is on disk.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from recoverykit.core.events import SessionStatus, StepStatus

if TYPE_CHECKING:  # importing sqlite-utils is slow; the rows and the repository type need none of it
    from sqlite_utils import Database


@dataclass(frozen=True)
class StepRow:
    """One finished step (one side of a two-sided step) as stored."""

    position: int
    slot: int
    step_index: int
    kind: str
    name: str
    side: str | None
    planned_s: float
    actual_s: float
    status: StepStatus
    started_at: datetime | None
    ended_at: datetime | None
    temperature_c: float | None = None
    modality: str | None = None


@dataclass(frozen=True)
class SessionRow:
    """One session as stored, with its steps in the order they ended."""

    id: str
    routine_id: str
    routine_name: str
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    steps: tuple[StepRow, ...] = ()
    note: str = ""

    @property
    def duration_s(self) -> float:
        return sum(step.actual_s for step in self.steps)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("stored times carry their UTC offset")
    return moment.isoformat(timespec="milliseconds")


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class SessionRepository:
    """Reads and writes sessions and their steps."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def start_session(self, routine_id: str, routine_name: str, at: datetime,
                      session_id: str | None = None) -> str:
        session_id = session_id or str(uuid.uuid4())
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
            self.db["steps"].insert(
                {
                    "session_id": session_id,
                    "position": row.position,
                    "slot": row.slot,
                    "step_index": row.step_index,
                    "kind": row.kind,
                    "name": row.name,
                    "side": row.side,
                    "planned_s": row.planned_s,
                    "actual_s": row.actual_s,
                    "status": row.status.value,
                    "started_at": _iso(row.started_at) if row.started_at else None,
                    "ended_at": _iso(row.ended_at) if row.ended_at else None,
                    "temperature_c": row.temperature_c,
                    "modality": row.modality,
                }
            )
            self.db.execute(
                "UPDATE sessions SET updated_at = ? WHERE id = ?",
                [_iso(row.ended_at or row.started_at or datetime.now().astimezone()), session_id],
            )

    def finish_session(self, session_id: str, status: SessionStatus, at: datetime) -> None:
        if status is SessionStatus.IN_PROGRESS:
            raise ValueError("a finished session is completed, abandoned or interrupted")
        with self.db.atomic():
            self.db.execute(
                "UPDATE sessions SET status = ?, ended_at = ?, updated_at = ? WHERE id = ?",
                [status.value, _iso(at), _iso(at), session_id],
            )

    def set_note(self, session_id: str, note: str) -> None:
        """How the legs felt, in the user's words."""
        with self.db.atomic():
            self.db.execute("UPDATE sessions SET note = ? WHERE id = ?", [note.strip(), session_id])

    def mark_stale_sessions_interrupted(self, at: datetime, keep: str | None = None) -> list[str]:
        """Sessions still ``in_progress`` from a run that ended without closing them."""
        stale = [
            row["id"]
            for row in self.db.query(
                "SELECT id FROM sessions WHERE status = ? AND id IS NOT ?",
                [SessionStatus.IN_PROGRESS.value, keep],
            )
        ]
        with self.db.atomic():
            for session_id in stale:
                last = self.db.execute(
                    "SELECT COALESCE(MAX(ended_at), (SELECT updated_at FROM sessions WHERE id = ?)) "
                    "FROM steps WHERE session_id = ?",
                    [session_id, session_id],
                ).fetchone()[0]
                self.db.execute(
                    "UPDATE sessions SET status = ?, ended_at = ?, updated_at = ? WHERE id = ?",
                    [SessionStatus.INTERRUPTED.value, last, _iso(at), session_id],
                )
        return stale

    def get(self, session_id: str) -> SessionRow | None:
        rows = self.sessions(where="id = ?", params=[session_id])
        return rows[0] if rows else None

    def sessions(self, where: str | None = None, params: list | None = None,
                 limit: int | None = None) -> list[SessionRow]:
        """Sessions newest first, each with its steps."""
        sql = "SELECT * FROM sessions"
        if where:
            sql += f" WHERE {where}"
        sql += " ORDER BY started_at DESC, rowid DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        heads = list(self.db.query(sql, params or []))
        if not heads:
            return []
        steps_by_session: dict[str, list[StepRow]] = {head["id"]: [] for head in heads}
        marks = ",".join("?" for _ in heads)
        for row in self.db.query(
            f"SELECT * FROM steps WHERE session_id IN ({marks}) ORDER BY session_id, position",
            [head["id"] for head in heads],
        ):
            steps_by_session[row["session_id"]].append(_step_from_row(row))
        return [
            SessionRow(
                id=head["id"],
                routine_id=head["routine_id"],
                routine_name=head["routine_name"],
                started_at=_parse(head["started_at"]),
                ended_at=_parse(head["ended_at"]),
                status=SessionStatus(head["status"]),
                steps=tuple(steps_by_session[head["id"]]),
                note=head.get("note") or "",
            )
            for head in heads
        ]


def _step_from_row(row: dict) -> StepRow:
    return StepRow(
        position=row["position"],
        slot=row["slot"],
        step_index=row["step_index"],
        kind=row["kind"],
        name=row["name"],
        side=row["side"],
        planned_s=row["planned_s"],
        actual_s=row["actual_s"],
        status=StepStatus(row["status"]),
        started_at=_parse(row["started_at"]),
        ended_at=_parse(row["ended_at"]),
        temperature_c=row["temperature_c"],
        modality=row["modality"],
    )
