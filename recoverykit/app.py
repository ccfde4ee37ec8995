"""The composition root: the only place objects are created and wired together.

Building happens in two parts. ``build_window`` makes what the first screen
needs (the routine list); ``RecoveryApp.finish`` opens the database (repair,
resume offer, daily backup), the tray and the Data menu. ``run`` shows the
window in between, so people see the app before sqlite-utils is even
imported; the window asks for storage at once (``storageNeeded``) if a session
starts or the history opens before then. ``build`` does both parts at once,
as the tests want.
"""

from __future__ import annotations

import os
import signal
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from recoverykit import APP_ID, __version__, cli
from recoverykit.assets import icon_file
from recoverykit.core.clock import Clock, ScaledClock, SystemClock
from recoverykit.core.library import RoutineLibrary
from recoverykit.core.timing import SessionTiming
from recoverykit.paths import AppPaths
from recoverykit.qt.changes import ChangeSignal
from recoverykit.qt.controller import SessionController
from recoverykit.qt.language import apply_language
from recoverykit.qt.settings_notifier import SettingsNotifier
from recoverykit.qt.single_instance import (
    HandOverError,
    Request,
    SingleInstance,
    claim_or_hand_over,
)
from recoverykit.qt.sound import CueSounds, QtSoundOutput
from recoverykit.qt.source_cache import forget_module_sources
from recoverykit.qt.ticker import QtTicker
from recoverykit.qt.voice import QtSpeech, VoicePrompts
from recoverykit.services.changes import Changes
from recoverykit.services.history import HistoryService
from recoverykit.services.journal import JournalService
from recoverykit.services.recorder import SessionRecorder
from recoverykit.services.routines import RoutineService
from recoverykit.settings import SettingsStore
from recoverykit.ui.editor.routine_actions import RoutineActions, choose_export_file, choose_routine_file
from recoverykit.ui.settings.preferences import PreferencesActions
from recoverykit.ui.shell.activation import apply_request
from recoverykit.ui.shell.main_window import SETTINGS_FILE_PROBLEM, MainWindow, ask
from recoverykit.ui.shell.screen_reader import ScreenReaderAnnouncer

if TYPE_CHECKING:  # built after the first paint
    from recoverykit.qt.preload import Preloader
    from recoverykit.qt.reminders import Reminders
    from recoverykit.services.data import DataService
    from recoverykit.services.picture import PictureService
    from recoverykit.services.types import SessionRepository
    from recoverykit.ui.history.data_menu import DataActions
    from recoverykit.ui.history.history_files_menu import HistoryFileActions
    from recoverykit.ui.journal.journal_flow import JournalFlow
    from recoverykit.ui.safety.safety_gate import SafetyGate
    from recoverykit.ui.shell.tray import TrayPresence
    from recoverykit.ui.workouts.workout_actions import WorkoutActions


def choose_backup(parent, title, folder):
    """The Data menu's default chooser (imported when the menu is built)."""
    from recoverykit.ui.history.data_menu import choose_backup as choose

    return choose(parent, title, folder)


