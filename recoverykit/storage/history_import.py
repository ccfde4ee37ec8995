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

from recoverykit.core.day_log import DayLog
from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.core.journal import Journal, check_journal
from recoverykit.core.messages import Message, joined, msg
from recoverykit.storage.day_logs import insert_days
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
STEP_KEY_SET = frozenset(STEP_KEYS)
#: A journal came whole from its first day, so one that is there has every key.
#: Every logged day has all of these (days came whole, after version 1 shipped).
DAY_KEYS = ("id", "logged_at", "rest_day", "soreness", "sleep_h", "warning_signs", "injured_areas", "note")
JOURNAL_KEYS = ("soreness_before", "soreness_after", "workout_type", "distance_km", "workout_min",
                "rpe", "workout_ended_at", "hydrated", "refuelled", "sleep_h", "warning_signs")


class ImportProblem(ValueError):
    """The file cannot be imported; the message says where and why. Nothing was stored."""


class _Bad(ValueError):
    """A bad field inside one record (its one argument a Message); the caller adds which record."""


def _inside(where: str, problem: _Bad | Message) -> Message:
    """``problem`` of a field inside ``where``: "steps[2]." + "kind must be text"."""
    inner = problem.args[0] if isinstance(problem, _Bad) else problem
    return Message("{where}.{problem}", (("where", where), ("problem", inner)))


