"""Years of sessions: the list view is told of its rows a batch at a time, as it is scrolled to them,
and sorting, selecting and re-reading reach any row."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from recoverykit.core.events import SessionStatus
from recoverykit.storage.db import open_database
from recoverykit.storage.history_query import SessionListing
from recoverykit.storage.history_records import insert_records
from recoverykit.storage.rows import SessionRow
from recoverykit.ui.history.history_model import BATCH, DATE, DURATION, HistoryModel
from tests.storage.helpers import T0
from tests.ui.conftest import build_app

SESSIONS = 2 * BATCH + 50


@pytest.fixture
def page(qtbot, paths, clock, ticker):
    paths.ensure()
    db = open_database(paths.database)
    records = [(SessionRow(f"s{day:04d}", "cooldown", "Post-run cool-down", T0 - timedelta(days=day),
                           T0 - timedelta(days=day) + timedelta(minutes=20), SessionStatus.COMPLETED), None)
               for day in range(SESSIONS)]
    insert_records(db, records, T0)
    db.close()
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.resize(1100, 700)
    built.window.show()
    built.window.show_page("history")
    yield built.window.history_page
    built.close()


def told(page) -> int:
    """How many rows the view is told of: a batch, or two when it asked for more while it was first
    laid out (before its size was final), never all of them."""
    rows = page.model.rowCount()
    assert rows in (BATCH, 2 * BATCH), rows
    return rows


def test_the_view_is_told_of_a_batch_and_more_as_it_is_scrolled(page):
    assert page.session_count() == SESSIONS  # every session is listed ...
    rows = told(page)  # ... the view lays out a batch or two
    assert page.selected_id() == "s0000"
    for _ in range(SESSIONS // BATCH + 1):
        page.sessions.scrollToBottom()  # the view asks for more at the end of what it has
        assert page.model.rowCount() == min(rows + BATCH, SESSIONS)
        rows = page.model.rowCount()
        if rows == SESSIONS:
            break
    assert not page.model.canFetchMore()
    assert page.row_text(SESSIONS - 1, 1) == "Post-run cool-down"


def test_the_selection_follows_its_session_to_a_row_not_yet_fetched(page):
    page.sessions.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)  # the newest goes to the last row
    assert page.selected_id() == "s0000"
    assert page.sessions.currentIndex().row() == SESSIONS - 1
    assert page.model.rowCount() == SESSIONS


def test_a_session_far_down_is_selected_when_asked_for(page):
    oldest = f"s{SESSIONS - 1:04d}"
    page.sessions.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    page.refresh(keep=oldest)  # as after an undo, or choosing it from elsewhere
    assert page.selected_id() == oldest
    assert page.selected_listing().id == oldest
    assert page.row_text(0, 1) == "Post-run cool-down"


def test_a_search_lists_from_the_first_batch_again(page):
    for _ in range(SESSIONS // BATCH + 1):
        page.sessions.scrollToBottom()
    assert page.model.rowCount() == SESSIONS
    page.search.setText("cool")
    assert page.session_count() == SESSIONS and told(page)
    page.search.setText("no such routine")
    assert page.session_count() == 0 and page.model.rowCount() == 0
    assert page.empty_label.isVisibleTo(page)


def test_the_model_keeps_qts_rules_while_it_hands_rows_over(qtbot):
    """Qt's own model checker watches fetching, sorting a selected row beyond the fetched ones (its
    rows are handed over first: a layout change keeps the number of rows), searching and resetting."""
    model = HistoryModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    listings = [SessionListing(f"s{n:04d}", "cooldown", "Post-run cool-down", T0 - timedelta(days=n),
                               SessionStatus.COMPLETED, 60.0 * (n % 7), 3, 3, "") for n in range(SESSIONS)]
    model.set_listings(listings)
    rows_at_layout_change = []
    model.layoutAboutToBeChanged.connect(lambda *_: rows_at_layout_change.append(model.rowCount()))
    model.layoutChanged.connect(lambda *_: rows_at_layout_change.append(model.rowCount()))
    assert model.rowCount() == BATCH and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    kept = QPersistentModelIndex(model.index(0, 0))  # as a selection would be
    model.sort(DATE, Qt.SortOrder.AscendingOrder)  # the newest (row 0) goes to the last row
    assert kept.row() == SESSIONS - 1 and model.rowCount() == SESSIONS
    assert model.listings[kept.row()].id == "s0000"
    model.sort(DURATION, Qt.SortOrder.DescendingOrder)
    assert model.listings[kept.row()].id == "s0000"
    assert rows_at_layout_change == [SESSIONS] * 4  # the rows were handed over before each sort
    model.set_search("cool")
    assert model.rowCount() == BATCH
    model.set_listings(listings[:10])
    assert model.rowCount() == 10 and not model.canFetchMore()
