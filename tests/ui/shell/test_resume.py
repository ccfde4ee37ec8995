"""Crash recovery in the window: checkpoints while running, and the offer to resume at the next start.

A crash is simulated by copying the running app's database with SQLite's
backup API: exactly the committed state a kill -9 leaves on disk. The copy is
then opened by a second app, as the next start would.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from recoverykit import cli
from recoverykit.core.clock import ManualClock, ScaledClock
from recoverykit.core.events import PhaseKind
from recoverykit.core.states import State
from recoverykit.paths import AppPaths
from recoverykit.qt.controller import CHECKPOINT_EVERY_S
from recoverykit.ui.shell.resume_offer import ResumeOfferBar
from tests.ui.conftest import Driver, FakeTicker, build_app

#: The morning the tests' manual clocks start on.
MORNING = ManualClock().wall()


def history(paths: AppPaths, now=MORNING) -> dict:
    """``recoverykit history --json``, read at ``now`` (by default the tests' morning)."""
    out = io.StringIO()
    assert cli.print_history(paths, as_json=True, out=out, now=now) == 0
    return json.loads(out.getvalue())


def checkpoint(rk) -> dict | None:
    rows = list(rk.repository.db.query("SELECT * FROM checkpoints"))
    return rows[0] if rows else None


def crash_copy(rk, tmp_path, name: str = "after-crash") -> AppPaths:
    """What a kill -9 would leave: the committed database, in a data dir of its own."""
    data = tmp_path / name
    data.mkdir()
    target = AppPaths(data_dir=data, config_dir=data / "config")
    with contextlib.closing(sqlite3.connect(target.database)) as dest:
        rk.repository.db.conn.backup(dest)
    return target


@pytest.fixture
def next_start(qtbot):
    """Builds the app again, as the next start of the program would; closes it after the test."""
    built = []

    def start(paths: AppPaths, clock, ticker=None):
        ticker = ticker or FakeTicker()
        app = build_app(paths, clock, ticker, confirm=lambda *a: True)
        qtbot.addWidget(app.window)
        app.window.show()
        app.ticker = ticker
        built.append(app)
        return app

    yield start
    for app in built:
        app.close()


def test_the_position_is_saved_at_each_step_end_on_pause_and_every_few_seconds(rk, driver):
    rk.window.start_routine("foam-roll")
    assert checkpoint(rk)["phase"] == "get_ready"
    driver.advance(5 + 12)
    saved = checkpoint(rk)
    assert (saved["slot"], saved["phase"], saved["paused"]) == (0, "work", 0)
    assert 12 - CHECKPOINT_EVERY_S - 1 <= saved["elapsed_s"] <= 12
    rk.controller.pause()
    saved = checkpoint(rk)
    assert (saved["elapsed_s"], saved["paused"]) == (12.0, 1)
    rk.controller.resume()
    driver.advance(48)  # the step ends: its row and the next position land together
    saved = checkpoint(rk)
    assert (saved["slot"], saved["phase"], saved["records"]) == (1, "change_position", 1)
    assert len(rk.repository.get(rk.controller.session_id).steps) == 1
    driver.run_to_end()
    assert checkpoint(rk) is None  # a finished session has no position


def test_a_crashed_session_is_offered_and_resumes_where_it_stopped(rk, driver, clock, tmp_path, next_start, qtbot):
    rk.window.start_routine("foam-roll")
    driver.advance(5 + 60 + 5 + 20)  # 20 s into the left hamstrings
    copy = crash_copy(rk, tmp_path)
    [session] = history(copy)["sessions"]
    assert session["status"] == "in_progress" and session["resumable"] is True

    clock.advance(600)  # ten minutes later, the app starts again
    second = next_start(copy, clock)
    offer = second.controller.resume_offer
    assert offer is not None and offer.position.slot_index == 1
    [bar] = second.window.findChildren(ResumeOfferBar)
    assert bar.isVisibleTo(second.window)
    # Steps counted as the session page counts them: the hamstrings on both sides are one step of four.
    assert "Foam roll only" in bar.label.text() and "step 2 of 4" in bar.label.text()
    assert "0:20 in" in bar.label.text()
    assert second.window.current_page == "routines"  # nothing started by itself

    qtbot.mouseClick(bar.resume_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisibleTo(second.window)
    assert second.window.current_page == "session"
    assert second.controller.session_id == session["id"]
    view = second.controller.view()
    assert view.slot.index == 1 and view.remaining_s == 25.0 and view.state is State.RUNNING
    assert second.window.session_page.side_label.text() == "LEFT LEG"
    assert second.window.session_page.position_label.text().startswith("Step 2 of 4")  # as the offer said

    Driver(clock, second.ticker).run_to_end()
    assert second.window.current_page == "summary"
    [finished] = history(copy)["sessions"]
    assert finished["id"] == session["id"] and finished["status"] == "completed"
    assert finished["resumable"] is False
    assert [(s["name"], s["side"]) for s in finished["steps"]] == [
        ("Foam roll: quads", None), ("Foam roll: hamstrings", "left"), ("Foam roll: hamstrings", "right"),
        ("Foam roll: calves", "left"), ("Foam roll: calves", "right"),
        ("Foam roll: glutes", "left"), ("Foam roll: glutes", "right")]
    assert finished["steps"][1]["actual_s"] == 45.0  # 20 s before the crash + 25 s after
    assert second.window.summary_page.totals.text().startswith("7 done")


def test_a_session_paused_before_the_crash_comes_back_paused(rk, driver, clock, tmp_path, next_start):
    rk.window.start_routine("warmup")
    driver.advance(5 + 10)
    rk.controller.pause()
    second = next_start(crash_copy(rk, tmp_path), clock)
    second.controller.accept_resume()
    assert second.controller.machine.state is State.PAUSED
    assert second.controller.view().remaining_s == 20.0
    assert second.window.session_page.pause_button.text() == "Resume"


def test_keep_as_interrupted_keeps_the_steps_and_closes_the_session(rk, driver, clock, tmp_path, next_start, qtbot):
    rk.window.start_routine("foam-roll")
    driver.advance(5 + 60 + 5 + 45 + 5 + 3)
    copy = crash_copy(rk, tmp_path)
    second = next_start(copy, clock)
    [bar] = second.window.findChildren(ResumeOfferBar)
    qtbot.mouseClick(bar.keep_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisibleTo(second.window) and not second.controller.running
    [session] = history(copy)["sessions"]
    assert session["status"] == "interrupted" and session["resumable"] is False
    assert [s["status"] for s in session["steps"]] == ["done", "done"]
    assert session["ended_at"] is not None


def test_starting_another_routine_keeps_the_offered_one_as_interrupted(rk, driver, clock, tmp_path, next_start):
    rk.window.start_routine("foam-roll")
    driver.advance(5 + 61)
    copy = crash_copy(rk, tmp_path)
    second = next_start(copy, clock)
    assert second.window.start_routine("warmup")
    assert second.controller.resume_offer is None
    newest, older = history(copy)["sessions"]
    assert (newest["routine_id"], newest["status"]) == ("warmup", "in_progress")
    assert (older["routine_id"], older["status"], len(older["steps"])) == ("foam-roll", "interrupted", 1)


def test_a_crash_older_than_two_hours_is_simply_kept_as_interrupted(rk, driver, clock, tmp_path, next_start):
    rk.window.start_routine("foam-roll")
    driver.advance(5 + 61)
    copy = crash_copy(rk, tmp_path)
    clock.advance(timedelta(hours=2, minutes=1).total_seconds())
    second = next_start(copy, clock)
    assert second.controller.resume_offer is None
    [session] = history(copy)["sessions"]
    assert session["status"] == "interrupted" and len(session["steps"]) == 1


def test_quitting_with_the_offer_unanswered_leaves_it_for_the_next_start(rk, driver, clock, tmp_path, next_start):
    rk.window.start_routine("foam-roll")
    driver.advance(5 + 61)
    copy = crash_copy(rk, tmp_path)
    second = next_start(copy, clock)
    second.window.close()
    assert history(copy)["sessions"][0]["resumable"] is True


def test_a_resumed_session_runs_at_the_time_scale_of_the_new_process(rk, driver, tmp_path, next_start):
    rk.window.start_routine("foam-roll")
    driver.advance(5 + 60 + 5 + 20)
    copy = crash_copy(rk, tmp_path)
    base = ManualClock(start=50.0)
    scaled = ScaledClock(base, 40.0)
    second = next_start(copy, scaled)
    second.controller.accept_resume()
    assert second.ticker.delay == pytest.approx(1.0 / 40.0)  # the next displayed second, in real time
    Driver(base, second.ticker).advance(25.0 / 40.0)  # 25 session seconds pass in 0.625 real ones
    view = second.controller.view()
    assert view.slot.index == 2 and view.phase is PhaseKind.SWITCH_SIDES
    [session] = history(copy)["sessions"]
    assert session["steps"][1]["actual_s"] == pytest.approx(45.0)
