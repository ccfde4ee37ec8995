"""The journal by keyboard alone, the history filters, delete and undo, red flags, the refuel reminder."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from recoverykit.core.journal import Journal
from recoverykit.qt.manual_ticker import ClockDriver, ManualTicker
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0, populate
from tests.ui.conftest import Driver, build_app


@pytest.fixture
def reminder_ticker() -> ManualTicker:
    return ManualTicker()


@pytest.fixture
def app_with(qtbot, paths, clock, ticker, notifications, reminder_ticker):
    """Build the app after the test has put some history in place."""
    built = []

    def make():
        rk = build_app(paths, clock, ticker, notifications=notifications, reminder_ticker=reminder_ticker)
        qtbot.addWidget(rk.window)
        rk.window.show()
        built.append(rk)
        return rk

    yield make
    for rk in built:
        rk.close()


def stored(paths, sessions=6, first_day=-5):
    paths.ensure()
    return populate(paths.database, sessions=sessions, first_day=first_day)


def focused():
    """The widget with focus in the front window (offscreen windows may never become active)."""
    window = QApplication.activeModalWidget() or QApplication.activeWindow()
    widget = window.focusWidget() if window is not None else QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, times=1, modifier=Qt.KeyboardModifier.NoModifier):
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text):
    qtbot.keyClicks(focused(), text)


def test_a_journal_is_filled_by_keyboard_alone_from_the_summary(qtbot, app_with, clock, ticker, paths):
    rk = app_with()
    rk.window.start_routine("foam-roll")
    Driver(clock, ticker).run_to_end()
    assert rk.window.current_page == "summary"
    summary = rk.window.summary_page
    summary.journal_button.setFocus()
    qtbot.keyClick(summary.journal_button, Qt.Key.Key_Space)
    dialog = rk.journal.dialog
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    assert focused() is editor.sliders["quads"]
    press(qtbot, Qt.Key.Key_Right, 6)                    # quads: not rated -> 5
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.sliders["hip_flexors"]
    press(qtbot, Qt.Key.Key_End)                         # hip flexors: 10
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.sliders["lower_back"]
    press(qtbot, Qt.Key.Key_Right, 3)                    # lower back: 2
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.workout_type
    press(qtbot, Qt.Key.Key_Down)                        # Run
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.distance
    press(qtbot, Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "12.5")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.duration
    press(qtbot, Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "62")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.rpe
    press(qtbot, Qt.Key.Key_Up, 7)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.ended_known
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.hydrated
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)                       # refuelled
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.sleep
    press(qtbot, Qt.Key.Key_A, modifier=Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "7.5")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.warnings["sharp_pain"]
    press(qtbot, Qt.Key.Key_Tab, len(editor.warnings) + len(editor.injured))  # every sign, then injured areas
    assert focused() is editor.notes
    type_text(qtbot, "calves fine")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)                      # Save, the default button
    assert not dialog.isVisible()

    session_id = rk.controller.session_id
    journal = JournalStore(rk.repository).get(session_id)
    assert journal == Journal(soreness_after={"quads": 5, "hip_flexors": 10, "lower_back": 2},
                              workout_type="run", distance_km=12.5, workout_min=62, rpe=7,
                              hydrated=True, refuelled=True, sleep_h=7.5)
    assert summary.note_edit.toPlainText() == "calves fine"
    summary.done_button.click()
    assert rk.repository.get(session_id).note == "calves fine"


def test_miles_are_entered_in_miles_and_stored_in_km(qtbot, app_with, paths):
    ids = stored(paths, sessions=1, first_day=0)
    rk = app_with()
    rk.window.settings.update(distance_unit="mi")
    rk.window.show_page("history")
    page = rk.window.history_page
    page.edit_journal()
    editor = page.journal_dialog.editor
    assert editor.distance.suffix() == " mi"
    editor.distance.setValue(10)
    page.journal_dialog.accept()
    assert JournalStore(rk.repository).get(ids[0]).distance_km == pytest.approx(16.093, abs=0.001)
    assert "16.09" not in page.detail.journal.text() and "10.00 mi" in page.detail.journal.text()


def test_history_filters_by_routine_and_dates(qtbot, app_with, paths):
    stored(paths, sessions=6, first_day=-5)
    repo = SessionRepository(open_database(paths.database))
    repo.start_session("contrast", "Contrast therapy", T0 - timedelta(days=2, hours=1))
    repo.close()
    rk = app_with()
    rk.window.show_page("history")
    page = rk.window.history_page
    assert page.session_count() == 7
    assert page.row_text(0, 1) == "Post-run cool-down"
    page.routine_filter.setCurrentIndex(page.routine_filter.findText("Contrast therapy"))
    assert page.session_count() == 1 and page.row_text(0, 1) == "Contrast therapy"
    page.routine_filter.setCurrentIndex(page.routine_filter.findText("Post-run cool-down"))
    assert page.session_count() == 6
    page.since.setDate(QDate(2026, 5, 1))
    page.until.setDate(QDate(2026, 5, 2))
    assert page.session_count() == 2
    assert [page.row_text(r, 0)[:10] for r in range(2)] == ["Sat 02 May", "Fri 01 May"]
    page.reset_button.click()
    assert page.session_count() == 7


def test_delete_and_undo_bring_the_session_and_its_journal_back(qtbot, app_with, paths):
    ids = stored(paths, sessions=3, first_day=-2)
    repo = SessionRepository(open_database(paths.database))
    JournalStore(repo).save(ids[-1], Journal(rpe=6, soreness_after={"calves": 4}), T0)
    repo.close()
    rk = app_with()
    rk.window.show_page("history")
    page = rk.window.history_page
    assert page.selected_id() == ids[-1]
    assert page.steps.topLevelItemCount() == 8 and "Calves" in page.detail.journal.text()
    page.detail.delete_button.click()
    assert page.session_count() == 2 and rk.repository.get(ids[-1]) is None
    assert page.notice.text() == "Session deleted." and page.undo_button.isEnabled()
    undo = next(a for a in page.actions() if a.text().startswith("&Undo"))
    assert undo.shortcut().toString() == "Ctrl+Z" and undo.isEnabled()
    page.undo_button.setFocus()
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Space)  # offscreen windows never get shortcuts
    assert page.session_count() == 3
    assert rk.repository.get(ids[-1]) is not None
    assert JournalStore(rk.repository).get(ids[-1]) == Journal(rpe=6, soreness_after={"calves": 4})
    assert page.row_text(0, 4) == "—"
    page.redo()
    assert page.session_count() == 2
    page.undo_button.click()
    assert page.session_count() == 3


def test_red_flag_banner_names_the_area_and_suggests_a_professional(qtbot, app_with, paths):
    ids = stored(paths, sessions=4, first_day=-3)
    repo = SessionRepository(open_database(paths.database))
    for session_id in ids:
        JournalStore(repo).save(session_id, Journal(soreness_after={"calves": 8}), T0)
    repo.close()
    rk = app_with()
    rk.window.show_page("history")
    banner = rk.window.history_page.red_flags
    assert banner.isVisible()
    assert "calves" in banner.reasons.text() and "4 days" in banner.reasons.text()
    assert "physiotherapist" in banner.advice.text()


def test_no_banner_for_three_days(qtbot, app_with, paths):
    ids = stored(paths, sessions=3, first_day=-2)
    repo = SessionRepository(open_database(paths.database))
    for session_id in ids:
        JournalStore(repo).save(session_id, Journal(soreness_after={"calves": 9}), T0)
    repo.close()
    rk = app_with()
    rk.window.show_page("history")
    assert not rk.window.history_page.red_flags.isVisible()


def test_charts_show_the_weeks_the_soreness_and_the_streak(qtbot, app_with, paths):
    ids = stored(paths, sessions=4, first_day=-3)
    repo = SessionRepository(open_database(paths.database))
    JournalStore(repo).save(ids[0], Journal(soreness_after={"quads": 6}), T0)
    JournalStore(repo).save(ids[2], Journal(soreness_after={"quads": 3}), T0)
    repo.close()
    rk = app_with()
    rk.window.show_page("history")
    page = rk.window.history_page
    page.sessions.setCurrentIndex(page.model.index(3, 0))
    page.tabs.setCurrentWidget(page.charts)
    (bars,) = page.charts.weekly.series()
    assert sum(bars.barSets()[0].at(i) for i in range(bars.barSets()[0].count())) == pytest.approx(16.0)
    (line,) = page.charts.soreness.series()
    assert [(p.x(), p.y()) for p in line.points()] == [(0, 6), (2, 3)]
    assert "4 recovery days" in page.charts.streak_label.text()


def test_the_refuel_reminder_fires_once_thirty_minutes_after(qtbot, app_with, clock, ticker, notifications,
                                                            reminder_ticker):
    rk = app_with()
    rk.window.start_routine("cooldown")
    reminders = ClockDriver(clock, reminder_ticker)
    rk.controller.stop()
    reminders.advance(30 * 60 - 1)
    assert [n for n in notifications if n[0] == "Time to refuel"] == []
    reminders.advance(1)
    reminders.advance(3600)
    assert [n[0] for n in notifications if n[0] == "Time to refuel"] == ["Time to refuel"]
    assert "20 g" in notifications[-1][1]


def test_the_refuel_reminder_follows_the_setting_and_skips_warm_ups(qtbot, app_with, clock, ticker,
                                                                    notifications, reminder_ticker):
    rk = app_with()
    rk.window.start_routine("warmup")
    assert not reminder_ticker.armed
    rk.controller.stop()
    rk.window.settings.update(refuel_reminder_on=False, hydration_reminder_on=False)
    rk.window.start_routine("cooldown")
    rk.controller.stop()
    assert not reminder_ticker.armed
    rk.window.settings.update(refuel_reminder_on=True)
    assert rk.journal.reminder.schedule(clock.wall() - timedelta(minutes=10))
    ClockDriver(clock, reminder_ticker).advance(20 * 60)
    assert [n[0] for n in notifications if n[0] != "recoverykit"] == ["Time to refuel"]
    assert not rk.journal.reminder.schedule(clock.wall() - timedelta(minutes=31))


def test_export_and_import_from_the_menu(qtbot, app_with, paths, tmp_path):
    stored(paths, sessions=3, first_day=-2)
    rk = app_with()
    rk.files.choose_save = lambda *a: tmp_path / "out.json"
    assert rk.files.export(as_csv=False) == tmp_path / "out.json"
    assert "3 sessions exported" in rk.window.banner.text()
    rk.files.choose_open = lambda *a: tmp_path / "out.json"
    assert rk.files.import_file()
    assert "0 new sessions" in rk.window.banner.text() and rk.window.current_page == "history"
    (tmp_path / "bad.json").write_text((tmp_path / "out.json").read_text()[:500])
    rk.files.choose_open = lambda *a: tmp_path / "bad.json"
    assert not rk.files.import_file()
    assert "nothing changed" in rk.window.banner.text() and "not complete" in rk.window.banner.text()
    assert rk.window.history_page.session_count() == 3


def test_qt_charts_is_not_imported_until_the_history_is_shown(tmp_path):
    script = (
        "import os, sys\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
        "from recoverykit import app as rk_app\nfrom recoverykit.core.clock import ManualClock\n"
        "from recoverykit.paths import AppPaths\nfrom recoverykit.qt.manual_ticker import ManualTicker\n"
        f"p = AppPaths({str(tmp_path)!r}, {str(tmp_path / 'config')!r})\n"
        "from pathlib import Path\np = AppPaths(Path(p.data_dir), Path(p.config_dir))\n"
        "built = rk_app.build(p, clock=ManualClock(), ticker=ManualTicker(), tray_available=False,"
        " reminder_ticker=ManualTicker(), notify=lambda *a: None)\n"
        "assert 'PySide6.QtCharts' not in sys.modules\n"
        "built.window.show_page('history')\nassert 'PySide6.QtCharts' in sys.modules\n"
        "built.close()\nprint('ok')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_ticking_a_warning_sign_shows_the_advice_at_once_in_the_journal(qtbot):
    from datetime import date

    from recoverykit.ui.journal.journal_editor import JournalEditor

    editor = JournalEditor(date(2026, 5, 4), "km")
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.advice.isVisible()
    editor.warnings["swelling"].setChecked(True)
    assert editor.advice.isVisible() and "physiotherapist" in editor.advice.text()
    editor.warnings["swelling"].setChecked(False)
    assert not editor.advice.isVisible()


def test_a_gap_in_the_log_does_not_hide_the_red_flag(qtbot, app_with, paths):
    ids = stored(paths, sessions=5, first_day=-4)
    repo = SessionRepository(open_database(paths.database))
    for number, session_id in enumerate(ids):
        if number != 2:  # no journal on the middle day
            JournalStore(repo).save(session_id, Journal(soreness_after={"quads": 8}), T0)
    repo.close()
    rk = app_with()
    rk.window.show_page("history")
    banner = rk.window.history_page.red_flags
    assert banner.isVisible() and "quads" in banner.reasons.text() and "5 days" in banner.reasons.text()


def test_an_urgent_sign_says_get_medical_help_today(qtbot):
    from datetime import date

    from recoverykit.ui.journal.journal_editor import JournalEditor

    editor = JournalEditor(date(2026, 5, 4), "km")
    qtbot.addWidget(editor)
    editor.show()
    editor.warnings["dark_urine"].setChecked(True)
    assert editor.advice.isVisible() and "Get medical help today" in editor.advice.text()
    assert editor.journal().warning_signs == ("dark_urine",)


def test_the_start_page_shows_the_notice_until_it_is_dismissed_for_that_episode(qtbot, app_with, paths):
    ids = stored(paths, sessions=4, first_day=-3)
    repo = SessionRepository(open_database(paths.database))
    for session_id in ids:
        JournalStore(repo).save(session_id, Journal(soreness_after={"calves": 8}), T0)
    repo.close()
    rk = app_with()
    rk.finish()
    notice = rk.red_flag_notice.banner
    assert rk.window.current_page == "routines" and notice.isVisible()
    assert "calves" in notice.reasons.text() and "physiotherapist" in notice.advice.text()
    notice.dismiss_button.click()
    assert not notice.isVisible()
    again = app_with()  # a restart: the same episode stays set aside
    again.finish()
    assert not again.red_flag_notice.banner.isVisible()
    assert paths.dismissed_flags.is_file()
