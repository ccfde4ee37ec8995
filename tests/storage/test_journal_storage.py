"""Journals in the database, the history listing, delete and re-insert."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoverykit.core.history_stats import TrendEntry, trend_entries
from recoverykit.core.journal import AREAS, Journal
from recoverykit.storage import schema
from recoverykit.storage.db import open_database
from recoverykit.storage.history_query import HistoryFilter, SessionListing, list_sessions, routine_choices
from recoverykit.storage.history_records import delete_session, insert_records
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0, populate

JOURNAL = Journal({"quads": 6, "calves": 7}, {"quads": 4, "calves": 5}, "run", 12.5, 65, 7,
                  T0 - timedelta(minutes=5), True, False, 6.5, ("swelling",))


def test_migration_0004_adds_the_journals_and_user_version_follows_the_schema(tmp_path):
    db = open_database(tmp_path / "rk.db")
    assert schema.KNOWN[3] == "0004_session_journals"  # migrations are append-only: it stays fourth
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(schema.KNOWN) == schema.SCHEMA_VERSION
    assert "journals" in db.table_names()


def test_a_journal_is_saved_read_back_replaced_and_removed(tmp_path):
    ids = populate(tmp_path / "rk.db", sessions=2)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    store = JournalStore(repo)
    assert store.get(ids[0]) is None
    store.save(ids[0], JOURNAL, T0)
    assert store.get(ids[0]) == JOURNAL
    store.save(ids[0], Journal(rpe=3), T0)
    assert store.get(ids[0]) == Journal(rpe=3)
    store.save(ids[0], Journal(), T0)
    assert store.get(ids[0]) is None and store.all() == {}


def test_a_damaged_journal_row_is_left_out(tmp_path):
    ids = populate(tmp_path / "rk.db", sessions=2)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    store = JournalStore(repo)
    store.save(ids[0], JOURNAL, T0)
    store.save(ids[1], JOURNAL, T0)
    repo.db.execute("UPDATE journals SET rpe = 99 WHERE session_id = ?", [ids[0]])
    assert list(store.all()) == [ids[1]]
    listings, skipped = list_sessions(repo.db)
    assert skipped == 0 and {x.id: x.journal for x in listings}[ids[0]] is None


def test_the_listing_has_totals_journals_and_filters(tmp_path):
    ids = populate(tmp_path / "rk.db", sessions=5)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    JournalStore(repo).save(ids[2], JOURNAL, T0)
    other = repo.start_session("contrast", "Contrast therapy", T0 + timedelta(days=3, hours=1))
    listings, skipped = list_sessions(repo.db)
    assert skipped == 0
    assert [x.id for x in listings] == [ids[4], other, ids[3], ids[2], ids[1], ids[0]]
    first = listings[-1]
    assert (first.done, first.steps, first.active_s) == (8, 8, 240.0)
    assert listings[3].journal == JOURNAL
    only = list_sessions(repo.db, HistoryFilter(routine_id="contrast"))[0]
    assert [x.id for x in only] == [other]
    days = list_sessions(repo.db, HistoryFilter(since=T0.date() + timedelta(days=1),
                                                until=T0.date() + timedelta(days=2)))[0]
    assert [x.id for x in days] == [ids[2], ids[1]]
    assert routine_choices(repo.db) == [("contrast", "Contrast therapy"), ("cooldown", "Post-run cool-down")]


def test_text_that_is_not_utf8_is_listed_with_replacement_characters(tmp_path):
    """The listing reads text with SQLite's fast decoder, and falls back to the forgiving one."""
    ids = populate(tmp_path / "rk.db", sessions=3)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    repo.db.execute("UPDATE sessions SET note = CAST(X'4f6bff21' AS TEXT) WHERE id = ?", [ids[1]])
    listings, skipped = list_sessions(repo.db)
    assert skipped == 0 and [x.id for x in listings] == [ids[2], ids[1], ids[0]]
    assert {x.id: x.note for x in listings}[ids[1]] == "Ok\ufffd!"
    assert repo.db.conn.text_factory is not str  # the forgiving decoder is back for other reads


def test_filtered_listings_carry_the_same_totals_as_the_full_one(tmp_path):
    ids = populate(tmp_path / "rk.db", sessions=4)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    full = {x.id: (x.active_s, x.done, x.steps) for x in list_sessions(repo.db)[0]}
    for where in (HistoryFilter(routine_id="cooldown"), HistoryFilter(since=T0.date() + timedelta(days=2)),
                  HistoryFilter(until=T0.date() + timedelta(days=1))):
        listed = list_sessions(repo.db, where)[0]
        assert listed and all((x.active_s, x.done, x.steps) == full[x.id] for x in listed)
    assert {x.id for x in list_sessions(repo.db, HistoryFilter(since=T0.date() + timedelta(days=2)))[0]} \
        == set(ids[2:])


