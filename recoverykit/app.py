"""The composition root: the only place objects are created and wired together.

The window is shown before the database is opened: importing sqlite-utils and
opening the file take longer than building the window, and the routine list
needs neither. Storage opens right after the first paint, or at once when
something needs it first (starting a session, opening the history).
"""

from __future__ import annotations

import signal
import socket
import sys
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from recoverykit import APP_ID, __version__, cli
from recoverykit.assets import icon_file
from recoverykit.core.clock import Clock, ScaledClock, SystemClock
from recoverykit.core.library import RoutineLibrary
from recoverykit.core.timing import SessionTiming
from recoverykit.paths import AppPaths
from recoverykit.qt.controller import SessionController
from recoverykit.qt.ticker import QtTicker
from recoverykit.storage.sessions import SessionRepository
from recoverykit.ui.main_window import MainWindow, ask


def open_storage(paths: AppPaths, clock: Clock) -> tuple[SessionRepository | None, str]:
    """Open the database; the repository, or None and a message saying why for the user."""
    # Imported here, not at the top: sqlite-utils is the slowest import of the app (~0.1 s).
    from recoverykit.storage.db import StorageError, open_database

    try:
        db = open_database(paths.database)
    except StorageError as exc:
        return None, str(exc) + " " + "Sessions will not be saved until this is fixed."
    repository = SessionRepository(db)
    repository.mark_stale_sessions_interrupted(clock.wall())
    return repository, ""


@dataclass
class RecoveryApp:
    """Everything one running app owns; ``close()`` releases it."""

    window: MainWindow
    controller: SessionController
    repository: SessionRepository | None
    library: RoutineLibrary
    paths: AppPaths
    clock: Clock
    storage_opened: bool = False

    def open_storage(self) -> None:
        """Open the database (once) and hand it to the controller and the window."""
        if self.storage_opened:
            return
        self.storage_opened = True
        self.repository, message = open_storage(self.paths, self.clock)
        self.controller.set_repository(self.repository)
        self.window.set_repository(self.repository, message)

    def open_storage_after_first_paint(self) -> None:
        """Open the database once the window has been painted for the first time."""
        _AfterFirstPaint(self.window, self.open_storage)

    def close(self) -> None:
        self.controller.shutdown()
        if self.repository is not None:
            self.repository.db.close()
            self.repository = None


class _AfterFirstPaint(QObject):
    """Calls ``then`` in the event loop's next turn after ``widget``'s first paint."""

    def __init__(self, widget: QObject, then) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        self._then()
        self.deleteLater()


def build(paths: AppPaths, *, clock: Clock, ticker: QObject | None = None,
          timing: SessionTiming | None = None, confirm=ask,
          library: RoutineLibrary | None = None, defer_storage: bool = False) -> RecoveryApp:
    """Create and wire the app. Tests pass a fake clock and ticker.

    With ``defer_storage`` the database is not opened yet: call
    ``open_storage()`` (or ``open_storage_after_first_paint()``); it also opens
    by itself as soon as the window needs it.
    """
    paths.ensure()
    library = library if library is not None else cli.load_routines(paths)
    if timing is None:
        timing = SessionTiming(resync_after_s=2.0 * clock.rate)
    controller = SessionController(clock, ticker or QtTicker(), None, timing)
    window = MainWindow(controller, library, None, confirm=confirm)
    controller.setParent(window)
    built = RecoveryApp(window, controller, None, library, paths, clock)
    window.storageNeeded.connect(built.open_storage)
    if not defer_storage:
        built.open_storage()
    return built


def _install_signal_handlers(app: QApplication, on_signal) -> QSocketNotifier:
    """SIGINT/SIGTERM close the window cleanly; Qt's loop wakes on a socket."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    received: list[int] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda number, frame: received.append(number))
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            reader.recv(64)
        except OSError:
            return
        if received:
            on_signal()

    notifier.activated.connect(drain)
    notifier._sockets = (reader, writer)  # keep both ends alive as long as the notifier
    return notifier


def run(paths: AppPaths, *, start_routine: str | None, time_scale: float, argv: list[str]) -> int:
    library = cli.load_routines(paths)
    if start_routine is not None and library.get(start_routine) is None:
        known = ", ".join(r.id for r in library)
        print(f"recoverykit: no routine with the id {start_routine!r} (known: {known})",
              file=sys.stderr)
        return 2
    QGuiApplication.setDesktopFileName(APP_ID)
    qt_app = QApplication.instance() or QApplication(argv)
    qt_app.setApplicationName("recoverykit")
    qt_app.setApplicationDisplayName("recoverykit")
    qt_app.setApplicationVersion(__version__)
    icon = icon_file("recoverykit.svg")
    if icon is not None:
        qt_app.setWindowIcon(QIcon(str(icon)))
    clock: Clock = SystemClock()
    if time_scale != 1.0:
        clock = ScaledClock(clock, time_scale)
    app = build(paths, clock=clock, library=library, defer_storage=True)

    def close_for_signal() -> None:
        app.controller.shutdown()
        qt_app.quit()

    notifier = _install_signal_handlers(qt_app, close_for_signal)
    app.window.show()
    if start_routine is not None:
        app.window.start_routine(start_routine)  # opens the storage first
    else:
        app.open_storage_after_first_paint()
    status = qt_app.exec()
    notifier.setEnabled(False)
    app.close()
    return status
