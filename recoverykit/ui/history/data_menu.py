"""The Data menu: "Back up now" and "Restore…" (see storage/backups.py for where backups go).

Restoring asks first (the injected ``confirm``), picks the file with the
injected ``choose`` (a file dialog by default), checks the file before
anything is replaced, keeps the replaced history as a backup, and reopens the
database. It is refused while a session runs or writes are waiting, so no
write meant for one history lands in another.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from recoverykit.qt.controller import SessionController
from recoverykit.qt.messages import error_text, message_text
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.services.data import DataService
from recoverykit.ui.shell.main_window import Confirm, MainWindow

Choose = Callable[[QWidget, str, Path], "Path | None"]


def choose_backup(parent: QWidget, title: str, folder: Path) -> Path | None:
    """The default chooser: an Open dialog in the backups folder."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder),
                                            tr("recoverykit databases (*.db);;All files (*)"))
    return Path(chosen) if chosen else None


class DataActions(QObject):
    """Owns the Data menu's actions and carries them out; results go to the window's banner.

    Signals:
        historyReplaced(): a backup was restored; whatever shows history re-reads it.
    """

    historyReplaced = Signal()

    def __init__(self, window: MainWindow, controller: SessionController, data: DataService,
                 confirm: Confirm, choose: Choose = choose_backup) -> None:
        super().__init__(window)
        self._window, self._controller, self._data = window, controller, data
        self._confirm, self._choose = confirm, choose
        self.backup_action = QAction(tr("&Back up now"), window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(tr("&Restore from a backup…"), window)
        self.restore_action.triggered.connect(self.restore)
        window.menus.add("data.backup", self.backup_action)
        window.menus.add("data.restore", self.restore_action)
        self.menu = window.menus.menu("data")
        controller.sessionStarted.connect(self._sync)
        controller.sessionEnded.connect(self._sync)
        self._sync()

    @Slot()
    def back_up_now(self) -> Path | None:
        if not self._data.available:
            self._window.show_warning(tr("There is no history to back up."))
            return None
        try:
            path = self._data.back_up_now()
        except StorageError as exc:
            self._window.show_error(tr("Could not back up: %1").replace("%1", error_text(exc)))
            return None
        self._window.set_banner(tr("Backed up to %1.").replace("%1", str(path)))
        return path

    @Slot()
    def restore(self) -> bool:
        """Replace the history with a backup the user picks; True if it was replaced."""
        window, folder = self._window, self._data.backups_folder
        if not self._data.available or self._controller.running or self._controller.pending_writes:
            window.show_warning(tr("A backup can be restored when no session is running and everything "
                                 "is saved."))
            return False
        chosen = self._choose(window, tr("Restore history from a backup"), folder)
        if chosen is None:
            return False
        try:
            self._data.check_backup(chosen)
        except StorageError as exc:
            window.show_error(tr("%1 cannot be restored: %2").replace("%1", str(chosen)).replace("%2", error_text(exc)))
            return False
        if not self._confirm(window, tr("Replace your history?"),
                             tr("Your history will be replaced by the one in %1. The history you have "
                                "now is kept as a backup in %2.")
                             .replace("%1", str(chosen)).replace("%2", str(folder))):
            return False
        self._controller.decline_resume()  # an offered session belongs to the history being replaced
        self._controller.retry_storage()
        try:
            outcome = self._data.restore(chosen)
        except StorageError as exc:
            window.show_error(tr("Could not restore %1: %2. Nothing was replaced.").replace(
                "%1", str(chosen)).replace("%2", error_text(exc)))
            self.historyReplaced.emit()
            return False
        message = tr("Your history was restored from %1.").replace("%1", str(chosen))
        if outcome.kept is not None:
            message += " " + tr("The history it replaced was kept as %1.").replace("%1", str(outcome.kept))
        if outcome.reopen_problem:
            message += " " + tr("The history cannot be opened: %1").replace("%1", message_text(outcome.reopen_problem))
        if outcome.reopen_problem:
            window.show_error(message)
        else:
            window.set_banner(message)
        self.historyReplaced.emit()
        return True

    def _sync(self, *_args) -> None:
        available = self._data.available
        self.backup_action.setEnabled(available)
        self.restore_action.setEnabled(available and not self._controller.running)
