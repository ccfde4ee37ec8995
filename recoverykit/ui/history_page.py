"""The history view: sessions newest first with filters, a detail pane, charts and red flags.

Built only when the history is first shown (it imports Qt Charts). The list
is a light listing from SQLite (history_query); the selected session's steps
and journal are read when it is selected. Deleting a session goes through a
QUndoStack, so Undo (Ctrl+Z, or the button beside the notice) puts it back
whole.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QWidget,
)

from recoverykit.core.journal import Journal
from recoverykit.core.red_flags import current_red_flags
from recoverykit.qt.routine_text import routine_text
from recoverykit.qt.text import tr
from recoverykit.storage.errors import StorageError
from recoverykit.storage.history_query import (
    HistoryFilter,
    SessionListing,
    first_day,
    list_sessions,
    routine_choices,
)
from recoverykit.storage.history_records import Record, delete_session, insert_records
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.sessions import SessionRepository
from recoverykit.ui.history_charts import HistoryCharts
from recoverykit.ui.history_detail import HistoryDetail
from recoverykit.ui.history_model import HistoryModel
from recoverykit.ui.journal_dialog import JournalDialog
from recoverykit.ui.red_flag_banner import RedFlagBanner
from recoverykit.ui.widgets import page_heading, page_layout

#: Journals this recent are read for the red-flag banner, whatever the filter.
RED_FLAG_WINDOW_DAYS = 21


class DeleteSession(QUndoCommand):
    """Delete one session; undo inserts it back with its steps and journal."""

    def __init__(self, page: HistoryPage, record: Record) -> None:
        super().__init__(tr("Delete session"))
        self._page, self._record = page, record

    def redo(self) -> None:
        self._page.apply_change(lambda db: delete_session(db, self._record[0].id),
                                tr("Session deleted."))

    def undo(self) -> None:
        self._page.apply_change(lambda db: insert_records(db, [self._record], self._page.now()),
                                tr("Session restored."))


class HistoryPage(QWidget):
    """Sessions (filtered by routine and dates), the selected one's detail, charts, red flags.

    Signals:
        journalSaved(str, object): a session's journal (a Journal) was saved from here.
    """

    journalSaved = Signal(str, object)

    def __init__(self, repository: SessionRepository | None, distance_unit: Callable[[], str] = lambda: "km",
                 now=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from recoverykit.core.clock import local_now

        self._repository = repository
        self._distance_unit = distance_unit
        self.now = now or local_now
        self._charts_stale = True
        self.journal_dialog: JournalDialog | None = None
        self.undo_stack = QUndoStack(self)
        heading = page_heading(tr("History"))
        self.red_flags = RedFlagBanner()
        self._empty_text = tr("No sessions yet. Finished and stopped sessions appear here.")
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setWordWrap(True)

        self.routine_filter = QComboBox()
        self.routine_filter.setAccessibleName(tr("Show sessions of routine"))
        self.since = QDateEdit()
        self.until = QDateEdit()
        for edit, name in ((self.since, tr("From date")), (self.until, tr("To date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.reset_button = QPushButton(tr("Show &all"))
        self.reset_button.clicked.connect(self.reset_filters)
        filters = QHBoxLayout()
        routine_label, since_label, until_label = QLabel(tr("&Routine")), QLabel(tr("&From")), QLabel(tr("&To"))
        routine_label.setBuddy(self.routine_filter)
        since_label.setBuddy(self.since)
        until_label.setBuddy(self.until)
        for widget in (routine_label, self.routine_filter, since_label, self.since, until_label, self.until,
                       self.reset_button):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.model = HistoryModel(self)
        self.sessions = QTreeView()
        self.sessions.setModel(self.model)
        self.sessions.setAccessibleName(tr("Sessions"))
        self.sessions.setRootIsDecorated(False)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
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
        splitter.setSizes([560, 440])
        self.charts = HistoryCharts()
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, tr("&Sessions"))
        self.tabs.addTab(self.charts, tr("&Charts"))
        self.tabs.currentChanged.connect(lambda _index: self._update_charts())

        self.notice = QLabel()
        self.undo_button = QPushButton(tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        undo_action = self.undo_stack.createUndoAction(self, tr("&Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(undo_action)
        redo_action = self.undo_stack.createRedoAction(self, tr("&Redo"))
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        redo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(redo_action)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.undo_button)

        layout = page_layout(self)
        layout.addWidget(heading)
        layout.addWidget(self.red_flags)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(notice_row)
        self._filters_ready = False
        self._oldest = date.today()
        self.routine_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.since.dateChanged.connect(lambda _d: self._filters_changed())
        self.until.dateChanged.connect(lambda _d: self._filters_changed())

    # -- reading -----------------------------------------------------------------

    def set_repository(self, repository: SessionRepository | None) -> None:
        self._repository = repository

    def today(self) -> date:
        return self.now().date()

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(self.routine_filter.currentData(), self.since.date().toPython(),
                             self.until.date().toPython())

    def refresh(self, keep: str | None = None) -> None:
        """Read the history again; ``keep`` is a session id to select if it is still listed."""
        problem, listings, flags = "", [], []
        repo = self._repository
        try:
            if repo is not None:
                db = repo.db
                self._load_filters(routine_choices(db), first_day(db))
                listings, skipped = list_sessions(db, self.current_filter())
                if skipped:
                    problem = tr("%n damaged entries could not be read and are not shown.", "rows", skipped)
                recent, _ = list_sessions(db, HistoryFilter(since=self.today() - timedelta(days=RED_FLAG_WINDOW_DAYS)))
                flags = current_red_flags(self._dated_journals(recent), self.today())
        except StorageError as exc:
            problem = tr("The history cannot be shown just now: %1").replace("%1", str(exc))
        self.model.set_listings(listings)
        for column in (0, 2, 3, 4):
            self.sessions.resizeColumnToContents(column)
        self.red_flags.show_flags(flags)
        self.empty_label.setText(problem or self._empty_text)
        self.empty_label.setVisible(not listings or bool(problem))
        ids = [listing.id for listing in listings]
        row = ids.index(keep) if keep in ids else 0
        if listings:
            self.sessions.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect |
                QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()
        self._charts_stale = True
        self._update_charts()

    @staticmethod
    def _dated_journals(listings: list[SessionListing]) -> list[tuple[date, Journal]]:
        return [(listing.day, listing.journal) for listing in listings if listing.journal is not None]

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

    def _filters_changed(self) -> None:
        if self._filters_ready:
            self.since.setProperty("chosen", True)
            self.refresh(keep=self.selected_id())

    @Slot()
    def reset_filters(self) -> None:
        self._filters_ready = False
        self.routine_filter.setCurrentIndex(0)
        self.since.setDate(QDate(min(self._oldest, self.today())))
        self.until.setDate(QDate(max(self._oldest, self.today())))
        self.since.setProperty("chosen", False)
        self._filters_ready = True
        self.refresh(keep=self.selected_id())

    def session_count(self) -> int:
        return self.model.rowCount()

    def row_text(self, row: int, column: int) -> str:
        return self.model.data(self.model.index(row, column))

    def selected_listing(self) -> SessionListing | None:
        row = self.sessions.currentIndex().row()
        return self.model.listings[row] if 0 <= row < len(self.model.listings) else None

    def selected_id(self) -> str | None:
        listing = self.selected_listing()
        return listing.id if listing else None

    def _show_selected(self) -> None:
        listing = self.selected_listing()
        session = journal = None
        if listing is not None and self._repository is not None:
            try:
                session = self._repository.get(listing.id)
                journal = JournalStore(self._repository).get(listing.id)
            except (StorageError, ValueError) as exc:
                self.notice.setText(tr("This session cannot be read: %1").replace("%1", str(exc)))
        self.detail.show_session(session, journal, self._distance_unit())
        self.detail.delete_button.setEnabled(session is not None and session.ended_at is not None)
        if self.tabs.currentWidget() is self.charts:
            self._charts_stale = True
            self._update_charts()

    def _update_charts(self) -> None:
        if self.tabs.currentWidget() is not self.charts or not self._charts_stale:
            return
        listings = self.model.listings
        selected = self.selected_listing()
        week = []
        if selected is not None:  # only the week after it is charted: read only those journals
            last = selected.day + timedelta(days=6)
            week = [x for x in listings if selected.day <= x.day <= last]
        self.charts.show_history([(x.day, x.active_s) for x in listings], self._dated_journals(week),
                                 selected.day if selected else None, self.today())
        self._charts_stale = False

    # -- changing ----------------------------------------------------------------

    @Slot()
    def edit_journal(self) -> None:
        listing, repo = self.selected_listing(), self._repository
        if listing is None or repo is None:
            return
        session_id = listing.id
        dialog = JournalDialog(tr("Journal: %1").replace("%1", self.detail.title.text()), listing.journal,
                               listing.note, listing.day, self._distance_unit(), self)
        dialog.accepted.connect(lambda: self._save_journal(session_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.journal_dialog = dialog
        dialog.open()

    def _save_journal(self, session_id: str, dialog: JournalDialog) -> None:
        journal, note = dialog.editor.journal(), dialog.editor.note()
        try:
            JournalStore(self._repository).save(session_id, journal, self.now())
            self._repository.set_note(session_id, note)
        except (StorageError, ValueError) as exc:
            self.notice.setText(tr("The journal could not be saved (%1).").replace("%1", str(exc)))
            return
        self.notice.setText(tr("Journal saved."))
        self.refresh(keep=session_id)
        self.journalSaved.emit(session_id, journal)

    @Slot()
    def delete_selected(self) -> None:
        listing, repo = self.selected_listing(), self._repository
        if listing is None or repo is None:
            return
        try:
            session = repo.get(listing.id)
            journal = JournalStore(repo).get(listing.id)
        except (StorageError, ValueError) as exc:
            self.notice.setText(tr("This session cannot be deleted: %1").replace("%1", str(exc)))
            return
        if session is None or session.ended_at is None:
            return
        self.undo_stack.push(DeleteSession(self, (session, journal)))

    def apply_change(self, change, message: str) -> None:
        """Run a storage change from the undo stack, then show the result."""
        keep = self.selected_id()
        try:
            change(self._repository.db)
        except StorageError as exc:
            message = tr("That could not be done: %1").replace("%1", str(exc))
        self.notice.setText(message)
        self.refresh(keep=keep)
