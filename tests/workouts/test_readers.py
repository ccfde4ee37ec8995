"""Each format and each odd case, on real device files and exact written ones (tests/data/workouts)."""

from __future__ import annotations

import gzip
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoverykit.workouts.files import MAX_FILE_BYTES, read_path
from recoverykit.workouts.model import describe, workout_json
from tests.workouts import fit_writer

DATA = Path(__file__).resolve().parents[1] / "data" / "workouts"


def one(path: Path):
    (outcome,) = list(read_path(path))
    assert outcome.refused is None, outcome.refused
    (workout,) = outcome.workouts
    return workout


def refused(path: Path) -> str:
    (outcome,) = list(read_path(path))
    assert not outcome.workouts
    return outcome.refused


# -- real device files (figures from the samples' README, fitdecode / gpxpy as reference) --

def test_a_fenix_2_run():
    workout = one(DATA / "activity-small-fenix2-run.fit")
    assert (workout.sport, round(workout.distance_m), workout.duration_s) == ("running", 9008, 2832.0)
    assert (workout.ascent_m, workout.descent_m) == (64.0, 61.0)
    assert workout.started_at == datetime(2015, 8, 15, 14, 45, 8, tzinfo=timezone.utc)
    assert workout.source_format == "fit" and workout.source_file == "activity-small-fenix2-run.fit"
    assert len(workout.sha256) == 64


def test_a_fenix_5_run_and_ride_with_heart_rate():
    run = one(DATA / "garmin-fenix-5-run.fit")
    assert (run.sport, round(run.distance_m, 1), round(run.duration_s, 1), run.avg_hr, run.max_hr) == (
        "running", 157.6, 56.9, 90, 112)
    ride = one(DATA / "garmin-fenix-5-bike.fit")
    assert (ride.sport, round(ride.distance_m, 1), round(ride.duration_s, 1), ride.avg_hr, ride.max_hr) == (
        "cycling", 459.5, 60.4, 101, 114)


def test_a_file_cut_short_keeps_the_run_before_the_break_and_says_so():
    workout = one(DATA / "activity-unexpected-eof.fit")
    assert (workout.sport, round(workout.distance_m, 1), round(workout.duration_s, 1)) == ("running", 5.7, 13.7)
    assert any("cut short" in note for note in workout.notes)


def test_a_settings_file_is_refused_in_plain_words():
    assert refused(DATA / "Settings.fit") == f"{DATA / 'Settings.fit'}: a device settings file, not a recorded workout"


def test_a_gps_track_with_times():
    workout = one(DATA / "around-visnjan-with-car.gpx")
    assert round(workout.distance_m / 1000, 2) == 2.74 and workout.duration_s == 514.0
    assert workout.started_at == datetime(2020, 12, 18, 6, 15, 50, tzinfo=timezone.utc)
    assert workout.sport == "other"  # the file names no sport


def test_a_planned_route_is_refused():
    assert refused(DATA / "route.gpx").endswith("no recorded times: this looks like a planned route, not a workout")
    assert refused(DATA / "waypoints-only.gpx").endswith("this looks like a planned route, not a workout")


# -- written cases --

def test_multisport_is_one_workout_with_its_legs_in_order_and_totals_summed():
    workout = one(DATA / "multisport-triathlon.fit")
    assert workout.sport == "multisport"
    assert [leg.sport for leg in workout.legs] == ["swimming", "transition", "cycling", "transition", "running"]
    assert workout.distance_m == 51500.0 and workout.duration_s == 1800 + 120 + 4200 + 90 + 2700
    assert workout.legs[2].started_at == fit_writer.START + timedelta(seconds=1920)
    assert workout_json(workout)["legs"][0] == {"sport": "swimming", "started_at": "2026-05-04T06:00:00+00:00",
                                                "duration_s": 1800.0, "distance_m": 1500.0}


def test_an_indoor_run_with_no_gps_is_a_workout():
    workout = one(DATA / "indoor-treadmill.fit")
    assert workout.sport == "running" and workout.distance_m == 10000.0 and workout.notes == ()


def test_an_unknown_sport_is_other_with_the_raw_value_noted():
    workout = one(DATA / "unknown-sport.fit")
    assert workout.sport == "other"
    assert workout.notes == ("sport value 200 is unknown to this version; read as other",)


