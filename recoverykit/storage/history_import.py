"""Reading a history JSON file to import: everything is checked before anything is stored.

The file is the document ``recoverykit export`` (and ``history --json``)
writes; see docs/history-format.md. ``read_history_file`` returns every
session as a record, or raises ImportProblem naming the first bad one (its
position in the file, its id if it has one, and the field). Nothing is
stored until the whole file is good; ``import_history`` then inserts the new
sessions in one transaction (see history_records).
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from pathlib import Path
from typing import Any

from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.core.journal import Journal, check_journal
from recoverykit.storage.history_format import FORMAT_NAME, FORMAT_VERSION
from recoverykit.storage.history_records import Record, insert_records
from recoverykit.storage.rows import SessionRow, StepRow

#: Bounds against damaged and hostile files, far above any real history.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_SESSIONS = 200_000
MAX_STEPS = 2_000
MAX_SECONDS = 7 * 24 * 3600.0
MAX_NAME = 500
MAX_NOTE = 20_000
TEMPERATURE_RANGE = (-50.0, 100.0)
#: The foundation keys of version 1: every v1 document has them, so an import requires them.
#: Keys added later (a step's times, temperature and modality; a session's note,
#: resumable and journal) may be missing and read as null.
SESSION_KEYS = ("id", "routine_id", "routine_name", "started_at", "ended_at", "status", "steps")
STEP_KEYS = ("kind", "name", "side", "planned_s", "actual_s", "status")
#: A journal came whole from its first day, so one that is there has every key.
JOURNAL_KEYS = ("soreness_before", "soreness_after", "workout_type", "distance_km", "workout_min",
                "rpe", "workout_ended_at", "hydrated", "refuelled", "sleep_h", "warning_signs")


class ImportProblem(ValueError):
    """The file cannot be imported; the message says where and why. Nothing was stored."""


class _Bad(ValueError):
    """A bad field inside one record; the caller adds which record."""


def _text(data: dict, key: str, limit: int = MAX_NAME, optional: bool = False) -> str | None:
    value = data.get(key) if optional else data[key]
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _Bad(f"{key} must be text, not {_kind(value)}")
    if len(value) > limit:
        raise _Bad(f"{key} is longer than {limit} characters")
    return value


def _moment(data: dict, key: str, optional: bool = False) -> datetime | None:
    text = _text(data, key, 64, optional)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _Bad(f"{key} is not an ISO-8601 time: {text[:40]!r}") from None
    if moment.tzinfo is None:
        raise _Bad(f"{key} has no UTC offset: {text[:40]!r}")
    return moment


def _number(data: dict, key: str, low: float, high: float, optional: bool = False) -> float | None:
    value = data.get(key) if optional else data[key]
    if value is None and optional:
        return None
    if type(value) not in (int, float) or not math.isfinite(value) or not low <= value <= high:
        raise _Bad(f"{key} must be a number from {low:g} to {high:g}, not {_short(value)}")
    return float(value)


def _kind(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def _short(value: object) -> str:
    text = json.dumps(value) if isinstance(value, (int, float, str, bool, type(None))) else _kind(value)
    return text if len(text) <= 24 else text[:21] + "…"


def _require(data: object, keys: tuple[str, ...], what: str) -> dict:
    if not isinstance(data, dict):
        raise _Bad(f"{what} must be an object, not {_kind(data)}")
    missing = [key for key in keys if key not in data]
    if missing:
        raise _Bad(f"{what} lacks {', '.join(missing)}")
    return data


def _step(data: object, position: int) -> StepRow:
    data = _require(data, STEP_KEYS, f"steps[{position}]")
    try:
        side = data["side"]
        if side is not None:
            side = _text(data, "side", 16)
        if side not in (None, "left", "right"):
            raise _Bad("side must be \"left\", \"right\" or null")
        try:
            status = StepStatus(data["status"])
        except ValueError:
            raise _Bad("status must be \"done\" or \"skipped\"") from None
        return StepRow(
            position=position, slot=position, step_index=position,
            kind=_text(data, "kind", 40), name=_text(data, "name"), side=side,
            planned_s=_number(data, "planned_s", 0, MAX_SECONDS),
            actual_s=_number(data, "actual_s", 0, MAX_SECONDS), status=status,
            started_at=_moment(data, "started_at", optional=True),
            ended_at=_moment(data, "ended_at", optional=True),
            temperature_c=_number(data, "temperature_c", *TEMPERATURE_RANGE, optional=True),
            modality=_text(data, "modality", 40, optional=True),
        )
    except _Bad as exc:
        raise _Bad(f"steps[{position}].{exc}") from None


def _injured(data: dict) -> tuple[str, ...]:
    """``injured_areas``, added to the journal later: missing reads as none."""
    areas = data.get("injured_areas", [])
    if not isinstance(areas, list) or not all(isinstance(area, str) for area in areas):
        raise _Bad("journal.injured_areas must be a list of text")
    return tuple(areas)


def _journal(data: object) -> Journal | None:
    if data is None:
        return None
    data = _require(data, JOURNAL_KEYS, "journal")
    signs = data["warning_signs"]
    if not isinstance(signs, list) or not all(isinstance(sign, str) for sign in signs):
        raise _Bad("journal.warning_signs must be a list of text")
    for key in ("soreness_before", "soreness_after"):
        if not isinstance(data[key], dict):
            raise _Bad(f"journal.{key} must be an object")
    journal = Journal(
        soreness_before=dict(data["soreness_before"]), soreness_after=dict(data["soreness_after"]),
        workout_type=data["workout_type"], distance_km=data["distance_km"],
        workout_min=data["workout_min"], rpe=data["rpe"],
        workout_ended_at=_moment(data, "workout_ended_at", optional=True),
        hydrated=data["hydrated"], refuelled=data["refuelled"], sleep_h=data["sleep_h"],
        warning_signs=tuple(signs), injured_areas=_injured(data))
    problems = check_journal(journal)
    if problems:
        raise _Bad("journal." + problems[0])
    return journal


def _session(data: object) -> Record:
    data = _require(data, SESSION_KEYS, "the session")
    try:
        status = SessionStatus(data["status"])
    except ValueError:
        raise _Bad("status must be in_progress, completed, abandoned or interrupted") from None
    steps_data = data["steps"]
    if not isinstance(steps_data, list):
        raise _Bad(f"steps must be a list, not {_kind(steps_data)}")
    if len(steps_data) > MAX_STEPS:
        raise _Bad(f"steps holds more than {MAX_STEPS} steps")
    steps = tuple(_step(step, position) for position, step in enumerate(steps_data))
    started = _moment(data, "started_at")
    ended = _moment(data, "ended_at", optional=True)
    if status is SessionStatus.IN_PROGRESS:
        # Nothing is running it here: it arrives as interrupted, ending when last heard of.
        status = SessionStatus.INTERRUPTED
        ends = [step.ended_at for step in steps if step.ended_at is not None]
        ended = ended or (max(ends) if ends else started)
    note = _text(data, "note", MAX_NOTE) if "note" in data else ""
    journal = _journal(data.get("journal"))
    session = SessionRow(id=_text(data, "id", 200), routine_id=_text(data, "routine_id", 200),
                         routine_name=_text(data, "routine_name"), started_at=started, ended_at=ended,
                         status=status, steps=steps, note=note.strip())
    if not session.id.strip():
        raise _Bad("id is empty")
    return session, journal


def _reject_constant(name: str) -> float:
    raise ImportProblem(f"the file holds {name}, which is not a number JSON allows")


def parse_history(raw: bytes) -> list[Record]:
    """Every session in a history document, checked; ImportProblem naming the first bad one."""
    if len(raw) > MAX_FILE_BYTES:
        raise ImportProblem(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a BOM from a Windows editor is fine
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"the file is not UTF-8 text (byte {exc.start})") from None
    try:
        document: Any = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ImportProblem(f"the file is not complete, valid JSON ({exc.msg} at line {exc.lineno}, "
                            f"column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # e.g. a number with thousands of digits
        if isinstance(exc, ImportProblem):
            raise
        raise ImportProblem(f"the file holds a value that cannot be read ({str(exc)[:80]})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportProblem(f"the file is not a recoverykit history (its \"format\" is not {FORMAT_NAME!r})")
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ImportProblem("the file's \"version\" is not a whole number from 1")
    if version > FORMAT_VERSION:
        raise ImportProblem(f"the file is history format version {version}; this recoverykit reads "
                            f"up to {FORMAT_VERSION}. Update recoverykit to import it")
    sessions = document.get("sessions")
    if not isinstance(sessions, list):
        raise ImportProblem("the file's \"sessions\" is not a list")
    if len(sessions) > MAX_SESSIONS:
        raise ImportProblem(f"the file holds more than {MAX_SESSIONS} sessions")
    records: list[Record] = []
    seen: set[str] = set()
    for number, data in enumerate(sessions, start=1):
        label = f"session {number}"
        if isinstance(data, dict) and isinstance(data.get("id"), str):
            label += f" (id {data['id'][:60]!r})"
        try:
            record = _session(data)
        except _Bad as exc:
            raise ImportProblem(f"{label}: {exc}") from None
        if record[0].id in seen:
            raise ImportProblem(f"{label}: the id appears twice in the file")
        seen.add(record[0].id)
        records.append(record)
    return records


def read_history_file(path: Path) -> list[Record]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportProblem(f"the file cannot be read ({exc.strerror or exc})") from None
    return parse_history(raw)


def import_history(db, path: Path, at: datetime) -> tuple[int, int]:
    """Check the whole file, then add its new sessions in one transaction: (added, already there)."""
    records = read_history_file(path)
    added = insert_records(db, records, at)
    return added, len(records) - added
