"""Log a day: from the menu, the start page, the tray and History → Days; a past moment; red flags read it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt

from recoverykit.storage.day_logs import DayLogStore


def _rate(dialog, area: str, value: int) -> None:
    dialog.editor.sliders[area].setValue(value)


def test_ctrl_l_logs_how_the_legs_feel_now(rk, qtbot):
    rk.finish()
    action = rk.day_logs.action
    assert action.shortcut().toString() == "Ctrl+L"
    assert action in rk.window.menus.menu("session").actions()
    assert rk.day_logs.button.isVisibleTo(rk.window.routines_page)  # on the start page too
    assert action in rk.tray.menu.actions()  # and in the tray's menu
    action.trigger()
    dialog = rk.day_logs.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.editor.before_button.isVisibleTo(dialog)  # how it feels now: no before and after
    _rate(dialog, "calves", 6)
    dialog.rest_day.setChecked(True)
    dialog.editor.notes.setPlainText("rest day, calves tight on the stairs")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (log,) = DayLogStore(rk.repository).all()
    assert log.journal.soreness_after == {"calves": 6} and log.rest_day
    assert log.note == "rest day, calves tight on the stairs"
    assert abs(log.logged_at - rk.clock.wall()) < timedelta(minutes=1)
    assert "Logged how you feel" in rk.window.banner.text()


def test_a_past_day_can_be_logged_and_the_future_cannot(rk):
    rk.finish()
    dialog = rk.day_logs.open_dialog()
    now = rk.clock.wall()
    dialog.when.setDateTime(QDateTime((now + timedelta(days=2)).replace(tzinfo=None)))
    assert dialog.moment() <= now  # the editor stops at now
    yesterday_morning = (now - timedelta(days=1)).replace(hour=7, minute=15, second=0, microsecond=0)
    dialog.when.setDateTime(QDateTime(yesterday_morning.replace(tzinfo=None)))
    _rate(dialog, "hamstrings", 4)
    dialog.accept()
    (log,) = DayLogStore(rk.repository).all()
    assert log.logged_at == yesterday_morning


def test_an_empty_day_is_not_saved_and_the_dialog_says_why(rk):
    rk.finish()
    dialog = rk.day_logs.open_dialog()
    dialog.accept()
    assert dialog.isVisible() and "Nothing to save" in dialog.problem.text()
    assert DayLogStore(rk.repository).all() == []


def test_logged_rest_days_raise_the_start_page_red_flag(rk):
    """Four days at 8 in five, none with a session: the notice shows on the start page at once."""
    rk.finish()
    now = rk.clock.wall()
    for back in (4, 3, 1, 0):
        dialog = rk.day_logs.open_dialog()
        dialog.when.setDateTime(QDateTime((now - timedelta(days=back)).replace(tzinfo=None)))
        _rate(dialog, "calves", 8)
        dialog.accept()
    notice = rk.red_flag_notice.banner
    assert notice.isVisible() and "calves" in notice.reasons.text().lower()


def test_history_days_tab_edits_deletes_and_undoes(rk):
    rk.finish()
    for back, value in ((2, 3), (1, 5)):
        dialog = rk.day_logs.open_dialog()
        dialog.when.setDateTime(QDateTime((rk.clock.wall() - timedelta(days=back)).replace(tzinfo=None)))
        _rate(dialog, "quads", value)
        dialog.accept()
    rk.window.show_page("history")
    tab = rk.day_logs.tab
    assert tab is not None and tab.table.rowCount() == 2
    assert tab.table.item(0, 1).text() == "Quads 5"  # newest first
    tab.table.selectRow(1)
    tab.edit_button.click()
    dialog = rk.day_logs.dialog
    assert dialog.editor.sliders["quads"].value() == 3  # the day as it was logged
    _rate(dialog, "quads", 2)
    dialog.accept()
    assert tab.table.rowCount() == 2 and tab.table.item(1, 1).text() == "Quads 2"
    assert tab.selected().journal.soreness_after == {"quads": 2}  # the edited day stays selected
    kept = tab.selected().id
    tab.delete_button.click()
    assert tab.table.rowCount() == 1 and tab.undo_button.isEnabled()
    tab.undo_button.click()
    assert tab.table.rowCount() == 2 and tab.selected().id == kept and not tab.undo_button.isEnabled()


def test_the_days_tab_says_how_to_log_when_there_are_none(rk):
    rk.finish()
    rk.window.show_page("history")
    tab = rk.day_logs.tab
    assert tab.table.rowCount() == 0 and tab.empty.isVisibleTo(tab) and "Ctrl+L" in tab.empty.text()


def test_thirty_hours_of_sleep_is_refused_not_turned_into_three(rk, qtbot):
    """A plain spin box keeps "3" of "30"; this one keeps the last value and says why."""
    rk.finish()
    dialog = rk.day_logs.open_dialog()
    sleep = dialog.editor.sleep
    sleep.setValue(7.5)
    sleep.lineEdit().selectAll()
    qtbot.keyClicks(sleep.lineEdit(), "30")
    qtbot.keyClick(sleep.lineEdit(), Qt.Key.Key_Return)
    assert sleep.value() == 7.5
    assert dialog.problem.isVisibleTo(dialog) and "30" in dialog.problem.text() and "24" in dialog.problem.text()
