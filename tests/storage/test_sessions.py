"""The session repository: per-step commits, finishing, stale sessions, reading back."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.storage.db import open_database
from recoverykit.storage.history_format import history_document
from recoverykit.storage.sessions import SessionRepository, StepRow

T0 = datetime(2026, 5, 4, 7, 30, tzinfo=timezone(timedelta(hours=2)))


def step(position: int, status=StepStatus.DONE, side="left") -> StepRow:
    return StepRow(position=position, slot=position, step_index=position // 2, kind="stretch",
                   name="Quad stretch", side=side, planned_s=30.0, actual_s=30.0 if status is StepStatus.DONE else 4.5,
                   status=status, started_at=T0 + timedelta(seconds=30 * position),
                   ended_at=T0 + timedelta(seconds=30 * position + 30))


@pytest.fixture
def repo(tmp_path):
    db = open_database(tmp_path / "rk.db")
    yield SessionRepository(db)
    db.close()


def other_connection(repo) -> sqlite3.Connection:
    return sqlite3.connect(repo.db.conn.execute("PRAGMA database_list").fetchone()[2])


def test_each_step_is_committed_the_moment_it_is_recorded(repo):
    session_id = repo.start_session("cooldown", "Post-run cool-down", T0)
    other = other_connection(repo)
    assert other.execute("SELECT status FROM sessions").fetchall() == [("in_progress",)]
    repo.record_step(session_id, step(0))
    assert other.execute("SELECT COUNT(*) FROM steps").fetchone()[0] == 1
    repo.record_step(session_id, step(1, StepStatus.SKIPPED, "right"))
    assert other.execute("SELECT status FROM steps ORDER BY position").fetchall() == [("done",), ("skipped",)]
    other.close()


def test_a_session_reads_back_with_its_steps(repo):
    session_id = repo.start_session("cooldown", "Post-run cool-down", T0)
    repo.record_step(session_id, step(0))
    repo.record_step(session_id, step(1, StepStatus.SKIPPED, "right"))
    repo.finish_session(session_id, SessionStatus.COMPLETED, T0 + timedelta(minutes=2))
    session = repo.get(session_id)
    assert session.status is SessionStatus.COMPLETED
    assert session.started_at == T0
    assert session.started_at.utcoffset() == timedelta(hours=2)
    assert [(s.side, s.status) for s in session.steps] == [("left", StepStatus.DONE), ("right", StepStatus.SKIPPED)]
    assert session.duration_s == 34.5


def test_sessions_come_newest_first(repo):
    for day in range(3):
        repo.start_session("cooldown", "Cool-down", T0 + timedelta(days=day))
    starts = [s.started_at for s in repo.sessions()]
    assert starts == sorted(starts, reverse=True)
    assert len(repo.sessions(limit=2)) == 2


def test_sessions_left_in_progress_are_marked_interrupted(repo):
    old = repo.start_session("cooldown", "Cool-down", T0)
    repo.record_step(old, step(0))
    current = repo.start_session("warmup", "Warm-up", T0 + timedelta(hours=1))
    assert repo.mark_stale_sessions_interrupted(T0 + timedelta(hours=2), keep=current) == [old]
    stale = repo.get(old)
    assert stale.status is SessionStatus.INTERRUPTED
    assert stale.ended_at == step(0).ended_at
    assert stale.steps[0].status is StepStatus.DONE
    assert repo.get(current).status is SessionStatus.IN_PROGRESS


def test_finishing_as_in_progress_is_refused(repo):
    session_id = repo.start_session("cooldown", "Cool-down", T0)
    with pytest.raises(ValueError):
        repo.finish_session(session_id, SessionStatus.IN_PROGRESS, T0)


def test_naive_times_are_refused(repo):
    with pytest.raises(ValueError, match="UTC offset"):
        repo.start_session("cooldown", "Cool-down", datetime(2026, 1, 1))


def test_history_document_shape(repo):
    session_id = repo.start_session("contrast", "Contrast therapy", T0)
    repo.record_step(session_id, StepRow(0, 0, 0, "heat", "Hot towel", None, 900.0, 901.25,
                                         StepStatus.DONE, T0, T0 + timedelta(seconds=901.25), 40.0, "hot_towel"))
    repo.finish_session(session_id, SessionStatus.COMPLETED, T0 + timedelta(minutes=16))
    document = history_document(repo.sessions())
    assert document["format"] == "recoverykit-history" and document["version"] == 1
    [session] = document["sessions"]
    assert {"id", "routine_id", "routine_name", "started_at", "ended_at", "status", "steps"} <= set(session)
    assert datetime.fromisoformat(session["started_at"]).utcoffset() is not None
    [row] = session["steps"]
    assert {k: row[k] for k in ("kind", "name", "side", "planned_s", "actual_s", "status")} == {
        "kind": "heat", "name": "Hot towel", "side": None, "planned_s": 900.0, "actual_s": 901.25, "status": "done"}
    assert row["temperature_c"] == 40.0