@dataclass
class RecoveryApp:
    """Everything one running app owns; ``close()`` releases it.

    ``repository``, ``tray`` and ``data`` exist once ``finish()`` has run.
    """

    window: MainWindow
    controller: SessionController
    library: RoutineLibrary
    paths: AppPaths
    clock: Clock
    settings: SettingsStore
    history: HistoryService
    journals: JournalService
    changes: ChangeSignal
    options: dict[str, Any] = field(default_factory=dict)
    repository: SessionRepository | None = None
    data_service: DataService | None = None
    tray: TrayPresence | None = None
    data: DataActions | None = None
    routine_actions: RoutineActions | None = None
    preferences: PreferencesActions | None = None
    announcer: ScreenReaderAnnouncer | None = None
    journal: JournalFlow | None = None
    files: HistoryFileActions | None = None
    reminder: Reminders | None = None
    workouts: WorkoutActions | None = None
    pictures: PictureService | None = None
    safety: SafetyGate | None = None
    preloader: Preloader | None = None
    finished: bool = False

    def finish(self) -> None:
        """Open storage and build what the first screen does not need; once."""
        if self.finished:
            return
        self.finished = True
        # Imported here: sqlite-utils is the slowest import of the app.
        from recoverykit.qt.reminders import HYDRATE, Reminders
        from recoverykit.services.data import DataService
        from recoverykit.services.picture import PictureService
        from recoverykit.services.reminders import ReminderService
        from recoverykit.storage.startup import open_storage
        from recoverykit.ui.history.data_menu import DataActions
        from recoverykit.ui.history.history_files_menu import HistoryFileActions
        from recoverykit.ui.journal.journal_flow import JournalFlow
        from recoverykit.ui.shell.resume_offer import ResumeOfferBar
        from recoverykit.ui.shell.tray import TrayPresence

        window, controller, options = self.window, self.controller, self.options
        changes, changed = self.changes.changes, self.changes.changed
        self._attach_safety()
        storage = open_storage(self.paths.database, self.paths.backups, self.library, self.clock.wall())
        self.repository = storage.repository
        controller.set_repository(self.repository)
        self.history.set_repository(self.repository)
        self.journals.set_repository(self.repository)
        self.data_service = DataService(self.repository, self.paths.database, self.paths.backups, self.clock,
                                        changes=changes)
        self.pictures = PictureService(self.repository, self.clock, lambda: self.safety.answers, changes)
        from recoverykit.qt.messages import message_text

        problems = [*self.settings.problems, storage.message]
        message = " ".join(message_text(problem) for problem in problems if problem).strip()
        if message:
            # Problems with the settings file alone go once the settings are saved again.
            window.show_warning(message, cause=None if storage.message else SETTINGS_FILE_PROBLEM)
        window.add_notice(ResumeOfferBar(controller))
        if storage.resume is not None:
            controller.offer_resume(storage.resume)
        self.data = DataActions(window, controller, self.data_service, options["confirm"], options["choose"])
        self.data.historyReplaced.connect(lambda: window.show_page("history"))
        self.tray = TrayPresence(window, controller, notify=options["notify"],
                                 tray_available=options["tray_available"])
        settings = self.settings
        def reminder_on(kind: str) -> bool:
            return settings.settings.hydration_reminder_on if kind == HYDRATE else settings.settings.refuel_reminder_on

        self.reminder = Reminders(self.clock, options["reminder_ticker"] or QtTicker(), self.tray.notify,
                                  ReminderService(self.repository, self.clock, reminder_on, changes), window)
        self.reminder.problem.connect(window.show_error)
        from recoverykit.ui.shell.reminder_bar import ReminderBar

        self.reminder_bar = ReminderBar()
        window.add_notice(self.reminder_bar)
        self.reminder.reminded.connect(self.reminder_bar.show_reminder)
        self.reminder_bar.done.connect(self.reminder.done)
        self.reminder_bar.snoozed.connect(self.reminder.snooze)
        self.reminder.restore()  # what was due or on screen when the app last closed
        self.journal = JournalFlow(window, controller, self.journals, self.clock, self.reminder)
        from recoverykit.ui.journal.red_flag_notice import RedFlagNotice

        self.red_flag_notice = RedFlagNotice(window, self.pictures, self.paths.dismissed_flags)
        changed.connect(self.red_flag_notice.refresh)
        from recoverykit.services.day_logs import DayLogService
        from recoverykit.ui.journal.day_log_actions import DayLogActions

        self.day_logs = DayLogActions(window, DayLogService(self.repository, self.clock, changes), self.tray.menu)
        from recoverykit.services.changes import JOURNALED

        changed.connect(lambda what: window.history_page.refresh(keep=window.history_page.selected_id())
                        if what & JOURNALED and window.page_built("history") and not controller.running else None)
        self.files = HistoryFileActions(window, controller, self.data_service)
        self.files.historyImported.connect(lambda: window.show_page("history"))
        from recoverykit.services.workouts import WorkoutService
        from recoverykit.ui.workouts.workout_actions import WorkoutActions, choose_workout_files

        self.workout_service = WorkoutService(self.repository, self.clock, changes)
        from recoverykit.services.watched_folder import SeenFiles

        self.workouts = WorkoutActions(window, controller, self.workout_service, self.pictures, self.library,
                                       self.settings, self.clock, self.reminder, self.tray.notify,
                                       SeenFiles(self.paths.watched_seen),
                                       options.get("choose_workouts") or choose_workout_files,
                                       options.get("import_workers"), changed)
        window.notifier.settingsChanged.connect(self.workouts.on_settings_changed)
        self.preferences.workout_max = self._workout_max
        self.journal.workout_of_session = self.workouts.workout_of_session
        forget_module_sources()
        from recoverykit.qt.preload import Preloader

        # What the first session needs, in the idle turns.
        self.preloader = Preloader(parent=window, settle_heap=options.get("settle_heap", False))

    def _attach_safety(self) -> None:
        """The health check and the steps to ask a doctor about: in place before any session starts
        (a start opens storage, and so calls ``finish``, before it asks the gate)."""
        from recoverykit.services.health import HealthService
        from recoverykit.ui.safety.health_dialog import ask_health
        from recoverykit.ui.safety.safety_gate import SafetyGate, choose_flagged

        options = self.options
        self.safety = SafetyGate(self.window, HealthService(self.paths.health_answers, self.changes.changes),
                                 options["ask_health_check"] or ask_health,
                                 options["choose_flagged_steps"] or choose_flagged)
        self.window.start_gate = self.safety.check
        self.preferences.health_check = self.safety.ask_again
        self.safety.picture = self.current_picture

    def current_picture(self):
        """The recovery picture now (an empty one before storage opens or when it cannot be read)."""
        from recoverykit.core.picture import RecoveryPicture
        from recoverykit.services import StorageError

        if self.pictures is None:
            return RecoveryPicture(self.clock.wall())
        try:
            return self.pictures.picture()
        except (StorageError, ValueError):
            return RecoveryPicture(self.clock.wall())

    def _workout_max(self) -> int | None:
        from recoverykit.services import StorageError

        try:
            return self.workout_service.steady_max_hr(self.clock.wall())
        except StorageError:
            return None

    def finish_after_first_paint(self) -> None:
        """Call ``finish`` in the event loop's next turn after the window's first paint."""
        _AfterFirstPaint(self.window, self.finish)

    def close(self) -> None:
        self.controller.shutdown()
        if self.workouts is not None:
            self.workouts.wait()
        stop_speech = getattr(self.window.voice.speech, "shutdown", None)
        if stop_speech is not None:
            stop_speech()
        if self.tray is not None:
            self.tray.shutdown()
        if self.repository is not None:
            self.repository.close()
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