def test_strength_training_is_strength():
    (outcome,) = list(read_path(_write(fit_writer.strength(), "strength.fit")))
    assert outcome.workouts[0].sport == "strength"


def test_power_on_times_are_resolved_from_the_local_clock_never_1989():
    workout = one(DATA / "relative-timestamps.fit")
    # The end was 07:00 on the watch's local clock, read in this computer's zone; the run took 1 h.
    local_end = datetime(2026, 5, 4, 7, 0).astimezone(timezone.utc)
    assert workout.started_at == local_end - timedelta(hours=1)
    assert workout.started_at.year == 2026
    assert any("local clock" in note for note in workout.notes)


def test_power_on_times_with_a_correlation_message_are_exact():
    workout = one(_write(fit_writer.correlated_times(), "correlated.fit"))
    assert workout.started_at == fit_writer.START


def test_power_on_times_with_no_clock_at_all_are_unknown():
    workout = one(_write(fit_writer.relative_times(with_local_clock=False), "no-clock.fit"))
    assert workout.started_at is None and workout.ended_at is None
    assert workout_json(workout)["started_at"] is None
    assert any("start time unknown" in note for note in workout.notes)
    assert describe(workout).endswith("start time unknown")


def test_compressed_timestamps_give_the_records_their_times():
    import fitdecode

    data = (DATA / "compressed-timestamps.fit").read_bytes()
    with fitdecode.FitReader(data) as reader:  # the CRCs written by hand are right
        assert sum(1 for frame in reader if isinstance(frame, fitdecode.FitDataMessage)) == 122
    workout = one(DATA / "compressed-timestamps.fit")
    assert workout.started_at == fit_writer.START and workout.duration_s == 600.0
    assert workout.distance_m == 1800.0


def test_a_file_with_no_summary_is_rebuilt_from_its_records_and_says_so():
    workout = one(DATA / "records-only.fit")
    assert workout.started_at == fit_writer.START and workout.duration_s == 1800.0
    assert workout.distance_m == 5400.0 and workout.avg_hr == 150
    assert workout.notes == ("salvaged: the file has no summary, so the totals were rebuilt from its "
                             "361 recorded points",)


def test_a_bad_message_after_the_summary_keeps_the_workout(tmp_path):
    data = bytearray(fit_writer.run())
    data[-6:-2] = b"\xff\xff\xff\xff"  # damage the last record's bytes, after the session
    junk = bytes(data) + b"\x40\x00\x00\xff\xff\x09"  # and a broken definition behind it
    workout = one(_write(junk, "damaged.fit", tmp_path))
    assert workout.sport == "running" and workout.distance_m == 10000.0


def test_chained_fit_files_are_each_read(tmp_path):
    chained = fit_writer.run() + fit_writer.run(km=5, start=fit_writer.START + timedelta(days=1))
    (outcome,) = list(read_path(_write(chained, "chained.fit", tmp_path)))
    assert [workout.distance_m for workout in outcome.workouts] == [10000.0, 5000.0]


def test_a_single_sample_heart_rate_spike_is_not_the_steady_maximum():
    workout = one(DATA / "hr-spike.fit")
    assert workout.max_hr == 230  # what the watch said
    assert workout.steady_max_hr == 159  # what the heart held


def test_a_gpx_run_with_garmin_heart_rate_and_a_type():
    workout = one(DATA / "run-with-hr.gpx")
    assert workout.sport == "running" and workout.duration_s == 1800.0
    assert workout.avg_hr == 152 and workout.max_hr == 154
    assert workout.descent_m == pytest.approx(120, abs=1) and workout.ascent_m == pytest.approx(0, abs=1)


def test_a_tcx_run_from_its_laps():
    workout = one(DATA / "run.tcx")
    assert (workout.sport, workout.distance_m, workout.moving_s) == ("running", 10000.0, 3000.0)
    assert workout.started_at == fit_writer.START
    assert workout.avg_hr == round((142 + 143) / 2) and workout.max_hr == 167  # laps weighted by time


def test_a_tcx_course_is_refused():
    assert refused(DATA / "course.tcx").endswith("a course (a planned route), not a recorded workout")


