"""Stored workouts: migration 0005, duplicates across formats, delete and undo, the session link."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from recoverykit.core.clock import ManualClock
from recoverykit.services import workouts as workouts_service
from recoverykit.services.workouts import WorkoutService, read_all
from recoverykit.storage.db import open_database
from recoverykit.storage.history_export import json_text
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.schema import KNOWN
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import populate
from tests.workouts import fit_writer

DATA = Path(__file__).resolve().parents[1] / "data" / "workouts"
NOW = datetime(2026, 5, 4, 8, 0, tzinfo=timezone.utc)


def service(tmp_path) -> tuple[WorkoutService, SessionRepository]:
    repo = SessionRepository(open_database(tmp_path / "recoverykit.db"))
    return WorkoutService(repo, ManualClock(wall_start=NOW)), repo


def test_the_migration_adds_the_workouts_table_and_the_session_link(tmp_path):
    populate(tmp_path / "recoverykit.db", sessions=2)
    db = open_database(tmp_path / "recoverykit.db")
    assert KNOWN[4] == "0005_workouts"  # append-only: it stays fifth
    assert "workout_id" in db["sessions"].columns_dict and db["workouts"].exists()
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(KNOWN)


def test_a_stored_workout_reads_back_the_same(tmp_path):
    workouts, _ = service(tmp_path)
    report = workouts.import_paths([DATA / "multisport-triathlon.fit", DATA / "hr-spike.fit"])
    assert [workout.id for workout in report.imported] == [1, 2]
    for imported in report.imported:
        assert workouts.get(imported.id) == imported


def test_the_same_run_from_fit_then_tcx_is_already_there(tmp_path):
    workouts, _ = service(tmp_path)
    fit = tmp_path / "run.fit"
    fit.write_bytes(fit_writer.run())
    first = workouts.import_paths([fit])
    second = workouts.import_paths([DATA / "run.tcx", DATA / "run-with-hr.gpx"])
    assert len(first.imported) == 1 and second.imported == []
    assert second.already_there == [(str(DATA / "run.tcx"), 1), (str(DATA / "run-with-hr.gpx"), 1)]


def test_another_sport_at_the_same_time_or_the_same_sport_later_is_new(tmp_path):
    workouts, _ = service(tmp_path)
    run = tmp_path / "run.fit"
    run.write_bytes(fit_writer.run())
    later = tmp_path / "later.fit"
    later.write_bytes(fit_writer.run(start=fit_writer.START + timedelta(seconds=61)))
    assert len(workouts.import_paths([run, later]).imported) == 2
    ride = tmp_path / "ride.fit"
    ride.write_bytes(fit_writer.long_ride(hours=0.5))  # cycling, starting with the run: another workout
    assert len(workouts.import_paths([ride]).imported) == 1


def test_delete_unlinks_sessions_and_restore_puts_it_back_with_its_id(tmp_path):
    ids = populate(tmp_path / "recoverykit.db", sessions=1)
    workouts, repo = service(tmp_path)
    (workout,) = workouts.import_paths([DATA / "garmin-fenix-5-run.fit"]).imported
    workouts.link_session(ids[0], workout.id)
    document = json.loads(json_text(repo.sessions(), JournalStore(repo).all()))
    assert document["sessions"][0]["workout_id"] == workout.id
    workouts.delete(workout)
    assert workouts.all() == [] and repo.sessions()[0].workout_id is None
    workouts.restore(workout)
    assert workouts.all() == [workout]


def test_the_highest_steady_heart_rate_of_the_last_12_months_ignores_spikes_and_old_workouts(tmp_path):
    workouts, _ = service(tmp_path)
    spike = tmp_path / "spike.fit"
    spike.write_bytes(fit_writer.hr_spike(start=NOW - timedelta(days=30)))
    old = tmp_path / "old.fit"
    old.write_bytes(fit_writer.hr_spike(start=NOW - timedelta(days=400)))
    workouts.import_paths([spike, old])
    assert workouts.steady_max_hr(NOW) == 159


def test_a_folder_of_many_files_is_read_in_parallel_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(workouts_service, "PARALLEL_FROM_BYTES", 0)  # small files, but in parallel all the same
    folder = tmp_path / "export"
    folder.mkdir()
    for day in range(10):
        (folder / f"{day:02d}.fit").write_bytes(fit_writer.run(start=fit_writer.START - timedelta(days=day)))
    outcomes = list(read_all([folder], workers=2))
    assert [Path(outcome.file).name for outcome in outcomes] == [f"{day:02d}.fit" for day in range(10)]
    assert all(len(outcome.workouts) == 1 for outcome in outcomes)


def test_no_database_yet_lists_no_workouts(tmp_path, capsys):
    from recoverykit.__main__ import main

    assert main(["workouts", "--json", "--data-dir", str(tmp_path / "none")]) == 0
    assert json.loads(capsys.readouterr().out)["workouts"] == []
