"""Ordinary paths that must lose nothing: an export aimed at the history, formulas in a CSV, a pipe given
to import, a start with no display. Real files, real FIFOs, the real command."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import threading

import pytest

from recoverykit.__main__ import has_display
from recoverykit.core.events import SessionStatus
from recoverykit.services import StorageError
from recoverykit.services.data import export_target_problem, write_export
from recoverykit.storage.db import open_database
from recoverykit.storage.history_export import csv_text
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0


def _run(args, data_dir, **env):
    environment = {**os.environ, "RECOVERYKIT_DATA_DIR": str(data_dir), **env}
    return subprocess.run([sys.executable, "-m", "recoverykit", *args], env=environment, capture_output=True,
                          text=True, timeout=60)


@pytest.fixture
def history(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    repo = SessionRepository(open_database(data / "recoverykit.db"))
    session = repo.start_session("cooldown", '=HYPERLINK("http://example.invalid", "Foam roll")', T0)
    repo.finish_session(session, SessionStatus.COMPLETED, T0)
    repo.set_note(session, "@SUM(1+1)")
    repo.close()
    return data


def test_export_refuses_the_live_database_its_wal_a_backup_and_any_database(history, tmp_path):
    database = history / "recoverykit.db"
    before = database.read_bytes()
    result = _run(["export", str(database)], history)
    assert result.returncode == 1 and "is the history itself" in result.stderr
    assert database.read_bytes() == before  # untouched
    backups = history / "backups"
    backups.mkdir()
    for target, says in ((history / "recoverykit.db-wal", "is the history itself"),
                         (backups / "old.json", "backups folder")):
        assert says in export_target_problem(target, database, backups)
    copy = tmp_path / "copy.db"
    copy.write_bytes(before)
    assert "is a database" in _run(["export", str(copy)], history).stderr
    with pytest.raises(StorageError, match="is a database"):
        write_export(copy, "{}")
    assert copy.read_bytes() == before
    assert _run(["export", str(tmp_path / "out.json")], history).returncode == 0


def test_a_csv_never_starts_a_cell_with_a_formula(history):
    repo = SessionRepository(open_database(history / "recoverykit.db"))
    text = csv_text(repo.sessions(), {})
    repo.close()
    (row,) = csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    assert row["routine_name"] == '\'=HYPERLINK("http://example.invalid", "Foam roll")'
    assert row["note"] == "'@SUM(1+1)"


def test_import_of_a_pipe_is_refused_at_once_and_changes_nothing(history, tmp_path):
    pipe = tmp_path / "history.json"
    os.mkfifo(pipe)
    # Without the check the open blocks until a writer comes: one is started late, to end a hang.
    writer = threading.Timer(30, lambda: pipe.write_text("{}"))
    writer.start()
    try:
        result = _run(["import", str(pipe)], history)
    finally:
        writer.cancel()
    assert result.returncode == 1 and "not a regular file" in result.stderr


def test_with_no_display_the_window_says_so_in_one_line(tmp_path):
    env = {name: value for name, value in os.environ.items()
           if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RECOVERYKIT_DATA_DIR"] = str(tmp_path / "data")
    result = subprocess.run([sys.executable, "-m", "recoverykit"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "recoverykit: no display found: open recoverykit in a desktop session; 'recoverykit history' and the "
        "other commands work without one"]
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}) and has_display({"QT_QPA_PLATFORM": "offscreen"})
    assert not has_display({})
