"""What the history view lists: one light row per session, filtered in SQL.

A listing carries the session's totals (kept by SQLite on the session row)
and its journal's stored columns, read into a Journal only when asked for
(the list shows a screenful; the charts need a week), but not the steps
themselves: those are read for the one session selected. This keeps opening
years of history quick.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from recoverykit.core.events import SessionStatus
from recoverykit.core.history_stats import TrendEntry
from recoverykit.core.journal import Journal, area_values
from recoverykit.core.messages import msg
from recoverykit.storage.errors import StorageError
from recoverykit.storage.journal_store import COLUMNS, has_journals, journal_from_row
from recoverykit.storage.rows import parse_moment

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class SessionListing:
    """One session as the history list shows it."""

    id: str
    routine_id: str
    routine_name: str
    started_at: datetime
    status: SessionStatus
    active_s: float
    done: int
    steps: int
    note: str
    #: The row as read and its column names, when the session has a journal: made into a dict of
    #: columns only when the journal is read (the list shows a screenful of ten years of rows).
    journal_row: tuple | None = field(default=None, repr=False, compare=False)
    row_keys: tuple[str, ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def journal_columns(self) -> dict | None:
        """The journal's stored columns (``j_``-prefixed), or None if the session has no journal."""
        if self.journal_row is None:
            return None
        return dict(zip(self.row_keys, self.journal_row, strict=True))

    @cached_property
    def journal(self) -> Journal | None:
        """The journal, or None if there is none or its row is damaged (it hides only itself)."""
        if self.journal_columns is None:
            return None
        try:
            return journal_from_row(self.journal_columns, prefix="j_")
        except ValueError:
            return None

    @property
    def trend_entry(self) -> TrendEntry | None:
        """Just what the trend charts read (soreness by area, effort, minutes), read quickly: the full
        ``journal`` checks every field, which over ten years of sessions costs more than the charts.
        A value that is not what the app writes is left out, not guessed."""
        row = self.journal_row
        if row is None:
            return None
        places = _trend_places(self.row_keys)
        if places is None:
            return None
        before_at, after_at, rpe_at, minutes_at = places
        try:
            soreness = (_area_values(row[before_at]), _area_values(row[after_at]))
        except (TypeError, ValueError):
            return None
        rpe = row[rpe_at] if rpe_at is not None else None
        minutes = row[minutes_at] if minutes_at is not None else None
        return TrendEntry(self.started_at.date(), soreness, rpe if type(rpe) is int else None,
                          minutes if type(minutes) is int else None)

    @property
    def day(self) -> date:
        """The calendar day it started on, where it was recorded."""
        return self.started_at.date()


@lru_cache(maxsize=8)
def _trend_places(keys: tuple[str, ...]) -> tuple[int, int, int | None, int | None] | None:
    """Where the trend's columns are in a row with these column names (the same for every row)."""
    try:
        before, after = keys.index("j_soreness_before"), keys.index("j_soreness_after")
    except ValueError:
        return None
    return (before, after, keys.index("j_rpe") if "j_rpe" in keys else None,
            keys.index("j_workout_min") if "j_workout_min" in keys else None)


