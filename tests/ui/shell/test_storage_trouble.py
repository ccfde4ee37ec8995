"""Disk full, read-only, locked: the session goes on, the banner says so, nothing is lost.

Each case makes SQLite itself refuse the writes, for real:
- disk full: ``PRAGMA max_page_count`` caps the live database at its current size;
- read-only: the live connection is swapped for one opened ``mode=ro``, which is
  what a read-only file system gives (chmod would not do: a file already open
  stays writable, and these tests may run as root, whom chmod does not stop);
- locked: a second connection holds ``BEGIN EXCLUSIVE``;
- unopenable at start-up: the data folder is made read-only, or, where chmod
  does not bind (root), the database's ``-wal`` path is taken by a folder, so
  SQLite cannot open the database at all.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from recoverykit.core.states import State


def steps_of(rk, session_id: str | None = None) -> list[tuple[int, str]]:
    session_id = session_id or rk.controller.session_id
    return [(s.position, s.status.value) for s in rk.repository.get(session_id).steps]


def banner(rk) -> str:
    return rk.window.banner.text() if rk.window.banner.isVisibleTo(rk.window) else ""


def run_until_a_write_fails(rk, driver, limit_s: float = 1800) -> None:
    for _ in range(int(limit_s)):
        if rk.controller.pending_writes:
            return
        driver.advance(1)
    raise AssertionError("no write failed")


def fill_to_the_brim(db: Database) -> None:
    """Cap the database at its size now, then fill its free space, so the next new row fails."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    db["sessions"].insert({"id": "filler", "routine_id": "x", "routine_name": "filler",
                                    "started_at": "2026-01-01T00:00:00+00:00", "status": "abandoned",
                                    "updated_at": "2026-01-01T00:00:00+00:00"})
    with pytest.raises(sqlite3.OperationalError, match="full"):
        for n in range(100_000):
            db.execute("INSERT INTO steps (session_id, position, kind, name, planned_s, actual_s, status) "
                       "VALUES ('filler', ?, 'rest', 'filler', 1, 1, 'done')", [n])


def test_a_full_disk_keeps_the_session_going_and_saves_everything_once_there_is_room(rk, driver, qtbot):
    fill_to_the_brim(rk.repository.db)
    rk.window.start_routine("cooldown")
    with qtbot.waitSignal(rk.controller.storageProblem, timeout=0):
        run_until_a_write_fails(rk, driver)
    assert "database or disk is full" in banner(rk)
    assert rk.controller.running and rk.controller.machine.state is not State.STOPPED
    assert rk.controller.retry_timer.isActive()
    driver.advance(150)  # more steps end while nothing can be saved
    assert rk.controller.pending_writes >= 1
    saved_while_full = steps_of(rk)

    rk.repository.db.execute("PRAGMA max_page_count = 1073741823")  # room again
    with qtbot.waitSignal(rk.controller.storageRecovered, timeout=0):
        driver.advance(6)  # the next checkpoint retries
    assert rk.controller.pending_writes == 0
    assert banner(rk) == "" and not rk.controller.retry_timer.isActive()
    driver.run_to_end()
    steps = steps_of(rk)
    assert steps[:len(saved_while_full)] == saved_while_full
    assert steps == [(i, "done") for i in range(16)]
    assert rk.repository.get(rk.controller.session_id).status.value == "completed"


def test_a_read_only_database_is_retried_until_it_can_be_written(rk, driver, paths, qtbot):
    rk.window.start_routine("warmup")
    driver.advance(5 + 30 + 5 + 10)
    writable = rk.repository.db
    read_only = Database(sqlite3.connect(paths.database.resolve().as_uri() + "?mode=ro", uri=True))
    rk.repository.db = read_only
    try:
        with qtbot.waitSignal(rk.controller.storageProblem, timeout=0):
            driver.advance(25)
        assert "readonly" in banner(rk)
        driver.advance(60)
        assert rk.controller.running
    finally:
        rk.repository.db = writable
        read_only.close()
    driver.advance(6)
    assert banner(rk) == "" and rk.controller.pending_writes == 0
    recorded = [(i, r.status.value) for i, r in enumerate(rk.controller.machine.records)]
    assert len(recorded) >= 3 and steps_of(rk) == recorded


