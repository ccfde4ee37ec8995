"""Export and import: JSON and CSV round trips, idempotent merge, bad files rejected whole."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoverykit.core.journal import AREAS, Journal, sign_word
from recoverykit.storage.db import open_database
from recoverykit.storage.history_export import csv_text, json_text
from recoverykit.storage.history_import import ImportProblem, import_history, parse_history
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0, digest, populate

JOURNAL = Journal({"quads": 6, "calves": 7}, {"quads": 4}, "leg_day", 8.25, 40, 8,
                  T0 - timedelta(minutes=3), True, True, 7.0, ("numbness", "worsening"))


def exported(tmp_path, sessions=4):
    ids = populate(tmp_path / "source.db", sessions=sessions)
    repo = SessionRepository(open_database(tmp_path / "source.db"))
    repo.set_note(ids[0], "calves tight")
    JournalStore(repo).save(ids[1], JOURNAL, T0)
    text = json_text(repo.sessions(), JournalStore(repo).all())
    return repo, ids, text


def test_json_round_trip_keeps_every_session_step_and_journal(tmp_path):
    source, ids, text = exported(tmp_path)
    target = open_database(tmp_path / "target.db")
    (tmp_path / "h.json").write_text(text)
    assert import_history(target, tmp_path / "h.json", T0) == (4, 0)
    copy = SessionRepository(target)
    assert [s.id for s in copy.sessions()] == [s.id for s in source.sessions()]
    assert JournalStore(copy).all() == {ids[1]: JOURNAL}
    assert json_text(copy.sessions(), JournalStore(copy).all()) == text


def test_existing_keys_stay_and_journal_is_added(tmp_path):
    _, ids, text = exported(tmp_path)
    sessions = json.loads(text)["sessions"]
    assert list(sessions[0]) == ["id", "routine_id", "routine_name", "started_at", "ended_at", "status",
                                 "steps", "note", "resumable", "journal", "workout_id"]
    by_id = {s["id"]: s for s in sessions}
    assert by_id[ids[0]]["journal"] is None
    assert by_id[ids[1]]["journal"]["warning_signs"] == ["numbness", "worsening"]
    assert by_id[ids[1]]["journal"]["soreness_before"] == {"calves": 7, "quads": 6}


def test_importing_twice_adds_nothing(tmp_path):
    _, _, text = exported(tmp_path)
    (tmp_path / "h.json").write_text(text)
    target = open_database(tmp_path / "target.db")
    assert import_history(target, tmp_path / "h.json", T0) == (4, 0)
    assert import_history(target, tmp_path / "h.json", T0) == (0, 4)
    assert target["sessions"].count == 4 and target["steps"].count == 32


def test_csv_round_trip_reads_back_the_values(tmp_path):
    source, ids, _ = exported(tmp_path)
    sessions, journals = source.sessions(), JournalStore(source).all()
    text = csv_text(sessions, journals)
    assert text.startswith("\ufeffid,routine_id,")  # the BOM: Excel on Windows then reads it as UTF-8
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))}
    assert set(rows) == set(ids)
    row = rows[ids[1]]
    assert row["workout_type"] == "leg_day" and float(row["distance_km"]) == JOURNAL.distance_km
    assert int(row["rpe"]) == 8 and row["warning_signs"].split(";") == list(JOURNAL.warning_signs)
    assert {a: int(row[f"before_{a}"]) for a in AREAS if row[f"before_{a}"]} == JOURNAL.soreness_before
    assert row["hydrated"] == "yes" and float(row["sleep_h"]) == 7.0
    assert rows[ids[0]]["note"] == "calves tight" and rows[ids[0]]["rpe"] == ""
    assert float(rows[ids[0]]["active_s"]) == sessions[-1].duration_s == 240.0
    assert rows[ids[0]]["active_time"] == "0:04:00"
    assert row["warning_signs_text"] == "; ".join(str(sign_word(sign)) for sign in JOURNAL.warning_signs)


def test_the_csv_is_written_for_spreadsheets(tmp_path):
    """One offset for the whole file, times to the second, a date and a time column, readable signs."""
    source, ids, _ = exported(tmp_path)
    sessions, journals = source.sessions(), JournalStore(source).all()
    tokyo = timezone(timedelta(hours=9))
    text = csv_text(sessions, journals, tokyo, render=lambda message: str(message).upper())
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    for row, session in zip(rows, sessions, strict=True):
        started = datetime.fromisoformat(row["started_at"])
        assert started.utcoffset() == timedelta(hours=9) and started.microsecond == 0
        assert abs(started - session.started_at) < timedelta(seconds=1)
        assert row["date"] == started.date().isoformat() and row["start_time"] == started.strftime("%H:%M:%S")
        assert "." not in row["active_s"] and row["active_s"] == str(round(session.duration_s))
        hours, minutes, seconds = (int(part) for part in row["active_time"].split(":"))
        assert hours * 3600 + minutes * 60 + seconds == round(session.duration_s)
    signed = next(row for row in rows if row["warning_signs"])
    assert signed["warning_signs_text"] == "; ".join(str(sign_word(s)).upper() for s in JOURNAL.warning_signs)
    # The columns of the first version keep their places; the new ones come after them.
    header = text.removeprefix("\ufeff").split("\r\n", 1)[0].split(",")
    assert header[:3] == ["id", "routine_id", "routine_name"]
    assert header[-4:] == ["date", "start_time", "active_time", "warning_signs_text"]


def test_a_csv_export_given_to_import_says_to_use_the_json(tmp_path):
    from recoverykit.services.importers import ImportRefused, importer_for

    source, _, _ = exported(tmp_path)
    csv_file = tmp_path / "history.json"  # renamed by mistake: still known by its header row
    csv_file.write_text(csv_text(source.sessions(), JournalStore(source).all()), encoding="utf-8")
    with pytest.raises(ImportRefused, match="CSV export, which is for spreadsheets; import the JSON export"):
        importer_for(csv_file)


def _document(text, change):
    data = json.loads(text)
    change(data)
    return json.dumps(data).encode()


def _set(path, value):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value
    return change


BAD = [
    (_set(["sessions", 2, "started_at"], 20260504), "session 3", "started_at must be text"),
    (_set(["sessions", 1, "steps", 0, "planned_s"], 1e300), "session 2", "steps[0].planned_s"),
    (_set(["sessions", 1, "steps", 0, "actual_s"], "30"), "session 2", "steps[0].actual_s"),
    (_set(["sessions", 3, "routine_name"], KeyError), "session 4", "lacks routine_name"),
    (_set(["sessions", 0, "status"], "finished"), "session 1", "status"),
    (_set(["sessions", 0, "started_at"], "2026-05-04T07:30:00"), "session 1", "UTC offset"),
    (_set(["sessions", 2, "journal"], {"rpe": 5}), "session 3", "journal lacks"),
    (_set(["sessions", 0, "steps"], {}), "session 1", "steps must be a list"),
    (_set(["version"], 2), "version 2", ""),
    (_set(["format"], "something-else"), "not a recoverykit history", ""),
]


@pytest.mark.parametrize("change, where, what", BAD)
def test_a_bad_record_is_named_and_nothing_is_imported(tmp_path, change, where, what):
    _, _, text = exported(tmp_path)
    raw = _document(text, change)
    with pytest.raises(ImportProblem) as caught:
        parse_history(raw)
    assert where in str(caught.value) and what in str(caught.value)


def test_bad_journal_values_are_named(tmp_path):
    _, ids, text = exported(tmp_path)
    data = json.loads(text)
    index = [s["id"] for s in data["sessions"]].index(ids[1])
    data["sessions"][index]["journal"]["soreness_after"]["quads"] = 12
    with pytest.raises(ImportProblem, match=rf"session {index + 1} .*soreness_after.quads"):
        parse_history(json.dumps(data).encode())


def test_a_truncated_huge_or_oversize_file_is_refused_and_the_database_untouched(tmp_path, monkeypatch):
    _, _, text = exported(tmp_path)
    target_path = tmp_path / "target.db"
    populate(target_path, sessions=2, first_day=100)
    before = digest(target_path)
    bad_files = {
        "cut.json": text[: len(text) // 2],
        "nan.json": text.replace('"planned_s": 30.0', '"planned_s": NaN', 1),
        "digits.json": text.replace('"planned_s": 30.0', '"planned_s": ' + "9" * 5000, 1),
        "dupe.json": json.dumps({**json.loads(text), "sessions": json.loads(text)["sessions"] * 2}),
    }
    for name, content in bad_files.items():
        (tmp_path / name).write_text(content)
        target = open_database(target_path)
        with pytest.raises(ImportProblem):
            import_history(target, tmp_path / name, T0)
        target.close()
    assert digest(target_path) == before
    monkeypatch.setattr("recoverykit.storage.history_import.MAX_FILE_BYTES", 100)
    (tmp_path / "big.json").write_text(text)
    with pytest.raises(ImportProblem, match="larger than"):
        import_history(open_database(target_path), tmp_path / "big.json", T0)


def test_a_bad_record_late_in_the_file_stores_none_of_the_good_ones(tmp_path):
    _, _, text = exported(tmp_path)
    (tmp_path / "h.json").write_text(_document(text, _set(["sessions", 3, "id"], 5)).decode())
    target = open_database(tmp_path / "target.db")
    with pytest.raises(ImportProblem, match="session 4"):
        import_history(target, tmp_path / "h.json", T0)
    assert target["sessions"].count == 0


def test_an_in_progress_session_arrives_interrupted(tmp_path):
    _, _, text = exported(tmp_path)
    raw = _document(text, lambda d: d["sessions"][0].update(status="in_progress", ended_at=None))
    session, _ = parse_history(raw)[0]
    assert session.status.value == "interrupted" and session.ended_at == session.steps[-1].ended_at


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                  max_size=3), max_leaves=12)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(path=st.lists(st.sampled_from(["sessions", 0, 1, "steps", "journal", "status", "id", "planned_s",
                                      "started_at", "soreness_after", "rpe", "kind"]), min_size=1,
                     max_size=4),
       value=_json)
def test_any_damage_to_a_good_file_is_either_fine_or_a_clear_refusal(tmp_path, path, value):
    if not hasattr(test_any_damage_to_a_good_file_is_either_fine_or_a_clear_refusal, "text"):
        test_any_damage_to_a_good_file_is_either_fine_or_a_clear_refusal.text = exported(tmp_path)[2]
    text = test_any_damage_to_a_good_file_is_either_fine_or_a_clear_refusal.text
    data = json.loads(text)
    target = data
    try:
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    except (KeyError, IndexError, TypeError):
        return
    try:
        records = parse_history(json.dumps(data).encode())
    except ImportProblem as exc:
        assert str(exc)
    else:
        assert all(session.id for session, _ in records)


@settings(max_examples=150, deadline=None)
@given(raw=st.binary(max_size=300))
def test_random_bytes_are_refused_clearly(raw):
    try:
        parse_history(raw)
    except ImportProblem as exc:
        assert str(exc)
