"""Logging a day: Session → Log how you feel… (Ctrl+L), the start page's button, the tray, History → Days.

Built in ``app.finish()`` once the history is open. Saving a day refreshes
what reads it: the start page's red-flag notice and the history (through
``dayLogged``), and the Days tab.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton

from recoverykit.core.day_log import DayLog, is_empty
from recoverykit.core.journal import Journal
from recoverykit.qt.dates import date_time_text
from recoverykit.qt.messages import error_text, message_text
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.services.day_logs import DayLogRefused, DayLogService
from recoverykit.ui.shell.main_window import MainWindow

if TYPE_CHECKING:  # built when first shown
    from recoverykit.ui.journal.day_log_dialog import DayLogDialog
    from recoverykit.ui.journal.days_tab import DaysTab


class DayLogActions(QObject):
    """Opens the day-log dialog from the menu, the start page, the tray and History → Days.

    Signals:
        dayLogged(): a day was saved, changed or deleted.
    """

    dayLogged = Signal()

    def __init__(self, window: MainWindow, service: DayLogService, tray_menu: QMenu | None = None) -> None:
        super().__init__(window)
        self._window, self._service = window, service
        self.dialog: DayLogDialog | None = None
        self.tab: DaysTab | None = None
        self._deleted: list[DayLog] = []
        self.action = QAction(tr("&Log how you feel…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setStatusTip(tr("Log how your legs feel today or on a past day, with or without a session"))
        self.action.triggered.connect(lambda: self.open_dialog())
        window.menus.add("session.log_day", self.action)
        self.button = QPushButton(tr("Log how you feel…"))
        self.button.setToolTip(tr("How your legs feel on a rest day or the morning after (Ctrl+L)"))
        self.button.clicked.connect(lambda: self.open_dialog())
        window.routines_page.button_row.insertWidget(0, self.button)
        if tray_menu is not None:
            tray_menu.insertAction(tray_menu.actions()[-1] if tray_menu.actions() else None, self.action)
        window.pageCreated.connect(self._on_page_created)
        if window.page_built("history"):
            self._on_page_created("history", window.page("history"))

    def open_dialog(self, existing: DayLog | None = None) -> DayLogDialog:
        if self.dialog is not None:
            self.dialog.close()
        from recoverykit.ui.journal.day_log_dialog import DayLogDialog

        dialog = DayLogDialog(self._service.now(), lambda *entry: self._save(existing, *entry), existing,
                              self._window)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: DayLogDialog) -> None:
        """A closed dialog is deleted once the event loop turns: never touch it again."""
        if self.dialog is dialog:
            self.dialog = None

    def _save(self, existing: DayLog | None, moment: datetime, journal: Journal, rest_day: bool,
              note: str) -> str | None:
        """Save from the dialog; why it failed (the dialog stays open), or None."""
        log = (self._service.new(moment, journal, rest_day, note) if existing is None
               else DayLog(existing.id, moment, journal, rest_day, note.strip()))
        if is_empty(log):
            return tr("Nothing to save yet: rate an area, tick a sign, mark a rest day or write a note.")
        try:
            self._service.save(log)
        except DayLogRefused as exc:
            return tr("The day was not saved: %1.").replace("%1", message_text(exc.args[0]))
        except StorageError as exc:
            return tr("The day could not be saved (%1). What you entered is still here; try again or cancel."
                      ).replace("%1", error_text(exc))
        self._window.set_banner(tr("Logged how you feel on %1.").replace("%1", date_time_text(moment)))
        self._changed(log.id)
        return None

    def _changed(self, keep: str | None = None) -> None:
        self.refresh(keep)
        self.dayLogged.emit()

    # -- History → Days --------------------------------------------------------------

    def _on_page_created(self, name: str, page) -> None:
        if name != "history" or self.tab is not None:
            return
        from recoverykit.ui.journal.days_tab import DaysTab

        self.tab = DaysTab()
        page.tabs.addTab(self.tab, tr("&Days"))
        self.tab.logRequested.connect(lambda: self.open_dialog())
        self.tab.editRequested.connect(self.open_dialog)
        self.tab.deleteRequested.connect(self.delete)
        self.tab.undoRequested.connect(self.undo)
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        if self.tab is None:
            return
        try:
            logs = self._service.all()
        except StorageError as exc:
            self.tab.empty.setText(tr("The logged days cannot be shown just now: %1").replace("%1", error_text(exc)))
            logs = []
        self.tab.render(logs, keep)

    @Slot(object)
    def delete(self, log: DayLog) -> bool:
        try:
            deleted = self._service.delete(log.id)
        except StorageError as exc:
            self._window.show_error(tr("The day could not be deleted: %1").replace("%1", error_text(exc)))
            return False
        if deleted is not None:
            self._deleted.append(deleted)
        if self.tab is not None:
            self.tab.set_can_undo(bool(self._deleted))
        self._changed()
        return True

    @Slot()
    def undo(self) -> bool:
        if not self._deleted:
            return False
        log = self._deleted[-1]
        try:
            self._service.save(log)
        except (StorageError, DayLogRefused) as exc:
            self._window.show_error(tr("The day could not be put back: %1").replace(
                "%1", message_text(exc.args[0]) if isinstance(exc, DayLogRefused) else error_text(exc)))
            return False
        self._deleted.pop()
        if self.tab is not None:
            self.tab.set_can_undo(bool(self._deleted))
        self._changed(log.id)
        return True
