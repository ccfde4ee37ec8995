"""Journals in the ``journals`` table (migration 0004): one row per session, all optional.

Soreness maps are stored as JSON text, warning signs as a comma-separated
list. A stored row that is not a valid journal (a damaged file) reads as
ValueError from ``journal_from_row``; readers leave it out.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from recoverykit.core.journal import Journal, check_journal
from recoverykit.storage.rows import parse_moment
from recoverykit.storage.upsert import upsert

if TYPE_CHECKING:
    from sqlite_utils import Database

#: The journal's columns, as stored (besides ``session_id`` and ``updated_at``).
COLUMNS = ("soreness_before", "soreness_after", "workout_type", "distance_km", "workout_min", "rpe",
           "workout_ended_at", "hydrated", "refuelled", "sleep_h", "warning_signs")


def journal_row(journal: Journal) -> dict:
    problems = check_journal(journal)
    if problems:
        raise ValueError("; ".join(problems))
    return {
        "soreness_before": json.dumps(journal.soreness_before, sort_keys=True),
        "soreness_after": json.dumps(journal.soreness_after, sort_keys=True),
        "workout_type": journal.workout_type,
        "distance_km": journal.distance_km,
        "workout_min": journal.workout_min,
        "rpe": journal.rpe,
        "workout_ended_at": (journal.workout_ended_at.isoformat(timespec="seconds")
                             if journal.workout_ended_at else None),
        "hydrated": int(journal.hydrated),
        "refuelled": int(journal.refuelled),
        "sleep_h": journal.sleep_h,
        "warning_signs": ",".join(journal.warning_signs),
        "injured_areas": ",".join(journal.injured_areas),
    }


def journal_from_row(row: dict, prefix: str = "") -> Journal:
    """A Journal from stored columns (named ``prefix + column``); ValueError if damaged."""
    try:
        values = {name: row[prefix + name] for name in COLUMNS}
        ended = values["workout_ended_at"]
        journal = Journal(
            soreness_before=json.loads(values["soreness_before"]),
            soreness_after=json.loads(values["soreness_after"]),
            workout_type=values["workout_type"],
            distance_km=values["distance_km"],
            workout_min=values["workout_min"],
            rpe=values["rpe"],
            workout_ended_at=parse_moment(ended) if ended is not None else None,
            hydrated=values["hydrated"] == 1 if values["hydrated"] in (0, 1) else None,
            refuelled=values["refuelled"] == 1 if values["refuelled"] in (0, 1) else None,
            sleep_h=values["sleep_h"],
            warning_signs=tuple(sign for sign in str(values["warning_signs"]).split(",") if sign),
            # Added by migration 0006: a database opened read-only before it has no such column.
            injured_areas=tuple(area for area in str(row.get(prefix + "injured_areas") or "").split(",") if area),
        )
    except (KeyError, TypeError, json.JSONDecodeError) as exc:
        raise ValueError(f"the journal row cannot be read ({exc})") from exc
    if ended is not None and journal.workout_ended_at is None:
        raise ValueError("workout_ended_at is not a time with a UTC offset")
    problems = check_journal(journal)
    if problems:
        raise ValueError("; ".join(problems))
    return journal


def has_journals(db: Database) -> bool:
    """False for a database opened read-only that predates migration 0004."""
    return bool(list(db.query(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journals'")))


class JournalStore:
    """Reads and saves the journal of each session, on the repository's database."""

    def __init__(self, repository) -> None:
        self._repository = repository

    def get(self, session_id: str) -> Journal | None:
        db = self._repository.db
        if not has_journals(db):
            return None
        rows = list(db.query("SELECT * FROM journals WHERE session_id = ?", [session_id]))
        return journal_from_row(rows[0]) if rows else None

    def save(self, session_id: str, journal: Journal, at: datetime) -> None:
        """Store ``journal`` for the session (replacing any); an empty one removes the row."""
        db = self._repository.db
        row = journal_row(journal)
        with db.atomic():
            if journal.is_empty:
                db.execute("DELETE FROM journals WHERE session_id = ?", [session_id])
            else:
                upsert(db, "journals", {"session_id": session_id, **row,
                                        "updated_at": at.isoformat(timespec="milliseconds")}, pk="session_id")

    def all(self) -> dict[str, Journal]:
        """Every readable journal by session id (damaged rows are left out)."""
        db = self._repository.db
        if not has_journals(db):
            return {}
        journals = {}
        for row in db.query("SELECT * FROM journals"):
            try:
                journals[row["session_id"]] = journal_from_row(row)
            except ValueError:
                continue
        return journals

    def since(self, moment: datetime) -> list[tuple[datetime, str, Journal]]:
        """Each readable journal of a session started at or after ``moment``: the session's start, its id,
        the journal (the recovery picture's entries, storage/picture_read.py)."""
        db = self._repository.db
        if not has_journals(db):
            return []
        # The date prefix narrows the rows in SQL (stored offsets differ); the exact test is below.
        day_before = (moment - timedelta(days=1)).date().isoformat()
        found = []
        for row in db.query("SELECT s.started_at AS session_started_at, j.* FROM journals j "
                            "JOIN sessions s ON s.id = j.session_id WHERE substr(s.started_at, 1, 10) >= ?",
                            [day_before]):
            try:
                started, journal = parse_moment(row["session_started_at"]), journal_from_row(row)
            except ValueError:
                continue
            if started is not None and started >= moment:
                found.append((started, row["session_id"], journal))
        return found
