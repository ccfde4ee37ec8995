"""The history overview: its red flags read the last weeks whatever the list is filtered to."""

from __future__ import annotations

from datetime import timedelta

import pytest

from recoverykit.core.clock import ManualClock
from recoverykit.core.events import SessionStatus
from recoverykit.core.journal import Journal
from recoverykit.services.history import HistoryService
from recoverykit.services.types import HistoryFilter
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0


@pytest.fixture
def repo(tmp_path):
    repository = SessionRepository(open_database(tmp_path / "h.db"))
    yield repository
    repository.close()


def _session(repo: SessionRepository, days_back: int, routine: str, journal: Journal | None) -> None:
    start = T0 - timedelta(days=days_back)
    session_id = repo.start_session(routine, routine.title(), start)
    repo.finish_session(session_id, SessionStatus.COMPLETED, start + timedelta(minutes=20))
    if journal is not None:
        JournalStore(repo).save(session_id, journal, start + timedelta(minutes=21))


def test_the_flags_are_the_same_whatever_the_filter(repo):
    """The list and the flags share one read when the filter covers the flags' weeks; the flags
    must not change with the filter either way."""
    clock = ManualClock(wall_start=T0)
    for back in range(60, -1, -1):  # two months, calves very sore on the last five days
        sore = Journal(soreness_after={"calves": 8 if back <= 4 else 2})
        _session(repo, back, "cooldown" if back % 2 else "rolling", sore)
    _session(repo, 2, "rolling", Journal(warning_signs=("numbness",)))
    service = HistoryService(repo, clock)
    today = clock.wall().date()
    filters = [HistoryFilter(), HistoryFilter(since=today - timedelta(days=60), until=today),
               HistoryFilter(routine_id="cooldown"), HistoryFilter(until=today - timedelta(days=10)),
               HistoryFilter(since=today - timedelta(days=3), until=today),
               HistoryFilter(since=today - timedelta(days=60), until=today + timedelta(days=3))]
    flags = [[(flag.code, flag.subject) for flag in service.overview(where).red_flags] for where in filters]
    assert flags[0] and ("persistent_soreness", "calves") in flags[0]
    assert all(each == flags[0] for each in flags)
    assert len(service.overview(HistoryFilter(until=today - timedelta(days=10))).listings) == 51
