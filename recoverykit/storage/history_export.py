"""Writing the history to a file: the history JSON document, or one CSV row per session.

Both are written to a temporary file beside the target and renamed into
place, so an export that fails half-way never leaves half a file. The CSV
has the session's totals and its journal, one column per value (soreness as
``before_<area>`` / ``after_<area>``, warning signs separated by ``;``);
steps are only in the JSON.

The CSV is for spreadsheets: it starts with a UTF-8 BOM (so Excel on Windows
reads it as UTF-8), every time is in one UTC offset for the whole file and
to the second, and the columns added at the end give the local date and
start time, the active time as h:mm:ss and the warning signs in words. The
JSON stays the lossless format.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo

from recoverykit.core.day_log import DayLog
from recoverykit.core.events import StepStatus
from recoverykit.core.journal import AREAS, Journal, area_values, sign_word
from recoverykit.core.messages import Message
from recoverykit.storage.history_format import history_document
from recoverykit.storage.rows import SessionRow

CSV_COLUMNS = (
    "id", "routine_id", "routine_name", "started_at", "ended_at", "status", "active_s",
    "steps_done", "steps_skipped", "note", "workout_type", "distance_km", "workout_min", "rpe",
    "workout_ended_at", "hydrated", "refuelled", "sleep_h", "warning_signs",
    *(f"before_{area}" for area in AREAS), *(f"after_{area}" for area in AREAS),
    # Added for spreadsheets (after the first columns, so a reader by position keeps working):
    "date", "start_time", "active_time", "warning_signs_text",
)
#: The first bytes of a UTF-8 text that spreadsheet programs take as "this is UTF-8".
BOM = "\ufeff"


def _blank(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


#: A cell starting with one of these is read as a formula by spreadsheet programs (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(text: str) -> str:
    """Free text (a routine's name, a note) as a spreadsheet shows it, never run as a formula: a cell that
    would start a formula starts with an apostrophe, as OWASP recommends."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _moment(moment: datetime | None, zone: tzinfo | None) -> str:
    """ISO 8601 to the second, in ``zone`` (a time's own offset when None); "" for no time."""
    if moment is None:
        return ""
    return (moment.astimezone(zone) if zone else moment).replace(microsecond=0).isoformat()


def clock_time(seconds: float) -> str:
    """A duration as h:mm:ss, which spreadsheets read as a duration (5 min 30 s is 0:05:30)."""
    whole = round(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def csv_row(session: SessionRow, journal: Journal | None, zone: tzinfo | None = None,
            render: Callable[[Message], str] = str) -> dict[str, str]:
    """One session's row; ``render`` writes the warning signs' words (English by default)."""
    done = sum(1 for step in session.steps if step.status is StepStatus.DONE)
    started = session.started_at.astimezone(zone) if zone else session.started_at
    row = {
        "id": session.id, "routine_id": text_cell(session.routine_id),
        "routine_name": text_cell(session.routine_name),
        "started_at": _moment(session.started_at, zone), "ended_at": _moment(session.ended_at, zone),
        "status": session.status.value, "active_s": str(round(session.duration_s)),
        "steps_done": str(done), "steps_skipped": str(len(session.steps) - done), "note": text_cell(session.note),
        "date": started.date().isoformat(), "start_time": started.strftime("%H:%M:%S"),
        "active_time": clock_time(session.duration_s),
    }
    journal = journal or Journal()
    row.update({
        "workout_type": _blank(journal.workout_type), "distance_km": _blank(journal.distance_km),
        "workout_min": _blank(journal.workout_min), "rpe": _blank(journal.rpe),
        "workout_ended_at": _moment(journal.workout_ended_at, zone),
        "hydrated": _blank(journal.hydrated), "refuelled": _blank(journal.refuelled),
        "sleep_h": _blank(journal.sleep_h), "warning_signs": ";".join(journal.warning_signs),
        "warning_signs_text": "; ".join(render(sign_word(sign)) for sign in journal.warning_signs),
    })
    before, after = area_values(journal.soreness_before), area_values(journal.soreness_after)
    for area in AREAS:  # the higher side's value where the sides were rated apart (the JSON keeps both)
        row[f"before_{area}"] = _blank(before.get(area))
        row[f"after_{area}"] = _blank(after.get(area))
    return row


def csv_text(sessions: list[SessionRow], journals: Mapping[str, Journal], zone: tzinfo | None = None,
             render: Callable[[Message], str] = str) -> str:
    """The CSV for spreadsheets (see the module docstring); ``zone`` is the one offset of every time."""
    out = io.StringIO()
    out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for session in sessions:
        writer.writerow(csv_row(session, journals.get(session.id), zone, render))
    return out.getvalue()


def json_text(sessions: list[SessionRow], journals: Mapping[str, Journal],
              resumable: set[str] | frozenset[str] = frozenset(), days: list[DayLog] | tuple = ()) -> str:
    return json.dumps(history_document(sessions, resumable, journals, days), indent=2,
                      ensure_ascii=False) + "\n"
