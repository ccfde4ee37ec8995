"""The history list: status in words, the soreness change explained, sorting, searching, a kept selection."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from recoverykit.core.events import SessionStatus, StepStatus
from recoverykit.core.journal import Journal
from recoverykit.qt.language import Translations
from recoverykit.storage.db import open_database
from recoverykit.storage.journal_store import JournalStore
from recoverykit.storage.rows import StepRow
from recoverykit.storage.sessions import SessionRepository
from tests.storage.helpers import T0
from tests.ui.conftest import build_app

DATE, ROUTINE, DURATION, RESULT, CHANGE = range(5)


def _session(repo, routine, name, start, minutes, statuses, status=SessionStatus.COMPLETED, note=""):
    session_id = repo.start_session(routine, name, start)
    for k, step_status in enumerate(statuses):
        repo.record_step(session_id, StepRow(
            k, k, k, "stretch", "Calf stretch", None, 60.0, 60.0 if step_status is StepStatus.DONE else 0.0,
            step_status, start + timedelta(seconds=60 * k), start + timedelta(seconds=60 * k + 60)))
    repo.finish_session(session_id, status, start + timedelta(minutes=minutes))
    if note:
        repo.set_note(session_id, note)
    return session_id


@pytest.fixture
def history(qtbot, paths, clock, ticker):
    """Four sessions: a completed one, one with a step skipped, one stopped early, one interrupted."""
    paths.ensure()
    repo = SessionRepository(open_database(paths.database))
    done, skip = StepStatus.DONE, StepStatus.SKIPPED
    ids = {
        "completed": _session(repo, "cooldown", "Post-run cool-down", T0 - timedelta(days=4), 5, [done] * 3,
                              note="calves tight after the long run"),
        "skipped": _session(repo, "warmup", "Pre-run dynamic warm-up", T0 - timedelta(days=3), 4,
                            [done, skip, done]),
        "stopped": _session(repo, "contrast", "Contrast therapy", T0 - timedelta(days=2), 2, [done, skip, skip],
                            SessionStatus.ABANDONED),
        "interrupted": _session(repo, "cooldown", "Post-run cool-down", T0 - timedelta(days=1), 1, [done],
                                SessionStatus.INTERRUPTED),
    }
    store = JournalStore(repo)
    store.save(ids["completed"], Journal(soreness_before={"calves": 6, "quads": 4},
                                         soreness_after={"calves": 3, "quads": 4}), T0)
    store.save(ids["skipped"], Journal(soreness_before={"hamstrings": 2}, soreness_after={"hamstrings": 5}), T0)
    repo.close()
    built = build_app(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.show()
    built.window.show_page("history")
    built.ids = ids
    yield built
    built.close()


def rows(page, column):
    return [page.row_text(row, column) for row in range(page.session_count())]


def test_the_result_says_which_kind_of_partial(history, qapp):
    translations = Translations(qapp, QLocale("en"))  # the app's English catalogue: "1 step", not "1 steps"
    page = history.window.history_page
    page.model.set_listings(list(page.model.listings))  # the texts made again, in the catalogue's words
    try:
        assert rows(page, RESULT) == ["Interrupted", "Stopped early", "1 step skipped", "Completed"]
    finally:
        translations.remove()


def test_the_soreness_change_names_its_areas_in_a_tooltip(history):
    page = history.window.history_page
    changes = rows(page, CHANGE)
    assert changes[3] == "3 lower (2 areas)" and changes[2] == "3 higher" and changes[0] == "—"
    tip = page.model.data(page.model.index(3, CHANGE), Qt.ItemDataRole.ToolTipRole)
    assert "Calves: 6 → 3" in tip and "Quads: 4 → 4" in tip
    assert page.model.headerData(CHANGE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_sorting_by_a_column_keeps_the_selected_session(history, qtbot):
    page = history.window.history_page
    page.sessions.selectionModel().setCurrentIndex(
        page.model.index(2, 0), page.sessions.selectionModel().SelectionFlag.ClearAndSelect
        | page.sessions.selectionModel().SelectionFlag.Rows)
    chosen = page.selected_id()
    assert chosen == history.ids["skipped"]
    header = page.sessions.header()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # as a user sorts: a click on the header
                     pos=QPoint(header.sectionViewportPosition(DURATION) + 5, header.height() // 2))
    assert header.sortIndicatorSection() == DURATION
    durations = [listing.active_s for listing in page.model.listings]
    assert durations == sorted(durations) or durations == sorted(durations, reverse=True)
    assert page.selected_id() == chosen  # the same session, wherever it moved
    page.sessions.sortByColumn(ROUTINE, Qt.SortOrder.AscendingOrder)
    assert rows(page, ROUTINE) == ["Contrast therapy", "Post-run cool-down", "Post-run cool-down",
                                   "Pre-run dynamic warm-up"]
    assert page.selected_id() == chosen
    page.sessions.sortByColumn(CHANGE, Qt.SortOrder.AscendingOrder)
    assert rows(page, CHANGE)[:2] == ["3 lower (2 areas)", "3 higher"]  # no change logged: last
    page.sessions.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert [listing.id for listing in page.model.listings] == list(history.ids.values())


def test_search_finds_routines_and_notes_and_says_when_nothing_matches(history, qtbot):
    page = history.window.history_page
    qtbot.keyClicks(page.search, "LONG RUN")  # a word of a note, any case
    assert page.session_count() == 1 and page.selected_id() == history.ids["completed"]
    page.search.clear()
    qtbot.keyClicks(page.search, "cool-down")
    assert page.session_count() == 2
    page.search.clear()
    qtbot.keyClicks(page.search, "yoga")
    assert page.session_count() == 0
    assert page.empty_label.isVisibleTo(page) and "yoga" in page.empty_label.text()
    page.search.clear()
    assert page.session_count() == 4 and not page.empty_label.isVisibleTo(page)


def test_find_focuses_the_search_box(history):
    page = history.window.history_page
    assert page.search_action.shortcut().toString() == "Ctrl+F"
    page.search_action.trigger()
    assert page.search.hasFocus() or page.focusWidget() is page.search


def test_delete_and_undo_keep_the_selection_in_a_sorted_list(history):
    page = history.window.history_page
    page.sessions.sortByColumn(ROUTINE, Qt.SortOrder.AscendingOrder)
    order = [listing.id for listing in page.model.listings]
    page.sessions.selectionModel().setCurrentIndex(
        page.model.index(1, 0), page.sessions.selectionModel().SelectionFlag.ClearAndSelect
        | page.sessions.selectionModel().SelectionFlag.Rows)
    deleted = page.selected_id()
    page.delete_selected()
    assert page.selected_id() == order[2]  # the next one down, in the order shown
    page.undo()
    assert page.selected_id() == deleted and [listing.id for listing in page.model.listings] == order


def test_reopening_without_a_write_reads_and_redraws_nothing(history, qtbot):
    """Back to the history with nothing written since: the same list, the same selection, no reset."""
    window = history.window
    page = window.history_page
    page.sessions.sortByColumn(ROUTINE, Qt.SortOrder.AscendingOrder)
    page.sessions.selectionModel().setCurrentIndex(
        page.model.index(2, 0), page.sessions.selectionModel().SelectionFlag.ClearAndSelect
        | page.sessions.selectionModel().SelectionFlag.Rows)
    chosen = page.selected_id()
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    window.show_page("routines")
    window.show_page("history")
    assert resets == [] and page.selected_id() == chosen
    history.repository.set_note(history.ids["completed"], "a new note")  # a write: read again
    window.show_page("routines")
    window.show_page("history")
    assert resets == [1] and page.selected_id() == chosen  # still where you were
