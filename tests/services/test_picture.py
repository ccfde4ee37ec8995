"""The picture service, the change signal and the stored reminders, on a real SQLite file."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from recoverykit.core.clock import ManualClock
from recoverykit.core.day_log import DayLog
from recoverykit.core.events import SessionStatus
from recoverykit.core.health_check import HealthAnswers
from recoverykit.core.journal import Journal
from recoverykit.services.changes import DAY, JOURNAL, REMINDER, WORKOUT, Changes
from recoverykit.services.day_logs import DayLogService
from recoverykit.services.journal import JournalService
from recoverykit.services.picture import PictureService, picture_of_database
from recoverykit.services.reminders import HYDRATE, REFUEL, ReminderService
from recoverykit.services.workouts import WorkoutService
from recoverykit.storage.day_logs import DayLogStore
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from recoverykit.storage.workouts import WorkoutStore
from recoverykit.workouts.model import Workout
from tests.storage.helpers import T0


@pytest.fixture
def repo(tmp_path):
    repository = SessionRepository(open_database(tmp_path / "h.db"))
    yield repository
    repository.close()


@pytest.fixture
def clock():
    return ManualClock(wall_start=T0)


def _run(repo, ended_ago: timedelta) -> Workout:
    start = T0 - ended_ago - timedelta(minutes=50)
    return WorkoutStore(repo.db).add(Workout(sport="running", started_at=start, duration_s=3000,
                                             distance_m=10_000, sha256="a" * 64), T0)


def test_the_picture_holds_the_workout_journals_days_done_sessions_and_reminders(repo, clock):
    run = _run(repo, timedelta(minutes=10))
    session = repo.start_session("suggested", "After your 10 km run", T0 - timedelta(minutes=9))
    repo.finish_session(session, SessionStatus.COMPLETED, T0 - timedelta(minutes=2))
    WorkoutStore(repo.db).link_session(session, run.id)
    JournalStore(repo).save(session, Journal(soreness_after={"calves": 5}), T0)
    DayLogStore(repo).save(DayLog("d1", T0 - timedelta(minutes=5), Journal(soreness_after={"quads": 8})), T0)
    earlier = repo.start_session("cooldown", "Cool-down", T0 - timedelta(hours=5))  # before the run: not "done"
    repo.finish_session(earlier, SessionStatus.COMPLETED, T0 - timedelta(hours=4))
    ReminderService(repo, clock, lambda kind: True).schedule(run.ended_at, workout_id=run.id)
    health = HealthAnswers(answered=True, yes=frozenset({"heart"}))
    picture = PictureService(repo, clock, lambda: health).picture()
    assert picture.workout.id == run.id and picture.health == health
    assert [(entry.source, entry.journal.worst_soreness()) for entry in picture.entries] == [
        ("session", {"calves": 5}), ("day", {"quads": 8})]
    assert [session.session_id for session in picture.done] == [session]
    assert [reminder.kind for reminder in picture.reminders] == [HYDRATE, REFUEL]


def test_every_write_announces_what_it_changed_once_stored(repo, clock):
    changes, heard = Changes(), []
    changes.subscribe(lambda what: heard.append((set(what), len(DayLogStore(repo).all()))))
    days = DayLogService(repo, clock, changes)
    days.save(days.new(T0, Journal(soreness_after={"quads": 3})))
    assert heard == [({DAY}, 1)]  # announced after the row was there
    session = repo.start_session("cooldown", "Cool-down", T0)
    JournalService(repo, clock, changes).check_off(session, "hydrated")
    workouts = WorkoutService(repo, clock, changes)
    workouts.link_session(session, None)
    assert [what for what, _ in heard] == [{DAY}, {JOURNAL}, {WORKOUT}]


def test_a_day_logged_with_a_sign_is_in_the_next_picture_at_once(repo, clock):
    service = PictureService(repo, clock, HealthAnswers)
    assert service.picture().warning_signs() == []
    days = DayLogService(repo, clock)
    days.save(days.new(T0, Journal(warning_signs=("sharp_pain",), injured_areas=("calves",))))
    picture = service.picture()
    assert [sign for sign, _ in picture.warning_signs()] == ["sharp_pain"] and picture.injured_areas() == {"calves"}


def test_reminders_survive_a_restart_and_done_ticks_the_session_journal(tmp_path, clock):
    repo = SessionRepository(open_database(tmp_path / "r.db"))
    session = repo.start_session("cooldown", "Cool-down", T0)
    ReminderService(repo, clock, lambda kind: True).schedule(T0, session_id=session)
    repo.close()
    repo = SessionRepository(open_database(tmp_path / "r.db"))  # a restart
    changes, heard = Changes(), []
    changes.subscribe(heard.append)
    again = ReminderService(repo, clock, lambda kind: True, changes)
    assert again.due_of(HYDRATE) == T0 + timedelta(minutes=15)
    clock.advance(20 * 60)
    assert [reminder.kind for reminder in again.take_due()] == [HYDRATE]
    assert again.next_due() == T0 + timedelta(minutes=30)
    again.done(HYDRATE)
    assert JournalStore(repo).get(session).hydrated
    assert {JOURNAL, REMINDER} in [set(what) for what in heard]
    assert [reminder.kind for reminder in ReminderService(repo, clock, lambda kind: True).open()] == [REFUEL]
    repo.close()


def test_a_reminder_about_a_workout_alone_ticks_the_day_logged_since_or_logs_one(repo, clock):
    service = ReminderService(repo, clock, lambda kind: True)
    service.schedule(T0 - timedelta(minutes=1), workout_id=4)
    clock.advance(40 * 60)
    service.take_due()
    service.done(HYDRATE)  # no day logged yet: one is logged, with the check-off
    (logged,) = DayLogStore(repo).all()
    assert logged.journal.hydrated and not logged.journal.refuelled
    service.done(REFUEL)  # the same day gets the second tick
    (logged,) = DayLogStore(repo).all()
    assert logged.journal.hydrated and logged.journal.refuelled


def test_a_switched_off_or_past_reminder_is_not_set(repo, clock):
    service = ReminderService(repo, clock, lambda kind: kind == REFUEL)
    assert service.schedule(T0 - timedelta(minutes=20))
    assert [reminder.kind for reminder in service.open()] == [REFUEL]
    assert not service.schedule(T0 - timedelta(minutes=31))


def test_the_command_line_reads_the_same_picture_from_the_file(tmp_path, repo, clock):
    _run(repo, timedelta(minutes=15))
    DayLogStore(repo).save(DayLog("d1", T0 - timedelta(minutes=5), Journal(soreness_after={"calves": 9})), T0)
    health = tmp_path / "health.json"
    health.write_text(json.dumps({"version": 1, "skipped": False, "yes": ["heart"]}))
    picture = picture_of_database(tmp_path / "h.db", health, T0)
    assert picture.sore_areas()["calves"][0] == 9 and picture.health.yes == {"heart"}
    with pytest.raises(LookupError):
        picture_of_database(tmp_path / "h.db", health, T0, workout_id=999)
