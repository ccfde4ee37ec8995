"""Workouts in the window: import off the GUI thread, the card, Start, the tab, drops, the watched folder.

Time is the fake clock (the default wall time is 2026-05-04 07:30 UTC); the
only real waiting is for the import thread, across a real thread boundary.
"""

from __future__ import annotations

import io
import json
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from recoverykit.cli import print_history
from tests.ui.conftest import build_app
from tests.workouts import fit_writer

DATA = Path(__file__).resolve().parents[2] / "data" / "workouts"
#: A 10 km run ending 07:20, ten minutes before the fake clock's "now".
RUN_START = datetime(2026, 5, 4, 6, 30, tzinfo=timezone.utc)


@pytest.fixture
def run_file(tmp_path) -> Path:
    path = tmp_path / "files" / "morning-run.fit"
    path.parent.mkdir()
    path.write_bytes(fit_writer.run(km=10, minutes=50, start=RUN_START, descent=40))
    return path


@pytest.fixture
def app(qtbot, paths, clock, ticker, notifications, request):
    answers = {"files": []}
    built = build_app(paths, clock, ticker, notifications=notifications, import_workers=1,
                      choose_workouts=lambda parent: answers["files"])
    built.answers = answers
    qtbot.addWidget(built.window)
    built.window.show()
    built.finish()
    yield built
    built.close()


def _finished(qtbot, job) -> list:
    """Wait for an import thread to end (a real thread: the one real wait here); the signal's arguments."""
    blocker = qtbot.waitSignal(job.finished, timeout=20_000)
    blocker.wait()
    return blocker.args


def _import(qtbot, app, paths: list[Path], quiet: bool = False):
    assert app.workouts.import_paths(paths, quiet=quiet)
    return _finished(qtbot, app.workouts.job)


def test_import_from_the_menu_runs_off_the_gui_thread_and_shows_the_card(qtbot, app, run_file):
    app.answers["files"] = [run_file, DATA / "Settings.fit"]
    window = app.window
    app.workouts.import_action.trigger()
    job = app.workouts.job
    assert job is not None and app.workouts.bar.isVisible()  # the window is free while it reads
    report, cancelled = _finished(qtbot, job)
    assert not cancelled and len(report.imported) == 1 and len(report.refused) == 1
    assert not app.workouts.bar.isVisible()
    assert window.banner.text().startswith("Imported 1 workouts, 1 refused.")
    assert "a device settings file, not a recorded workout" in window.banner.text()
    card = app.workouts.card
    assert card.isVisible()
    local_end = (RUN_START + timedelta(minutes=50)).astimezone().strftime("%H:%M")
    assert card.title.text() == f"After your run at {local_end} (10.0 km)"
    assert "-minute cool-down for calves, hamstrings and quads" in card.session.text()
    # The refuel check counts from the workout's real end, not from now.
    assert app.reminder.due == RUN_START + timedelta(minutes=80)


def test_start_from_the_card_runs_the_suggested_session_and_links_it(qtbot, app, run_file, driver, paths):
    _import(qtbot, app, [run_file])
    window = app.window
    app.workouts.card.start_button.click()
    assert window.current_page == "preview"
    window.preview_page.start_button.click()
    assert window.current_page == "session"
    driver.run_to_end()
    assert window.current_page == "summary"
    app.close()
    out = io.StringIO()
    assert print_history(paths, True, out=out) == 0
    document = json.loads(out.getvalue())
    session = document["sessions"][0]
    assert session["routine_id"] == "suggested" and isinstance(session["workout_id"], int)


def test_the_same_run_twice_and_from_another_format_is_already_there(qtbot, app, run_file, tmp_path):
    report, _ = _import(qtbot, app, [run_file])
    assert len(report.imported) == 1
    again, _ = _import(qtbot, app, [run_file])
    assert again.imported == [] and len(again.already_there) == 1


def test_cancel_keeps_what_was_imported(qtbot, app, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for day in range(12):
        (folder / f"run-{day:02d}.fit").write_bytes(fit_writer.run(start=RUN_START - timedelta(days=day)))
    app.workouts.import_paths([folder])
    job = app.workouts.job
    app.workouts.bar.cancel_button.click()
    report, cancelled = _finished(qtbot, job)
    assert cancelled
    assert len(report.imported) == len(app.workout_service.all()) < 12
    assert "Stopped before the end" in app.window.banner.text()


def test_dropping_workout_files_on_the_window_imports_them(qtbot, app, run_file):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(run_file))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    assert app.workouts.eventFilter(app.window, drop)
    job = app.workouts.job
    _finished(qtbot, job)
    assert len(app.workout_service.all()) == 1


