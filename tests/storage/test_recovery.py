"""Checkpoints, and what start-up does with sessions a crash left in progress."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from sqlite_utils import Database

from recoverykit.assets import builtin_routines_dir
from recoverykit.core.events import PhaseKind, SessionStatus, StepStatus
from recoverykit.core.library import load_library
from recoverykit.core.position import Position, routine_fingerprint
from recoverykit.storage import schema
from recoverykit.storage.db import open_database
from recoverykit.storage.history_format import history_document
from recoverykit.storage.recovery import (
    RESUME_WITHIN,
    find_resumable,
    settle_unfinished,
    stored_records,
)
from recoverykit.storage.rows import step_columns
from recoverykit.storage.sessions import Checkpoint, SessionRepository, StepRow

from .test_sessions import T0


@pytest.fixture
def repo(tmp_path):
    db = open_database(tmp_path / "rk.db")
    yield SessionRepository(db)
    db.close()


@pytest.fixture(scope="module")
def library():
    return load_library(builtin_routines_dir())


def foam_step(library, slot_index: int, status=StepStatus.DONE, base=T0) -> StepRow:
    slot = library.get("foam-roll").slots[slot_index]
    return StepRow(position=slot_index, slot=slot_index, step_index=slot.step_index,
                   kind=slot.step.kind.value, name=slot.step.name,
                   side=slot.side.value if slot.side else None, planned_s=slot.duration_s,
                   actual_s=slot.duration_s, status=status,
                   started_at=base + timedelta(seconds=100 * slot_index),
                   ended_at=base + timedelta(seconds=100 * slot_index + slot.duration_s))


def checkpoint(library, session_id, position, saved_at=T0, routine_id="foam-roll") -> Checkpoint:
    return Checkpoint(session_id, routine_fingerprint(library.get(routine_id)), position, saved_at)


def crashed_session(repo, library, *, steps=2, saved_at=T0, started=T0) -> str:
    """A foam-roll session whose process died 10 s into slot ``steps``."""
    session_id = repo.start_session("foam-roll", "Foam roll only", started)
    rows = tuple(foam_step(library, i, base=started) for i in range(steps))
    repo.save_progress(session_id, steps=rows, checkpoint=checkpoint(
        library, session_id, Position(steps, PhaseKind.WORK, 10.0, 45.0, False, steps), saved_at))
    return session_id


def test_a_checkpoint_round_trips_and_is_replaced_not_added(repo, library):
    session_id = repo.start_session("foam-roll", "Foam roll only", T0)
    first = checkpoint(library, session_id, Position(0, PhaseKind.GET_READY, 1.5, 5.0, False, 0))
    repo.save_checkpoint(first)
    later = checkpoint(library, session_id, Position(0, PhaseKind.WORK, 20.25, 75.0, True, 0),
                       T0 + timedelta(seconds=30))
    repo.save_checkpoint(later)
    assert repo.checkpoint(session_id) == later
    assert repo.db["checkpoints"].count == 1


def test_steps_and_checkpoint_are_saved_together_or_not_at_all(repo, library, monkeypatch):
    session_id = repo.start_session("foam-roll", "Foam roll only", T0)
    real = repo.record_step
    calls = []

    def second_fails(sid, row):
        calls.append(row)
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full")
        real(sid, row)

    monkeypatch.setattr(repo, "record_step", second_fails)
    position = Position(2, PhaseKind.WORK, 0.0, 45.0, False, 2)
    with pytest.raises(sqlite3.OperationalError):
        repo.save_progress(session_id, steps=(foam_step(library, 0), foam_step(library, 1)),
                           checkpoint=checkpoint(library, session_id, position))
    assert repo.get(session_id).steps == ()
    assert repo.checkpoint(session_id) is None


def test_finishing_a_session_removes_its_checkpoint(repo, library):
    session_id = crashed_session(repo, library)
    repo.save_progress(session_id, steps=(foam_step(library, 2),),
                       finished=(SessionStatus.ABANDONED, T0 + timedelta(minutes=5)))
    assert repo.checkpoint(session_id) is None
    assert repo.get(session_id).status is SessionStatus.ABANDONED
    assert len(repo.get(session_id).steps) == 3


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [("phase", "nap", "phase"), ("paused", 7, "paused"), ("saved_at", "2026-05-04T07:30:00", "UTC offset"),
     ("saved_at", "yesterday", "Invalid isoformat"), ("elapsed_s", -3.0, "elapsed_s"),
     ("slot", "two", "slot_index"), ("duration_s", 0.0, "duration_s")],
)
def test_a_damaged_checkpoint_row_is_a_value_error_not_a_crash(repo, library, column, value, words):
    session_id = crashed_session(repo, library)
    repo.db.execute(f"UPDATE checkpoints SET {column} = ?", [value])
    with pytest.raises(ValueError, match=words):
        repo.checkpoint(session_id)
    assert find_resumable(repo, library, T0) is None


def test_a_recent_crash_is_offered_with_its_steps_and_position(repo, library):
    session_id = crashed_session(repo, library, steps=3)
    plan = find_resumable(repo, library, T0 + RESUME_WITHIN - timedelta(minutes=1))
    assert plan is not None and plan.session_id == session_id
    assert plan.routine.id == "foam-roll"
    assert plan.position == Position(3, PhaseKind.WORK, 10.0, 45.0, False, 3)
    assert [r.slot.index for r in plan.records] == [0, 1, 2]
    assert all(r.status is StepStatus.DONE for r in plan.records)


@pytest.mark.parametrize("reason", ["old", "routine gone", "routine changed", "position misfit", "no checkpoint"])
def test_a_crash_that_cannot_be_carried_on_is_not_offered(repo, library, reason):
    saved_at = T0 - RESUME_WITHIN - timedelta(seconds=1) if reason == "old" else T0
    session_id = crashed_session(repo, library, saved_at=saved_at)
    if reason == "routine gone":
        repo.db.execute("UPDATE sessions SET routine_id = 'deleted-one'")
    elif reason == "routine changed":
        repo.save_checkpoint(checkpoint(library, session_id, repo.checkpoint(session_id).position,
                                        routine_id="cooldown"))
    elif reason == "position misfit":
        repo.save_checkpoint(checkpoint(library, session_id, Position(40, PhaseKind.WORK, 1.0, 45.0, False, 2)))
    elif reason == "no checkpoint":
        repo.db.execute("DELETE FROM checkpoints")
    assert find_resumable(repo, library, T0) is None
    assert settle_unfinished(repo, library, T0) is None
    session = repo.get(session_id)
    assert session.status is SessionStatus.INTERRUPTED
    assert len(session.steps) == 2


def test_start_up_keeps_the_newest_recent_one_and_closes_the_others(repo, library):
    older = crashed_session(repo, library, steps=1, started=T0 - timedelta(minutes=30),
                            saved_at=T0 - timedelta(minutes=25))
    newest = crashed_session(repo, library, steps=2)
    plan = settle_unfinished(repo, library, T0 + timedelta(minutes=1))
    assert plan.session_id == newest
    assert repo.get(newest).status is SessionStatus.IN_PROGRESS
    closed = repo.get(older)
    assert closed.status is SessionStatus.INTERRUPTED
    # It ended when it was last heard of: its checkpoint, later than its last step.
    assert closed.ended_at == T0 - timedelta(minutes=25)
    assert repo.checkpoint(older) is None
    document = history_document(repo.sessions(), {plan.session_id})
    assert [s["resumable"] for s in document["sessions"]] == [True, False]


def test_stored_steps_that_do_not_match_the_routine_are_refused(repo, library):
    session_id = crashed_session(repo, library)
    repo.db.execute("UPDATE steps SET name = 'Renamed' WHERE position = 1")
    with pytest.raises(ValueError, match="does not match"):
        stored_records(repo.get(session_id), library.get("foam-roll"))
    assert find_resumable(repo, library, T0) is None


def test_a_database_from_before_checkpoints_is_migrated_and_read_only_readers_cope_without_checkpoints(
        tmp_path, library):
    path = tmp_path / "rk.db"
    conn = sqlite3.connect(path)
    old = Database(conn)
    schema.migrations.apply(old, stop_before="0003_session_checkpoints")
    repo = SessionRepository(old)
    session_id = repo.start_session("foam-roll", "Foam roll only", T0)
    # Written as that version wrote it: its sessions had no step totals (schema 0008) to add to.
    old["steps"].insert(step_columns(session_id, foam_step(library, 0)))
    assert repo.checkpoint(session_id) is None
    assert find_resumable(repo, library, T0) is None
    repo.mark_stale_sessions_interrupted(T0)
    conn.close()
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert SessionRepository(db).get(session_id).status is SessionStatus.INTERRUPTED
    db.close()
