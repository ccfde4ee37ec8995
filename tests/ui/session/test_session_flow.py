"""The window, driven with qtbot and a fake clock through whole routines in milliseconds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recoverykit import cli
from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.core.states import State


def history(paths):
    import io
    import json

    out = io.StringIO()
    assert cli.print_history(paths, as_json=True, out=out) == 0
    return json.loads(out.getvalue())


def test_the_window_lists_the_builtin_routines(rk):
    page = rk.window.routines_page
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert names[0] == "Post-run cool-down"
    assert "Contrast therapy" in names
    assert rk.window.current_page == "routines"
    assert not page.errors_label.isVisible()


def test_a_whole_cooldown_runs_to_the_summary_and_is_stored(rk, qtbot, driver, paths):
    window = rk.window
    qtbot.keyClick(window.routines_page.list, Qt.Key.Key_Return)
    assert window.current_page == "preview"
    qtbot.keyClick(window.preview_page, Qt.Key.Key_Return)
    assert window.current_page == "session"
    page = window.session_page
    assert page.ring.caption == "Get ready"
    assert page.ring.time_text == "0:05"
    driver.advance(5)
    assert page.title_label.text() == "Easy walk or spin"
    assert page.ring.time_text == "10:00"
    assert page.next_label.text().startswith("Next: Standing quad stretch · Left leg")
    driver.advance(600 + 5 + 1)
    assert page.title_label.text() == "Standing quad stretch"
    assert page.side_label.text() == "LEFT LEG"
    assert page.position_label.text().startswith("Step 2 of 9")
    assert not page.illustration.mirrored
    driver.advance(29 + 5 + 1)
    assert page.side_label.text() == "RIGHT LEG"
    assert page.illustration.mirrored == (page.illustration.name is not None)
    with qtbot.waitSignal(rk.controller.sessionEnded, timeout=0):
        driver.run_to_end()
    assert window.current_page == "summary"
    assert "complete" in window.summary_page.heading.text()
    assert window.summary_page.totals.text().startswith("16 done · 0 skipped")
    # The whole 20-minute routine woke the app about once per displayed second, no more.
    assert 1100 < driver.wakeups < 1300
    [session] = history(paths)["sessions"]
    assert session["routine_id"] == "cooldown"
    assert session["status"] == "completed"
    assert len(session["steps"]) == 16
    assert [s["side"] for s in session["steps"][1:3]] == ["left", "right"]
    assert all(s["status"] == "done" and s["actual_s"] == s["planned_s"] for s in session["steps"])
    qtbot.keyClicks(window.summary_page.note_edit, "calves tight")
    qtbot.mouseClick(window.summary_page.done_button, Qt.MouseButton.LeftButton)
    assert window.current_page == "routines"
    assert history(paths)["sessions"][0]["note"] == "calves tight"


def test_a_step_end_is_cued_before_its_commit_and_committed_in_the_same_turn(rk, driver):
    """A commit waits for the disk; the cue of a step's end must not wait for it."""
    from recoverykit.core.events import StepEnded

    stored_when_cued: list[int] = []

    def on_events(events) -> None:
        if any(isinstance(e, StepEnded) for e in events):
            stored_when_cued.append(len(rk.repository.get(rk.controller.session_id).steps))

    rk.controller.happened.connect(on_events)
    rk.window.start_routine("cooldown")
    driver.advance(5 + 600 + 1)  # get ready, then the 10-minute walk ends
    assert stored_when_cued == [0]  # the cue came first…
    assert len(rk.repository.get(rk.controller.session_id).steps) == 1  # …the commit right after