def test_a_locked_database_is_retried_and_a_paused_session_is_saved_by_the_retry_timer(rk, driver, paths, qtbot):
    rk.window.start_routine("warmup")
    driver.advance(5 + 20)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with qtbot.waitSignal(rk.controller.storageProblem, timeout=0):
            driver.advance(15)  # the step ends; its write waits for the lock, briefly, and is kept
        assert "locked" in banner(rk)
        rk.controller.pause()  # paused: no wake-ups, no checkpoints, only the retry timer
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert rk.controller.pending_writes >= 1
    with qtbot.waitSignal(rk.controller.storageRecovered, timeout=0):
        rk.controller.retry_timer.timeout.emit()  # what the timer does every RETRY_EVERY_MS
    assert banner(rk) == ""
    assert steps_of(rk) == [(0, "done")]


def _block_opening(data_dir: Path) -> callable:
    """Make the existing database impossible to open; returns the undo."""
    database = data_dir / "recoverykit.db"
    data_dir.chmod(0o500)
    try:
        probe = data_dir / ".probe"
        probe.touch()
    except PermissionError:
        return lambda: data_dir.chmod(0o700)  # a real read-only folder
    probe.unlink()
    data_dir.chmod(0o700)  # root: chmod does not bind; take the -wal's place instead
    wal = database.with_name(database.name + "-wal")
    wal.unlink(missing_ok=True)
    wal.mkdir()
    return wal.rmdir


def test_a_database_that_cannot_be_opened_at_start_up_is_opened_when_it_can_be(paths, clock, ticker, qtbot):
    from tests.ui.conftest import Driver, build_app

    build_app(paths, clock, ticker, confirm=lambda *a: True).close()
    undo = _block_opening(paths.data_dir)
    try:
        rk = build_app(paths, clock, ticker, confirm=lambda *a: True)
        qtbot.addWidget(rk.window)
        assert "Could not open the history" in rk.window.banner.text()
        assert not rk.repository.is_open
        rk.window.show_page("history")  # shows the problem instead of failing
        assert "cannot be shown" in rk.window.history_page.empty_label.text()
        rk.window.start_routine("warmup")
        driver = Driver(clock, ticker)
        driver.advance(5 + 30 + 5 + 30)
        assert rk.controller.running and rk.controller.pending_writes >= 1
    finally:
        undo()
    with qtbot.waitSignal(rk.controller.storageRecovered, timeout=0):
        driver.advance(6)
    assert rk.repository.is_open
    session_id = rk.controller.session_id
    driver.run_to_end()
    rk.close()
    with contextlib.closing(sqlite3.connect(paths.database)) as conn:
        rows = conn.execute("SELECT status FROM steps WHERE session_id = ? ORDER BY position",
                            [session_id]).fetchall()
        assert rows == [("done",)] * 7
        assert conn.execute("SELECT status FROM sessions WHERE id = ?", [session_id]).fetchone() == ("completed",)



def test_writes_still_waiting_when_the_session_ends_are_saved_by_the_retry_timer(rk, driver, qtbot):
    fill_to_the_brim(rk.repository.db)
    rk.window.start_routine("warmup")
    run_until_a_write_fails(rk, driver)
    driver.run_to_end()  # the session ends; its last writes wait too
    assert rk.window.current_page == "summary"
    assert rk.controller.retry_timer.isActive() and rk.controller.pending_writes >= 1
    rk.repository.db.execute("PRAGMA max_page_count = 1073741823")
    with qtbot.waitSignal(rk.controller.storageRecovered, timeout=0):
        rk.controller.retry_timer.timeout.emit()
    assert steps_of(rk) == [(i, "done") for i in range(7)]
    assert rk.repository.get(rk.controller.session_id).status.value == "completed"