@lru_cache(maxsize=4096)
def _area_values(text: str) -> MappingProxyType:
    """Each area's value in a stored soreness map (core.journal.area_values), worked out once per
    distinct text: years of journals hold a few hundred distinct maps, and parsing each row's again was
    most of the trend chart's time. Read-only, as the rows share it; not a dict: no area."""
    value = json.loads(text)
    return MappingProxyType(area_values(value) if isinstance(value, dict) else {})


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions to list: a routine id (None: all) and days, both ends included."""

    routine_id: str | None = None
    since: date | None = None
    until: date | None = None


def list_sessions(db: Database, where: HistoryFilter = HistoryFilter()) -> tuple[list[SessionListing], int]:
    """Sessions newest first, and how many rows were damaged and left out."""
    clauses, params = [], []
    if where.routine_id is not None:
        clauses.append("s.routine_id = ?")
        params.append(where.routine_id)
    if where.since is not None:
        clauses.append("substr(s.started_at, 1, 10) >= ?")
        params.append(where.since.isoformat())
    if where.until is not None:
        clauses.append("substr(s.started_at, 1, 10) <= ?")
        params.append(where.until.isoformat())
    chosen = " WHERE " + " AND ".join(clauses) if clauses else ""
    journal_columns = (", " + ", ".join(f"j.{c} AS j_{c}" for c in COLUMNS) if has_journals(db)
                       else "")
    journal_join = " LEFT JOIN journals j ON j.session_id = s.id" if journal_columns else ""
    journal_part = "j.session_id AS j_present" + journal_columns if journal_columns else "NULL AS j_present"
    # The step totals are kept on the session row (schema 0008): no step is read here. The order is the
    # started_at index read backwards (rowid breaks ties), so SQLite sorts nothing.
    sql = ("SELECT s.id, s.routine_id, s.routine_name, s.started_at, s.status, s.note,"
           " s.active_s, s.steps_done, s.steps_total, " + journal_part +
           " FROM sessions s" + journal_join + chosen + " ORDER BY s.started_at DESC, s.rowid DESC")
    try:
        keys, rows = _read_rows(db.conn, sql, params)
        keys = tuple(keys)
    except sqlite3.DatabaseError as exc:
        raise StorageError(msg("the history cannot be read ({why})", why=str(exc))) from exc
    listings, skipped = [], 0
    for row in rows:  # tuples in the order of the SELECT above: no dict per row
        try:
            listings.append(_listing(row, keys))
        except (KeyError, TypeError, ValueError):
            skipped += 1
    return listings, skipped


def _read_rows(conn: sqlite3.Connection, sql: str, params: list) -> tuple[list[str], list[tuple]]:
    """Column names and rows. Text is decoded by SQLite's own (C) decoder first, which is
    several times faster than the connection's forgiving one; only if some text is not
    UTF-8 is it read again with that one (damaged text then reads as U+FFFD)."""
    forgiving = conn.text_factory
    conn.text_factory = str
    try:
        cursor = conn.execute(sql, params)
        return [column[0] for column in cursor.description], cursor.fetchall()
    except (sqlite3.OperationalError, UnicodeDecodeError):
        pass  # "Could not decode to UTF-8": read again below (any other error will recur there)
    finally:
        conn.text_factory = forgiving
    cursor = conn.execute(sql, params)
    return [column[0] for column in cursor.description], cursor.fetchall()


#: Stored status text → SessionStatus; a dict lookup is several times faster than calling the enum.
_STATUS = {status.value: status for status in SessionStatus}


def _listing(row: tuple, keys: list[str]) -> SessionListing:
    session_id, routine_id, routine_name, started_at, status, note, active_s, done, total, present = row[:10]
    started = parse_moment(started_at)
    if started is None or not isinstance(session_id, str) or not isinstance(routine_name, str):
        raise ValueError("not a readable session row")
    # Every field set at once, as SessionListing(...) would: a frozen dataclass's __init__ sets each
    # field through object.__setattr__, which took three times as long over ten years of rows. The
    # listing is as frozen as one made the usual way (tests/storage/test_journal_storage.py).
    listing = _new(SessionListing)
    listing.__dict__.update(
        id=session_id, routine_id=str(routine_id), routine_name=routine_name, started_at=started,
        status=_STATUS[status], active_s=float(active_s), done=int(done), steps=int(total),
        note=note if isinstance(note, str) else "",
        journal_row=row if present is not None else None, row_keys=keys)
    return listing


_new = object.__new__


def routine_choices(db: Database) -> list[tuple[str, str]]:
    """(routine id, latest name) of every routine in the history, by name."""
    try:
        rows = list(db.query(
            "SELECT routine_id, routine_name, MAX(started_at) FROM sessions GROUP BY routine_id"))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise StorageError(msg("the history cannot be read ({why})", why=str(exc))) from exc
    choices = [(r["routine_id"], r["routine_name"]) for r in rows
               if isinstance(r["routine_id"], str) and isinstance(r["routine_name"], str)]
    return sorted(choices, key=lambda choice: choice[1].casefold())


def first_day(db: Database) -> date | None:
    """The day of the oldest session, as recorded; None if there is none."""
    try:
        rows = list(db.query("SELECT MIN(substr(started_at, 1, 10)) AS day FROM sessions"))
        return date.fromisoformat(rows[0]["day"]) if rows and rows[0]["day"] else None
    except (sqlite3.DatabaseError, UnicodeDecodeError, ValueError, TypeError):
        return None