def test_the_watched_folder_imports_a_new_file_once_and_says_so_through_the_tray(qtbot, app, run_file, tmp_path,
                                                                               notifications):
    watched = tmp_path / "watch"
    watched.mkdir()
    assert app.window.notifier.update(watched_folder=str(watched)) is None
    assert app.workouts.job is None  # nothing there yet
    shutil.copy(run_file, watched / "new.fit")
    app.workouts.scan_watched_folder()  # what the folder watcher's change signal calls
    job = app.workouts.job
    _finished(qtbot, job)
    assert len(app.workout_service.all()) == 1
    assert notifications[-1][0] == "Workout imported"
    assert notifications[-1][1].startswith("Imported After your run at")
    app.workouts.scan_watched_folder()
    assert app.workouts.job is None  # seen already: not read again


def test_the_workouts_tab_lists_deletes_and_undoes_keeping_the_selection(qtbot, app, run_file, tmp_path):
    second = tmp_path / "files" / "yesterday.fit"
    second.write_bytes(fit_writer.run(km=5, minutes=30, start=RUN_START - timedelta(days=1)))
    _import(qtbot, app, [run_file, second])
    app.window.show_page("history")
    tab = app.workouts.tab
    assert tab is not None and tab.table.rowCount() == 2
    assert tab.table.item(0, 2).text() == "10.0 km" and tab.table.item(1, 2).text() == "5.0 km"
    tab.table.selectRow(1)
    tab.delete_button.click()
    assert tab.table.rowCount() == 1 and tab.undo_button.isEnabled()
    tab.undo_button.click()
    assert tab.table.rowCount() == 2
    assert tab.selected().distance_m == 5000.0  # the restored one is selected again
    assert not tab.undo_button.isEnabled()


def test_preferences_choose_the_watched_folder_and_offer_the_workouts_maximum_heart_rate(qtbot, app, tmp_path):
    spike = tmp_path / "files" / "spike.fit"
    spike.parent.mkdir(exist_ok=True)
    spike.write_bytes(fit_writer.hr_spike(start=RUN_START - timedelta(days=20)))
    _import(qtbot, app, [spike])
    dialog = app.preferences.show_dialog()
    qtbot.addWidget(dialog)
    offer = dialog.workout_max
    assert not offer.isHidden() and "159 bpm" in offer.label.text()  # the 230 spike is left out
    offer.use_button.click()
    assert app.settings.settings.max_heart_rate == 159
    dialog.offer_workout_max(159)
    assert offer.isHidden()  # already the measured maximum
    watched = tmp_path / "watch"
    watched.mkdir()
    dialog.watched_folder._choose = lambda parent: str(watched)
    dialog.watched_folder.choose_button.click()
    assert app.settings.settings.watched_folder == str(watched)
    assert app.workouts.watcher.directories() == [str(watched)]
    dialog.watched_folder.clear_button.click()
    assert app.settings.settings.watched_folder == "" and app.workouts.watcher.directories() == []


def test_a_session_from_the_card_counts_refuel_from_the_workout_and_fills_the_journal(qtbot, app, run_file, driver):
    _import(qtbot, app, [run_file])
    app.reminder.cancel()
    app.workouts.card.start_button.click()
    app.window.preview_page.start_button.click()
    assert app.reminder.due == RUN_START + timedelta(minutes=80)  # from the run's end, not from now
    driver.run_to_end()
    app.window.summary_page.journal_button.click()
    dialog = app.journal.dialog
    qtbot.addWidget(dialog)
    journal = dialog.editor.journal()
    assert journal.workout_type == "run" and journal.distance_km == 10.0 and journal.workout_min == 50
    assert journal.workout_ended_at == RUN_START + timedelta(minutes=50)
    dialog.reject()


def test_start_suggested_opens_the_preview_of_the_suggested_session(qtbot, app, run_file):
    _import(qtbot, app, [run_file])
    assert app.workouts.show_suggested()  # what `recoverykit start --suggested` calls
    assert app.window.current_page == "preview"
    assert app.window.preview_page.adjusted()[0].name == "After your 10 km run"
    assert app.window.preview_page.heading.text() == "After your 10 km run"


def test_without_workouts_start_suggested_previews_the_standard_cool_down(qtbot, app):
    assert app.workouts.show_suggested()
    assert app.window.preview_page.adjusted()[0].id == "cooldown"
    assert not app.workouts.card.isVisible()


def test_after_a_restart_the_watched_folder_is_not_read_again(qtbot, paths, clock, ticker, run_file, tmp_path):
    watched = tmp_path / "watch"
    watched.mkdir()
    shutil.copy(run_file, watched / "new.fit")
    first = build_app(paths, clock, ticker, import_workers=1)
    qtbot.addWidget(first.window)
    assert first.window.notifier.update(watched_folder=str(watched)) is None
    first.finish()
    _finished(qtbot, first.workouts.job)
    first.close()
    second = build_app(paths, clock, ticker, import_workers=1)
    qtbot.addWidget(second.window)
    second.finish()
    assert second.workouts.job is None  # nothing new in the folder: nothing read
    assert len(second.workout_service.all()) == 1
    second.close()
