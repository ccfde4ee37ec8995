"""The session list of the history view as a table model (rows are made only when painted)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recoverykit.core.events import SessionStatus
from recoverykit.core.journal import soreness_change
from recoverykit.qt.dates import date_time_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import clock_text, tr
from recoverykit.services.history import SessionListing

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent"
# Plain ints: comparing the role Qt passes with enum members costs more than the lookup itself.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.AccessibleTextRole.value})


def result_text(listing: SessionListing) -> str:
    if listing.status is SessionStatus.IN_PROGRESS:
        return tr("In progress")
    if listing.status is SessionStatus.COMPLETED and listing.done == listing.steps:
        return tr("Completed")
    return tr("Partial")


def change_text(listing: SessionListing) -> str:
    change = soreness_change(listing.journal)
    if change is None:
        return "—"
    if change < 0:
        return tr("%1 lower").replace("%1", str(-change))
    if change > 0:
        return tr("%1 higher").replace("%1", str(change))
    return tr("same")


_COLUMN_TEXT = (
    lambda listing: date_time_text(listing.started_at),
    lambda listing: routine_text(listing.routine_name),
    lambda listing: clock_text(listing.active_s),
    result_text,
    change_text,
)


class HistoryModel(QAbstractTableModel):
    """Listings newest first: date, routine, duration, result, soreness change.

    A cell's text is made the first time Qt asks for it and kept until the
    listings change: sizing the columns and painting ask for the same cells.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.listings: list[SessionListing] = []
        self._texts: dict[tuple[int, int], str] = {}
        self._headers = [tr("Date"), tr("Routine"), tr("Duration"), tr("Result"), tr("Soreness change")]

    def set_listings(self, listings: list[SessionListing]) -> None:
        self.beginResetModel()
        self.listings = listings
        self._texts = {}
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.listings)

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        key = (index.row(), index.column())
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = _COLUMN_TEXT[key[1]](self.listings[key[0]])
        return text
