"""Workouts in the window: Data → Import workouts…, drops, the watched folder, the card and the tab.

Made once storage is open (see app.RecoveryApp.finish). An import reads on a
thread (qt/workout_import.py) with a progress bar and Cancel; when it ends,
the banner says what happened, the refuel reminder counts from the newest
workout's real end, the start page's card shows the session it calls for,
and a watched-folder import says so through the tray.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QWidget

from recoverykit.core.clock import Clock
from recoverykit.core.suggestion import Suggestion, suggest_from
from recoverykit.qt.messages import error_text, message_text
from recoverykit.qt.text import tr
from recoverykit.qt.workout_import import WorkoutImport
from recoverykit.services import StorageError
from recoverykit.services.changes import SETTINGS
from recoverykit.services.picture import PictureService
from recoverykit.services.watched_folder import SeenFiles
from recoverykit.services.workouts import ImportReport, WorkoutService
from recoverykit.ui.shell.notice_bar import Severity
from recoverykit.ui.workouts.import_bar import ImportBar
from recoverykit.ui.workouts.suggestion_card import SuggestionCard
from recoverykit.ui.workouts.workout_text import card_title, session_words
from recoverykit.workouts.model import WORKOUT_SUFFIXES

if TYPE_CHECKING:  # History → Workouts, built with the history page
    from recoverykit.ui.workouts.workouts_tab import WorkoutsTab

# How often the watched folder is looked at even without a change signal (mounted devices send none).
RESCAN_MS = 60_000
#: The cause of the notice that the watched folder is missing: it clears when the folder is back.
WATCHED_FOLDER_MISSING = "watched-folder-missing"

ChooseFiles = Callable[[QWidget], list[Path]]


def choose_workout_files(parent: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent, tr("Import workouts"), str(Path.home()),
        tr("Workout files (*.fit *.FIT *.gpx *.tcx *.gz *.zip);;All files (*)"))
    return [Path(name) for name in names]


def _is_workout_file(path: str) -> bool:
    return path.lower().endswith(WORKOUT_SUFFIXES)


class WorkoutActions(QObject):
    """Owns the import action, the import bar, the suggestion card, the Workouts tab and the watched folder."""

    def __init__(self, window, controller, service: WorkoutService, pictures: PictureService, library, settings,
                 clock: Clock, reminder, notify: Callable[[str, str], None], seen: SeenFiles,
                 choose: ChooseFiles = choose_workout_files, workers: int | None = None,
                 changed=None) -> None:
        super().__init__(window)
        self._window, self._controller, self._service = window, controller, service
        self._pictures, self._library, self._settings = pictures, library, settings
        self._clock, self._reminder, self._notify, self._choose = clock, reminder, notify, choose
        self._workers = workers
        self.job: WorkoutImport | None = None
        self._queued: list[tuple[list[Path], bool]] = []
        self._pending_workout = None  # the workout of the suggestion being previewed
        self._session_workout = None  # the workout the current (or last) suggested session follows
        self._seen = seen
        self.suggestion: Suggestion | None = None

        self.import_action = QAction(tr("Import &workouts…"), window)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setStatusTip(tr("Import FIT, GPX or TCX files from your watch or an export"))
        self.import_action.triggered.connect(self.choose_and_import)
        window.menus.add("data.import_workouts", self.import_action)
        window.addAction(self.import_action)

        self.bar = ImportBar(window)
        window.add_notice(self.bar)
        self.card = SuggestionCard()
        window.routines_page.add_card(self.card)
        self.card.startRequested.connect(self.start_suggested)
        self.tab: WorkoutsTab | None = None
        window.pageCreated.connect(self._on_page_created)
        if window.page_built("history"):
            self._on_page_created("history", window.page("history"))
        controller.sessionStarted.connect(self._on_session_started)
        controller.sessionEnded.connect(self._on_session_ended)
        controller.storageRecovered.connect(self.refresh)
        if changed is not None:  # anything written: the card follows the one recovery picture
            changed.connect(self._on_changed)
        window.installEventFilter(self)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.scan_watched_folder())
        self.rescan = QTimer(self)
        self.rescan.setInterval(RESCAN_MS)
        self.rescan.timeout.connect(self.scan_watched_folder)
        self.watch(settings.settings.watched_folder)
        self.refresh()

    # -- importing ----------------------------------------------------------------

    @Slot()
    def choose_and_import(self) -> None:
        paths = self._choose(self._window)
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path], quiet: bool = False) -> bool:
        """Start importing ``paths`` (or queue it behind the running import). ``quiet``: from the watched folder."""
        if self.job is not None:
            self._queued.append((paths, quiet))
            return False
        job = WorkoutImport(paths, self._service.store, self, workers=self._workers)
        job.finished.connect(lambda report, cancelled: self._on_finished(job, report, cancelled, quiet))
        self.job = job
        if not quiet:
            self.bar.follow(job)
        job.start()
        return True

    def _on_finished(self, job: WorkoutImport, report: ImportReport, cancelled: bool, quiet: bool) -> None:
        self.job = None
        job.deleteLater()
        self.refresh()
        newest = max((workout for workout in report.imported if workout.ended_at is not None),
                     key=lambda workout: workout.ended_at, default=None)
        if newest is not None and self._reminder is not None:
            self._reminder.schedule(newest.ended_at, workout_id=newest.id)
        if job.problem:
            self._window.show_error(tr("The import stopped: %1. The workouts before it were kept.")
                                    .replace("%1", message_text(job.problem)))
        elif report.refused:
            self._window.show_warning(self.summary(report, cancelled))
        elif not quiet:
            self._window.set_banner(self.summary(report, cancelled))
        if quiet and report.imported and self.suggestion is not None and self.suggestion.workout is not None:
            self._notify(tr("Workout imported"),
                         tr("Imported %1 — suggested: %2").replace("%1", card_title(self.suggestion.workout))
                         .replace("%2", session_words(self.suggestion, self._window.session_timing())))
        if self._queued:
            paths, next_quiet = self._queued.pop(0)
            self.import_paths(paths, next_quiet)

    @staticmethod
    def summary(report: ImportReport, cancelled: bool = False) -> str:
        parts = [tr("Imported %n workouts", "workout import", len(report.imported))]
        if report.already_there:
            parts.append(tr("%n already there", "workout import", len(report.already_there)))
        if report.refused:
            parts.append(tr("%n refused", "workout import", len(report.refused)))
        text = ", ".join(parts) + "."
        if cancelled:
            text += " " + tr("Stopped before the end; what was imported stays.")
        if report.refused:
            text += " " + "; ".join(message_text(reason) for _, reason in report.refused[:3])
            if len(report.refused) > 3:
                text += " " + tr("(and %1 more)").replace("%1", str(len(report.refused) - 3))
        return text

    def wait(self) -> None:
        """Stop a running import (the app is closing)."""
        if self.job is not None:
            self.job.wait()

    # -- dropping workout files on the window ----------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            files = self._dropped(event)
            if files:
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.import_paths(files)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped(event) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls()
                if url.isLocalFile() and (_is_workout_file(url.toLocalFile()) or Path(url.toLocalFile()).is_dir())]

    # -- the watched folder ------------------------------------------------------------

    def watch(self, folder: str) -> None:
        """Follow ``folder`` ("" for none): what is there now is imported once, then each new file."""
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self._seen.load(folder)
        self.rescan.stop()
        if not folder:
            return
        path = Path(folder)
        if not path.is_dir():
            self._window.show_warning(tr("The watched folder %1 is not there (is the watch connected?). "
                                         "It is looked at again every minute.").replace("%1", folder),
                                      cause=WATCHED_FOLDER_MISSING)
        else:
            self.watcher.addPath(folder)
        self.rescan.start()
        self.scan_watched_folder()

    @Slot()
    def scan_watched_folder(self) -> None:
        """Import the files in the watched folder not seen before (by name, size and time)."""
        folder = self._settings.settings.watched_folder
        if not folder or not Path(folder).is_dir():
            return
        self._window.banner.clear(WATCHED_FOLDER_MISSING)  # it is there (again): the watch is connected
        if not self.watcher.directories():
            self.watcher.addPath(folder)
        from recoverykit.workouts.files import workout_files

        fresh = self._seen.fresh(workout_files(Path(folder)))
        if fresh:
            self.import_paths(fresh, quiet=True)
            problem = self._seen.save()
            if problem:
                self._window.notice(tr("The list of files already read from the watched folder could not be "
                                       "saved (%1); the next start reads the folder again.").replace("%1", problem))

    @Slot(object, object)
    def on_settings_changed(self, settings, names: frozenset) -> None:
        if "watched_folder" in names:
            self.watch(settings.watched_folder)
        if "distance_unit" in names:
            self.refresh()

    # -- the card and the tab ------------------------------------------------------------

    def _on_changed(self, what: frozenset) -> None:
        if self._controller.running:
            return  # the card is out of sight; the session's end refreshes it
        # Settings change the card only through the distance unit (on_settings_changed).
        self.refresh(workouts=bool(what - {SETTINGS}) and self.tab is not None)

    def current_suggestion(self) -> Suggestion:
        """The suggestion the recovery picture calls for now (StorageError, ValueError if unreadable)."""
        return suggest_from(self._pictures.picture(), list(self._library))

    def refresh(self, workouts: bool = True) -> None:
        """Re-read the picture: the card's suggestion; and the tab's list (``workouts``)."""
        if not self._service.is_open:  # storage shows its own problem; refreshed when it recovers
            return
        now = self._clock.wall()
        try:
            suggestion = self.current_suggestion()
            listed = self._service.all() if self.tab is not None and workouts else None
        except (StorageError, ValueError) as exc:
            # The storage problem itself is already in the banner; this must not hide it.
            self._window.notice(tr("The workouts could not be read: %1").replace("%1", error_text(exc)),
                                Severity.ERROR)
            return
        self.suggestion = suggestion if suggestion.workout is not None else None
        unit = self._settings.settings.distance_unit
        if not self._controller.running:
            self.card.render(self.suggestion, self._window.session_timing(), now, unit)
        if listed is not None:
            self.tab.render(listed, unit)

    def show_suggested(self) -> bool:
        """Open the preview of the suggested session (``recoverykit start --suggested``)."""
        try:
            suggestion = self.current_suggestion()
        except (StorageError, ValueError) as exc:
            self._window.show_error(tr("The workouts could not be read: %1").replace("%1", error_text(exc)))
            return False
        return self.start_suggested(suggestion)

    @Slot(object)
    def start_suggested(self, suggestion: Suggestion) -> bool:
        self._pending_workout = suggestion.workout
        return self._window.preview(suggestion.routine)

    def workout_of_session(self):
        """The workout the running (or just finished) session follows: it was started from a suggestion."""
        machine = self._controller.machine
        if machine is None or machine.routine.id != "suggested":
            return None
        return self._session_workout or self._pending_workout

    def _on_session_started(self, _session_id: str) -> None:
        self.card.hide()
        suggested = self._controller.machine is not None and self._controller.machine.routine.id == "suggested"
        self._session_workout = self._pending_workout if suggested else None
        self._pending_workout = None

    def _on_session_ended(self, summary) -> None:
        workout = self.workout_of_session()
        session_id = self._controller.session_id
        if workout is not None and workout.id is not None and session_id is not None:
            try:
                self._service.link_session(session_id, workout.id)
            except StorageError as exc:
                self._window.show_error(tr("The session could not be linked to its workout: %1")
                                        .replace("%1", error_text(exc)))
        # The card was hidden while the session ran: it comes back saying what is next.
        self.refresh(workouts=False)

    def _on_page_created(self, name: str, page) -> None:
        if name != "history" or self.tab is not None:
            return
        from recoverykit.ui.workouts.workouts_tab import WorkoutsTab

        self.tab = WorkoutsTab()
        page.tabs.addTab(self.tab, tr("&Workouts"))
        self.tab.deleteRequested.connect(self._delete)
        self.tab.undoRequested.connect(self._undo)
        self.refresh()

    @Slot(object)
    def _delete(self, workout) -> None:
        try:
            self._service.delete(workout)
        except StorageError as exc:
            self._window.show_error(tr("The workout could not be deleted: %1").replace("%1", error_text(exc)))
            return
        self.tab.deleted(workout)
        self.refresh()

    @Slot(object)
    def _undo(self, workout) -> None:
        try:
            self._service.restore(workout)
        except StorageError as exc:
            self._window.show_error(tr("The workout could not be put back: %1").replace("%1", error_text(exc)))
            return
        self.tab.restored(workout)
        self.tab.render(self._service.all(), self._settings.settings.distance_unit, keep=workout.id)
        self.refresh()