def build_window(paths: AppPaths, *, clock: Clock, ticker: QObject | None = None,
                 timing: SessionTiming | None = None, confirm=ask,
                 library: RoutineLibrary | None = None, choose=choose_backup, sound_output=None,
                 speech=None, notify=None, tray_available: bool | None = None,
                 choose_routine=choose_routine_file, choose_export=choose_export_file,
                 reminder_ticker: QObject | None = None, choose_workouts=None,
                 import_workers: int | None = None, ask_health_check=None,
                 choose_flagged_steps=None, ask_same_id=None, settle_heap: bool = False) -> RecoveryApp:
    """The window and controller, without storage yet: call ``finish()`` (see the module docstring).
    ``settle_heap``: freeze the start-up's objects once idle (qt/preload.py), as the running app does."""
    paths.ensure()
    library = library if library is not None else cli.load_routines(paths)
    settings = SettingsStore(paths.settings_file)
    if timing is None:
        timing = SessionTiming(resync_after_s=2.0 * clock.rate)
    changes = Changes()
    controller = SessionController(clock, ticker or QtTicker(), SessionRecorder(None, clock, changes), timing)
    sounds = CueSounds(sound_output or QtSoundOutput())
    voice = VoicePrompts(speech or QtSpeech(clock=clock))
    controller.happened.connect(sounds.on_events)
    controller.happened.connect(voice.on_events)
    history, journals = HistoryService(None, clock, changes), JournalService(None, clock, changes)
    notifier = SettingsNotifier(settings)
    window = MainWindow(controller, library, history, journals, sounds=sounds, voice=voice,
                        settings=settings, notifier=notifier, confirm=confirm)
    changed = ChangeSignal(changes, window)
    notifier.settingsChanged.connect(changed.settings_changed)
    for owned in (controller, sounds, voice, sounds.output, voice.speech, notifier):
        if isinstance(owned, QObject) and owned.parent() is None:
            owned.setParent(window)
    app = RecoveryApp(window, controller, library, paths, clock, settings, history, journals, changed,
                      options={"confirm": confirm, "choose": choose, "notify": notify,
                               "tray_available": tray_available, "reminder_ticker": reminder_ticker,
                               "choose_workouts": choose_workouts, "import_workers": import_workers,
                               "ask_health_check": ask_health_check, "choose_flagged_steps": choose_flagged_steps,
                               "settle_heap": settle_heap})
    window.storageNeeded.connect(app.finish)
    # Before the first paint: the Edit and Routines menus belong to the first screen, and a
    # chosen theme must not flash the other one first.
    app.routine_actions = RoutineActions(window, controller, RoutineService(library, paths.user_routines),
                                         settings, confirm, choose_routine, choose_export,
                                         **({"ask_same_id": ask_same_id} if ask_same_id else {}))
    app.preferences = PreferencesActions(window, notifier)
    app.announcer = ScreenReaderAnnouncer(lambda: window.session_page, window)
    controller.happened.connect(app.announcer.on_events)
    forget_module_sources()
    return app


