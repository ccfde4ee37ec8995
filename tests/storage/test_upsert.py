"""A write refused while the database was locked must not break later writes on the connection.

sqlite-utils' upsert probed SQLite once per connection; a probe refused by a
lock made every later journal and checkpoint save a silent no-op. These
tests failed before storage/upsert.py.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from recoverykit.core.events import PhaseKind
from recoverykit.core.journal import Journal
from recoverykit.core.position import Position
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.rows import Checkpoint
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0, populate


@pytest.fixture
def repo(tmp_path):
    path = tmp_path / "recoverykit.db"
    ids = populate(path, sessions=2)
    repository = SessionRepository(open_database(path))
    yield repository, path, ids
    repository.close()


def refused_while_locked(path, write):
    with closing(sqlite3.connect(path, timeout=0)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            write()


def test_a_journal_saved_after_a_locked_attempt_is_stored(repo):
    repository, path, ids = repo
    store = JournalStore(repository)
    refused_while_locked(path, lambda: store.save(ids[0], Journal(rpe=5), T0))
    store.save(ids[0], Journal(rpe=5), T0)
    store.save(ids[1], Journal(rpe=6), T0)
    assert store.get(ids[0]) == Journal(rpe=5) and store.get(ids[1]) == Journal(rpe=6)
    store.save(ids[0], Journal(rpe=8), T0)  # and an update in place still updates
    assert store.get(ids[0]) == Journal(rpe=8)


def test_a_checkpoint_saved_after_a_locked_attempt_is_stored(repo):
    repository, path, ids = repo
    checkpoint = Checkpoint(ids[0], "f" * 16, Position(2, PhaseKind.WORK, 12.5, 30.0, False, 2), T0)
    refused_while_locked(path, lambda: repository.save_checkpoint(checkpoint))
    repository.save_checkpoint(checkpoint)
    assert repository.checkpoint(ids[0]) == checkpoint
