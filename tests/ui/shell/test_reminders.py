"""The reminders after a workout: in the window with Done and Snooze, with or without a tray; Done ticks
the journal's check-off; each can be turned off. The clock is faked and the alarm fired by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from recoverykit.qt.manual_ticker import ClockDriver, ManualTicker
from recoverykit.storage.journal_store import JournalStore
from tests.ui.conftest import build_app


@pytest.fixture
def alarm() -> ManualTicker:
    return ManualTicker()


@pytest.fixture
def app(qtbot, paths, clock, ticker, notifications, alarm):
    built = build_app(paths, clock, ticker, notifications=notifications, reminder_ticker=alarm)
    qtbot.addWidget(built.window)
    built.window.show()
    built.finish()
    yield built
    built.close()


def test_without_a_tray_the_reminders_show_in_the_window_and_done_ticks_the_journal(app, clock, alarm,
                                                                                   notifications):
    app.window.start_routine("cooldown")  # a cool-down starts: the workout has just ended
    session_id = app.controller.session_id
    app.controller.stop()
    bar = app.reminder_bar
    assert app.reminder.due_of("hydrate") == clock.wall() + timedelta(minutes=15)
    assert not bar.isVisibleTo(app.window)
    driver = ClockDriver(clock, alarm)  # fires the alarm at each moment it was armed for
    driver.advance(15 * 60)
    assert bar.isVisibleTo(app.window) and bar.title.text() == "Had a drink?"
    assert notifications[-1][0] == "Had a drink?"  # and the desktop notification (tray or taskbar)
    bar.done_button.click()
    assert not bar.isVisibleTo(app.window)
    assert JournalStore(app.repository).get(session_id).hydrated  # ticked in the session's journal
    driver.advance(15 * 60)
    assert bar.isVisibleTo(app.window) and bar.title.text() == "Time to refuel"
    bar.done_button.click()
    journal = JournalStore(app.repository).get(session_id)
    assert journal.hydrated and journal.refuelled


def test_snooze_brings_it_back_fifteen_minutes_later(app, clock, alarm):
    app.window.settings.update(hydration_reminder_on=False)
    app.window.start_routine("cooldown")
    app.controller.stop()
    bar = app.reminder_bar
    driver = ClockDriver(clock, alarm)
    driver.advance(30 * 60)
    assert bar.title.text() == "Time to refuel" and bar.isVisibleTo(app.window)
    bar.snooze_button.click()
    assert not bar.isVisibleTo(app.window)
    assert app.reminder.due_of("refuel") == clock.wall() + timedelta(minutes=15)
    driver.advance(15 * 60)
    assert bar.isVisibleTo(app.window) and bar.title.text() == "Time to refuel"


def test_both_can_be_turned_off_in_preferences(app, clock, alarm):
    app.window.settings.update(hydration_reminder_on=False, refuel_reminder_on=False)
    app.window.start_routine("cooldown")
    app.controller.stop()
    assert not alarm.armed
    assert app.reminder.schedule(clock.wall() - timedelta(minutes=1)) is False


def test_two_due_at_once_show_one_after_the_other(app, clock, alarm):
    """Back from a long absence: both are due; answering the first shows the second."""
    app.window.start_routine("cooldown")
    app.controller.stop()
    ClockDriver(clock, alarm).advance(45 * 60)
    bar = app.reminder_bar
    first = bar.title.text()
    bar.snooze_button.click()
    assert bar.isVisibleTo(app.window) and bar.title.text() != first
