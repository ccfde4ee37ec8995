"""Child process: open the history view on a big history and time it until painted.

``python history_child.py DATA_DIR REPEATS``

The app is built through ``recoverykit.app.build`` on DATA_DIR (filled by
``history_data``), as the running app is (its start-up objects frozen once
idle), its window shown on the routine list and painted, and its idle-time
start-up let finish, as it has by the time a person clicks History. Then
``window.show_page("history")`` followed by a forced, synchronous paint of
the whole window is timed: first the first opening, then REPEATS more
(back to the routine list in between). Each opening includes the charts:
the Charts tab is switched to and painted too (the first opening thus also
imports Qt Charts and builds the page). The repository's load alone is timed
too. Prints ``result {json}``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from recoverykit import app as app_module
from recoverykit.core.clock import SystemClock
from recoverykit.paths import AppPaths
from recoverykit.qt.ticker import QtTicker


def open_history(qt_app: QApplication, window) -> tuple[float, float]:
    """(list shown, list and charts shown), seconds from the request."""
    started = time.perf_counter()
    window.show_page("history")
    window.repaint()
    listed = time.perf_counter() - started
    page = window.history_page
    page.tabs.setCurrentWidget(page.charts)
    window.repaint()
    charted = time.perf_counter() - started
    page.tabs.setCurrentIndex(0)
    return listed, charted


def main() -> int:
    data_dir, repeats = Path(sys.argv[1]), int(sys.argv[2])
    qt_app = QApplication([sys.argv[0]])
    built = app_module.build(AppPaths(data_dir, data_dir / "config"), clock=SystemClock(),
                             ticker=QtTicker(), confirm=lambda *args: True, settle_heap=True)
    window = built.window
    window.show()
    window.repaint()
    qt_app.processEvents()
    while not built.preloader.done:
        qt_app.processEvents()
    first_list, first = open_history(qt_app, window)
    again = []
    for _ in range(repeats):
        window.show_page("routines")
        window.repaint()
        qt_app.processEvents()
        again.append(open_history(qt_app, window)[1])
    started = time.perf_counter()
    from recoverykit.storage.history_query import list_sessions

    shown = len(list_sessions(built.repository.db)[0]) if built.repository else 0
    load = time.perf_counter() - started
    stored = built.repository.db["sessions"].count if built.repository else 0
    rows = window.history_page.session_count()
    built.close()
    window.close()
    print("result " + json.dumps({"first_s": first, "first_list_s": first_list, "again_s": again,
                                  "load_s": load,
                                  "stored_sessions": stored, "loaded_sessions": shown,
                                  "listed_sessions": rows}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