def test_delete_then_insert_brings_a_session_back_whole(tmp_path):
    ids = populate(tmp_path / "rk.db", sessions=3)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    store = JournalStore(repo)
    store.save(ids[1], JOURNAL, T0)
    before = repo.get(ids[1])
    delete_session(repo.db, ids[1])
    assert repo.get(ids[1]) is None and store.get(ids[1]) is None
    assert repo.db["steps"].count == 16
    assert insert_records(repo.db, [(before, JOURNAL)], T0) == 1
    assert repo.get(ids[1]) == before and store.get(ids[1]) == JOURNAL
    assert insert_records(repo.db, [(before, JOURNAL)], T0) == 0
    assert [x.day for x in list_sessions(repo.db)[0]] == [T0.date() + timedelta(days=d) for d in (2, 1, 0)]


soreness_keys = st.sampled_from([*AREAS, *(f"{area}.{side}" for area in AREAS for side in ("left", "right"))])
soreness_maps = st.dictionaries(soreness_keys, st.integers(min_value=0, max_value=10), max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=soreness_maps, after=soreness_maps, rpe=st.none() | st.integers(min_value=1, max_value=10),
       minutes=st.none() | st.integers(min_value=0, max_value=600))
def test_the_trend_reads_of_a_listing_what_the_whole_journal_says(tmp_path_factory, before, after, rpe, minutes):
    """The trends' quick read of a stored journal (one parse per distinct soreness pair) gives what the
    full, checked Journal gives."""
    path = tmp_path_factory.mktemp("trend") / "rk.db"
    ids = populate(path, sessions=1)
    repo = SessionRepository(open_database(path))
    journal = Journal(before, after, workout_min=minutes, rpe=rpe)
    JournalStore(repo).save(ids[0], journal, T0)
    (listing,), _ = list_sessions(repo.db)
    if journal.is_empty:  # an empty journal is not stored: nothing to chart
        assert listing.journal is None and listing.trend_entry is None
    else:
        assert listing.trend_entry == trend_entries([(listing.day, listing.journal)])[0]
        assert listing.trend_entry.worst == listing.journal.worst_soreness()
    repo.db.close()


def test_the_trend_leaves_out_what_the_app_does_not_write(tmp_path):
    ids = populate(tmp_path / "rk.db", sessions=3)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    for session_id in ids:
        JournalStore(repo).save(session_id, JOURNAL, T0)
    repo.db.execute("UPDATE journals SET soreness_before = '{not json' WHERE session_id = ?", [ids[0]])
    repo.db.execute("UPDATE journals SET soreness_before = '[6, 7]', rpe = 'hard' WHERE session_id = ?", [ids[1]])
    entries = {x.id: x.trend_entry for x in list_sessions(repo.db)[0]}
    assert entries[ids[0]] is None  # unreadable soreness: no point rather than a guessed one
    assert entries[ids[1]] == TrendEntry(T0.date() + timedelta(days=1), ({}, {"quads": 4, "calves": 5}), None, 65)
    assert entries[ids[1]].worst == {"quads": 4, "calves": 5}
    assert entries[ids[2]] == TrendEntry(T0.date() + timedelta(days=2), ({"quads": 6, "calves": 7},
                                                                         {"quads": 4, "calves": 5}), 7, 65)
    assert entries[ids[2]].worst == {"quads": 6, "calves": 7}
    repo.db.close()


def test_a_listing_is_a_whole_frozen_session_listing(tmp_path):
    """The list builds its rows without the dataclass's __init__ (for speed): each is what that
    __init__ would make, field for field, and as frozen."""
    ids = populate(tmp_path / "rk.db", sessions=2)
    repo = SessionRepository(open_database(tmp_path / "rk.db"))
    JournalStore(repo).save(ids[1], JOURNAL, T0)
    for listing in list_sessions(repo.db)[0]:
        made = SessionListing(**{f.name: getattr(listing, f.name) for f in dataclasses.fields(SessionListing)})
        assert listing == made and vars(listing) == vars(made)
        with pytest.raises(dataclasses.FrozenInstanceError):
            listing.note = "changed"
    repo.db.close()
