"""The database schema as an ordered, append-only list of migrations.

Never edit or reorder a migration that has shipped: add a new one. Each runs
in one transaction together with the record that it was applied
(sqlite-utils ``Migrations``), and sets ``PRAGMA user_version`` so that any
SQLite tool can tell the schema version.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATION_SET = "recoverykit"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_sessions_and_steps")
def _sessions_and_steps(db: Database) -> None:
    db["sessions"].create(
        {
            "id": str,
            "routine_id": str,
            "routine_name": str,
            "started_at": str,
            "ended_at": str,
            "status": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"routine_id", "routine_name", "started_at", "status", "updated_at"},
    )
    db["sessions"].create_index(["started_at"])
    db["steps"].create(
        {
            "id": int,
            "session_id": str,
            "position": int,
            "slot": int,
            "step_index": int,
            "kind": str,
            "name": str,
            "side": str,
            "planned_s": float,
            "actual_s": float,
            "status": str,
            "started_at": str,
            "ended_at": str,
            "temperature_c": float,
            "modality": str,
        },
        pk="id",
        not_null={"session_id", "position", "kind", "name", "planned_s", "actual_s", "status"},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["steps"].create_index(["session_id", "position"], unique=True)
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_session_note")
def _session_note(db: Database) -> None:
    db["sessions"].add_column("note", str)
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_session_checkpoints")
def _session_checkpoints(db: Database) -> None:
    # Where an in-progress session is (see recoverykit.core.position): saved when
    # a step ends, on pause and every few seconds, so a crash can be resumed.
    db["checkpoints"].create(
        {
            "session_id": str,
            "routine_fingerprint": str,
            "slot": int,
            "phase": str,
            "elapsed_s": float,
            "duration_s": float,
            "paused": int,
            "records": int,
            "saved_at": str,
        },
        pk="session_id",
        not_null={"routine_fingerprint", "slot", "phase", "elapsed_s", "duration_s", "paused",
                  "records", "saved_at"},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_session_journals")
def _session_journals(db: Database) -> None:
    # The journal of a session (see recoverykit.core.journal); soreness maps are JSON text.
    db["journals"].create(
        {
            "session_id": str,
            "soreness_before": str,
            "soreness_after": str,
            "workout_type": str,
            "distance_km": float,
            "workout_min": int,
            "rpe": int,
            "workout_ended_at": str,
            "hydrated": int,
            "refuelled": int,
            "sleep_h": float,
            "warning_signs": str,
            "updated_at": str,
        },
        pk="session_id",
        not_null={"soreness_before", "soreness_after", "hydrated", "refuelled", "warning_signs",
                  "updated_at"},
        foreign_keys=[("session_id", "sessions", "id")],
    )
    db["sessions"].create_index(["routine_id", "started_at"])
    db.execute("PRAGMA user_version = 4")


@migrations(name="0005_workouts")
def _workouts(db: Database) -> None:
    # Workouts read from the watch's files (see recoverykit.workouts): the summary as the
    # file gave it, legs and notes as JSON text; a session may say which workout it followed.
    db["workouts"].create(
        {
            "id": int,
            "sport": str,
            "started_at": str,
            "duration_s": float,
            "moving_s": float,
            "distance_m": float,
            "avg_hr": int,
            "max_hr": int,
            "steady_max_hr": int,
            "ascent_m": float,
            "descent_m": float,
            "legs": str,
            "notes": str,
            "source_format": str,
            "source_file": str,
            "sha256": str,
            "imported_at": str,
        },
        pk="id",
        not_null={"sport", "legs", "notes", "source_format", "source_file", "sha256", "imported_at"},
    )
    db["workouts"].create_index(["started_at"])
    db["workouts"].create_index(["sha256"])
    db["sessions"].add_column("workout_id", int)
    db.execute("PRAGMA user_version = 5")


@migrations(name="0006_injured_areas")
def _injured_areas(db: Database) -> None:
    # Areas the journal marks as freshly injured or swollen (core.journal.Journal.injured_areas).
    db["journals"].add_column("injured_areas", str)
    db.execute("PRAGMA user_version = 6")


@migrations(name="0007_day_logs")
def _day_logs(db: Database) -> None:
    # A logged day without a session (core.day_log.DayLog): the journal's columns, with the moment it
    # describes, whether it was a rest day, and a note.
    db["day_logs"].create(
        {
            "id": str,
            "logged_at": str,
            "rest_day": int,
            "note": str,
            "soreness_before": str,
            "soreness_after": str,
            "workout_type": str,
            "distance_km": float,
            "workout_min": int,
            "rpe": int,
            "workout_ended_at": str,
            "hydrated": int,
            "refuelled": int,
            "sleep_h": float,
            "warning_signs": str,
            "injured_areas": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"logged_at", "rest_day", "updated_at"},
    )
    db["day_logs"].create_index(["logged_at"])
    db.execute("PRAGMA user_version = 7")


#: Each session's step totals, as the history lists them: how long it was active, how many steps were
#: done, how many were recorded (done or skipped). Whoever writes steps adds them to these in the same
#: transaction (SessionRepository.record_step, history_records.insert_records).
SESSION_TOTALS = ("active_s", "steps_done", "steps_total")


@migrations(name="0008_session_totals")
def _session_totals(db: Database) -> None:
    # Summing ten years of steps each time the history opened was most of the list's query. Not kept by
    # triggers: one per step made importing years of history a third slower.
    for column, kind in zip(SESSION_TOTALS, (float, int, int), strict=True):
        db["sessions"].add_column(column, kind, not_null_default=0)
    db.execute("UPDATE sessions SET (active_s, steps_done, steps_total) = (SELECT COALESCE(SUM(actual_s), 0),"
               " COALESCE(SUM(status = 'done'), 0), COUNT(*) FROM steps WHERE steps.session_id = sessions.id)")
    db.execute("PRAGMA user_version = 8")


@migrations(name="0009_reminders")
def _reminders(db: Database) -> None:
    # The refuel and drink reminders (core.picture.OpenReminder), so that they survive a restart and their
    # Done reaches the journal they belong to: one row a kind, replaced by a later workout's.
    db["reminders"].create(
        {
            "kind": str,
            "due_at": str,
            "session_id": str,
            "day_log_id": str,
            "workout_id": int,
            "shown": int,
            "updated_at": str,
        },
        pk="kind",
        not_null={"due_at", "shown", "updated_at"},
    )
    db.execute("PRAGMA user_version = 9")


#: Names of every migration this version of the app knows, in order.
KNOWN = [m.name for m in migrations._migrations]
SCHEMA_VERSION = len(KNOWN)
