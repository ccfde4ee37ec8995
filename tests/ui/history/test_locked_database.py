"""With the database locked by another program, nothing the user does is lost, and they are told.

Delete, undo, the journal dialog, import and export, each tried while
another connection holds the write lock, then again once it lets go.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from recoverykit.storage.journal_store import JournalStore
from tests.storage.helpers import populate
from tests.ui.conftest import Driver, build_app


@pytest.fixture
def history_app(qtbot, paths, clock, ticker):
    paths.ensure()
    ids = populate(paths.database, sessions=3, first_day=-2)
    rk = build_app(paths, clock, ticker)
    qtbot.addWidget(rk.window)
    rk.window.show()
    yield rk, ids
    rk.close()


def locked(paths):
    other = sqlite3.connect(paths.database, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    return closing(other)


def test_delete_and_undo_while_locked_keep_the_stack_true(history_app, paths):
    rk, ids = history_app
    rk.window.show_page("history")
    page = rk.window.history_page
    newest = page.selected_id()
    with locked(paths):
        page.delete_selected()
        assert "locked" in page.notice.text()
        assert page.session_count() == 3 and page.undo_stack.count() == 0
        assert not page.undo_button.isEnabled()
    page.delete_selected()
    assert page.session_count() == 2 and page.undo_stack.canUndo()
    assert page.selected_id() != newest and page.selected_id() in ids  # the next one down
    with locked(paths):
        page.undo()
        assert "could not be put back" in page.notice.text() and "locked" in page.notice.text()
        assert page.session_count() == 2
        assert page.undo_stack.canUndo() and page.undo_button.isEnabled()  # still there to try again
    page.undo()
    assert page.session_count() == 3 and page.selected_id() == newest
    assert not page.undo_stack.canUndo() and page.undo_stack.canRedo()
    with locked(paths):
        page.redo()
        assert page.session_count() == 3 and page.undo_stack.canRedo()
    page.redo()
    assert page.session_count() == 2 and rk.repository.get(newest) is None


def test_a_journal_that_cannot_be_saved_stays_in_the_dialog(history_app, paths):
    rk, _ids = history_app
    rk.window.show_page("history")
    page = rk.window.history_page
    session_id = page.selected_id()
    page.edit_journal()
    dialog = page.journal_dialog
    dialog.editor.sliders["calves"].setValue(6)
    dialog.editor.notes.setPlainText("left calf tight")
    with locked(paths):
        dialog.accept()
        assert dialog.isVisible() and dialog.result() == 0
        assert "locked" in dialog.problem.text() and dialog.problem.isVisible()
        assert dialog.editor.sliders["calves"].value() == 6
        assert dialog.editor.note() == "left calf tight"
    assert JournalStore(rk.repository).get(session_id) is None
    dialog.accept()
    assert not dialog.isVisible()
    assert JournalStore(rk.repository).get(session_id).soreness_after == {"calves": 6}
    assert rk.repository.get(session_id).note == "left calf tight"
    assert page.notice.text() == "Journal saved."


def test_the_journal_after_a_session_stays_open_when_locked(qtbot, paths, clock, ticker):
    rk = build_app(paths, clock, ticker)
    qtbot.addWidget(rk.window)
    try:
        rk.window.start_routine("foam-roll")
        Driver(clock, ticker).run_to_end()
        rk.journal.open_for_finished_session()
        dialog = rk.journal.dialog
        dialog.editor.sliders["quads"].setValue(4)
        with locked(paths):
            dialog.accept()
            assert dialog.isVisible() and "locked" in dialog.problem.text()
        dialog.accept()
        assert not dialog.isVisible()
        saved = JournalStore(rk.repository).get(rk.controller.session_id)
        assert saved is not None and saved.soreness_after == {"quads": 4}
        assert rk.window.summary_page.note.text() == "Journal saved to your history."
    finally:
        rk.close()


def test_import_and_export_from_the_menu_while_locked(history_app, paths, tmp_path):
    rk, _ids = history_app
    rk.files.choose_save = lambda *a: tmp_path / "out.json"
    with locked(paths):
        assert rk.files.export(as_csv=False) == tmp_path / "out.json"  # a read: needs no write lock
    assert "3 sessions exported" in rk.window.banner.text()
    rk.window.show_page("history")
    page = rk.window.history_page
    gone = page.selected_id()
    page.delete_selected()  # so that importing the export has a session to add back
    rk.files.choose_open = lambda *a: tmp_path / "out.json"
    with locked(paths):
        assert not rk.files.import_file()
        assert "locked" in rk.window.banner.text() and "Nothing changed" in rk.window.banner.text()
        assert rk.repository.get(gone) is None
    assert rk.files.import_file()
    assert "1 new sessions" in rk.window.banner.text() or "1 new session" in rk.window.banner.text()
    assert rk.repository.get(gone) is not None and len(rk.repository.sessions()) == 3
