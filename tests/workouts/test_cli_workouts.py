"""The command line of workouts: ``workouts import``, ``workouts``, ``suggest`` (public contracts, no Qt)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from recoverykit.__main__ import main
from recoverykit.cli import check_routine_file
from recoverykit.core.routine_file import load_routine_file
from recoverykit.core.routine_writer import routine_to_toml
from recoverykit.workouts.model import SPORTS

DATA = Path(__file__).resolve().parents[1] / "data" / "workouts"
WORKOUT_KEYS = ["id", "sport", "started_at", "ended_at", "duration_s", "moving_s", "distance_m", "avg_hr", "max_hr",
                "ascent_m", "descent_m", "legs", "source", "notes"]


def run(capsys, *args) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_import_prints_one_line_per_file_and_the_reasons_on_stderr(tmp_path, capsys):
    data = str(tmp_path / "data")
    status, out, err = run(capsys, "workouts", "import", str(DATA / "garmin-fenix-5-run.fit"),
                           str(DATA / "Settings.fit"), "--data-dir", data)
    assert status == 1  # one was refused; the other is still imported
    assert out == "imported: 158 m run, 57 s, " + _local("2017-06-11T14:34:09+00:00") + "\n"
    assert err == f"recoverykit: refused: {DATA / 'Settings.fit'}: a device settings file, not a recorded workout\n"
    status, out, _ = run(capsys, "workouts", "import", str(DATA / "garmin-fenix-5-run.fit"), "--data-dir", data)
    assert status == 0 and out.startswith("already there: ")


def test_import_json_has_imported_already_there_and_refused(tmp_path, capsys):
    data = str(tmp_path / "data")
    status, out, _ = run(capsys, "workouts", "import", str(DATA), "--json", "--data-dir", data)
    document = json.loads(out)
    assert status == 1
    assert list(document) == ["imported", "already_there", "refused"]
    assert {refusal["file"] for refusal in document["refused"]} == {
        str(DATA / name) for name in ("Settings.fit", "course.tcx", "planned-workout.fit", "route.gpx",
                                      "waypoints-only.gpx")}
    # The TCX and the GPX of the written 10 km run (and the treadmill copy) are that run again.
    assert len(document["already_there"]) >= 1
    for workout in document["imported"]:
        assert list(workout) == WORKOUT_KEYS and workout["sport"] in SPORTS
        assert isinstance(workout["id"], int)
    status, out, _ = run(capsys, "workouts", "import", str(DATA), "--json", "--data-dir", data)
    again = json.loads(out)
    assert again["imported"] == [] and len(again["already_there"]) == len(document["imported"]) + len(
        document["already_there"])


def test_workouts_json_is_the_versioned_document_newest_first(tmp_path, capsys):
    data = str(tmp_path / "data")
    assert run(capsys, "workouts", "--json", "--data-dir", data)[1] == (
        '{\n  "format": "recoverykit-workouts",\n  "version": 1,\n  "workouts": []\n}\n')
    run(capsys, "workouts", "import", str(DATA / "garmin-fenix-5-run.fit"), str(DATA / "multisport-triathlon.fit"),
        str(DATA / "relative-timestamps.fit"), str(DATA / "no-such.fit"), "--data-dir", data)
    status, out, _ = run(capsys, "workouts", "--json", "--data-dir", data)
    document = json.loads(out)
    assert status == 0 and document["format"] == "recoverykit-workouts" and document["version"] == 1
    starts = [workout["started_at"] for workout in document["workouts"]]
    assert starts == sorted(starts, reverse=True)
    multisport = next(w for w in document["workouts"] if w["sport"] == "multisport")
    assert [leg["sport"] for leg in multisport["legs"]] == ["swimming", "transition", "cycling", "transition",
                                                             "running"]
    single = next(w for w in document["workouts"] if w["sport"] == "running" and w["distance_m"] < 1000)
    assert single["legs"] == [] and single["source"] == {"format": "fit", "file": "garmin-fenix-5-run.fit"}
    status, out, _ = run(capsys, "workouts", "--data-dir", data)
    assert status == 0 and len(out.splitlines()) == 3


def test_suggest_json_for_the_latest_and_a_given_workout(tmp_path, capsys):
    data = str(tmp_path / "data")
    status, out, _ = run(capsys, "suggest", "--json", "--data-dir", data)
    empty = json.loads(out)
    assert status == 0 and empty["workout"] is None and empty["routine"]["id"] == "cooldown"
    run(capsys, "workouts", "import", str(DATA / "activity-small-fenix2-run.fit"),
        str(DATA / "garmin-fenix-5-bike.fit"),
        "--data-dir", data)
    status, out, _ = run(capsys, "suggest", "--json", "--data-dir", data)
    document = json.loads(out)
    assert status == 0
    # Version 1's keys, in their order, then the ones added since (add, never break).
    assert list(document) == ["format", "version", "workout", "routine", "reasons", "later", "refuel_by",
                              "done", "is_done", "next"]
    assert document["done"] == [] and document["is_done"] is False and document["next"] is None
    assert document["format"] == "recoverykit-suggestion" and document["version"] == 1
    assert document["workout"]["sport"] == "cycling"  # 2017: the newest
    assert document["refuel_by"] is not None
    for step in document["routine"]["steps"]:
        assert set(step) >= {"kind", "name", "duration_s", "sides", "areas"}
    assert all(set(reason) >= {"area", "why"} for reason in document["reasons"])
    workout_id = json.loads(run(capsys, "workouts", "--json", "--data-dir", data)[1])["workouts"][-1]["id"]
    status, out, _ = run(capsys, "suggest", "--json", "--workout", str(workout_id), "--data-dir", data)
    assert json.loads(out)["workout"]["distance_m"] == pytest.approx(9008.2)
    status, _, err = run(capsys, "suggest", "--workout", "999", "--data-dir", data)
    assert status == 1 and "no workout with the id 999" in err


def test_the_suggested_routine_passes_routines_check(tmp_path, capsys):
    from recoverykit.cli_workouts import suggestion_for
    from recoverykit.paths import resolve_paths

    data = tmp_path / "data"
    run(capsys, "workouts", "import", str(DATA / "activity-small-fenix2-run.fit"), "--data-dir", str(data))
    suggestion = suggestion_for(resolve_paths(str(data)), None, _now())
    path = tmp_path / "suggested.toml"
    path.write_text(routine_to_toml(suggestion.routine), encoding="utf-8")
    assert load_routine_file(path).steps == suggestion.routine.steps
    out = io.StringIO()
    assert check_routine_file(str(path), out=out) == 0 and "a valid routine" in out.getvalue()


def test_start_needs_a_routine_or_suggested(capsys, tmp_path):
    status, _, err = run(capsys, "start", "--data-dir", str(tmp_path))
    assert status == 2 and "--suggested" in err


def _local(iso: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")


def _now():
    from datetime import datetime, timezone

    return datetime(2015, 8, 15, 16, 0, tzinfo=timezone.utc)