def _too_large() -> Message:
    return msg("the file is larger than {size} MB", size=MAX_FILE_BYTES // (1024 * 1024))


def _text(data: dict, key: str, limit: int = MAX_NAME, optional: bool = False) -> str | None:
    value = data.get(key) if optional else data[key]
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise _Bad(msg("{key} must be text, not {kind}", key=key, kind=_kind(value)))
    if len(value) > limit:
        raise _Bad(msg("{key} is longer than {limit} characters", key=key, limit=limit))
    return value


def _moment(data: dict, key: str, optional: bool = False) -> datetime | None:
    text = _text(data, key, 64, optional)
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise _Bad(msg("{key} is not an ISO-8601 time: {value}", key=key, value=repr(text[:40]))) from None
    if moment.tzinfo is None:
        raise _Bad(msg("{key} has no UTC offset: {value}", key=key, value=repr(text[:40])))
    return moment


def _number(data: dict, key: str, low: float, high: float, optional: bool = False) -> float | None:
    value = data.get(key) if optional else data[key]
    if value is None and optional:
        return None
    if type(value) not in (int, float) or not math.isfinite(value) or not low <= value <= high:
        raise _Bad(msg("{key} must be a number from {low} to {high}, not {value}",
                       key=key, low=float(low), high=float(high), value=_short(value)))
    return float(value)


def _kind(value: object) -> Message | str:
    kinds = {dict: msg("an object"), list: msg("a list"), str: msg("text"), bool: msg("true/false"),
             type(None): "null", int: msg("a number"), float: msg("a number")}
    return kinds.get(type(value), type(value).__name__)


def _short(value: object) -> str:
    text = json.dumps(value) if isinstance(value, (int, float, str, bool, type(None))) else _kind(value)
    return text if len(text) <= 24 else text[:21] + "…"


def _require(data: object, keys: tuple[str, ...], what: str) -> dict:
    if not isinstance(data, dict):
        raise _Bad(msg("{what} must be an object, not {kind}", what=what, kind=_kind(data)))
    missing = [key for key in keys if key not in data]
    if missing:
        raise _Bad(msg("{what} lacks {keys}", what=what, keys=", ".join(missing)))
    return data


#: Status text → status; a dict lookup, as ten years of history hold 55,000 steps.
_STEP_STATUS = {status.value: status for status in StepStatus}


def _step(data: object, position: int) -> StepRow:
    if not isinstance(data, dict) or not STEP_KEY_SET <= data.keys():  # the message says which
        data = _require(data, STEP_KEYS, f"steps[{position}]")
    try:
        side = data["side"]
        if side is not None:
            side = _text(data, "side", 16)
        if side not in (None, "left", "right"):
            raise _Bad(msg("side must be \"left\", \"right\" or null"))
        status = _STEP_STATUS.get(data["status"]) if isinstance(data["status"], str) else None
        if status is None:
            raise _Bad(msg("status must be \"done\" or \"skipped\""))
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
        raise _Bad(_inside(f"steps[{position}]", exc)) from None


def _injured(data: dict) -> tuple[str, ...]:
    """``injured_areas``, added to the journal later: missing reads as none."""
    areas = data.get("injured_areas", [])
    if not isinstance(areas, list) or not all(isinstance(area, str) for area in areas):
        raise _Bad(msg("{key} must be a list of text", key="journal.injured_areas"))
    return tuple(areas)


def _journal(data: object) -> Journal | None:
    if data is None:
        return None
    data = _require(data, JOURNAL_KEYS, "journal")
    signs = data["warning_signs"]
    if not isinstance(signs, list) or not all(isinstance(sign, str) for sign in signs):
        raise _Bad(msg("{key} must be a list of text", key="journal.warning_signs"))
    for key in ("soreness_before", "soreness_after"):
        if not isinstance(data[key], dict):
            raise _Bad(msg("{what} must be an object, not {kind}", what=f"journal.{key}", kind=_kind(data[key])))
    journal = Journal(
        soreness_before=dict(data["soreness_before"]), soreness_after=dict(data["soreness_after"]),
        workout_type=data["workout_type"], distance_km=data["distance_km"],
        workout_min=data["workout_min"], rpe=data["rpe"],
        workout_ended_at=_moment(data, "workout_ended_at", optional=True),
        hydrated=data["hydrated"], refuelled=data["refuelled"], sleep_h=data["sleep_h"],
        warning_signs=tuple(signs), injured_areas=_injured(data))
    problems = check_journal(journal)
    if problems:
        raise _Bad(_inside("journal", problems[0]))
    return journal


def _session(data: object) -> Record:
    data = _require(data, SESSION_KEYS, msg("the session"))
    try:
        status = SessionStatus(data["status"])
    except ValueError:
        raise _Bad(msg("status must be in_progress, completed, abandoned or interrupted")) from None
    steps_data = data["steps"]
    if not isinstance(steps_data, list):
        raise _Bad(msg("{key} must be a list, not {kind}", key="steps", kind=_kind(steps_data)))
    if len(steps_data) > MAX_STEPS:
        raise _Bad(msg("steps holds more than {count} steps", count=MAX_STEPS))
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
        raise _Bad(msg("{key} is empty", key="id"))
    return session, journal


def _reject_constant(name: str) -> float:
    raise ImportProblem(msg("the file holds {name}, which is not a number JSON allows", name=name))


def parse_history(raw: bytes) -> list[Record]:
    """Every session in a history document, checked; ImportProblem naming the first bad one."""
    return parse_document(raw)[0]


def _day(data: object) -> DayLog:
    data = _require(data, DAY_KEYS, msg("the day"))
    soreness = data["soreness"]
    if not isinstance(soreness, dict):
        raise _Bad(msg("{what} must be an object, not {kind}", what="soreness", kind=_kind(soreness)))
    for key in ("warning_signs", "injured_areas"):
        if not isinstance(data[key], list) or not all(isinstance(item, str) for item in data[key]):
            raise _Bad(msg("{key} must be a list of text", key=key))
    if type(data["rest_day"]) is not bool:
        raise _Bad(msg("{name} must be true or false", name="rest_day"))
    journal = Journal(soreness_after=dict(soreness), sleep_h=data["sleep_h"],
                      warning_signs=tuple(data["warning_signs"]), injured_areas=tuple(data["injured_areas"]))
    problems = check_journal(journal)
    if problems:
        raise _Bad(problems[0])
    log = DayLog(_text(data, "id", 200), _moment(data, "logged_at"), journal, data["rest_day"],
                 _text(data, "note", MAX_NOTE))
    if not log.id.strip():
        raise _Bad(msg("{key} is empty", key="id"))
    return log


def _days(document: dict) -> list[DayLog]:
    """The logged days (a key added after version 1: missing reads as none)."""
    days = document.get("days", [])
    if not isinstance(days, list):
        raise ImportProblem(msg("the file's \"days\" is not a list"))
    if len(days) > MAX_SESSIONS:
        raise ImportProblem(msg("the file holds more than {count} days", count=MAX_SESSIONS))
    logs, seen = [], set()
    for number, data in enumerate(days, start=1):
        try:
            log = _day(data)
        except _Bad as exc:
            raise ImportProblem(joined([msg("day {number}", number=number), exc.args[0]])) from None
        if log.id in seen:
            raise ImportProblem(joined([msg("day {number}", number=number), msg("the id appears twice in the file")]))
        seen.add(log.id)
        logs.append(log)
    return logs


def parse_document(raw: bytes) -> tuple[list[Record], list[DayLog]]:
    """Every session and logged day in a history document, checked; ImportProblem naming the first bad one."""
    if len(raw) > MAX_FILE_BYTES:
        raise ImportProblem(_too_large())
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a BOM from a Windows editor is fine
    except UnicodeDecodeError as exc:
        raise ImportProblem(msg("the file is not UTF-8 text (byte {byte})", byte=exc.start)) from None
    try:
        document: Any = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ImportProblem(msg("the file is not complete, valid JSON ({why} at line {line}, column {column})",
                                why=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except (ValueError, RecursionError) as exc:  # e.g. a number with thousands of digits
        if isinstance(exc, ImportProblem):
            raise
        raise ImportProblem(msg("the file holds a value that cannot be read ({why})", why=str(exc)[:80])) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportProblem(msg("the file is not a recoverykit history (its \"format\" is not {name})",
                                name=repr(FORMAT_NAME)))
    version = document.get("version")
    if type(version) is not int or version < 1:
        raise ImportProblem(msg("the file's \"version\" is not a whole number from 1"))
    if version > FORMAT_VERSION:
        raise ImportProblem(msg("the file is history format version {version}; this recoverykit reads "
                                "up to {newest}. Update recoverykit to import it",
                                version=version, newest=FORMAT_VERSION))
    sessions = document.get("sessions")
    if not isinstance(sessions, list):
        raise ImportProblem(msg("the file's \"sessions\" is not a list"))
    if len(sessions) > MAX_SESSIONS:
        raise ImportProblem(msg("the file holds more than {count} sessions", count=MAX_SESSIONS))
    records: list[Record] = []
    seen: set[str] = set()
    for number, data in enumerate(sessions, start=1):
        try:
            record = _session(data)
        except _Bad as exc:
            raise ImportProblem(joined([_session_label(number, data), exc.args[0]])) from None
        if record[0].id in seen:
            raise ImportProblem(joined([_session_label(number, data), msg("the id appears twice in the file")]))
        seen.add(record[0].id)
        records.append(record)
    return records, _days(document)


def _session_label(number: int, data: object) -> Message:
    """"session 12 (id '…')": which session a problem is in (made only when there is one)."""
    if isinstance(data, dict) and isinstance(data.get("id"), str):
        return msg("session {number} (id {id})", number=number, id=repr(data["id"][:60]))
    return msg("session {number}", number=number)


def read_history_file(path: Path) -> tuple[list[Record], list[DayLog]]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(_too_large())
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ImportProblem(msg("the file cannot be read ({why})", why=exc.strerror or str(exc))) from None
    return parse_document(raw)


def import_history(db, path: Path, at: datetime) -> tuple[int, int]:
    """Check the whole file, then add its new sessions and logged days in one transaction.

    Returns the sessions (added, already there); a logged day already there (by id) is kept as it is.
    """
    records, days = read_history_file(path)
    with db.atomic():
        added = insert_records(db, records, at)
        insert_days(db, days, at)
    return added, len(records) - added
