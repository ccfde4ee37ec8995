"""The reads behind the recovery picture (core/picture.py), in one place.

``read_picture`` gathers from the database what advice depends on: the
newest workout (or a chosen one), the journals of sessions and the logged
days of the last weeks with their ids, the sessions since the workout, and
the open reminders. The health answers live in a file and come from the
caller. Works on a database opened read-only by an older version too (a
table it lacks reads as empty).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from recoverykit.core.health_check import HealthAnswers
from recoverykit.core.picture import DAY, LOOK_BACK, SESSION, DoneSession, Entry, RecoveryPicture
from recoverykit.storage.day_logs import DayLogStore
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.reminders import ReminderStore
from recoverykit.storage.rows import parse_moment
from recoverykit.storage.workouts import WorkoutStore, has_workouts

#: Sessions this long before the workout's end are not "since the workout" (a clock a little off).
_SLACK = timedelta(minutes=1)


class NoSuchWorkout(LookupError):
    """The chosen workout id is not stored."""


def read_picture(repository, now: datetime, health: HealthAnswers | None = None,
                 workout_id: int | None = None) -> RecoveryPicture:
    """The picture at ``now`` (for ``workout_id``, or the newest workout); NoSuchWorkout for an unknown id."""
    db = repository.db
    workout = None
    if has_workouts(db):
        store = WorkoutStore(db)
        workout = store.get(workout_id) if workout_id is not None else store.latest()
    if workout_id is not None and workout is None:
        raise NoSuchWorkout(f"no workout with the id {workout_id} (see: recoverykit workouts)")
    since = now - LOOK_BACK
    entries = [Entry(started, journal, SESSION, session_id)
               for started, session_id, journal in JournalStore(repository).since(since)]
    entries += [Entry(log.logged_at, log.journal, DAY, log.id) for log in DayLogStore(repository).since(since)]
    entries.sort(key=lambda entry: entry.at)
    done = _sessions_since(db, workout) if workout is not None else ()
    reminders = tuple(ReminderStore(repository).all())
    return RecoveryPicture(now, workout, tuple(entries), health, done, reminders)


def _sessions_since(db, workout) -> tuple[DoneSession, ...]:
    """Sessions linked to the workout, or started after it ended, that have ended; oldest first."""
    ended = workout.ended_at
    after = (ended - _SLACK).isoformat() if ended is not None else None
    rows = db.execute(
        "SELECT id, routine_id, routine_name, started_at, ended_at, status, workout_id FROM sessions "
        "WHERE ended_at IS NOT NULL AND (workout_id = ? OR (workout_id IS NULL AND ? IS NOT NULL "
        "AND substr(started_at, 1, 10) >= substr(?, 1, 10)))", [workout.id, after, after]).fetchall()
    done = []
    for session_id, routine_id, name, started, finished, status, linked in rows:
        started_at = parse_moment(started)
        if started_at is None or (linked is None and (ended is None or started_at < ended - _SLACK)):
            continue
        done.append(DoneSession(session_id, routine_id, name, started_at, parse_moment(finished), status,
                                linked if type(linked) is int else None))
    return tuple(sorted(done, key=lambda session: session.started_at))
