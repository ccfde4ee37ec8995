"""The composition root: the only place objects are created and wired together."""

from __future__ import annotations

import signal
import socket
import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from recoverykit import APP_ID, __version__, cli
from recoverykit.assets import icon_file
from recoverykit.core.clock import Clock, ScaledClock, SystemClock
from recoverykit.core.library import RoutineLibrary
from recoverykit.core.timing import SessionTiming
from recoverykit.paths import AppPaths
from recoverykit.qt.controller import SessionController
from recoverykit.qt.single_instance import (
    HandOverError,
    Request,
    SingleInstance,
    claim_or_hand_over,
)
from recoverykit.qt.sound import CueSounds, QtSoundOutput
from recoverykit.qt.ticker import QtTicker
from recoverykit.qt.voice import QtSpeech, VoicePrompts
from recoverykit.settings import SettingsStore
from recoverykit.storage.sessions import SessionRepository
from recoverykit.storage.startup import open_storage
from recoverykit.ui.activation import apply_request
from recoverykit.qt.refuel_reminder import RefuelReminder
from recoverykit.ui.data_menu import DataActions, choose_backup
from recoverykit.ui.history_files_menu import HistoryFileActions
from recoverykit.ui.journal_flow import JournalFlow
from recoverykit.ui.main_window import MainWindow, ask
from recoverykit.ui.resume_offer import ResumeOfferBar
from recoverykit.ui.tray import TrayPresence


@dataclass
class RecoveryApp:
    """Everything one running app owns; ``close()`` releases it."""

    window: MainWindow
    controller: SessionController
    repository: SessionRepository | None
    library: RoutineLibrary
    tray: TrayPresence
    data: DataActions | None = None
    journal: JournalFlow | None = None
    files: HistoryFileActions | None = None

    def close(self) -> None:
        self.controller.shutdown()
        self.tray.shutdown()
        if self.repository is not None:
            self.repository.close()
            self.repository = None


def build(paths: AppPaths, *, clock: Clock, ticker: QObject | None = None,
          timing: SessionTiming | None = None, confirm=ask,
          library: RoutineLibrary | None = None, choose=choose_backup, sound_output=None,
          speech=None, notify=None, tray_available: bool | None = None,
          reminder_ticker: QObject | None = None) -> RecoveryApp:
    """Create and wire the app. Tests pass a fake clock, ticker, sound output and speech, and answer dialogs."""
    paths.ensure()
    library = library if library is not None else cli.load_routines(paths)
    settings = SettingsStore(paths.settings_file)
    storage = open_storage(paths.database, paths.backups, library, clock.wall())
    repository = storage.repository
    message = " ".join([*settings.problems, storage.message]).strip()
    if timing is None:
        timing = SessionTiming(resync_after_s=2.0 * clock.rate)
    controller = SessionController(clock, ticker or QtTicker(), repository, timing)
    sounds = CueSounds(sound_output or QtSoundOutput())
    voice = VoicePrompts(speech or QtSpeech())
    controller.happened.connect(sounds.on_events)
    controller.happened.connect(voice.on_events)
    window = MainWindow(controller, library, repository, sounds=sounds, voice=voice,
                        settings=settings, confirm=confirm, storage_message=message)
    for owned in (controller, sounds, voice, sounds.output, voice.speech):
        if isinstance(owned, QObject) and owned.parent() is None:
            owned.setParent(window)
    window.add_notice(ResumeOfferBar(controller))
    if storage.resume is not None:
        controller.offer_resume(storage.resume)
    data = DataActions(window, controller, repository, paths, clock, confirm, choose)
    data.historyReplaced.connect(lambda: window.show_page("history"))
    tray = TrayPresence(window, controller, notify=notify, tray_available=tray_available)
    reminder = RefuelReminder(clock, reminder_ticker or QtTicker(), tray.notify,
                              lambda: settings.settings.refuel_reminder_on, window)
    journal = JournalFlow(window, controller, repository, clock, reminder)
    files = HistoryFileActions(window, data.menu, controller, repository, clock)
    files.historyImported.connect(lambda: window.show_page("history"))
    return RecoveryApp(window, controller, repository, library, tray, data, journal, files)


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
    paths.ensure()
    request = Request("start", start_routine) if start_routine else Request("show")
    try:
        instance = claim_or_hand_over(paths.data_dir, request)
    except HandOverError as exc:
        print(f"recoverykit: {exc}", file=sys.stderr)
        return 1
    if not isinstance(instance, SingleInstance):  # another instance has the request now
        if not instance.get("ok"):
            print(f"recoverykit: the running app refused: {instance.get('error')}", file=sys.stderr)
            return 1
        print("recoverykit is already running; the request was passed to it.", file=sys.stderr)
        return 0
    qt_app.setApplicationName("recoverykit")
    qt_app.setApplicationDisplayName("recoverykit")
    qt_app.setApplicationVersion(__version__)
    icon = icon_file("recoverykit.svg")
    if icon is not None:
        qt_app.setWindowIcon(QIcon(str(icon)))
    clock: Clock = SystemClock()
    if time_scale != 1.0:
        clock = ScaledClock(clock, time_scale)
    app = build(paths, clock=clock, library=library)

    def close_for_signal() -> None:
        app.controller.shutdown()
        qt_app.quit()

    notifier = _install_signal_handlers(qt_app, close_for_signal)
    instance.requested.connect(lambda r: apply_request(app.window, app.controller, library, r))
    app.window.show()
    if start_routine is not None:
        app.window.start_routine(start_routine)
    status = qt_app.exec()
    notifier.setEnabled(False)
    app.close()
    instance.close()
    return status
