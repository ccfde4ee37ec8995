"""The session list of the history view as a table model: sorted by any column, searched by text.

Rows are made only when painted, and the view is given them a batch at a
time as it is scrolled to them (``canFetchMore``/``fetchMore``): a tree view
lays out every row it is told of, and ten years of rows made each reset a
third slower. Sorting and searching happen here, on all the listings (one
``sorted`` with a key, one pass of ``in``), not in a proxy model that would
call Python once per comparison: ten years of sessions sort in a few
milliseconds.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from recoverykit.core.events import SessionStatus
from recoverykit.core.journal import AREAS, Journal, area_values, soreness_change
from recoverykit.qt.dates import date_time_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import clock_text, tr
from recoverykit.services.types import SessionListing
from recoverykit.ui.journal.journal_words import area_text

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: "no parent"
# Plain ints: comparing the role Qt passes with enum members costs more than the lookup itself.
_TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.AccessibleTextRole.value})
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
DATE, ROUTINE, DURATION, RESULT, CHANGE = range(5)
# Rows the view is told of at first, and how many more each time it is scrolled to the end of them.
BATCH = 200


def result_text(listing: SessionListing) -> str:
    """What happened, in words that say which: finished, stopped early, steps skipped, interrupted."""
    skipped = listing.steps - listing.done
    if listing.status is SessionStatus.IN_PROGRESS:
        return tr("In progress")
    if listing.status is SessionStatus.INTERRUPTED:
        return tr("Interrupted")
    if listing.status is SessionStatus.ABANDONED:
        return tr("Stopped early")
    if skipped > 0:
        return tr("%n steps skipped", "result", skipped)
    return tr("Completed")


def _both(journal: Journal | None) -> list[str]:
    if journal is None:
        return []
    before, after = area_values(journal.soreness_before), area_values(journal.soreness_after)
    return [area for area in AREAS if area in before and area in after]


def change_text(listing: SessionListing) -> str:
    """The soreness change summed over the areas logged before and after, and how many areas."""
    change = soreness_change(listing.journal)
    if change is None:
        return "—"
    areas = len(_both(listing.journal))
    if change < 0:
        text = tr("%1 lower").replace("%1", str(-change))
    elif change > 0:
        text = tr("%1 higher").replace("%1", str(change))
    else:
        text = tr("same")
    return text if areas == 1 else tr("%1 (%n areas)", "soreness change", areas).replace("%1", text)


def change_tooltip(listing: SessionListing) -> str:
    """Each area's soreness before and after, one per line."""
    journal = listing.journal
    before = area_values(journal.soreness_before) if journal else {}
    after = area_values(journal.soreness_after) if journal else {}
    lines = [tr("%1: %2 → %3").replace("%1", area_text(area))
             .replace("%2", str(before[area])).replace("%3", str(after[area]))
             for area in _both(journal)]
    if not lines:
        return tr("Soreness was not logged both before and after this session.")
    return tr("Soreness before → after (0–10):") + "\n" + "\n".join(lines)


_COLUMN_TEXT = (
    lambda listing: date_time_text(listing.started_at),
    lambda listing: routine_text(listing.routine_name),
    lambda listing: clock_text(listing.active_s),
    result_text,
    change_text,
)

_RESULT_ORDER = {SessionStatus.COMPLETED: 0, SessionStatus.ABANDONED: 2, SessionStatus.INTERRUPTED: 3,
                 SessionStatus.IN_PROGRESS: 4}


def _change_key(listing: SessionListing) -> float:
    change = soreness_change(listing.journal)
    return math.inf if change is None else change  # sessions without a change last


_SORT_KEYS = (
    lambda listing: listing.started_at,
    lambda listing: routine_text(listing.routine_name).casefold(),
    lambda listing: listing.active_s,
    lambda listing: (_RESULT_ORDER[listing.status] + (listing.done < listing.steps), listing.done - listing.steps),
    _change_key,
)


