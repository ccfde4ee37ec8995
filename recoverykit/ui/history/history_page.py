"""The history view: sessions newest first with filters, a detail pane, charts and red flags.

Built only when the history is first shown (it imports Qt Charts). The list
is a light listing from SQLite (history_query); the selected session's steps
and journal are read when it is selected. Deleting a session goes through a
QUndoStack, so Undo (Ctrl+Z, or the button beside the notice) puts it back
whole.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from recoverykit.core.history_stats import trend_entries
from recoverykit.core.journal import Journal
from recoverykit.qt.dates import date_time_text
from recoverykit.qt.messages import error_text
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import tr
from recoverykit.services import StorageError
from recoverykit.services.history import HistoryService, dated_journals
from recoverykit.services.journal import JournalService
from recoverykit.services.types import HistoryFilter, Record, SessionListing
from recoverykit.ui.common.widgets import page_heading, page_layout
from recoverykit.ui.history.history_charts import HistoryCharts
from recoverykit.ui.history.history_detail import HistoryDetail
from recoverykit.ui.history.history_filters import HistoryFilters
from recoverykit.ui.history.history_model import HistoryModel
from recoverykit.ui.history.red_flag_banner import RedFlagBanner

if TYPE_CHECKING:
    from recoverykit.ui.journal.journal_dialog import JournalDialog


def choose_save_file(parent: QWidget, title: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / "recovery-charts.png"), filters)
    return Path(chosen) if chosen else None


class DeleteSession(QUndoCommand):
    """A deleted session (with its steps and journal) on the undo stack.

    The page changes storage first and moves the stack only when that
    worked, so a failed write (a locked database) leaves the stack true:
    what it says can be undone is what is in the history. Qt's own
    ``undo``/``redo`` of this command are bookkeeping only.
    """

    def __init__(self, record: Record) -> None:
        super().__init__(tr("Delete session"))
        self.record = record


class HistoryPage(QWidget):
    """Sessions (filtered by routine and dates), the selected one's detail, charts, red flags.

    Signals:
        journalSaved(str, object): a session's journal (a Journal) was saved from here.
    """

    journalSaved = Signal(str, object)

    def __init__(self, history: HistoryService, journals: JournalService,
                 distance_unit: Callable[[], str] = lambda: "km", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._history, self._journals = history, journals
        self._distance_unit = distance_unit
        self._charts_stale = True
        self.journal_dialog: JournalDialog | None = None
        self.undo_stack = QUndoStack(self)
        heading = page_heading(tr("History"))
        self.red_flags = RedFlagBanner()
        self._empty_text = tr("No sessions yet. Finished and stopped sessions appear here.")
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setWordWrap(True)

        self.filters = HistoryFilters()
        # The names the page (and its tests) know the filters by.
        self.routine_filter, self.since, self.until = (self.filters.routine_filter, self.filters.since,
                                                       self.filters.until)
        self.reset_button, self.search = self.filters.reset_button, self.filters.search
        self.search_action, self.range_buttons = self.filters.search_action, self.filters.range_buttons
        self.addAction(self.search_action)
        self.reset_button.clicked.connect(self.reset_filters)
        self.search.textChanged.connect(self._search_changed)
        self.filters.lastDaysChosen.connect(self.choose_last)
        self.export_charts_button = QPushButton(tr("E&xport charts…"))
        self.export_charts_button.setToolTip(tr("Save the charts as a PNG image or an SVG drawing, "
                                                "e.g. for a physiotherapist"))
        self.export_charts_button.clicked.connect(self.export_charts)
        self.filters.quick_row.addWidget(self.export_charts_button)
        #: Asks where to save the charts: (parent, title, filters) -> a path or None (tests replace it).
        self.choose_chart_file: Callable[[QWidget, str, str], Path | None] = choose_save_file

        self.model = HistoryModel(self)
        self.sessions = QTreeView()
        self.sessions.setModel(self.model)
        self.sessions.setAccessibleName(tr("Sessions"))
        self.sessions.setRootIsDecorated(False)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Sorted by the model itself (see history_model); the newest first to begin with.
        self.sessions.header().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.sessions.setSortingEnabled(True)
        self.sessions.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sessions.header().setStretchLastSection(False)
        # Column widths from the newest rows only: measuring all of ten years' rows took
        # longer than everything else the page does (the history benchmark).
        self.sessions.header().setResizeContentsPrecision(200)
        self.sessions.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.detail = HistoryDetail()
        self.steps = self.detail.steps
        self.detail.editJournalRequested.connect(self.edit_journal)
        self.detail.deleteRequested.connect(self.delete_selected)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sessions)
        splitter.addWidget(self.detail)
        splitter.setSizes([620, 420])
        self.charts = HistoryCharts(history.today())
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, tr("&Sessions"))
        self.tabs.addTab(self.charts, tr("&Charts"))
        self.tabs.currentChanged.connect(lambda _index: self._update_charts())

        self.notice = QLabel()
        self.undo_button = QPushButton(tr("&Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.redo)
        for action, can_change in ((self.undo_action, self.undo_stack.canUndoChanged),
                                   (self.redo_action, self.undo_stack.canRedoChanged)):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setEnabled(False)
            can_change.connect(action.setEnabled)
            self.addAction(action)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_action.setText(tr("&Undo %1").replace("%1", text) if text else tr("&Undo")))
        self.undo_stack.redoTextChanged.connect(
            lambda text: self.redo_action.setText(tr("&Redo %1").replace("%1", text) if text else tr("&Redo")))
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.undo_button)

        layout = page_layout(self)
        layout.addWidget(heading)
        layout.addWidget(self.red_flags)
        layout.addWidget(self.filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(notice_row)
        self._filters_ready = False
        self._problem = ""
        #: The overview the page shows (the service returns the same one while nothing is written).
        self._shown = None
        self._column_widths_set = False
        # (overview, (search, filter), the trends' dated journals) last charted; see _trend_entries.
        self._trend_cache: tuple | None = None
        self._oldest = self.today()
        self.routine_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.since.dateChanged.connect(lambda _d: self._filters_changed())
        self.until.dateChanged.connect(lambda _d: self._filters_changed())

    # -- reading -----------------------------------------------------------------

    def today(self) -> date:
        return self._history.today()

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(self.routine_filter.currentData(), self.since.date().toPython(),
                             self.until.date().toPython())

    def refresh(self, keep: str | None = None) -> None:
        """Read the history again; ``keep`` is a session id to select if it is still listed."""
        problem, listings, flags = "", [], []
        try:
            if self._history.available:
                self._load_filters(*self._history.filter_choices())
                overview = self._history.overview(self.current_filter())
                if overview is self._shown and overview is not None:
                    # Nothing was written since it was drawn: keep the list, the charts, the selection.
                    if keep is not None and keep != self.selected_id():
                        self._select(keep)
                    return
                self._shown = overview
                listings, flags = overview.listings, overview.red_flags
                if overview.skipped:
                    problem = tr("%n damaged entries could not be read and are not shown.", "rows",
                                 overview.skipped)
        except StorageError as exc:
            problem = tr("The history cannot be shown just now: %1").replace("%1", error_text(exc))
            self._shown = None
        self.sessions.scrollToTop()  # see _search_changed
        self.model.set_listings(listings)
        self._size_columns()
        self.red_flags.show_flags(flags)
        self._problem = problem
        self._say_what_is_empty()
        self._select(keep)
        self._charts_stale = True
        self._update_charts()

    def _load_filters(self, choices: list[tuple[str, str]], oldest: date | None) -> None:
        """Fill the routine choices; unless the user chose dates, span the oldest session to today."""
        self._oldest = oldest or self.today()
        self._filters_ready = False
        if self.routine_filter.count() != len(choices) + 1:
            chosen = self.routine_filter.currentData()
            self.routine_filter.clear()
            self.routine_filter.addItem(tr("All routines"), None)
            for routine_id, name in choices:
                self.routine_filter.addItem(routine_text(name), routine_id)
            self.routine_filter.setCurrentIndex(max(0, self.routine_filter.findData(chosen)))
        if not self.since.property("chosen"):
            self.since.setDate(QDate(min(self._oldest, self.today())))
            self.until.setDate(QDate(max(self._oldest, self.today())))
        self._filters_ready = True

    def _search_changed(self, text: str) -> None:
        keep = self.selected_id()
        # From the top: a view left scrolled to its end would ask for every row again as the new
        # ones arrive (the model hands them over a batch at a time); the kept selection is shown.
        self.sessions.scrollToTop()
        self.model.set_search(text)
        self._say_what_is_empty()
        self._select(keep)
        self._charts_stale = True
        self._update_charts()

    def _size_columns(self) -> None:
        """Widths from the widest text each column can hold, measured once: asking Qt to measure the
        rows themselves cost more than reading ten years of history (the history benchmark)."""
        if self._column_widths_set:
            return
        metrics = self.sessions.fontMetrics()
        header = self.sessions.header()
        samples = {0: [date_time_text(datetime(2026, 12, 30, 23, 59))], 2: ["10:00:00"],
                   3: [tr("Completed"), tr("Stopped early"), tr("Interrupted"), tr("In progress"),
                       tr("%n steps skipped", "result", 9)],
                   4: [tr("%1 (%n areas)", "soreness change", 8).replace("%1", tr("%1 higher").replace("%1", "80"))]}
        for column, texts in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max([metrics.horizontalAdvance(text) for text in texts] +
                         [header.fontMetrics().horizontalAdvance(title) + 16])  # + the sort arrow
            self.sessions.setColumnWidth(column, widest + 14)
        self._column_widths_set = True

    def _say_what_is_empty(self) -> None:
        """A problem reading the history, no sessions at all, or none matching the search."""
        text = self._problem
        if not text and self.model.unsearched_count == 0:
            text = self._empty_text
        elif not text and not self.model.listings:
            text = tr("No session matches “%1”.").replace("%1", self.search.text().strip())
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    def _select(self, keep: str | None) -> None:
        """Select the session ``keep`` if it is listed, else the first row; then show it."""
        ids = [listing.id for listing in self.model.listings]
        if ids:
            row = ids.index(keep) if keep in ids else 0
            self.model.fetch_to(row)
            self.sessions.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()

    def _filters_changed(self) -> None:
        if self._filters_ready:
            self.since.setProperty("chosen", True)
            self.refresh(keep=self.selected_id())

    @Slot()
    def reset_filters(self) -> None:
        self._filters_ready = False  # the routine's change is not a filter change of its own
        self.routine_filter.setCurrentIndex(0)
        self.choose_last(None)

    def session_count(self) -> int:
        """How many sessions are listed (the view is told of them as it is scrolled)."""
        return len(self.model.listings)

    def row_text(self, row: int, column: int) -> str:
        self.model.fetch_to(row)
        return self.model.data(self.model.index(row, column))

    def selected_listing(self) -> SessionListing | None:
        row = self.sessions.currentIndex().row()
        return self.model.listings[row] if 0 <= row < len(self.model.listings) else None

    def selected_id(self) -> str | None:
        listing = self.selected_listing()
        return listing.id if listing else None

    def show_selected(self) -> None:
        """Show the selected session's detail again (after a change of unit)."""
        self._show_selected()

    def _show_selected(self) -> None:
        listing = self.selected_listing()
        session = journal = None
        if listing is not None and self._history.available:
            try:
                session, journal = self._history.session(listing.id)
            except (StorageError, ValueError) as exc:
                self.notice.setText(tr("This session cannot be read: %1").replace("%1", error_text(exc)))
        self.detail.show_session(session, journal, self._distance_unit())
        self.detail.delete_button.setEnabled(session is not None and session.ended_at is not None)
        if self.tabs.currentWidget() is self.charts:
            self._charts_stale = True
            self._update_charts()

    def _update_charts(self) -> None:
        if self.tabs.currentWidget() is not self.charts or not self._charts_stale:
            return
        listings = self.model.newest_first()
        selected = self.selected_listing()
        week = []
        if selected is not None:  # only the week after it is charted: read only those journals
            last = selected.day + timedelta(days=6)
            week = [x for x in listings if selected.day <= x.day <= last]
        where = self.current_filter()
        in_range = self._trend_entries(listings, where)
        scope = self.routine_filter.currentText() if where.routine_id is not None else ""
        self.charts.show_history([(x.day, x.active_s) for x in listings], dated_journals(week),
                                 selected.day if selected else None, self.today(), where.since, where.until,
                                 in_range, scope)
        self._charts_stale = False

    def _trend_entries(self, listings: list[SessionListing], where: HistoryFilter) -> list:
        """The dated journals and logged days the trends read, kept while the same overview, search and
        filter are shown: choosing another session moves only the week charted, not ten years of trend."""
        key = (self.model.search_text, where)
        cached = self._trend_cache
        if self._shown is not None and cached is not None and cached[0] is self._shown and cached[1] == key:
            return self._trend_cache[2]
        entries = [entry for x in listings if (entry := x.trend_entry) is not None]
        if where.routine_id is None:  # days logged without a session belong to no routine
            try:
                entries += trend_entries(self._history.days_logged(where.since, where.until))
            except StorageError as exc:
                self.notice.setText(tr("The logged days cannot be charted just now: %1").replace(
                    "%1", error_text(exc)))
                return entries  # not kept: the next look tries the logged days again
        self._trend_cache = (self._shown, key, entries)
        return entries

    @Slot()
    def export_charts(self) -> Path | None:
        """Save the charts as shown (PNG, or SVG for a .svg name), e.g. to send to a physio."""
        target = self.choose_chart_file(self, tr("Export charts"), tr("PNG image (*.png);;SVG drawing (*.svg)"))
        if target is None:
            return None
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_name(target.name + ".png")
        try:
            self.charts.save_picture(target)
        except OSError as exc:
            self.notice.setText(tr("The charts could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return None
        self.notice.setText(tr("Charts saved to %1.").replace("%1", str(target)))
        return target

    def choose_last(self, days: int | None) -> None:
        """Show the last ``days`` days (None: everything), as the quick range buttons do."""
        self._filters_ready = False
        today = self.today()
        self.since.setDate(QDate(min(self._oldest, today) if days is None else today - timedelta(days=days - 1)))
        self.until.setDate(QDate(max(self._oldest, today)))
        self.since.setProperty("chosen", days is not None)
        self._filters_ready = True
        self.refresh(keep=self.selected_id())

    # -- changing ----------------------------------------------------------------

    @Slot()
    def edit_journal(self) -> None:
        listing = self.selected_listing()
        if listing is None or not self._journals.available:
            return
        from recoverykit.ui.journal.journal_dialog import JournalDialog  # the body map: when first edited

        session_id = listing.id
        dialog = JournalDialog(tr("Journal: %1").replace("%1", self.detail.title.text()), listing.journal,
                               listing.note, listing.day, lambda journal, note: self._save_journal(
                                   session_id, journal, note), self._distance_unit(), self)
        dialog.finished.connect(dialog.deleteLater)
        self.journal_dialog = dialog
        dialog.open()

    def _save_journal(self, session_id: str, journal: Journal, note: str) -> str | None:
        """Save from the dialog; the reason it failed (the dialog then stays open), or None."""
        try:
            self._journals.save(session_id, journal, note)
        except (StorageError, ValueError) as exc:
            return tr("The journal could not be saved (%1). What you entered is still here; "
                      "try again or cancel.").replace("%1", error_text(exc))
        self.notice.setText(tr("Journal saved."))
        self.refresh(keep=session_id)
        self.journalSaved.emit(session_id, journal)
        return None

    @Slot()
    def delete_selected(self) -> None:
        listing = self.selected_listing()
        if listing is None or not self._history.available:
            return
        keep = self._neighbour_of(listing.id)
        try:
            record = self._history.delete(listing.id)
        except (StorageError, ValueError, LookupError) as exc:
            self.notice.setText(tr("This session cannot be deleted: %1").replace("%1", error_text(exc)))
            return
        self.undo_stack.push(DeleteSession(record))
        self._changed(tr("Session deleted."), keep)

    @Slot()
    def undo(self) -> None:
        """Put the last deleted session back; the stack moves only if it is back in storage."""
        index = self.undo_stack.index()
        if index == 0:
            return
        command = self.undo_stack.command(index - 1)
        try:
            self._history.restore(command.record)
        except StorageError as exc:
            self._changed(tr("The session could not be put back: %1. Try Undo again in a moment.")
                          .replace("%1", error_text(exc)), self.selected_id())
            return
        self.undo_stack.undo()
        self._changed(tr("Session restored."), command.record[0].id)

    @Slot()
    def redo(self) -> None:
        index = self.undo_stack.index()
        if index >= self.undo_stack.count():
            return
        command = self.undo_stack.command(index)
        session_id = command.record[0].id
        keep = self._neighbour_of(session_id)
        try:
            self._history.delete(session_id)
        except (StorageError, ValueError, LookupError) as exc:
            self._changed(tr("That could not be done: %1").replace("%1", error_text(exc)), self.selected_id())
            return
        self.undo_stack.redo()
        self._changed(tr("Session deleted."), keep)

    def _neighbour_of(self, session_id: str) -> str | None:
        """The session to select once ``session_id`` is gone: the next one down, else the one above."""
        ids = [listing.id for listing in self.model.listings]
        if session_id not in ids:
            return self.selected_id()
        row = ids.index(session_id)
        rest = ids[row + 1:] + ids[:row][::-1]
        return rest[0] if rest else None

    def _changed(self, message: str, keep: str | None) -> None:
        self.notice.setText(message)
        self.refresh(keep=keep)
