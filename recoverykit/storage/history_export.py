"""Writing the history to a file: the history JSON document, or one CSV row per session.

Both are written to a temporary file beside the target and renamed into
place, so an export that fails half-way never leaves half a file. The CSV
has the session's totals and its journal, one column per value (soreness as
``before_<area>`` / ``after_<area>``, warning signs separated by ``;``);
steps are only in the JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping

from recoverykit.core.events import StepStatus
from recoverykit.core.journal import AREAS, Journal
from recoverykit.storage.history_format import history_document
from recoverykit.storage.rows import SessionRow

CSV_COLUMNS = (
    "id", "routine_id", "routine_name", "started_at", "ended_at", "status", "active_s",
    "steps_done", "steps_skipped", "note", "workout_type", "distance_km", "workout_min", "rpe",
    "workout_ended_at", "hydrated", "refuelled", "sleep_h", "warning_signs",
    *(f"before_{area}" for area in AREAS), *(f"after_{area}" for area in AREAS),
)


def _blank(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def csv_row(session: SessionRow, journal: Journal | None) -> dict[str, str]:
    done = sum(1 for step in session.steps if step.status is StepStatus.DONE)
    row = {
        "id": session.id, "routine_id": session.routine_id, "routine_name": session.routine_name,
        "started_at": session.started_at.isoformat(),
        "ended_at": session.ended_at.isoformat() if session.ended_at else "",
        "status": session.status.value, "active_s": f"{session.duration_s:.3f}",
        "steps_done": str(done), "steps_skipped": str(len(session.steps) - done), "note": session.note,
    }
    journal = journal or Journal()
    row.update({
        "workout_type": _blank(journal.workout_type), "distance_km": _blank(journal.distance_km),
        "workout_min": _blank(journal.workout_min), "rpe": _blank(journal.rpe),
        "workout_ended_at": journal.workout_ended_at.isoformat() if journal.workout_ended_at else "",
        "hydrated": _blank(journal.hydrated), "refuelled": _blank(journal.refuelled),
        "sleep_h": _blank(journal.sleep_h), "warning_signs": ";".join(journal.warning_signs),
    })
    for area in AREAS:
        row[f"before_{area}"] = _blank(journal.soreness_before.get(area))
        row[f"after_{area}"] = _blank(journal.soreness_after.get(area))
    return row


def csv_text(sessions: list[SessionRow], journals: Mapping[str, Journal]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for session in sessions:
        writer.writerow(csv_row(session, journals.get(session.id)))
    return out.getvalue()


def json_text(sessions: list[SessionRow], journals: Mapping[str, Journal],
              resumable: set[str] | frozenset[str] = frozenset()) -> str:
    return json.dumps(history_document(sessions, resumable, journals), indent=2, ensure_ascii=False) + "\n"