class HistoryModel(QAbstractTableModel):
    """Listings (newest first until sorted otherwise): date, routine, duration, result, soreness change.

    ``listings`` are the rows listed, in the order listed: those that match the
    search, sorted by the chosen column; the view is told of the first
    ``fetched`` of them (see the module docstring; ``fetch_to`` tells it of
    more). A cell's text is made the first time Qt asks for it and kept until
    the listings change: sizing the columns and painting ask for the same cells.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.listings: list[SessionListing] = []
        self._all: list[SessionListing] = []
        self._search = ""
        self._sort: tuple[int, Qt.SortOrder] = (DATE, Qt.SortOrder.DescendingOrder)
        self._texts: dict[tuple[int, int], str] = {}
        self.fetched = 0
        self._headers = [tr("Date"), tr("Routine"), tr("Duration"), tr("Result"), tr("Soreness change")]
        self._header_tips = [
            "", "", tr("Time spent in the steps, pauses not counted"),
            tr("Completed, some steps skipped, stopped early, or interrupted (the app was closed)"),
            tr("After minus before, added up over the areas logged both times; "
               "point at a row for each area")]

    def set_listings(self, listings: list[SessionListing]) -> None:
        """Every listing of the current filter, newest first; the search and the sort apply to them."""
        self._all = listings
        self._rebuild()

    def set_search(self, text: str) -> None:
        """Show only sessions whose routine or note holds ``text`` (any case); "" shows all."""
        self._search = text.strip().casefold()
        self._rebuild()

    @property
    def search_text(self) -> str:
        """The search as applied (trimmed, any case)."""
        return self._search

    @property
    def unsearched_count(self) -> int:
        """How many sessions the filter chose, before the search."""
        return len(self._all)

    def newest_first(self) -> list[SessionListing]:
        """The listings shown, newest first whatever the sort (what the charts read)."""
        if self._sort == (DATE, Qt.SortOrder.DescendingOrder):
            return self.listings
        return sorted(self.listings, key=lambda listing: listing.started_at, reverse=True)

    def _matches(self, listing: SessionListing) -> bool:
        return (self._search in routine_text(listing.routine_name).casefold()
                or self._search in listing.note.casefold())

    def _rebuild(self) -> None:
        self.beginResetModel()
        self.listings = self._listed()
        self.fetched = min(BATCH, len(self.listings))
        self._texts = {}
        self.endResetModel()

    def _listed(self) -> list[SessionListing]:
        """The listings that match the search, in the chosen order (ties keep the newest-first order)."""
        shown = [listing for listing in self._all if self._matches(listing)] if self._search else self._all
        return self._sorted(shown)

    def _sorted(self, listings: list[SessionListing]) -> list[SessionListing]:
        column, order = self._sort
        if (column, order) == (DATE, Qt.SortOrder.DescendingOrder):
            return listings  # as stored: newest first, the order SQLite gives
        return sorted(listings, key=_SORT_KEYS[column], reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; the selection follows its session (persistent indexes are moved)."""
        if not 0 <= column < len(_SORT_KEYS) or (column, order) == self._sort:
            return
        self._sort = (column, order)  # self.listings keeps the old order until the layout change
        listings = self._listed()
        after = {listing.id: row for row, listing in enumerate(listings)}
        # A row a persistent index (the selection) moves to must be one the view is told of: told now, as
        # rows added at the end, since a layout change keeps the number of rows.
        self.fetch_to(max((after[self.listings[index.row()].id] for index in self.persistentIndexList()),
                          default=-1))
        self.layoutAboutToBeChanged.emit()
        before = [listing.id for listing in self.listings]
        self.listings = listings
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(after[before[index.row()]], index.column())
                                             for index in old])
        self._texts = {}
        self.layoutChanged.emit()

    def canFetchMore(self, parent: _Index = _ROOT) -> bool:  # noqa: N802 - Qt's name
        return not parent.isValid() and self.fetched < len(self.listings)

    def fetchMore(self, parent: _Index = _ROOT) -> None:  # noqa: N802 - Qt's name
        if not parent.isValid():
            self.fetch_to(self.fetched + BATCH - 1)

    def fetch_to(self, row: int) -> None:
        """Tell the view of every row up to ``row`` (to select it, or as it is scrolled to)."""
        last = min(row, len(self.listings) - 1)
        if last < self.fetched:
            return
        self.beginInsertRows(_ROOT, self.fetched, last)
        self.fetched = last + 1
        self.endInsertRows()

    def rowCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self.fetched

    def columnCount(self, parent: _Index = _ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == _TOOLTIP:
            return change_tooltip(self.listings[index.row()]) if index.column() == CHANGE else None
        if role not in _TEXT_ROLES:
            return None
        key = (index.row(), index.column())
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = _COLUMN_TEXT[key[1]](self.listings[key[0]])
        return text
