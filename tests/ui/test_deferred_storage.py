"""The window shows before the database opens; storage opens after the first paint or when needed."""

from __future__ import annotations

import subprocess
import sys

from recoverykit import app as app_module


def deferred(qtbot, paths, clock, ticker):
    built = app_module.build(paths, clock=clock, ticker=ticker, confirm=lambda *a: True,
                             defer_storage=True)
    qtbot.addWidget(built.window)
    return built


def test_the_storage_opens_once_the_window_has_been_painted(qtbot, paths, clock, ticker):
    built = deferred(qtbot, paths, clock, ticker)
    assert built.repository is None and not paths.database.exists()
    built.window.show()
    built.open_storage_after_first_paint()
    qtbot.waitUntil(lambda: built.storage_opened, timeout=5000)  # across the event loop: a paint
    assert built.repository is not None and paths.database.exists()
    built.close()


def test_starting_a_session_opens_the_storage_first(qtbot, paths, clock, ticker, driver):
    built = deferred(qtbot, paths, clock, ticker)
    assert built.window.start_routine("warmup")
    assert built.repository is not None
    driver.advance(5 + 30)
    stored = built.repository.get(built.controller.session_id)
    assert stored is not None and len(stored.steps) == 1
    built.close()


def test_opening_the_history_opens_the_storage(qtbot, paths, clock, ticker):
    built = deferred(qtbot, paths, clock, ticker)
    built.window.show_page("history")
    assert built.storage_opened and built.repository is not None
    assert built.window.current_page == "history"
    built.close()


def test_a_broken_database_found_late_still_shows_the_banner(qtbot, paths, clock, ticker):
    paths.ensure()
    paths.database.write_bytes(b"this is not a database" * 100)
    built = deferred(qtbot, paths, clock, ticker)
    built.open_storage()
    assert built.repository is None
    assert "cannot be opened" in built.window.banner.text()
    assert built.window.start_routine("warmup")  # the session still runs, unsaved
    built.close()


SHOW_WITHOUT_STORAGE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import recoverykit.__main__
from PySide6.QtWidgets import QApplication
from recoverykit import app
from recoverykit.core.clock import ManualClock
from recoverykit.paths import resolve_paths
qt = QApplication([])
built = app.build(resolve_paths(sys.argv[1]), clock=ManualClock(), defer_storage=True)
built.window.show()
qt.processEvents()
print(sorted(m for m in ("sqlite_utils", "PySide6.QtSvg", "recoverykit.ui.session_page",
                         "recoverykit.ui.history_page") if m in sys.modules))
built.window.close()
"""


def test_the_first_window_needs_neither_sqlite_utils_nor_the_other_pages(tmp_path):
    # Start-up time: these are the slowest imports, and the routine list needs none of them.
    result = subprocess.run([sys.executable, "-c", SHOW_WITHOUT_STORAGE, str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
