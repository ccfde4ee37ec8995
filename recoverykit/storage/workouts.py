"""The workouts table: store, find, list and delete workouts read from the watch's files.

A workout is "already there" when the same file was imported before (same
sha256) or when the same workout came from another format: the same sport
(or one side unsure, ``other``) starting within 60 seconds.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

from sqlite_utils import Database

from recoverykit.workouts.model import Leg, Workout

#: Two recordings of one workout (FIT from the watch, TCX from the web) start this close.
SAME_START_S = 60
_COLUMNS = ("id", "sport", "started_at", "duration_s", "moving_s", "distance_m", "avg_hr", "max_hr",
            "steady_max_hr", "ascent_m", "descent_m", "legs", "notes", "source_format", "source_file", "sha256")


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _row(workout: Workout, at: datetime) -> dict:
    legs = [{"sport": leg.sport, "started_at": leg.started_at.isoformat() if leg.started_at else None,
             "duration_s": leg.duration_s, "distance_m": leg.distance_m} for leg in workout.legs]
    return {
        "sport": workout.sport,
        "started_at": workout.started_at.isoformat() if workout.started_at else None,
        "duration_s": workout.duration_s, "moving_s": workout.moving_s, "distance_m": workout.distance_m,
        "avg_hr": workout.avg_hr, "max_hr": workout.max_hr, "steady_max_hr": workout.steady_max_hr,
        "ascent_m": workout.ascent_m, "descent_m": workout.descent_m,
        "legs": json.dumps(legs), "notes": json.dumps(list(workout.notes), ensure_ascii=False),
        "source_format": workout.source_format, "source_file": workout.source_file,
        "sha256": workout.sha256, "imported_at": at.isoformat(),
    }


def _workout(row: tuple) -> Workout:
    values = dict(zip(_COLUMNS, row, strict=True))
    legs = tuple(Leg(leg["sport"], _moment(leg["started_at"]), leg["duration_s"], leg["distance_m"])
                 for leg in json.loads(values.pop("legs")))
    notes = tuple(json.loads(values.pop("notes")))
    values["started_at"] = _moment(values["started_at"])
    return Workout(**values, legs=legs, notes=notes)


def has_workouts(db: Database) -> bool:
    """False for a database opened read-only that predates migration 0005."""
    return bool(db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workouts'").fetchone())


class WorkoutStore:
    """Workouts in the app's database (migration 0005)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def _select(self, where: str = "", params: tuple = (), order: str = "started_at DESC, id DESC",
                limit: int | None = None) -> list[Workout]:
        sql = f"SELECT {', '.join(_COLUMNS)} FROM workouts {where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_workout(row) for row in self.db.execute(sql, params).fetchall()]

    def already_there(self, workout: Workout) -> int | None:
        """The id of the stored workout this one repeats, or None if it is new."""
        row = self.db.execute("SELECT id FROM workouts WHERE sha256 = ? LIMIT 1", (workout.sha256,)).fetchone()
        if row:
            return row[0]
        if workout.started_at is None:
            return None
        low = (workout.started_at - timedelta(seconds=SAME_START_S)).isoformat()
        high = (workout.started_at + timedelta(seconds=SAME_START_S)).isoformat()
        for stored in self._select("WHERE started_at BETWEEN ? AND ?", (low, high)):
            if stored.sport == workout.sport or "other" in (stored.sport, workout.sport):
                return stored.id
        return None

    def add(self, workout: Workout, at: datetime) -> Workout:
        """Store a new workout; the stored copy (with its id) is returned."""
        table = self.db["workouts"]
        table.insert(_row(workout, at))
        return replace(workout, id=table.last_pk)

    def restore(self, workout: Workout, at: datetime) -> None:
        """Put a deleted workout back with its id (undo)."""
        self.db["workouts"].insert({"id": workout.id, **_row(workout, at)})

    def delete(self, workout_id: int) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE sessions SET workout_id = NULL WHERE workout_id = ?", (workout_id,))
            self.db.execute("DELETE FROM workouts WHERE id = ?", (workout_id,))

    def get(self, workout_id: int) -> Workout | None:
        found = self._select("WHERE id = ?", (workout_id,))
        return found[0] if found else None

    def all(self) -> list[Workout]:
        """Newest first; workouts with no known start last."""
        return self._select(order="started_at IS NULL, started_at DESC, id DESC")

    def latest(self) -> Workout | None:
        found = self._select("WHERE started_at IS NOT NULL", limit=1)
        return found[0] if found else None

    def since(self, moment: datetime) -> list[Workout]:
        return self._select("WHERE started_at >= ?", (moment.isoformat(),))

    def link_session(self, session_id: str, workout_id: int | None) -> None:
        self.db.execute("UPDATE sessions SET workout_id = ? WHERE id = ?", (workout_id, session_id))
