"""Services turn every database and disk failure into one StorageError with words for people."""

from __future__ import annotations

import errno
import sqlite3
from contextlib import closing

import pytest

from recoverykit.core.clock import ManualClock
from recoverykit.core.journal import Journal
from recoverykit.services import StorageError
from recoverykit.services.data import DataService, ImportRefused, read_only_repository
from recoverykit.services.failures import explain, storage_failures
from recoverykit.services.history import HistoryService
from recoverykit.services.journal import JournalService
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import populate


@pytest.fixture
def history(tmp_path):
    path = tmp_path / "recoverykit.db"
    ids = populate(path, sessions=3, first_day=-2)
    repo = SessionRepository(open_database(path))
    yield path, repo, ids
    repo.close()


def locked(path):
    """Another program holding the write lock on the database."""
    other = sqlite3.connect(path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    return closing(other)


@pytest.mark.parametrize(("raised", "words"), [
    (sqlite3.OperationalError("database is locked"), "in use by another program"),
    (sqlite3.OperationalError("database or disk is full"), "disk is full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    (PermissionError(errno.EACCES, "Permission denied", "/x/out.json"), "no permission to write /x/out.json"),
    (sqlite3.DatabaseError("file is not a database"), "refused it"),
])
def test_failures_are_explained_in_words_and_raised_as_one_error(raised, words):
    assert words in explain(raised)
    with pytest.raises(StorageError) as caught, storage_failures():
        raise raised
    assert words in str(caught.value)
    assert caught.value.__cause__ is raised


def test_a_locked_database_refuses_delete_and_journal_with_a_message_and_changes_nothing(history):
    path, repo, ids = history
    clock = ManualClock()
    service, journals = HistoryService(repo, clock), JournalService(repo, clock)
    with locked(path):
        with pytest.raises(StorageError, match="locked"):
            service.delete(ids[0])
        with pytest.raises(StorageError, match="locked"):
            journals.save(ids[0], Journal(rpe=5), "tight calves")
    assert repo.get(ids[0]) is not None
    assert JournalStore(repo).get(ids[0]) is None and repo.get(ids[0]).note == ""


def test_journal_and_note_are_saved_together_or_not_at_all(history, monkeypatch):
    _path, repo, ids = history
    journals = JournalService(repo, ManualClock())

    def refuse(*_args):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(repo, "set_note", refuse)
    with pytest.raises(StorageError):
        journals.save(ids[0], Journal(rpe=5), "tight calves")
    assert JournalStore(repo).get(ids[0]) is None  # the journal went back with the note
    monkeypatch.undo()
    journals.save(ids[0], Journal(rpe=5), "tight calves")
    assert JournalStore(repo).get(ids[0]) == Journal(rpe=5) and repo.get(ids[0]).note == "tight calves"


def test_delete_returns_the_whole_record_and_restore_puts_it_back(history):
    _path, repo, ids = history
    JournalStore(repo).save(ids[1], Journal(rpe=7), ManualClock().wall())
    service = HistoryService(repo, ManualClock())
    record = service.delete(ids[1])
    assert repo.get(ids[1]) is None and record[1] == Journal(rpe=7)
    service.restore(record)
    assert repo.get(ids[1]) == record[0] and JournalStore(repo).get(ids[1]) == Journal(rpe=7)
    with pytest.raises(LookupError):
        service.delete("no-such-session")


def test_import_while_locked_says_so_and_adds_nothing(history, tmp_path):
    path, repo, _ids = history
    data = DataService(repo, path, tmp_path / "backups", ManualClock())
    out = data.export(tmp_path / "out.json", as_csv=False)
    assert out.sessions == 3
    repo.db.execute("DELETE FROM steps")
    repo.db.execute("DELETE FROM sessions")
    repo.db.conn.commit()
    with locked(path):
        with pytest.raises(StorageError, match="locked"):
            data.import_file(tmp_path / "out.json")
        # Reading needs no write lock: an export still works while another program writes.
        assert data.export(tmp_path / "again.json", as_csv=False).sessions == 0
    assert repo.sessions() == []
    assert data.import_file(tmp_path / "out.json").added == 3


def test_export_to_a_folder_that_cannot_be_written_is_a_storage_error(history, tmp_path):
    path, repo, _ids = history
    data = DataService(repo, path, tmp_path / "backups", ManualClock())
    with pytest.raises(StorageError, match="cannot be written"):
        data.export(tmp_path / "no-such-folder" / "out.json", as_csv=False)


@pytest.mark.parametrize(("name", "content", "words"), [
    ("history.csv", "id,routine_id,routine_name\r\n", "CSV export"),
    ("export", "\ufeffid,routine_id,routine_name\r\n", "CSV export"),
    ("empty.json2", "", "empty"),
    ("photo.png", "\x89PNG\r\n", "not a file recoverykit can import"),
])
def test_a_file_no_importer_takes_is_refused_with_what_it_is(history, tmp_path, name, content, words):
    path, repo, _ids = history
    source = tmp_path / name
    source.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused, match=words):
        DataService(repo, path, tmp_path / "backups", ManualClock()).import_file(source)
    assert len(repo.sessions()) == 3


def test_the_read_only_repository_is_none_without_a_database(tmp_path):
    with read_only_repository(tmp_path / "none.db") as repository:
        assert repository is None
