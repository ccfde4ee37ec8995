"""Export and import of the history from the Data menu (the same files as the command line).

Export writes the history JSON document or CSV (storage/history_export.py);
import checks the whole file first and adds only new sessions, in one
transaction (storage/history_import.py). Import is refused while a session
runs. The file choosers are injectable for tests.
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
from recoverykit.services.data import DataService, ImportRefused
from recoverykit.ui.shell.main_window import MainWindow

ChooseFile = Callable[[QWidget, str, str], "Path | None"]


def choose_save(parent: QWidget, title: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home()), filters)
    return Path(chosen) if chosen else None


def choose_open(parent: QWidget, title: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(chosen) if chosen else None


class HistoryFileActions(QObject):
    """Adds Export (JSON, CSV) and Import to ``menu``; results go to the window's banner.

    Signals:
        historyImported(): sessions were added; whatever shows history re-reads it.
    """

    historyImported = Signal()

    def __init__(self, window: MainWindow, controller: SessionController, data: DataService,
                 save: ChooseFile = choose_save, open_: ChooseFile = choose_open) -> None:
        super().__init__(window)
        self._window, self._controller, self._data = window, controller, data
        self.choose_save, self.choose_open = save, open_
        self.export_action = QAction(tr("&Export history…"), window)
        self.export_action.triggered.connect(lambda: self.export(as_csv=False))
        self.export_csv_action = QAction(tr("Export history as &CSV…"), window)
        self.export_csv_action.triggered.connect(lambda: self.export(as_csv=True))
        self.import_action = QAction(tr("&Import history…"), window)
        self.import_action.triggered.connect(self.import_file)
        for name, action in (("data.export", self.export_action), ("data.export_csv", self.export_csv_action),
                             ("data.import", self.import_action)):
            window.menus.add(name, action)
            action.setEnabled(data.available)

    def export(self, as_csv: bool) -> Path | None:
        window = self._window
        if not self._data.available:
            return None
        filters = tr("CSV files (*.csv)") if as_csv else tr("recoverykit history (*.json)")
        target = self.choose_save(window, tr("Export history"), filters)
        if target is None:
            return None
        try:
            outcome = self._data.export(target, as_csv, message_text)
        except StorageError as exc:
            window.show_error(tr("Could not export the history: %1").replace("%1", error_text(exc)))
            return None
        window.set_banner(tr("%n sessions exported to %1.", "sessions", outcome.sessions)
                          .replace("%1", str(target)))
        return target

    @Slot()
    def import_file(self) -> bool:
        window = self._window
        if not self._data.available or self._controller.running:
            window.show_warning(tr("History can be imported when no session is running."))
            return False
        source = self.choose_open(window, tr("Import history"), tr("recoverykit history (*.json);;All files (*)"))
        if source is None:
            return False
        try:
            outcome = self._data.import_file(source)
        except ImportRefused as exc:
            window.show_error(tr("%1 was not imported, and nothing changed: %2.").replace("%1", str(source))
                              .replace("%2", error_text(exc)))
            return False
        except StorageError as exc:
            window.show_error(tr("Could not import: %1. Nothing changed.").replace("%1", error_text(exc)))
            return False
        window.set_banner(tr("%n new sessions imported from %1", "sessions", outcome.added)
                          .replace("%1", str(source))
                          + " " + tr("(%n already in your history).", "sessions", outcome.already_there))
        self.historyImported.emit()
        return True