# -- wrappers and folders --

def test_gz_and_zip_exports_are_unwrapped(tmp_path):
    run = (DATA / "garmin-fenix-5-run.fit").read_bytes()
    gz = _write(gzip.compress(run), "12345.fit.gz", tmp_path)
    assert one(gz).distance_m == pytest.approx(157.56)
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("activities/1.fit.gz", gzip.compress(run))
        archive.writestr("activities/2.gpx", (DATA / "run-with-hr.gpx").read_bytes())
        archive.writestr("activities.csv", "not a workout")
    outcomes = list(read_path(export))
    assert [outcome.file for outcome in outcomes] == [f"{export}/activities/1.fit.gz", f"{export}/activities/2.gpx"]
    assert all(outcome.refused is None for outcome in outcomes)


def test_a_folder_is_read_recursively_and_skips_other_files(tmp_path):
    (tmp_path / "GARMIN" / "Activity").mkdir(parents=True)
    (tmp_path / "GARMIN" / "Activity" / "A.FIT").write_bytes((DATA / "garmin-fenix-5-run.fit").read_bytes())
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "ride.gpx").write_bytes((DATA / "run-with-hr.gpx").read_bytes())
    outcomes = list(read_path(tmp_path))
    assert sorted(Path(outcome.file).name for outcome in outcomes) == ["A.FIT", "ride.gpx"]


# -- refusals: one line naming the file, nothing raised --

@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.fit", b"", "the file is empty"),
    ("notes.fit", b"these are my notes, not a watch file\n", "not a FIT, GPX or TCX file"),
    ("page.gpx", b"<?xml version='1.0'?><html><body>hello</body></html>", "neither GPX nor TCX"),
    ("broken.gpx", b"<?xml version='1.0'?><gpx version='1.1'><trk><trkseg><trkpt lat=", "damaged"),
    ("plan.fit", fit_writer.plan(), "a planned workout file, not a recorded workout"),
    ("bomb.gpx", b"<?xml version='1.0'?><!DOCTYPE gpx [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;'>]>"
                 b"<gpx version='1.1'><trk><name>&b;</name></trk></gpx>", "declares XML entities"),
    ("bad.fit.gz", b"\x1f\x8b\x08\x00garbage", "a damaged .gz file"),
])
def test_bad_files_are_refused_with_one_line_naming_them(tmp_path, name, content, reason):
    path = _write(content, name, tmp_path)
    message = refused(path)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


def test_a_course_fit_and_a_weight_scale_fit_are_refused():
    from fit_tool.profile.profile_type import FileType

    for file_type, words in ((FileType.COURSE, "a course (a planned route) file"),
                             (FileType.WEIGHT, "a weight scale file")):
        path = _write(fit_writer.plan(file_type), f"{file_type.name}.fit")
        assert words in refused(path)


def test_a_file_over_50_mb_is_refused_unread(tmp_path):
    path = tmp_path / "huge.fit"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written to the disk
    assert "over 50 MB" in refused(path)


def test_a_missing_path_is_refused(tmp_path):
    assert "no such file or folder" in refused(tmp_path / "nowhere.fit")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_damage_to_a_real_fit_file_ends_in_workouts_or_a_refusal(tmp_path, data):
    original = (DATA / "garmin-fenix-5-bike.fit").read_bytes()
    raw = bytearray(original)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(raw)))
    path = _write(bytes(raw[:cut]), "fuzzed.fit", tmp_path)
    outcomes = list(read_path(path))
    assert len(outcomes) == 1
    assert outcomes[0].workouts or outcomes[0].refused


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_end_in_workouts_or_a_refusal(tmp_path, raw):
    for name in ("x.fit", "x.gpx", "x.tcx"):
        outcomes = list(read_path(_write(b"<?xml version='1.0'?><gpx>" + raw if name == "x.gpx" else raw, name,
                                         tmp_path)))
        assert len(outcomes) == 1 and (outcomes[0].workouts or outcomes[0].refused)


def _write(data: bytes, name: str, folder: Path | None = None) -> Path:
    import tempfile

    folder = folder or Path(tempfile.mkdtemp(prefix="rk-workouts-"))
    path = folder / name
    path.write_bytes(data)
    return path
