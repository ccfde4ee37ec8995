"""Stored rows as values, and reading them back from a file that may be damaged.

A row whose fields are not what recoverykit writes (a damaged file, an edit by
hand) raises ValueError, KeyError or TypeError here; the repository leaves
such a row out and counts it, instead of failing the whole read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.core.position import Position


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
    #: The imported workout this session followed (recoverykit.storage.workouts), if any.
    workout_id: int | None = None

    @property
    def duration_s(self) -> float:
        return sum(step.actual_s for step in self.steps)


@dataclass(frozen=True)
class Checkpoint:
    """Where an in-progress session was at ``saved_at`` (wall time)."""

    session_id: str
    routine_fingerprint: str
    position: Position
    saved_at: datetime


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def parse_moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _text(row: dict, key: str, *, optional: bool = False) -> str | None:
    value = row[key]
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{key} is {type(value).__name__}, not text")
    return value


def _number(row: dict, key: str, *, optional: bool = False) -> float | None:
    value = row[key]
    if value is None and optional:
        return None
    if type(value) not in (int, float):
        raise ValueError(f"{key} is {type(value).__name__}, not a number")
    return value


def _moment(row: dict, key: str, *, optional: bool = False) -> datetime | None:
    moment = _parse(_text(row, key, optional=optional))
    if moment is not None and moment.tzinfo is None:
        raise ValueError(f"{key} has no UTC offset")
    if moment is None and not optional:
        raise ValueError(f"{key} is empty")
    return moment


def session_from_row(head: dict, steps: list[StepRow]) -> SessionRow:
    return SessionRow(
        id=_text(head, "id"),
        routine_id=_text(head, "routine_id"),
        routine_name=_text(head, "routine_name"),
        started_at=_moment(head, "started_at"),
        ended_at=_moment(head, "ended_at", optional=True),
        status=SessionStatus(head["status"]),
        steps=tuple(steps),
        note=head.get("note") if isinstance(head.get("note"), str) else "",
        workout_id=head.get("workout_id") if type(head.get("workout_id")) is int else None,
    )


def step_from_row(row: dict) -> StepRow:
    for key in ("position", "slot", "step_index"):
        if type(row[key]) is not int:
            raise ValueError(f"{key} is not a whole number")
    return StepRow(
        position=row["position"],
        slot=row["slot"],
        step_index=row["step_index"],
        kind=_text(row, "kind"),
        name=_text(row, "name"),
        side=_text(row, "side", optional=True),
        planned_s=_number(row, "planned_s"),
        actual_s=_number(row, "actual_s"),
        status=StepStatus(row["status"]),
        started_at=_moment(row, "started_at", optional=True),
        ended_at=_moment(row, "ended_at", optional=True),
        temperature_c=_number(row, "temperature_c", optional=True),
        modality=_text(row, "modality", optional=True),
    )


def stored_moment(moment: datetime | None) -> str | None:
    """A time as the database keeps it: ISO 8601 to the millisecond, with its UTC offset."""
    return moment.isoformat(timespec="milliseconds") if moment is not None else None


def step_columns(session_id: str, step: StepRow) -> dict:
    """The ``steps`` table's columns for one step: the one list of them, for every writer."""
    return {
        "session_id": session_id, "position": step.position, "slot": step.slot, "step_index": step.step_index,
        "kind": step.kind, "name": step.name, "side": step.side, "planned_s": step.planned_s,
        "actual_s": step.actual_s, "status": step.status.value, "started_at": stored_moment(step.started_at),
        "ended_at": stored_moment(step.ended_at), "temperature_c": step.temperature_c, "modality": step.modality,
    }


def session_totals(steps: tuple[StepRow, ...] | list[StepRow]) -> dict:
    """The session row's step totals (schema.SESSION_TOTALS) for these steps."""
    return {"active_s": float(sum(step.actual_s for step in steps)),
            "steps_done": sum(1 for step in steps if step.status is StepStatus.DONE), "steps_total": len(steps)}
