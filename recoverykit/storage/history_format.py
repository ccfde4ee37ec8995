"""The history JSON document: a public format other tools read.

``{"format": "recoverykit-history", "version": 1, "sessions": [...]}``; see
docs/history-format.md. Keys may be added in later versions; none is removed.
``resumable`` (added after version 1 shipped) marks the unfinished session the
next start of the app offers to resume. ``journal`` (added with the journal)
is the session's journal, or null when none was kept. ``days`` (added with
logged days) lists the days logged without a session, newest first; it is
there only when at least one day was logged.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from recoverykit.core.day_log import DayLog
from recoverykit.core.journal import Journal
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


def journal_json(journal: Journal | None) -> dict[str, Any] | None:
    if journal is None:
        return None
    return {
        "soreness_before": dict(sorted(journal.soreness_before.items())),
        "soreness_after": dict(sorted(journal.soreness_after.items())),
        "workout_type": journal.workout_type,
        "distance_km": journal.distance_km,
        "workout_min": journal.workout_min,
        "rpe": journal.rpe,
        "workout_ended_at": journal.workout_ended_at.isoformat() if journal.workout_ended_at else None,
        "hydrated": journal.hydrated,
        "refuelled": journal.refuelled,
        "sleep_h": journal.sleep_h,
        "warning_signs": list(journal.warning_signs),
        "injured_areas": list(journal.injured_areas),
    }


def session_json(session: SessionRow, resumable: bool = False,
                 journal: Journal | None = None) -> dict[str, Any]:
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
        "journal": journal_json(journal),
        "workout_id": session.workout_id,
    }


def day_json(log: DayLog) -> dict[str, Any]:
    """A logged day: how it felt (``soreness``), sleep, signs, injured areas, a rest day, a note."""
    return {
        "id": log.id,
        "logged_at": log.logged_at.isoformat(),
        "rest_day": log.rest_day,
        "soreness": dict(sorted(log.journal.soreness_after.items())),
        "sleep_h": log.journal.sleep_h,
        "warning_signs": list(log.journal.warning_signs),
        "injured_areas": list(log.journal.injured_areas),
        "note": log.note,
    }


def history_document(sessions: list[SessionRow], resumable: Collection[str] = (),
                     journals: Mapping[str, Journal] | None = None,
                     days: list[DayLog] | tuple[DayLog, ...] = ()) -> dict[str, Any]:
    journals = journals or {}
    document: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "sessions": [session_json(session, session.id in resumable, journals.get(session.id))
                     for session in sessions],
    }
    if days:  # only then: a history without logged days reads exactly as before they existed
        document["days"] = [day_json(log) for log in days]
    return document
