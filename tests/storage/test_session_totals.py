"""The step totals kept on each session row (schema 0008) always equal its steps' sums."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.storage import schema
from recoverykit.storage.db import open_database
from recoverykit.storage.history_query import list_sessions
from recoverykit.storage.history_records import delete_session, insert_records
from recoverykit.storage.rows import step_columns
from recoverykit.storage.sessions import SessionRepository

from .test_sessions import T0, step


def stored_totals(db) -> dict[str, tuple[float, int, int]]:
    return {row[0]: (row[1], row[2], row[3]) for row in db.execute(
        "SELECT id, active_s, steps_done, steps_total FROM sessions")}


def summed_steps(db) -> dict[str, tuple[float, int, int]]:
    sums = {row[0]: (row[1], row[2], row[3]) for row in db.execute(
        "SELECT session_id, SUM(actual_s), SUM(status = 'done'), COUNT(*) FROM steps GROUP BY session_id")}
    return {row[0]: sums.get(row[0], (0.0, 0, 0)) for row in db.execute("SELECT id FROM sessions")}


def assert_totals_match(db) -> None:
    stored, summed = stored_totals(db), summed_steps(db)
    assert stored.keys() == summed.keys()
    for session_id, (active_s, done, total) in stored.items():
        want_active, want_done, want_total = summed[session_id]
        assert (done, total) == (want_done, want_total)
        assert abs(active_s - want_active) < 1e-6


durations = st.floats(min_value=0, max_value=3600, allow_nan=False)
sessions_steps = st.lists(st.lists(st.tuples(durations, st.booleans()), max_size=6), min_size=1, max_size=4)


@settings(max_examples=40, deadline=None)
@given(plan=sessions_steps, deleted=st.integers(min_value=0, max_value=3))
def test_every_writer_keeps_the_totals_equal_to_the_steps(plan, deleted):
    """Steps recorded one by one, a session deleted and put back, and the same sessions imported into a
    second database: the listed totals are always the sums of the stored steps."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "rk.db")
        repo = SessionRepository(db)
        for number, steps in enumerate(plan):
            session_id = repo.start_session("stretch", "Stretch", T0 + timedelta(days=number))
            for position, (actual_s, done) in enumerate(steps):
                row = step(position, StepStatus.DONE if done else StepStatus.SKIPPED)
                repo.record_step(session_id, replace(row, actual_s=actual_s))
            repo.finish_session(session_id, SessionStatus.COMPLETED, T0 + timedelta(days=number, hours=1))
        assert_totals_match(db)
        records = [(session, None) for session in repo.sessions()]
        victim = records[deleted % len(records)][0]
        delete_session(db, victim.id)
        assert_totals_match(db)
        insert_records(db, records, T0)  # puts back the deleted one only
        assert_totals_match(db)
        listed = {listing.id: listing for listing in list_sessions(db)[0]}
        for session in repo.sessions():
            assert listed[session.id].steps == len(session.steps)
            assert abs(listed[session.id].active_s - session.duration_s) < 1e-6
        again = open_database(Path(folder) / "again.db")
        insert_records(again, records, T0)
        assert stored_totals(again).keys() == stored_totals(db).keys()
        assert_totals_match(again)
        again.close()
        db.close()


def test_a_database_from_before_the_totals_gets_them_from_its_steps(tmp_path):
    path = tmp_path / "rk.db"
    conn = sqlite3.connect(path)
    old = Database(conn)
    schema.migrations.apply(old, stop_before="0008_session_totals")
    old["sessions"].insert({"id": "s1", "routine_id": "stretch", "routine_name": "Stretch",
                            "started_at": T0.isoformat(), "status": "completed", "updated_at": T0.isoformat()})
    old["sessions"].insert({"id": "s2", "routine_id": "stretch", "routine_name": "Stretch",
                            "started_at": (T0 + timedelta(days=1)).isoformat(), "status": "abandoned",
                            "updated_at": T0.isoformat()})
    for position, status in enumerate((StepStatus.DONE, StepStatus.SKIPPED, StepStatus.DONE)):
        old["steps"].insert(step_columns("s1", step(position, status)))
    conn.commit()
    conn.close()
    db = open_database(path)
    assert stored_totals(db) == {"s1": (64.5, 2, 3), "s2": (0.0, 0, 0)}
    assert_totals_match(db)
    listed = {listing.id: (listing.active_s, listing.done, listing.steps) for listing in list_sessions(db)[0]}
    assert listed == {"s1": (64.5, 2, 3), "s2": (0.0, 0, 0)}
    db.close()