def test_keyboard_pause_skip_back_and_extend(rk, qtbot, driver):
    window = rk.window
    window.start_routine("foam-roll")
    page = window.session_page
    driver.advance(5 + 10)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert rk.controller.machine.state is State.PAUSED
    assert page.pause_button.text() == "Resume"
    assert page.ring.caption == "Paused"
    remaining = rk.controller.view().remaining_s
    driver.advance(300)
    assert rk.controller.view().remaining_s == remaining
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert rk.controller.machine.state is State.RUNNING
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    assert rk.controller.view().remaining_s == remaining + 15
    qtbot.keyClick(page, Qt.Key.Key_Right)
    records = rk.controller.machine.records
    assert records[-1].status is StepStatus.SKIPPED
    assert rk.controller.view().slot.index == 1
    driver.advance(5 + 1)  # into the next step
    qtbot.keyClick(page, Qt.Key.Key_Left)  # 1 s in: back to the previous step
    assert rk.controller.view().slot.index == 0
    assert page.back_button.isEnabled()


def test_escape_asks_before_stopping_and_no_keeps_going(rk, qtbot, driver, confirmations, paths):
    window = rk.window
    window.start_routine("warmup")
    driver.advance(5 + 30 + 5 + 10)
    rk.answers["value"] = False
    qtbot.keyClick(window.session_page, Qt.Key.Key_Escape)
    assert confirmations[-1][0] == "Stop the session?"
    assert rk.controller.machine.state is State.RUNNING
    rk.answers["value"] = True
    qtbot.keyClick(window.session_page, Qt.Key.Key_Escape)
    assert rk.controller.machine.state is State.STOPPED
    assert window.current_page == "summary"
    assert window.summary_page.heading.text().startswith("Stopped")
    [session] = history(paths)["sessions"]
    assert session["status"] == SessionStatus.ABANDONED.value
    assert [(s["side"], s["status"]) for s in session["steps"]] == [("left", "done"), ("right", "skipped")]
    assert session["steps"][1]["actual_s"] == 10.0


def test_closing_the_window_mid_session_keeps_it_as_interrupted(rk, driver, paths, confirmations):
    rk.window.start_routine("cooldown")
    driver.advance(5 + 600 + 5 + 30)
    assert rk.window.close()
    assert confirmations[-1][0] == "Quit during a session?"
    [session] = history(paths)["sessions"]
    assert session["status"] == "interrupted"
    assert [s["status"] for s in session["steps"]] == ["done", "done"]


def test_history_page_shows_stored_sessions_after_a_restart(qtbot, paths, clock, ticker):
    from tests.ui.conftest import Driver, build_app

    first = build_app(paths, clock, ticker)
    qtbot.addWidget(first.window)
    first.window.start_routine("warmup")
    Driver(clock, ticker).run_to_end()
    first.close()

    second = build_app(paths, clock, ticker)
    qtbot.addWidget(second.window)
    second.window.show_page("history")
    page = second.window.history_page
    assert page.session_count() == 1
    assert page.row_text(0, 1) == "Pre-run dynamic warm-up"
    assert page.row_text(0, 3) == "Completed"
    assert second.window.history_page.steps.topLevelItemCount() == 7
    second.close()


def test_view_menu_is_locked_while_a_session_runs(rk):
    rk.window.start_routine("warmup")
    assert not rk.window.history_action.isEnabled()
    rk.window.show_page("history")
    assert rk.window.current_page == "session"


def test_a_storage_failure_shows_a_banner_and_the_write_is_retried(rk, driver, monkeypatch):
    import sqlite3

    repo = rk.repository
    real = repo.record_step
    failing = {"on": True}

    def flaky(*args, **kwargs):
        if failing["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args, **kwargs)

    monkeypatch.setattr(repo, "record_step", flaky)
    rk.window.start_routine("warmup")
    driver.advance(5 + 30)
    assert rk.window.banner.isVisibleTo(rk.window)
    assert "disk is full" in rk.window.banner.text()
    assert rk.controller.pending_writes == 1
    assert rk.controller.running  # the session goes on
    failing["on"] = False
    driver.advance(5 + 30)
    assert rk.controller.pending_writes == 0
    assert not rk.window.banner.isVisibleTo(rk.window)
    assert len(repo.get(rk.controller.session_id).steps) == 2
