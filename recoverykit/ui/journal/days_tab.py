"""The Days tab of History: every logged day, newest first; edit, delete with undo, log a new one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recoverykit.core.day_log import DayLog
from recoverykit.core.journal import AREAS, area_values
from recoverykit.qt.dates import date_time_text
from recoverykit.qt.text import tr
from recoverykit.ui.journal.journal_words import area_text, warning_text

_LOG_ROLE = Qt.ItemDataRole.UserRole + 1


def soreness_words(log: DayLog) -> str:
    """The areas rated, worst first: "Calves 7, Quads 3"; "—" when none was."""
    rated = sorted(((value, area) for area, value in area_values(log.journal.soreness_after).items()),
                   key=lambda pair: (-pair[0], AREAS.index(pair[1])))
    return ", ".join(f"{area_text(area)} {value}" for value, area in rated) or "—"


def columns() -> list[str]:
    return [tr("When"), tr("Soreness now"), tr("Sleep"), tr("Rest day"), tr("Signs"), tr("Notes")]


class DaysTab(QWidget):
    """Lists logged days; the buttons ask for a new one, an edit, a delete or an undo.

    Signals:
        logRequested(): log a new day.
        editRequested(object): the DayLog to edit.
        deleteRequested(object): the DayLog to delete.
        undoRequested(): put the last deleted day back.
    """

    logRequested = Signal()
    editRequested = Signal(object)
    deleteRequested = Signal(object)
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns()))
        self.table.setHorizontalHeaderLabels(columns())
        self.table.setAccessibleName(tr("Logged days"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit())
        self.empty = QLabel(tr("No days logged yet. Log how your legs feel on a rest day or the morning after "
                               "with Session → Log how you feel… (Ctrl+L)."))
        self.empty.setWordWrap(True)
        self.log_button = QPushButton(tr("&Log how you feel…"))
        self.edit_button = QPushButton(tr("&Edit…"))
        self.delete_button = QPushButton(tr("De&lete"))
        self.undo_button = QPushButton(tr("&Undo delete"))
        self.undo_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        for button in (self.undo_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.log_button.clicked.connect(self.logRequested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.undo_button.clicked.connect(self.undoRequested)

    def render(self, logs: list[DayLog], keep: str | None = None) -> None:
        """Show ``logs``; select ``keep`` (an id), else the row the selection was on."""
        row_before = self.table.currentRow()
        keep = keep if keep is not None else (self.selected().id if self.selected() else None)
        self.table.setRowCount(len(logs))
        selected_row = None
        for row, log in enumerate(logs):
            signs = ", ".join(warning_text(sign) for sign in log.journal.warning_signs)
            cells = [date_time_text(log.logged_at), soreness_words(log),
                     tr("%1 h").replace("%1", f"{log.journal.sleep_h:g}") if log.journal.sleep_h else "—",
                     tr("Yes") if log.rest_day else "", signs, log.note.replace("\n", " ")]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_LOG_ROLE, log)
                if column == 4 and signs:
                    item.setToolTip(signs)
                self.table.setItem(row, column, item)
            if log.id == keep:
                selected_row = row
        if selected_row is None and logs:
            selected_row = min(max(row_before, 0), len(logs) - 1)
        if selected_row is not None:
            self.table.selectRow(selected_row)
        self.empty.setVisible(not logs)
        self.table.setVisible(bool(logs))
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(bool(logs))

    def selected(self) -> DayLog | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(_LOG_ROLE) if item is not None else None

    def set_can_undo(self, can: bool) -> None:
        self.undo_button.setEnabled(can)

    @Slot()
    def _edit(self) -> None:
        log = self.selected()
        if log is not None:
            self.editRequested.emit(log)

    @Slot()
    def _delete(self) -> None:
        log = self.selected()
        if log is not None:
            self.deleteRequested.emit(log)
