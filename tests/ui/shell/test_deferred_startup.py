"""The window comes first; storage, the tray and the Data menu follow (see app.py's docstring)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from recoverykit import app as app_module
from tests.ui.conftest import RecordingOutput, RecordingSpeech

FIRST_WINDOW = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
from recoverykit import app
from recoverykit.core.clock import ManualClock
from recoverykit.paths import AppPaths
from pathlib import Path

qt = QApplication([])
root = Path(sys.argv[1])
built = app.build_window(AppPaths(data_dir=root, config_dir=root / "config"), clock=ManualClock())
built.window.show()
qt.processEvents()
heavy = ["sqlite_utils", "PySide6.QtSvg", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
         "PySide6.QtCharts", "PySide6.QtNetwork", "hashlib", "uuid", "importlib.resources",
         "recoverykit.ui.session.session_page", "recoverykit.ui.history.history_page", "recoverykit.ui.shell.help_page",
         "recoverykit.ui.safety.health_dialog", "recoverykit.services.workouts", "fitdecode",
         # issue 20: what a session, the history or the editor needs comes with them
         "recoverykit.storage.sessions", "recoverykit.storage.history_query", "recoverykit.storage.journal_store",
         "recoverykit.sound_synth", "recoverykit.core.cues", "recoverykit.core.routine_writer",
         "recoverykit.qt.announcements", "recoverykit.ui.contrast.contrast_flow",
         "recoverykit.core.machine", "recoverykit.core.events", "recoverykit.storage.write_queue"]
# PySide6 makes a class's Python type, with an enum for each of its values, when it is first named.
import PySide6.QtWidgets as widgets
print(json.dumps({"loaded": [m for m in heavy if m in sys.modules],
                  "database": (root / "recoverykit.db").exists(),
                  "sources kept": [f for f in linecache.cache if "recoverykit" in f],
                  "types made": [name for name in ("QStyle", "QMessageBox", "QFileDialog")
                                 if name in vars(widgets)]}))
"""


def test_the_first_window_loads_no_storage_and_no_other_page(tmp_path):
    """Nor Qt Network (the single-instance server listens after the paint), OpenSSL's hashlib,
    uuid or importlib.resources; the sources PySide6 read at import are let go; and the Python
    types of QStyle (some 560 enum values) and the dialogs are not made before they are used."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", FIRST_WINDOW, str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert json.loads(out.strip().splitlines()[-1]) == {"loaded": [], "database": False,
                                                        "sources kept": [], "types made": []}


def _window_only(paths, clock, ticker):
    return app_module.build_window(paths, clock=clock, ticker=ticker, sound_output=RecordingOutput(),
                                   speech=RecordingSpeech(), notify=lambda *a: None,
                                   tray_available=False, confirm=lambda *a: True)


def test_storage_opens_right_after_the_first_paint(qtbot, paths, clock, ticker):
    built = _window_only(paths, clock, ticker)
    qtbot.addWidget(built.window)
    assert built.repository is None and not paths.database.exists()
    built.finish_after_first_paint()
    built.window.show()
    qtbot.waitUntil(lambda: built.finished)  # a real event-loop boundary: the paint, then a 0 ms timer
    assert built.repository is not None and paths.database.exists()
    assert built.data is not None and built.tray is not None
    built.close()


def test_starting_a_session_before_then_opens_storage_first(qtbot, paths, clock, ticker, driver):
    built = _window_only(paths, clock, ticker)
    qtbot.addWidget(built.window)
    assert built.window.start_routine("cooldown")
    assert built.finished and built.repository is not None
    driver.advance(30)
    built.controller.stop()
    assert built.repository.sessions()[0].routine_id == "cooldown"
    built.close()


def test_showing_history_before_then_opens_storage_first(qtbot, paths, clock, ticker):
    built = _window_only(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.show_page("history")
    assert built.finished and built.window.current_page == "history"
    built.close()


def test_a_damaged_database_found_after_the_paint_is_still_told(qtbot, paths, clock, ticker):
    paths.ensure()
    paths.database.write_bytes(b"this is not a database at all")
    built = _window_only(paths, clock, ticker)
    qtbot.addWidget(built.window)
    built.window.show()
    assert not built.window.banner.isVisible()
    built.finish()
    assert built.window.banner.isVisible()
    assert ".corrupt-" in built.window.banner.text()
    built.close()


AFTER_THE_PAINT = """
import gc, json, sys, time
from PySide6.QtWidgets import QApplication
from recoverykit import app
from recoverykit.core.clock import ManualClock
from recoverykit.paths import AppPaths
from recoverykit.qt.preload import SESSION_MODULES
from pathlib import Path

qt = QApplication([])
root = Path(sys.argv[1])
built = app.build_window(AppPaths(data_dir=root, config_dir=root / "config"), clock=ManualClock(),
                         tray_available=False, notify=lambda *a: None, settle_heap=True)
built.finish_after_first_paint()
built.window.show()
missing_at_paint = [m for m in SESSION_MODULES if m not in sys.modules]
frozen_at_paint = gc.get_freeze_count()
deadline = time.monotonic() + 30
while (built.preloader is None or not built.preloader.done) and time.monotonic() < deadline:
    qt.processEvents()
print(json.dumps({"missing at the paint": len(missing_at_paint),
                  "frozen at the paint": frozen_at_paint, "frozen once idle": gc.get_freeze_count(),
                  "missing once idle": [m for m in SESSION_MODULES if m not in sys.modules],
                  "history loaded": "recoverykit.ui.history.history_page" in sys.modules}))
built.close()
"""


def test_what_a_session_needs_is_imported_in_the_idle_turns_after_the_paint(tmp_path):
    """Not before the first paint, but before anyone can start a session: the first session
    starts as quickly as when all of it was imported with the window; the history waits."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", AFTER_THE_PAINT, str(tmp_path / "data")], env=env,
                         capture_output=True, text=True, timeout=60, check=True).stdout
    report = json.loads(out.strip().splitlines()[-1])
    assert report["missing at the paint"] >= 10
    assert report["missing once idle"] == [] and not report["history loaded"]
    # The start-up's objects are left out of later collections once idle, not before.
    assert report["frozen at the paint"] == 0 and report["frozen once idle"] > 10_000
