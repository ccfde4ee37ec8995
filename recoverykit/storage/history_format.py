"""The history JSON document: a public format other tools read.

``{"format": "recoverykit-history", "version": 1, "sessions": [...]}``; see
docs/history-format.md. Keys may be added in later versions; none is removed.
``resumable`` (added after version 1 shipped) marks the unfinished session the
next start of the app offers to resume.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from recoverykit.storage.sessions import SessionRow, StepRow

FORMAT_NAME = "recoverykit-history"
FORMAT_VERSION = 1


def _seconds(value: float) -> float:
    return round(value, 3)


def step_json(step: StepRow) -> dict[str, Any]:
    return {
        "kind": step.kind,
        "name": step.name,
        "side": step.side,
        "planned_s": _seconds(step.planned_s),
        "actual_s": _seconds(step.actual_s),
        "status": step.status.value,
        "started_at": step.started_at.isoformat() if step.started_at else None,
        "ended_at": step.ended_at.isoformat() if step.ended_at else None,
        "temperature_c": step.temperature_c,
        "modality": step.modality,
    }


def session_json(session: SessionRow, resumable: bool = False) -> dict[str, Any]:
    return {
        "id": session.id,
        "routine_id": session.routine_id,
        "routine_name": session.routine_name,
        "started_at": session.started_at.isoformat(),
        "ended_at": session.ended_at.isoformat() if session.ended_at else None,
        "status": session.status.value,
        "steps": [step_json(step) for step in session.steps],
        "note": session.note,
        "resumable": resumable,
    }


def history_document(sessions: list[SessionRow],
                     resumable: Collection[str] = ()) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "sessions": [session_json(session, session.id in resumable) for session in sessions],
    }
