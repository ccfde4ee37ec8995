"""Logged days: stored whole, read back, in the history JSON, and read by the red-flag rule."""

from __future__ import annotations

import json
from datetime import timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoverykit.core.clock import ManualClock
from recoverykit.core.day_log import DayLog, check_day_log
from recoverykit.core.journal import Journal
from recoverykit.core.red_flags import current_red_flags
from recoverykit.services.day_logs import DayLogRefused, DayLogService
from recoverykit.services.history import HistoryService
from recoverykit.services.picture import PictureService
from recoverykit.services.types import HistoryFilter
from recoverykit.storage.day_logs import DayLogStore
from recoverykit.storage.db import open_database
from recoverykit.storage.history_export import json_text
from recoverykit.storage.history_import import import_history, parse_document, parse_history
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0

PLUS_TWO = timezone(timedelta(hours=2))


def _log(days_back: int, calves: int = 8, **extra) -> DayLog:
    return DayLog(f"day-{days_back}", (T0 - timedelta(days=days_back)).astimezone(PLUS_TWO),
                  Journal(soreness_after={"calves": calves}, sleep_h=7.5, **extra), rest_day=True,
                  note="rest day, calves tight")


@pytest.fixture
def repo(tmp_path):
    repository = SessionRepository(open_database(tmp_path / "h.db"))
    yield repository
    repository.close()


def test_a_day_is_stored_whole_and_read_back(repo):
    store = DayLogStore(repo)
    log = _log(1, warning_signs=("swelling",), injured_areas=("calves",))
    store.save(log, T0)
    assert store.get(log.id) == log
    changed = DayLog(log.id, log.logged_at, Journal(soreness_after={"quads": 3}), False, "")
    store.save(changed, T0)
    assert store.all() == [changed]
    store.delete(log.id)
    assert store.all() == []


def test_since_reads_moments_not_text_whatever_the_offsets(repo):
    store = DayLogStore(repo)
    for back in (5, 3, 1):
        store.save(_log(back), T0)
    since = [log.id for log in store.since(T0 - timedelta(days=3, minutes=1))]
    assert since == ["day-1", "day-3"]  # newest first


def test_the_rules_refuse_a_day_in_the_future_or_with_a_workout():
    clock = ManualClock()
    later = DayLog("x", clock.wall() + timedelta(hours=1), Journal(soreness_after={"calves": 3}))
    assert "not for later" in check_day_log(later, clock.wall())[0]
    workout = DayLog("x", clock.wall(), Journal(rpe=7))
    assert check_day_log(workout, clock.wall())
    assert check_day_log(DayLog("x", clock.wall(), Journal(soreness_after={"calves": 3})), clock.wall()) == []


def test_the_service_refuses_with_a_reason_and_stores_nothing(repo):
    clock = ManualClock()
    service = DayLogService(repo, clock)
    with pytest.raises(DayLogRefused, match="not for later"):
        service.save(service.new(clock.wall() + timedelta(days=1), Journal(soreness_after={"calves": 3})))
    assert service.all() == []


def test_four_logged_rest_days_raise_the_red_flag_without_any_session(repo):
    """The 4-of-5-days rule reads logged days: resting does not hide persistent soreness."""
    clock = ManualClock(wall_start=T0)
    service = DayLogService(repo, clock)
    for back in (4, 3, 1, 0):
        service.save(service.new(clock.wall() - timedelta(days=back), Journal(soreness_after={"calves": 8})))
    picture = PictureService(repo, clock, lambda: None).picture()  # what every surface advises from
    assert len(picture.entries) == 4
    flags = current_red_flags(picture.dated_journals(), clock.wall().date())
    assert [(flag.code, flag.subject) for flag in flags] == [("persistent_soreness", "calves")]
    assert picture.red_flags() == flags
    overview = HistoryService(repo, clock).overview(HistoryFilter())  # what the History page shows
    assert [flag.subject for flag in overview.red_flags] == ["calves"] and overview.listings == []


def test_the_history_json_carries_the_days_and_imports_them_once(repo, tmp_path):
    store = DayLogStore(repo)
    logs = [_log(2), _log(1, warning_signs=("numbness",))]
    for log in logs:
        store.save(log, T0)
    text = json_text([], {}, days=store.all())
    document = json.loads(text)
    assert [day["id"] for day in document["days"]] == ["day-1", "day-2"]
    assert document["days"][0]["soreness"] == {"calves": 8} and document["days"][0]["rest_day"] is True
    (tmp_path / "h.json").write_text(text, encoding="utf-8")
    target = SessionRepository(open_database(tmp_path / "target.db"))
    assert import_history(target.db, tmp_path / "h.json", T0) == (0, 0)
    assert import_history(target.db, tmp_path / "h.json", T0) == (0, 0)
    assert DayLogStore(target).all() == store.all()
    target.close()


def test_a_document_without_days_still_imports_and_a_bad_day_is_named():
    old = b'{"format": "recoverykit-history", "version": 1, "sessions": []}'
    assert parse_history(old) == [] and parse_document(old) == ([], [])
    bad = (b'{"format": "recoverykit-history", "version": 1, "sessions": [], "days": '
           b'[{"id": "a", "logged_at": "2026-05-01T08:00:00+02:00", "rest_day": true, "soreness": {"calves": 11},'
           b' "sleep_h": null, "warning_signs": [], "injured_areas": [], "note": ""}]}')
    from recoverykit.storage.history_import import ImportProblem

    with pytest.raises(ImportProblem, match=r"day 1: .*calves must be a whole number from 0 to 10"):
        parse_document(bad)

_scalars = st.none() | st.booleans() | st.integers(-5, 30) | st.floats(allow_nan=False) | st.text(max_size=8)
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_day = st.fixed_dictionaries({}, optional={
    "id": st.text(max_size=6) | _json, "logged_at": st.sampled_from(["2026-05-01T08:00:00+02:00", "2026-05-01",
                                                                     "x"]) | _json,
    "rest_day": st.booleans() | _json, "soreness": st.dictionaries(
        st.sampled_from(["calves", "calves.left", "quads.right", "knee", "calves.up"]), st.integers(-2, 12) | _json,
        max_size=3) | _json,
    "sleep_h": st.none() | st.floats(-1, 30) | _json, "warning_signs": st.lists(st.sampled_from(
        ["swelling", "sharp_pain", "nope"]), max_size=2) | _json,
    "injured_areas": st.lists(st.sampled_from(["calves", "elbow"]), max_size=2) | _json,
    "note": st.text(max_size=10) | _json})


@settings(max_examples=300, deadline=None)
@given(st.lists(_day | _json, max_size=4))
def test_any_days_value_imports_or_is_refused_with_a_reason(days):
    """Whatever a file holds under "days", reading it ends in logged days or an ImportProblem."""
    from recoverykit.storage.history_import import ImportProblem

    raw = json.dumps({"format": "recoverykit-history", "version": 1, "sessions": [], "days": days}).encode()
    try:
        _records, logs = parse_document(raw)
    except ImportProblem as exc:
        assert str(exc)
    else:
        assert all(isinstance(log, DayLog) and log.logged_at.tzinfo is not None for log in logs)