def build(paths: AppPaths, **kwargs) -> RecoveryApp:
    """Create and wire the whole app at once. Tests pass a fake clock, ticker, sound output and
    speech, and answer dialogs (see ``build_window`` for the arguments)."""
    app = build_window(paths, **kwargs)
    app.finish()
    return app


def _install_signal_handlers(app: QApplication, on_signal) -> QSocketNotifier:
    """SIGINT/SIGTERM close the window cleanly; Qt's loop wakes on a pipe."""
    # One pipe for the life of the process (run() is called once); a pipe, not a
    # socket pair, because importing socket costs start-up time for nothing.
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer)
    received: list[int] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda number, frame: received.append(number))
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            os.read(reader, 64)
        except OSError:
            return
        if received:
            on_signal()

    notifier.activated.connect(drain)
    return notifier


def run(paths: AppPaths, *, start_routine: str | None, time_scale: float, argv: list[str],
        suggested: bool = False) -> int:
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
        # The lock now; the socket for later launches after the first paint.
        instance = claim_or_hand_over(paths.data_dir, request, listen=False)
    except HandOverError as exc:
        print(f"recoverykit: {exc}", file=sys.stderr)
        return 1
    if not isinstance(instance, SingleInstance):  # another instance has the request now
        if not instance.get("ok"):
            print(f"recoverykit: the running app refused: {instance.get('error')}", file=sys.stderr)
            return 1
        print("recoverykit is already running; the request was passed to it.", file=sys.stderr)
        return 0
    translations = apply_language(qt_app, SettingsStore(paths.settings_file).settings.language)
    qt_app.setApplicationName("recoverykit")
    qt_app.setApplicationDisplayName("recoverykit")
    qt_app.setApplicationVersion(__version__)
    icon = icon_file("recoverykit.svg")
    if icon is not None:
        qt_app.setWindowIcon(QIcon(str(icon)))
    clock: Clock = SystemClock()
    if time_scale != 1.0:
        clock = ScaledClock(clock, time_scale)
    app = build_window(paths, clock=clock, library=library, settle_heap=True)

    def close_for_signal() -> None:
        app.controller.shutdown()
        qt_app.quit()

    notifier = _install_signal_handlers(qt_app, close_for_signal)
    instance.requested.connect(lambda r: apply_request(app.window, app.controller, library, r))

    def serve_later_launches() -> None:
        try:
            instance.listen()
        except OSError as exc:
            print(f"recoverykit: a second launch cannot reach this window: {exc}", file=sys.stderr)

    app.window.show()
    if start_routine is not None:
        app.window.start_routine(start_routine)  # opens storage first
    elif suggested:
        app.finish()
        app.workouts.show_suggested()
    else:
        app.finish_after_first_paint()
    _AfterFirstPaint(app.window, serve_later_launches)  # installed last, so it runs first
    status = qt_app.exec()
    notifier.setEnabled(False)
    app.close()
    instance.close()
    translations.remove()
    return status
